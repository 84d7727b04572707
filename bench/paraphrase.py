"""Paraphrase robustness: the same criterion written six ways should compile and rank the same.

Reads bench/data/paraphrase (25 criteria added to hotpotqa-if dev queries, each written as a
plain sentence, a question, bullets, in the second person, as a TREC narrative and as an order;
see its README). Reports:
- plan agreement: for each phrasing, compiled as it is used (the base query's instruction_og, a
  space, the phrasing), whether the decisive plan of the criteria that come from the phrasing's
  words -- the polarity side (require/prefer vs exclude/avoid) and predicate of each criterion that
  has one, else the sides of its criteria -- equals the canonical phrasing's (two ``mentions``
  predicates are the same when their names share a word: "Epitaph" and "Epitaph Records"), and
  whether it matches the item's expected polarity and predicate;
- p-MRR and nDCG@10 per phrasing (instruction = the base query's instruction_og + the phrasing),
  with the rule compiler and the index's defaults (no LLM), and the spread across phrasings.

With bench/data/paraphrase-og (the 30 hotpotqa-if original instructions, each rewritten in five
styles with the same meaning) it also reports nDCG@10 of each style against the original's
judgments, next to the original wording's.

Usage: python bench/paraphrase.py [--plans-only] [--verbose]
Needs ../shared/bench (hotpotqa-if, hotpotqa) and the hotpotqa index under bench/work (built on
first use, 15-40 minutes). Writes results/paraphrase.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import BENCH, WORK, require_shared, save

from heedful.plan import compile_rules

DATA = BENCH / "data" / "paraphrase"
OG_STYLES = BENCH / "data" / "paraphrase-og"
STYLES = ("canonical", "question", "bullets", "second_person", "narrative", "imperative")


def _side(polarity: str) -> str:
    return "exclude" if polarity in ("exclude", "avoid") else "require"


def _pred_sig(pred: dict | None) -> tuple:
    if not pred:
        return ()
    (kind, body), = pred.items()
    if kind == "mentions":
        return ("mentions", frozenset(t.lower() for t in body))
    if kind in ("year", "number"):
        return (kind, body.get("op"), body.get("value"))
    return (kind,)


def signature(plan, start: int = 0) -> frozenset:
    """The decisive part of a plan's criteria from ``start`` on: (side, predicate) of criteria with
    predicates, else their sides."""
    crits = [c for c in plan.criteria if c.weight and (c.span is None or c.span[1] > start)]
    with_pred = {(_side(c.polarity), _pred_sig(c.predicate.to_dict())) for c in crits if c.predicate}
    if with_pred:
        return frozenset(with_pred)
    return frozenset((_side(c.polarity), ()) for c in crits)


def _same(a: tuple, b: tuple) -> bool:
    if a[:1] == b[:1] == ("mentions",):
        words = [{w for t in terms for w in t.split()} for terms in (a[1], b[1])]
        return bool(words[0] & words[1])
    return a == b


def agrees(sig: frozenset, canonical: frozenset) -> bool:
    """Same predicates on the same sides; without predicates, the canonical's sides are all there.

    A phrasing may restate the topic ("A relevant paragraph must be about a town, not a village"
    adds a requirement without a predicate to the exclusion): that extra soft criterion is allowed.
    """
    if any(p for _, p in canonical) or any(p for _, p in sig):
        return len(sig) == len(canonical) and all(
            any(s == t and _same(p, q) for t, q in canonical) for s, p in sig)
    return canonical <= sig


def matches_expected(sig: frozenset, expect: dict) -> bool:
    want_side = _side(expect["polarity"])
    want = _pred_sig(expect.get("predicate"))
    if not want:
        return bool(sig) and all(side == want_side for side, _ in sig)
    for side, got in sig:
        if side != want_side or not got or got[0] != want[0]:
            continue
        if want[0] == "mentions" and got[1] & want[1]:
            return True
        if want[0] in ("year", "number") and got[1:] == want[1:]:
            return True
        if want[0] == "pattern":
            return True
    return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plans-only", action="store_true", help="plan agreement only, no searches (nothing saved)")
    ap.add_argument("--verbose", action="store_true", help="print every phrasing that disagrees")
    args = ap.parse_args()
    items = [json.loads(line) for line in (DATA / "items.jsonl").open(encoding="utf-8")]
    base = {q["_id"]: q for q in map(json.loads, require_shared("hotpotqa-if", "queries.jsonl").open())}
    same = {s: 0 for s in STYLES}
    right = {s: 0 for s in STYLES}
    all_same = 0
    for it in items:
        q = base[it["base"]]
        og = q["instruction_og"] + " "
        sigs = {s: signature(compile_rules(og + it["phrasings"][s], query=q["text"]), len(og)) for s in STYLES}
        all_same += all(agrees(sigs[s], sigs["canonical"]) for s in STYLES)
        for s in STYLES:
            same[s] += agrees(sigs[s], sigs["canonical"])
            ok = matches_expected(sigs[s], it["expect"])
            right[s] += ok
            if args.verbose and (not ok or not agrees(sigs[s], sigs["canonical"])):
                print(f"{it['_id']} {s}: {it['phrasings'][s]!r}\n    -> {sorted(map(str, sigs[s]))}"
                      f"{'' if ok else '  (expected ' + json.dumps(it['expect']) + ')'}")
    n = len(items)
    beyond = [s for s in STYLES if s != "canonical"]
    results: dict = {
        "items": n,
        "agree_with_canonical": {s: same[s] / n for s in beyond},
        "agree_with_canonical_all": sum(same[s] for s in beyond) / (n * len(beyond)),
        "match_expected": {s: right[s] / n for s in STYLES},
        "match_expected_all": sum(right.values()) / (n * len(STYLES)),
        "items_all_six_same": all_same,
    }
    lines = ["| phrasing | same plan as canonical | expected polarity and predicate |", "|---|---|---|"]
    lines += [f"| {s} | {'-' if s == 'canonical' else f'{same[s]}/{n}'} | {right[s]}/{n} |" for s in STYLES]
    lines += ["", (f"Phrasings beyond the canonical that compile to its plan: {results['agree_with_canonical_all']:.1%}; "
              f"matching the expected plan, all six styles: {results['match_expected_all']:.1%}; "
              f"items whose six phrasings all compile alike: {all_same}/{n}.")]
    if not args.plans_only:
        engine = _engine()
        results.update(_rank(engine, items, base, args.verbose))
        if (OG_STYLES / "items.jsonl").exists():
            og = _og_styles(engine, base)
            results["og_styles"] = og
            lines += ["", "The original instructions rewritten (same meaning), nDCG@10 against their judgments:", "",
                      "| wording | nDCG@10 |", "|---|---|"]
            lines += [f"| {k} | {v:.3f} |" for k, v in og.items()]
        r = results["ranking"]
        lines += ["", "| phrasing | p-MRR | nDCG@10 changed |", "|---|---|---|"]
        lines += [f"| {s} | {r['p_mrr'][s]:+.1f} | {r['ndcg_changed'][s]:.3f} |" for s in STYLES]
        lines += ["", (f"nDCG@10 og (the bases' own instructions): {r['ndcg_og']:.3f}. Spread of an item's p-MRR "
                  f"across its six phrasings (max - min): median {r['spread_median']:.1f}, "
                  f"mean {r['spread_mean']:.1f}, max {r['spread_max']:.1f}.")]
    table = "\n".join(lines)
    print(table)
    if not args.plans_only:  # the committed results always carry the ranking figures
        save("paraphrase", results, table)


def _engine():
    """The HotpotQA index under bench/work, built on first use."""
    from heedful import Engine

    engine = Engine.open(WORK / "hotpotqa")
    if engine.info()["documents"] == 0:
        engine.index(str(require_shared("hotpotqa", "corpus.jsonl")), progress=True)
    return engine


def _og_styles(engine, base: dict[str, dict]) -> dict[str, float]:
    from heedful.eval import ndcg, read_qrels

    rows = [json.loads(line) for line in (OG_STYLES / "items.jsonl").open(encoding="utf-8")]
    qrels_og = read_qrels(require_shared("hotpotqa-if", "qrels_og.tsv"))
    out: dict[str, float] = {}
    styles = ["original", *rows[0]["styles"]]
    for style in styles:
        run = {}
        for r in rows:
            q = base[r["base"]]
            ins = q["instruction_og"] if style == "original" else r["styles"][style]
            run[r["base"]] = {h.id: h.score for h in engine.search(q["text"], instruction=ins, k=100)}
        out[style] = ndcg(run, {r["base"]: qrels_og[r["base"]] for r in rows})
    return out


def _rank(engine, items: list[dict], base: dict[str, dict], verbose: bool) -> dict:
    from heedful.eval import ndcg, p_mrr, read_qrels

    qrels_og = read_qrels(require_shared("hotpotqa-if", "qrels_og.tsv"))
    qrels_ch = read_qrels(DATA / "qrels_changed.tsv")
    og_runs: dict[str, dict[str, float]] = {}
    for b in sorted({it["base"] for it in items}):
        q = base[b]
        og_runs[b] = {h.id: h.score for h in engine.search(q["text"], instruction=q["instruction_og"], k=100)}
    run_og = {it["_id"]: og_runs[it["base"]] for it in items}
    item_qrels_og = {it["_id"]: qrels_og[it["base"]] for it in items}
    pm: dict[str, float] = {}
    nd: dict[str, float] = {}
    per_item: dict[str, dict[str, float]] = defaultdict(dict)
    for s in STYLES:
        run_ch = {}
        for it in items:
            q = base[it["base"]]
            ins = q["instruction_og"] + " " + it["phrasings"][s]
            run_ch[it["_id"]] = {h.id: h.score for h in engine.search(q["text"], instruction=ins, k=100)}
        res = p_mrr(run_og, run_ch, item_qrels_og, qrels_ch)
        pm[s] = res.score
        nd[s] = ndcg(run_ch, qrels_ch)
        for qid, v in res.per_query.items():
            per_item[qid][s] = v
    spreads = [max(v.values()) - min(v.values()) for v in per_item.values()]
    if verbose:
        for qid, v in sorted(per_item.items()):
            print(qid, " ".join(f"{s}={v[s]:+.0f}" for s in STYLES))
    return {"ranking": {
        "p_mrr": pm, "ndcg_changed": nd, "ndcg_og": ndcg(run_og, item_qrels_og),
        "spread_median": statistics.median(spreads), "spread_mean": statistics.mean(spreads),
        "spread_max": max(spreads), "per_item": per_item,
    }}


if __name__ == "__main__":
    main()
