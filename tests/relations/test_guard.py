"""Only one SELECT over known tables and columns ever runs: every other statement is refused by name."""

from __future__ import annotations

import pytest

from heedful.errors import SQLError
from heedful.relations.guard import check_select, checked_select, transpile

SCHEMA = {"author": {"aid": "BIGINT", "name": "VARCHAR"}, "writes": {"aid": "BIGINT", "pid": "BIGINT"},
          "paper": {"pid": "BIGINT", "title": "VARCHAR", "cited": "BIGINT"}}


@pytest.mark.parametrize(("sql", "message"), [
    ("DROP TABLE author", "only a query (SELECT) may run, not DROP"),
    ("DELETE FROM author WHERE aid = 1", "only a query (SELECT) may run, not DELETE"),
    ("UPDATE author SET name = 'x'", "only a query (SELECT) may run, not UPDATE"),
    ("INSERT INTO author VALUES (9, 'x')", "only a query (SELECT) may run, not INSERT"),
    ("CREATE TABLE t AS SELECT * FROM author", "only a query (SELECT) may run, not CREATE"),
    ("ALTER TABLE author ADD COLUMN x INT", "only a query (SELECT) may run, not ALTER"),
    ("WITH gone AS (DELETE FROM author RETURNING *) SELECT * FROM gone", "only a query (SELECT) may run, not DELETE"),
    ("SELECT name INTO copy FROM author", "SELECT ... INTO writes a table; only a query may run"),
    ("SELECT 1; DROP TABLE author", "one statement at a time, not 2"),
    ("COPY author TO '/tmp/x.csv'", "only a query (SELECT) may run, not COPY"),
    ("PRAGMA database_list", "only a query (SELECT) may run, not PRAGMA"),
    ("ATTACH 'other.db' AS o", "SQL does not parse: Invalid expression / Unexpected token. Line 1, Col: 17."),
    ("SELECT * FROM read_csv('/etc/passwd')", "table functions are not allowed: READ_CSV('/etc/passwd')"),
    ("SELECT * FROM main.author", "tables are named without a schema: main.author"),
    ("SELECT * FROM secrets", "unknown table secrets (tables: author, paper, writes)"),
    ("", "empty SQL"),
    ("SELEKT name FROM author", "SQL does not parse: Invalid expression / Unexpected token. Line 1, Col: 16."),
    ("SELECT name FROM author WHERE (", ("SQL does not parse: Required keyword: 'this' missing for "
                                        "<class 'sqlglot.expressions.core.Paren'>. Line 1, Col: 31.")),
])
def test_anything_but_one_query_is_refused(sql, message):
    with pytest.raises(SQLError) as err:
        check_select(sql, SCHEMA)
    assert str(err.value) == message


@pytest.mark.parametrize(("sql", "message"), [
    ("SELECT nom FROM author", "column nom is not in the tables of its FROM clause (author); no table has it"),
    ("SELECT title FROM author", ("column title is not in the tables of its FROM clause (author); it is a column of "
                                 "paper; join it")),
    ("SELECT a.title FROM author a", ("a.title: author has no column title (its columns: aid, name); it is a column "
                                     "of paper")),
    ("SELECT x.name FROM author a", "x.name: x is not a table or alias of its FROM clause; it is a column of author"),
    # the CTE reads aid and resolves it; the query over the CTE is the one that names a column it lacks
    ("WITH c AS (SELECT pid, COUNT(aid) AS n FROM writes GROUP BY pid) SELECT COUNT(n) / COUNT(aid) FROM c",
     ("column aid is not selected by what its FROM clause reads (c selects pid, n); it is a column of author, "
      "writes, reviews")),
    ("SELECT a.name FROM author a JOIN paper p ON a.pid = p.pid",
     "a.pid: author has no column pid (its columns: aid, name); it is a column of writes, paper, reviews"),
])
def test_a_column_no_table_in_scope_has_is_refused_with_what_would_fix_it(sql, message):
    # with two tables that could link author to paper (writes, reviews), no join path is guessed
    with pytest.raises(SQLError) as err:
        check_select(sql, {**SCHEMA, "reviews": {"aid": "BIGINT", "pid": "BIGINT", "score": "BIGINT"}})
    assert str(err.value) == message


@pytest.mark.parametrize(("sql", "expected", "note"), [
    # the table already in FROM lacks the key: the link joins it first
    ("SELECT a.name FROM author a JOIN paper p ON a.pid = p.pid",
     "SELECT a.name FROM author AS a JOIN writes ON writes.aid = a.aid JOIN paper AS p ON p.pid = writes.pid",
     "a.pid = p.pid: author has no column pid; joined through writes (writes.aid = a.aid)"),
    # the joined table lacks it: the link joins the table already there
    ("SELECT p.title FROM author JOIN paper p ON p.aid = author.aid WHERE author.name = 'Ada'",
     ("SELECT p.title FROM author JOIN writes ON writes.aid = author.aid JOIN paper AS p ON p.pid = writes.pid "
      "WHERE author.name = 'Ada'"),
     "p.aid = author.aid: paper has no column aid; joined through writes (writes.aid = author.aid)"),
])
def test_a_join_that_skips_its_link_table_goes_through_it(sql, expected, note):
    assert checked_select(sql, SCHEMA) == (expected, (note,))


