"""Questions over tables: text-to-SQL with the local LLM, checked against the schema, retried on error.

A question that only asks for the rows of one table meeting simple comparisons ("which companies
were founded after 2000 and have more than 500 employees?") is written by rules, with no model call
(:func:`~heedful.relations.criteria.simple_select`). Otherwise the model sees a schema prompt
(``CREATE TABLE`` statements with column descriptions, keys and a few sample values, and the join
keys), then the question, its instructions, and the table values the question names. It writes
PostgreSQL; :func:`~heedful.relations.guard.check_select` refuses anything but one SELECT over
existing tables and columns, the catalog runs it read-only under a row and a time limit, and a
refusal or an engine error goes back to the model as a repair task with the message, up to
``attempts`` tries in all (a repair samples, seeded, since the greedy model mostly repeats itself).

Large schemas are cut to the tables the question is about (schema linking): tables score by the
question words found in their names, column names, descriptions and values; the best ones are kept
with the tables their foreign keys reach. Small schemas are shown whole, in the same order every
time, so llama.cpp reuses the schema prefix from one question to the next.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from heedful.errors import SQLError
from heedful.relations.asked import asked_format, asked_rounding, share_of_total
from heedful.relations.catalog import QueryResult, TableCatalog, TableInfo
from heedful.relations.guard import DIALECT, KEY_COLUMN

if TYPE_CHECKING:
    from heedful.models.base import Generator

__all__ = ["SQLAnswer", "TextToSQL", "asked_format", "asked_rounding", "extract_sql", "share_of_total"]

#: the schema prompt (in characters) above which only the tables the question is about are shown
SCHEMA_BUDGET = 3500
#: at most this many tables after schema linking (plus those their foreign keys reach)
LINKED_TABLES = 6
#: sample values shown per text column, and the longest one shown
SAMPLES = 3
SAMPLE_CHARS = 40
#: distinct values read per text column to find the ones a question names
VALUE_SCAN = 500
#: sampling temperature of a repair (the first try is greedy)
REPAIR_TEMPERATURE = 0.7

#: SQL idioms a small model gets wrong, each shown once on tables of our own (a shop's): the
#: schema the questions run on never appears here
_IDIOMS = (
    "Idioms, shown on other tables (orders(id, customer_id, region, shipped, placed_on, price, weight), "
    "customer(id, name)):\n"
    "- ratio of shipped orders to unshipped ones: SELECT CAST(SUM(CASE WHEN shipped THEN 1 ELSE 0 END) AS REAL) "
    "/ NULLIF(SUM(CASE WHEN NOT shipped THEN 1 ELSE 0 END), 0) AS ratio FROM orders\n"
    "- each region's share of all orders: SELECT region, CAST(COUNT(*) AS REAL) / NULLIF((SELECT COUNT(*) "
    "FROM orders), 0) AS share FROM orders GROUP BY region\n"
    "- ratio of customers to orders: SELECT CAST((SELECT COUNT(*) FROM customer) AS REAL) / NULLIF((SELECT "
    "COUNT(*) FROM orders), 0) AS ratio\n"
    "- price per unit of weight of each order: SELECT id, CAST(price AS REAL) / NULLIF(weight, 0) AS ratio "
    "FROM orders\n"
    "- customers with orders in both 'North' and 'South': SELECT c.name FROM customer c JOIN orders o ON "
    "o.customer_id = c.id WHERE o.region IN ('North', 'South') GROUP BY c.name HAVING COUNT(DISTINCT o.region) = 2\n"
    "- orders per month: SELECT DATE_TRUNC('month', placed_on) AS month, COUNT(*) AS orders FROM orders "
    "GROUP BY month ORDER BY month\n"
)
_SYSTEM_RULES = (
    "You are an expert data analyst. You write one PostgreSQL SELECT query that answers the user's "
    "question from the tables below, and nothing else.\n"
    "- Use only the tables and columns shown, and only the tables the question needs.\n"
    "- Every JOIN condition compares a column of one table with a column of another, through their keys.\n"
    "- Compare text with the values stored in the tables.\n"
    "- Add no condition the question does not state. Instructions say how to write what the question "
    "asks; they add no conditions of their own.\n"
    "- Select what the question asks for: for 'which X', a name or id of X; add the value it asks "
    "about (a count, a total, a computed ratio) as another column.\n"
    "- A ratio or a share divides as real numbers: CAST(... AS REAL), and NULLIF(..., 0) below.\n"
)
_SYSTEM = _SYSTEM_RULES + _IDIOMS + "Write the query in a ```sql block, with no explanation."
#: the system prompt of a fresh start (below), without the idioms: a model stuck on a query copies
#: their tables (``orders``, ``placed_on``) into tables that have none
_SYSTEM_FRESH = _SYSTEM_RULES + "Write the query in a ```sql block, with no explanation."
#: what a fresh start adds after the task: the error a repair could not get past, not the query
_FRESH = "A query written for this question failed {times}with: {error}\n\nWrite a new query that avoids it."
#: the names that mark the idioms' example tables (generic ones, id, name, price, are left out: a
#: model may guess those for a schema without them on its own)
_IDIOM_NAMES = frozenset(("orders", "customer", "customer_id", "placed_on", "shipped"))
#: what a repair adds after the first prompt's task (which it repeats word for word, so llama.cpp
#: reuses the tokens it already read for it: a repair reads about a hundred new tokens, not the schema)
_REPAIR = (
    "This query was written for the question but fails:\n```sql\n{sql}\n```\nError: {error}\n\n"
    "Write the corrected query in a ```sql block: change what the error names. Every column must "
    "belong to the table it is qualified with; join a table through its keys to reach a column it "
    "does not have."
)
#: refusals that mean the model wrote a change, not a question: repairing them is pointless
_WRITES = ("only a query (SELECT) may run", "one statement at a time", "SELECT ... INTO writes a table")
_TYPES = {"VARCHAR": "text", "DOUBLE": "real", "BIGINT": "bigint", "INTEGER": "integer"}
_WORD = re.compile(r"[A-Za-z0-9]+")
_STOP = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "for", "from", "has", "have",
    "how", "i", "in", "is", "it", "its", "list", "many", "me", "much", "of", "on", "or", "show",
    "that", "the", "their", "them", "there", "these", "this", "those", "to", "was", "were", "what",
    "when", "where", "which", "who", "whose", "with", "all", "any", "each", "every", "give",
    "find", "return", "get", "number", "count", "total",
))


@dataclass(frozen=True)
class SQLAnswer:
    """A question's answer from the tables: the SQL that ran (DuckDB dialect), what the model wrote,
    the rows, or the error that stopped it; ``attempts`` lists every SQL tried with its error."""

    question: str
    sql: str | None
    columns: tuple[str, ...] = ()
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    error: str | None = None
    written: str | None = None
    truncated: bool = False
    tables: tuple[str, ...] = ()
    attempts: tuple[tuple[str, str | None], ...] = ()
    cost: dict[str, float] = field(default_factory=dict)
    written_by: str = "llm"  # or "rules": a simple question answered without the model
    notes: tuple[str, ...] = ()  # what the check repaired in the SQL that ran (a join added, ...)

    def to_dict(self) -> dict[str, Any]:
        return {"sql": self.sql, "columns": list(self.columns), "rows": [list(r) for r in self.rows],
                "error": self.error, "truncated": self.truncated, "tables": list(self.tables),
                "attempts": [{"sql": s, "error": e} for s, e in self.attempts], "cost": dict(self.cost),
                "written_by": self.written_by, "notes": list(self.notes)}


#: the most a query may take to write, in tokens (the longest sql-eval gold query takes about 150)
_SQL_TOKENS = 400


def _runaway(sql: str, generated: int | None, limit: int) -> str:
    """What to add to a failed query's error when the model ran on until the token limit: that it
    was cut off, and the line it kept repeating (a small model can loop on one condition).
    """
    if generated is None or generated < limit:
        return ""
    lines = [line.strip() for line in sql.splitlines() if len(line.strip()) > 3]
    line, count = max(((x, lines.count(x)) for x in dict.fromkeys(lines)), key=lambda c: c[1], default=("", 0))
    repeats = f": it repeats {line} {count} times; write each condition once" if count >= 3 else \
        ": write a shorter query"
    return f"; the query was cut off at {limit} tokens{repeats}"


def _same_failure(before: str | None, now: str) -> bool:
    """Whether two errors name one failure: alike up to the first parenthesis, where the tables
    read or the columns held are listed (those change as a repair joins another table).

    >>> _same_failure("column paid is not in the tables of its FROM clause (bill); no table has it",
    ...               "column paid is not in the tables of its FROM clause (bill, pet); no table has it")
    True
    """
    return before is not None and before.split(" (")[0] == now.split(" (")[0]


def copied_idioms(sql: str, catalog_names: set[str]) -> list[str]:
    """The names of the idioms' example tables (``orders``, ``placed_on``) that ``sql`` reads and the
    catalog does not have: a small model at a loss copies the example rather than the schema, and a
    repair shown that query under the same idioms mostly copies it again.

    >>> copied_idioms("SELECT DATE_TRUNC('day', placed_on), COUNT(*) FROM orders GROUP BY 1", {"match", "played"})
    ['orders', 'placed_on']
    >>> copied_idioms("SELECT region FROM orders", {"orders", "region"})
    []
    """
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import SqlglotError

    try:
        tree = sqlglot.parse_one(sql, read=DIALECT)
    except SqlglotError:
        return []
    read = {t.name.lower() for t in tree.find_all(exp.Table)} | {c.name.lower() for c in tree.find_all(exp.Column)}
    return sorted(n for n in read & _IDIOM_NAMES if n not in catalog_names)


def before_loop(text: str, shortest: int = 8) -> str:
    """``text`` cut after the first round of the loop it ends in, when it ends repeating one stretch
    (of ``shortest`` characters or more) at least three times, with ``...`` where the rest was; else
    ``text`` as it is. A query the model wrote until the token limit, shown this way in the repair
    prompt, is not there for the model to copy loop and all.

    >>> before_loop("SELECT name, city, tier, city, tier, city, tier, city, tier, city, ti")
    'SELECT name, city, tier ...'
    >>> before_loop("SELECT a FROM t")
    'SELECT a FROM t'
    """
    n = len(text)
    for period in range(shortest, n // 3 + 1):
        tail = n - 3 * period
        if all(text[i] == text[i + period] for i in range(tail, n - period)):
            start = tail
            while start > 0 and text[start - 1] == text[start - 1 + period]:
                start -= 1
            return text[: start + period].rstrip() + " ..."
    return text


def extract_sql(reply: str) -> str:
    """The SQL in a model's reply: the first ```sql block, else from the first SELECT/WITH on.

    >>> extract_sql("Here it is:\\n```sql\\nSELECT 1;\\n```\\nDone.")
    'SELECT 1'
    >>> extract_sql("SELECT name FROM t WHERE x = 2;")
    'SELECT name FROM t WHERE x = 2'
    """
    block = re.search(r"```(?:sql|SQL|postgresql)?\s*\n?(.*?)(?:```|$)", reply, re.DOTALL)
    text = block.group(1) if block else reply
    start = re.search(r"\b(WITH|SELECT)\b", text, re.IGNORECASE)
    if start:
        text = text[start.start():]
    return text.strip().rstrip(";").strip()


def _words(text: str) -> set[str]:
    out = set()
    for w in _WORD.findall(text.lower()):
        if w in _STOP or len(w) < 2:
            continue
        out.add(w)
        if len(w) > 3 and w.endswith("s"):
            out.add(w[:-1])
        for part in w.split("_"):
            out.add(part)
    return out


def _name_words(name: str) -> set[str]:
    return _words(name.replace("_", " "))


def _literal(value: Any) -> str:
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return str(value)


class TextToSQL:
    """Answers questions over the tables of one :class:`TableCatalog` with a :class:`Generator`.

    Args:
        catalog: the tables.
        llm: the model that writes SQL (greedy, so the same question gives the same SQL).
        attempts: tries per question (the first, then one per error message); five, because on
            the sixteen questions of our sets 7-11 (bench/data/sql-fresh-*) that the packaged
            model failed three times, the fourth and fifth tries got five through, and only a
            failing question pays for them.
        limit: most rows returned; ``timeout``: seconds a query may run.
    """

    def __init__(self, catalog: TableCatalog, llm: Generator | Callable[[], Generator], *, attempts: int = 5,
                 limit: int = 1000, timeout: float = 10.0) -> None:
        self.catalog = catalog
        self._llm = llm
        self.attempts = max(1, attempts)
        self.limit = limit
        self.timeout = timeout
        self._ddl: dict[str, str] = {}

    @property
    def llm(self) -> Generator:
        """The model, loaded on first use when given as a loader (a question rules answer needs none)."""
        from heedful.models.base import Generator

        if not isinstance(self._llm, Generator):
            self._llm = self._llm()
        return self._llm

    def _names(self) -> set[str]:
        """The catalog's table and column names, lower case."""
        return {n.lower() for t in self.catalog.tables() for n in (t.name, *(c.name for c in t.columns))}

    # -- the schema prompt -------------------------------------------------------------------

    def _text_values(self) -> dict[tuple[str, str], list[Any]]:
        """Distinct values of every text column (up to VALUE_SCAN each), most frequent first."""
        return self.catalog.text_values(VALUE_SCAN)

    def table_ddl(self, table: TableInfo) -> str:
        """One table as a commented ``CREATE TABLE`` statement."""
        if table.name in self._ddl:
            return self._ddl[table.name]
        values = self._text_values()
        lines = []
        fks = {col: (other, oc) for col, other, oc in table.foreign_keys}
        for c in table.columns:
            typ = _TYPES.get(c.type.upper(), c.type.lower())
            parts = [f"  {c.name} {typ}"]
            if table.primary_key == (c.name,):
                parts.append(" PRIMARY KEY")
            if c.name in fks and fks[c.name][1]:
                parts.append(f" REFERENCES {fks[c.name][0]}({fks[c.name][1]})")
            notes = []
            if c.description:
                notes.append(c.description.strip())
            shown = [v for v in values.get((table.name, c.name), []) if len(str(v)) <= SAMPLE_CHARS][:SAMPLES]
            if shown:
                notes.append("e.g. " + ", ".join(_literal(v) for v in shown))
            line = "".join(parts)
            lines.append(line + ("," if c is not table.columns[-1] or len(table.primary_key) > 1 else "")
                         + (f" -- {'; '.join(notes)}" if notes else ""))
        if len(table.primary_key) > 1:
            lines.append(f"  PRIMARY KEY ({', '.join(table.primary_key)})")
        ddl = f"CREATE TABLE {table.name} (\n" + "\n".join(lines) + "\n);"
        self._ddl[table.name] = ddl
        return ddl

    def link_tables(self, question: str) -> list[TableInfo]:
        """The tables to show for ``question``: all of them when their schema fits SCHEMA_BUDGET,
        else the best-scoring ones and the tables their foreign keys reach."""
        tables = self.catalog.tables()
        if sum(len(self.table_ddl(t)) for t in tables) <= SCHEMA_BUDGET:
            return tables
        asked = _words(question)
        values = self._text_values()
        scored = []
        for t in tables:
            score = 3.0 * len(asked & _name_words(t.name))
            for c in t.columns:
                score += 1.0 * len(asked & _name_words(c.name))
                score += 0.5 * len(asked & _words(c.description))
                for v in values.get((t.name, c.name), [])[:VALUE_SCAN]:
                    if isinstance(v, str) and len(v) >= 3 and v.lower() in question.lower():
                        score += 2.0
                        break
            scored.append((score, t))
        ranked = [t for s, t in sorted(scored, key=lambda st: -st[0]) if s > 0][:LINKED_TABLES] or tables[:LINKED_TABLES]
        keep = {t.name for t in ranked}
        by_name = {t.name: t for t in tables}
        for t in list(ranked):  # the tables that tie the kept ones together
            for _, other, _ in t.foreign_keys:
                keep.add(other)
        for t in tables:  # and link tables that point at two kept tables
            if len({other for _, other, _ in t.foreign_keys} & keep) >= 2:
                keep.add(t.name)
        return [by_name[n] for n in (t.name for t in tables) if n in keep]

    def join_keys(self, tables: Sequence[TableInfo]) -> list[str]:
        """Columns that join ``tables``: declared foreign keys, and identifier-like columns (named
        ``*id``, ``*code``, ``*key``) that two or more tables share by name, as ``a.x = b.x``."""
        names = {t.name for t in tables}
        out: list[str] = []
        for t in tables:
            for col, other, oc in t.foreign_keys:
                if other in names and oc:
                    out.append(f"{t.name}.{col} = {other}.{oc}")
        shared: dict[str, list[str]] = {}
        for t in tables:
            for c in t.columns:
                key = c.name.lower()
                if KEY_COLUMN.search(key) and key not in ("id",):
                    shared.setdefault(key, []).append(f"{t.name}.{c.name}")
        for refs in shared.values():
            if len(refs) > 1:
                out.append(" = ".join(refs))
        return list(dict.fromkeys(out))

    def value_hints(self, question: str, tables: Sequence[TableInfo]) -> list[str]:
        """``table.column = 'value'`` for stored text values the question names (case aside)."""
        lowered = question.lower()
        hints = []
        names = {t.name for t in tables}
        for (table, column), vals in self._text_values().items():
            if table not in names:
                continue
            for v in vals:
                if isinstance(v, str) and len(v) >= 3 and re.search(
                        r"(?<![A-Za-z0-9])" + re.escape(v.lower()) + r"(?![A-Za-z0-9])", lowered):
                    hints.append(f"{table}.{column} = {_literal(v)}")
        return hints[:12]

    def _task(self, tables: Sequence[TableInfo], question: str, instructions: str | None) -> list[str]:
        """The parts every prompt opens with: the tables (with their join keys), the question, its
        instructions."""
        schema = "\n\n".join(self.table_ddl(t) for t in tables)
        joins = self.join_keys(tables)
        if joins:
            schema += "\n\nJoin keys: " + "; ".join(joins)
        task = [f"Tables:\n{schema}", f"Question: {question.strip()}"]
        if instructions:
            task.append(f"Instructions: {instructions.strip()}")
        return task

    def messages(self, question: str, instructions: str | None = None) -> tuple[list[dict[str, str]], list[str]]:
        """The chat messages for ``question`` and the tables they show."""
        tables = self.link_tables(question)
        user = self._task(tables, question, instructions)
        hints = self.value_hints(question, tables)
        if hints:
            user.append("Values stored in the tables that the question names: " + "; ".join(hints))
        return ([{"role": "system", "content": _SYSTEM}, {"role": "user", "content": "\n\n".join(user)}],
                [t.name for t in tables])

    def fresh_messages(self, messages: Sequence[Mapping[str, str]], error: str, *,
                       twice: bool = True) -> list[dict[str, str]]:
        """The prompt of a fresh start, when a repair failed with the error it was to fix (``twice``)
        or a query copied the idioms' example tables: the first prompt's task under a system prompt
        without the idioms, and the error, without the query (a small model shown its query mostly
        writes it again)."""
        note = _FRESH.format(times="twice " if twice else "", error=error)
        return [{"role": "system", "content": _SYSTEM_FRESH},
                {"role": "user", "content": messages[-1]["content"] + "\n\n" + note}]

    def repair_messages(self, messages: Sequence[Mapping[str, str]], sql: str, error: str) -> list[dict[str, str]]:
        """The prompt that fixes a failed query: the first prompt's system text and task, then the
        query and the engine's or the check's message as a task to edit, in the same user turn (a
        chat to continue makes a small greedy model mostly write the same query again). Sharing the
        first prompt's opening lets llama.cpp reuse what it read for it."""
        system, user = messages[0], messages[-1]
        return [dict(system), {"role": "user", "content": user["content"] + "\n\n"
                               + _REPAIR.format(sql=sql, error=error)}]

    # -- answering ------------------------------------------------------------------------------

    def answer(self, question: str, *, instructions: str | None = None) -> SQLAnswer:
        """Write SQL for ``question``, check it, run it; retry with the error message.

        A question that only asks for the rows of one table meeting simple comparisons is written
        by rules (:func:`~heedful.relations.criteria.simple_select`), without the model."""
        from heedful.relations.criteria import simple_select

        start = time.perf_counter()
        ruled = None if instructions else simple_select(question, self.catalog)
        if ruled is not None:
            try:
                res = self.catalog.query(ruled, dialect=DIALECT, limit=self.limit, timeout=self.timeout)
            except SQLError:
                res = None
            if res is not None:
                cost = {"llm_calls": 0.0, "prompt_tokens": 0.0, "generated_tokens": 0.0,
                        "seconds": round(time.perf_counter() - start, 3)}
                return SQLAnswer(question, res.sql, res.columns, res.rows, None, ruled, res.truncated,
                                 (), ((ruled, None),), cost, "rules")
        first, tables = self.messages(question, instructions)
        messages = first
        cost = {"llm_calls": 0.0, "prompt_tokens": 0.0, "generated_tokens": 0.0}
        attempts: list[tuple[str, str | None]] = []
        result: QueryResult | None = None
        written = ""
        error: str | None = None
        for attempt in range(self.attempts):
            # the first try is greedy; a repair samples (seeded: the same question gives the same
            # answer), because a small greedy model asked to fix a query mostly writes it again
            gen = self.llm.generate(messages, max_tokens=_SQL_TOKENS, temperature=REPAIR_TEMPERATURE if attempt else 0.0,
                                    seed=attempt)
            cost["llm_calls"] += 1
            cost["prompt_tokens"] += gen.prompt_tokens or 0
            cost["generated_tokens"] += gen.generated_tokens or 0
            written = extract_sql(gen.text)
            asked, share = share_of_total(written, question)
            asked, form = asked_format(asked, question)
            asked, rounded = asked_rounding(asked, question)
            try:
                result = self.catalog.query(asked, dialect=DIALECT, limit=self.limit, timeout=self.timeout)
                attempts.append((written, None))
                error = None
                break
            except SQLError as exc:
                error = str(exc) + _runaway(written, gen.generated_tokens, _SQL_TOKENS)
                attempts.append((written, error))
                if error.startswith(_WRITES):  # the question asks to change the tables: no repair answers it
                    error = f"{error}; the tables are read-only here: ask a question that reads them"
                    break
                if len(attempts) >= 2 and _same_failure(attempts[-2][1], error):  # the repair did not get past it
                    messages = self.fresh_messages(first, error)
                    continue
                if copied_idioms(written, self._names()):  # a repair under the same idioms copies them again
                    messages = self.fresh_messages(first, error, twice=False)
                    continue
                shown = before_loop(written) if (gen.generated_tokens or 0) >= _SQL_TOKENS else written
                messages = self.repair_messages(first, shown, error)
        cost["seconds"] = round(time.perf_counter() - start, 3)
        if result is None:
            return SQLAnswer(question, None, error=error, written=written or None, tables=tuple(tables),
                             attempts=tuple(attempts), cost=cost)
        return SQLAnswer(question, result.sql, result.columns, result.rows, None, written, result.truncated,
                         tuple(tables), tuple(attempts), cost,
                         notes=tuple(n for n in (share, form, rounded) if n) + result.notes)
