"""Calibrate the entailment gate on human labels: SICK sentence pairs and MT-RAG faithfulness ratings.

- SICK (../shared/bench/admit/sick.jsonl): premise as the passage, hypothesis as the claim, one
  question to the LLM each (:func:`heedful.admit.entail.entailment_probability`); ENTAILMENT against
  the rest. A seeded sample of ``--sick`` pairs from train+trial chooses the threshold (the lowest
  P(yes) whose precision on ENTAILMENT reaches ``--precision``); the same number from test reports it.
- MT-RAG (../shared/bench/admit/mtrag_faithfulness.jsonl): whole RAG responses rated by people;
  faithful = median rating 4, unfaithful = median <= 2, responses without passages left out. Each
  response goes through the gate as a candidate citing all of its task's passages
  (:func:`heedful.admit.gates.entailment_gate`: one question per sentence, the lowest P(yes) is the
  response's score). Reported: ROC AUC of that score, precision and recall of "faithful" at the
  chosen threshold, next to the source's RAGAS faithfulness (``rl_f``) on the same responses.

    python bench/admit_calibration.py [--sick 300] [--mtrag 40] [--precision 0.9]

The defaults are the sizes of the committed run (about 20 minutes on 2 cores).
"""

from __future__ import annotations

import argparse
import random
import time

from _util import read_jsonl, require_shared, save

from heedful.admit.entail import entailment_probability
from heedful.admit.gates import AdmitThresholds, entailment_gate
from heedful.admit.gates import claims_of as claims
from heedful.admit.types import Candidate
from heedful.ask.types import Source
from heedful.config import LLMConfig
from heedful.models.generator import load_generator