def test_a_column_qualified_with_the_wrong_table_is_requalified_outside_joins():
    sql, notes = checked_select(
        "SELECT p.title FROM paper p JOIN writes w ON p.pid = w.pid ORDER BY w.cited DESC LIMIT 1", SCHEMA)
    assert sql == "SELECT p.title FROM paper AS p JOIN writes AS w ON p.pid = w.pid ORDER BY p.cited DESC LIMIT 1"
    assert notes == ("w.cited read as p.cited (writes has no column cited)",)


def test_queries_are_written_in_duckdb_dialect_from_postgresql():
    assert check_select("SELECT name FROM author WHERE name ILIKE '%an%' LIMIT 2", SCHEMA) == (
        "SELECT name FROM author WHERE name ILIKE '%an%' LIMIT 2")
    assert check_select("WITH t AS (SELECT aid FROM writes) SELECT count(*)::float FROM t", SCHEMA) == (
        "WITH t AS (SELECT aid FROM writes) SELECT CAST(COUNT(*) AS DOUBLE) FROM t")
    assert transpile("SELECT CAST(x AS DOUBLE) FROM t", write="sqlite") == "SELECT CAST(x AS REAL) FROM t"
    # a ratio cast to REAL keeps double precision (PostgreSQL's and DuckDB's REAL has 7 digits)
    assert check_select("SELECT CAST(cited AS REAL) / 3 FROM paper", SCHEMA) == "SELECT CAST(cited AS DOUBLE) / 3 FROM paper"


def test_a_column_the_joins_make_equal_is_qualified_and_any_other_ambiguity_is_refused():
    sql, notes = checked_select("SELECT count(pid) FROM paper JOIN writes ON paper.pid = writes.pid", SCHEMA)
    assert sql == "SELECT COUNT(paper.pid) FROM paper JOIN writes ON paper.pid = writes.pid"
    assert notes == ("pid read as paper.pid (the joins make paper, writes equal on it)",)
    with pytest.raises(SQLError) as err:
        check_select("SELECT pid FROM paper LEFT JOIN writes ON paper.pid = writes.pid", SCHEMA)
    assert str(err.value) == "column pid is ambiguous: paper, writes all have it; write it as table.pid"


def test_a_join_on_a_column_with_itself_compares_with_the_joined_table_or_is_left_out_or_refused():
    sql, notes = checked_select("SELECT a.name FROM author a JOIN writes w ON a.aid = a.aid", SCHEMA)
    assert sql == "SELECT a.name FROM author AS a JOIN writes AS w ON a.aid = w.aid"
    assert notes == ("a.aid = a.aid: compares a column with itself; compared with the joined table's (a.aid = w.aid)",)
    sql, notes = checked_select("SELECT a.name FROM author a JOIN writes w ON a.aid = w.aid AND a.aid = a.aid", SCHEMA)
    assert sql == "SELECT a.name FROM author AS a JOIN writes AS w ON a.aid = w.aid"
    assert notes == ("a.aid = a.aid: compares a column with itself (always true); left out of the join condition",)
    with pytest.raises(SQLError) as err:  # the joined table has no such column: what was meant is unclear
        check_select("SELECT a.name FROM author a JOIN paper p ON a.aid = a.aid", SCHEMA)
    assert str(err.value) == ("the join condition a.aid = a.aid compares a column with itself; join paper AS p on "
                              "a column it shares with another table, or leave it out")


def test_a_key_read_through_a_table_never_joined_is_read_from_the_joined_one():
    sql, notes = checked_select("SELECT count(author.aid) FROM paper JOIN writes ON paper.pid = writes.pid", SCHEMA)
    assert sql == "SELECT COUNT(writes.aid) FROM paper JOIN writes ON paper.pid = writes.pid"
    assert notes == ("author.aid read as writes.aid (author is not joined; writes holds the same key)",)
    with pytest.raises(SQLError) as err:  # not a key: nothing to read it from
        check_select("SELECT author.name FROM paper", SCHEMA)
    assert str(err.value) == "author.name: the FROM clause does not join author; join it through its keys"


SHOPS = {"shop": {"shop_id": "VARCHAR", "name": "VARCHAR", "city_code": "VARCHAR"},
         "tag": {"id": "BIGINT", "shop_id": "VARCHAR", "label": "VARCHAR"},
         "branch": {"id": "BIGINT", "shop_id": "VARCHAR", "city_code": "VARCHAR"}}


def test_a_join_on_a_column_neither_table_has_uses_the_one_key_they_share():
    sql, notes = checked_select("SELECT tag.label FROM shop JOIN tag ON shop.tag_id = tag.id", SHOPS)
    assert sql == "SELECT tag.label FROM shop JOIN tag ON shop.shop_id = tag.shop_id"
    assert notes == (("shop.tag_id = tag.id: shop has no column tag_id; joined on the key both have "
                      "(shop.shop_id = tag.shop_id)"),)
    # two keys in common (shop_id, city_code): which one the question means is not ours to guess
    with pytest.raises(SQLError) as err:
        check_select("SELECT b.id FROM shop s JOIN branch b ON s.branch_id = b.id", SHOPS)
    assert str(err.value) == ("s.branch_id: shop has no column branch_id (its columns: shop_id, name, city_code); "
                              "no table has it")


