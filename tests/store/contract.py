"""The Store contract suite: what every backend must do for the Engine to work on it unchanged.

A backend's test module subclasses :class:`StoreContract` and provides a ``make_store`` fixture
returning ``factory(location, *, fields, date_field=None) -> Store`` (a second call with the same
location opens the same data, as a second process would)::

    class TestLanceStore(StoreContract):
        @pytest.fixture
        def make_store(self):
            return lambda path, **kw: LanceStore(path, dim=DIM, **kw)
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from heedful.errors import ConfigError, FilterError, InputError
from heedful.store.base import PassageRow, Store
from heedful.store.filters import Filter, parse_filter

DIM = 8
FIELDS = {"source": "string", "year": "integer", "score": "number", "tags": "list", "published": "date"}


def unit(i: int) -> np.ndarray:
    """A unit vector that points mostly along axis ``i % DIM``: distinct documents, known neighbours."""
    v = np.full(DIM, 0.05, dtype=np.float32)
    v[i % DIM] = 1.0
    return v / np.linalg.norm(v)


def row(doc: str, passage: int = 0, *, text: str = "", axis: int = 0, title: str = "", **meta: object) -> PassageRow:
    return PassageRow(doc_id=doc, passage=passage, title=title, text=text or f"passage {passage} of {doc}",
                      start=0, vector=unit(axis), doc_hash=f"h-{doc}", metadata=meta)


NOTES = [
    row("lava", text="Lava flows reached the town walls.", axis=0, source="cnn.com", year=2024, score=0.9,
        tags=["iceland", "volcano"], published=dt.date(2024, 1, 15)),
    row("ash", text="Ash from the eruption grounded flights.", axis=1, source="bbc.co.uk", year=2023, score=0.5,
        tags=["volcano"], published=dt.date(2023, 11, 13)),
    row("ice", text="Hockey final in Edmonton sells out.", axis=2, source="cnn.com", year=2022, score=0.1,
        tags=["hockey"], published=dt.date(2022, 6, 2)),
    row("fee", text="The 100% fee_rate rose again.", axis=3, source="my_site", year=2021, score=0.3,
        tags=[], published=dt.date(2021, 3, 1)),
]


class StoreContract:
    """Behaviour every :class:`~heedful.store.base.Store` shares; subclass with a ``make_store`` fixture."""

    @pytest.fixture
    def make_store(self):  # pragma: no cover - every backend overrides it
        raise NotImplementedError

    @pytest.fixture
    def empty(self, make_store, tmp_path) -> Store:
        return make_store(tmp_path, fields=dict(FIELDS))

    @pytest.fixture
    def notes(self, empty) -> Store:
        empty.write(NOTES, doc_ids=[r.doc_id for r in NOTES])
        empty.refresh()
        return empty

    # ------------------------------------------------------------ empty and writes
    def test_an_empty_store_holds_and_finds_nothing(self, empty):
        assert empty.version is None
        assert empty.count() == (0, 0) and empty.doc_hashes() == {}
        assert empty.text_search("lava", k=5) == [] and empty.vector_search(unit(0), k=5) == []
        assert empty.passages(["lava"]) == [] and empty.delete(["lava"]) == 0
        assert empty.versions(["k"]) == [] and empty.count_newer(["k"], dt.date(2024, 1, 1)) == {}
        empty.refresh()  # nothing to do, no error

    def test_writes_commit_whole_documents(self, notes):
        first = notes.version
        assert first is not None
        assert notes.count() == (4, 4)
        assert notes.doc_hashes() == {"lava": "h-lava", "ash": "h-ash", "ice": "h-ice", "fee": "h-fee"}
        three = [row("lava", p, text=f"lava part {p}", axis=0, source="cnn.com") for p in range(3)]
        notes.write(three, doc_ids=["lava"])
        assert notes.version > first
        assert sorted(c.passage for c in notes.passages(["lava"])) == [0, 1, 2]
        notes.write([row("lava", 0, text="lava, one passage again", source="cnn.com")], doc_ids=["lava"])
        assert [(c.passage, c.text) for c in notes.passages(["lava"])] == [(0, "lava, one passage again")]
        assert notes.count() == (4, 4)

    def test_delete_says_how_many_were_there(self, notes):
        assert notes.delete(["ash", "nope", "ash"]) == 1
        assert notes.count() == (3, 3) and "ash" not in notes.doc_hashes()

    def test_reload_sees_another_writers_commits(self, make_store, tmp_path, notes):
        other = make_store(tmp_path, fields=dict(FIELDS))
        other.ensure_fields({"lang": "string"})
        other.write([row("new", text="A new note about lava.", lang="en")], doc_ids=["new"])
        other.refresh()
        notes.reload()
        assert notes.count() == (5, 5)
        notes.fields["lang"] = "string"  # the engine passes the field types it recorded
        assert [c.doc_id for c in notes.text_search("note", k=5, filters=[parse_filter("lang = en")])] == ["new"]

    # ------------------------------------------------------------ searches
    def test_text_search_ranks_by_bm25_and_lean_rows_hydrate(self, notes):
        full = notes.text_search("eruption ash flights", k=3)
        assert full[0].doc_id == "ash" and full[0].rank == 1 and full[0].text.startswith("Ash from")
        assert full[0].metadata["source"] == "bbc.co.uk" and full[0].metadata["published"] == dt.date(2023, 11, 13)
        lean = notes.text_search("eruption ash flights", k=3, lean=True)
        assert [(c.doc_id, c.rank) for c in lean] == [(c.doc_id, c.rank) for c in full]
        assert lean[0].text == "" and lean[0].metadata == {}
        hydrated = notes.hydrate(lean)
        assert [(c.doc_id, c.rank, c.score, c.text) for c in hydrated] == [
            (c.doc_id, c.rank, c.score, c.text) for c in full]

    def test_vector_search_scores_cosine_similarity(self, notes):
        hits = notes.vector_search(unit(2), k=4, vectors=True)
        assert hits[0].doc_id == "ice" and hits[0].score == pytest.approx(1.0, abs=1e-5)
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
        assert np.allclose(hits[0].vector, unit(2), atol=1e-5)

    @pytest.mark.parametrize(("text", "expected"), [
        ("source = cnn.com", ["ice", "lava"]),
        ("source != cnn.com", ["ash", "fee"]),
        ("year >= 2023", ["ash", "lava"]),
        ("year < 2022", ["fee"]),
        ("score > 0.4", ["ash", "lava"]),
        ("published <= 2022-06-02", ["fee", "ice"]),
        ("source in cnn.com, bbc.co.uk", ["ash", "ice", "lava"]),
        ("source not in cnn.com, bbc.co.uk", ["fee"]),
        ("tags contains volcano", ["ash", "lava"]),
        ("tags in hockey, iceland", ["ice", "lava"]),
        ("source contains SITE", ["fee"]),
        ("source contains my_", ["fee"]),
        ("source contains _", ["fee"]),  # a literal underscore, not a wildcard
    ])
    def test_filters_run_inside_the_store(self, notes, text, expected):
        assert sorted(c.doc_id for c in notes.vector_search(unit(0), k=10, filters=[parse_filter(text)])) == expected

    def test_text_search_takes_filters_too(self, notes):
        flt = [parse_filter("source = cnn.com")]
        assert [c.doc_id for c in notes.text_search("lava eruption ash hockey", k=10, filters=flt)] in (
            ["lava", "ice"], ["ice", "lava"])

    def test_a_selective_filter_still_returns_k(self, notes):
        extra = [row(f"x{i}", text=f"lava note {i}", axis=0, source="other") for i in range(30)]
        notes.write(extra, doc_ids=[r.doc_id for r in extra])
        notes.refresh()
        got = notes.vector_search(unit(0), k=2, filters=[Filter("source", "=", "cnn.com")])
        assert [c.doc_id for c in got] == ["lava", "ice"]

    def test_bad_filters_are_filter_errors(self, notes):
        with pytest.raises(FilterError, match="unknown filter field 'nope'"):
            notes.vector_search(unit(0), k=3, filters=[Filter("nope", "=", "x")])
        with pytest.raises(FilterError):
            notes.vector_search(unit(0), k=3, filters=[Filter("year", ">", "nan")])

    # ------------------------------------------------------------ fields
    def test_ensure_fields_adds_columns_and_refuses_reserved_names(self, notes):
        assert notes.ensure_fields({"lang": "string", "source": "string"}) == ["lang"]
        assert notes.fields["lang"] == "string"
        notes.write([row("new", text="a note", lang="en")], doc_ids=["new"])
        assert [c.doc_id for c in notes.vector_search(unit(0), k=10, filters=[parse_filter("lang = en")])] == ["new"]
        with pytest.raises(InputError, match="metadata field 'text' collides with a column heedful uses"):
            notes.ensure_fields({"text": "string"})

    # ------------------------------------------------------------ versions and as-of
    @pytest.fixture
    def fares(self, make_store, tmp_path) -> Store:
        store = make_store(tmp_path, fields={"doc_key": "string", "valid_from": "date", "published": "date"},
                           date_field="published")
        versions = [
            row("fares@2019", text="Fares are 2.50.", doc_key="fares", valid_from=dt.date(2019, 7, 1)),
            row("fares@2021", text="Fares are 2.75.", doc_key="fares", valid_from=dt.date(2021, 1, 1)),
            row("fares@2023", text="Fares are 2.90.", doc_key="fares", valid_from=dt.date(2023, 3, 1)),
            row("memo", text="A memo about fares.", published=dt.date(2022, 5, 1)),
            row("old", text="An old note on fares.", published=dt.date(2018, 1, 1)),
        ]
        until = {"fares@2019": dt.date(2021, 1, 1), "fares@2021": dt.date(2023, 3, 1)}
        store.write([PassageRow(**{**r.__dict__, "valid_until": until.get(r.doc_id)}) for r in versions],
                    doc_ids=[r.doc_id for r in versions])
        store.refresh()
        return store

    def test_without_a_date_only_current_versions(self, fares):
        assert sorted(c.doc_id for c in fares.text_search("fares", k=10)) == ["fares@2023", "memo", "old"]

    @pytest.mark.parametrize(("day", "expected"), [
        (dt.date(2020, 12, 31), ["fares@2019", "old"]),
        (dt.date(2021, 1, 1), ["fares@2021", "old"]),  # valid_until is exclusive
        (dt.date(2022, 5, 1), ["fares@2021", "memo", "old"]),
        (dt.date(2017, 1, 1), []),
    ])
    def test_as_of_keeps_the_valid_version_and_nothing_dated_after(self, fares, day, expected):
        for got in (fares.text_search("fares", k=10, as_of=day), fares.vector_search(unit(0), k=10, as_of=day)):
            assert sorted(c.doc_id for c in got) == expected

    def test_versions_relink_and_count_newer(self, fares):
        assert sorted(fares.versions(["fares"])) == [
            ("fares@2019", "fares", dt.date(2019, 7, 1), None, dt.date(2021, 1, 1)),
            ("fares@2021", "fares", dt.date(2021, 1, 1), None, dt.date(2023, 3, 1)),
            ("fares@2023", "fares", dt.date(2023, 3, 1), None, None),
        ]
        assert fares.count_newer(["fares"], dt.date(2020, 1, 1)) == {"fares": 2}
        assert fares.count_newer(["fares"], None) == {}
        fares.set_valid_until({"fares@2023": dt.date(2024, 1, 1)})
        assert sorted(c.doc_id for c in fares.text_search("fares", k=10)) == ["memo", "old"]

    # ------------------------------------------------------------ access (document-level ACL)
    @pytest.fixture
    def guarded(self, make_store, tmp_path) -> Store:
        store = make_store(tmp_path, fields={"acl": "list", "doc_key": "string", "valid_from": "date"})
        docs = [
            row("open", text="Budget memo for everyone.", axis=0),
            row("hr", text="Budget memo for hr.", axis=0, acl=["hr"]),
            row("hr-fin", text="Budget memo for hr and finance.", axis=0, acl=["hr", "finance"]),
            row("board", text="Budget memo for the board.", axis=0, acl=["board"]),
            row("nobody", text="Budget memo for no one.", axis=0, acl=[]),
            row("plan@2022", text="Budget plan of 2022.", axis=1, doc_key="plan", valid_from=dt.date(2022, 1, 1)),
            row("plan@2024", text="Budget plan of 2024.", axis=1, doc_key="plan", valid_from=dt.date(2024, 1, 1),
                acl=["board"]),
        ]
        until = {"plan@2022": dt.date(2024, 1, 1)}
        store.write([PassageRow(**{**r.__dict__, "valid_until": until.get(r.doc_id)}) for r in docs],
                    doc_ids=[r.doc_id for r in docs])
        store.refresh()
        return store

    @pytest.mark.parametrize(("principals", "expected"), [
        ([], ["open"]),
        (["hr"], ["hr", "hr-fin", "open"]),
        (["finance", "nobody-else"], ["hr-fin", "open"]),
        (["board"], ["board", "open", "plan@2024"]),
    ])
    def test_a_scoped_view_reads_only_what_its_principals_may(self, guarded, principals, expected):
        view = guarded.scoped(principals)
        everything = [Filter("acl", "contains", "board")], [Filter("acl", "not in", ["hr"])]
        for got in (view.text_search("budget", k=20), view.vector_search(unit(0), k=20),
                    view.text_search("budget", k=20, as_of=dt.date(2030, 1, 1)),
                    view.vector_search(unit(1), k=20, lean=True)):
            assert sorted(c.doc_id for c in got) == expected
        for flt in everything:  # a filter narrows what the view reads, never widens it
            assert {c.doc_id for c in view.text_search("budget", k=20, filters=flt)} <= set(expected)
        stored = sorted([*expected, "plan@2022"])  # searches read current versions; these read every one
        assert sorted(view.doc_hashes()) == stored
        assert view.count() == (len(stored), len(stored))
        all_ids = ["open", "hr", "hr-fin", "board", "nobody", "plan@2022", "plan@2024"]
        assert sorted(c.doc_id for c in view.passages(all_ids)) == stored
        hydrated = view.hydrate(guarded.text_search("budget", k=20, lean=True))  # found unscoped
        assert sorted(c.doc_id for c in hydrated) == expected

    def test_scoping_a_view_again_narrows_it(self, guarded):
        both = guarded.scoped(["hr", "board"]).scoped(["board", "eng"])
        assert both.principals == frozenset({"board"})
        assert sorted(c.doc_id for c in both.text_search("budget", k=20)) == ["board", "open", "plan@2024"]

    def test_a_scoped_view_neither_counts_nor_lists_hidden_versions(self, guarded):
        hr, board = guarded.scoped(["hr"]), guarded.scoped(["board"])
        assert hr.count_newer(["plan"], dt.date(2023, 1, 1)) == {}
        assert board.count_newer(["plan"], dt.date(2023, 1, 1)) == {"plan": 1}
        assert [v[0] for v in hr.versions(["plan"])] == ["plan@2022"]
        assert sorted(c.doc_id for c in hr.text_search("plan", k=5, as_of=dt.date(2023, 6, 1))) == ["plan@2022"]
        assert sorted(c.doc_id for c in hr.text_search("plan", k=5)) == []  # the current version is the board's

    def test_a_scoped_view_is_read_only_and_the_store_stays_whole(self, guarded):
        view = guarded.scoped(["hr"])
        for write in (lambda: view.write([row("x")], doc_ids=["x"]), lambda: view.delete(["hr"]),
                      lambda: view.set_valid_until({"hr": None}), lambda: view.ensure_fields({"more": "string"})):
            with pytest.raises(ConfigError, match="this view of the store is scoped to principals and read-only"):
                write()
        assert guarded.count() == (7, 7) and guarded.principals is None
