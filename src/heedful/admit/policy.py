"""Admission: run the gates on a candidate answer, write it into the index when all pass, keep it
as experience when one fails, and undo or withdraw what was admitted.

Everything admission keeps lives in the index folder under ``admit/``:

- ``ledger.jsonl``: one line per event: ``admit`` (the document id, question, answer, cited ids,
  model, gate scores, time), ``undo`` (``heedful admit --undo``) and ``withdraw`` (a cited source
  was deleted or changed). The ledger is written *before* the document, so a crash between the two
  leaves an entry whose document is absent, never a document without lineage.
- ``rejected.jsonl``: the experience store: every rejected candidate with its reasons and gate
  scores, apart from the corpus (never searched as documents). :class:`Experience` finds the past
  rejections nearest a new question, which ``ask`` can show its planner as known pitfalls
  (``AskConfig.pitfalls``).

An admitted answer becomes a document: id ``gen-`` + a hash of question and answer, title the
question, text the answer without citation markers, and metadata ``kind: generated``,
``question``, ``cites`` (the cited ids), ``generated_by`` (the model), ``admitted_at`` and the gate
scores (``gate_entailment``, ``gate_attribution``, ``gate_novelty``). When the index has a date
field the answer is dated with its latest cited source, so an as-of search before that date never
sees it. The filter ``kind != generated`` (or an instruction such as "only human-written sources")
leaves generated answers out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heedful.admit.claims import strip_markers
from heedful.admit.gates import (
    AdmitThresholds,
    attribution_gate,
    claims_of,
    entailment_gate,
    novelty_gate,
)
from heedful.admit.types import GATES, Admission, Candidate, GateResult
from heedful.ask.types import Source
from heedful.errors import ConfigError, InputError

if TYPE_CHECKING:
    from heedful.ask.types import Answer
    from heedful.config import LLMConfig
    from heedful.engine import Engine
    from heedful.models.base import Generator

__all__ = [
    "ADMIT_DIR",
    "GENERATED",
    "GENERATED_FIELDS",
    "Admitter",
    "Experience",
    "Ledger",
    "candidate_from_answer",
    "check_candidates_file",
    "withdraw_dependents",
]

log = logging.getLogger(__name__)

ADMIT_DIR = "admit"
#: the value of ``kind`` on an admitted answer
GENERATED = "generated"
#: metadata fields of an admitted answer, with their types
GENERATED_FIELDS: dict[str, str] = {
    "kind": "string", "question": "string", "cites": "list", "generated_by": "string", "admitted_at": "string",
    "gate_entailment": "number", "gate_attribution": "number", "gate_novelty": "number",
}


def _append(path: Path, record: Mapping[str, Any]) -> None:
    """Append one JSON line and flush it to disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
    with path.open("a", encoding="utf-8") as f:
        f.write(line)
        f.flush()
        os.fsync(f.fileno())