def test_one_alias_for_two_tables_is_split_when_each_column_read_through_it_has_one_table():
    schema = {"shop": {"shop_id": "VARCHAR", "name": "VARCHAR", "menu_code": "VARCHAR"},
              "stall": {"shop_id": "VARCHAR", "pitch": "VARCHAR"},
              "menu": {"menu_code": "VARCHAR", "dish": "VARCHAR"}}
    sql, notes = checked_select("SELECT s.name, m.dish FROM shop s JOIN stall m ON s.shop_id = m.shop_id "
                                "JOIN menu m ON m.menu_code = m.menu_code WHERE m.pitch = 'A4'", schema)
    assert sql == ("SELECT s.name, m2.dish FROM shop AS s JOIN stall AS m ON s.shop_id = m.shop_id "
                   "JOIN menu AS m2 ON s.menu_code = m2.menu_code WHERE m.pitch = 'A4'")
    assert notes == (
        "alias m named two tables (stall and menu); menu is m2, and its columns read through it (dish, menu_code)",
        ("m2.menu_code = m2.menu_code: compares a column with itself; compared with the one table joined before it "
        "that has menu_code (s.menu_code = m2.menu_code)"))


def test_one_alias_for_two_tables_is_refused_by_name_when_a_column_read_through_it_is_of_both():
    with pytest.raises(SQLError) as err:
        check_select("SELECT t.label FROM shop t JOIN tag t ON t.label = 'vegan' WHERE t.shop_id = 'S1'", SHOPS)
    assert str(err.value) == "alias t names two tables of one FROM clause (shop and tag); give each its own alias"
    # joined on the column both have, either table gives its value
    sql, notes = checked_select("SELECT t.name, t.label FROM shop t JOIN tag t ON t.shop_id = t.shop_id "
                                "WHERE t.shop_id = 'S1'", SHOPS)
    assert sql == ("SELECT t.name, t2.label FROM shop AS t JOIN tag AS t2 ON t.shop_id = t2.shop_id "
                   "WHERE t.shop_id = 'S1'")
    assert notes == (("alias t named two tables (shop and tag); tag is t2, and its columns read through it "
                     "(label, shop_id)"),)
    # the same alias in two separate scopes is fine
    assert check_select("SELECT s.name FROM shop s WHERE s.shop_id IN (SELECT s.shop_id FROM tag s)", SHOPS) == (
        "SELECT s.name FROM shop AS s WHERE s.shop_id IN (SELECT s.shop_id FROM tag AS s)")


@pytest.mark.parametrize(("sql", "message"), [
    ("SELECT w.pid FROM writes w WHERE w.author.name = 'Ada'",
     ("w.author.name: a column is written table.column or alias.column, never through another table; author is a "
      "table: join it through its keys and write author.name")),
    ("SELECT w.pid FROM writes w WHERE w.person.name = 'Ada'",
     "w.person.name: a column is written table.column or alias.column; person is not a table"),
])
def test_a_column_reached_through_another_table_is_refused_with_the_join_to_write(sql, message):
    with pytest.raises(SQLError) as err:
        check_select(sql, SCHEMA)
    assert str(err.value) == message


def test_a_table_read_but_never_joined_is_joined_on_the_one_key_it_shares():
    sql, notes = checked_select("SELECT COUNT(*) FROM shop s WHERE tag.label = 'vegan'", SHOPS)
    assert sql == "SELECT COUNT(*) FROM shop AS s JOIN tag ON s.shop_id = tag.shop_id WHERE tag.label = 'vegan'"
    assert notes == ("tag.label: tag was not joined; joined on the key it shares (s.shop_id = tag.shop_id)",)
    assert check_select("SELECT paper.title FROM paper JOIN writes ON paper.pid = writes.pid "
                        "WHERE author.name = 'Ada'", SCHEMA) == (
        "SELECT paper.title FROM paper JOIN writes ON paper.pid = writes.pid "
        "JOIN author ON writes.aid = author.aid WHERE author.name = 'Ada'")
    # two tables hold the key, and a join makes them equal on it: either gives the same rows
    assert check_select("SELECT COUNT(*) FROM paper JOIN writes w1 ON paper.pid = w1.pid JOIN writes w2 "
                        "ON w1.aid = w2.aid WHERE author.name = 'Ada'", SCHEMA) == (
        "SELECT COUNT(*) FROM paper JOIN writes AS w1 ON paper.pid = w1.pid JOIN writes AS w2 "
        "ON w1.aid = w2.aid JOIN author ON w1.aid = author.aid WHERE author.name = 'Ada'")
    with pytest.raises(SQLError) as err:  # two keys to choose from (shop_id, city_code): refused
        check_select("SELECT COUNT(*) FROM branch WHERE shop.name = 'Corner'", SHOPS)
    assert str(err.value) == "shop.name: the FROM clause does not join shop; join it through its keys"


