"""Loaders for the BEIR-like benchmark folders (see ``bench/README.md`` of the shared data).

* :func:`load_corpus` streams ``corpus.jsonl`` / ``corpus.jsonl.gz`` as :class:`~heedful.types.Document`.
* :func:`load_queries` reads ``queries.jsonl`` as plain dicts.
* :func:`load_paired` reads a FollowIR-style folder (``queries.jsonl`` with ``instruction_og`` and
  ``instruction_changed``, ``qrels_og.tsv``, ``qrels_changed.tsv``) into a :class:`PairedSet`.
* :func:`load_beir` reads a BEIR folder (``corpus.jsonl``, ``queries.jsonl``, ``qrels.tsv``) into a
  :class:`BeirSet`.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from heedful.errors import DuplicateIdError, InputError, ParseError
from heedful.eval.trec import Qrels, read_qrels
from heedful.types import Document

__all__ = ["BeirSet", "PairedSet", "load_beir", "load_corpus", "load_paired", "load_queries"]

_CORPUS_NAMES = ("corpus.jsonl", "corpus.jsonl.gz")
_SPLIT_NAMES = {"train", "dev", "validation", "test"}


def _open_text(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, JSON object) for every non-blank line; ``_id`` checked and made a str."""
    name = os.fspath(path)
    with _open_text(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line.rstrip("\r\n"))
            except json.JSONDecodeError as exc:
                raise ParseError(name, n, f"invalid JSON: {exc.msg} at column {exc.colno}") from None
            if not isinstance(obj, dict):
                raise ParseError(name, n, f"expected a JSON object, got {type(obj).__name__}")
            _id = obj.get("_id")
            if _id is None or isinstance(_id, (dict, list, bool)) or str(_id) == "":
                raise ParseError(name, n, 'missing "_id" (a non-empty string or number)')
            obj["_id"] = str(_id)
            yield n, obj


def _text_field(name: str, n: int, obj: dict[str, Any], key: str, *, required: bool) -> str:
    value = obj.get(key)
    if value is None:
        if required:
            raise ParseError(name, n, f'missing "{key}"')
        return ""
    if not isinstance(value, str):
        raise ParseError(name, n, f'"{key}" must be a string, got {type(value).__name__}')
    return value


def load_corpus(path: str | os.PathLike[str]) -> Iterator[Document]:
    """Stream a BEIR corpus (``.jsonl`` or ``.jsonl.gz``) as documents.

    ``_id`` becomes :attr:`Document.id`, ``title`` (optional) and ``text`` are kept, every other
    key goes to ``metadata``. The file is read lazily, so errors surface while iterating.

    Raises:
        ParseError: invalid JSON, a missing ``_id`` or ``text``; names the file and line.
        DuplicateIdError: the same ``_id`` twice in the file.

    >>> next(load_corpus("corpus.jsonl"))  # doctest: +SKIP
    Document(id='hp0000', title='Meet Corliss Archer', text="Meet Corliss Archer, a program from radio's Golden Age, r...", metadata={})
    """
    path = Path(path)
    name = os.fspath(path)
    seen: set[str] = set()
    for n, obj in _records(path):
        doc_id = obj.pop("_id")
        if doc_id in seen:
            raise DuplicateIdError([doc_id], f"in {name} (line {n})")
        seen.add(doc_id)
        text = _text_field(name, n, obj, "text", required=True)
        title = _text_field(name, n, obj, "title", required=False)
        obj.pop("text")
        obj.pop("title", None)
        yield Document(id=doc_id, text=text, title=title, metadata=obj)


