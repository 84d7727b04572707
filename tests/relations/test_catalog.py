"""Tables beside documents: adding, listing, linking, querying read-only, and losing nothing on failure."""

from __future__ import annotations

import datetime as dt

import pytest

from heedful.errors import SQLError, TableError
from heedful.relations import Link, TableCatalog, describe_tables


def test_csv_parquet_and_every_sqlite_table_become_tables(catalog, sources):
    catalog.add(sources / "outlets.parquet", name="outlets")
    assert [(t.name, t.rows) for t in catalog.tables()] == [
        ("companies", 4), ("customer", 2), ("orders", 3), ("outlets", 2)]
    customer = catalog.table("CUSTOMER")
    assert [(c.name, c.type) for c in customer.columns] == [
        ("cid", "BIGINT"), ("name", "VARCHAR"), ("vip", "BOOLEAN"), ("joined", "DATE")]
    assert customer.primary_key == ("cid",)
    assert catalog.table("orders").foreign_keys == (("cid", "customer", "cid"),)
    assert catalog.query("SELECT name, joined FROM customer WHERE vip").rows == [("Ana", dt.date(2021, 3, 4))]


def test_a_question_with_a_join_runs_and_says_what_ran(catalog):
    res = catalog.query("SELECT c.name, sum(o.total) AS spent FROM customer c JOIN orders o ON o.cid = c.cid "
                        "GROUP BY c.name ORDER BY spent DESC")
    assert res.columns == ("name", "spent")
    assert res.rows == [("Ben", 30.0), ("Ana", 20.0)]
    assert res.sql == ("SELECT c.name, SUM(o.total) AS spent FROM customer AS c JOIN orders AS o ON o.cid = c.cid "
                       "GROUP BY c.name ORDER BY spent DESC")


def test_rows_without_the_value_ordered_by_come_last_either_way(catalog, tmp_path):
    (tmp_path / "jobs.csv").write_text("job,minutes\na,30\nb,\nc,45\n", encoding="utf-8")
    catalog.add(tmp_path / "jobs.csv")
    # PostgreSQL would put b (no minutes) first in DESC: "the longest jobs" does not mean it
    assert catalog.query("SELECT job FROM jobs ORDER BY minutes DESC LIMIT 2").rows == [("c",), ("a",)]
    assert catalog.query("SELECT job FROM jobs ORDER BY minutes").rows == [("a",), ("c",), ("b",)]
    assert catalog.query("SELECT job FROM jobs ORDER BY minutes DESC NULLS FIRST").rows == [("b",), ("c",), ("a",)]


def test_rows_stop_at_the_limit_and_say_so(catalog):
    res = catalog.query("SELECT name FROM companies ORDER BY name", limit=2)
    assert res.rows == [("Acme",), ("Bolt",)] and res.truncated


def test_a_slow_query_is_stopped(catalog):
    big = ", ".join(f"companies c{i}" for i in range(20))
    with pytest.raises(SQLError) as err:
        catalog.query(f"SELECT count(*) FROM {big}", timeout=0.5)
    assert str(err.value) == "the query ran longer than 0.5 s and was stopped"


def test_the_engine_itself_is_read_only_and_cannot_read_files(catalog):
    con = catalog._connect()  # below the SQL check: the connection refuses on its own
    try:
        with pytest.raises(Exception, match="read-only"):
            con.execute("DELETE FROM companies")
        with pytest.raises(Exception, match="disabled"):
            con.execute("SELECT * FROM read_csv('/etc/hostname')")
    finally:
        con.close()
    assert catalog.table("companies").rows == 4


def test_engine_errors_are_reported(catalog):
    with pytest.raises(SQLError) as err:
        catalog.query("SELECT CAST(name AS INTEGER) FROM companies")
    assert str(err.value).startswith("the engine refused the query: Conversion Error: Could not convert string 'Acme'")


def test_links_tie_document_fields_to_columns(catalog):
    catalog.link([Link("company", "companies", "name")])
    assert catalog.links() == [Link("company", "companies", "name")]
    with pytest.raises(TableError) as err:
        catalog.link([Link("company", "companies", "title")])
    assert str(err.value) == ("--link company=companies.title: table companies has no column 'title' "
                              "(columns: name, founded, employees, country)")
    with pytest.raises(TableError) as err:
        catalog.link([Link("company", "firms", "name")])
    assert str(err.value) == "--link company=firms.name: no table 'firms'"
    catalog.drop("companies")
    assert catalog.links() == []


def test_bad_sources_and_names_are_refused(catalog, sources, tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "broken.sqlite").write_text("not a database")
    cases = [
        (sources / "missing.csv", {}, f"{sources / 'missing.csv'}: no such file"),
        (tmp_path / "notes.txt", {}, (f"{tmp_path / 'notes.txt'}: a table comes from a .csv, .tsv, .parquet or SQLite "
                                     "(.sqlite, .sqlite3, .db) file")),
        (sources / "companies.csv", {}, (f"{sources / 'companies.csv'}: a table named 'companies' exists already; "
                                        "choose another --name or drop it first (heedful table drop)")),
        (sources / "companies.csv", {"name": "2nd"}, (f"{sources / 'companies.csv'}: table name '2nd' must be "
                                                     "letters, digits and _ (not first a digit); choose one with --name")),
        (sources / "shop.sqlite", {"name": "x"}, (f"{sources / 'shop.sqlite'}: an SQLite file adds all of its tables "
                                                 "under their own names; --name is for a CSV or Parquet file")),
    ]
    for path, options, message in cases:
        with pytest.raises(TableError) as err:
            catalog.add(path, **options)
        assert str(err.value) == message
    with pytest.raises(TableError, match="not an SQLite database"):
        catalog.add(tmp_path / "broken.sqlite")


def test_a_failed_add_leaves_the_catalog_as_it_was(catalog, sources):
    before = catalog.path.read_bytes()
    with pytest.raises(TableError):  # the SQLite tables clash with those added already: nothing is kept
        catalog.add(sources / "shop.sqlite")
    with pytest.raises(TableError):  # a bad link fails after the table was copied in: nothing is kept
        catalog.add(sources / "outlets.parquet", links=[Link("outlet", "outlets", "nope")])
    assert catalog.path.read_bytes() == before
    assert [t.name for t in TableCatalog(catalog.dir).tables()] == ["companies", "customer", "orders"]
    assert not [p for p in catalog.path.parent.iterdir() if p.name != "catalog.duckdb"]


def test_replace_swaps_a_table(catalog, sources):
    (sources / "companies.csv").write_text("name,founded\nZeta,2020\n")
    catalog.add(sources / "companies.csv", replace=True)
    assert catalog.query("SELECT * FROM companies").rows == [("Zeta", 2020)]


def test_the_listing_shows_schemas_row_counts_keys_and_links(catalog):
    catalog.link([Link("company", "companies", "name")])
    text = describe_tables(catalog.tables(), catalog.links())
    assert text.splitlines()[0].startswith("companies (4 rows, from ")
    assert "  cid    BIGINT  -> customer.cid" in text
    assert "  cid     BIGINT  primary key" in text
    assert text.splitlines()[-1] == "links: company=companies.name"


def test_no_tables_yet_says_how_to_add_one(tmp_path):
    catalog = TableCatalog(tmp_path / "empty")
    assert catalog.tables() == []
    with pytest.raises(SQLError) as err:
        catalog.query("SELECT 1")
    assert str(err.value) == f"no tables in {tmp_path / 'empty'}; add one with: heedful table add FILE --index {tmp_path / 'empty'}"
