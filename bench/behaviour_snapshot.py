"""A fingerprint of what the analysers, the rule compiler and the predicates do, for refactors.

Writes one JSON file holding, for the dev and test data under ``../shared/bench``:
- the rule-compiled plan of every instruction (hotpotqa-if, timeqa-if dev and test, both
  instructions of each query; every TREC narrative), or the error it raised;
- the evidence extracted from the first 5,000 passages of the HotpotQA and timeqa-if dev corpora;
- the verdict of every predicate of every hotpotqa-if and timeqa-if dev plan on the passages the
  qrels name for that query.

A refactor that should change no behaviour leaves the file byte for byte the same:

    python bench/behaviour_snapshot.py --out /tmp/before.json   # on the old code
    python bench/behaviour_snapshot.py --out /tmp/after.json    # on the new code
    cmp /tmp/before.json /tmp/after.json

Takes about ten seconds. Needs ``../shared/bench`` (or HEEDFUL_SHARED).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import SHARED

from heedful.ingest.evidence import extract
from heedful.plan import compile_rules
from heedful.plan.schema import Predicate
from heedful.rank.predicates import evaluate

PASSAGES = 5000
FIELDS = {"title": "string"}


def _lines(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _qrels(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0] != "query-id":
            out[parts[0]].append(parts[-2] if len(parts) == 4 else parts[1])
    return out


def _plan(instruction: str, query: str) -> dict:
    try:
        return compile_rules(instruction, query=query, fields=FIELDS).to_dict()
    except Exception as exc:  # noqa: BLE001 - the fingerprint records errors too
        return {"error": f"{type(exc).__name__}: {exc}"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args(argv)
    snap: dict[str, dict] = {"plans": {}, "evidence": {}, "verdicts": {}}

    sets = {
        "hotpotqa-if": (SHARED / "hotpotqa-if", SHARED / "hotpotqa" / "corpus.jsonl"),
        "timeqa-if-dev": (SHARED / "timeqa-if" / "dev", SHARED / "timeqa-if" / "dev" / "corpus.jsonl"),
        "timeqa-if-test": (SHARED / "timeqa-if" / "test", None),
    }
    for name, (folder, corpus_path) in sets.items():
        queries = _lines(folder / "queries.jsonl")
        plans = {}
        for q in queries:
            for side in ("og", "changed"):
                plans[f"{name}/{q['_id']}/{side}"] = _plan(q[f"instruction_{side}"], q["text"])
        snap["plans"].update(plans)
        if corpus_path is None:
            continue
        corpus = {d["_id"]: d for d in _lines(corpus_path)}
        for d in list(corpus.values())[:PASSAGES]:
            snap["evidence"][f"{name}/{d['_id']}"] = extract(d["text"]).to_dict()
        for side in ("og", "changed"):
            qrels = _qrels(folder / f"qrels_{side}.tsv")
            for q in queries:
                plan = plans[f"{name}/{q['_id']}/{side}"]
                for i, c in enumerate(plan.get("criteria", [])):
                    if not c.get("predicate"):
                        continue
                    pred = Predicate.from_dict(c["predicate"])
                    for doc_id in sorted(set(qrels.get(q["_id"], []))):
                        doc = corpus.get(doc_id)
                        if doc is None:
                            continue
                        v = evaluate(pred, doc["text"], hint=c.get("text", ""))
                        snap["verdicts"][f"{name}/{q['_id']}/{side}/{i}/{doc_id}"] = [
                            v.status, round(v.score, 6), v.evidence]
    for t in _lines(SHARED / "trec-narratives" / "topics.jsonl"):
        snap["plans"][f"trec/{t['_id']}"] = _plan(t["narrative"], t["text"])
    args.out.write_text(json.dumps(snap, indent=1, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    print(f"{len(snap['plans'])} plans, {len(snap['evidence'])} evidence records, "
          f"{len(snap['verdicts'])} verdicts -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