def load_queries(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Read ``queries.jsonl``: one dict per query, ``_id`` as a string, every key kept.

    Raises:
        ParseError: invalid JSON, a missing ``_id`` or ``text``, or an ``_id`` seen before;
            names the file and line.

    >>> load_queries("hotpotqa-if/queries.jsonl")[0]["_id"]  # doctest: +SKIP
    'hif-dev-01'
    """
    path = Path(path)
    name = os.fspath(path)
    queries: list[dict[str, Any]] = []
    seen: set[str] = set()
    for n, obj in _records(path):
        _text_field(name, n, obj, "text", required=True)
        if obj["_id"] in seen:
            raise ParseError(name, n, f"query id {obj['_id']!r} appears twice")
        seen.add(obj["_id"])
        queries.append(obj)
    return queries


class PairedSet(NamedTuple):
    """A FollowIR-style paired-instruction set: every query has two instructions and two qrels.

    ``queries`` are dicts with at least ``_id``, ``text``, ``instruction_og`` and
    ``instruction_changed``; :meth:`corpus` streams the documents from ``corpus_path``.
    """

    name: str
    corpus_path: Path
    queries: list[dict[str, Any]]
    qrels_og: Qrels
    qrels_changed: Qrels

    def corpus(self) -> Iterator[Document]:
        """Stream the corpus documents (see :func:`load_corpus`)."""
        return load_corpus(self.corpus_path)


class BeirSet(NamedTuple):
    """A BEIR folder: corpus, queries and one qrels file."""

    name: str
    corpus_path: Path
    queries: list[dict[str, Any]]
    qrels: Qrels

    def corpus(self) -> Iterator[Document]:
        """Stream the corpus documents (see :func:`load_corpus`)."""
        return load_corpus(self.corpus_path)


def _set_name(folder: Path) -> str:
    # a split folder such as timeqa-if/test is named with its parent: "timeqa-if/test"
    if folder.name in _SPLIT_NAMES and folder.parent.name:
        return f"{folder.parent.name}/{folder.name}"
    return folder.name


def _find_corpus(folder: Path, *, sibling: bool) -> Path:
    pointer = folder / "corpus.path"
    if pointer.is_file():  # a set judged over a corpus kept elsewhere names it, relative to itself
        target = (folder / pointer.read_text(encoding="utf-8").strip()).resolve()
        if not target.is_file():
            raise InputError(f"{os.fspath(pointer)} points to {os.fspath(target)}, which does not exist")
        return target
    for name in _CORPUS_NAMES:
        if (folder / name).is_file():
            return folder / name
    looked = [folder]
    if sibling and folder.name.endswith("-if"):
        # hotpotqa-if judges paragraphs of ../hotpotqa/corpus.jsonl rather than copying them
        other = folder.parent / folder.name.removesuffix("-if")
        looked.append(other)
        for name in _CORPUS_NAMES:
            if (other / name).is_file():
                return other / name
    where = " or ".join(os.fspath(p) for p in looked)
    raise InputError(f"no corpus.jsonl or corpus.jsonl.gz in {where}; put the corpus next to the queries")


def _need_file(folder: Path, name: str) -> Path:
    path = folder / name
    if not path.is_file():
        raise InputError(f"{os.fspath(folder)} has no {name}; is this the right folder?")
    return path


def load_paired(directory: str | os.PathLike[str], *, name: str | None = None) -> PairedSet:
    """Load a paired-instruction folder such as ``hotpotqa-if`` or ``timeqa-if/test``.

    The corpus is ``corpus.jsonl(.gz)`` in the folder, or the file a ``corpus.path`` file names
    (relative to the folder); when there is neither and the folder name ends in ``-if``, the
    sibling folder without the suffix is used (``hotpotqa-if`` -> ``../hotpotqa``).

    Raises:
        InputError: a missing file, or a query without ``instruction_og`` / ``instruction_changed``.

    >>> s = load_paired("/work/shared/bench/timeqa-if/test")  # doctest: +SKIP
    >>> s.name, len(s.queries), s.corpus_path.name  # doctest: +SKIP
    ('timeqa-if/test', 378, 'corpus.jsonl')
    """
    folder = Path(directory)
    if not folder.is_dir():
        raise InputError(f"{os.fspath(folder)} is not a folder; pass the folder holding queries.jsonl")
    queries_path = _need_file(folder, "queries.jsonl")
    qrels_og = read_qrels(_need_file(folder, "qrels_og.tsv"))
    qrels_changed = read_qrels(_need_file(folder, "qrels_changed.tsv"))
    corpus_path = _find_corpus(folder, sibling=True)
    queries = load_queries(queries_path)
    for q in queries:
        for key in ("instruction_og", "instruction_changed"):
            if not isinstance(q.get(key), str):
                raise InputError(
                    f"query {q['_id']!r} in {os.fspath(queries_path)} has no {key!r}; a paired set "
                    "needs both instruction_og and instruction_changed (use load_beir otherwise)"
                )
    return PairedSet(name or _set_name(folder), corpus_path, queries, qrels_og, qrels_changed)


def load_beir(directory: str | os.PathLike[str], *, split: str = "test",
              name: str | None = None) -> BeirSet:
    """Load a BEIR folder: ``corpus.jsonl(.gz)``, ``queries.jsonl`` and ``qrels.tsv``.

    The standard BEIR layout ``qrels/<split>.tsv`` is used when there is no ``qrels.tsv``.

    >>> s = load_beir("/work/shared/bench/hotpotqa")  # doctest: +SKIP
    >>> s.name, len(s.queries), len(s.qrels)  # doctest: +SKIP
    ('hotpotqa', 500, 500)
    """
    folder = Path(directory)
    if not folder.is_dir():
        raise InputError(f"{os.fspath(folder)} is not a folder; pass the folder holding corpus.jsonl")
    qrels_path = folder / "qrels.tsv"
    if not qrels_path.is_file():
        qrels_path = folder / "qrels" / f"{split}.tsv"
        if not qrels_path.is_file():
            raise InputError(
                f"{os.fspath(folder)} has neither qrels.tsv nor qrels/{split}.tsv; "
                "is this the right folder or split?"
            )
    corpus_path = _find_corpus(folder, sibling=False)
    queries = load_queries(_need_file(folder, "queries.jsonl"))
    return BeirSet(name or _set_name(folder), corpus_path, queries, read_qrels(qrels_path))
