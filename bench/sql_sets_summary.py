"""One table of the first (blind) runs of our text-to-SQL sets, from their committed results.

Each set under ``bench/data/sql-fresh*`` was asked once, before any change made for it, by
``bench/sql_eval.py --set ... --name sql_eval_freshN``; this reads those results (not the ``_now``
runs asked again after fixes) and writes ``results/sql_eval_fresh_summary.md``: per set its
databases, the code it ran, execution accuracy (tolerant, strict), invalid-SQL rate, seconds per
question, and the sets pooled by question.

    python bench/sql_sets_summary.py
"""

from __future__ import annotations

import json
import re

from _util import BENCH, RESULTS, save

#: the sets whose writers were asked for questions as ordinary users ask them, with rounding, units
#: and formats stated and no traps (sets 7 and 8 were built around traps at their writers' choice;
#: sets 1-6 were asked for questions of the six categories on tables with the storage quirks real
#: ones have)
ORDINARY = frozenset((9, 10, 11, 12, 13, 14, 15, 16))


def _number(path_name: str) -> int:
    found = re.fullmatch(r"sql_eval_fresh(\d*)\.json", path_name)
    return int(found[1] or 1) if found else 0


def main() -> None:
    rows = []
    for path in sorted(RESULTS.glob("sql_eval_fresh*.json"), key=lambda p: _number(p.name)):
        n = _number(path.name)
        if not n:
            continue  # a run asked again after fixes (_now), not a first run
        result = json.loads(path.read_text())
        folder = BENCH / "data" / ("sql-fresh" if n == 1 else f"sql-fresh-{n}")
        dbs = ", ".join(sorted(p.stem for p in folder.glob("*.sql")))
        rows.append((n, dbs, result["commit"].split()[0], result["date"], result["all"]))
    lines = ["| set | databases | code | date | n | execution accuracy (tolerant) | strict | invalid SQL | s/question |",
             "|---|---|---|---|---|---|---|---|---|"]
    for n, dbs, commit, date, a in rows:
        lines.append(f"| {n} | {dbs} | {commit} | {date} | {a['n']} | {a['tolerant']:.3f} | {a['strict']:.3f} "
                     f"| {a['invalid']:.3f} | {a['seconds_mean']} |")
    pools = {}
    for label, chosen in (("all", rows), ("ordinary (" + ", ".join(str(n) for n in sorted(ORDINARY)) + ")",
                                          [r for r in rows if r[0] in ORDINARY])):
        total = sum(a["n"] for *_, a in chosen)
        pooled = {k: sum(a[k] * a["n"] for *_, a in chosen) / total for k in ("tolerant", "strict", "invalid")}
        lines.append(f"| {label} | | | | {total} | {pooled['tolerant']:.3f} | {pooled['strict']:.3f} | "
                     f"{pooled['invalid']:.3f} | |")
        pools[label.split(" ")[0]] = {"n": total, **pooled}
    table = "\n".join(lines)
    print(table)
    save("sql_eval_fresh_summary", {"sets": [{"set": n, "databases": dbs, "commit": c, "date": d, **a}
                                             for n, dbs, c, d, a in rows], "pooled": pools["all"],
                                    "pooled_ordinary": pools["ordinary"]}, table)


if __name__ == "__main__":
    main()
