"""TREC runs and qrels: read, write, and rank them the same way everywhere.

A run maps ``qid -> docid -> score``; qrels map ``qid -> docid -> relevance``. Everything in
:mod:`heedful.eval` orders a run by score descending and breaks ties by docid ascending
(:func:`ranked`), so a run written with :func:`write_run`, scored by :func:`~heedful.eval.evaluate`
and compared by :func:`~heedful.eval.p_mrr` is always the same ranking.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Any, TypeAlias

from heedful.errors import InputError, ParseError

__all__ = ["Qrels", "RankedLists", "Run", "RunLike", "check_token", "ranked", "read_qrels", "read_run", "write_run"]

Run: TypeAlias = dict[str, dict[str, float]]
"""qid -> docid -> score (higher is better)."""

Qrels: TypeAlias = dict[str, dict[str, int]]
"""qid -> docid -> graded relevance (0 = judged non-relevant)."""

RankedLists: TypeAlias = Mapping[str, Sequence[Any]]
"""qid -> sequence of ``(docid, score)`` pairs or of objects with ``.id`` and ``.score`` (Hit)."""

RunLike: TypeAlias = Mapping[str, Mapping[str, float]] | RankedLists

_BEIR_HEADER = ("query-id", "corpus-id", "score")


def ranked(scores: Mapping[str, float]) -> list[tuple[str, float]]:
    """One query's documents in rank order: score descending, then docid ascending.

    >>> ranked({"d2": 1.0, "d1": 1.0, "d3": 2.5})
    [('d3', 2.5), ('d1', 1.0), ('d2', 1.0)]
    """
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


def _as_scores(qid: str, docs: Any) -> dict[str, float]:
    if isinstance(docs, Mapping):
        return {str(d): float(s) for d, s in docs.items()}
    out: dict[str, float] = {}
    for item in docs:
        if hasattr(item, "id") and hasattr(item, "score"):
            docid, score = item.id, item.score
        else:
            try:
                docid, score = item
            except (TypeError, ValueError):
                raise InputError(
                    f"query {qid!r}: cannot read {item!r} as a ranked document; "
                    "give (docid, score) pairs or hits with .id and .score"
                ) from None
        docid = str(docid)
        if docid in out:
            raise InputError(f"query {qid!r} lists document {docid!r} twice; a run ranks each once")
        out[docid] = float(score)
    return out


def check_token(what: str, value: str) -> None:
    """Refuse a run field that TREC's whitespace-separated lines cannot hold (empty, or with spaces)."""
    if not value or any(c.isspace() for c in value):
        raise InputError(
            f"{what} {value!r} is empty or contains whitespace, which the TREC run format "
            "cannot hold; rename it, or write JSON lines (--format jsonl)"
        )


def write_run(run_or_ranked_lists: RunLike, path_or_file: str | os.PathLike[str] | IO[str], *,
              tag: str) -> None:
    """Write a run in TREC format: ``qid Q0 docid rank score tag``, one line per document.

    Queries are written in qid order; within a query ranks go 1..n by score descending with ties
    broken by docid ascending, so the same run always gives the same file. Scores are written in
    Python's shortest round-trip form, so :func:`read_run` gives back the exact floats.

    Args:
        run_or_ranked_lists: a :data:`Run`, or ``qid -> [(docid, score), ...]`` or ``qid -> [Hit, ...]``.
        path_or_file: a path (overwritten) or an open text file.
        tag: the run name in the last column (no whitespace).

    >>> import io; f = io.StringIO()
    >>> write_run({"q1": {"d2": 0.5, "d1": 0.5, "d3": 2.0}}, f, tag="bm25")
    >>> print(f.getvalue(), end="")
    q1 Q0 d3 1 2.0 bm25
    q1 Q0 d1 2 0.5 bm25
    q1 Q0 d2 3 0.5 bm25
    """
    check_token("tag", tag)
    lines: list[str] = []
    for qid in sorted(run_or_ranked_lists, key=str):
        qid_s = str(qid)
        check_token("query id", qid_s)
        for rank, (docid, score) in enumerate(ranked(_as_scores(qid_s, run_or_ranked_lists[qid])), 1):
            check_token(f"query {qid_s!r}: document id", docid)
            lines.append(f"{qid_s} Q0 {docid} {rank} {score!r} {tag}\n")
    if hasattr(path_or_file, "write"):
        path_or_file.writelines(lines)  # type: ignore[union-attr]
    else:
        with open(path_or_file, "w", encoding="utf-8") as f:  # type: ignore[arg-type]
            f.writelines(lines)


