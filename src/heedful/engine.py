"""The Engine: open an index, add documents, search with an instruction."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from heedful._lock import LOCK_FILE, WriteLock
from heedful.config import CONFIG_FILE, ChunkConfig, IndexConfig, SearchConfig
from heedful.errors import ConfigError, DuplicateIdError, IndexNotFoundError, InputError
from heedful.models.base import Embedder
from heedful.store.base import Candidate, PassageRow, Store
from heedful.store.filters import Filter, parse_filter
from heedful.types import Document, Hit, Results

if TYPE_CHECKING:
    from heedful.ingest.fields import FieldType
    from heedful.plan.schema import Plan
    from heedful.rank.candidates import Retriever
    from heedful.rank.llm_judge import LLMJudge

__all__ = ["Engine", "IndexReport", "StoreFactory", "lance_store"]

log = logging.getLogger(__name__)

RUN_MARKER = "run.json"  # present while an indexing run is writing; see Engine.index


@dataclass(frozen=True)
class IndexReport:
    """What one indexing run did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    passages: int = 0
    seconds: float = 0.0
    resumed: bool = False
    fields: Mapping[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        rate = (self.added + self.updated) / self.seconds if self.seconds else 0.0
        return (
            f"indexed {self.added} new and {self.updated} changed documents "
            f"({self.passages} passages), {self.unchanged} unchanged, in {self.seconds:.1f} s "
            f"({rate:.1f} docs/s)"
        )


#: builds the store of an index from its folder and settings
StoreFactory = Callable[[Path, IndexConfig], Store]


def lance_store(path: Path, config: IndexConfig) -> Store:
    """The default store: a LanceDB table inside the index folder."""
    from heedful.store.lancedb import LanceStore

    return LanceStore(path, dim=config.dim, fields=config.fields, date_field=config.date_field,
                      ann_min_passages=config.ann_min_passages)


def _doc_hash(doc: Document) -> str:
    meta = json.dumps(dict(doc.metadata), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha1(f"{doc.title}\x00{doc.text}\x00{meta}".encode()).hexdigest()


class Engine:
    """An instruction-following search engine over one index folder.

    >>> engine = Engine.open("demo-index")  # doctest: +SKIP
    >>> engine.index("examples/newsroom.jsonl")  # doctest: +SKIP
    >>> engine.search("wildfire smoke", instruction="only CNN articles", k=3).ids  # doctest: +SKIP
    ['nr-014', 'nr-002', 'nr-021']
    """

    def __init__(
        self, path: Path, config: IndexConfig, *, embedder: Embedder | None = None,
        search: SearchConfig | None = None, lock_timeout: float = 60.0, store: Store | None = None,
    ) -> None:
        self.path = path
        self.config = config
        self.search_config = search or SearchConfig()
        #: how long a write waits for another process's write to end before IndexBusyError
        self.lock_timeout = lock_timeout
        self._embedder = embedder
        self._retriever: Retriever | None = None
        #: set by :meth:`open` when it created this index (True: and its folder); cleared by the
        #: first write. A first run that fails removes what open created: no empty index is left.
        self._made: bool | None = None
        self.store = store if store is not None else lance_store(path, config)
        self._load_state()
        if self.config.written and self.store.version is None:
            raise IndexNotFoundError(
                f"{path} holds index settings but its data ({path / 'lance'}) is missing: it was moved or "
                f"deleted. Restore it, or rebuild with `heedful index SOURCE --index {path}`"
            )
        if self.interrupted:
            log.warning(
                "an indexing run into %s was interrupted after %s of %s documents; every document "
                "is either complete or absent. Index the same source again to resume.",
                path, self.interrupted.get("written", 0), self.interrupted.get("total", "?"),
            )

    def _load_state(self) -> None:
        """Bring the store up to the current settings and commits, and read the marker an interrupted
        run left."""
        self.store.fields = dict(self.config.fields)
        self.store.date_field = self.config.date_field
        self.store.reload()
        marker = self.path / RUN_MARKER
        self.interrupted: dict[str, Any] | None = json.loads(marker.read_text()) if marker.exists() else None

    # ---------------------------------------------------------------- lifecycle
    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        embedder: str | Embedder | None = None,
        chunk: ChunkConfig | None = None,
        exact: bool = False,
        lock_timeout: float = 60.0,
        store: StoreFactory | None = None,
    ) -> Engine:
        """Open the index at ``path``, creating it when ``create`` is true.

        ``embedder``, ``chunk`` and ``exact`` (vector search stays exact at any size, instead of an
        IVF-HNSW index from ``IndexConfig.ann_min_passages`` passages up) apply to a new index; an
        existing index keeps its own. A write waits up to ``lock_timeout`` seconds for another
        process writing the same index, then raises :class:`~heedful.errors.IndexBusyError`.
        ``store`` builds the :class:`~heedful.store.base.Store` from the folder and its settings
        (default :func:`lance_store`, the embedded LanceDB table).
        """
        make_store = store or lance_store
        path = Path(path)
        if not (path / CONFIG_FILE).exists():
            if not create:
                raise IndexNotFoundError(
                    f"no heedful index at {path}; build one with `heedful index SOURCE --index {path}`"
                )
            if path.exists() and not path.is_dir():
                raise ConfigError(f"{path} is a file, not an index folder; choose another --index path")
            emb_obj = embedder if isinstance(embedder, Embedder) else None
            if emb_obj is None:
                from heedful.models.registry import DEFAULT_EMBEDDER, load_embedder

                emb_obj = load_embedder(embedder if isinstance(embedder, str) else DEFAULT_EMBEDDER)
            made_dir = not path.exists()
            path.mkdir(parents=True, exist_ok=True)
            with WriteLock(path, timeout=lock_timeout, purpose="creating the index"):
                if not (path / CONFIG_FILE).exists():  # or another process created it meanwhile
                    foreign = sorted(p.name for p in path.iterdir() if p.name != LOCK_FILE)
                    if foreign:
                        raise ConfigError(
                            f"{path} exists and is not a heedful index (it holds {', '.join(foreign[:3])}"
                            f"{' ...' if len(foreign) > 3 else ''}); choose an empty or new folder"
                        )
                    config = IndexConfig(embedder=emb_obj.name, dim=emb_obj.dim, chunk=chunk or ChunkConfig())
                    if exact:
                        config.ann_min_passages = None
                    config.save(path)
                    engine = cls(path, config, embedder=emb_obj, lock_timeout=lock_timeout,
                                 store=make_store(path, config))
                    engine._made = made_dir
                    return engine
        config = IndexConfig.load(path)
        emb = embedder if isinstance(embedder, Embedder) else None
        if isinstance(embedder, str) and embedder != config.embedder:
            raise ConfigError(
                f"{path} was built with embedder {config.embedder!r}, not {embedder!r}; "
                "open it without an embedder or build a new index"
            )
        return cls(path, config, embedder=emb, lock_timeout=lock_timeout, store=make_store(path, config))

    @contextlib.contextmanager
    def _writing(self, purpose: str) -> Iterator[bool]:
        """Be the only writer, with the settings and store as the last writer left them.

        Yields whether an earlier run was interrupted, in which case this one must repair (bring
        the secondary indexes up to date) even when it has nothing new to write.
        """
        if not (self.path / CONFIG_FILE).exists():  # a failed first run removed it; create it again
            self.path.mkdir(parents=True, exist_ok=True)
            self.config.save(self.path)
        if not os.access(self.path, os.W_OK):
            raise ConfigError(f"cannot write to the index at {self.path}: the folder is read-only; "
                              "check its permissions or copy the index somewhere writable")
        with WriteLock(self.path, timeout=self.lock_timeout, purpose=purpose):
            self.config = IndexConfig.load(self.path)
            self._load_state()
            yield self.interrupted is not None

    def _forget_if_empty(self) -> None:
        """After a failed first run, remove what :meth:`open` created (the run wrote no passage)."""
        if self._made is None or self.store.version is not None:
            return
        for name in (CONFIG_FILE, LOCK_FILE, RUN_MARKER):
            (self.path / name).unlink(missing_ok=True)
        shutil.rmtree(self.path / "lance", ignore_errors=True)
        if self._made:
            with contextlib.suppress(OSError):
                self.path.rmdir()

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            from heedful.models.registry import load_embedder

            self._embedder = load_embedder(self.config.embedder, max_length=self.config.max_length)
        return self._embedder

    @property
    def retriever(self) -> Retriever:
        """Hybrid candidate generation over this index's store (BM25 + dense, MaxP, RRF)."""
        if self._retriever is None:
            from heedful.rank.candidates import Retriever

            self._retriever = Retriever(self.store, self.embedder, rrf_k=self.search_config.rrf_k,
                                        widen_max=self.search_config.widen_max)
        return self._retriever

    def info(self) -> dict[str, Any]:
        docs, passages = self.store.count()
        return {
            "path": str(self.path),
            "documents": docs,
            "passages": passages,
            "embedder": self.config.embedder,
            "dim": self.config.dim,
            "chunk": {"max_words": self.config.chunk.max_words, "overlap_words": self.config.chunk.overlap_words,
                      "max_passages": self.config.chunk.max_passages},
            "fields": dict(sorted(self.config.fields.items())),
            "interrupted_run": self.interrupted,
        }

    # ---------------------------------------------------------------- writes
    def index(
        self,
        docs: Iterable[Document] | str | Path,
        *,
        mode: Literal["add", "upsert"] = "upsert",
        fields: Mapping[str, str] | None = None,
        batch_size: int = 128,
        progress: bool = False,
        id_field: str = "_id",
        text_field: str = "text",
        title_field: str = "title",
    ) -> IndexReport:
        """Index documents from an iterable or a file/folder path.

        Every input is read and validated before anything is written, so bad input changes
        nothing. Writes then go in batches of whole documents, each one atomic commit: a run
        killed midway leaves every document complete or absent, and running it again skips what
        is already indexed unchanged and repairs the secondary indexes (resume). One process
        writes an index at a time; another waits (see ``lock_timeout`` in :meth:`open`).
        ``mode="add"`` refuses ids already indexed with different content; ``"upsert"`` replaces
        them. ``id_field``, ``text_field`` and ``title_field`` name the keys (columns) of a file.
        """
        try:
            return self._index(docs, mode=mode, fields=fields, batch_size=batch_size, progress=progress,
                               keys=(id_field, text_field, title_field))
        except BaseException:
            self._forget_if_empty()
            raise

    def _index(
        self, docs: Iterable[Document] | str | Path, *, mode: str, fields: Mapping[str, str] | None,
        batch_size: int, progress: bool, keys: tuple[str, str, str],
    ) -> IndexReport:
        from heedful.ingest import chunk as chunk_text
        from heedful.ingest import read_documents
        from heedful.ingest.fields import coerce, infer_schema
        from heedful.store.sql import check_field_name
        from heedful.temporal.versions import LINEAGE_FIELDS, versions_of

        if mode not in ("add", "upsert"):
            raise ConfigError(f"mode={mode!r}; use 'add' or 'upsert'")
        if batch_size < 1:
            raise ConfigError(f"batch_size={batch_size} must be >= 1")
        _check_retyping(self.config.fields, fields or {})
        t0 = time.perf_counter()
        source = str(docs) if isinstance(docs, (str, Path)) else "documents"
        declared_types = cast("Mapping[str, FieldType] | None", fields)  # names are checked where they are read
        if isinstance(docs, (str, Path)):
            id_field, text_field, title_field = keys
            items = list(read_documents(docs, fields=declared_types, id_field=id_field, text_field=text_field,
                                        title_field=title_field))
        else:
            items = list(docs)
        seen: dict[str, int] = {}
        dups: list[str] = []
        for i, d in enumerate(items):
            if not isinstance(d, Document):
                raise InputError(f"item {i} is a {type(d).__name__}, not a heedful Document")
            _check_text(d)
            if d.id in seen:
                dups.append(d.id)
            seen[d.id] = i
        if dups:
            raise DuplicateIdError(dups, f"in {source}")

        with self._writing(f"indexing {source}") as repair:
            _check_retyping(self.config.fields, fields or {})  # the settings as the last writer left them
            existing = self.store.doc_hashes()
            todo: list[tuple[Document, str]] = []
            unchanged = 0
            clashes = []
            for d in items:
                h = _doc_hash(d)
                old = existing.get(d.id)
                if old == h:
                    unchanged += 1
                elif old is not None and mode == "add":
                    clashes.append(d.id)
                else:
                    todo.append((d, h))
            if clashes:
                raise DuplicateIdError(clashes, "already in the index with other content (use upsert to replace)")

            declared = {**self.config.fields, **(fields or {})}
            present = {k for d, _ in todo for k in d.metadata}
            declared.update({k: v for k, v in LINEAGE_FIELDS.items() if k in present and k not in declared})
            schema = infer_schema([d for d, _ in todo], declared=cast("Mapping[str, FieldType]", declared),
                                  recorded=cast("Mapping[str, FieldType]", self.config.fields))
            todo = [
                (Document(d.id, d.text, d.title, {k: coerce(v, schema[k], field=k) for k, v in d.metadata.items()}), h)
                for d, h in todo
            ]
            incoming = versions_of([d for d, _ in todo], source=source)  # validated before any change
            total = len(todo)
            marker = self.path / RUN_MARKER
            if total:  # from here on the index changes: a crash leaves the marker, and the next run repairs
                marker.write_text(json.dumps({"source": source, "written": 0, "total": total}))
            new_fields = {k: v for k, v in schema.items() if k not in self.config.fields}
            for name in new_fields:  # before any change: a name the store cannot filter on is refused
                check_field_name(name)
            if new_fields:
                self.store.ensure_fields(new_fields)
                self.config.fields.update(new_fields)
            _collect_values(self.config, [d for d, _ in todo])
            if self.config.date_field is None:
                self.config.date_field = self.store.date_field = _date_field(self.config.fields)
            self.config.save(self.path)

            until = self._relink(sorted({v.doc_key for v in incoming}), incoming) if incoming else {}

            added = updated = n_passages = 0
            bar = _progress(total, progress, desc="indexing")
            try:
                for start in range(0, total, batch_size):
                    batch = todo[start : start + batch_size]
                    marker.write_text(json.dumps({"source": source, "written": start, "total": total}))
                    rows = self._passage_rows(batch, chunk_text, until)
                    self.store.write(rows, doc_ids=[d.id for d, _ in batch])
                    self._mark_written()
                    for d, _ in batch:
                        if d.id in existing:
                            updated += 1
                        else:
                            added += 1
                    n_passages += len(rows)
                    bar.update(len(batch))
                if total or repair:
                    self.store.refresh()
            finally:
                bar.close()
            marker.unlink(missing_ok=True)
            self.interrupted = None
        return IndexReport(
            added=added, updated=updated, unchanged=unchanged, passages=n_passages,
            seconds=time.perf_counter() - t0, resumed=repair, fields=dict(self.config.fields),
        )

    def _mark_written(self) -> None:
        """Record that this index holds data, so a later loss of it reads as an error, not as empty."""
        self._made = None
        if not self.config.written:
            self.config.written = True
            self.config.save(self.path)

    def _passage_rows(
        self, batch: Sequence[tuple[Document, str]], chunk_text: Any, until: Mapping[str, Any]
    ) -> list[PassageRow]:
        from heedful.rank.evidence import extract

        cfg = self.config.chunk
        pieces: list[tuple[Document, str, Any]] = []
        for d, h in batch:
            passages = chunk_text(d.id, d.text, max_words=cfg.max_words, overlap_words=cfg.overlap_words)
            if cfg.max_passages is not None:
                passages = passages[: cfg.max_passages]
            pieces.extend((d, h, p) for p in passages)
        texts = [f"{d.title}. {p.text}" if d.title else p.text for d, _, p in pieces]
        vectors = self.embedder.embed_documents(texts)
        return [
            PassageRow(d.id, p.index, d.title, p.text, p.start, vectors[i], h, d.metadata,
                       evidence=extract(p.text).to_json(), valid_until=until.get(d.id))
            for i, (d, h, p) in enumerate(pieces)
        ]

    def _relink(self, keys: Sequence[str], incoming: Sequence[Any]) -> dict[str, Any]:
        """Recompute when each version of ``keys`` stops being valid, given ``incoming`` versions.

        Stored versions whose end changes are updated now, before any new row is written: a crash
        in between leaves a gap in a document's history, never two valid versions. Returns the
        end of validity of every version, stored or incoming (doc_id -> date or None).
        """
        from heedful.temporal.versions import Version, link

        replaced = {v.doc_id for v in incoming}
        stored = [row for row in self.store.versions(keys) if row[0] not in replaced]
        until = link([*(Version(i, k, f, t) for i, k, f, t, _ in stored), *incoming])
        changed = {i: until[i] for i, _, _, _, u in stored if until[i] != u}
        if changed:
            self.store.set_valid_until(changed)
        return until

    def add(self, docs: Iterable[Document] | str | Path, **options: Any) -> IndexReport:
        """Index new documents; ids already indexed with other content are an error."""
        return self.index(docs, mode="add", **options)

    def upsert(self, docs: Iterable[Document] | str | Path, **options: Any) -> IndexReport:
        """Index documents, replacing those whose id is already indexed."""
        return self.index(docs, mode="upsert", **options)

    def delete(self, ids: Iterable[str]) -> int:
        """Remove documents by id; returns how many were present.

        Deleting a version re-links its neighbours: the version before it stays valid until the
        one after it takes effect.
        """
        ids = list(ids)
        with self._writing(f"deleting {len(ids)} documents") as repair:
            marker = self.path / RUN_MARKER
            marker.write_text(json.dumps({"source": "delete", "written": 0, "total": len(ids)}))
            keys = sorted({str(c.metadata["doc_key"]) for c in self.store.passages(ids) if c.metadata.get("doc_key")})
            n = self.store.delete(ids)
            if keys:
                self._relink(keys, [])
            if n or repair:
                self.store.refresh()
            marker.unlink(missing_ok=True)
            self.interrupted = None
        return n

    # ---------------------------------------------------------------- reads
    def compile(self, instruction: str, *, query: str = "") -> Plan:
        """Compile an instruction into a relevance plan for this collection's fields.

        >>> print(engine.compile("Only CNN articles; reports from Edmonton are not relevant."))  # doctest: +SKIP
        """
        from heedful.plan.rules import compile_rules

        values = {k: v for k, v in self.config.values.items() if v}
        return compile_rules(instruction, query=query, fields=self.config.fields, values=values)

    def search(
        self,
        query: str,
        *,
        instruction: str | None = None,
        plan: Plan | Mapping[str, Any] | str | None = None,
        filters: Sequence[Filter | Mapping[str, Any] | str] | None = None,
        k: int = 10,
        as_of: dt.date | str | None = None,
        judge: Literal["none", "llm"] | LLMJudge | None = None,
        judge_k: int = 20,
    ) -> Results:
        """Search with an optional instruction (or an edited plan) and hard filters.

        ``judge="llm"`` (or an :class:`~heedful.rank.llm_judge.LLMJudge`) lets an LLM read the
        ``judge_k`` best candidates after the cheap stages and reorder them among themselves: one
        yes/no question per candidate on the most specific requirement no predicate decided
        (:func:`~heedful.rank.llm_judge.pick_criteria`); the default judges with predicates and
        embeddings only.

        ``as_of`` (or an as-of date in the instruction, which ``as_of`` overrides) keeps, inside
        the store query, only the versions valid on that day and nothing dated after it; a
        temporal term (TempRALM) then favours what was most recent at that date.

        The instruction compiles into a :class:`~heedful.plan.Plan`; its filters are pushed into
        the store with ``filters``; hybrid retrieval (BM25 + dense, RRF, MaxP) reads the query and
        the instruction's positive wording (never its exclusions); the top candidates are then
        judged criterion by criterion and every hit carries its explanation.

        >>> engine.search("volcano", instruction="Eruptions in Italy are not relevant.", k=2).ids  # doctest: +SKIP
        ['d1', 'd2']
        """
        if not isinstance(k, int) or isinstance(k, bool) or k < 1:
            raise ConfigError(f"k={k!r} must be a positive integer")
        query = (query or "").strip()
        timings: dict[str, float] = {}
        t = time.perf_counter()
        the_plan = _with_as_of(self._plan(query, instruction, plan), query, _as_date(as_of))
        timings["compile"] = (time.perf_counter() - t) * 1000
        when = the_plan.time.as_of if the_plan is not None and the_plan.time is not None else None
        text = _retrieval_text(query, instruction, the_plan)
        if not text:
            raise InputError("nothing to search for: pass a query, an instruction or both")
        flt = [_as_filter(f) for f in (filters or [])]
        if the_plan is not None:
            flt += list(the_plan.filters)
        # as-of alone is a store condition: nothing to judge
        judging = the_plan is not None and bool(
            the_plan.criteria or (the_plan.time and (the_plan.time.window or the_plan.time.recency))
        )

        depth = max(self.search_config.depth, 2 * k)
        t = time.perf_counter()
        # lean lists (ids and scores) are fused; only the documents kept are then read in full
        retriever = self.retriever
        fused = retriever.retrieve(text, depth=depth, want=k, filters=flt, as_of=when, timings=timings)
        retriever.hydrate(fused[: max(k, self.search_config.judge_depth if judging else 0)], vectors=judging)
        timings["retrieve"] = (time.perf_counter() - t) * 1000 - timings["embed"]

        if not judging or not fused:
            hits = tuple(_hit(f.best, rank, f.score, f.ranks) for rank, f in enumerate(fused[:k], 1))
        else:
            t = time.perf_counter()
            llm = None
            if judge is not None and judge != "none":
                from heedful.rank.llm_judge import resolve_judge

                if not isinstance(judge_k, int) or isinstance(judge_k, bool) or judge_k < 0:
                    raise ConfigError(f"judge_k={judge_k!r} must be an integer >= 0, e.g. 20")

                llm = resolve_judge(judge, query=query, instruction=instruction)
            hits = self._judge(the_plan, fused, k, llm=llm, judge_k=judge_k, query=query)  # type: ignore[arg-type]
            timings["judge"] = (time.perf_counter() - t) * 1000
        if "doc_key" in self.config.fields and hits:
            hits = self._explain_versions(hits, when)
        timings["total"] = sum(timings.values())
        return Results(query=query, hits=hits, instruction=instruction, plan=the_plan, timings=timings)

    def _plan(self, query: str, instruction: str | None, plan: Any) -> Plan | None:
        if plan is not None:
            from heedful.plan.schema import Plan, validate_plan

            return plan if isinstance(plan, Plan) else validate_plan(plan)
        if instruction and instruction.strip():
            return self.compile(instruction, query=query)
        return None

    def _explain_versions(self, hits: tuple[Hit, ...], as_of: dt.date | None) -> tuple[Hit, ...]:
        """Say which version of a versioned document was chosen, and how many newer ones hid."""
        from dataclasses import replace

        from heedful.types import CriterionResult

        keys = sorted({str(h.metadata["doc_key"]) for h in hits if h.metadata.get("doc_key")})
        newer = self.store.count_newer(keys, as_of)
        out = []
        for h in hits:
            key = h.metadata.get("doc_key")
            if not key:
                out.append(h)
                continue
            start = h.metadata.get("valid_from")
            hidden = newer.get(str(key), 0)
            when = f"as of {as_of.isoformat()}" if as_of else "the current version"
            note = (f"version of {key!r} valid from {start.isoformat() if start else '?'}: {when}; "
                    f"{hidden} newer version{'s' if hidden != 1 else ''} hidden")
            why = CriterionResult(criterion=when, polarity="require", status="satisfied", evidence=note,
                                  method="as-of: one version per doc_key, nothing dated after the date")
            out.append(replace(h, explanation=(*h.explanation, why)))
        return tuple(out)

    def _judge(
        self, plan: Plan, fused: list[Any], k: int, *, llm: LLMJudge | None = None, judge_k: int = 20,
        query: str = "",
    ) -> tuple[Hit, ...]:
        from heedful.rank.evidence import Evidence, extract
        from heedful.rank.judge import CandidateView, EmbeddingJudge, PredicateJudge
        from heedful.rank.score import score_candidates

        head = fused[: self.search_config.judge_depth]
        top, bottom = head[0].score, head[-1].score
        spread = (top - bottom) or 1.0
        views = [
            CandidateView(
                doc_id=f.doc_id, passage=f.best.passage, title=f.best.title, text=f.best.text,
                metadata=f.best.metadata, evidence=Evidence.from_json(f.best.evidence) if f.best.evidence
                else extract(f.best.text), vector=f.best.vector, base=(f.score - bottom) / spread, ranks=dict(f.ranks),
            )
            for f in head
        ]
        judges = [PredicateJudge(date_field=self.config.date_field), EmbeddingJudge(self.embedder)]
        judged_plan = _with_time_criterion(plan)
        # heedful's own priors go into each candidate's base, so every later stage (the LLM's choice
        # of what to read included) sees them; they are explained after the criteria
        priors = _priors(judged_plan, query, views, self.search_config.weights)
        for v, extra in zip(views, priors, strict=True):
            v.base += sum(r.contribution for r in extra)
        scored = score_candidates(judged_plan, views, judges, weights=self.search_config.weights)
        if llm is not None and judge_k > 0:  # the LLM re-reads the best few where predicates are undecided
            from heedful.rank.llm_judge import rescore_top

            scored = rescore_top(judged_plan, views, scored, judges, llm, judge_k=judge_k,
                                 weights=self.search_config.weights)
        scored = [(score, (*why, *extra)) for (score, why), extra in zip(scored, priors, strict=True)]
        # The TempRALM term is a recency preference. As-of alone does not add it: the store already
        # keeps one version per document, and across different documents recency is not relevance.
        if plan.time is not None and plan.time.recency == "latest":
            scored = self._temporal(plan, views, scored)
        order = sorted(range(len(head)), key=lambda i: (-scored[i][0], i))
        hits = [
            Hit(id=views[i].doc_id, score=scored[i][0], rank=r, title=views[i].title, text=views[i].text,
                metadata=views[i].metadata, passage=views[i].passage, ranks=views[i].ranks,
                explanation=scored[i][1])
            for r, i in enumerate(order, 1)
        ]
        floor = min((s for s, _ in scored), default=0.0)
        for f in fused[len(head):k]:  # beyond the judged depth: retrieval order, below the judged
            hits.append(_hit(f.best, len(hits) + 1, floor - 1.0 + f.score, f.ranks))
        return tuple(hits[:k])

    def _temporal(self, plan: Plan, views: Sequence[Any], scored: list[Any]) -> list[Any]:
        """Add the TempRALM term: closer before the query date (as-of, else today) scores higher."""
        from heedful.temporal.scoring import tempralm
        from heedful.types import CriterionResult

        assert plan.time is not None
        q_date = plan.time.as_of or dt.date.today()
        dates = [_doc_date(v.metadata, self.config.date_field) for v in views]
        terms = tempralm(dates, q_date, [s for s, _ in scored])
        label = f"recent as of {q_date.isoformat()}" if plan.time.as_of else "the latest"
        out = []
        for (score, why), term, d in zip(scored, terms, dates, strict=True):
            r = CriterionResult(
                criterion=label, polarity="prefer", status="unknown" if d is None else "satisfied",
                contribution=term, evidence=f"dated {d.isoformat()}" if d else None, span=plan.time.span,
                method="temporal: TempRALM a / max(1 day, query date - document date), z-normalised",
            )
            out.append((score + term, (*why, r)))
        return out


def _priors(plan: Plan, query: str, views: Sequence[Any], w: Any) -> list[tuple[Any, ...]]:
    """heedful's own priors on judged candidates, as explanation lines (one tuple per candidate).

    * length: a heading or a list item says too little to meet criteria the way a paragraph does,
      so a passage under ``w.short_words`` words loses up to ``w.short``;
    * subject, when the plan has a time window: a window says *when*, not *what*, and almost every
      passage mentions dates, so a passage of a document the query names (its title) gains
      ``w.subject`` times the share of the title's words the query names, and a passage of another
      document with a date in the window does not pass it.
    """
    from heedful.rank.score import subject_share
    from heedful.types import CriterionResult

    windowed = any(c.predicate is not None and c.predicate.type == "date_window" for c in plan.criteria)
    out = []
    for v in views:
        lines = []
        n = len(v.text.split())
        if w.short and n < w.short_words:
            lines.append(CriterionResult(
                criterion="a passage long enough to judge", polarity="prefer", status="violated",
                contribution=-w.short * (1 - n / w.short_words), method=f"length: {n} words, under {w.short_words}"))
        share = subject_share(query, v.title) if windowed and query and w.subject else 0.0
        if share:
            lines.append(CriterionResult(
                criterion="about what the query names", polarity="prefer", status="satisfied",
                contribution=w.subject * share, evidence=v.title,
                method=f"subject: the query names {share:.0%} of the title's words"))
        out.append(tuple(lines))
    return out


def _doc_date(metadata: Mapping[str, Any], date_field: str | None) -> dt.date | None:
    for name in (date_field, "valid_from"):
        value = metadata.get(name) if name else None
        if isinstance(value, dt.date):
            return value
    return None


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ConfigError(f"as_of={value!r} is not a date; write YYYY-MM-DD") from None


def _with_as_of(plan: Plan | None, query: str, as_of: dt.date | None) -> Plan | None:
    """An explicit as-of date wins over the instruction's; it needs a plan to travel in."""
    if as_of is None:
        return plan
    from dataclasses import replace

    from heedful.plan.schema import Plan, TimeSpec

    if plan is None:
        return Plan(query=query, criteria=(), filters=(), time=TimeSpec(as_of=as_of))
    time_spec = replace(plan.time, as_of=as_of) if plan.time else TimeSpec(as_of=as_of)
    return replace(plan, time=time_spec)


def _collect_values(config: IndexConfig, docs: Sequence[Document]) -> None:
    """Track the distinct values of string and list fields while they stay few."""
    from heedful.config import MAX_VALUES

    for name, kind in config.fields.items():
        if kind not in ("string", "list"):
            continue
        if name in config.values and config.values[name] is None:
            continue
        seen = set(config.values.get(name) or ())
        for d in docs:
            v = d.metadata.get(name)
            seen.update(str(x) for x in (v if isinstance(v, list) else [v]) if x is not None and str(x))
            if len(seen) > MAX_VALUES:
                break
        config.values[name] = sorted(seen) if len(seen) <= MAX_VALUES else None


def _check_text(doc: Document) -> None:
    """Text the store can hold: valid Unicode (a lone surrogate cannot be written as UTF-8)."""
    for what, value in (("id", doc.id), ("title", doc.title), ("text", doc.text)):
        if not isinstance(value, str):
            raise InputError(f"document {doc.id!r}: {what} is a {type(value).__name__}, not text")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InputError(
                f"document {doc.id!r}: its {what} holds {value[exc.start]!r} at character {exc.start}, which is "
                "not valid Unicode text (a lone surrogate); decode the source with errors='replace'"
            ) from None


def _check_retyping(recorded: Mapping[str, str], declared: Mapping[str, str]) -> None:
    """A field keeps the type it was indexed with: a stored column cannot change type."""
    for name, kind in declared.items():
        old = recorded.get(name)
        if old is not None and old != kind:
            raise ConfigError(
                f"field {name!r} is indexed as {old}, not {kind}; keep {name}:{old}, or build a new index "
                f"to store it as {kind}"
            )


def _date_field(fields: Mapping[str, str]) -> str | None:
    dates = [name for name, kind in fields.items() if kind == "date"]
    for preferred in ("date", "publish_date", "published", "valid_from"):
        if preferred in dates:
            return preferred
    return dates[0] if len(dates) == 1 else None


def _with_time_criterion(plan: Plan) -> Plan:
    """A time window in the plan reads as a date-window requirement on each passage."""
    from dataclasses import replace

    from heedful.plan.schema import Criterion, Predicate

    if plan.time is None or plan.time.window is None:
        return plan
    if any(c.predicate is not None and c.predicate.type == "date_window" for c in plan.criteria):
        return plan
    start, end = plan.time.window
    crit = Criterion(text=f"about the period {start.isoformat()} to {end.isoformat()}", polarity="require",
                     kind="time", predicate=Predicate.date_window(start, end), span=plan.time.span)
    return replace(plan, criteria=(*plan.criteria, crit))


def _retrieval_text(query: str, instruction: str | None, plan: Plan | None) -> str:
    """The query and the instruction's positive wording: exclusions are never searched for."""
    if plan is None:
        return " ".join(t.strip() for t in (query, instruction or "") if t and t.strip())
    if instruction:
        cut = sorted(c.span for c in plan.criteria if c.polarity in ("exclude", "avoid") and c.span)
        kept, pos = [], 0
        for start, end in cut:
            if start >= pos:
                kept.append(instruction[pos:start])
                pos = end
        kept.append(instruction[pos:])
        positive = " ".join(" ".join(kept).split())
    else:
        positive = " ".join(c.text for c in plan.criteria if c.polarity in ("require", "prefer"))
    return " ".join(t for t in (query, positive) if t)


def _hit(c: Candidate, rank: int, score: float, ranks: Mapping[str, int]) -> Hit:
    return Hit(id=c.doc_id, score=score, rank=rank, title=c.title, text=c.text,
               metadata=c.metadata, passage=c.passage, ranks=dict(ranks))


def _as_filter(f: Filter | Mapping[str, Any] | str) -> Filter:
    if isinstance(f, Filter):
        return f
    if isinstance(f, str):
        return parse_filter(f)
    return Filter.from_dict(dict(f))


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int, enabled: bool, *, desc: str) -> Any:
    if not enabled:
        return _NoBar()
    from heedful._optional import require

    tqdm = require("tqdm").tqdm
    return tqdm(total=total, desc=desc, unit="doc", file=sys.stderr, dynamic_ncols=True)
