"""Relational instructions over news linked to a table of companies: SQL vs the same words as text.

The set (``bench/data/relations-news``, built by ``--build``, deterministic with its seed) is 80
fictional companies (every sector in every country at least once) (``companies.csv``: founded, employees, country, sector, revenue_usd; ``ceos.csv``:
ceo, age, since) and 320 short news stories about them, four topics each (layoffs, funding, a product
launch, results), each with a ``company`` field. The stories say some facts in passing (a founding
year, a head count, a city, a rival's name), as news does. ``instructions.jsonl`` holds instructions
about the companies, each with the rule that decides the gold in Python, over the table rows, apart
from heedful's compiler. They were written before the first run and are not tuned on.

Two indexes over the same stories: ``linked`` (the tables added and ``company`` linked to
``companies.name``: relational criteria run as SQL) and ``plain`` (no tables: the same instruction is
read as text criteria, heedful's usual path). For each instruction, with its query:

- criterion precision and recall: the documents a system keeps (linked: every hit, k=1000) or ranks
  in its top |S| (plain: its criteria are soft), against S, the stories whose company meets the rule;
- nDCG@10 against the stories on the query's topic whose company meets the rule (none when no
  story qualifies; then keeping nothing counts as precision and recall 1).

    python bench/relations_news.py --build      # write bench/data/relations-news (once)
    python bench/relations_news.py              # evaluate; results/relations_news.md
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import shutil
from pathlib import Path
from typing import Any

from _util import ROOT, WORK, read_jsonl, save

DATA = ROOT / "bench" / "data" / "relations-news"
SEED = 20261205

_SYL = ["Nor", "vik", "Cal", "dera", "Bram", "ble", "Ost", "ara", "Vel", "ton", "Quar", "ry", "Lum", "en",
        "Tor", "ren", "Sil", "vane", "Mar", "low", "Kes", "tra", "Dun", "more", "Hal", "den", "Pell", "ago"]
_SECTORS = {"energy": "Energy", "software": "Software", "logistics": "Logistics", "finance": "Capital",
            "retail": "Stores", "health": "Health", "robotics": "Robotics", "food": "Foods"}
_PLACES = {"Germany": ["Hamburg", "Leipzig"], "France": ["Lyon", "Lille"], "United States": ["Denver", "Austin"],
           "Canada": ["Calgary", "Halifax"], "Spain": ["Bilbao", "Seville"], "Norway": ["Bergen", "Trondheim"],
           "United Kingdom": ["Leeds", "Bristol"], "Japan": ["Osaka", "Sendai"]}
_FIRST = ["Anna", "Ben", "Carla", "Dev", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kemal", "Lena"]
_LAST = ["Moreau", "Sato", "Lindqvist", "Okafor", "Brandt", "Costa", "Haines", "Novak", "Reyes", "Ward"]


def _companies(rng: random.Random) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    names: set[str] = set()
    rows, ceos = [], []
    sectors = list(_SECTORS)
    countries = list(_PLACES)
    while len(rows) < 80:
        stem = rng.choice(_SYL[::2]) + rng.choice(_SYL[1::2])
        sector = sectors[len(rows) % len(sectors)]
        name = f"{stem} {_SECTORS[sector]}"
        if name in names:
            continue
        names.add(name)
        employees = int(round(math.exp(rng.uniform(math.log(40), math.log(20000))), -1))
        rows.append({"name": name, "founded": rng.randint(1950, 2021), "employees": employees,
                     "country": countries[(len(rows) // len(sectors)) % len(countries)], "sector": sector,
                     "revenue_usd": int(employees * rng.uniform(80_000, 400_000)) // 1_000_000 * 1_000_000})
        ceos.append({"company": name, "ceo": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                     "age": rng.randint(31, 68), "since": rng.randint(2005, 2024)})
    return rows, ceos


def _stories(rng: random.Random, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    docs = []
    for i, c in enumerate(rows):
        city = rng.choice(_PLACES[c["country"]])
        rival = rows[(i + rng.randint(1, len(rows) - 1)) % len(rows)]["name"]
        where = f"The {city}-based company" if rng.random() < 0.5 else c["name"]
        founded = f" The firm was founded in {c['founded']}." if rng.random() < 0.3 else ""
        cut = max(5, int(c["employees"] * rng.uniform(0.04, 0.15)))
        heads = f" of its {c['employees']:,} employees" if rng.random() < 0.5 else ""
        passing = f" The move follows similar cuts at {rival} earlier this year." if rng.random() < 0.4 else ""
        stories = {
            "layoffs": (f"{c['name']} to cut {cut} jobs",
                        (f"{c['name']} will lay off {cut} workers{heads}, citing weaker demand. {where} said the "
                        f"job cuts would be completed within three months.{founded}{passing}")),
            "funding": (f"{c['name']} raises new capital",
                        f"{c['name']} raised {rng.randint(5, 300)} million dollars from investors to expand. "
                        f"{where} said the money would pay for new sites and hiring.{founded}"
                        + (f" Investors also backed {rival} last month." if rng.random() < 0.4 else "")),
            "launch": (f"{c['name']} unveils a new product",
                       f"{c['name']} unveiled a new product line aimed at larger customers. {where} expects the "
                       f"launch to lift sales next year.{founded}"
                       + (f" It will compete with products from {rival}." if rng.random() < 0.4 else "")),
            "results": (f"{c['name']} reports quarterly results",
                        (f"{c['name']} reported quarterly revenue {rng.choice(['up', 'down'])} "
                        f"{rng.randint(2, 19)} percent. {where} kept its outlook for the year unchanged.{founded}")),
        }
        for j, (topic, (title, text)) in enumerate(stories.items()):
            docs.append({"_id": f"rn-{i:02d}-{j}", "title": title, "text": text, "company": c["name"],
                         "topic": topic})
    return docs


#: instruction, query, and the rule (Python, over a companies row and its CEO row) that decides the gold
INSTRUCTIONS: list[tuple[str, str, str]] = [
    ("Only companies founded after 2005.", "job cuts", "c['founded'] > 2005"),
    ("Only companies with more than 1,000 employees.", "raises money from investors", "c['employees'] > 1000"),
    ("Companies with fewer than 200 employees are not relevant.", "new product launch", "c['employees'] >= 200"),
    ("Skip companies based in France.", "quarterly results", "c['country'] != 'France'"),
    ("Only companies in the energy sector.", "job cuts", "c['sector'] == 'energy'"),
    ("Only companies founded between 1990 and 2010 with at least 500 employees.", "raises money from investors",
     "1990 <= c['founded'] <= 2010 and c['employees'] >= 500"),
    ("I only want companies whose CEO is older than 55.", "new product launch", "ceo['age'] > 55"),
    ("Exclude companies whose chief executive is younger than 40.", "quarterly results", "ceo['age'] >= 40"),
    ("Only German or Spanish companies.", "job cuts", "c['country'] in ('Germany', 'Spain')"),
    ("Only companies with revenue above 500 million dollars.", "raises money from investors",
     "c['revenue_usd'] > 500_000_000"),
    ("Articles about companies founded before 1980 are not relevant.", "new product launch", "c['founded'] >= 1980"),
    ("Only companies from the United States with more than 5,000 employees.", "quarterly results",
     "c['country'] == 'United States' and c['employees'] > 5000"),
    ("Leave out logistics and retail companies.", "job cuts", "c['sector'] not in ('logistics', 'retail')"),
    ("Only companies with 300 or more employees that were founded after 2000.", "raises money from investors",
     "c['employees'] >= 300 and c['founded'] > 2000"),
    ("No companies from Canada or Norway, please.", "new product launch", "c['country'] not in ('Canada', 'Norway')"),
    ("Only startups founded in 2015 or later.", "quarterly results", "c['founded'] >= 2015"),
    ("Only software companies headquartered in the United States.", "job cuts",
     "c['sector'] == 'software' and c['country'] == 'United States'"),
    ("Exclude companies whose CEO is over 60.", "raises money from investors", "ceo['age'] <= 60"),
    ("Only financial companies with more than 2,000 employees.", "new product launch",
     "c['sector'] == 'finance' and c['employees'] > 2000"),
    ("Only Japanese companies whose CEO took over in 2015 or later.", "quarterly results",
     "c['country'] == 'Japan' and ceo['since'] >= 2015"),
]


def build() -> None:
    rng = random.Random(SEED)
    rows, ceos = _companies(rng)
    docs = _stories(rng, rows)
    DATA.mkdir(parents=True, exist_ok=True)
    for name, table in (("companies.csv", rows), ("ceos.csv", ceos)):
        with (DATA / name).open("w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(table[0]))
            w.writeheader()
            w.writerows(table)
    with (DATA / "news.jsonl").open("w") as fh:
        for d in docs:
            fh.write(json.dumps(d) + "\n")
    with (DATA / "instructions.jsonl").open("w") as fh:
        for i, (text, query, rule) in enumerate(INSTRUCTIONS):
            fh.write(json.dumps({"_id": f"rel-{i:02d}", "instruction": text, "query": query, "rule": rule}) + "\n")
    print(f"wrote {len(rows)} companies, {len(docs)} stories, {len(INSTRUCTIONS)} instructions to {DATA}")


def _read_csv(path: Path) -> list[dict[str, Any]]:
    with path.open() as fh:
        return [{k: int(v) if v.lstrip("-").isdigit() else v for k, v in r.items()} for r in csv.DictReader(fh)]


def _ndcg10(ranked: list[str], gold: set[str]) -> float:
    dcg = sum(1 / math.log2(i + 2) for i, d in enumerate(ranked[:10]) if d in gold)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(10, len(gold))))
    return dcg / ideal if ideal else 0.0


def _topic_of(query: str) -> str:
    return {"job cuts": "layoffs", "raises money from investors": "funding", "new product launch": "launch",
            "quarterly results": "results"}[query]


def evaluate(instructions: Path, name: str) -> None:
    from heedful import Engine
    from heedful.relations import Link, TableCatalog

    companies = {c["name"]: c for c in _read_csv(DATA / "companies.csv")}
    ceos = {c["company"]: c for c in _read_csv(DATA / "ceos.csv")}
    docs = read_jsonl(DATA / "news.jsonl")
    engines = {}
    for system in ("linked", "plain"):
        path = WORK / "relations-news" / system
        shutil.rmtree(path, ignore_errors=True)
        engine = Engine.open(path)
        engine.index(DATA / "news.jsonl", progress=False)
        if system == "linked":
            catalog = TableCatalog(path)
            catalog.add(DATA / "companies.csv", links=[Link("company", "companies", "name")])
            catalog.add(DATA / "ceos.csv")
        engines[system] = engine
    per, lines = [], []
    for q in read_jsonl(instructions):
        keep = {d["_id"] for d in docs if eval(q["rule"], {}, {"c": companies[d["company"]],  # our own rules
                                                                 "ceo": ceos[d["company"]]})}
        topic = q.get("topic") or _topic_of(q["query"])  # a set whose queries vary names each one's topic
        topical = {d["_id"] for d in docs if d["topic"] == topic} & keep
        row: dict[str, Any] = {"_id": q["_id"], "instruction": q["instruction"], "gold": len(keep)}
        for system, engine in engines.items():
            res = engine.search(q["query"], instruction=q["instruction"], k=1000)
            ids = res.ids
            kept = set(ids) if system == "linked" and res.plan.relations else set(ids[: len(keep)])
            tp = len(kept & keep)
            row[system] = {"relational": bool(res.plan.relations), "kept": len(kept),
                         # nothing kept when nothing qualifies is exact
                         "precision": round(tp / len(kept), 3) if kept else float(not keep),
                         "recall": round(tp / len(keep), 3) if keep else 1.0,
                         "ndcg10": round(_ndcg10(ids, topical), 3) if topical else None,
                         "sql": [r.sql for r in res.plan.relations], "notes": list(res.plan.notes),
                         "criteria": [c.text for c in res.plan.criteria]}
        per.append(row)
    # fully relational: every criterion of the instruction became SQL (no text criterion left)
    relational = [r for r in per if r["linked"]["relational"] and not r["linked"]["criteria"]]

    def mean(rows: list[dict[str, Any]], system: str, key: str) -> float:
        vals = [r[system][key] for r in rows if r[system][key] is not None]
        return round(sum(vals) / len(vals), 3) if vals else 0.0

    def show(v: float | None) -> str:
        return "-" if v is None else f"{v:.2f}"

    lines.append("| instructions | n | system | criterion precision | criterion recall | nDCG@10 |")
    lines.append("|---|---|---|---|---|---|")
    for label, rows in (("all", per), ("compiled fully to SQL", relational)):
        for system, shown in (("linked", "heedful, tables linked (SQL)"), ("plain", "heedful, same words as text")):
            lines.append(f"| {label} | {len(rows)} | {shown} | {mean(rows, system, 'precision'):.3f} | "
                         f"{mean(rows, system, 'recall'):.3f} | {mean(rows, system, 'ndcg10'):.3f} |")
    lines.append("")
    lines.append("| id | instruction | gold | SQL? | linked P / R / nDCG@10 | plain P / R / nDCG@10 |")
    lines.append("|---|---|---|---|---|---|")
    for r in per:
        a, b = r["linked"], r["plain"]
        full = "full" if r in relational else ("part" if a["relational"] else "no")
        lines.append(f"| {r['_id']} | {r['instruction']} | {r['gold']} | {full} | {a['precision']:.2f} / "
                     f"{a['recall']:.2f} / {show(a['ndcg10'])} | {b['precision']:.2f} / {b['recall']:.2f} / "
                     f"{show(b['ndcg10'])} |")
    table = "\n".join(lines)
    print(table)
    save(name, {"instructions": str(instructions.relative_to(ROOT)), "per_instruction": per}, table)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", action="store_true", help="write the data set (deterministic)")
    ap.add_argument("--instructions", default=str(DATA / "instructions.jsonl"),
                    help="instruction lines {_id, instruction, query, rule[, topic]} (default: the dev set)")
    ap.add_argument("--name", default="relations_news", help="results/NAME")
    args = ap.parse_args()
    if args.build:
        build()
    else:
        evaluate(Path(args.instructions).resolve(), args.name)


if __name__ == "__main__":
    main()
