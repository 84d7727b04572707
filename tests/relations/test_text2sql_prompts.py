"""The text-to-SQL prompts, read without running the model."""

from __future__ import annotations

from heedful.models.base import Generation, Generator
from heedful.relations.text2sql import TextToSQL, asked_rounding, share_of_total


def _no_model():
    raise AssertionError("building a prompt must not load the model")


def test_a_repair_repeats_the_first_prompt_and_adds_the_query_and_its_error(catalog):
    writer = TextToSQL(catalog, _no_model)
    first, _ = writer.messages("What did each customer spend in total?")
    repair = writer.repair_messages(first, "SELECT total FROM customer", "customer has no column total")
    assert repair[0] == first[0]
    # the same opening, word for word, so llama.cpp reuses what it read for the first prompt
    assert repair[1]["content"].startswith(first[1]["content"] + "\n\n")
    assert repair[1]["content"][len(first[1]["content"]):] == (
        "\n\nThis query was written for the question but fails:\n```sql\nSELECT total FROM customer\n```\n"
        "Error: customer has no column total\n\nWrite the corrected query in a ```sql block: change what the "
        "error names. Every column must belong to the table it is qualified with; join a table through its "
        "keys to reach a column it does not have.")


class _Writes(Generator):
    """Replies with one fixed query: what the model wrote, for what TextToSQL does with it."""

    name = "writes"

    def __init__(self, sql: str, runs_on: bool = False) -> None:
        self.sql, self.runs_on = sql, runs_on
        self.prompts: list[str] = []
        self.systems: list[str] = []

    def generate(self, messages, *, max_tokens=512, json_schema=None, logprobs=False, temperature=0.0, seed=0):
        self.prompts.append(messages[-1]["content"])
        self.systems.append(messages[0]["content"])
        # runs_on: the model wrote until the token limit, without closing its block
        if self.runs_on:
            return Generation(f"```sql\n{self.sql}", prompt_tokens=1, generated_tokens=max_tokens)
        return Generation(f"```sql\n{self.sql}\n```", prompt_tokens=1, generated_tokens=1)

    def yes_probability(self, messages):
        raise AssertionError("text-to-SQL asks no yes/no question")


def test_what_the_check_repaired_comes_with_the_answer(catalog):
    writer = TextToSQL(catalog, _Writes("SELECT COUNT(*) FROM orders WHERE customer.name = 'Ana'"))
    answer = writer.answer("How many orders did Ana place?")
    assert answer.rows == [(2,)]
    assert answer.written == "SELECT COUNT(*) FROM orders WHERE customer.name = 'Ana'"
    assert answer.sql == "SELECT COUNT(*) FROM orders JOIN customer ON orders.cid = customer.cid WHERE customer.name = 'Ana'"
    assert answer.notes == (("customer.name: customer was not joined; joined on the key it shares "
                             "(orders.cid = customer.cid)"),)
    assert answer.to_dict()["notes"] == list(answer.notes)


def test_a_query_cut_off_at_the_token_limit_is_retried_with_the_line_it_kept_repeating(catalog):
    looped = "SELECT COUNT(*) FROM orders\nWHERE cid = 1\n" + "  AND total > 1\n" * 5 + "  AND total >"
    answer = TextToSQL(catalog, _Writes(looped, runs_on=True), attempts=1).answer("How many orders?")
    assert answer.rows == []
    assert answer.error.endswith("; the query was cut off at 400 tokens: it repeats AND total > 1 5 times; "
                                 "write each condition once")
    cut = "SELECT COUNT(*) FROM orders WHERE cid ="
    answer = TextToSQL(catalog, _Writes(cut, runs_on=True), attempts=1).answer("How many orders?")
    assert answer.error.endswith("; the query was cut off at 400 tokens: write a shorter query")


def test_a_share_asked_for_divides_by_all_rows_not_by_the_rows_left_out(catalog):
    written = ("SELECT CAST(SUM(CASE WHEN total > 10 THEN 1 ELSE 0 END) AS REAL) / "
               "NULLIF(SUM(CASE WHEN total <= 10 THEN 1 ELSE 0 END), 0) FROM orders")
    answer = TextToSQL(catalog, _Writes(written)).answer("What fraction of orders are over 10?")
    assert answer.written == written  # what the model wrote is kept; what ran divides by all rows
    assert answer.sql == ("SELECT CAST(SUM(CASE WHEN total > 10 THEN 1 ELSE 0 END) AS DOUBLE) / NULLIF(COUNT(*), 0) "
                          "FROM orders")
    assert answer.notes[0] == ("the question asks for a part of the whole: divided by the count of all rows, not by "
                               "the rows that do not meet the condition")
    # a ratio of one part to the other is asked as written; so is a share of parts that are not each
    # other's negation
    other = written.replace("total <= 10", "total > 20")
    for question, sql in (("What is the ratio of orders over 10 to the others?", written), ("What share?", other)):
        assert TextToSQL(catalog, _Writes(sql)).answer(question).notes == ()