def test_an_aggregate_inside_another_is_refused_with_how_to_write_it_and_a_window_is_not():
    with pytest.raises(SQLError) as err:
        check_select("SELECT COUNT(CASE WHEN COUNT(aid) > 1 THEN 1 END) FROM writes GROUP BY pid", SCHEMA)
    assert str(err.value) == (
        "COUNT(aid) inside COUNT(...): aggregates cannot be nested; compute COUNT(aid) per group in a subquery "
        "(WITH per_pid AS (SELECT pid, COUNT(aid) AS n FROM ... GROUP BY pid)) and aggregate over its rows")
    # the example names the query's own column (a model copies an example's names), or none
    with pytest.raises(SQLError) as err:
        check_select("SELECT COUNT(DISTINCT CASE WHEN COUNT(*) >= 3 THEN aid END) FROM writes", SCHEMA)
    assert str(err.value) == (
        "COUNT(*) inside COUNT(...): aggregates cannot be nested; compute COUNT(*) per group in a subquery "
        "(WITH per_aid AS (SELECT aid, COUNT(*) AS n FROM ... GROUP BY aid)) and aggregate over its rows")
    with pytest.raises(SQLError) as err:
        check_select("SELECT MAX(COUNT(pid)) FROM writes", SCHEMA)  # else a key of the table it reads
    assert str(err.value) == (
        "COUNT(pid) inside MAX(...): aggregates cannot be nested; compute COUNT(pid) per group in a subquery "
        "(WITH per_aid AS (SELECT aid, COUNT(pid) AS n FROM ... GROUP BY aid)) and aggregate over its rows")
    with pytest.raises(SQLError) as err:
        check_select("SELECT MAX(COUNT(*)) FROM (SELECT pid FROM writes) AS t", SCHEMA)
    assert str(err.value) == (
        "COUNT(*) inside MAX(...): aggregates cannot be nested; compute COUNT(*) per group in a subquery, grouped "
        "by the column whose groups are counted, and aggregate over its rows")
    assert check_select("SELECT pid, COUNT(*) / SUM(COUNT(*)) OVER () FROM writes GROUP BY pid", SCHEMA) == (
        "SELECT pid, COUNT(*) / SUM(COUNT(*)) OVER () FROM writes GROUP BY pid")
    assert check_select("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM writes GROUP BY pid) AS t", SCHEMA) == (
        "SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM writes GROUP BY pid) AS t")


SALES = {"shop": {"shop_id": "VARCHAR", "name": "VARCHAR", "city_code": "VARCHAR"},
         "item": {"item_id": "BIGINT", "price": "DOUBLE", "title": "VARCHAR"},
         "sale": {"sale_id": "BIGINT", "item_id": "BIGINT", "shop_id": "VARCHAR", "qty": "BIGINT"},
         "city": {"city_code": "VARCHAR", "city_name": "VARCHAR", "country": "VARCHAR"},
         "region": {"city_code": "VARCHAR", "country": "VARCHAR"}}


def test_a_column_read_from_a_table_that_lacks_it_joins_the_one_table_that_has_it_on_their_key():
    sql, notes = checked_select("SELECT SUM(s.price * s.qty) FROM sale s", SALES)
    assert sql == "SELECT SUM(item.price * s.qty) FROM sale AS s JOIN item ON s.item_id = item.item_id"
    assert notes == (("s.price: sale has no column price; joined item, which has it, on the key they share "
                     "(s.item_id = item.item_id)"),)
    sql, notes = checked_select("SELECT shop_id, SUM(price) FROM sale GROUP BY shop_id ORDER BY 2 DESC", SALES)
    assert sql == ("SELECT shop_id, SUM(item.price) FROM sale JOIN item ON sale.item_id = item.item_id "
                   "GROUP BY shop_id ORDER BY 2 DESC")
    assert notes == (("price: no table of the FROM clause has price; joined item, which has it, on the key they "
                     "share (sale.item_id = item.item_id)"),)
    # a select's own alias and an outer table's column are not missing
    assert check_select("SELECT name AS label FROM shop ORDER BY label", SALES) == (
        "SELECT name AS label FROM shop ORDER BY label")
    assert check_select("SELECT name FROM shop s WHERE EXISTS (SELECT 1 FROM sale WHERE sale.shop_id = s.shop_id "
                        "AND city_code = 'OSL')", SALES) == (
        "SELECT name FROM shop AS s WHERE EXISTS(SELECT 1 FROM sale WHERE sale.shop_id = s.shop_id AND "
        "city_code = 'OSL')")
    with pytest.raises(SQLError) as err:  # two tables hold country and share city_code: which one is unclear
        check_select("SELECT name FROM shop WHERE shop.country = 'NO'", SALES)
    assert str(err.value) == ("shop.country: shop has no column country (its columns: shop_id, name, city_code); "
                              "it is a column of city, region")
    # a qualified column is joined likewise in a scope that also reads a CTE; an unqualified one is
    # not (it may be the CTE's own column)
    sql, notes = checked_select("WITH n AS (SELECT item_id, SUM(qty) AS sold FROM sale GROUP BY item_id) "
                                "SELECT s.title, n.sold FROM sale s JOIN n ON s.item_id = n.item_id", SALES)
    assert sql == ("WITH n AS (SELECT item_id, SUM(qty) AS sold FROM sale GROUP BY item_id) SELECT item.title, "
                   "n.sold FROM sale AS s JOIN n ON s.item_id = n.item_id JOIN item ON s.item_id = item.item_id")
    assert notes == (("s.title: sale has no column title; joined item, which has it, on the key they share "
                     "(s.item_id = item.item_id)"),)
    with pytest.raises(SQLError) as err:
        check_select("WITH n AS (SELECT item_id FROM sale) SELECT title FROM sale s JOIN n ON s.item_id = n.item_id",
                     SALES)
    assert str(err.value) == "column title is not in the tables of its FROM clause (sale); it is a column of item; join it"
    with pytest.raises(SQLError) as err:  # two joins away (sale -> shop -> city): not guessed
        check_select("SELECT COUNT(*) FROM sale WHERE sale.city_name = 'Oslo'", SALES)
    assert str(err.value) == ("sale.city_name: sale has no column city_name (its columns: sale_id, item_id, shop_id, "
                              "qty); it is a column of city")


