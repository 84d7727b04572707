"""Columns that hold time without a time type (Unix seconds, year numbers, ISO text) are read as time
where a query uses them as time; a use their values do not allow is refused in words that say what
they hold."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3

import pytest

from heedful.errors import SQLError
from heedful.relations import TableCatalog
from heedful.relations.guard import checked_select
from heedful.relations.kinds import ValueKind, value_kind

TRIPS = {"trip": {"id": "BIGINT", "left_at": "BIGINT", "year": "BIGINT", "weekday": "VARCHAR",
                  "booked": "VARCHAR", "seats": "BIGINT", "logged_ms": "BIGINT"}}
HELD = {"trip": {"id": ValueKind("number", "1 to 40"), "left_at": ValueKind("epoch", "1704067200 to 1706745600"),
                 "year": ValueKind("year", "2019 to 2024"), "weekday": ValueKind("text", "'Monday', 'Friday'"),
                 "booked": ValueKind("iso", "'2024-01-03'"), "seats": ValueKind("number", "1 to 9"),
                 "logged_ms": ValueKind("epoch_ms", "1704067200000")}}


@pytest.mark.parametrize(("column", "type_", "values", "kind"), [
    ("departed", "BIGINT", [1704067200, 1706745600], ValueKind("epoch", "1704067200 to 1706745600")),
    ("logged", "BIGINT", [1704067200000], ValueKind("epoch_ms", "1704067200000")),
    ("year", "INTEGER", [1998, 2021], ValueKind("year", "1998 to 2021")),
    ("fiscal_year", "BIGINT", [2021, None], ValueKind("year", "2021")),
    ("stock", "INTEGER", [1998, 2021], ValueKind("number", "1998 to 2021")),  # in range, but not named for years
    ("population", "BIGINT", [5_000, 1_400_000_000], ValueKind("number", "5000 to 1400000000")),
    ("opened", "VARCHAR", ["2024-01-03", "2023-12-31 08:15:00"], ValueKind("iso", "'2024-01-03', '2023-12-31 08:15:00'")),
    ("weekday", "VARCHAR", ["Monday", "2024-01-03"], ValueKind("text", "'Monday', '2024-01-03'")),
    ("rest", "VARCHAR", ["Sunday", "Monday", None], ValueKind("weekday", "'Sunday', 'Monday'")),
    ("season", "VARCHAR", ["March", "July"], ValueKind("month_name", "'March', 'July'")),
    ("rest", "VARCHAR", ["sunday", "Mon"], ValueKind("text", "'sunday', 'Mon'")),
    ("departs", "VARCHAR", ["06:30", "7:05", "18:45:00"], ValueKind("clock", "'06:30', '7:05', '18:45:00'")),
    ("credits", "VARCHAR", ["3", "4", "12"], ValueKind("integer_text", "'3', '4', '12'")),
    ("weight", "VARCHAR", ["2.5", "-1", "1e3"], ValueKind("number_text", "'2.5', '-1', '1e3'")),
    ("weight", "VARCHAR", ["2.5 kg", "3"], ValueKind("text", "'2.5 kg', '3'")),
    ("score", "DOUBLE", [1.5], None),
    ("year", "BIGINT", [None], None),
])
def test_what_a_column_holds_is_read_from_its_values(column, type_, values, kind):
    assert value_kind(column, type_, values) == kind


@pytest.mark.parametrize(("sql", "ran", "note"), [
    ("SELECT DATE_TRUNC('month', left_at) AS m, COUNT(*) FROM trip GROUP BY m",
     "SELECT DATE_TRUNC('MONTH', TO_TIMESTAMP(left_at)) AS m, COUNT(*) FROM trip GROUP BY m",
     ("left_at holds Unix seconds (1704067200 to 1706745600); read as a time: "
     "DATE_TRUNC('MONTH', TO_TIMESTAMP(left_at))")),
    ("SELECT COUNT(*) FROM trip t WHERE t.left_at >= NOW() - INTERVAL '30 days'",
     "SELECT COUNT(*) FROM trip AS t WHERE TO_TIMESTAMP(t.left_at) >= CURRENT_TIMESTAMP - INTERVAL '30' DAYS",
     ("t.left_at holds Unix seconds (1704067200 to 1706745600); read as a time: "
     "TO_TIMESTAMP(t.left_at) >= CURRENT_TIMESTAMP - INTERVAL '30' DAYS")),
    ("SELECT COUNT(*) FROM trip WHERE left_at >= '2024-01-01'",
     "SELECT COUNT(*) FROM trip WHERE TO_TIMESTAMP(left_at) >= '2024-01-01'",
     "left_at holds Unix seconds (1704067200 to 1706745600); read as a time: TO_TIMESTAMP(left_at) >= '2024-01-01'"),
    ("SELECT TO_CHAR(logged_ms, 'HH24:MI') FROM trip",
     "SELECT STRFTIME(EPOCH_MS(logged_ms), '%H:%M') FROM trip",
     "logged_ms holds Unix milliseconds (1704067200000); read as a time: STRFTIME(EPOCH_MS(logged_ms), '%H:%M')"),
    ("SELECT CAST(left_at AS DATE) FROM trip",
     "SELECT CAST(TO_TIMESTAMP(left_at) AS DATE) FROM trip",
     "left_at holds Unix seconds (1704067200 to 1706745600); read as a time: CAST(TO_TIMESTAMP(left_at) AS DATE)"),
    ("SELECT DATE_TRUNC('year', year) AS y, COUNT(*) FROM trip GROUP BY y",
     "SELECT year AS y, COUNT(*) FROM trip GROUP BY y",
     "DATE_TRUNC('YEAR', year): year holds years as numbers (2019 to 2024); read as the number itself"),
    ("SELECT EXTRACT(YEAR FROM year) FROM trip", "SELECT year FROM trip",
     "EXTRACT(YEAR FROM year): year holds years as numbers (2019 to 2024); read as the number itself"),
    ("SELECT COUNT(*) FROM trip WHERE year >= CURRENT_DATE - INTERVAL '2 years'",
     "SELECT COUNT(*) FROM trip WHERE year >= EXTRACT(YEAR FROM CURRENT_DATE - INTERVAL '2' YEARS)",
     ("year holds years as numbers (2019 to 2024); compared with the year of the time: year >= EXTRACT(YEAR FROM "
     "CURRENT_DATE - INTERVAL '2' YEARS) (was year >= CURRENT_DATE - INTERVAL '2' YEARS)")),
    ("SELECT DATEDIFF(booked, TO_TIMESTAMP(left_at)) FROM trip",
     "SELECT DATE_DIFF('DAY', TO_TIMESTAMP(left_at), TRY_CAST(booked AS TIMESTAMP)) FROM trip",
     ("booked holds ISO dates as text ('2024-01-03'); read as a time: DATE_DIFF('DAY', TO_TIMESTAMP(left_at), "
     "TRY_CAST(booked AS TIMESTAMP))")),
    ("SELECT DATE_TRUNC('week', booked), COUNT(*) FROM trip GROUP BY 1",
     "SELECT DATE_TRUNC('WEEK', TRY_CAST(booked AS TIMESTAMP)), COUNT(*) FROM trip GROUP BY 1",
     ("booked holds ISO dates as text ('2024-01-03'); read as a time: DATE_TRUNC('WEEK', TRY_CAST(booked AS "
     "TIMESTAMP))")),
])
def test_a_column_holding_time_without_a_time_type_is_read_as_time_where_used_as_one(sql, ran, note):
    assert checked_select(sql, TRIPS, kinds=HELD) == (ran, (note,))


def test_a_column_passed_on_unchanged_by_a_cte_or_subquery_is_read_as_what_its_table_holds():
    sql, notes = checked_select("WITH y AS (SELECT id, year AS made FROM trip) SELECT t.id FROM trip t "
                                "JOIN y ON t.id = y.id WHERE y.made >= CURRENT_DATE - INTERVAL '2 years'",
                                TRIPS, kinds=HELD)
    assert sql == ("WITH y AS (SELECT id, year AS made FROM trip) SELECT t.id FROM trip AS t JOIN y ON t.id = y.id "
                   "WHERE y.made >= EXTRACT(YEAR FROM CURRENT_DATE - INTERVAL '2' YEARS)")
    assert notes == (("y.made holds years as numbers (2019 to 2024); compared with the year of the time: y.made >= "
                      "EXTRACT(YEAR FROM CURRENT_DATE - INTERVAL '2' YEARS) (was y.made >= CURRENT_DATE - "
                      "INTERVAL '2' YEARS)"),)
    assert checked_select("SELECT DATE_TRUNC('month', d) FROM (SELECT left_at AS d FROM trip) AS s", TRIPS,
                          kinds=HELD)[0] == (
        "SELECT DATE_TRUNC('MONTH', TO_TIMESTAMP(d)) FROM (SELECT left_at AS d FROM trip) AS s")
    # what a CTE computes is its own: not read as its table's column
    assert checked_select("WITH y AS (SELECT year + 1 AS made FROM trip) SELECT made FROM y "
                          "WHERE made >= CURRENT_DATE", TRIPS, kinds=HELD)[1] == ()


def test_a_time_compared_with_names_of_days_or_months_is_compared_by_its_day_or_month_name():
    schema = {"crew": {"crew_id": "BIGINT", "rest": "VARCHAR", "peak": "VARCHAR"},
              "shift": {"crew_id": "BIGINT", "began": "BIGINT", "logged": "VARCHAR"}}
    held = {"crew": {"rest": ValueKind("weekday", "'Sunday'"), "peak": ValueKind("month_name", "'July'")},
            "shift": {"began": ValueKind("epoch", "1704067200"), "logged": ValueKind("iso", "'2024-01-03'")}}
    assert checked_select("SELECT COUNT(*) FROM shift s JOIN crew c ON s.crew_id = c.crew_id WHERE s.began = c.rest",
                          schema, kinds=held) == (
        ("SELECT COUNT(*) FROM shift AS s JOIN crew AS c ON s.crew_id = c.crew_id WHERE DAYNAME(TO_TIMESTAMP(s.began)) "
        "= c.rest"),
        (("s.began holds Unix seconds (1704067200), compared with names of days: DAYNAME(TO_TIMESTAMP(s.began)) = "
         "c.rest"),))
    # the name PostgreSQL's TO_CHAR gives is a name too, compared as it is
    assert checked_select("SELECT COUNT(*) FROM shift s JOIN crew c ON s.crew_id = c.crew_id WHERE "
                          "TO_CHAR(s.began, 'Day') <> c.rest", schema, kinds=held)[0] == (
        "SELECT COUNT(*) FROM shift AS s JOIN crew AS c ON s.crew_id = c.crew_id WHERE "
        "STRFTIME(TO_TIMESTAMP(s.began), '%A') <> c.rest")
    assert checked_select("SELECT COUNT(*) FROM shift WHERE logged <> 'July'", schema, kinds=held)[0] == (
        "SELECT COUNT(*) FROM shift WHERE MONTHNAME(TRY_CAST(logged AS TIMESTAMP)) <> 'July'")
    # a time written out (cast to a date, converted from Unix seconds) is compared by its name too
    assert checked_select("SELECT COUNT(*) FROM shift s JOIN crew c ON s.crew_id = c.crew_id WHERE "
                          "CAST(TO_TIMESTAMP(s.began) AS DATE) = c.rest", schema, kinds=held) == (
        ("SELECT COUNT(*) FROM shift AS s JOIN crew AS c ON s.crew_id = c.crew_id WHERE "
         "DAYNAME(CAST(TO_TIMESTAMP(s.began) AS DATE)) = c.rest"),
        (("c.rest holds names of days ('Sunday'), compared with a time by its name: "
          "DAYNAME(CAST(TO_TIMESTAMP(s.began) AS DATE)) = c.rest"),))
    assert checked_select("SELECT COUNT(*) FROM shift s JOIN crew c ON s.crew_id = c.crew_id WHERE "
                          "c.peak <> CAST(s.logged AS DATE)", schema, kinds=held)[0] == (
        "SELECT COUNT(*) FROM shift AS s JOIN crew AS c ON s.crew_id = c.crew_id WHERE "
        "c.peak <> MONTHNAME(CAST(s.logged AS DATE))")
    # other text, and a date written as text, are compared as they are
    assert checked_select("SELECT COUNT(*) FROM shift WHERE logged = '2024-01-03'", schema, kinds=held)[1] == ()
    assert checked_select("SELECT COUNT(*) FROM crew WHERE rest = 'Sunday'", schema, kinds=held)[1] == ()


def test_what_a_scalar_subquery_selects_is_a_time_when_it_selects_one():
    assert checked_select("SELECT COUNT(*) FROM trip WHERE left_at >= (SELECT MAX(CAST(booked AS DATE)) - 1 FROM trip)",
                          TRIPS, kinds=HELD)[0] == (
        "SELECT COUNT(*) FROM trip WHERE TO_TIMESTAMP(left_at) >= (SELECT MAX(CAST(booked AS DATE)) - 1 FROM trip)")
    assert checked_select("SELECT COUNT(*) FROM trip WHERE left_at >= (SELECT CURRENT_DATE - INTERVAL '7 days')",
                          TRIPS, kinds=HELD)[0] == (
        "SELECT COUNT(*) FROM trip WHERE TO_TIMESTAMP(left_at) >= (SELECT CURRENT_DATE - INTERVAL '7' DAYS)")


def test_a_time_and_a_year_number_subtracted_are_the_times_year_minus_the_year():
    schema = {"boat": {"boat_id": "BIGINT", "built_year": "BIGINT"},
              "trip": {"boat_id": "BIGINT", "left_at": "BIGINT", "sold": "VARCHAR"}}
    held = {"boat": {"built_year": ValueKind("year", "1990 to 2020")},
            "trip": {"left_at": ValueKind("epoch", "1704067200"), "sold": ValueKind("iso", "'2024-01-03'")}}
    # the year of that difference is the difference; EXTRACT(YEAR FROM year) is the year itself
    assert checked_select("SELECT EXTRACT(YEAR FROM (t.left_at - EXTRACT(YEAR FROM b.built_year))) FROM boat b "
                          "JOIN trip t ON t.boat_id = b.boat_id", schema, kinds=held)[0] == (
        "SELECT EXTRACT(YEAR FROM TO_TIMESTAMP(t.left_at)) - b.built_year FROM boat AS b JOIN trip AS t ON "
        "t.boat_id = b.boat_id")
    assert checked_select("SELECT COUNT(*) FROM trip t JOIN boat b ON t.boat_id = b.boat_id WHERE "
                          "CAST(t.sold AS BIGINT) - b.built_year > 30", schema, kinds=held) == (
        ("SELECT COUNT(*) FROM trip AS t JOIN boat AS b ON t.boat_id = b.boat_id WHERE EXTRACT(YEAR FROM "
        "TRY_CAST(t.sold AS TIMESTAMP)) - b.built_year > 30"),
        (("CAST(t.sold AS BIGINT) - b.built_year: a time and a year number subtracted: the time's year minus the "
         "year (EXTRACT(YEAR FROM TRY_CAST(t.sold AS TIMESTAMP)) - b.built_year)"),))
    # what columns hold is read (lazily, as the catalog does) for a comparison of two columns too
    assert checked_select("SELECT COUNT(*) FROM trip t JOIN boat b ON t.boat_id = b.boat_id WHERE t.sold < b.built_year",
                          schema, kinds=lambda: held)[0].endswith("WHERE EXTRACT(YEAR FROM TRY_CAST(t.sold AS "
                                                                  "TIMESTAMP)) < b.built_year")
    # compared: by the time's year; a year already taken of a time is a number, compared as it is
    assert checked_select("SELECT COUNT(*) FROM trip t JOIN boat b ON t.boat_id = b.boat_id WHERE t.sold < b.built_year",
                          schema, kinds=held)[0] == (
        "SELECT COUNT(*) FROM trip AS t JOIN boat AS b ON t.boat_id = b.boat_id WHERE EXTRACT(YEAR FROM "
        "TRY_CAST(t.sold AS TIMESTAMP)) < b.built_year")
    assert checked_select("SELECT COUNT(*) FROM trip t JOIN boat b ON t.boat_id = b.boat_id WHERE "
                          "EXTRACT(YEAR FROM CAST(t.sold AS DATE)) < b.built_year", schema, kinds=held)[1] == ()
    assert checked_select("SELECT COUNT(*) FROM boat WHERE built_year = EXTRACT(YEAR FROM NOW())", schema,
                          kinds=held)[1] == ()
    assert checked_select("SELECT EXTRACT(YEAR FROM (CURRENT_DATE - built_year)) FROM boat", schema,
                          kinds=held)[0] == "SELECT EXTRACT(YEAR FROM CURRENT_DATE) - built_year FROM boat"


def test_names_of_months_or_days_are_ordered_as_the_calendar_orders_them():
    schema = {"crew": {"name": "VARCHAR", "rest": "VARCHAR", "peak": "VARCHAR"}}
    held = {"crew": {"rest": ValueKind("weekday", "'Sunday'"), "peak": ValueKind("month_name", "'July'")}}
    days = "['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']"
    assert checked_select("SELECT rest, COUNT(*) FROM crew GROUP BY rest ORDER BY rest", schema, kinds=held) == (
        f"SELECT rest, COUNT(*) FROM crew GROUP BY rest ORDER BY LIST_POSITION({days}, rest)",
        (("rest holds names of days ('Sunday'); ordered as the calendar orders them (Monday first), not "
         "alphabetically"),))
    assert checked_select("SELECT c.peak AS m FROM crew c ORDER BY m DESC", schema, kinds=held)[0].startswith(
        "SELECT c.peak AS m FROM crew AS c ORDER BY LIST_POSITION(['January', 'February', ")
    # an alias for what the select computes is not the column of that name
    assert checked_select("SELECT UPPER(name) AS rest FROM crew ORDER BY rest", schema, kinds=held)[1] == ()
    assert checked_select("SELECT name FROM crew ORDER BY name", schema, kinds=held)[1] == ()


def test_a_number_held_as_text_is_cast_where_nullif_coalesce_or_round_pass_it_to_arithmetic():
    schema = {"beer": {"name": "VARCHAR", "ibu": "BIGINT", "abv": "VARCHAR"}}
    held = {"beer": {"abv": ValueKind("number_text", "'4.5'")}}
    assert checked_select("SELECT name, ibu / NULLIF(abv, 0), ROUND(abv, 1), ibu * COALESCE(abv, 1) FROM beer",
                          schema, kinds=held)[0] == (
        "SELECT name, ibu / NULLIF(TRY_CAST(abv AS DOUBLE), 0), ROUND(TRY_CAST(abv AS DOUBLE), 1), "
        "ibu * COALESCE(TRY_CAST(abv AS DOUBLE), 1) FROM beer")
    assert checked_select("SELECT NULLIF(abv, '') FROM beer", schema, kinds=held)[1] == ()


def test_numbers_held_as_text_are_cast_where_summed_averaged_or_computed_with():
    schema = {"course": {"name": "VARCHAR", "credits": "VARCHAR", "fee": "VARCHAR"}}
    held = {"course": {"credits": ValueKind("integer_text", "'3', '4'"), "fee": ValueKind("number_text", "'9.5'")}}
    assert checked_select("SELECT SUM(credits), AVG(c.fee) FROM course c", schema, kinds=held) == (
        "SELECT SUM(TRY_CAST(credits AS BIGINT)), AVG(TRY_CAST(c.fee AS DOUBLE)) FROM course AS c",
        ("credits holds numbers as text ('3', '4'); read as numbers: SUM(TRY_CAST(credits AS BIGINT))",
         "c.fee holds numbers as text ('9.5'); read as numbers: AVG(TRY_CAST(c.fee AS DOUBLE))"))
    # what a CASE gives inside a sum is summed too; a CASE's condition is not a number
    assert checked_select("SELECT SUM(CASE WHEN name = 'x' THEN credits ELSE 0 END) FROM course", schema,
                          kinds=held)[0] == (
        "SELECT SUM(CASE WHEN name = 'x' THEN TRY_CAST(credits AS BIGINT) ELSE 0 END) FROM course")
    assert checked_select("SELECT SUM(CASE WHEN credits = '3' THEN 1 ELSE 0 END) FROM course", schema,
                          kinds=held)[1] == ()
    # compared with text, text stays text; ordered by, taken the greatest of or compared with a number,
    # a number ('12' after '4'; DuckDB refuses text > 3)
    assert checked_select("SELECT MAX(credits) FROM course WHERE credits = '3' AND fee > 9 ORDER BY credits DESC",
                          schema, kinds=held) == (
        ("SELECT MAX(TRY_CAST(credits AS BIGINT)) FROM course WHERE credits = '3' AND TRY_CAST(fee AS DOUBLE) > 9 "
        "ORDER BY TRY_CAST(credits AS BIGINT) DESC"),
        ("credits holds numbers as text ('3', '4'); read as numbers: MAX(TRY_CAST(credits AS BIGINT))",
         "fee holds numbers as text ('9.5'); read as numbers: TRY_CAST(fee AS DOUBLE) > 9",
         "credits holds numbers as text ('3', '4'); read as numbers: TRY_CAST(credits AS BIGINT) DESC"))
    assert checked_select("SELECT name FROM course WHERE credits BETWEEN 2 AND 4", schema, kinds=held)[0] == (
        "SELECT name FROM course WHERE TRY_CAST(credits AS BIGINT) BETWEEN 2 AND 4")


@pytest.mark.parametrize("sql", [
    "SELECT COUNT(*) FROM trip WHERE left_at > 1704067200",  # a number compared with a number
    "SELECT COUNT(*) FROM trip WHERE booked >= '2024-01-01'",  # ISO text compares as text
    "SELECT year, COUNT(*) FROM trip WHERE year = 2021 GROUP BY year",
    "SELECT CAST(booked AS DATE) FROM trip",  # the engine casts ISO text itself
])
def test_a_column_used_as_what_it_holds_is_left_alone(sql):
    assert checked_select(sql, TRIPS, kinds=HELD)[1] == ()
    assert checked_select(sql, TRIPS) == checked_select(sql, TRIPS, kinds=HELD)


@pytest.mark.parametrize(("sql", "message"), [
    ("SELECT DATE_TRUNC('day', weekday) FROM trip",
     ("weekday holds text such as 'Monday', 'Friday', not dates or times: compare it with such values; no date "
     "function applies to it (DATE_TRUNC('DAY', weekday))")),
    ("SELECT EXTRACT(MONTH FROM seats) FROM trip",
     ("seats holds numbers (1 to 9), not dates or times: compare it with such values; no date function applies to "
     "it (EXTRACT(MONTH FROM seats))")),
    ("SELECT DATE_TRUNC('month', year) FROM trip",
     ("year holds years as numbers (2019 to 2024), not dates: compare or group it as a number; no date function "
     "applies to it (DATE_TRUNC('MONTH', year))")),
])
def test_a_time_function_over_what_holds_no_time_is_refused_saying_what_it_holds(sql, message):
    with pytest.raises(SQLError) as err:
        checked_select(sql, TRIPS, kinds=HELD)
    assert str(err.value) == message


def test_the_catalog_reads_what_its_columns_hold_and_runs_unix_times_as_utc_times(tmp_path):
    path = tmp_path / "trips.csv"
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "left_at", "year", "weekday"])
        writer.writerows([[1, 1704067200, 2024, "Monday"], [2, 1706745600, 2024, "Thursday"],
                          [3, 1706832000, 2024, "Friday"]])
    catalog = TableCatalog(tmp_path / "index")
    catalog.add(path)
    assert catalog.value_kinds() == {"trips": {
        "id": ValueKind("number", "1 to 3"), "left_at": ValueKind("epoch", "1704067200 to 1706832000"),
        "year": ValueKind("year", "2024"), "weekday": ValueKind("weekday", "'Friday', 'Monday', 'Thursday'")}}
    res = catalog.query("SELECT DATE_TRUNC('month', left_at) AS month, COUNT(*) AS n FROM trips GROUP BY month "
                        "ORDER BY month")
    assert [(m.astimezone(dt.UTC).date(), n) for m, n in res.rows] == [
        (dt.date(2024, 1, 1), 1), (dt.date(2024, 2, 1), 2)]
    assert res.notes == (("left_at holds Unix seconds (1704067200 to 1706832000); read as a time: "
                         "DATE_TRUNC('MONTH', TO_TIMESTAMP(left_at))"),)
    assert catalog.query("SELECT STRFTIME(TO_TIMESTAMP(MIN(left_at)), '%H:%M') FROM trips").rows == [("00:00",)]


def test_two_iso_dates_subtracted_are_subtracted_as_dates():
    schema = {"stay": {"arrived": "VARCHAR", "departed": "VARCHAR"}}
    held = {"stay": {"arrived": ValueKind("iso", "'2024-01-03'"), "departed": ValueKind("iso", "'2024-01-05'")}}
    assert checked_select("SELECT AVG(s.departed - s.arrived) FROM stay s", schema, kinds=held) == (
        "SELECT AVG(TRY_CAST(s.departed AS DATE) - TRY_CAST(s.arrived AS DATE)) FROM stay AS s",
        (("s.departed - s.arrived: ISO dates held as text, subtracted as dates (days): "
         "TRY_CAST(s.departed AS DATE) - TRY_CAST(s.arrived AS DATE)"),))
    # an ISO date and a Unix time subtracted: both as dates
    trips = {"stay": {"arrived": "VARCHAR", "paid": "BIGINT"}}
    assert checked_select("SELECT AVG(paid - arrived) FROM stay", trips, kinds={"stay": {
            "arrived": ValueKind("iso", "'2024-01-03'"), "paid": ValueKind("epoch", "1704067200")}}) == (
        "SELECT AVG(CAST(TO_TIMESTAMP(paid) AS DATE) - TRY_CAST(arrived AS DATE)) FROM stay",
        (("paid - arrived: an ISO date held as text and a Unix time, subtracted as dates (days): "
          "CAST(TO_TIMESTAMP(paid) AS DATE) - TRY_CAST(arrived AS DATE)"),))
    # cast to numbers first (which the engine cannot do with ISO text), likewise
    assert checked_select("SELECT AVG(CAST(departed AS REAL) - arrived) FROM stay", schema, kinds=held) == (
        "SELECT AVG(TRY_CAST(departed AS DATE) - TRY_CAST(arrived AS DATE)) FROM stay",
        (("CAST(departed AS DOUBLE) - arrived: ISO dates held as text, subtracted as dates (days): "
          "TRY_CAST(departed AS DATE) - TRY_CAST(arrived AS DATE)"),))
    with pytest.raises(SQLError) as err:  # a number of one alone: refused, saying what it holds
        checked_select("SELECT SUM(CAST(arrived AS INT)) FROM stay", schema, kinds=held)
    assert str(err.value) == ("arrived holds ISO dates as text ('2024-01-03'), not numbers: no number can be read "
                              "from it (CAST(arrived AS INT)); for its year, EXTRACT(YEAR FROM CAST(arrived AS DATE)); "
                              "for days between two dates, subtract them cast AS DATE")


def test_an_invented_column_used_as_a_time_is_read_as_the_time_column_of_its_tables():
    schema = {"parcel": {"parcel_id": "BIGINT", "sent_at": "BIGINT", "signed_date": "VARCHAR", "grams": "BIGINT"},
              "visit": {"visit_id": "BIGINT", "seen": "TIMESTAMP"}}
    held = {"parcel": {"sent_at": ValueKind("epoch", "1704067200"), "signed_date": ValueKind("iso", "'2024-01-05'"),
                       "grams": ValueKind("number", "5 to 900")}}
    sql, notes = checked_select("SELECT DATE_TRUNC('month', sent_on) AS m, COUNT(*) FROM parcel GROUP BY m",
                                schema, kinds=held)
    assert sql == "SELECT DATE_TRUNC('MONTH', TO_TIMESTAMP(sent_at)) AS m, COUNT(*) FROM parcel GROUP BY m"
    assert notes[0] == ("sent_on read as sent_at (no table has sent_on; used as a time: of its tables' time "
                        "columns, the one spelt most like it)")
    assert checked_select("SELECT COUNT(*) FROM visit WHERE created >= NOW() - INTERVAL '1 day'", schema) == (
        "SELECT COUNT(*) FROM visit WHERE seen >= CURRENT_TIMESTAMP - INTERVAL '1' DAY",
        ("created read as seen (no table has created; used as a time: its tables' one time column)",))
    # every use of the name is read so, also where it is not used as a time
    assert checked_select("SELECT MAX(seen_on), COUNT(seen_on) FROM visit WHERE EXTRACT(YEAR FROM seen_on) = 2024",
                          schema)[0] == (
        "SELECT MAX(seen), COUNT(seen) FROM visit WHERE EXTRACT(YEAR FROM seen) = 2024")
    with pytest.raises(SQLError) as err:  # two time columns, neither spelt like it: not guessed
        checked_select("SELECT DATE_TRUNC('month', posted) FROM parcel", schema, kinds=held)
    assert str(err.value) == "column posted is not in the tables of its FROM clause (parcel); no table has it"


def test_the_day_of_a_difference_of_two_dates_is_the_difference():
    schema = {"expo": {"id": "BIGINT", "opens": "VARCHAR", "closes": "VARCHAR", "day": "DATE", "at": "TIMESTAMP"}}
    held = {"expo": {"opens": ValueKind("iso", "'2024-01-02'"), "closes": ValueKind("iso", "'2024-02-02'")}}
    assert checked_select("SELECT EXTRACT(DAY FROM (closes - opens)) FROM expo", schema, kinds=held) == (
        "SELECT (TRY_CAST(closes AS DATE) - TRY_CAST(opens AS DATE)) FROM expo",
        (("closes - opens: ISO dates held as text, subtracted as dates (days): TRY_CAST(closes AS DATE) - "
         "TRY_CAST(opens AS DATE)"),
         ("EXTRACT(DAY FROM (TRY_CAST(closes AS DATE) - TRY_CAST(opens AS DATE))): a date minus a date is a number "
         "of days already; read as TRY_CAST(closes AS DATE) - TRY_CAST(opens AS DATE)")))
    assert checked_select("SELECT DATE_PART('day', day - CURRENT_DATE) FROM expo", schema)[0] == (
        "SELECT (day - CURRENT_DATE) FROM expo")
    # two timestamps differ by an interval, whose day is what EXTRACT asks for
    assert checked_select("SELECT EXTRACT(DAY FROM at - at) FROM expo", schema)[1] == ()


def test_a_number_held_as_text_compared_with_a_computed_number_is_read_as_a_number():
    schema = {"plot": {"target": "VARCHAR", "kg": "DOUBLE", "area": "DOUBLE"}}
    held = {"plot": {"target": ValueKind("number_text", "'8.5'")}}
    assert checked_select("SELECT COUNT(*) FROM plot WHERE target > kg / area", schema, kinds=held)[0] == (
        "SELECT COUNT(*) FROM plot WHERE TRY_CAST(target AS DOUBLE) > kg / area")
    assert checked_select("SELECT COUNT(*) FROM plot WHERE CAST(kg AS REAL) < target", schema, kinds=held)[0] == (
        "SELECT COUNT(*) FROM plot WHERE CAST(kg AS DOUBLE) < TRY_CAST(target AS DOUBLE)")


def test_a_time_of_day_held_as_text_is_read_on_its_rows_date_where_used_as_a_time(tmp_path):
    path = tmp_path / "runs.sqlite"  # SQLite holds them as text (a CSV's reader would type them DATE and TIME)
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE runs (id INTEGER, run_date TEXT, departs TEXT, left_at INTEGER)")
        # left 2, 9 and 0 minutes after the time of day it was due on its date (Unix seconds, UTC)
        con.executemany("INSERT INTO runs VALUES (?, ?, ?, ?)", [
            (1, "2024-03-04", "06:30", 1709533920), (2, "2024-03-04", "07:15", 1709537040),
            (3, "2024-03-05", "06:30", 1709620200)])
    con.close()
    catalog = TableCatalog(tmp_path / "index")
    catalog.add(path)
    assert catalog.value_kinds()["runs"]["departs"] == ValueKind("clock", "'06:30', '07:15'")
    late = catalog.query("SELECT id FROM runs WHERE left_at > departs + INTERVAL '5 minutes'")
    assert late.rows == [(2,)]
    assert late.notes[-1] == (
        "departs holds times of day as text ('06:30', '07:15'); read as that time on the row's run_date: "
        "TRY_CAST(run_date || ' ' || departs AS TIMESTAMP) + INTERVAL '5' MINUTES (was departs + INTERVAL '5' MINUTES)")
    # the time between two times, used as a number: seconds, as the model took them for numbers
    minutes = catalog.query("SELECT id, (left_at - departs) / 60 AS late FROM runs ORDER BY id")
    assert minutes.rows == [(1, 2.0), (2, 9.0), (3, 0.0)]
    assert catalog.query("SELECT EXTRACT(HOUR FROM departs) AS h, COUNT(*) FROM runs GROUP BY h ORDER BY h").rows == [
        (6, 2), (7, 1)]
    assert catalog.query("SELECT COUNT(*) FROM runs WHERE departs < '07:00'").rows == [(2,)]  # as text: left alone


def test_a_time_of_day_held_as_text_without_a_date_beside_it_is_a_time_of_day_or_refused():
    schema = {"slot": {"starts": "VARCHAR", "ends": "VARCHAR", "logged": "BIGINT"}}
    held = {"slot": {"starts": ValueKind("clock", "'09:00'"), "ends": ValueKind("clock", "'10:30'"),
                     "logged": ValueKind("epoch", "1709533920")}}
    assert checked_select("SELECT EXTRACT(HOUR FROM starts) FROM slot", schema, kinds=held) == (
        "SELECT EXTRACT(HOUR FROM TRY_CAST(starts AS TIME)) FROM slot",
        ("starts holds times of day as text ('09:00'); read as a time of day: EXTRACT(HOUR FROM TRY_CAST(starts AS TIME))",))
    with pytest.raises(SQLError) as err:
        checked_select("SELECT COUNT(*) FROM slot WHERE logged > starts", schema, kinds=held)
    assert str(err.value) == ("starts holds times of day as text ('09:00'), not times: logged > starts needs the date of "
                              "each row; write that time as CAST(date_column || ' ' || starts AS TIMESTAMP) with the "
                              "date column of slot")
