"""Admission on the labelled HotpotQA candidates: what each gate lets in, per label, and what it costs.

Every candidate of bench/data/admit-hotpotqa/candidates.jsonl (built by bench/admit_candidates.py)
goes through ``Engine.admit(dry_run=True)`` over the HotpotQA index, with the default thresholds.
Only ``good`` candidates should be admitted. Reported per label: admitted / total; overall:
precision (admitted candidates that are good), recall of good ones, and seconds and LLM calls per
candidate. ``--all-gates`` runs every gate on every candidate (for choosing thresholds: the score
of each gate per label); by default a failed gate skips the rest, as a user gets it.

    python bench/admit_hotpotqa.py --split test [--all-gates] [--llm-threads 2] [--raw FILE]
    python bench/admit_hotpotqa.py --split test --from-raw FILE   # report a saved run again
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import defaultdict
from pathlib import Path

from _util import ROOT, WORK, read_jsonl, save

from heedful import Engine
from heedful.admit import AdmitThresholds
from heedful.admit.policy import Admitter
from heedful.admit.types import Candidate
from heedful.config import LLMConfig

SET = ROOT / "bench" / "data" / "admit-hotpotqa" / "candidates.jsonl"
AUDIT = ROOT / "bench" / "data" / "admit-hotpotqa" / "support-audit.jsonl"
BAD = ("unsupported", "misattributed", "self-promoting")
#: what the support audit makes of a `good` candidate (right by gold) that its cited passages do not support
UNSTATED, BRIDGE = "good, a sentence unstated", "good, question's link uncited"


def audited(label: str, audit: dict) -> str:
    """A candidate's label after the support audit: a `good` one whose cited passages, read by the
    auditor, do not state one of its sentences is UNSTATED; one whose sentences they state but that
    cites nothing tying the answer to what the question asks is BRIDGE."""
    if label != "good" or audit.get("supported", True):
        return label
    return BRIDGE if audit["why"].startswith("Bridge") else UNSTATED


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test", "all"), default="test")
    ap.add_argument("--index", default=str(WORK / "hotpotqa"), help="the HotpotQA index (bench/hotpotqa_recall.py)")
    ap.add_argument("--all-gates", action="store_true", help="run every gate on every candidate")
    ap.add_argument("--llm-threads", type=int, default=None)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--raw", default=None, help="also write every decision here (JSONL)")
    ap.add_argument("--from-raw", default=None,
                    help="report the decisions a run wrote with --raw, without judging again")
    args = ap.parse_args()
    if args.from_raw:
        decisions = [{**d, "seconds": d["cost"]["seconds"], "llm_calls": d["cost"]["llm_calls"]}
                     for d in read_jsonl(Path(args.from_raw))]
        wall = sum(d["seconds"] for d in decisions)
    else:
        rows = read_jsonl(SET)
        rows = [r for r in rows if args.split == "all" or r["split"] == args.split][: args.limit]
        engine = Engine.open(args.index, create=False)
        admitter = Admitter(engine, llm=LLMConfig(threads=args.llm_threads), all_gates=args.all_gates)
        admitter.generator()  # load the model before timing
        decisions = []
        t0 = time.perf_counter()
        for r in rows:
            d = admitter.admit(Candidate.from_dict(r), dry_run=True)
            decisions.append({"label": r["label"], "variant": r.get("variant", ""), **d.to_dict(),
                              "seconds": d.seconds, "llm_calls": d.llm_calls})
        wall = time.perf_counter() - t0
    if args.raw:
        with open(args.raw, "w", encoding="utf-8") as f:
            for d in decisions:
                f.write(json.dumps({k: v for k, v in d.items() if k not in ("seconds", "llm_calls")}) + "\n")
    per: dict[str, list[bool]] = defaultdict(list)
    scores: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for d in decisions:
        per[d["label"]].append(d["admitted"])
        for name, g in d["gates"].items():
            if not g.get("skipped"):
                scores[d["label"]][name].append(g["score"])
    audit = {a["_id"]: a for a in read_jsonl(AUDIT)}
    by_audit: dict[str, list[bool]] = defaultdict(list)
    for d in decisions:
        by_audit[audited(d["label"], audit.get(d["_id"], {}))].append(d["admitted"])
    admitted = [d for d in decisions if d["admitted"]]
    good_in = sum(d["label"] == "good" for d in admitted)
    listed = [d for d in admitted if d["label"] != "wrong"]  # the labels the issue names
    precision = good_in / len(admitted) if admitted else 1.0
    precision_listed = good_in / len(listed) if listed else 1.0
    recall = good_in / max(1, len(per["good"]))
    secs = [d["seconds"] for d in decisions]
    calls = [d["llm_calls"] for d in decisions]
    t = AdmitThresholds()
    lines = [
        f"Admission on {len(decisions)} labelled HotpotQA candidates ({args.split} split), default thresholds "
        f"(entailment P >= {t.entailment}, duplicate containment >= {t.duplicate_containment})"
        + (", every gate run" if args.all_gates else "") + ".",
        "",
        "| label | candidates | admitted | share |",
        "|---|---|---|---|",
    ]
    for label in ("good", "wrong", *BAD, "duplicate"):
        got = per.get(label, [])
        lines.append(f"| {label} | {len(got)} | {sum(got)} | {sum(got) / len(got):.1%} |" if got else f"| {label} | 0 | | |")
    lines += [
        "",
        (f"- precision over good, unsupported, misattributed, self-promoting and duplicate candidates: "
        f"**{precision_listed:.3f}** ({good_in} of {len(listed)} admitted); counting `wrong` answers (supported "
        f"sentences that do not answer the question, by gold) as bad too: {precision:.3f} ({good_in} of {len(admitted)})"),
        (f"- good admitted: **{recall:.1%}**; unsupported, misattributed or self-promoting admitted: "
        f"**{sum(sum(per.get(b, [])) for b in BAD)}**"),
        (f"- cost per candidate: mean {statistics.mean(secs):.2f} s, p50 {statistics.median(secs):.2f} s, "
        f"max {max(secs):.2f} s; LLM calls mean {statistics.mean(calls):.2f} ({wall:.0f} s in all)"),
    ]
    # the same decisions, with `good` split by the support audit (a helper read each good candidate
    # and its cited passages, blind to the gates): only supported ones should be admitted
    sup_in = sum(by_audit["good"])
    kept = sum(sum(v) for k, v in by_audit.items() if k not in ("wrong", BRIDGE))
    every = sum(sum(v) for v in by_audit.values())
    lines += [
        "",
        (f"After the support audit (`{AUDIT.relative_to(ROOT)}`: each `good` candidate read against its cited "
         "passages by a helper that saw neither the gates nor their verdicts), by what it found:"),
        "",
        "| audited label | candidates | admitted | share |",
        "|---|---|---|---|",
    ]
    for label in ("good", UNSTATED, BRIDGE, "wrong", *BAD, "duplicate"):
        got = by_audit.get(label, [])
        lines.append(f"| {label} | {len(got)} | {sum(got)} | {sum(got) / len(got):.1%} |" if got else f"| {label} | 0 | | |")
    audited_results = {
        "per_label": {k: {"n": len(v), "admitted": sum(v)} for k, v in by_audit.items()},
        "good_recall": sup_in / max(1, len(by_audit["good"])),
        "bad_admitted": sum(sum(by_audit.get(b, [])) for b in (*BAD, UNSTATED)),
        "precision": sup_in / kept if kept else 1.0,
        "precision_all": sup_in / every if every else 1.0,
    }
    lines += [
        "",
        (f"- supported good admitted: **{audited_results['good_recall']:.1%}**; unsupported, misattributed, "
         f"self-promoting or with a sentence unstated admitted: **{audited_results['bad_admitted']}**"),
        (f"- precision (supported good among the admitted, leaving out `wrong` and the uncited links): "
         f"**{audited_results['precision']:.3f}**; counting every other admission as bad: "
         f"{audited_results['precision_all']:.3f}"),
        "",
        "Mean gate score per label (only where the gate ran; labels before the audit):",
        "",
        "| label | attribution | novelty | entailment |",
        "|---|---|---|---|",
    ]
    for label in ("good", "wrong", *BAD, "duplicate"):
        s = scores.get(label, {})
        cells = [f"{statistics.mean(s[g]):.2f} (n={len(s[g])})" if s.get(g) else "" for g in
                 ("attribution", "novelty", "entailment")]
        lines.append(f"| {label} | {' | '.join(cells)} |")
    results = {
        "split": args.split, "all_gates": args.all_gates, "candidates": len(decisions),
        "seconds_are_sum_of_candidates": bool(args.from_raw),
        "per_label": {k: {"n": len(v), "admitted": sum(v)} for k, v in per.items()},
        "precision": precision_listed, "precision_with_wrong": precision, "good_recall": recall,
        "seconds_mean": statistics.mean(secs), "seconds_p50": statistics.median(secs), "llm_calls_mean": statistics.mean(calls),
        "audited": audited_results,
        "thresholds": t.__dict__,
    }
    name = f"admit_hotpotqa_{args.split}" + ("_all_gates" if args.all_gates else "")
    print(Path(save(name, results, "\n".join(lines))).read_text())


if __name__ == "__main__":
    main()