def _read(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON lines of ``path``; a torn last line (a crash mid-write) is skipped with a warning."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                log.warning("%s:%d is not JSON (a write cut short?); skipped", path, n)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class Ledger:
    """The admission ledger of one index (``admit/ledger.jsonl``)."""

    path: Path

    @classmethod
    def of(cls, index: Path) -> Ledger:
        return cls(index / ADMIT_DIR / "ledger.jsonl")

    def record(self, event: str, **data: Any) -> None:
        _append(self.path, {"event": event, "at": _now(), **data})

    def active(self) -> dict[str, dict[str, Any]]:
        """Admitted answers not undone or withdrawn since, by document id."""
        out: dict[str, dict[str, Any]] = {}
        for rec in _read(self.path):
            doc_id = str(rec.get("doc_id", ""))
            if rec.get("event") == "admit":
                out[doc_id] = rec
            elif rec.get("event") in ("undo", "withdraw"):
                out.pop(doc_id, None)
        return out

    def dependents(self, ids: Iterable[str]) -> dict[str, list[str]]:
        """Active admitted answers citing any of ``ids``: answer id -> the ids of ``ids`` it cites."""
        wanted = set(ids)
        out: dict[str, list[str]] = {}
        for doc_id, rec in self.active().items():
            hit = [c for c in rec.get("cites", []) if c in wanted]
            if hit:
                out[doc_id] = hit
        return out


@dataclass
class Experience:
    """Rejected candidates, kept apart from the corpus (``admit/rejected.jsonl``), found again by
    the similarity of their questions to a new one."""

    path: Path
    _cache: tuple[int, list[dict[str, Any]], Any] | None = field(default=None, repr=False)

    @classmethod
    def of(cls, index: Path) -> Experience:
        return cls(index / ADMIT_DIR / "rejected.jsonl")

    def add(self, admission: Admission) -> None:
        cand = admission.candidate
        assert cand is not None
        _append(self.path, {
            **cand.to_dict(), "at": _now(), "reasons": list(admission.reasons),
            "gates": {k: {"passed": g.passed, "score": round(g.score, 4)} for k, g in admission.gates.items()},
        })

    def records(self) -> list[dict[str, Any]]:
        return list(_read(self.path))

    def similar(self, question: str, embedder: Any, *, k: int = 3, min_cosine: float = 0.6) -> list[dict[str, Any]]:
        """Up to ``k`` past rejections whose questions are at least ``min_cosine`` similar to
        ``question``, nearest first, each with its ``similarity``."""
        import numpy as np

        records = self.records()
        if not records:
            return []
        if self._cache is None or self._cache[0] != len(records):  # the embedder gives unit vectors
            self._cache = (len(records), records, embedder.embed_queries([r.get("question", "") for r in records]))
        _, records, vecs = self._cache
        sims = vecs @ embedder.embed_query(question)
        order = np.argsort(-sims, kind="stable")
        return [{**records[i], "similarity": round(float(sims[i]), 4)} for i in order[:k] if sims[i] >= min_cosine]


def candidate_from_answer(question: str, answer: Answer, *, model: str = "", id: str | None = None) -> Candidate:
    """The candidate an ``ask`` answer makes: its short answer, then its supporting sentence (markers
    removed: every sentence is then attached to every citation), its citations, and every id it read.
    The short answer comes first even when the sentence repeats it: it is what the candidate claims
    answers the question, and the sentence is its evidence.
    """
    support = _complete(strip_markers(answer.support))
    short = answer.text.strip().rstrip(".")
    text = f"{short}. {support}" if support else short
    digest = hashlib.sha256(f"{question}\n{text}".encode()).hexdigest()[:12]
    return Candidate(id or f"ask-{digest}", " ".join(question.split()), text, tuple(answer.citations),
                     tuple(answer.retrieved), model)


def _complete(text: str) -> str:
    """``text`` without a last sentence the token limit cut short (no final stop): a claim half made
    is no claim. An answer's evidence line may be cut; its short answer stands without it.

    >>> _complete("Jo Lee was born in Oslo. She moved to")
    'Jo Lee was born in Oslo.'
    >>> _complete("She moved to")
    ''
    """
    from heedful.text.segment import split_sentences

    text = text.strip()
    if not text or text.endswith((".", "!", "?", '"', "'", ")")):
        return text
    spans = [text[a:b].strip() for a, b in split_sentences(text) if text[a:b].strip()]
    return " ".join(spans[:-1])


class Admitter:
    """The admission policy of one engine: gates, thresholds, and where decisions are kept."""

    def __init__(self, engine: Engine, *, llm: Generator | LLMConfig | None = None,
                 thresholds: AdmitThresholds | None = None, all_gates: bool = False) -> None:
        self.engine = engine
        self._llm = llm
        self.thresholds = thresholds or AdmitThresholds()
        #: run every gate even after one failed (for reports); by default a failed gate skips the rest
        self.all_gates = all_gates
        self.ledger = Ledger.of(engine.path)
        self.experience = Experience.of(engine.path)

    def generator(self) -> Generator:
        from heedful.models.base import Generator

        if not isinstance(self._llm, Generator):
            from heedful.models.generator import load_generator

            self._llm = load_generator(self._llm)
        return self._llm

    # ------------------------------------------------------------------ judging
    def _documents(self, ids: Sequence[str]) -> dict[str, Source]:
        """The cited documents found in the index, each as one source (its passages joined)."""
        parts: dict[str, list[Any]] = {}
        for c in self.engine.store.passages(list(ids)):
            parts.setdefault(c.doc_id, []).append(c)
        out: dict[str, Source] = {}
        for doc_id, ps in parts.items():
            ps.sort(key=lambda c: c.passage)
            out[doc_id] = Source(doc_id, ps[0].title, _join([p.text for p in ps]), dict(ps[0].metadata))
        return out

    def judge(self, candidate: Candidate) -> Admission:
        """Run the gates on ``candidate``; nothing is written."""
        return self._judge(candidate)[0]

    def _judge(self, candidate: Candidate) -> tuple[Admission, dict[str, Source]]:
        """The decision, and the cited documents it read (the admitted document is dated by them)."""
        t0 = time.perf_counter()
        claims = claims_of(candidate)
        ids = list(dict.fromkeys([*candidate.citations, *(i for c in claims for i in c.citations)]))
        documents = self._documents(ids)
        results: dict[str, GateResult] = {}
        calls = 0
        failed = False
        for name in GATES:
            if failed and not self.all_gates:
                results[name] = GateResult(name, False, 0.0, (), ("not run: an earlier gate failed",), ran=False)
                continue
            if name == "attribution":
                results[name] = attribution_gate(candidate, claims, documents)
            elif name == "novelty":
                results[name] = novelty_gate(candidate, self.engine, self.thresholds,
                                             admitted=list(self.ledger.active().values()))
            else:
                results[name], calls = entailment_gate(candidate, claims, documents, self.generator,
                                                       self.thresholds)
            failed = failed or not results[name].passed
        reasons = tuple(r for g in results.values() if g.ran for r in g.reasons)
        return Admission(candidate.id, not failed, results, reasons, None, False,
                         time.perf_counter() - t0, calls, candidate), documents

    # ------------------------------------------------------------------ deciding
    def admit(self, candidate: Candidate | Mapping[str, Any], *, dry_run: bool = False) -> Admission:
        """Judge ``candidate`` and, unless ``dry_run``, write it into the index when every gate
        passes, or keep it in the experience store when one fails."""
        if not isinstance(candidate, Candidate):
            candidate = Candidate.from_dict(candidate)
        self._check_fields()
        decision, documents = self._judge(candidate)
        if dry_run:
            return _replace(decision, dry_run=True)
        if not decision.admitted:
            self.experience.add(decision)
            return decision
        doc = self._document(candidate, decision, documents)
        self.ledger.record("admit", doc_id=doc.id, candidate=candidate.id, question=candidate.question,
                           answer=candidate.answer, cites=list(candidate.citations), model=candidate.model,
                           scores={k: round(g.score, 4) for k, g in decision.gates.items()})
        try:
            self.engine.upsert([doc], fields=GENERATED_FIELDS)
        except BaseException as exc:  # the document was not written: the ledger says so
            self.ledger.record("undo", doc_id=doc.id, reason=f"writing it failed: {type(exc).__name__}")
            raise
        return _replace(decision, doc_id=doc.id)

    def _check_fields(self) -> None:
        """An index whose own documents use one of the provenance fields with another type cannot
        take admitted answers: say so before judging anything."""
        have = self.engine.config.fields
        clash = [f"{name} ({have[name]})" for name, kind in GENERATED_FIELDS.items() if have.get(name, kind) != kind]
        if clash:
            want = ", ".join(f"{k} ({v})" for k, v in GENERATED_FIELDS.items())
            raise ConfigError(f"{self.engine.path} cannot take admitted answers: its documents already use "
                              f"{', '.join(clash)}, but an admitted answer records {want}; rename those fields "
                              "in your documents or admit into another index")

    def _document(self, candidate: Candidate, decision: Admission, documents: Mapping[str, Source]) -> Any:
        from heedful.types import Document

        text = strip_markers(candidate.answer)
        doc_id = "gen-" + hashlib.sha256(f"{candidate.question}\n{text}".encode()).hexdigest()[:16]
        meta: dict[str, Any] = {
            "kind": GENERATED, "question": candidate.question, "cites": list(candidate.citations),
            "generated_by": candidate.model or self._model_name(), "admitted_at": _now(),
            **{f"gate_{k}": round(g.score, 4) for k, g in decision.gates.items()},
        }
        date_field = self.engine.config.date_field
        if date_field:
            dates: list[Any] = [d for i in candidate.citations if i in documents
                                if (d := documents[i].metadata.get(date_field)) is not None]
            if dates:
                meta[date_field] = max(dates)
        return Document(doc_id, text, title=candidate.question, metadata=meta)

    def _model_name(self) -> str:
        llm = self._llm
        return str(getattr(llm, "name", "") or "local LLM")

    # ------------------------------------------------------------------ taking back
    def undo(self, doc_id: str) -> int:
        """Remove one admitted answer (by its document id, or the candidate id it came from); it is
        recorded in the ledger. Returns how many documents were removed."""
        active = self.ledger.active()
        if doc_id not in active:
            by_candidate = [d for d, rec in active.items() if rec.get("candidate") == doc_id]
            if not by_candidate:
                known = ", ".join(sorted(active)[:5]) or "none"
                raise InputError(f"{doc_id!r} is not an admitted answer of this index (admitted: {known})")
            doc_id = by_candidate[0]
        self.ledger.record("undo", doc_id=doc_id)
        return self.engine.delete([doc_id])


def withdraw_dependents(engine: Engine, ids: Sequence[str], reason: str) -> list[str]:
    """Remove the admitted answers that cite any of ``ids`` (sources that were ``reason``: deleted,
    changed), each recorded in the ledger; returns their ids. Removing them goes through
    :meth:`Engine.delete`, which withdraws in turn the answers that cite them."""
    ledger = Ledger.of(engine.path)
    if not ledger.path.exists():
        return []
    deps = ledger.dependents(ids)
    if not deps:
        return []
    for doc_id, sources in deps.items():
        ledger.record("withdraw", doc_id=doc_id, reason=f"cited {', '.join(sources)}, which was {reason}")
    log.warning("withdrawing %d admitted answer(s) whose cited sources were %s: %s", len(deps), reason,
                ", ".join(deps))
    engine.delete(list(deps))
    return list(deps)


def _join(texts: Sequence[str]) -> str:
    """A document's passages joined, without the overlap words chunking repeats."""
    out = ""
    for t in texts:
        if not out:
            out = t
            continue
        # drop the longest prefix of t that ends out (the chunk overlap)
        words, tail = t.split(), out.split()
        cut = 0
        for n in range(min(len(words), len(tail), 200), 0, -1):
            if tail[-n:] == words[:n]:
                cut = n
                break
        out = out + " " + " ".join(words[cut:])
    return out


def _replace(decision: Admission, **changes: Any) -> Admission:
    from dataclasses import replace

    return replace(decision, **changes)


def check_candidates_file(path: Path) -> list[Candidate]:
    """Every candidate of a JSONL file, validated before any is judged: a malformed line names the
    file and line, duplicate ids are reported together."""
    if not path.exists():
        raise InputError(f"candidates file {path} does not exist")
    out: list[Candidate] = []
    seen: dict[str, int] = {}
    dupes: list[str] = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{n}: not valid JSON ({e.msg} at column {e.colno})") from None
            cand = Candidate.from_dict(data, where=f"{path}:{n}")
            if cand.id in seen:
                dupes.append(f"{cand.id!r} (lines {seen[cand.id]} and {n})")
            seen.setdefault(cand.id, n)
            out.append(cand)
    if dupes:
        raise InputError(f"{path}: duplicate candidate ids: {', '.join(dupes)}")
    if not out:
        raise ConfigError(f"{path} holds no candidates")
    return out