def test_a_query_cut_off_in_a_loop_is_shown_to_its_repair_up_to_the_loop_only(catalog):
    looped = "SELECT name, city, tier, city, tier, city, tier, city, tier, city, tier, ci"
    writer = _Writes(looped, runs_on=True)
    answer = TextToSQL(catalog, writer, attempts=2).answer("Which customers are there?")
    assert answer.error is not None
    assert "```sql\nSELECT name, city, tier ...\n```" in writer.prompts[1]
    assert looped not in writer.prompts[1]


def test_a_date_format_the_question_names_writes_the_truncated_dates_in_it(catalog):
    writer = _Writes("SELECT DATE_TRUNC('month', joined) AS month, COUNT(*) AS n FROM customer "
                     "GROUP BY month ORDER BY month")
    answer = TextToSQL(catalog, writer).answer("How many customers joined each month? Give the month as YYYY-MM.")
    assert answer.rows == [("2021-03", 1), ("2022-07", 1)]
    assert answer.notes[0] == ("the question asks for dates as YYYY-MM: DATE_TRUNC('MONTH', joined) written "
                               "in that form")
    # without a format named, the dates stay dates
    plain = TextToSQL(catalog, writer).answer("How many customers joined each month?")
    assert [r[0].isoformat()[:7] for r in plain.rows] == ["2021-03", "2022-07"] and plain.notes == ()


def test_a_repair_that_fails_with_the_same_error_is_followed_by_a_fresh_start_without_the_query(catalog):
    writer = _Writes("SELECT COUNT(*) FROM placed_orders")
    answer = TextToSQL(catalog, writer, attempts=3).answer("How many orders are there?")
    error = "unknown table placed_orders (tables: companies, customer, orders)"
    assert [e for _, e in answer.attempts] == [error, error, error]
    first, repair, fresh = writer.prompts
    assert repair.startswith(first) and "```sql\nSELECT COUNT(*) FROM placed_orders\n```" in repair
    # the third prompt has the task and the error, not the query, under a system prompt without the idioms
    assert fresh == first + "\n\nA query written for this question failed twice with: " + error + \
        "\n\nWrite a new query that avoids it."
    assert "Idioms" in writer.systems[0] and "Idioms" not in writer.systems[2]
    assert writer.systems[2].endswith("Write the query in a ```sql block, with no explanation.")


def test_a_query_that_copies_the_idioms_example_tables_is_followed_by_a_fresh_start(catalog):
    writer = _Writes("SELECT DATE_TRUNC('month', placed_on) AS month, COUNT(*) FROM orders GROUP BY month")
    answer = TextToSQL(catalog, writer, attempts=2).answer("How many orders were placed each month?")
    error = "column placed_on is not in the tables of its FROM clause (orders); no table has it"
    assert [e for _, e in answer.attempts] == [error, error]
    first, fresh = writer.prompts
    assert fresh == first + "\n\nA query written for this question failed with: " + error + \
        "\n\nWrite a new query that avoids it."
    assert "Idioms" in writer.systems[0] and "Idioms" not in writer.systems[1]


def test_values_the_question_asks_rounded_are_rounded_when_the_query_does_not(catalog):
    writer = _Writes("SELECT c.name, AVG(o.total) AS spent, COUNT(*) AS n FROM customer c JOIN orders o ON o.cid = c.cid "
                     "GROUP BY c.name")
    answer = TextToSQL(catalog, writer).answer("What did each customer spend on average, rounded to one decimal place?")
    assert sorted(answer.rows) == [("Ana", 10.0, 2), ("Ben", 30.0, 1)]
    assert answer.sql.startswith("SELECT c.name, ROUND(AVG(o.total), 1) AS spent, COUNT(*) AS n FROM")
    assert answer.notes[0] == "the question asks for values rounded to 1 decimal place: AVG(o.total) rounded so"
    # a value the query rounds itself, and a question that asks for no rounding, are left as written
    assert asked_rounding("SELECT ROUND(AVG(x), 2) FROM t", "Average, rounded to 1 decimal place?")[1] is None
    assert asked_rounding("SELECT AVG(x) FROM t", "What is the average round-trip fare?")[1] is None
    # what the check repairs is written back as it was read: a DATEDIFF with its unit first
    assert asked_rounding("SELECT AVG(DATEDIFF(day, opened, closed)) AS days FROM ticket",
                          "How long is a ticket open on average? Round to one decimal place.") == (
        "SELECT ROUND(AVG(DATEDIFF(day, opened, CLOSED)), 1) AS days FROM ticket",
        "the question asks for values rounded to 1 decimal place: AVG(DATEDIFF(day, opened, CLOSED)) rounded so")


def test_a_percentage_of_a_part_divides_by_all_rows_too():
    sql, note = share_of_total("SELECT SUM(CASE WHEN paid THEN 1 ELSE 0 END) * 100.0 / SUM(CASE WHEN NOT paid THEN 1 "
                               "ELSE 0 END) AS pct FROM bill", "What percentage of bills are paid?")
    assert sql == "SELECT SUM(CASE WHEN paid THEN 1 ELSE 0 END) * 100.0 / COUNT(*) AS pct FROM bill"
    assert note is not None
