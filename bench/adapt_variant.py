"""Train a variant of a finished `heedful adapt` run on that run's own mined pairs, and score it on
the NFCorpus dev half: what a training setting does with the synthetic data held fixed.

    python bench/adapt_variant.py --run bench/work/adapt/nfcorpus-corpus-mode --out bench/work/adapt/v-seed1 --seed 1
    python bench/adapt_variant.py --run bench/work/adapt/nfcorpus-corpus-mode --out bench/work/adapt/v-scale40 --scale 40
    python bench/adapt_variant.py --run bench/work/adapt/var-kr30 --out bench/work/adapt/v-neg3 --negatives-within 3
    python bench/adapt_variant.py --average bench/work/adapt/v-seed0 --average bench/work/adapt/v-seed1 --out bench/work/adapt/v-soup

The pairs are the run's `work/pairs.jsonl` (query, passage, hard negative, and the rank at which
the fused retrievers found the passage); the learning rate, batch, epochs and length are the run's
(its model card). `--average` trains nothing: it averages the weights of variants trained before.
The model is scored in fp32 with sentence-transformers, as `adapt_nfcorpus.py` scores an fp32 export
(every document embedded whole, 256 tokens, cosine, top 100): with no change, the variant of the
default corpus-mode run scores what its export does (0.3447 dense nDCG@10).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from _util import read_jsonl, require_shared
from adapt_nfcorpus import by_words, split_queries, top_run

from heedful.adapt.run import base_model_path
from heedful.adapt.train import TrainSettings, train
from heedful.eval.metrics import evaluate
from heedful.eval.trec import read_qrels


def _triples(run: Path, negatives_within: int | None, seed: int) -> list[tuple[str, str, str | None]]:
    rows = read_jsonl(run / "work" / "pairs.jsonl")
    passages = sorted({r["positive"] for r in rows} | {r["negative"] for r in rows if r["negative"]})
    rng = random.Random(seed)
    out: list[tuple[str, str, str | None]] = []
    for r in rows:
        negative = r["negative"]
        if negatives_within is not None and r["rank"] > negatives_within:
            # a search that finds its passage only lower down is broad: the passages above it are
            # likely relevant too, so its negative is a seeded other passage, not one of them
            negative = r["positive"]
            while negative == r["positive"]:
                negative = passages[rng.randrange(len(passages))]
        out.append((r["query"], r["positive"], negative))
    return out


def score_dev(model) -> dict:  # type: ignore[no-untyped-def]
    """Dense nDCG@10 and R@100 of a sentence-transformers ``model`` on the NFCorpus dev half, in fp32
    (every document embedded whole, 256 tokens, cosine, top 100), and nDCG@10 by query length."""
    model.max_seq_length = 256
    data = require_shared("nfcorpus")
    docs = read_jsonl(data / "corpus.jsonl")
    queries = split_queries(read_jsonl(data / "queries.jsonl"), "dev")
    qrels_all = read_qrels(data / "qrels.tsv")
    doc_vectors = model.encode([f"{d.get('title', '')} {d['text']}".strip() for d in docs], batch_size=64,
                               normalize_embeddings=True)
    scores = model.encode([q["text"] for q in queries], normalize_embeddings=True) @ doc_vectors.T
    scored = evaluate(top_run(scores, docs, queries, 100), {q["_id"]: qrels_all[q["_id"]] for q in queries}, ["nDCG@10", "R@100"])
    dev = {k: round(v, 4) for k, v in scored["aggregate"].items()}
    dev["nDCG@10 by query words"] = by_words(scored["per_query"], queries)
    return dev


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--run", type=Path, help="a folder written by heedful adapt (its pairs and settings)")
    ap.add_argument("--out", type=Path, required=True, help="folder for the variant's weights")
    ap.add_argument("--seed", type=int, default=0, help="training seed: batch order and initialisation (default 0)")
    ap.add_argument("--epochs", type=int, help="training epochs (default: the run's)")
    ap.add_argument("--scale", type=float, default=TrainSettings.scale, help="the loss's similarity scale")
    ap.add_argument("--negatives-within", type=int, metavar="R",
                    help="keep a pair's hard negative only when its passage was found within rank R")
    ap.add_argument("--average", type=Path, action="append", default=[],
                    help="a variant folder whose weights to average (repeatable; trains nothing)")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    if bool(args.run) == bool(args.average):
        ap.error("give --run (train a variant) or --average (average trained ones)")

    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(args.threads)
    if args.run:
        card = json.loads((args.run / "heedful-model.json").read_text())
        settings = TrainSettings(epochs=args.epochs or card["training"]["epochs"], batch_size=card["training"]["batch_size"],
                                 learning_rate=card["training"]["learning_rate"], scale=args.scale,
                                 seed=args.seed, threads=args.threads)
        triples = _triples(args.run, args.negatives_within, args.seed + 7)
        trained = train(triples, base_model_path(None), args.out, settings)
        model = SentenceTransformer(str(trained.model_dir), device="cpu")
        described = {"run": str(args.run), "pairs": len(triples), "seed": args.seed, "scale": args.scale,
                     "epochs": settings.epochs, "negatives_within": args.negatives_within, "train_seconds": round(trained.seconds)}
    else:
        models = [SentenceTransformer(str(p / "final"), device="cpu") for p in args.average]
        state = models[0].state_dict()
        for key, value in state.items():
            if value.dtype.is_floating_point:
                state[key] = sum(m.state_dict()[key] for m in models) / len(models)
        model = models[0]
        model.load_state_dict(state)
        described = {"average": [str(p) for p in args.average]}
    described["dev"] = score_dev(model)
    print(json.dumps(described))


if __name__ == "__main__":
    main()
