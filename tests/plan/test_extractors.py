"""The rule compiler's feature extractors: one per kind, run in a fixed order, each giving its kind."""

from __future__ import annotations

from heedful.plan.rules.extract import EXTRACTORS, Context, extract_features
from heedful.plan.rules.extract.temporal import TimeExtractor
from heedful.plan.rules.state import State

CLAUSE = ("Only reviews published after 2015 of restaurants based in Lisbon that list saffron, "
          "give a price and have more than 40 seats")


def _state(text: str) -> State:
    return State(text, text, text, {}, {}, False, None)


def test_each_extractor_gives_features_of_its_kind():
    st = _state(CLAUSE)
    ctx = Context(st, 0, len(CLAUSE), "require", CLAUSE)
    found = {type(x).__name__: [f.kind for f in x.extract(ctx)] for x in EXTRACTORS}
    assert all(kind == x.kind for x in EXTRACTORS for kind in found[type(x).__name__])
    assert {k: v for k, v in found.items() if v} == {
        "TimeExtractor": ["time"], "NumberExtractor": ["number"], "FormatExtractor": ["format"],
        "PlaceExtractor": ["place"], "RelationExtractor": ["mention"],
    }


def test_extract_features_runs_them_in_order_and_sorts_by_position():
    st = _state(CLAUSE)
    feats = extract_features(st, 0, len(CLAUSE), "require")
    assert [f.kind for f in feats] == ["time", "place", "mention", "format", "number"]
    assert [CLAUSE[f.start:f.end] for f in feats] == [
        "after 2015", "based in Lisbon", "list saffron", "give a price", "more than 40"]


def test_a_span_taken_is_not_read_again():
    st = _state(CLAUSE)
    ctx = Context(st, 0, len(CLAUSE), "require", CLAUSE)
    assert TimeExtractor().extract(ctx)
    assert TimeExtractor().extract(ctx) == []
