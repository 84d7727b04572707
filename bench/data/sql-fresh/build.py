"""Builder and checker for the sql-fresh set (stdlib only).

    python3 build.py            # check: load each DB.sql into an in-memory SQLite database, re-run every
                                # gold_sql in questions.jsonl and compare columns, rows, ordered and
                                # order_groups with the stored values (exit 1 on any mismatch)
    python3 build.py --write    # regenerate questions.jsonl from QUESTIONS below (stored values come from
                                # running the gold SQL), then check
    python3 build.py --sqlite DIR   # also write DIR/NAME.sqlite for score.py (not done by default)

Record format follows /work/shared/bench/sql/README.md: _id, db, question, category, [instructions],
gold_sql, gold_columns, gold_rows, ordered, [order_groups], compare ("multiset").
order_groups are derived from the ORDER BY key of each ordered gold query: either columns of the gold
result (order_key_cols) or a helper query returning the key per gold row in the same order
(order_key_sql); they are only build aids and are not written to questions.jsonl.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DBS = ["library", "fleet"]
CATEGORIES = ["group_by", "order_by", "ratio", "table_join", "date_functions", "instruct"]

Q = []


def q(db, category, question, sql, instructions=None, order_key_cols=None, order_key_sql=None):
    Q.append({"db": db, "category": category, "question": question, "sql": " ".join(sql.split()),
                  "instructions": instructions, "order_key_cols": order_key_cols, "order_key_sql": order_key_sql})


# ---------------------------------------------------------------- library
L = "library"
q(L, "group_by", "How many books does the library have in each genre?",
  "SELECT genre, COUNT(*) AS num_books FROM books GROUP BY genre")
q(L, "group_by", "For each membership type, how many loans have members of that type made?",
  """SELECT m.membership_type, COUNT(*) AS num_loans FROM loans l
     JOIN members m ON m.member_id = l.member_id GROUP BY m.membership_type""")
q(L, "group_by", "What was the average number of attendees at reading events in each year?",
  "SELECT year, AVG(attendees) AS avg_attendees FROM reading_events GROUP BY year")
q(L, "order_by", "List every book's title and publication year, from the most recently published to the oldest.",
  "SELECT title, published_year FROM books ORDER BY published_year DESC", order_key_cols=[1])
q(L, "order_by", "Show the full names and join dates of the members who joined in 2022 or later, earliest join date first.",
  "SELECT full_name, joined_on FROM members WHERE joined_on >= '2022-01-01' ORDER BY joined_on ASC",
  order_key_cols=[1])
q(L, "order_by", "Which 3 books have the most pages? Give their titles, longest book first.",
  "SELECT title FROM books ORDER BY CAST(page_count AS INTEGER) DESC LIMIT 3",
  order_key_sql="SELECT CAST(page_count AS INTEGER) FROM books ORDER BY CAST(page_count AS INTEGER) DESC LIMIT 3")
q(L, "ratio", "What fraction of all loans were returned after their due date? Give it as a fraction between 0 and 1.",
  """SELECT CAST(SUM(CASE WHEN returned_on > due_date THEN 1 ELSE 0 END) AS REAL) / COUNT(*) AS late_fraction
     FROM loans""")
q(L, "ratio", "What is the ratio of the number of Premium members to the number of Student members?",
  """SELECT CAST(SUM(CASE WHEN membership_type = 'Premium' THEN 1 ELSE 0 END) AS REAL)
            / SUM(CASE WHEN membership_type = 'Student' THEN 1 ELSE 0 END) AS premium_to_student
     FROM members""")
q(L, "ratio", "What share of all the book copies the library owns belongs to each genre? Give each genre's share as a fraction between 0 and 1.",
  """SELECT genre, CAST(SUM(copies) AS REAL) / (SELECT SUM(copies) FROM books) AS copy_share
     FROM books GROUP BY genre""")
q(L, "table_join", "List the titles of all books written or co-written by Helena Marsh.",
  """SELECT b.title FROM books b JOIN books_authors ba ON ba.book_id = b.book_id
     JOIN authors a ON a.author_id = ba.author_id WHERE a.name = 'Helena Marsh'""")
q(L, "table_join", "Which members have borrowed at least one Mystery book? Give each member's full name once.",
  """SELECT DISTINCT m.full_name FROM members m JOIN loans l ON l.member_id = m.member_id
     JOIN books b ON b.book_id = l.book_id WHERE b.genre = 'Mystery'""")
q(L, "table_join", "Which authors have had at least one of their books borrowed by a member with a Student membership? List each author's name once.",
  """SELECT DISTINCT a.name FROM authors a JOIN books_authors ba ON ba.author_id = a.author_id
     JOIN loans l ON l.book_id = ba.book_id JOIN members m ON m.member_id = l.member_id
     WHERE m.membership_type = 'Student'""")
q(L, "date_functions", "How many loans were made in each month of 2024 (UTC)? Give the month as a number from 1 to 12 with its number of loans.",
  """SELECT CAST(strftime('%m', loaned_at, 'unixepoch') AS INTEGER) AS month, COUNT(*) AS num_loans
     FROM loans WHERE strftime('%Y', loaned_at, 'unixepoch') = '2024'
     GROUP BY CAST(strftime('%m', loaned_at, 'unixepoch') AS INTEGER)""")
q(L, "date_functions", "For each loan that was returned after its due date, how many days late was it? Give the loan id and the number of days between the due date and the return date.",
  """SELECT loan_id, julianday(returned_on) - julianday(due_date) AS days_late
     FROM loans WHERE returned_on > due_date""")
q(L, "date_functions", "Which books were lent out in a calendar year (UTC) at least ten years after the year they were published? List each title once.",
  """SELECT DISTINCT b.title FROM books b JOIN loans l ON l.book_id = b.book_id
     WHERE CAST(strftime('%Y', l.loaned_at, 'unixepoch') AS INTEGER) - b.published_year >= 10""")
q(L, "instruct", "How many people attended reading events hosted by Helena Marsh in total?",
  """SELECT SUM(e.attendees) AS total_attendees FROM reading_events e
     JOIN authors a ON a.author_id = e.author_id WHERE a.name = 'Helena Marsh'""",
  instructions="Match author names exactly.")
q(L, "instruct", "What is the loan turnover of each genre?",
  """SELECT g.genre, CAST(COALESCE(lc.num_loans, 0) AS REAL) / g.total_copies AS loan_turnover
     FROM (SELECT genre, SUM(copies) AS total_copies FROM books GROUP BY genre) g
     LEFT JOIN (SELECT b.genre, COUNT(*) AS num_loans FROM loans l JOIN books b ON b.book_id = l.book_id
                GROUP BY b.genre) lc ON lc.genre = g.genre""",
  instructions="Loan turnover of a genre = the number of loans of books in that genre divided by the total number of copies of books in that genre. Include genres with no loans, with a turnover of 0.")
q(L, "instruct", "Which reading events took place in spring 2024? Give their titles.",
  """SELECT title FROM reading_events WHERE year = 2024 AND month IN ('March', 'April', 'May')""",
  instructions="Spring means March, April and May.")

# ---------------------------------------------------------------- fleet
F = "fleet"
q(F, "group_by", "How many vehicles of each make does the fleet have?",
  "SELECT make, COUNT(*) AS num_vehicles FROM vehicles GROUP BY make")
q(F, "group_by", "For each driver, what is the total distance in kilometres of all the trips they drove? Show the driver's full name and the total.",
  """SELECT d.full_name, SUM(t.distance_km) AS total_km FROM drivers d
     JOIN trips t ON t.driver_id = d.driver_id GROUP BY d.driver_id, d.full_name""")
q(F, "group_by", "How many litres of fuel were bought at each fuel station in total?",
  "SELECT station, SUM(litres) AS total_litres FROM fuel_stops GROUP BY station")
q(F, "order_by", "List the drivers' full names with their hire dates, longest-serving driver (earliest hire date) first.",
  "SELECT full_name, hired_on FROM drivers ORDER BY hired_on ASC", order_key_cols=[1])
q(F, "order_by", "List the plates of all vehicles ordered by load capacity, largest capacity first.",
  "SELECT plate FROM vehicles ORDER BY CAST(capacity_kg AS INTEGER) DESC",
  order_key_sql="SELECT CAST(capacity_kg AS INTEGER) FROM vehicles ORDER BY CAST(capacity_kg AS INTEGER) DESC")
q(F, "order_by", "Which 3 trips covered the longest distances? Give the trip id, destination city and distance, longest first.",
  "SELECT trip_id, destination_city, distance_km FROM trips ORDER BY distance_km DESC LIMIT 3",
  order_key_cols=[2])
q(F, "ratio", "What share of the fleet's vehicles are electric? Give it as a fraction between 0 and 1.",
  "SELECT CAST(SUM(CASE WHEN is_electric = 1 THEN 1 ELSE 0 END) AS REAL) / COUNT(*) AS electric_share FROM vehicles")
q(F, "ratio", "Across all fuel stops, what was the average price paid per litre, computed as the total cost divided by the total litres?",
  "SELECT SUM(CAST(cost AS REAL)) / SUM(litres) AS cost_per_litre FROM fuel_stops")
q(F, "ratio", "For each depot, what is the ratio of the number of drivers based there to the number of vehicles based there? Show the depot name and the ratio.",
  """SELECT dp.name, CAST((SELECT COUNT(*) FROM drivers d WHERE d.depot_id = dp.depot_id) AS REAL)
            / (SELECT COUNT(*) FROM vehicles v WHERE v.depot_id = dp.depot_id) AS drivers_per_vehicle
     FROM depots dp""")
q(F, "table_join", "Which vehicles made a trip to Manchester, and who drove each of those trips? Give the vehicle plate and the driver's full name for each such trip.",
  """SELECT v.plate, d.full_name FROM trips t JOIN vehicles v ON v.vehicle_id = t.vehicle_id
     JOIN drivers d ON d.driver_id = t.driver_id WHERE t.destination_city = 'Manchester'""")
q(F, "table_join", "At which fuel stations did Owen Hughes refuel during his trips? List each station once.",
  """SELECT DISTINCT f.station FROM fuel_stops f JOIN trips t ON t.trip_id = f.trip_id
     JOIN drivers d ON d.driver_id = t.driver_id WHERE d.full_name = 'Owen Hughes'""")
q(F, "table_join", "For each depot, what was the total fuel cost of trips made with vehicles based at that depot? Show the depot name and the total, only for depots with at least one fuel stop.",
  """SELECT dp.name, SUM(CAST(f.cost AS REAL)) AS total_fuel_cost FROM depots dp
     JOIN vehicles v ON v.depot_id = dp.depot_id JOIN trips t ON t.vehicle_id = v.vehicle_id
     JOIN fuel_stops f ON f.trip_id = t.trip_id GROUP BY dp.depot_id, dp.name""")
q(F, "date_functions", "How many trips started before 7 in the morning, UTC?",
  "SELECT COUNT(*) AS early_trips FROM trips WHERE CAST(strftime('%H', started_at, 'unixepoch') AS INTEGER) < 7")
q(F, "date_functions", "How many trips started on each day of the week (UTC)? Give the English weekday name, such as 'Monday', and the number of trips, only for days with at least one trip.",
  """SELECT CASE strftime('%w', started_at, 'unixepoch') WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday'
            WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday'
            WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS weekday, COUNT(*) AS num_trips
     FROM trips GROUP BY strftime('%w', started_at, 'unixepoch')""")
q(F, "date_functions", "What was the average trip duration in hours, from start to end?",
  "SELECT AVG((ended_at - started_at) / 3600.0) AS avg_hours FROM trips")
q(F, "instruct", "Rank the trips that had at least one fuel stop by fuel efficiency, best first. Show the trip id and its fuel efficiency.",
  """SELECT t.trip_id, t.distance_km / SUM(f.litres) AS km_per_litre FROM trips t
     JOIN fuel_stops f ON f.trip_id = t.trip_id GROUP BY t.trip_id, t.distance_km
     ORDER BY km_per_litre DESC""",
  instructions="Fuel efficiency of a trip = its distance in km divided by the total litres bought at that trip's fuel stops.",
  order_key_cols=[1])
q(F, "instruct", "How many trips were driven by drivers whose day off is Sunday?",
  """SELECT COUNT(*) AS num_trips FROM trips t JOIN drivers d ON d.driver_id = t.driver_id
     WHERE d.day_off = 'Sunday'""",
  instructions="A driver's day off is stored as a capitalised English weekday name.")
q(F, "instruct", "What is the maintenance cost per 100 km of each vehicle? Show the vehicle plate and the value.",
  """SELECT v.plate, m.total_cost * 100.0 / t.total_km AS cost_per_100km FROM vehicles v
     JOIN (SELECT vehicle_id, SUM(cost) AS total_cost FROM maintenance GROUP BY vehicle_id) m
       ON m.vehicle_id = v.vehicle_id
     JOIN (SELECT vehicle_id, SUM(distance_km) AS total_km FROM trips GROUP BY vehicle_id) t
       ON t.vehicle_id = v.vehicle_id""",
  instructions="Maintenance cost per 100 km = the vehicle's total maintenance cost divided by the total distance of its trips, times 100. Only include vehicles that have both maintenance records and trips.")


# ---------------------------------------------------------------- machinery
def load(db: str) -> sqlite3.Connection:
    con = sqlite3.connect(":memory:")
    con.execute("PRAGMA foreign_keys = ON")
    with open(os.path.join(HERE, db + ".sql"), encoding="utf-8") as f:
        con.executescript(f.read())
    bad = con.execute("PRAGMA foreign_key_check").fetchall()
    if bad:
        raise SystemExit(f"{db}: foreign key violations {bad}")
    return con


def run(con, sql):
    cur = con.execute(sql)
    return [d[0] for d in cur.description], [list(r) for r in cur.fetchall()]


def top_level_order_by(sql: str) -> bool:
    s = re.sub(r"'(?:[^']|'')*'", "''", sql)
    while True:  # drop parenthesised parts (subqueries, function args)
        t = re.sub(r"\([^()]*\)", "", s)
        if t == s:
            break
        s = t
    return re.search(r"\border\s+by\b", s, re.IGNORECASE) is not None


def groups_from_keys(keys):
    out, g = [], 0
    for i, k in enumerate(keys):
        if i and k != keys[i - 1]:
            g += 1
        out.append(g)
    return out


def build_records(cons):
    recs, per_db = [], Counter()
    for spec in Q:
        db = spec["db"]
        rid = f"{db}-{per_db[db]:02d}"
        per_db[db] += 1
        cols, rows = run(cons[db], spec["sql"])
        rec = {"_id": rid, "db": db, "question": spec["question"], "category": spec["category"]}
        if spec["instructions"]:
            rec["instructions"] = spec["instructions"]
        ordered = top_level_order_by(spec["sql"])
        rec.update(gold_sql=spec["sql"], gold_columns=cols, gold_rows=rows, ordered=ordered)
        if ordered:
            if spec["order_key_cols"] is not None:
                keys = [tuple(r[i] for i in spec["order_key_cols"]) for r in rows]
            else:
                keys = [tuple(r) for r in run(cons[db], spec["order_key_sql"])[1]]
                assert len(keys) == len(rows), rid
            rec["order_groups"] = groups_from_keys(keys)
        rec["compare"] = "multiset"
        recs.append(rec)
    return recs


def check(recs, cons) -> list[str]:
    errs = []
    ids = [r["_id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate _id")
    cat = Counter((r["db"], r["category"]) for r in recs)
    for db in DBS:
        for c in CATEGORIES:
            if cat[(db, c)] != 3:
                errs.append(f"{db}/{c}: {cat[(db, c)]} questions, expected 3")
    for r in recs:
        rid, con = r["_id"], cons[r["db"]]
        if "now" in r["gold_sql"].lower():
            errs.append(f"{rid}: gold SQL mentions now")
        if ("instructions" in r) != (r["category"] == "instruct"):
            errs.append(f"{rid}: instructions present iff instruct")
        try:
            cols, rows = run(con, r["gold_sql"])
        except sqlite3.Error as e:
            errs.append(f"{rid}: {e}")
            continue
        if cols != r["gold_columns"]:
            errs.append(f"{rid}: columns {cols} != stored {r['gold_columns']}")
        if json.loads(json.dumps(rows)) != r["gold_rows"]:
            errs.append(f"{rid}: rows differ from stored")
        if not rows:
            errs.append(f"{rid}: empty gold result")
        if r["ordered"] != top_level_order_by(r["gold_sql"]):
            errs.append(f"{rid}: ordered flag wrong")
        if r["ordered"]:
            og = r.get("order_groups")
            if not og or len(og) != len(rows) or og != sorted(og):
                errs.append(f"{rid}: bad order_groups")
        elif "order_groups" in r:
            errs.append(f"{rid}: order_groups on unordered question")
        if r.get("compare") != "multiset":
            errs.append(f"{rid}: compare must be multiset")
    return errs


def main(argv):
    cons = {db: load(db) for db in DBS}
    path = os.path.join(HERE, "questions.jsonl")
    if "--write" in argv:
        recs = build_records(cons)
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    if "--sqlite" in argv:
        out = argv[argv.index("--sqlite") + 1]
        os.makedirs(out, exist_ok=True)
        for db, con in cons.items():
            dst = os.path.join(out, db + ".sqlite")
            if os.path.exists(dst):
                os.remove(dst)
            disk = sqlite3.connect(dst)
            con.backup(disk)
            disk.close()
    with open(path, encoding="utf-8") as f:
        recs = [json.loads(l) for l in f if l.strip()]
    errs = check(recs, cons)
    # the stored file should also agree with the specs above
    fresh = build_records(cons)
    if [json.dumps(r, sort_keys=True) for r in fresh] != [json.dumps(r, sort_keys=True) for r in recs]:
        errs.append("questions.jsonl differs from QUESTIONS in build.py (run with --write)")
    for e in errs:
        print("FAIL", e)
    print(json.dumps({"questions": len(recs), "by_category": dict(Counter(r["category"] for r in recs)),
                      "by_db": dict(Counter(r["db"] for r in recs)), "ok": not errs}))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
