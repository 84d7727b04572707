"""How much of the drop in nDCG@10 under a changed instruction is the exclusion's, and how much the
ranking's: the changed instruction scored against what a perfect filter would give.

For each paired set, from the runs `heedful eval --runs DIR` wrote:

- **og**: nDCG@10 of the original run against the original qrels;
- **changed**: nDCG@10 of the changed run against the changed qrels (the reported figure);
- **perfect filter**: the original run with exactly the flipped documents (relevant under the original
  instruction, not under the changed one) removed, scored against the changed qrels. This is what a
  system that applies the added criterion without a single mistake, and changes nothing else, reaches:
  the rest of the loss is the base ranking's (relevant documents below the top 10, unjudged ones above).

    heedful eval --set bench/data/if-subject-5 ... --systems heedful --runs /tmp/runs --out /tmp/eval
    python bench/if_ceiling.py --runs /tmp/runs bench/data/if-subject-5 ...
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _util import save

from heedful.eval import load_paired, ndcg
from heedful.eval.trec import read_run


def _filtered(run: dict[str, dict[str, float]], drop: dict[str, set[str]]) -> dict[str, dict[str, float]]:
    return {q: {d: s for d, s in scores.items() if d not in drop.get(q, set())} for q, scores in run.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", help="paired set folders")
    ap.add_argument("--runs", required=True, help="the folder `heedful eval --runs` wrote")
    ap.add_argument("--system", default="heedful")
    args = ap.parse_args()
    rows, results = [], {}
    for folder in args.sets:
        ps = load_paired(folder)
        og = read_run(Path(args.runs) / f"{ps.name}.{args.system}.og.trec")
        ch = read_run(Path(args.runs) / f"{ps.name}.{args.system}.changed.trec")
        flipped = {q: {d for d, r in judged.items() if r > 0 and ps.qrels_changed.get(q, {}).get(d, 0) <= 0}
                   for q, judged in ps.qrels_og.items()}
        got = {"og": ndcg(og, ps.qrels_og), "changed": ndcg(ch, ps.qrels_changed),
               "perfect_filter": ndcg(_filtered(og, flipped), ps.qrels_changed)}
        results[ps.name] = got
        rows.append(f"| {ps.name} | {len(ps.queries)} | {got['og']:.3f} | {got['changed']:.3f} | "
                    f"{got['perfect_filter']:.3f} | {got['changed'] / got['perfect_filter']:.2f} |")
    table = ("nDCG@10 of heedful's runs (`heedful eval --set SET ... --systems heedful --k 1000 --runs DIR` at the "
             "commit below, defaults); *perfect filter* = the original run with exactly the flipped documents "
             "removed, scored against the changed qrels (what applying the added criterion without a mistake, "
             "and changing nothing else, would give).\n\n"
             "| set | queries | og | changed | perfect filter | changed / perfect filter |\n|---|---|---|---|---|---|\n"
             + "\n".join(rows))
    print(table)
    save("if_ceiling", {"sets": results, "system": args.system}, table)


if __name__ == "__main__":
    main()
