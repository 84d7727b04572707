"""The Engine: open an index, add documents, search with an instruction."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from heedful._lock import LOCK_FILE, WriteLock
from heedful.config import CONFIG_FILE, ChunkConfig, IndexConfig, SearchConfig
from heedful.errors import (
    ConfigError,
    IndexBusyError,
    IndexNotFoundError,
)
from heedful.models.base import Embedder
from heedful.store.base import Store
from heedful.store.filters import Filter
from heedful.types import Document, Results

if TYPE_CHECKING:
    from heedful.admit.gates import AdmitThresholds
    from heedful.admit.types import Admission, Candidate
    from heedful.ask.types import Answer
    from heedful.config import AskConfig, LLMConfig
    from heedful.models.base import Generator
    from heedful.plan.schema import Plan
    from heedful.rank.candidates import Retriever
    from heedful.rank.llm_judge import LLMJudge
    from heedful.relations.catalog import TableCatalog

__all__ = ["Engine", "IndexReport", "StoreFactory", "lance_store"]

#: what an index location that lives in PostgreSQL starts with
POSTGRES_SCHEMES = ("postgresql://", "postgres://")

log = logging.getLogger(__name__)


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
    reused: int = 0  #: passages not embedded again: their text was embedded before

    def __str__(self) -> str:
        rate = (self.added + self.updated) / self.seconds if self.seconds else 0.0
        again = f", {self.reused} of them embedded before" if self.reused else ""
        return (
            f"indexed {self.added} new and {self.updated} changed documents "
            f"({self.passages} passages{again}), {self.unchanged} unchanged, in {self.seconds:.1f} s "
            f"({rate:.1f} docs/s)"
        )


#: builds the store of an index from its folder and settings
StoreFactory = Callable[[Path, IndexConfig], Store]


def lance_store(path: Path, config: IndexConfig) -> Store:
    """The store the index's settings name: a LanceDB table inside the index folder (the default), or
    a PostgreSQL table (``IndexConfig.store``, from ``Engine.open(path, store="postgresql://...")``)."""
    if config.store is not None:
        from heedful.store.postgres import PostgresStore

        return PostgresStore(config.store["url"], table=config.store["table"], dim=config.dim, fields=config.fields,
                             date_field=config.date_field, hnsw_min_passages=config.ann_min_passages)
    from heedful.store.lancedb import LanceStore

    return LanceStore(path, dim=config.dim, fields=config.fields, date_field=config.date_field,
                      ann_min_passages=config.ann_min_passages)


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
        self._tables: TableCatalog | None = None
        #: set by :meth:`open` when it created this index (True: and its folder); cleared by the
        #: first write. A first run that fails removes what open created: no empty index is left.
        self._made: bool | None = None
        self.store = store if store is not None else lance_store(path, config)
        self._load_state()
        if self.config.written and self.store.version is None:
            where = (f"table {config.store['table']} at {config.store['url']}" if config.store is not None
                     else str(path / "lance"))
            raise IndexNotFoundError(
                f"{path} holds index settings but its data ({where}) is missing: it was moved or "
                f"deleted. Restore it, or rebuild with `heedful index SOURCE --index {path}`"
            )
        if self.interrupted:
            log.warning(
                "an indexing run into %s was interrupted after %s of %s documents; every document "
                "is either complete or absent. Index the same source again to resume.",
                path, self.interrupted.get("written", 0), self.interrupted.get("total", "?"),
            )

    def refresh(self) -> None:
        """See what other processes committed to this index since it was opened: documents, fields and
        settings (a long-running reader such as ``heedful serve`` calls it now and then)."""
        if self.store.principals is not None:
            raise ConfigError("refresh the engine a scoped view came from, not the view")
        self.config = IndexConfig.load(self.path)
        self._load_state()

    def _load_state(self) -> None:
        """Bring the store up to the current settings and commits, and read the marker an interrupted
        run left."""
        self.store.fields = dict(self.config.fields)
        self.store.date_field = self.config.date_field
        self.store.reload()
        from heedful.ingest.run import read_marker

        self.interrupted: dict[str, Any] | None = read_marker(self.path)

    # ---------------------------------------------------------------- lifecycle
    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        embedder: str | Embedder | None = None,
        model: str | Embedder | None = None,
        chunk: ChunkConfig | None = None,
        exact: bool = False,
        lock_timeout: float = 60.0,
        store: StoreFactory | str | None = None,
    ) -> Engine:
        """Open the index at ``path``, creating it when ``create`` is true.

        ``model`` (or its older name ``embedder``: a name, a local folder such as one ``heedful adapt``
        wrote, a hub id or an :class:`Embedder`), ``chunk`` and ``exact`` (vector search stays exact
        at any size, instead of an IVF-HNSW index from ``IndexConfig.ann_min_passages`` passages up)
        apply to a new index; an existing index keeps its own, and refuses another model (or a model
        folder whose weights changed since the index was built). A write waits up to ``lock_timeout`` seconds for another
        process writing the same index, then raises :class:`~heedful.errors.IndexBusyError`.
        ``store`` is where a new index keeps its passages: a PostgreSQL URL
        (``"postgresql://user@host:5432/db"``, with ``?table=NAME`` to name the table; the password
        comes from ``PGPASSWORD`` or ``~/.pgpass`` and is never saved) recorded in the settings, so
        later opens find it; or a function building the :class:`~heedful.store.base.Store` from the
        folder and its settings. Default: the folder's own LanceDB table (:func:`lance_store`).
        """
        if model is not None and embedder is not None and model != embedder:
            raise ConfigError("pass the embedder as model= or as embedder=, not both")
        embedder = model if model is not None else embedder
        if isinstance(path, str) and path.startswith(POSTGRES_SCHEMES):
            if store is not None:
                raise ConfigError("a postgresql:// index names its store itself; leave store= out")
            from heedful.store.postgres import postgres_folder

            path, store = postgres_folder(path, create=create)
        path = Path(path)
        placed = None
        if isinstance(store, str):
            from heedful.store.postgres import postgres_place

            placed = postgres_place(store, path)
        make_store = store if callable(store) else lance_store
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
            try:
                with WriteLock(path, timeout=lock_timeout, purpose="creating the index"):
                    if not (path / CONFIG_FILE).exists():  # or another process created it meanwhile
                        foreign = sorted(p.name for p in path.iterdir() if p.name != LOCK_FILE)
                        if foreign:
                            raise ConfigError(
                                f"{path} exists and is not a heedful index (it holds {', '.join(foreign[:3])}"
                                f"{' ...' if len(foreign) > 3 else ''}); choose an empty or new folder"
                            )
                        config = IndexConfig(embedder=emb_obj.name, embedder_sha256=emb_obj.fingerprint,
                                             dim=emb_obj.dim, chunk=chunk or ChunkConfig(), store=placed)
                        if exact:
                            config.ann_min_passages = None
                        made_store = make_store(path, config)  # a store that cannot open leaves no settings
                        config.save(path)
                        made_store.save_settings(config.to_dict())
                        engine = cls(path, config, embedder=emb_obj, lock_timeout=lock_timeout, store=made_store)
                        engine._made = made_dir
                        return engine
            except BaseException:
                if made_dir and not (path / CONFIG_FILE).exists():
                    shutil.rmtree(path, ignore_errors=True)
                raise
        config = IndexConfig.load(path)
        if placed is not None and placed != config.store:
            where = "its own LanceDB table" if config.store is None else f"{config.store['url']} ({config.store['table']})"
            raise ConfigError(f"{path} keeps its passages in {where}, not in {placed['url']} ({placed['table']}); "
                              "open it without store=, or build a new index there")
        emb = embedder if isinstance(embedder, Embedder) else None
        asked = embedder.name if isinstance(embedder, Embedder) else embedder
        if isinstance(asked, str) and Path(asked).expanduser().exists():
            asked = str(Path(asked).expanduser().resolve())
        if asked is not None and asked != config.embedder:
            raise ConfigError(
                f"{path} was built with embedder {config.embedder!r}, not {asked!r}; "
                "open it without a model or build a new index with this one"
            )
        if emb is not None:
            _check_fingerprint(path, config, emb)
        return cls(path, config, embedder=emb, lock_timeout=lock_timeout, store=make_store(path, config))

    @contextlib.contextmanager
    def _writing(self, purpose: str) -> Iterator[bool]:
        """Be the only writer, with the settings and store as the last writer left them.

        Yields whether an earlier run was interrupted, in which case this one must repair (bring
        the secondary indexes up to date) even when it has nothing new to write.
        """
        if self.store.principals is not None:
            raise ConfigError("this engine is a view scoped to principals (Engine.scoped) and reads only; "
                              "write through the engine it came from")
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
            self.store.save_settings(self.config.to_dict())  # as the write left them (it saved self.config)

    def _forget_if_empty(self) -> None:
        """After a failed first run, remove what :meth:`open` created, if the index is still empty.

        Only with the write lock taken at once and the store re-read under it: another process
        may have opened the same new index and be writing it (this run may even have failed
        waiting for it), and its data is never touched.
        """
        if self._made is None:
            return
        from heedful.ingest.run import RUN_MARKER

        lock = WriteLock(self.path, timeout=0, purpose="removing an index its first run left empty")
        try:
            lock.acquire()
        except (IndexBusyError, OSError):
            return
        try:
            self.store.reload()
            if self.store.version is not None or (self.path / RUN_MARKER).exists():
                return
            for name in (CONFIG_FILE, LOCK_FILE):
                (self.path / name).unlink(missing_ok=True)
            shutil.rmtree(self.path / "lance", ignore_errors=True)
        finally:
            lock.release()
        if self._made:
            with contextlib.suppress(OSError):
                self.path.rmdir()

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            from heedful.models.registry import load_embedder

            embedder = load_embedder(self.config.embedder, max_length=self.config.max_length)
            _check_fingerprint(self.path, self.config, embedder)
            self._embedder = embedder
        return self._embedder

    @property
    def retriever(self) -> Retriever:
        """Hybrid candidate generation over this index's store (BM25 + dense, MaxP, RRF)."""
        if self._retriever is None:
            from heedful.rank.candidates import Retriever

            self._retriever = Retriever(self.store, self.embedder, rrf_k=self.search_config.rrf_k,
                                        widen_max=self.search_config.widen_max)
        return self._retriever

    @property
    def tables(self) -> TableCatalog:
        """The tables beside the documents (``heedful table add``): one catalog per engine, so what
        it reads (schemas, links, values) is read again only when the tables change."""
        if self._tables is None:
            from heedful.relations.catalog import TableCatalog

            self._tables = TableCatalog(self.path)
        return self._tables

    def scoped(self, principals: Iterable[str]) -> Engine:
        """A read-only view of this engine that sees only the documents ``principals`` may read.

        A document with an ``acl`` metadata field (a list of principals) is visible only to readers
        sharing one of them; one without it, to every reader. The view's store puts that condition
        inside every query it runs (:meth:`Store.scoped <heedful.store.base.Store.scoped>`), so
        :meth:`search`, :meth:`ask` and :meth:`info` of the view cannot return, count or explain a
        hidden document, whatever their instruction, plan, filters or as-of say. It shares this
        engine's model, settings and tables; writing through it raises ConfigError.

        >>> engine.scoped(["hr"]).search("salary bands", k=3).ids  # doctest: +SKIP
        ['policy-7', 'faq-2', 'intro']
        """
        view = copy.copy(self)
        view.store = self.store.scoped(principals)
        view._retriever = self.retriever.over(view.store)
        view._made = None
        return view

    def info(self) -> dict[str, Any]:
        docs, passages = self.store.count()
        return {
            "path": str(self.path),
            "documents": docs,
            "passages": passages,
            "embedder": self.config.embedder,
            **({"store": dict(self.config.store)} if self.config.store else {}),
            **({"embedder_sha256": self.config.embedder_sha256} if self.config.embedder_sha256 else {}),
            "dim": self.config.dim,
            "chunk": {"max_words": self.config.chunk.max_words, "overlap_words": self.config.chunk.overlap_words,
                      "max_passages": self.config.chunk.max_passages},
            "fields": dict(sorted(self.config.fields.items())),
            "interrupted_run": self.interrupted,
            **self._admission_info(),
            **self._tables_info(),
        }

    def _tables_info(self) -> dict[str, Any]:
        """The tables beside the documents and the links to them, if any were added."""
        catalog = self.tables
        if not catalog.exists():
            return {}
        return {"tables": {t.name: t.rows for t in catalog.tables()},
                "links": [str(link) for link in catalog.links()]}

    def _admission_info(self) -> dict[str, Any]:
        """How many answers were admitted (and are still in) and how many were rejected, if any were offered."""
        from heedful.admit.policy import ADMIT_DIR

        if not (self.path / ADMIT_DIR).exists():
            return {}
        from heedful.admit.policy import Experience, Ledger

        return {"admission": {"admitted": len(Ledger.of(self.path).active()),
                              "rejected": len(Experience.of(self.path).records())}}

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
        ray: str | None = None,
    ) -> IndexReport:
        """Index documents from an iterable or a file/folder path.

        Every input is read and validated before anything is written, so bad input changes
        nothing. Writes then go in batches of whole documents, each one atomic commit: a run
        killed midway leaves every document complete or absent, and running it again skips what
        is already indexed unchanged and repairs the secondary indexes (resume). One process
        writes an index at a time; another waits (see ``lock_timeout`` in :meth:`open`).
        ``mode="add"`` refuses ids already indexed with different content; ``"upsert"`` replaces
        them. ``id_field``, ``text_field`` and ``title_field`` name the keys (columns) of a file.
        ``ray`` embeds with Ray Data actors: ``"local"`` starts a cluster on this machine (loopback
        only), an address joins one; this process still writes (:mod:`heedful.ingest.raybulk`).
        """
        try:
            return self._index(docs, mode=mode, fields=fields, batch_size=batch_size, progress=progress,
                               keys=(id_field, text_field, title_field), ray=ray)
        except BaseException:
            self._forget_if_empty()
            raise

    def _index(
        self, docs: Iterable[Document] | str | Path, *, mode: str, fields: Mapping[str, str] | None,
        batch_size: int, progress: bool, keys: tuple[str, str, str], ray: str | None = None,
    ) -> IndexReport:
        from heedful.ingest.prepare import check_retyping
        from heedful.ingest.run import read_input, write_documents

        if mode not in ("add", "upsert"):
            raise ConfigError(f"mode={mode!r}; use 'add' or 'upsert'")
        if batch_size < 1:
            raise ConfigError(f"batch_size={batch_size} must be >= 1")
        check_retyping(self.config.fields, fields or {})
        t0 = time.perf_counter()
        source, items = read_input(docs, fields=fields, keys=keys)
        with self._writing(f"indexing {source}") as repair:
            written = write_documents(
                items, store=self.store, config=self.config, path=self.path, embedder=lambda: self.embedder,
                mode=mode, fields=fields, source=source, batch_size=batch_size, progress=progress,
                repair=repair, on_commit=self._mark_written, ray=ray,
            )
            self.interrupted = None
        if written.changed:
            self._withdraw(written.changed, "changed")
        return IndexReport(
            added=written.added, updated=written.updated, unchanged=written.unchanged, passages=written.passages,
            seconds=time.perf_counter() - t0, resumed=repair, fields=dict(self.config.fields), reused=written.reused,
        )

    def _mark_written(self) -> None:
        """Record that this index holds data, so a later loss of it reads as an error, not as empty."""
        self._made = None
        if not self.config.written:
            self.config.written = True
            self.config.save(self.path)

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
        from heedful.ingest.run import delete_documents

        ids = list(ids)
        with self._writing(f"deleting {len(ids)} documents") as repair:
            n = delete_documents(ids, store=self.store, path=self.path, repair=repair)
            self.interrupted = None
        self._withdraw(ids, "deleted")
        return n

    def _withdraw(self, ids: Sequence[str], reason: str) -> None:
        """Admitted answers citing a deleted or changed source leave the index (their lineage)."""
        from heedful.admit.policy import ADMIT_DIR

        if (self.path / ADMIT_DIR).exists():
            from heedful.admit.policy import withdraw_dependents

            withdraw_dependents(self, ids, reason)

    def admit(
        self,
        candidate: Candidate | Mapping[str, Any],
        *,
        dry_run: bool = False,
        llm: Generator | LLMConfig | None = None,
        thresholds: AdmitThresholds | None = None,
        all_gates: bool = False,
    ) -> Admission:
        """Write a generated answer into this index only if it passes the admission gates.

        ``candidate`` is a :class:`~heedful.admit.Candidate` or a mapping with ``_id``,
        ``question``, ``answer`` (citation markers ``[n]`` or ``[doc-id]`` allowed) and
        ``citations`` (document ids; ``retrieved`` too when it came from :meth:`ask`). The gates
        (:mod:`heedful.admit.gates`): attribution (citations exist, were retrieved, back their
        claims), novelty (no near-duplicate of an indexed passage or an admitted answer) and
        entailment (every claim supported by its cited passages, asked of ``llm``). An admitted
        answer becomes a document with ``kind: generated`` and its provenance; a rejected one is
        kept in the experience store, apart from the corpus. ``dry_run`` writes nothing.

        >>> engine.admit({"_id": "c1", "question": "Where was Jo Lee born?", "answer": "Oslo",
        ...               "citations": ["d2"]}).admitted  # doctest: +SKIP
        True
        """
        from heedful.admit.policy import Admitter

        return Admitter(self, llm=llm, thresholds=thresholds, all_gates=all_gates).admit(candidate, dry_run=dry_run)

    # ---------------------------------------------------------------- reads
    def compile(self, instruction: str, *, query: str = "") -> Plan:
        """Compile an instruction into a relevance plan for this collection's fields.

        >>> print(engine.compile("Only CNN articles; reports from Edmonton are not relevant."))  # doctest: +SKIP
        """
        from heedful.plan.rules import compile_rules
        from heedful.store.access import ACL_FIELD

        values = {k: v for k, v in self.config.values.items() if v}
        fields = {k: v for k, v in self.config.fields.items() if k != ACL_FIELD}  # no instruction names who reads
        plan = compile_rules(instruction, query=query, fields=fields, values=values)
        return self.relate(plan, instruction)

    def relate(self, plan: Plan, instruction: str) -> Plan:
        """``plan`` with the criteria this index's linked tables decide turned into relations (SQL);
        unchanged when the index has no tables linked to its fields (``heedful table add --link``)."""
        catalog = self.tables
        if not catalog.exists():
            return plan
        from heedful.relations.criteria import compile_relations

        return compile_relations(plan, instruction, catalog, self.config.fields, embed=self.embedder.embed_queries,
                                 values=self.config.values)

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
        from heedful.rank.pipeline import run_search

        return run_search(self, query, instruction=instruction, plan=plan, filters=filters, k=k, as_of=as_of,
                          judge=judge, judge_k=judge_k)

    def ask(
        self,
        question: str,
        *,
        instruction: str | None = None,
        as_of: dt.date | str | None = None,
        choices: Sequence[str] | None = None,
        mode: str = "auto",
        max_iterations: int = 3,
        k: int = 5,
        llm: Generator | LLMConfig | None = None,
        config: AskConfig | None = None,
    ) -> Answer:
        """Answer a question from this index with an LLM, citing the documents it used.

        ``mode``: ``"closed-book"`` (no retrieval), ``"single"`` (one retrieval), ``"iter-retgen"``
        (the next retrieval uses the question plus the previous draft), ``"plan"`` (a planner writes
        the next queries, a synthesizer answers) or ``"auto"`` (plan's rounds, each followed by a
        draft, stopping at the first sure one; the model answers from memory when the index holds
        nothing on the question or no draft finds the answer); see :mod:`heedful.ask.loop`.
        Every retrieval is :meth:`search` with ``instruction`` and ``as_of`` and ``k`` passages;
        ``choices`` makes the answer one of them.
        ``llm`` is a :class:`~heedful.models.base.Generator` or the
        :class:`~heedful.config.LLMConfig` of one (default: the configured local model).

        >>> engine.ask("Which volcano erupted near Grindavik?", mode="single").citations  # doctest: +SKIP
        ('d1',)
        """
        from heedful.ask.loop import run_ask
        from heedful.config import AskConfig

        config = config or AskConfig()
        return run_ask(self, question, llm=llm, instruction=instruction, as_of=as_of, choices=choices, mode=mode,
                       max_iterations=max_iterations, k=k, config=config,
                       pitfalls=self._pitfalls(question, config) if _planned(mode, config) else ())

    def _pitfalls(self, question: str, config: AskConfig) -> list[dict[str, Any]]:
        """Past rejected answers to questions like this one, from the experience store, for the planner.

        None for a view scoped to principals: rejected answers quote documents some readers may not see."""
        from heedful.admit.claims import strip_markers
        from heedful.admit.policy import Experience

        experience = Experience.of(self.path)
        if self.store.principals is not None or not config.pitfalls or not experience.path.exists() or not isinstance(question, str) or not question.strip():
            return []
        found = experience.similar(question, self.embedder, k=config.pitfalls, min_cosine=config.pitfall_similarity)
        return [{**p, "answer": strip_markers(str(p.get("answer", "")))} for p in found]  # the planner reads no markers


def _planned(mode: str, config: AskConfig) -> bool:
    """Whether ``ask`` in ``mode`` runs the planner (which reads past rejections as pitfalls)."""
    return mode == "plan" or (mode == "auto" and config.auto_escalation == "plan")


def _check_fingerprint(path: Path, config: IndexConfig, embedder: Embedder) -> None:
    """Refuse an embedder whose weights differ from those the index was built with."""
    if config.embedder_sha256 and embedder.fingerprint != config.embedder_sha256:
        raise ConfigError(
            f"{path} was built with the model at {config.embedder} (weights sha256 "
            f"{config.embedder_sha256[:16]}...), but that model now has other weights (sha256 "
            f"{(embedder.fingerprint or 'unknown')[:16]}...): queries would be embedded by another model. "
            "Restore the model the index was built with, or rebuild the index with "
            f"`heedful index SOURCE --index {path} --model {config.embedder}` into a new folder"
        )
