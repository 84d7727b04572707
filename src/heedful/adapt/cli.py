"""The ``heedful adapt`` command."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from heedful.config import LLMConfig

__all__ = ["add_parser", "run"]

_EPILOG = textwrap.dedent(
    """\
    examples:
      heedful adapt --description "Abstracts of clinical nutrition studies; people search with short topic names" --out nutrition-model
      heedful adapt --corpus my-docs.jsonl --description "support tickets of a router vendor" --out tickets-model
      heedful index my-docs.jsonl --index my-index --model nutrition-model
    needs the train extra: pip install "heedful[train,llm]"; an interrupted run resumes with the same command
    """
)


def add_parser(subparsers: Any, *, llm_options: Callable[[argparse.ArgumentParser], None]) -> None:
    from heedful.adapt.run import DEFAULT_PAIRS, AdaptSettings

    d = AdaptSettings()
    p = subparsers.add_parser(
        "adapt", help="tune the embedder to a domain from a description of it (or from its documents)",
        description="Fine-tune all-MiniLM-L6-v2 on synthetic pairs the local LLM writes: documents and "
                    "queries from a description of the domain, or queries for sampled documents of "
                    "--corpus. Exports an ONNX model folder that --model and Engine.open(model=...) load.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--description", default=None, metavar="TEXT",
                   help="what the collection holds and how people search it")
    p.add_argument("--out", required=True, metavar="MODEL_DIR", help="folder for the model (and its work files)")
    p.add_argument("--corpus", default=None, metavar="SOURCE",
                   help="documents of the domain (any format heedful index reads): queries are written for a sample")
    p.add_argument("--pairs", type=int, default=None, metavar="N",
                   help="synthetic (query, passage) pairs to write before filtering (default "
                        f"{DEFAULT_PAIRS['corpus']} with --corpus, {DEFAULT_PAIRS['description']} without)")
    p.add_argument("--crops", type=int, default=d.crops, metavar="N",
                   help="with --corpus, N more pairs cut from the documents with no LLM: a span of 3-8 words "
                        f"as the query, the rest of its document as the passage (default {d.crops})")
    p.add_argument("--teacher", action="store_true",
                   help="the LLM judges each pair's passage and hard negative (two calls per pair) and the "
                        "model learns the margin between them (GPL) instead of taking the negative as irrelevant")
    p.add_argument("--epochs", type=int, default=d.epochs, metavar="E", help=f"training epochs (default {d.epochs})")
    p.add_argument("--seed", type=int, default=d.seed, help=f"seed of every sampled choice (default {d.seed})")
    p.add_argument("--keep-rank", type=int, default=d.keep_rank, metavar="K",
                   help=f"keep a query only if its passage ranks in the top K of the pool (default {d.keep_rank})")
    p.add_argument("--batch-size", type=int, default=d.batch_size, help=f"training batch (default {d.batch_size})")
    p.add_argument("--learning-rate", type=float, default=d.learning_rate,
                   help=f"peak learning rate (default {d.learning_rate})")
    p.add_argument("--int8", choices=("auto", "yes", "no"), default=d.int8,
                   help="ship int8 weights: auto (when held-out MRR@10 stays within 0.01 of fp32), yes, no")
    p.add_argument("--base", default=None, metavar="DIR",
                   help="sentence-transformers folder to fine-tune (default: the packaged all-MiniLM-L6-v2)")
    p.add_argument("--threads", type=int, default=d.threads,
                   help=f"CPU threads for training (default {d.threads}; the hash depends on it)")
    p.add_argument("--no-progress", action="store_true", help="no progress bars on stderr")
    llm_options(p)


def run(args: argparse.Namespace, *, llm_config: LLMConfig) -> int:
    from heedful.adapt.run import AdaptSettings, adapt
    from heedful.models.generator import load_generator
    from heedful.models.registry import load_embedder

    settings = AdaptSettings(
        description=args.description, corpus=args.corpus, pairs=args.pairs, crops=args.crops, teacher=args.teacher,
        epochs=args.epochs, seed=args.seed, keep_rank=args.keep_rank, batch_size=args.batch_size,
        learning_rate=args.learning_rate, int8=args.int8, base=args.base, threads=args.threads,
    )
    result = adapt(settings, args.out, generator=lambda: load_generator(llm_config),
                   embedder=load_embedder(), progress=not args.no_progress)
    card = result.card
    v = card["validation_mrr_at_10"]
    print(f"adapted model in {result.model_dir} ({card['weights']}, sha256 {result.sha256[:16]}...): "
          f"{card['data']['kept_pairs']} training pairs; held-out synthetic MRR@10 {v['base']} -> "
          f"{v[card['weights']]}; {sum(card['seconds'].values()):.0f} s")
    if card.get("warning"):
        print(f"warning: {card['warning']}")
    print(f"use it: heedful index SOURCE --index DIR --model {result.model_dir}")
    return 0
