"""Relational criteria: the parts of an instruction that linked tables decide, compiled to SQL by rules.

A document metadata field linked to a table column (``company`` = ``companies.name``) makes the
table's columns part of what an instruction can ask about. After the rule compiler has split the
instruction into criteria, each required or excluded criterion is read again against the linked
tables (and the tables one foreign key away, or sharing a column name) for the column conditions
it states (:func:`~heedful.relations.conditions.conditions`: numbers, years, starts in office, ages,
money, stored values, regions); "unless" negates the conditions after it, and "or" between
conditions makes alternatives ("and" binds first).

When every content word of the criterion is accounted for (its conditions, the tables' names, the
link field), the criterion becomes a :class:`~heedful.plan.relation.Relation` and leaves the text
criteria; when only some are, the relation is added and the rest stays a text criterion without the
predicate the tables now decide. A criterion about the linked things ("companies ...") that no column
can decide stays a text criterion, and the plan's notes say so; so does one whose conditions are one
side of an "or" the tables do not decide (as a filter they would drop what the other side keeps).

>>> import tempfile, pathlib
>>> from heedful.plan import compile_rules
>>> from heedful.relations import Link, TableCatalog
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "companies.csv").write_text("name,founded,employees,country\\nAcme,1998,1200,Germany\\nBolt,2012,800,France\\n")
>>> cat = TableCatalog(d / "ix"); _ = cat.add(d / "companies.csv", links=[Link("company", "companies", "name")])
>>> text = "Only companies founded after 2000 with more than 500 employees."
>>> plan = compile_relations(compile_rules(text, query="layoffs"), text, cat, {"company": "string"})
>>> plan.criteria, plan.relations[0].sql
((), 'SELECT DISTINCT companies.name, companies.founded, companies.employees FROM companies WHERE companies.founded > 2000 AND companies.employees > 500')
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from heedful.plan.criteria import Criterion
from heedful.plan.relation import Relation
from heedful.plan.schema import Plan
from heedful.relations.catalog import Link, TableCatalog, TableInfo
from heedful.relations.conditions import MONEY_COLUMN, Embed, conditions
from heedful.relations.words import (
    ENTITY_WORDS,
    FUNCTION_WORDS,
    Condition,
    about_people,
    name_column,
    names_table,
    one_column,
    singular,
    tokens,
    verb_root,
)

__all__ = ["Condition", "compile_relations", "conditions", "simple_select"]


def _neighbours(base: TableInfo, tables: Sequence[TableInfo], key: str,
                values: Mapping[tuple[str, str], Sequence[Any]]) -> list[tuple[TableInfo, str]]:
    """Tables one join from ``base``, with the join condition: a foreign key either way, else a
    shared column name that is a key on one side, else a text column whose values all are values of
    ``base.key`` (the linked column: a table of CEOs whose ``company`` column names companies)."""
    out: list[tuple[TableInfo, str]] = []
    keys = {v for v in values.get((base.name, key), ()) if isinstance(v, str)}
    for t in tables:
        if t.name == base.name:
            continue
        on = None
        for col, other, oc in base.foreign_keys:
            if other.lower() == t.name.lower() and oc:
                on = f"{t.name}.{oc} = {base.name}.{col}"
        for col, other, oc in t.foreign_keys:
            if on is None and other.lower() == base.name.lower() and oc:
                on = f"{t.name}.{col} = {base.name}.{oc}"
        if on is None:
            shared = {c.name.lower() for c in base.columns} & {c.name.lower() for c in t.columns}
            keyed = [c for c in shared if c in {k.lower() for k in (*base.primary_key, *t.primary_key)}]
            pick = sorted(keyed or shared)
            if len(pick) == 1:
                a, b = base.column(pick[0]), t.column(pick[0])
                assert a is not None and b is not None
                on = f"{t.name}.{b.name} = {base.name}.{a.name}"
        if on is None and keys:
            contained = [c.name for c in t.columns if c.is_text
                         and (vals := {v for v in values.get((t.name, c.name), ()) if isinstance(v, str)})
                         and len(vals) >= 2 and vals <= keys]
            if len(contained) == 1:
                on = f"{t.name}.{contained[0]} = {base.name}.{key}"
        if on:
            out.append((t, on))
    return out


def _where(conds: Sequence[Condition], text: str) -> str:
    """The conditions joined as the words join them: an "or" (without "and") between two conditions
    separates alternatives, anything else joins with AND, which binds first ("energy companies, or
    logistics companies with under 1,000 staff": energy OR (logistics AND staff < 1000)). "nor",
    "plus", "along with" and "as well as" separate too: excluding "X, nor Y" drops either; "X, plus
    anything Y" keeps either."""
    ordered = sorted(conds, key=lambda c: c.span)
    groups = [[ordered[0]]] if ordered else []
    for a, b in itertools.pairwise(ordered):
        gap = text[a.span[1]:b.span[0]]
        if re.search(r"\b(?:or|nor|plus|along\s+with|as\s+well\s+as|together\s+with)\b", gap, re.IGNORECASE) \
                and not re.search(r"\band\b", gap, re.IGNORECASE):
            groups.append([b])
        else:
            groups[-1].append(b)
    groups = [_one_list_per_column(g) for g in groups]
    if len(groups) < 2:
        return " AND ".join(c.sql() for c in groups[0]) if groups else ""
    alternatives = [" AND ".join(c.sql() for c in g) for g in groups]
    return "(" + " OR ".join(a if len(g) == 1 else f"({a})" for a, g in zip(alternatives, groups, strict=True)) + ")"


def _one_list_per_column(conds: Sequence[Condition]) -> list[Condition]:
    """Values of one column named apart in one group of conditions ANDed, as one list ("not only the
    software companies but also the robotics companies": sector IN both): a row holds one value, so
    both as equalities would keep nothing."""
    out: list[Condition] = []
    for c in conds:
        prev = next((o for o in out if (o.table, o.column) == (c.table, c.column) and not o.named and not c.named
                     and o.op in ("=", "in") and c.op in ("=", "in")), None)
        if prev is None:
            out.append(c)
            continue
        out[out.index(prev)] = prev.listed_with(c)
    return out


def _sql(link: Link, base: TableInfo, conds: Sequence[Condition], joins: Mapping[str, str], text: str,
         *, where: str | None = None) -> str:
    link_col = base.column(link.column)
    assert link_col is not None
    shown = [f"{base.name}.{link_col.name}"]
    for c in conds:
        ref = f"{c.table}.{c.column}"
        if ref not in shown:
            shown.append(ref)
    used = list(dict.fromkeys(c.table for c in conds if c.table != base.name))
    join = "".join(f" JOIN {t} ON {joins[t]}" for t in used)
    return f"SELECT DISTINCT {', '.join(shown)} FROM {base.name}{join} WHERE {where or _where(conds, text)}"


def _named(clause: str, table: TableInfo) -> bool:
    """Whether ``clause`` names ``table``, or, for a table of people (one with an age), any person."""
    return names_table(clause, table) or (table.column("age") is not None and about_people(clause, table))


def _content_words(text: str) -> list[str]:
    words = (re.sub(r"['’]s$", "", w) for w in re.findall(r"[a-z][a-z'’\-]*", text.lower()))  # "the CEO's": CEO
    return [w for w in words if w not in FUNCTION_WORDS and len(w) > 1]


def _cached(embed: Embed) -> Embed:
    """``embed`` that embeds each text once (column labels recur in every criterion)."""
    import numpy as np

    seen: dict[str, Any] = {}

    def run(texts: Sequence[str]) -> Any:
        todo = [t for t in dict.fromkeys(texts) if t not in seen]
        if todo:
            seen.update(zip(todo, embed(todo), strict=True))
        return np.stack([seen[t] for t in texts])

    return run


def compile_relations(plan: Plan, instruction: str, catalog: TableCatalog, fields: Mapping[str, str],
                      *, scan: int = 1000, embed: Embed | None = None, today: date | None = None,
                      values: Mapping[str, Sequence[str] | None] | None = None) -> Plan:
    """``plan`` with the criteria that linked tables decide turned into relations (see the module).

    ``fields``: the index's metadata fields; only links from these count. ``values``: the field
    values the rule compiler was given (a linked field listed there is filtered by the rules when
    the words name its values; otherwise names of the linked rows alone make a relation).
    ``scan``: distinct text values read per column to recognise named values. ``embed`` (the
    index's embedder) matches a column named in other words ("staff" for ``employees``). "Founded more than 20 years ago" counts
    back from the year of the plan's as-of date, else of ``today`` (None: the system date), and the
    plan's notes say which year.
    """
    embed = _cached(embed) if embed is not None else None
    links = [lk for lk in catalog.links() if lk.field in fields] if catalog.exists() else []
    if not links or not instruction or not plan.criteria:
        return plan
    tables = catalog.tables()
    by_name = {t.name.lower(): t for t in tables}
    criteria = list(plan.criteria)
    relations = list(plan.relations)
    notes = list(plan.notes)
    replaced: list[tuple[int, int, str]] = []
    blocked: list[tuple[int, int, str]] = []
    built: list[_Built] = []  # how each new relation was made, for unions
    all_values = catalog.text_values(scan)
    as_of = plan.time.as_of if plan.time is not None else None
    year = (as_of or today or date.today()).year
    # per link: the linked table, the tables one join away (with the join) and their text values
    known = {k: v for k, v in (values or {}).items() if v}  # the field values the rule compiler read
    linked: list[tuple[Link, TableInfo, list[tuple[TableInfo, str]], list[TableInfo],
                       dict[tuple[str, str], list[Any]]]] = []
    for link in links:
        base = by_name.get(link.table.lower())
        key = base.column(link.column) if base is not None else None
        if base is None or key is None:
            continue
        near = _neighbours(base, tables, key.name, all_values)
        scope = [base, *(t for t, _ in near)]
        names = {t.name for t in scope}
        linked.append((link, base, near, scope, {k: v for k, v in all_values.items() if k[0] in names}))

    # the widest criteria first: a criterion nested in one that became a relation goes with it
    def width(i: int) -> int:
        span = criteria[i].span
        return span[1] - span[0] if span else 0

    order = sorted(range(len(criteria)), key=lambda i: -width(i))
    kept_at: dict[int, Criterion] = {}
    for idx in order:
        crit = criteria[idx]
        if crit.span and any(a <= crit.span[0] and crit.span[1] <= b and pol == crit.polarity
                             for a, b, pol in replaced):
            continue
        if crit.span and any(a <= crit.span[0] and crit.span[1] <= b and pol == crit.polarity
                             for a, b, pol in blocked):
            kept_at[idx] = crit  # a part of an "or" the tables decide only in part: text, like the whole
            continue
        # "... Also include any company with ...": a preference that adds rows to what is required
        adds = crit.polarity == "prefer" and crit.span is not None and _ADDS.match(instruction, *crit.span) is not None
        if crit.span is None or crit.polarity not in ("require", "exclude") and not adds:
            kept_at[idx] = crit
            continue
        s, e = crit.span
        clause = instruction[s:e]
        # a criterion nested inside with the other polarity ("..., excluding the energy sector") is
        # not part of this one: it is read on its own
        for other in criteria:
            if (other.span and other.polarity != crit.polarity and s <= other.span[0] and other.span[1] <= e
                    and other.span != crit.span):
                a, b = other.span[0] - s, other.span[1] - s
                clause = clause[:a] + " " * (b - a) + clause[b:]
        done = False
        for link, base, near, scope, scope_values in linked:
            conds = conditions(clause, scope, scope_values, offset=s, embed=embed, year=year)
            if any(c.counted_back for c in conds):
                notes.append(f"years counted back from {year}"
                             + (" (the as-of date's year)" if as_of else " (this year)"))
            # a condition on the link column itself is a plain filter the rules handle when they know the
            # field's values (a small index); keep to the others then (the letters of a name are no
            # filter of the rules). Otherwise the stored names ("Only Acme Robotics and Coda Health")
            # select the linked rows, and what a name's words match besides ("Health": the health
            # sector) is part of the name
            own = [c for c in conds if c.table == base.name and c.column.lower() == link.column.lower()
                   and c.op not in ("ilike", "not ilike")]
            rest_conds = [c for c in conds if c not in own]
            if own and not known.get(link.field) and all(
                    any(n.span[0] <= c.span[0] and c.span[1] <= n.span[1] for n in own) for c in rest_conds):
                conds = own  # names alone: with other conditions, "and" may add rows ("X and other food firms")
            else:
                conds = rest_conds
            # a condition on a table one join away needs words that name it ("whose CEO ..."): "companies
            # that were at least 50 years old" is not about the CEO's age
            # (a stored name of a person is a person: "anything run by Greta Ward")
            conds = [c for c in conds if c.table == base.name or _named(clause, by_name[c.table.lower()])
                     or not c.named and c.column == name_column(by_name[c.table.lower()])]
            unless = _UNLESS.search(clause) if _UNLESS.search(crit.text) else None  # (the rules may have read it)
            if unless:  # "US companies unless they're in finance": the conditions after it are negated
                conds = [c.negated() if c.span[0] - s >= unless.end() else c for c in conds]
            negated = _negations(crit, clause, s, conds)
            if negated is None:
                notes.append(f"{clause!r}: a negation governs some of its conditions joined together; kept as a "
                             "text criterion")
                blocked.append((s, e, crit.polarity))
                break
            conds, polarity = negated
            named = tokens(base.name) | tokens(link.field)
            named |= {w for n in named for w in ENTITY_WORDS.get(n, ())}  # "firms" for companies
            around = {w for t in scope for w in tokens(t.name)}
            money = one_column(scope, MONEY_COLUMN)
            if money is not None and any((c.table, c.column) == (money[0].name, money[1]) for c in conds):
                around = around | _MONEY_WORDS  # "turnover" for revenue_usd
            entity = (named | around | {w for n in around for w in ENTITY_WORDS.get(n, ())}
                      | {w for c in conds for w in tokens(c.column)})  # "in the energy sector": sector
            if not conds:
                if tokens(clause) & named and _content_words(clause):
                    notes.append(f"{clause!r}: no column of the linked tables ({', '.join(t.name for t in scope)}) "
                                 "decides this; kept as a text criterion")
                continue
            rest = clause
            for c in sorted(conds, key=lambda c: -c.span[0]):
                a, b = c.span[0] - s, c.span[1] - s
                rest = rest[:a] + " " * (b - a) + rest[b:]
            left = [w for w in _content_words(rest) if w not in _GLUE and not {w, singular(w), w[:-1]} & entity
                    and not any(len(r) >= 5 and x.startswith(r) for x in entity for r in (w, verb_root(w)))]  # "employing"
            left += re.findall(r"\d[\d,.]*", rest)  # a number no condition read is a condition left
            said = tokens(clause) & (named | {w for c in conds for w in tokens(c.column)})
            if left and re.search(r"\bor\b", rest, re.IGNORECASE):
                # "robotics firms, or any company whose boss ...": the tables decide one side of an
                # "or"; as a filter it would drop what the other side keeps
                notes.append(f"{clause!r}: {', '.join(c.sql() for c in conds)} is one side of an 'or' whose other "
                             f"side ({' '.join(left)}) no column decides; kept as a text criterion")
                blocked.append((s, e, crit.polarity))
                break
            if left and not said and not any(c.named for c in conds):
                # "protests in France": a stored value, but nothing says it is the company's; a hard
                # filter on a guess would drop what the words are about
                notes.append(f"{clause!r}: {', '.join(c.sql() for c in conds)} would match the linked table, but the "
                             f"words do not say they are about {base.name}; kept as a text criterion")
                continue
            joins = {t.name: on for t, on in near}
            if adds and left:
                break  # a union with words no column decides cannot be a filter: the preference stays text
            rel_text = crit.text if not left else " and ".join(instruction[c.span[0]:c.span[1]] for c in conds)
            if polarity != crit.polarity and not left:  # a negation the rules took out of the words: the user's own
                rel_text = clause[_words_begin(crit, clause) or 0:].strip()
            if any(re.match(r"outside|non", instruction[c.span[0]:c.span[1]], re.IGNORECASE) for c in conds):
                # "only food companies from outside Europe": the condition reads "outside" as NOT IN, so
                # the polarity is what the sentence's other words say (the rules may have folded
                # "outside" into it already, or not)
                sentence = " ".join((re.split(r"[.;!?]", instruction[:s])[-1], rest, re.split(r"[.;!?]", instruction[e:])[0]))
                polarity = "exclude" if _EXCLUDE_CUE.search(sentence) else "require"
            relations.append(Relation(rel_text, "require" if adds else polarity, _sql(link, base, conds, joins, instruction),
                                      link.field, base.name, base.column(link.column).name,  # type: ignore[union-attr]
                                      span=(s, e) if not left else (conds[0].span[0], conds[-1].span[1])))
            built.append(_Built(len(relations) - 1, idx, link, base, conds, joins, bool(left), adds))
            if left:
                kept_at[idx] = dataclasses.replace(crit, predicate=None, kind="attribute", polarity=crit.polarity)
                notes.append(f"{clause!r}: {', '.join(c.sql() for c in conds)} runs as SQL on {base.name}; "
                             f"the rest ({' '.join(left)}) stays a text criterion")
            # criteria nested in this one read a part of what it read: they go with it, whole or partial
            # (a nested "European" alone would drop what "European companies founded before 1980" keeps)
            replaced.append((s, e, crit.polarity))
            done = True
            break
        if not done:
            kept_at[idx] = crit
    relations = _unite(relations, built, criteria, kept_at, notes, instruction)
    kept = [kept_at[i] for i in sorted(kept_at)]  # back in the plan's order
    if len(relations) == len(plan.relations) and notes == list(plan.notes):
        return plan
    return dataclasses.replace(plan, criteria=tuple(kept), relations=tuple(relations),
                               notes=tuple(dict.fromkeys(notes)))


#: a negation inside a requirement that the rule compiler left in its words ("firms that don't employ
#: over 300 people", "which aren't banks", "neither in retail nor ...")
_NEGATION = re.compile(r"(?:\b(?:not(?!\s+(?:only|just|necessarily)\b)|never|neither|nor|no\s+longer)\b|n['’]t\b)"
                       r"(?!\s+(?:exclude|skip|remove|drop|omit|ignore|leave|filter|rule|discard)\b)",  # "don't exclude": the rules'
                       re.IGNORECASE)
#: a negation before the words a requirement kept ("Keep no company that ..."): the rules read none
_LEAD_NEGATION = re.compile(r"\b(?:no|not|none|never|nothing)\b|n['’]t\b", re.IGNORECASE)


#: a relative clause's opening word: a negation after it is the clause's own ("firms that are not ...")
_RELATIVE = re.compile(r"\b(?:that|which|who|whose|where)\b", re.IGNORECASE)


def _negated_words(clause: str, m: re.Match[str]) -> str:
    """A negation with the word it is part of and the word after it ("isn't retail", "not founded"):
    what a criterion's text holds when the rules left the negation in it."""
    begin = m.start()
    while begin > 0 and (clause[begin - 1].isalnum() or clause[begin - 1] in "'’"):
        begin -= 1
    after = re.match(r"\s*\w+", clause[m.end():])
    return clause[begin:m.end() + (after.end() if after else 0)]


def _words_begin(crit: Criterion, clause: str) -> int | None:
    """Where the criterion's words begin in its clause, after the cue ("Only ", "Exclude "): the
    rules may have taken a negation out of them further on, so only the first word is looked for."""
    first = re.match(r"\W*(\w+)", crit.text)
    begin = re.search(r"\b" + re.escape(first.group(1)) + r"\b", clause, re.IGNORECASE) if first else None
    return begin.start() if begin else None


def _negations(crit: Criterion, clause: str, start: int, conds: Sequence[Condition]
               ) -> tuple[list[Condition], str] | None:
    """The conditions as the negations the rules left in a criterion's words govern them, and the
    polarity of the whole. A negation governs the condition right after it, with no "and", "or",
    "but" or comma between ("not based in Spain and have more than 600 employees": the employees are
    not negated); "nor" is one.

    In a requirement, one negation that governs every condition flips it to an exclusion
    ("firms that don't employ over 300 people": exclude employees > 300; "neither in retail nor run
    by a CEO under 40": exclude retail OR age < 40); each condition under its own negation, all are
    negated; one condition governed alone is negated ("firms of 900 staff or more which aren't
    banks": sector != 'finance').

    In an exclusion, a negation kept in its words negates the condition it governs ("Exclude firms
    in retail that were not founded before 1975": exclude retail AND founded >= 1975; "Keep no firm
    that is not in retail": exclude sector != 'retail'). When the rules made the exclusion of a
    negation they took out of the words (the first one: "firms whose sector isn't retail and that
    were not founded before 1975"), each condition is under its own negation, and all are negated
    and required.

    None, for text, where negations govern several of the conditions but not all, a negation
    governs no condition next to it, or one stands before the words a requirement kept: no single
    filter says that safely."""
    if not conds or not _NEGATION.search(crit.text):
        return list(conds), crit.polarity
    inside = [(c.span[0] - start, c.span[1] - start) for c in conds]
    negs = [m for m in _NEGATION.finditer(clause) if not any(a <= m.start() < b for a, b in inside)]

    def governs(m: re.Match[str], c: Condition) -> bool:  # right before it, no "and", "or", "but" or comma between
        at = c.span[0] - start
        return m.end() <= at and not re.search(r"[,;]|\b(?:and|or|but)\b", clause[m.end():at], re.IGNORECASE)

    if crit.polarity != "require":
        at = _words_begin(crit, clause)
        if at is None:
            return None
        first = min(c.span[0] - start for c in conds)
        # the negations of the criterion's words: after its first condition, or before it inside a
        # relative clause ("firms that are not in retail"); one before it elsewhere is the exclusion's
        # own cue ("I'm not interested in retail"), and "neither ... nor" goes on with that cue
        said = [m for m in negs if m.start() >= at and m.group(0).lower() not in ("nor", "neither")
                and (m.start() > first or _RELATIVE.search(clause, at, m.start()))]
        # one the rules took out of the words ("isn't retail" read as "is retail") made the exclusion
        folded = [m for m in said if _negated_words(clause, m).lower() not in crit.text.lower()]
        own = [m for m in said if m not in folded]
        if not own:
            return list(conds), crit.polarity
        under = [c for c in conds if any(governs(m, c) for m in own)]
        if not all(any(governs(m, c) for c in conds) for m in own):
            return None  # a negation that governs no condition next to it: its scope is unclear
        if not folded:
            return [c.negated() if c in under else c for c in conds], crit.polarity
        if crit.polarity == "exclude" and len(folded) == 1 and governs(folded[0], conds[0]) \
                and under == list(conds[1:]):
            return [c.negated() for c in conds], "require"
        return None
    at = clause.lower().find(crit.text.lower()[:20])
    if _LEAD_NEGATION.search(clause[:max(at, 0)]):
        return None  # a negation before the words the rules kept, in no form the rules read
    return _required_negations(conds, negs, governs)


def _required_negations(conds: Sequence[Condition], negs: Sequence[re.Match[str]],
                        governs: Callable[[re.Match[str], Condition], bool]) -> tuple[list[Condition], str] | None:
    """A requirement's conditions under the negations left in its words (see :func:`_negations`)."""
    under = [c for c in conds if any(governs(m, c) for m in negs)]
    if not under:
        return list(conds), "require"
    if len(under) == len(conds):
        own = [m for m in negs if any(governs(m, c) for c in conds)]
        one_each = len(own) == len(conds) and all(sum(governs(m, c) for m in own) == 1 for c in conds)
        if len(own) > 1 and one_each and not any(m.group(0).lower() in ("nor", "neither") for m in own):
            # "whose sector isn't retail and that were not founded before 1975": each condition its
            # own negation, all required (a single exclusion of both together would keep either alone)
            return [c.negated() for c in conds], "require"
        return list(conds), "exclude"
    if len(under) == 1:
        return [c.negated() if c is under[0] else c for c in conds], "require"
    return None


#: a sentence that adds rows to what the others require: "Also include any company with ...",
#: "Include firms run by X too", "Plus any bank founded before 1950"
_ADDS = re.compile(r"\W*(?:(?:also|additionally|in\s+addition)\W+(?:please\s+)?(?:include|add|keep|show|count)\b"
                   r"|(?:please\s+)?(?:include|add)\b[^.;!?]*\b(?:too|as\s+well|also)\b|plus\s+(?:any|all|every)\b)",
                   re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class _Built:
    """A relation made from a criterion: its place in the plan, its conditions and joins."""

    at: int  # index in the new relations
    crit: int  # index of the criterion in the plan
    link: Link
    base: TableInfo
    conds: Sequence[Condition]
    joins: Mapping[str, str]
    partial: bool  # words of the criterion are left as text
    adds: bool  # a preference that adds rows ("Also include ...")


def _unite(relations: list[Relation], built: Sequence[_Built], criteria: Sequence[Criterion],
           kept_at: dict[int, Criterion], notes: list[str], text: str) -> list[Relation]:
    """The relations that add rows ORed into the requirements on their link: "Show companies with
    revenue above $2.5bn. Also include any company with more than 5,000 employees" keeps either.
    Without a requirement made wholly of conditions on that link, an addition stays a text
    preference (a union with a text criterion cannot be a filter)."""
    drop: set[int] = set()
    out = list(relations)
    for link in dict.fromkeys(b.link for b in built if b.adds):
        adds = [b for b in built if b.adds and b.link == link]
        reqs = [b for b in built if not b.adds and b.link == link and relations[b.at].polarity == "require"]
        if not reqs or any(b.partial for b in reqs):
            for add in adds:
                drop.add(add.at)
                kept_at[add.crit] = criteria[add.crit]
                notes.append(f"{text[slice(*relations[add.at].span or (0, 0))]!r} adds rows to a requirement the "
                             "tables do not wholly decide; kept as a text preference")
            continue
        required = " AND ".join(f"({_where(b.conds, text)})" if len(reqs) > 1 else _where(b.conds, text) for b in reqs)
        where = " OR ".join([f"({required})", *(f"({_where(b.conds, text)})" for b in adds)])
        parts = [*reqs, *adds]
        spans = [relations[b.at].span for b in parts if relations[b.at].span]
        out[reqs[0].at] = dataclasses.replace(
            relations[reqs[0].at], text=" or ".join(relations[b.at].text for b in parts),
            sql=_sql(link, reqs[0].base, [c for b in parts for c in b.conds],
                     {k: v for b in parts for k, v in b.joins.items()}, text, where=where),
            span=(min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None)  # type: ignore[index]
        drop |= {b.at for b in parts[1:]}
    return [r for i, r in enumerate(out) if i not in drop]


#: "unless", "except when": what follows is a condition the kept rows do not meet
_UNLESS = re.compile(r"\bunless\b|\bexcept\s+(?:if|when|where)\b|\bbut\s+keep\s+(?:them|those|it|any)\s+(?:if|when|where)\b",
                     re.IGNORECASE)
#: words left around conditions that add none: how users open and link them ("limit results to",
#: "I'm only interested in", "firms run by a CEO", "in the retail business")
_GLUE = frozenset((
    "limit", "limited", "restrict", "restricted", "show", "care", "interested", "anything", "anyone",
    "i'm", "they're", "it's", "unless", "except", "run", "led", "headed", "managed", "business",
    "businesses", "industry", "industries", "sector", "sectors", "bringing", "earning", "making",
    "taking", "generating", "brings", "earns", "makes", "takes", "generates",
    "annual", "annually", "yearly", "where", "whose", "if", "every", "each", "give", "keep", "current",
    "currently", "pulling", "small", "mid-sized", "midsize", "mid-size", "large", "big", "inclusive",
    "could", "would", "someone", "somebody", "nothing", "tiny", "giant", "giants", "huge",
    "don't", "dont", "though", "kindly", "pls", "plz", "thx", "thanks", "looking", "meaning", "included",
    "both", "plus", "am", "interesting", "everything", "else", "regardless", "along", "well", "other",
    "alternatively", "otherwise", "instead", "already", "i'd", "we'd", "grateful", "thankful", "appreciate", "appreciated",
    # negations: read by _negations, never words of their own
    "isn't", "aren't", "wasn't", "weren't", "doesn't", "didn't", "hasn't", "haven't",
))
#: the words that name an amount of money's column, whatever the column is called
_MONEY_WORDS = frozenset(("revenue", "revenues", "turnover", "sales", "income", "earnings", "money"))
#: what makes a criterion an exclusion in the words before it ("leave out", "not interested in")
_EXCLUDE_CUE = re.compile(r"\b(?:not|no|never|exclude|excluding|except|skip|drop|ignore|leave|omit|without|"
                          r"avoid|remove|discard|disregard)\b", re.IGNORECASE)


#: words that ask for more than the rows that meet conditions (a count, an order, an aggregate)
_BEYOND_ROWS = re.compile(
    r"\b(?:how\s+many|how\s+much|count|number\s+of|total|sum|average|mean|median|ratio|share|percent(?:age)?|"
    r"proportion|most|least|top|highest|lowest|largest|smallest|biggest|best|worst|first|last|per|each|"
    r"order(?:ed)?|sort(?:ed)?|rank(?:ed)?|group(?:ed)?|max(?:imum)?|min(?:imum)?|distinct|unique|compare|"
    r"difference|both|neither|without|never|not|no)\b", re.IGNORECASE)
_ASKING = frozenset((
    "which", "what", "list", "show", "give", "find", "return", "get", "display", "tell", "me",
    "all", "every", "rows", "row", "records", "record", "entries", "entry",
))


def simple_select(question: str, catalog: TableCatalog, *, scan: int = 1000) -> str | None:
    """SQL for a question that only asks for the rows of one table meeting simple conditions
    ("Which companies were founded after 2000 and have more than 500 employees?"), or None.

    None whenever any content word is left unexplained, or the question asks for a count, an
    order, an aggregate or a negation: those go to the LLM.
    """
    if _BEYOND_ROWS.search(question):
        return None
    tables = catalog.tables()
    words = [singular(w) for w in re.findall(r"[a-z]+", question.lower())]
    named = {singular(t.name.lower()): t for t in tables}
    subject = next((named[w] for w in words if w in named), None)  # the table the question names first
    if subject is None:
        return None
    base = subject
    values = catalog.text_values(scan)
    key = base.primary_key[0] if len(base.primary_key) == 1 else base.columns[0].name
    near = _neighbours(base, tables, key, values)
    scope = [base, *(t for t, _ in near)]
    conds = conditions(question, scope, {k: v for k, v in values.items() if k[0] in {t.name for t in scope}},
                       year=date.today().year)
    if not conds:
        return None
    rest = question
    for c in sorted(conds, key=lambda c: -c.span[0]):
        rest = rest[: c.span[0]] + " " * (c.span[1] - c.span[0]) + rest[c.span[1]:]
    known = tokens(base.name) | {w for c in conds for w in tokens(c.column)} | {w for t in scope for w in tokens(t.name)}
    left = [w for w in _content_words(rest) if w not in _ASKING and w not in known and singular(w) not in known]
    if left:
        return None
    joins = {t.name: on for t, on in near}
    used = list(dict.fromkeys(c.table for c in conds if c.table != base.name))
    join = "".join(f" JOIN {t} ON {joins[t]}" for t in used)
    return f"SELECT DISTINCT {base.name}.* FROM {base.name}{join} WHERE {' AND '.join(c.sql() for c in conds)}"
