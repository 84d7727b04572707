"""A tiny paired-instruction set and a tiny BEIR set, written once per session, read-only."""

from __future__ import annotations

import json

import pytest

QRELS_HEADER = "query-id\tcorpus-id\tscore\n"

CORPUS = [
    ("d1", "Etna erupts again", "Mount Etna in Sicily, Italy, erupted on Sunday with a lava fountain."),
    ("d2", "Kilauea lava reaches the sea", "Kilauea on Hawaii's Big Island erupted in 2018 and lava flowed into the ocean."),
    ("d3", "Eruption near Grindavik", "A volcano on the Reykjanes peninsula in Iceland erupted in 2023, threatening Grindavik."),
    ("d4", "Vesuvius buried Pompeii", "Mount Vesuvius near Naples, Italy, erupted in 79 AD and buried Pompeii in ash."),
    ("d5", "Sourdough starters", "A sourdough starter is wild yeast kept alive with flour and water for baking bread."),
    ("d6", "Oilers reach the final", "The Edmonton Oilers beat Dallas to reach the Stanley Cup final."),
    ("d7", "Rye bread at home", "Baking rye bread needs a long fermentation and a hot oven."),
    ("d8", "Baguette rules in France", "French law says a traditional baguette contains only flour, water, salt and yeast."),
]

QUERIES = [
    {"_id": "q1", "text": "volcano eruptions",
     "instruction_og": "Any paragraph about a volcanic eruption is relevant.",
     "instruction_changed": "Any paragraph about a volcanic eruption is relevant. Eruptions in Italy are not relevant."},
    {"_id": "q2", "text": "baking bread",
     "instruction_og": "Paragraphs about making bread are relevant.",
     "instruction_changed": "Paragraphs about making bread are relevant. Paragraphs about France are not relevant."},
]

# flipped (relevant under og only): q1 -> d1, d4 (Italy); q2 -> d8 (France)
QRELS_OG = {"q1": {"d1": 1, "d2": 1, "d3": 1, "d4": 1, "d5": 0}, "q2": {"d5": 1, "d7": 1, "d8": 1, "d6": 0}}
QRELS_CHANGED = {"q1": {"d1": 0, "d2": 1, "d3": 1, "d4": 0, "d5": 0}, "q2": {"d5": 1, "d7": 1, "d8": 0, "d6": 0}}


def write_jsonl(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def write_qrels(path, qrels):
    lines = [f"{q}\t{d}\t{r}\n" for q, docs in qrels.items() for d, r in docs.items()]
    path.write_text(QRELS_HEADER + "".join(lines))


def write_corpus(path):
    write_jsonl(path, [{"_id": i, "title": t, "text": x} for i, t, x in CORPUS])


@pytest.fixture(scope="session")
def paired_set(tmp_path_factory):
    """``mini-if``: 8 paragraphs, 2 queries, og/changed instructions and qrels."""
    folder = tmp_path_factory.mktemp("sets") / "mini-if"
    write_corpus(folder / "corpus.jsonl")
    write_jsonl(folder / "queries.jsonl", QUERIES)
    write_qrels(folder / "qrels_og.tsv", QRELS_OG)
    write_qrels(folder / "qrels_changed.tsv", QRELS_CHANGED)
    return folder


@pytest.fixture(scope="session")
def beir_set(tmp_path_factory):
    """``mini``: the same corpus as a BEIR set, the queries without instructions, og qrels."""
    folder = tmp_path_factory.mktemp("sets") / "mini"
    write_corpus(folder / "corpus.jsonl")
    write_jsonl(folder / "queries.jsonl", [{"_id": q["_id"], "text": q["text"]} for q in QUERIES])
    write_qrels(folder / "qrels.tsv", QRELS_OG)
    return folder


@pytest.fixture(scope="session")
def mini_index(tmp_path_factory, paired_set, embedder):
    """The heedful index of the mini corpus, built once; tests only read it."""
    from heedful.eval.harness import open_index

    path = tmp_path_factory.mktemp("mini") / "index"
    open_index(path, paired_set / "corpus.jsonl", embedder=embedder, progress=False)
    return path