def auc(pos: list[float], neg: list[float]) -> float:
    """ROC AUC: the chance a positive scores above a negative (ties count half)."""
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def pr_at(scored: list[tuple[bool, float]], threshold: float) -> tuple[float, float]:
    tp = sum(1 for y, p in scored if y and p >= threshold)
    fp = sum(1 for y, p in scored if not y and p >= threshold)
    pos = sum(1 for y, _ in scored if y)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / pos if pos else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sick", type=int, default=300, help="pairs sampled from train+trial, and as many from test (default 300)")
    ap.add_argument("--mtrag", type=int, default=40, help="responses of each class (faithful, unfaithful; default 40)")
    ap.add_argument("--precision", type=float, default=0.9, help="precision on ENTAILMENT the threshold must reach")
    ap.add_argument("--llm-threads", type=int, default=None)
    args = ap.parse_args()
    data = require_shared("admit")
    gen = load_generator(LLMConfig(threads=args.llm_threads))
    rng = random.Random(7)
    sick = read_jsonl(data / "sick.jsonl")
    dev = [r for r in sick if r["split"] in ("train", "trial")]
    test = [r for r in sick if r["split"] == "test"]
    rng.shuffle(dev)
    rng.shuffle(test)

    def score(rows: list[dict]) -> list[tuple[bool, float]]:
        return [(r["label"] == "ENTAILMENT",
                 entailment_probability(gen, r["hypothesis"], [Source(r["_id"], "", r["premise"])])) for r in rows]

    t0 = time.perf_counter()
    sick_dev = score(dev[: args.sick])
    sick_secs = (time.perf_counter() - t0) / max(1, args.sick)
    grid = sorted({round(p, 3) for _, p in sick_dev})
    chosen = next((t for t in grid if pr_at(sick_dev, t)[0] >= args.precision), 1.0)
    sick_test = score(test[: args.sick])
    dev_p, dev_r = pr_at(sick_dev, chosen)
    test_p, test_r = pr_at(sick_test, chosen)
    default = AdmitThresholds().entailment
    dflt_p, dflt_r = pr_at(sick_test, default)

    rated = read_jsonl(data / "mtrag_faithfulness.jsonl")
    rated = [r for r in rated if r["passages"]]
    faithful = [r for r in rated if r["faithfulness_median"] == 4]
    unfaithful = [r for r in rated if r["faithfulness_median"] <= 2]
    rng.shuffle(faithful)
    rng.shuffle(unfaithful)
    picked = faithful[: args.mtrag] + unfaithful[: args.mtrag]
    mt: list[tuple[bool, float, float | None]] = []
    t0 = time.perf_counter()
    for r in picked:
        docs = {str(p["id"]): Source(str(p["id"]), p.get("title", ""), p["text"]) for p in r["passages"]}
        cand = Candidate(r["_id"], r["question"], r["response"], tuple(docs))
        g, _ = entailment_gate(cand, claims(cand), docs, lambda: gen, AdmitThresholds())
        ragas = (r.get("algorithmic") or {}).get("rl_f")
        mt.append((r["faithfulness_median"] == 4, g.score, float(ragas) if ragas is not None else None))
    mt_secs = (time.perf_counter() - t0) / max(1, len(picked))
    ours = [(y, s) for y, s, _ in mt]
    ragas_pairs = [(y, s) for y, _, s in mt if s is not None]
    mt_p, mt_r = pr_at(ours, default)

    lines = [
        "Entailment gate (Qwen2.5-Coder-1.5B Q4_K_M, one yes/no question read from the logits) against human labels.",
        "",
        f"**SICK** ({args.sick} pairs from train+trial to choose, {args.sick} from test to report; ENTAILMENT vs rest):",
        "",
        "| | threshold | precision | recall | AUC |",
        "|---|---|---|---|---|",
        (f"| dev (train+trial): lowest threshold with precision >= {args.precision} | {chosen:.3f} | {dev_p:.3f} | "
        f"{dev_r:.3f} | {auc([p for y, p in sick_dev if y], [p for y, p in sick_dev if not y]):.3f} |"),
        (f"| test, that threshold | {chosen:.3f} | {test_p:.3f} | {test_r:.3f} | "
        f"{auc([p for y, p in sick_test if y], [p for y, p in sick_test if not y]):.3f} |"),
        f"| test, the default (AdmitThresholds.entailment) | {default:.3f} | {dflt_p:.3f} | {dflt_r:.3f} | |",
        "",
        f"{sick_secs:.2f} s per pair.",
        "",
        (f"**MT-RAG** ({sum(y for y, _ in ours)} faithful responses (median rating 4), {sum(not y for y, _ in ours)} "
        "unfaithful (median <= 2); the gate's score is the lowest P(yes) over the response's sentences):"),
        "",
        "| scorer | AUC | precision of 'faithful' at the default threshold | recall |",
        "|---|---|---|---|",
        (f"| heedful entailment gate | {auc([s for y, s in ours if y], [s for y, s in ours if not y]):.3f} | "
        f"{mt_p:.3f} | {mt_r:.3f} |"),
        (f"| RAGAS faithfulness (the source's rl_f, GPT-4-class judge) | "
        f"{auc([s for y, s in ragas_pairs if y], [s for y, s in ragas_pairs if not y]):.3f} | | |"),
        "",
        f"{mt_secs:.1f} s per response.",
    ]
    results = {
        "sick": {"n_dev": len(sick_dev), "n_test": len(sick_test), "chosen_threshold": chosen,
                 "dev": {"precision": dev_p, "recall": dev_r}, "test": {"precision": test_p, "recall": test_r},
                 "default_threshold": default, "test_default": {"precision": dflt_p, "recall": dflt_r},
                 "seconds_per_pair": sick_secs},
        "mtrag": {"n": len(mt), "auc": auc([s for y, s in ours if y], [s for y, s in ours if not y]),
                  "auc_ragas": auc([s for y, s in ragas_pairs if y], [s for y, s in ragas_pairs if not y]),
                  "precision_at_default": mt_p, "recall_at_default": mt_r, "seconds_per_response": mt_secs},
    }
    print(save("admit_calibration", results, "\n".join(lines)).read_text())


if __name__ == "__main__":
    main()