def test_a_table_alias_that_is_a_keyword_of_sql_is_renamed_and_nothing_else_is():
    sql, notes = checked_select("SELECT COUNT(*) FROM sale AS s JOIN shop AS on ON s.shop_id = on.shop_id "
                                "WHERE on.name = 'on.x'", SALES)
    assert sql == "SELECT COUNT(*) FROM sale AS s JOIN shop AS on_ ON s.shop_id = on_.shop_id WHERE on_.name = 'on.x'"
    assert notes == ("alias on is a keyword of SQL; renamed on_",)
    with pytest.raises(SQLError) as err:  # what else does not parse is still refused as it was
        check_select("SELECT COUNT(*) FROM sale AS as WHERE", SALES)
    assert str(err.value) == ("SQL does not parse: Required keyword: 'this' missing for <class "
                              "'sqlglot.expressions.query.Where'>. Line 1, Col: 37.")


def test_a_column_name_no_table_has_is_read_as_the_one_column_of_its_tables_spelt_like_it():
    sql, notes = checked_select("SELECT s.sale_id, qtty FROM sale s JOIN shop ON s.shop_id = shop.shop_id "
                                "WHERE shop.nam = 'Corner'", SALES)
    assert sql == ("SELECT s.sale_id, qty FROM sale AS s JOIN shop ON s.shop_id = shop.shop_id "
                   "WHERE shop.name = 'Corner'")
    assert notes == ("qtty read as qty (no table has qtty; qty is the one column of its tables spelt like it)",
                     "shop.nam read as name (no table has nam; name is the one column of its tables spelt like it)")
    # a query's own names are left alone; a name like none, or like two, is refused as before
    assert checked_select("SELECT COUNT(*) AS qtys FROM sale ORDER BY qtys", SALES)[1] == ()
    with pytest.raises(SQLError) as err:
        check_select("SELECT city_nme FROM city JOIN region ON city.city_code = region.city_code", {
            **SALES, "region": {"city_code": "VARCHAR", "city_nam": "VARCHAR"}})
    assert str(err.value) == ("column city_nme is not in the tables of its FROM clause (city, region); "
                              "no table has it")


def test_datediff_with_its_unit_first_counts_that_unit_from_start_to_end():
    schema = {"job": {"job_id": "BIGINT", "opened": "DATE", "closed": "DATE"}}
    for sql in ("SELECT DATEDIFF(day, opened, closed) FROM job", "SELECT DATEDIFF('day', opened, closed) FROM job",
                "SELECT DATE_DIFF('day', opened, closed) FROM job"):
        ran, notes = checked_select(sql, schema)
        assert ran == "SELECT DATE_DIFF('DAY', opened, closed) FROM job"
        assert notes[0].endswith("read as the days from opened to closed")
    assert checked_select("SELECT DATEDIFF(WEEK, j.opened, j.closed) FROM job j", schema) == (
        "SELECT DATE_DIFF('WEEK', j.opened, j.closed) FROM job AS j",
        ("DATEDIFF(WEEK, j.opened, j.closed) read as the weeks from j.opened to j.closed",))
    # MySQL's two arguments (end, start) are days already
    assert checked_select("SELECT DATEDIFF(closed, opened) FROM job", schema) == (
        "SELECT DATE_DIFF('DAY', opened, closed) FROM job", ())


def test_a_join_of_a_column_taken_for_a_table_is_left_out():
    schema = {"member": {"member_id": "BIGINT", "plan": "VARCHAR", "joined": "DATE"},
              "visit": {"visit_id": "BIGINT", "member_id": "BIGINT"}}
    assert checked_select("SELECT COUNT(*) FROM member m JOIN plan p ON m.plan = p.plan WHERE p.joined > '2024-01-01'",
                          schema) == (
        "SELECT COUNT(*) FROM member AS m WHERE m.joined > '2024-01-01'",
        ("no table plan: plan is a column of member; the join of it left out; p.joined read as m.joined",))
    for sql in ("SELECT COUNT(*) FROM member m JOIN plan p ON m.plan = p.plan AND p.active",  # says more
                "SELECT COUNT(*) FROM member m JOIN plan p ON m.plan = p.plan WHERE p.price > 3",  # no table has it
                "SELECT COUNT(*) FROM member m JOIN tier t ON m.tier = t.tier"):  # no column either
        with pytest.raises(SQLError) as err:
            check_select(sql, schema)
        assert str(err.value).startswith("unknown table ")


