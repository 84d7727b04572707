"""Write the sheet a support audit reads: heedful's saved ``ask`` answers, as the admission gates see
them, each with the full title and text of the documents it cites.

For each question of the range whose saved answer (``bench/results/answers/hotpotqa-<mode>.jsonl``,
as ``bench/ask_hotpotqa.py`` commits them) found something, one line: ``_id`` (the question's),
``question``, ``answer`` (the candidate text that ``ask --write-back`` offers: short answer line,
then its evidence sentence), ``citations`` and ``documents`` (id, title, text of each cited
document). No gold answer, no gate verdict: the auditor reads only what the gates read. The audits
in bench/data/admit-hotpotqa/ were made from such sheets.

    python bench/admit_audit_sheet.py --mode auto --start 100 --n 60 --out bench/work/audit-auto-101-160.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from _ask import offered_candidates
from _util import read_jsonl, require_shared


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mode", default="auto", help="whose saved answers (bench/results/answers/hotpotqa-MODE.jsonl)")
    ap.add_argument("--start", type=int, default=0, help="skip the first N questions")
    ap.add_argument("--n", type=int, default=100, help="questions")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    data = require_shared("hotpotqa")
    queries = read_jsonl(data / "queries.jsonl")[args.start: args.start + args.n]
    corpus = {d["_id"]: d for d in read_jsonl(data / "corpus.jsonl")}
    rows = 0
    with Path(args.out).open("w", encoding="utf-8") as out:
        for q, _, cand in offered_candidates(args.mode, queries):
            docs = [{"id": i, "title": corpus[i].get("title", ""), "text": corpus[i]["text"]}
                    for i in cand.citations if i in corpus]
            out.write(json.dumps({"_id": q["_id"], "question": cand.question, "answer": cand.answer,
                                  "citations": list(cand.citations), "documents": docs}, ensure_ascii=False) + "\n")
            rows += 1
    print(f"{rows} answers -> {args.out}")


if __name__ == "__main__":
    main()