def _lines(path: str | os.PathLike[str]) -> Iterable[tuple[int, str]]:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                yield n, line.rstrip("\r\n")


def read_run(path: str | os.PathLike[str]) -> Run:
    """Read a TREC run file (``qid Q0 docid rank score tag``) into a :data:`Run`.

    The rank column is ignored, as trec_eval does: the order comes from the scores.

    Raises:
        ParseError: a line without 6 columns, a score that is not a number, or a document
            listed twice for one query; the message names the file and the line.
    """
    name = os.fspath(path)
    run: Run = {}
    for n, line in _lines(path):
        parts = line.split()
        if len(parts) != 6:
            raise ParseError(name, n, f"expected 6 columns 'qid Q0 docid rank score tag', got {len(parts)}")
        qid, _, docid, _, score, _ = parts
        try:
            value = float(score)
        except ValueError:
            raise ParseError(name, n, f"score {score!r} is not a number") from None
        docs = run.setdefault(qid, {})
        if docid in docs:
            raise ParseError(name, n, f"document {docid!r} appears twice for query {qid!r}")
        docs[docid] = value
    return run


def _relevance(name: str, n: int, value: str) -> int:
    try:
        return int(value)
    except ValueError:
        pass
    try:
        as_float = float(value)
    except ValueError:
        as_float = float("nan")
    if as_float.is_integer():
        return int(as_float)
    raise ParseError(name, n, f"relevance {value!r} is not an integer")


def read_qrels(path: str | os.PathLike[str]) -> Qrels:
    """Read relevance judgments: BEIR TSV or TREC qrels, told apart by the first line.

    * BEIR: header ``query-id<TAB>corpus-id<TAB>score``, then ``qid<TAB>docid<TAB>rel`` rows
      (a file of 3-column rows without the header is read the same way).
    * TREC: ``qid iteration docid rel`` (whitespace separated; the iteration column is ignored).

    Every judged pair is kept, zeros included, so the judged pool stays explicit.

    Raises:
        ParseError: a row with the wrong number of columns, a non-integer relevance, or the same
            (query, document) pair judged twice; the message names the file and the line.
    """
    name = os.fspath(path)
    qrels: Qrels = {}
    ncols: int | None = None
    for n, line in _lines(path):
        if ncols is None:
            header = tuple(c.lower() for c in line.split())
            if header == _BEIR_HEADER:
                ncols = 3
                continue
            ncols = 3 if len(line.split()) == 3 else 4
        parts = line.split("\t") if ncols == 3 and "\t" in line else line.split()
        parts = [p.strip() for p in parts]
        if len(parts) != ncols:
            form = "qid<TAB>docid<TAB>score" if ncols == 3 else "qid 0 docid rel"
            raise ParseError(name, n, f"expected {ncols} columns '{form}', got {len(parts)}")
        if ncols == 3:
            qid, docid, rel = parts
        else:
            qid, _, docid, rel = parts
        if not qid or not docid:
            raise ParseError(name, n, "empty query or document id")
        docs = qrels.setdefault(qid, {})
        if docid in docs:
            raise ParseError(name, n, f"pair ({qid!r}, {docid!r}) is judged twice")
        docs[docid] = _relevance(name, n, rel)
    return qrels

