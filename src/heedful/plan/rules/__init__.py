"""The rule compiler: an instruction in plain language -> a :class:`~heedful.plan.schema.Plan`.

Deterministic, model-free and fast (a few milliseconds). The instruction is split into sentences
and clauses; each clause gets a polarity from its cue words ("only", "are not relevant",
"prefer", "avoid", ...), and decidable parts become predicates: time expressions, numeric
comparisons, formats (a dollar amount, an award), places and nationalities, and named things
bound by a relation ("developed by Blue Harbor Games", "lists saffron as an ingredient").
References to the collection's own metadata fields become hard filters; nothing else does.
Whatever the rules cannot decide stays a text criterion with the span of its words: no part of
the instruction is dropped.

>>> plan = compile_rules("Relevant paragraphs are about Portuguese jazz singers. "
...                      "Singers based in Porto are not relevant.", query="Portuguese jazz singers")
>>> [(c.polarity, c.kind, c.text) for c in plan.criteria]
[('require', 'topic', 'Portuguese jazz singers'), ('exclude', 'place', 'singers based in Porto')]
>>> plan.criteria[1].predicate.to_dict()
{'mentions': ['Porto']}
"""

from __future__ import annotations

from heedful.plan.rules.compiler import FIELD_TYPES, MAX_INSTRUCTION_CHARS, compile_rules
from heedful.plan.rules.extract.formats import FORMAT_PATTERNS

__all__ = ["FIELD_TYPES", "FORMAT_PATTERNS", "MAX_INSTRUCTION_CHARS", "compile_rules"]