def test_a_join_of_a_made_up_table_on_a_column_another_table_has_is_left_out():
    schema = {"shipment": {"shipment_id": "BIGINT", "customer_name": "VARCHAR", "city": "VARCHAR"},
              "line": {"shipment_id": "BIGINT", "qty": "BIGINT"}}
    sql = ("SELECT c.customer_name, SUM(l.qty) FROM shipment s JOIN line l ON l.shipment_id = s.shipment_id "
           "JOIN customers c ON s.customer_name = c.customer_name GROUP BY c.customer_name")
    assert checked_select(sql, schema) == (
        ("SELECT s.customer_name, SUM(l.qty) FROM shipment AS s JOIN line AS l ON l.shipment_id = s.shipment_id "
         "GROUP BY s.customer_name"),
        (("no table customers: the join is on customer_name, a column of shipment; the join of it left out; "
         "c.customer_name read as s.customer_name"),))
    for sql in ("SELECT c.email FROM shipment s JOIN customers c ON s.customer_name = c.customer_name",  # no table has it
                "SELECT s.city FROM shipment s JOIN customers c ON s.customer_name = c.full_name"):  # not on itself
        with pytest.raises(SQLError) as err:
            check_select(sql, schema)
        assert str(err.value).startswith("unknown table customers")


def test_a_join_reading_a_column_only_a_later_joined_table_has_moves_after_that_table():
    schema = {"sale": {"sale_id": "BIGINT", "order_id": "BIGINT"},
              "orders": {"order_id": "BIGINT", "buyer_id": "BIGINT", "store_id": "BIGINT"},
              "buyer": {"buyer_id": "BIGINT", "name": "VARCHAR"}, "store": {"store_id": "BIGINT", "city": "VARCHAR"}}
    sql = ("SELECT s.sale_id, b.name FROM sale s JOIN buyer b ON s.buyer_id = b.buyer_id "
           "JOIN orders o ON s.order_id = o.order_id JOIN store st ON o.store_id = st.store_id")
    assert checked_select(sql, schema) == (
        ("SELECT s.sale_id, b.name FROM sale AS s JOIN orders AS o ON s.order_id = o.order_id JOIN buyer AS b ON "
         "o.buyer_id = b.buyer_id JOIN store AS st ON o.store_id = st.store_id"),
        (("s.buyer_id = b.buyer_id: sale has no column buyer_id; orders, joined after it, has it: joined buyer after "
         "that table on o.buyer_id = b.buyer_id"),))
    # a join between them reads the table to move: left as it was, and refused
    with pytest.raises(SQLError) as err:
        check_select("SELECT s.sale_id FROM sale s JOIN buyer b ON s.buyer_id = b.buyer_id "
                     "JOIN store st ON st.city = b.name JOIN orders o ON s.order_id = o.order_id", schema)
    assert str(err.value).startswith("s.buyer_id: sale has no column buyer_id")


def test_a_key_declared_by_a_foreign_key_joins_like_one_named_as_a_key(tmp_path):
    import sqlite3

    from heedful.relations import TableCatalog
    from heedful.relations.repairs import KeyedSchema

    tables = {"book": {"isbn": "VARCHAR", "title": "VARCHAR"}, "copy": {"copy_id": "BIGINT", "isbn": "VARCHAR"},
              "loan": {"loan_id": "BIGINT", "copy_id": "BIGINT", "due": "VARCHAR"}}
    sql = "SELECT b.title, l.due FROM loan l JOIN book b ON l.copy_id = b.copy_id"
    with pytest.raises(SQLError) as err:  # isbn is not named like a key: no path through copy
        check_select(sql, tables)
    assert str(err.value).startswith("b.copy_id: book has no column copy_id")
    declared = KeyedSchema(tables, declared=("isbn",))
    assert checked_select(sql, declared) == (
        ("SELECT b.title, l.due FROM loan AS l JOIN copy ON copy.copy_id = l.copy_id JOIN book AS b ON "
         "b.isbn = copy.isbn"),
        ("l.copy_id = b.copy_id: book has no column copy_id; joined through copy (copy.copy_id = l.copy_id)",))
    # an SQLite file's declared foreign keys reach the check through the catalog
    path = tmp_path / "library.sqlite"
    with sqlite3.connect(path) as con:
        con.executescript("CREATE TABLE book (isbn TEXT PRIMARY KEY, title TEXT);"
                          "CREATE TABLE copy (copy_id INTEGER PRIMARY KEY, isbn TEXT REFERENCES book(isbn));"
                          "CREATE TABLE loan (loan_id INTEGER PRIMARY KEY, copy_id INTEGER REFERENCES copy(copy_id),"
                          " due TEXT);")
    con.close()
    catalog = TableCatalog(tmp_path / "index")
    catalog.add(path)
    assert catalog.schema().declared == frozenset({"isbn", "copy_id"})


