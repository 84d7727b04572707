from __future__ import annotations

import sqlite3

import pytest

COMPANIES = "name,founded,employees,country\nAcme,1998,1200,US\nBolt,2012,800,DE\nCoda,2015,90,US\nDyno,2004,650,FR\n"


@pytest.fixture
def sources(tmp_path):
    """A CSV of companies, a Parquet of outlets and an SQLite file with two tables and a foreign key."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "companies.csv").write_text(COMPANIES)
    pq.write_table(pa.table({"outlet": ["cnn.com", "bbc.co.uk"], "country": ["US", "GB"]}), tmp_path / "outlets.parquet")
    con = sqlite3.connect(tmp_path / "shop.sqlite")
    con.executescript("""
        CREATE TABLE customer (cid INTEGER PRIMARY KEY, name TEXT, vip BOOLEAN, joined DATE);
        CREATE TABLE orders (oid INTEGER PRIMARY KEY, cid INTEGER REFERENCES customer(cid), total REAL);
        INSERT INTO customer VALUES (1, 'Ana', 1, '2021-03-04'), (2, 'Ben', 0, '2022-07-01');
        INSERT INTO orders VALUES (10, 1, 12.5), (11, 1, 7.5), (12, 2, 30.0);
    """)
    con.commit()
    con.close()
    return tmp_path


@pytest.fixture
def catalog(sources, tmp_path):
    from heedful.relations import TableCatalog

    cat = TableCatalog(tmp_path / "index")
    cat.add(sources / "companies.csv")
    cat.add(sources / "shop.sqlite")
    return cat
