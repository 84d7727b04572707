"""Fine-tune a sentence-transformers encoder on (query, passage, hard negative) triples on the CPU,
with an in-batch-negatives loss (MultipleNegativesRankingLoss: each query against every passage and
hard negative of its batch; without hard negatives, against the batch's passages only).

With a teacher's margins (GPL, Wang et al. 2022: how much more relevant the teacher finds the
passage than the hard negative), the hard negative leaves the contrastive loss and is learnt from
the teacher instead: the student's margin ``scale * (cos(q, p) - cos(q, n))`` is fitted to the
teacher's (times ``teacher_scale``) with a binary cross-entropy on their sigmoids, so a "negative"
the teacher finds as relevant as the passage (a false negative, common in collections with many
relevant documents per search) is not pushed away.

Deterministic for one seed and thread count: batches are drawn from the seed and the epoch, torch
runs deterministic algorithms, and a run resumed from its per-epoch checkpoint continues exactly as
an uninterrupted one would. Needs the ``train`` extra (torch 2.13.0 CPU, sentence-transformers).
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from heedful._optional import require

__all__ = ["TrainResult", "TrainSettings", "batches", "quiet_transformers", "train"]

log = logging.getLogger(__name__)

CHECKPOINT = "checkpoint.pt"
FINAL = "final"


@dataclass(frozen=True)
class TrainSettings:
    epochs: int = 1
    batch_size: int = 32
    learning_rate: float = 2e-5
    warmup: float = 0.1  # share of the steps with a rising learning rate
    scale: float = 20.0  # the loss's similarity scale (inverse temperature)
    max_length: int = 256
    seed: int = 0
    threads: int = 2
    teacher_weight: float = 1.0  # weight of the teacher's margin loss beside the contrastive one
    #: the teacher's margins (LLM logits) are multiplied by this before the sigmoid: at 1 the 1.5B
    #: model's margins (median 1.35) pull passage and negative together and lose 2.6 points of dev
    #: nDCG@10 on NFCorpus; at 3 the teacher neither helps nor hurts there (bench/README.md)
    teacher_scale: float = 3.0


@dataclass
class TrainResult:
    model_dir: Path
    steps: int
    losses: list[float] = field(default_factory=list)  # mean loss of each epoch
    seconds: float = 0.0


def batches(triples: Sequence[tuple[str, str, str | None]], size: int, seed: int) -> list[list[int]]:
    """Shuffle the triples with ``seed`` and cut them into batches in which no passage and no query
    appears twice (an in-batch negative that is another copy of the positive would be a false
    negative); a triple that would repeat one waits for the next batch. The last partial batch is
    kept.

    >>> batches([("q1", "p", "n1"), ("q2", "p", "n2"), ("q3", "r", "n3")], 2, seed=0)
    [[0, 2], [1]]
    """
    order = list(range(len(triples)))
    random.Random(seed).shuffle(order)
    out: list[list[int]] = []
    waiting = order
    while waiting:
        batch: list[int] = []
        texts: set[str] = set()
        later: list[int] = []
        for i in waiting:
            own = {t for t in triples[i] if t is not None}
            if len(batch) < size and not own & texts and len(own) == sum(t is not None for t in triples[i]):
                batch.append(i)
                texts |= own
            else:
                later.append(i)
        if not batch:  # a triple repeating its own texts: train it alone
            batch, later = [later[0]], later[1:]
        out.append(batch)
        waiting = later
    return out


def train(triples: Sequence[tuple[str, str, str | None]], base: str | Path, work: Path, settings: TrainSettings,
          *, margins: Sequence[float] | None = None,
          progress: Callable[[int, int, float], None] | None = None) -> TrainResult:
    """Fine-tune the sentence-transformers model at ``base`` on ``triples`` and save it under
    ``work/final``; a checkpoint after each epoch lets an interrupted run resume there.

    ``margins``: the teacher's margin (its logit for the passage minus its logit for the hard
    negative) of each triple; every triple then needs a hard negative.
    ``progress(step, total_steps, loss)`` is called after each optimiser step.
    """
    if margins is not None and (len(margins) != len(triples) or any(t[2] is None for t in triples)):
        raise ValueError("margins need one value per triple and a hard negative in every triple")
    torch = require("torch", purpose="training an adapted embedder")
    st = require("sentence_transformers", purpose="training an adapted embedder")
    from sentence_transformers.losses import MultipleNegativesRankingLoss

    quiet_transformers()

    work.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(settings.seed)
    torch.set_num_threads(settings.threads)
    torch.use_deterministic_algorithms(True)
    model = st.SentenceTransformer(str(base), device="cpu")
    model.max_seq_length = settings.max_length
    loss_fn = MultipleNegativesRankingLoss(model, scale=settings.scale)
    epoch_batches = [batches(triples, settings.batch_size, settings.seed * 1000 + e)
                     for e in range(settings.epochs)]
    total = sum(len(b) for b in epoch_batches)
    width = 3 if all(t[2] is not None for t in triples) else 2  # with hard negatives or in-batch only
    optimizer = torch.optim.AdamW(model.parameters(), lr=settings.learning_rate, weight_decay=0.01)
    warm = max(1, int(total * settings.warmup))

    def factor(step: int) -> float:
        return (step + 1) / warm if step < warm else max(0.0, (total - step) / max(1, total - warm))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, factor)
    start_epoch, losses, seconds = 0, [], 0.0
    ckpt = work / CHECKPOINT
    if ckpt.exists():
        state = torch.load(ckpt, weights_only=False)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        torch.set_rng_state(state["rng"])
        start_epoch, losses, seconds = state["epoch"], state["losses"], state["seconds"]
        log.info("resuming training after epoch %d of %d", start_epoch, settings.epochs)
    step = sum(len(b) for b in epoch_batches[:start_epoch])
    model.train()
    for epoch in range(start_epoch, settings.epochs):
        began, epoch_loss = time.perf_counter(), 0.0
        for batch in epoch_batches[epoch]:
            columns = [[triples[i][c] for i in batch] for c in range(width)]
            features = [model.preprocess(col) for col in columns]
            if margins is None:
                loss = loss_fn(features, torch.zeros(len(batch)))
            else:
                loss = _taught_loss(model, features, torch.tensor([margins[i] for i in batch]), settings)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            epoch_loss += float(loss.detach())
            if progress is not None:
                progress(step, total, float(loss.detach()))
        losses.append(epoch_loss / max(1, len(epoch_batches[epoch])))
        seconds += time.perf_counter() - began
        tmp = ckpt.with_suffix(".tmp")
        torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(),
                    "scheduler": scheduler.state_dict(), "rng": torch.get_rng_state(),
                    "epoch": epoch + 1, "losses": losses, "seconds": seconds}, tmp)
        tmp.replace(ckpt)
    model.eval()
    final = work / FINAL
    model.save(str(final))
    (final / "heedful-train.json").write_text(json.dumps({"losses": losses, "steps": total}))
    return TrainResult(final, total, losses, seconds)


def _taught_loss(model, features, margins, settings: TrainSettings):  # type: ignore[no-untyped-def]
    """In-batch contrastive loss over (query, passage), plus the teacher's margin loss on the hard
    negative (see the module's docstring)."""
    import torch
    import torch.nn.functional as F

    q, p, n = (model(f)["sentence_embedding"] for f in features)
    q, p, n = F.normalize(q, dim=-1), F.normalize(p, dim=-1), F.normalize(n, dim=-1)
    contrast = F.cross_entropy(settings.scale * q @ p.T, torch.arange(len(q)))
    student = settings.scale * ((q * p).sum(-1) - (q * n).sum(-1))
    target = torch.sigmoid(settings.teacher_scale * margins.to(student.dtype))
    taught = F.binary_cross_entropy_with_logits(student, target)
    return contrast + settings.teacher_weight * taught


def quiet_transformers() -> None:
    """No progress bars of transformers' own (loading, saving shards) between heedful's."""
    with contextlib.suppress(ImportError, AttributeError):
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