def test_a_join_comparing_the_keys_of_two_tables_goes_through_the_table_one_key_names():
    schema = {"truck": {"truck_id": "BIGINT", "plate": "VARCHAR"},
              "trip": {"trip_id": "BIGINT", "truck_id": "BIGINT"},
              "stop": {"trip_id": "BIGINT", "town": "VARCHAR", "driver_id": "BIGINT"},
              "driver": {"driver_id": "BIGINT", "boss_id": "BIGINT"}}
    assert checked_select("SELECT t.plate, COUNT(*) FROM truck t JOIN stop s ON t.truck_id = s.trip_id GROUP BY t.plate",
                          schema) == (
        ("SELECT t.plate, COUNT(*) FROM truck AS t JOIN trip ON trip.truck_id = t.truck_id JOIN stop AS s ON "
        "s.trip_id = trip.trip_id GROUP BY t.plate"),
        (("t.truck_id = s.trip_id: truck_id and trip_id are keys of two tables; joined through trip "
         "(trip.truck_id = t.truck_id, s.trip_id = trip.trip_id)"),))
    # a key named for no table is a role: joined as written
    assert check_select("SELECT d.driver_id FROM driver d JOIN driver b ON d.boss_id = b.driver_id", schema) == (
        "SELECT d.driver_id FROM driver AS d JOIN driver AS b ON d.boss_id = b.driver_id")


def test_a_join_of_a_text_key_with_an_integer_key_goes_through_the_one_table_that_links_them():
    from heedful.relations.kinds import ValueKind

    schema = {"orders": {"order_code": "VARCHAR", "placed": "VARCHAR"},
              "order_lines": {"id": "BIGINT", "order_code": "VARCHAR", "qty": "BIGINT"},
              "deliveries": {"delivery_id": "BIGINT", "order_line_id": "BIGINT", "qty_in": "BIGINT"}}
    held = {"orders": {"order_code": ValueKind("text", "'OR-1', 'OR-2'")}}
    sql = "SELECT o.order_code, SUM(d.qty_in) FROM orders o JOIN deliveries d ON o.order_code = d.order_line_id GROUP BY 1"
    assert checked_select(sql, schema, kinds=lambda: held) == (
        ("SELECT o.order_code, SUM(d.qty_in) FROM orders AS o JOIN order_lines ON order_lines.order_code = o.order_code "
         "JOIN deliveries AS d ON d.order_line_id = order_lines.id GROUP BY 1"),
        (("o.order_code = d.order_line_id: order_code and order_line_id hold text and integers, never equal; joined "
         "through order_lines (order_lines.order_code = o.order_code, d.order_line_id = order_lines.id)"),))
    # numbers written as text can equal integers: joined as written
    as_numbers = {"orders": {"order_code": ValueKind("integer_text", "'1', '2'")}}
    assert checked_select(sql, schema, kinds=lambda: as_numbers)[1] == ()


def test_to_char_names_of_days_and_months_are_read_as_postgresql_writes_them():
    schema = {"job": {"job_id": "BIGINT", "opened": "TIMESTAMP"}}
    assert check_select("SELECT TO_CHAR(opened, 'FMDay'), TO_CHAR(opened, 'Day'), TO_CHAR(opened, 'Dy'), "
                        "TO_CHAR(opened, 'Month'), TO_CHAR(opened, 'Mon YYYY'), TO_CHAR(opened, 'YYYY-MM') FROM job",
                        schema) == (
        "SELECT STRFTIME(opened, '%A'), STRFTIME(opened, '%A'), STRFTIME(opened, '%a'), STRFTIME(opened, '%B'), "
        "STRFTIME(opened, '%b %Y'), STRFTIME(opened, '%Y-%m') FROM job")


def test_a_column_neither_grouped_nor_aggregated_is_read_as_any_value_of_its_group():
    schema = {"room": {"room_id": "BIGINT", "code": "VARCHAR", "seats": "BIGINT"},
              "booking": {"booking_id": "BIGINT", "room_id": "BIGINT", "guests": "BIGINT"}}
    sql, notes = checked_select("SELECT r.room_id, r.code, SUM(b.guests) / r.seats AS load FROM room r JOIN booking b "
                                "ON r.room_id = b.room_id GROUP BY r.room_id HAVING r.seats > 2 ORDER BY r.code", schema)
    assert sql == ("SELECT r.room_id, ANY_VALUE(r.code) AS code, SUM(b.guests) / ANY_VALUE(r.seats) AS load FROM room AS r "
                   "JOIN booking AS b ON r.room_id = b.room_id GROUP BY r.room_id HAVING ANY_VALUE(r.seats) > 2 "
                   "ORDER BY ANY_VALUE(r.code)")
    assert notes == ("r.code is neither grouped nor aggregated; read as ANY_VALUE(r.code), a value of its group's rows",
                     "r.seats is neither grouped nor aggregated; read as ANY_VALUE(r.seats), a value of its group's rows")
    # grouped by name, alias or position, aggregated, or another query's: as written
    for sql in ("SELECT code, COUNT(*) FROM room GROUP BY room.code",
                "SELECT code AS c, COUNT(*) FROM room GROUP BY c ORDER BY c",
                "SELECT code, COUNT(*) AS n FROM room GROUP BY 1 HAVING n > 1",
                ("SELECT r.room_id, (SELECT MAX(guests) FROM booking b WHERE b.room_id = r.room_id) FROM room r "
                "GROUP BY r.room_id")):
        assert checked_select(sql, schema)[1] == ()


