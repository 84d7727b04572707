"""Instruction tests: a YAML file of expectations about how your own index follows instructions.

Write down, once, what a query with an instruction must return, and check it after every
re-index, model change or upgrade (``heedful test-instructions FILE``, or
:func:`assert_instructions` inside pytest)::

    index: ./my-index                 # optional, relative to this file; --index overrides it
    k: 10                             # optional default depth of every case
    cases:
      - name: lyon bakeries excluded
        query: french bakeries
        instruction: Skip bakeries based in Lyon.
        filters: ["year >= 1990"]     # optional, as in `heedful search --filter`
        k: 10                         # optional; at least every k and rank below
        expect:
          in_top: {k: 3, ids: [d1, d4]}      # each id ranks 1..3
          below: {rank: 5, ids: [d7]}        # each id ranks after 5, or is absent
          not_in_top: {k: 10, ids: [d9]}     # each id ranks after 10, or is absent
          order: [d1, d4]                    # d1 ranks above d4 (an absent later id counts as below)
          plan_contains: {polarity: exclude, mentions: Lyon}

``in_top``, ``below``, ``not_in_top`` and ``plan_contains`` also take a list of such mappings.
``plan_contains`` matches when one criterion of the relevance plan returned with the results has
every given key: ``polarity`` and ``kind`` exactly, ``text`` as a case-insensitive substring of the
criterion text, ``mentions`` anywhere in the criterion text or its predicate. An id that is not in
the index fails its case, so a typo cannot make ``below`` pass silently.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heedful._optional import require
from heedful.errors import ConfigError, HeedfulError, InputError, ParseError

if TYPE_CHECKING:
    from heedful.engine import Engine
    from heedful.models.base import Embedder

__all__ = ["Case", "CaseFile", "CaseResult", "assert_instructions", "format_report", "load_cases", "run_cases"]

DEFAULT_K = 10
_TOP_KEYS = ("index", "k", "cases")
_CASE_KEYS = ("name", "query", "instruction", "filters", "k", "expect")
_EXPECT_KEYS = ("in_top", "below", "not_in_top", "order", "plan_contains")
_PLAN_KEYS = ("polarity", "kind", "text", "mentions")
# expectation -> the key holding its cut-off
_CUTOFF = {"in_top": "k", "below": "rank", "not_in_top": "k"}


@dataclass(frozen=True)
class Case:
    """One instruction test: a search and what its results must satisfy.

    ``in_top``, ``below`` and ``not_in_top`` hold ``(cut-off, ids)`` pairs; ``k`` is the search
    depth, never smaller than a cut-off.
    """

    name: str
    query: str
    instruction: str | None = None
    k: int = DEFAULT_K
    filters: tuple[Any, ...] = ()
    in_top: tuple[tuple[int, tuple[str, ...]], ...] = ()
    below: tuple[tuple[int, tuple[str, ...]], ...] = ()
    not_in_top: tuple[tuple[int, tuple[str, ...]], ...] = ()
    order: tuple[str, ...] = ()
    plan_contains: tuple[Mapping[str, str], ...] = ()

    def ids(self) -> list[str]:
        """Every document id the case names, in first-seen order."""
        seen: dict[str, None] = {}
        for groups in (self.in_top, self.below, self.not_in_top):
            for _, ids in groups:
                seen.update(dict.fromkeys(ids))
        seen.update(dict.fromkeys(self.order))
        return list(seen)


@dataclass(frozen=True)
class CaseFile:
    """The cases of one YAML file and the index it names (resolved against the file's folder)."""

    path: Path
    cases: tuple[Case, ...]
    index: Path | None = None

    def __iter__(self) -> Iterator[Case]:
        return iter(self.cases)

    def __len__(self) -> int:
        return len(self.cases)


@dataclass(frozen=True)
class CaseResult:
    """How one case went: ``failures`` says precisely what did not hold; ``ids`` are the top hits."""

    case: Case
    failures: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    seconds: float = 0.0
    plan: Mapping[str, Any] | None = field(default=None, repr=False)

    @property
    def passed(self) -> bool:
        return not self.failures

    def __str__(self) -> str:
        head = f"{'PASS' if self.passed else 'FAIL'}  {self.case.name}"
        return "\n".join([head, *(f"      - {f}" for f in self.failures)])


# ---------------------------------------------------------------------------- loading
class _Where:
    """Builds error messages that name the file, the case and the key."""

    def __init__(self, path: str, case: str | None = None) -> None:
        self.path, self.case = path, case

    def error(self, key: str, problem: str) -> ConfigError:
        parts = [self.path, self.case, key]
        return ConfigError(": ".join(p for p in parts if p) + f": {problem}")


def _positive(where: _Where, key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise where.error(key, f"must be a positive integer, got {value!r}")
    return value


def _text(where: _Where, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise where.error(key, f"must be a string, got {value!r}")
    return value


def _id_list(where: _Where, key: str, value: Any) -> tuple[str, ...]:
    items = [value] if isinstance(value, (str, int)) and not isinstance(value, bool) else value
    if not isinstance(items, list) or not items:
        raise where.error(key, f"must be a document id or a non-empty list of ids, got {value!r}")
    out = []
    for item in items:
        if isinstance(item, bool) or not isinstance(item, (str, int)) or str(item) == "":
            raise where.error(key, f"{item!r} is not a document id; quote ids that YAML reads as other types")
        out.append(str(item))
    return tuple(out)


def _keys(where: _Where, key: str, data: Any, allowed: Sequence[str], required: Sequence[str] = ()) -> None:
    if not isinstance(data, Mapping):
        raise where.error(key, f"must be a mapping, got {data!r}")
    for name in data:
        if name not in allowed:
            raise where.error(key, f"unknown key {name!r}; use one of {', '.join(allowed)}")
    for name in required:
        if name not in data:
            raise where.error(key, f"missing key {name!r}")


def _groups(where: _Where, key: str, value: Any) -> tuple[tuple[int, tuple[str, ...]], ...]:
    cut = _CUTOFF[key]
    items = value if isinstance(value, list) else [value]
    out = []
    for i, item in enumerate(items):
        sub = f"expect.{key}" + (f"[{i}]" if isinstance(value, list) else "")
        _keys(where, sub, item, (cut, "ids"), required=(cut, "ids"))
        out.append((_positive(where, f"{sub}.{cut}", item[cut]), _id_list(where, f"{sub}.ids", item["ids"])))
    return tuple(out)


def _plan_matchers(where: _Where, value: Any) -> tuple[Mapping[str, str], ...]:
    items = value if isinstance(value, list) else [value]
    out = []
    for i, item in enumerate(items):
        sub = "expect.plan_contains" + (f"[{i}]" if isinstance(value, list) else "")
        _keys(where, sub, item, _PLAN_KEYS)
        if not item:
            raise where.error(sub, f"is empty; give at least one of {', '.join(_PLAN_KEYS)}")
        out.append({k: _text(where, f"{sub}.{k}", v) for k, v in item.items()})
    return tuple(out)


def _filters(where: _Where, value: Any) -> tuple[Any, ...]:
    from heedful.errors import FilterError
    from heedful.store.filters import Filter, parse_filter

    if not isinstance(value, list):
        raise where.error("filters", f'must be a list such as ["source = cnn.com"], got {value!r}')
    out: list[Any] = []
    for i, item in enumerate(value):
        try:
            if isinstance(item, str):
                out.append(parse_filter(item))
            elif isinstance(item, Mapping):
                out.append(Filter.from_dict(dict(item)))
            else:
                raise FilterError(f"{item!r} is neither a string nor a mapping")
        except FilterError as exc:
            raise where.error(f"filters[{i}]", str(exc)) from None
    return tuple(out)


def _case(path: str, n: int, data: Any, default_k: int | None) -> Case:
    name = data.get("name") if isinstance(data, Mapping) else None
    where = _Where(path, f"case {n}" + (f" {name!r}" if isinstance(name, str) else ""))
    if not isinstance(data, Mapping):
        raise where.error("", f"must be a mapping with name, query and expect, got {data!r}")
    _keys(where, "", data, _CASE_KEYS, required=("name", "expect"))
    name = _text(where, "name", data["name"]).strip()
    if not name:
        raise where.error("name", "must not be empty")
    query = _text(where, "query", data.get("query", ""))
    instruction = data.get("instruction")
    if instruction is not None:
        instruction = _text(where, "instruction", instruction)
    if not query.strip() and not (instruction or "").strip():
        raise where.error("query", "give a query, an instruction or both")
    filters = _filters(where, data["filters"]) if "filters" in data else ()
    expect = data["expect"]
    _keys(where, "expect", expect, _EXPECT_KEYS)
    if not expect:
        raise where.error("expect", f"is empty; give at least one of {', '.join(_EXPECT_KEYS)}")
    groups = {key: _groups(where, key, expect[key]) if key in expect else () for key in _CUTOFF}
    order: tuple[str, ...] = ()
    if "order" in expect:
        order = _id_list(where, "expect.order", expect["order"])
        if len(order) < 2:
            raise where.error("expect.order", f"needs at least two ids, got {list(order)!r}")
        if len(set(order)) != len(order):
            raise where.error("expect.order", f"lists an id twice: {list(order)!r}")
    plan = _plan_matchers(where, expect["plan_contains"]) if "plan_contains" in expect else ()
    needed = max([cut for gs in groups.values() for cut, _ in gs], default=1)
    if "k" in data:
        k = _positive(where, "k", data["k"])
        for key, gs in groups.items():
            for cut, _ in gs:
                if cut > k:
                    raise where.error(f"expect.{key}.{_CUTOFF[key]}",
                                      f"{cut} exceeds the case's k={k}; raise k or lower the cut-off")
    else:
        k = max(default_k or DEFAULT_K, needed)
    return Case(name, query, instruction, k, filters, groups["in_top"], groups["below"],
                groups["not_in_top"], order, plan)


def load_cases(path: str | os.PathLike[str]) -> CaseFile:
    """Read and validate an instruction-test YAML file.

    Raises:
        InputError: the file does not exist.
        ParseError: the file is not valid YAML (names the line).
        ConfigError: the cases do not fit the schema; the message names the file, the case and
            the key, e.g. ``tests.yaml: case 2 'etna': expect.below.rank: must be a positive
            integer, got 0``.
    """
    yaml = require("yaml", purpose="instruction tests")
    p = Path(path)
    name = os.fspath(p)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"instruction test file {name} does not exist") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise ParseError(name, mark.line + 1 if mark else 1, f"invalid YAML: {problem}") from None
    where = _Where(name)
    if not isinstance(data, Mapping):
        got = "an empty file" if data is None else f"a {type(data).__name__}"
        raise where.error("", f"expected a mapping with a 'cases' list, got {got}")
    _keys(where, "", data, _TOP_KEYS, required=("cases",))
    cases = data["cases"]
    if not isinstance(cases, list) or not cases:
        raise where.error("cases", f"must be a non-empty list of cases, got {cases!r}")
    default_k = _positive(where, "k", data["k"]) if "k" in data else None
    index = None
    if data.get("index") is not None:
        index = p.parent / _text(where, "index", data["index"])
    parsed = [_case(name, n, c, default_k) for n, c in enumerate(cases, 1)]
    seen: dict[str, int] = {}
    for n, c in enumerate(parsed, 1):
        if c.name in seen:
            raise _Where(name, f"case {n} {c.name!r}").error(
                "name", f"is already the name of case {seen[c.name]}; names must be unique")
        seen[c.name] = n
    return CaseFile(p, tuple(parsed), index)


# ---------------------------------------------------------------------------- checking
def _where_is(doc: str, ranks: Mapping[str, int], k: int) -> str:
    r = ranks.get(doc)
    return f"{doc} ranks {r}" if r is not None else f"{doc} is not in the results (top {k})"


def _criterion_matches(criterion: Mapping[str, Any], matcher: Mapping[str, str]) -> bool:
    text = str(criterion.get("text", ""))
    for key, want in matcher.items():
        if key in ("polarity", "kind"):
            if str(criterion.get(key, "")).lower() != want.lower():
                return False
        elif key == "text":
            if want.lower() not in text.lower():
                return False
        else:  # mentions: the criterion text or anything in its predicate
            haystack = text + " " + json.dumps(criterion.get("predicate"), ensure_ascii=False, default=str)
            if want.lower() not in haystack.lower():
                return False
    return True


def _describe(matcher: Mapping[str, str]) -> str:
    return ", ".join(f"{k}={v!r}" for k, v in matcher.items())


def _plan_dict(plan: Any) -> Mapping[str, Any] | None:
    if plan is None:
        return None
    if hasattr(plan, "to_dict"):
        plan = plan.to_dict()
    return plan if isinstance(plan, Mapping) else None


def _check(case: Case, ids: Sequence[str], plan: Mapping[str, Any] | None) -> list[str]:
    ranks = {doc: r for r, doc in enumerate(ids, 1)}
    fails: list[str] = []
    for n, group in case.in_top:
        for doc in group:
            if ranks.get(doc, n + 1) > n:
                fails.append(f"{_where_is(doc, ranks, case.k)}, expected in the top {n}")
    for r, group in case.below:
        for doc in group:
            if doc in ranks and ranks[doc] <= r:
                fails.append(f"{doc} ranks {ranks[doc]}, expected below {r}")
    for n, group in case.not_in_top:
        for doc in group:
            if doc in ranks and ranks[doc] <= n:
                fails.append(f"{doc} ranks {ranks[doc]}, expected outside the top {n}")
    for a, b in zip(case.order, case.order[1:]):
        if a not in ranks:
            fails.append(f"{_where_is(a, ranks, case.k)}, expected above {b}")
        elif b in ranks and ranks[b] < ranks[a]:
            fails.append(f"{a} ranks {ranks[a]}, expected above {b} (rank {ranks[b]})")
    for matcher in case.plan_contains:
        if plan is None:
            fails.append(f"plan_contains {_describe(matcher)}: the engine returned no relevance plan "
                         "for this search, so the plan cannot be checked")
            continue
        criteria = [c for c in plan.get("criteria", []) if isinstance(c, Mapping)]
        if not any(_criterion_matches(c, matcher) for c in criteria):
            have = "; ".join(f"{c.get('polarity')} {c.get('kind')} {str(c.get('text'))!r}" for c in criteria)
            fails.append(f"plan_contains {_describe(matcher)}: no criterion of the plan matches "
                         f"(it has {len(criteria)}: {have or 'none'})")
    return fails


def run_cases(cases: CaseFile | Sequence[Case], engine: Engine) -> list[CaseResult]:
    """Run every case against ``engine``; a case whose search raises fails with the error text.

    >>> [str(r) for r in run_cases(load_cases("tests.yaml"), engine)]  # doctest: +SKIP
    ['PASS  lyon bakeries excluded', 'FAIL  volcano in Italy\\n      - d1 ranks 1, expected below 3']
    """
    cases = list(cases)
    known: set[str] | None = None
    if any(c.ids() for c in cases):
        known = set(engine.store.doc_hashes())
    results = []
    for case in cases:
        unknown = [d for d in case.ids() if known is not None and d not in known]
        t = time.perf_counter()
        try:
            res = engine.search(case.query, instruction=case.instruction, filters=list(case.filters), k=case.k)
        except HeedfulError as exc:
            results.append(CaseResult(case, (f"search raised {type(exc).__name__}: {exc}",),
                                      seconds=time.perf_counter() - t))
            continue
        seconds = time.perf_counter() - t
        plan = _plan_dict(res.plan)
        fails = [f"{d} is not in the index (check the id)" for d in unknown]
        fails += _check(case, res.ids, plan)
        results.append(CaseResult(case, tuple(fails), tuple(res.ids), seconds, plan))
    return results


def format_report(results: Sequence[CaseResult], *, failed_only: bool = False) -> str:
    """One ``PASS``/``FAIL`` line per case, each failure indented below it, then a count.

    >>> print(format_report(results))  # doctest: +SKIP
    PASS  lyon bakeries excluded
    FAIL  volcano in Italy
          - d1 ranks 1, expected below 3
    2 cases: 1 passed, 1 failed
    """
    lines = [str(r) for r in results if not (failed_only and r.passed)]
    failed = sum(not r.passed for r in results)
    lines.append(f"{len(results)} case{'s' if len(results) != 1 else ''}: "
                 f"{len(results) - failed} passed, {failed} failed")
    return "\n".join(lines)


def assert_instructions(path: str | os.PathLike[str], engine: Engine | None = None, *,
                        index: str | os.PathLike[str] | None = None,
                        embedder: Embedder | None = None) -> list[CaseResult]:
    """Run an instruction-test file and raise :class:`AssertionError` listing every failed case.

    The engine is ``engine``, else the index at ``index``, else the file's ``index:``.

    >>> def test_my_instructions(engine):  # doctest: +SKIP
    ...     assert_instructions("tests/instructions.yaml", engine)
    """
    cases = load_cases(path)
    if engine is None:
        from heedful.engine import Engine

        where = index if index is not None else cases.index
        if where is None:
            raise ConfigError(f"{cases.path} names no index; pass engine= or index=, or add 'index: DIR'")
        engine = Engine.open(Path(where), create=False, embedder=embedder)
    results = run_cases(cases, engine)
    failed = [r for r in results if not r.passed]
    if failed:
        raise AssertionError(
            f"{len(failed)} of {len(results)} instruction tests failed in {cases.path}:\n"
            + format_report(results, failed_only=True)
        )
    return results