def test_a_key_named_for_a_table_joins_that_tables_id():
    schema = {"gig": {"id": "BIGINT", "venue_id": "BIGINT", "play_id": "BIGINT"},
              "play": {"id": "BIGINT", "title": "VARCHAR"},
              "venue": {"id": "BIGINT", "name": "VARCHAR"}}
    assert checked_select("SELECT s.title FROM gig s", schema) == (
        "SELECT play.title FROM gig AS s JOIN play ON s.play_id = play.id",
        ("s.title: gig has no column title; joined play, which has it, on the key they share (s.play_id = play.id)",))
    # a table read but never joined: on the key named for it, never on the two tables' own ids
    assert checked_select("SELECT COUNT(*) FROM gig WHERE venue.name = 'Old Vic'", schema)[0] == (
        "SELECT COUNT(*) FROM gig JOIN venue ON gig.venue_id = venue.id WHERE venue.name = 'Old Vic'")


def test_a_join_on_a_key_its_table_lacks_goes_through_the_table_a_named_key_reaches():
    schema = {"fix_part": {"fix_id": "BIGINT", "sku": "VARCHAR"},
              "fix": {"id": "BIGINT", "boat_id": "BIGINT"},
              "boat": {"id": "BIGINT", "name": "VARCHAR"}}
    assert checked_select("SELECT fp.sku FROM fix_part fp JOIN boat b ON fp.boat_id = b.id", schema) == (
        "SELECT fp.sku FROM fix_part AS fp JOIN fix ON fix.id = fp.fix_id JOIN boat AS b ON b.id = fix.boat_id",
        ("fp.boat_id = b.id: fix_part has no column boat_id; joined through fix (fix.id = fp.fix_id)",))


def test_a_column_named_with_its_tables_name_before_it_is_read_as_that_column():
    schema = {"loans": {"loan_id": "BIGINT", "fee_usd": "DOUBLE"}, "artworks": {"artwork_id": "BIGINT", "title": "VARCHAR"}}
    assert checked_select("SELECT artwork_title, l.loan_fee_usd FROM artworks JOIN loans l ON l.loan_id = "
                          "artworks.artwork_id", schema) == (
        "SELECT title, l.fee_usd FROM artworks JOIN loans AS l ON l.loan_id = artworks.artwork_id",
        (("artwork_title read as title (no table has artwork_title: it is the title of artworks, with the table's "
         "name put before it)"),
         ("l.loan_fee_usd read as fee_usd (no table has loan_fee_usd: it is the fee_usd of loans, with the table's "
         "name put before it)")))
    # a name of another table before a column is no such name
    with pytest.raises(SQLError, match="no table has"):
        checked_select("SELECT artwork_fee_usd FROM loans", schema)


def test_keys_named_no_or_number_join_like_ids():
    schema = {"trips": {"trip_id": "BIGINT", "route_no": "VARCHAR", "status": "VARCHAR"},
              "routes": {"route_no": "VARCHAR", "route_name": "VARCHAR"}}
    assert checked_select("SELECT DISTINCT t.route_no, t.route_name FROM trips t WHERE t.status = 'late'", schema) == (
        ("SELECT DISTINCT t.route_no, routes.route_name FROM trips AS t JOIN routes ON t.route_no = routes.route_no "
         "WHERE t.status = 'late'"),
        (("t.route_name: trips has no column route_name; joined routes, which has it, on the key they share "
         "(t.route_no = routes.route_no)"),))


def test_a_column_whose_table_shares_no_key_with_its_owner_joins_it_through_another_table_read():
    schema = {"branches": {"branch_id": "BIGINT", "branch_name": "VARCHAR"},
              "stock": {"branch_id": "BIGINT", "book_id": "BIGINT", "qty": "BIGINT"},
              "books": {"book_id": "BIGINT", "title": "VARCHAR"}}
    assert checked_select("SELECT b.branch_name, b.title FROM branches b JOIN stock s ON b.branch_id = s.branch_id",
                          schema) == (
        ("SELECT b.branch_name, books.title FROM branches AS b JOIN stock AS s ON b.branch_id = s.branch_id "
         "JOIN books ON s.book_id = books.book_id"),
        (("b.title: branches has no column title; joined books, which has it, on the key they share "
         "(s.book_id = books.book_id)"),))
    # not when the column's own table has a column of that word: the query meant that one
    schema["branches"]["title_line"] = "VARCHAR"
    with pytest.raises(SQLError, match="branches has no column title"):
        checked_select("SELECT b.title FROM branches b JOIN stock s ON b.branch_id = s.branch_id", schema)


def test_sqlites_julianday_is_read_as_duckdbs_julian_of_a_timestamp():
    schema = {"bill": {"paid_on": "VARCHAR", "issued_on": "VARCHAR"}}
    assert checked_select("SELECT AVG(julianday(paid_on) - julianday(issued_on)) FROM bill", schema) == (
        "SELECT AVG(JULIAN(TRY_CAST(paid_on AS TIMESTAMP)) - JULIAN(TRY_CAST(issued_on AS TIMESTAMP))) FROM bill",
        ("JULIANDAY(paid_on): SQLite's day number read as JULIAN of a timestamp",
         "JULIANDAY(issued_on): SQLite's day number read as JULIAN of a timestamp"))
