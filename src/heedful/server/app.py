"""The HTTP API and the search page: one FastAPI app over one index.

Every read runs on a view of the engine scoped to the caller's principals
(:meth:`Engine.scoped <heedful.engine.Engine.scoped>`), so the access condition sits inside each
store query and nothing in a request can remove it. Writes go through one writer (a lock in this
process, the index's write lock across processes) and are acknowledged only after their commit.
Errors are RFC 9457 problem details (``application/problem+json``), never a stack trace.

(No ``from __future__ import annotations`` here: FastAPI reads the endpoints' annotations at run
time, and the dependencies they name are local to :func:`_routes`.)
"""

import contextlib
import datetime as dt
import logging
import math
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from importlib import resources
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

import anyio
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from heedful.errors import (
    HeedfulError,
    IndexBusyError,
    MissingDependencyError,
    ModelNotFoundError,
)
from heedful.server.keys import ANONYMOUS, Key, Keyring, Role
from heedful.server.limits import (
    MAX_DOCUMENTS,
    MAX_FILTERS,
    MAX_INSTRUCTION_CHARS,
    MAX_K,
    MAX_QUERY_CHARS,
    Limits,
)
from heedful.types import jsonable

if TYPE_CHECKING:
    from heedful.engine import Engine
    from heedful.models.base import Generator

__all__ = ["Limits", "Problem", "create_app", "serving"]

log = logging.getLogger("heedful.server")

PROBLEM = "application/problem+json"
T = TypeVar("T")


class Problem(Exception):
    """An error answered as RFC 9457 problem details."""

    def __init__(self, status: int, title: str, detail: str, *, headers: dict[str, str] | None = None,
                 **extra: Any) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail, self.headers, self.extra = status, title, detail, headers or {}, extra


def problem_response(request: Request | None, p: Problem) -> JSONResponse:
    body = {"type": "about:blank", "title": p.title, "status": p.status, "detail": p.detail,
            **({"instance": request.url.path} if request is not None else {}), **p.extra}
    return JSONResponse(body, status_code=p.status, headers=p.headers, media_type=PROBLEM)


class ProblemDetails(BaseModel):
    """RFC 9457 problem details: every error the API answers."""

    type: str = Field("about:blank", description="always about:blank: the status says what kind of problem")
    title: str = Field(..., description="the HTTP status phrase")
    status: int = Field(..., description="the HTTP status code")
    detail: str = Field(..., description="what went wrong and what to do about it")
    instance: str | None = Field(None, description="the path asked for")
    errors: list[dict[str, str]] | None = Field(None, description="422 only: each invalid part of the request")


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the problem responses a route may give."""
    what = {400: "a request heedful cannot run: the detail says why (a filter, a plan, a document)",
            401: "no key, or not a valid one", 403: "the key's role or principals do not allow it",
            404: "no such document, or one this key may not read", 413: "the body is too large",
            422: "the body does not fit the schema", 429: "the key is over its rate (see Retry-After)",
            503: "the index is busy or a model is missing", 504: "the request took longer than the time limit"}
    schema = ProblemDetails.model_json_schema()
    return {code: {"description": what[code], "content": {PROBLEM: {"schema": schema}}} for code in codes}


_READ = _errors(400, 401, 403, 413, 422, 429, 503, 504)
_WRITE = _errors(400, 401, 403, 404, 413, 422, 429, 503, 504)


# ---------------------------------------------------------------- request bodies
class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SearchRequest(_Body):
    query: str = Field("", max_length=MAX_QUERY_CHARS, description="what to search for")
    instruction: str | None = Field(None, max_length=MAX_INSTRUCTION_CHARS,
                                    description="what counts as relevant, in words; compiles into a plan")
    plan: dict[str, Any] | None = Field(None, description="an edited plan (as /v1/plan returns it); wins over instruction")
    filters: list[Annotated[str, Field(max_length=1_000)]] = Field(
        default_factory=list, max_length=MAX_FILTERS, description='hard conditions, "FIELD OP VALUE"')
    as_of: dt.date | None = Field(None, description="nothing dated after this day; versions valid on it")
    k: int = Field(10, ge=1, le=MAX_K, description="how many hits")
    judge: Literal["none", "llm"] = Field("none", description="llm: the local LLM rereads the top candidates")


class PlanRequest(_Body):
    instruction: str = Field(..., min_length=1, max_length=MAX_INSTRUCTION_CHARS)
    query: str = Field("", max_length=MAX_QUERY_CHARS)


class AskRequest(_Body):
    question: str = Field(..., min_length=1, max_length=MAX_QUERY_CHARS)
    instruction: str | None = Field(None, max_length=MAX_INSTRUCTION_CHARS)
    as_of: dt.date | None = None
    choices: list[Annotated[str, Field(min_length=1, max_length=500)]] | None = Field(None, max_length=26)
    mode: Literal["auto", "closed-book", "single", "iter-retgen", "plan"] = "auto"
    max_iterations: int = Field(3, ge=1, le=5)
    k: int = Field(5, ge=1, le=20)


class DocumentsRequest(_Body):
    documents: list[dict[str, Any]] = Field(
        ..., min_length=1, max_length=MAX_DOCUMENTS,
        description='documents in the index\'s format: "_id", "text", optional "title", metadata fields, '
                    'and "acl" (a list of principals) to restrict who may read it')


# ---------------------------------------------------------------- limits
class BodyLimit:
    """ASGI middleware: a request body over ``max_body`` bytes is answered 413 before it is read whole."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_big = Problem(413, "Content Too Large", f"the request body is over {self.max_body} bytes; "
                          "send fewer documents per request")
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            await problem_response(None, too_big)(scope, receive, send)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _TooBig
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except _TooBig:
            if not started:
                await problem_response(None, too_big)(scope, receive, send)


class _TooBig(Exception):
    pass


#: the page's own policy (also in its <meta>): its scripts, styles and API, nothing from elsewhere
PAGE_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
               "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class SecurityHeaders:
    """ASGI middleware: every response says nosniff and no-referrer; the page and its files carry its
    content security policy and may not be framed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        page = not scope["path"].startswith(("/v1/", "/healthz", "/openapi.json", "/docs", "/redoc"))

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
                if page:
                    headers += [(b"content-security-policy", PAGE_POLICY.encode()), (b"x-frame-options", b"DENY")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


class RateLimiter:
    """Token buckets per key: ``rate`` requests per second, bursts of twice that."""

    def __init__(self) -> None:
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def wait(self, who: str, rate: float) -> float:
        """0 when a request may go now (and takes a token), else the seconds until one may."""
        burst = max(1.0, 2.0 * rate)
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(who, (burst, now))
            tokens = min(burst, tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[who] = (tokens - 1.0, now)
                return 0.0
            self._buckets[who] = (tokens, now)
            return (1.0 - tokens) / rate


# ---------------------------------------------------------------- the app
class Service:
    """What the endpoints share: the engine, the keys, the limits, the one writer."""

    def __init__(self, engine: "Engine", keyring: Keyring | None, limits: Limits,
                 llm: "Callable[[], Generator] | None" = None) -> None:
        self.engine = engine
        self.keyring = keyring
        self.limits = limits
        self.rates = RateLimiter()
        self.writer = threading.Lock()
        self._llm = llm
        self._refreshed = time.monotonic()

    def view(self, key: Key) -> "Engine":
        """The engine as ``key`` may read it (made inside :meth:`run`'s worker, after its refresh)."""
        return self.engine if key.principals is None else self.engine.scoped(key.principals)

    def llm(self) -> "Generator":
        if self._llm is not None:
            return self._llm()
        from heedful.config import LLMConfig
        from heedful.models.generator import load_generator

        return load_generator(LLMConfig.from_env())

    def refresh(self) -> None:
        """At most every ``limits.refresh`` seconds, see what other processes wrote to the index (a
        ``heedful index`` run beside the server); skipped while this server is writing, which reloads anyway."""
        now = time.monotonic()
        if now - self._refreshed < self.limits.refresh or not self.writer.acquire(blocking=False):
            return
        try:
            self._refreshed = now
            self.engine.refresh()
        finally:
            self.writer.release()

    async def run(self, fn: Callable[[], T], *, timeout: float, what: str) -> T:
        """``fn`` in a worker thread, answered 504 after ``timeout`` seconds (the thread finishes
        on its own: a write that was under way still commits whole, or not at all)."""

        def work() -> T:
            self.refresh()
            return fn()

        try:
            with anyio.fail_after(timeout):
                return await anyio.to_thread.run_sync(work, abandon_on_cancel=True)
        except TimeoutError:
            raise Problem(504, "Gateway Timeout", f"{what} took longer than {timeout:g} s") from None


def create_app(engine: "Engine", *, keyring: Keyring | None = None, limits: Limits | None = None,
               llm: "Callable[[], Generator] | None" = None) -> FastAPI:
    """The app serving ``engine``: the API under ``/v1``, the search page at ``/``.

    ``keyring`` None serves everyone as one unrestricted caller (bind it to loopback only: the
    ``heedful serve`` command refuses anything else). ``llm`` returns the generator ``ask`` and
    the LLM judge use (default: the configured local model, loaded on first use).
    """
    limits = limits or Limits()
    service = Service(engine, keyring, limits, llm)
    app = FastAPI(
        title="heedful", version=_version(),
        description="Instruction-following search: an instruction compiles into a relevance plan, every hit "
                    "explains itself. Authenticate with `Authorization: Bearer KEY`; every read sees only the "
                    "documents the key's principals may read.",
    )
    app.state.service = service
    _handlers(app)
    _routes(app, service)
    static = resources.files("heedful.server") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(str(static / "index.html"), media_type="text/html")

    app.add_middleware(BodyLimit, max_body=limits.max_body)
    app.add_middleware(SecurityHeaders)
    return app


@contextlib.contextmanager
def serving(app: FastAPI, *, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a background thread until the block ends; yields its base URL.

    For notebooks, tests and scripts (``heedful serve`` runs uvicorn in the foreground). ``port`` 0
    picks a free one.

    >>> with serving(create_app(engine)) as url:  # doctest: +SKIP
    ...     urllib.request.urlopen(url + "/healthz").read()
    b'{"status":"ok"}'
    """
    import socket

    import uvicorn

    if port == 0:
        with socket.socket() as s:
            s.bind((host, 0))
            port = int(s.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, name="heedful-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"the server on {host}:{port} did not start")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("heedful")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0"


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def on_problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(request, exc)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
                  for e in exc.errors()]
        detail = "; ".join(f"{e['where']}: {e['problem']}" for e in errors[:5])
        return problem_response(request, Problem(422, "Unprocessable Content", detail, errors=errors))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        titles = {404: "Not Found", 405: "Method Not Allowed"}
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # every method of the path, not only those of the first route matched
            headers["Allow"] = ", ".join(_allowed(request))
        return problem_response(request, Problem(exc.status_code, titles.get(exc.status_code, "Error"),
                                                 str(exc.detail), headers=headers))

    @app.exception_handler(HeedfulError)
    async def on_heedful(request: Request, exc: HeedfulError) -> JSONResponse:
        if isinstance(exc, IndexBusyError):
            return problem_response(request, Problem(503, "Service Unavailable", str(exc),
                                                     headers={"Retry-After": "5"}))
        if isinstance(exc, (MissingDependencyError, ModelNotFoundError)):
            return problem_response(request, Problem(503, "Service Unavailable", str(exc)))
        return problem_response(request, Problem(400, "Bad Request", str(exc)))

    @app.exception_handler(Exception)
    async def on_error(request: Request, exc: Exception) -> JSONResponse:
        ref = uuid.uuid4().hex[:12]
        log.error("error %s on %s %s", ref, request.method, request.url.path, exc_info=exc)
        return problem_response(request, Problem(500, "Internal Server Error",
                                                 f"the server failed; its log names this error {ref}"))


def _allowed(request: Request) -> list[str]:
    """The methods the routes of the request's path take."""
    from starlette.routing import Match, Route

    methods: set[str] = set()
    for route in request.app.routes:
        if isinstance(route, Route) and route.methods and route.matches(request.scope)[0] != Match.NONE:
            methods |= route.methods
    return sorted(methods)


def _routes(app: FastAPI, service: Service) -> None:
    async def caller(request: Request) -> Key:
        if service.keyring is None:
            key = ANONYMOUS
            who = f"client {request.client.host if request.client else '?'}"
        else:
            header = request.headers.get("authorization", "")
            scheme, _, secret = header.partition(" ")
            challenge = {"WWW-Authenticate": 'Bearer realm="heedful"'}
            if scheme.lower() != "bearer" or not secret.strip():
                raise Problem(401, "Unauthorized", "send your key as the header Authorization: Bearer KEY",
                              headers=challenge)
            found = service.keyring.lookup(secret.strip())
            if found is None:
                raise Problem(401, "Unauthorized", "that key is not valid", headers=challenge)
            key, who = found, f"key {found.name}"
        wait = service.rates.wait(key.name if service.keyring is not None else who,
                                  key.rate or service.limits.rate)
        if wait:
            raise Problem(429, "Too Many Requests", f"{who} is over its rate; retry in {wait:.2f} s",
                          headers={"Retry-After": str(max(1, math.ceil(wait)))})
        request.state.key_name = key.name
        return key

    def role(needed: Role) -> Callable[[Key], Awaitable[Key]]:
        async def check(key: Annotated[Key, Depends(caller)]) -> Key:
            if not key.may(needed):
                raise Problem(403, "Forbidden", f"key {key.name} has role {key.role}; this needs {needed}")
            return key
        return check

    Reader = Annotated[Key, Depends(role("read"))]
    Writer = Annotated[Key, Depends(role("write"))]

    @app.get("/healthz", tags=["service"])
    def healthz() -> dict[str, str]:
        """Whether the server is up (no key needed)."""
        return {"status": "ok"}

    @app.get("/v1/info", tags=["service"], responses=_READ)
    async def info(key: Reader) -> dict[str, Any]:
        """The index as this key sees it: counts of the documents it may read, fields, model."""

        def work() -> dict[str, Any]:
            view = service.view(key)
            full = view.info()
            shown: dict[str, Any] = {k: full[k] for k in ("documents", "passages", "embedder", "dim", "chunk", "fields", "tables", "links")
                     if k in full}
            return {**shown, "caller": {"name": key.name, "role": key.role,
                                        "principals": None if key.principals is None else sorted(key.principals)}}

        return await service.run(work, timeout=service.limits.timeout, what="info")

    @app.post("/v1/plan", tags=["search"], responses=_READ)
    async def plan(body: PlanRequest, key: Reader) -> dict[str, Any]:
        """Compile an instruction into the relevance plan /v1/search would use (editable, pass it back as plan)."""

        def work() -> dict[str, Any]:
            view = service.view(key)
            compiled = view.compile(body.instruction, query=body.query)
            return {"plan": compiled.to_dict(), "text": str(compiled)}

        return await service.run(work, timeout=service.limits.timeout, what="compiling the plan")

    @app.post("/v1/search", tags=["search"], responses=_READ)
    async def search(body: SearchRequest, key: Reader) -> dict[str, Any]:
        """Search with an instruction (or an edited plan) and filters; the same fields as `heedful search --format json`."""

        def work() -> dict[str, Any]:
            view = service.view(key)
            judge: Any = body.judge
            if judge == "llm":  # loading the model takes seconds: here in the worker, not in the event loop
                from heedful.rank.llm_judge import LLMJudge

                judge = LLMJudge(service.llm())
            res = view.search(body.query, instruction=body.instruction, plan=body.plan, filters=body.filters,
                              k=body.k, as_of=body.as_of, judge=judge)
            return _without_acl(res.to_dict())

        return await service.run(work, timeout=service.limits.timeout, what="the search")

    @app.post("/v1/ask", tags=["search"], responses=_READ)
    async def ask(body: AskRequest, key: Reader) -> dict[str, Any]:
        """Answer a question from the documents this key may read, citing them (the local LLM writes the answer)."""

        def work() -> dict[str, Any]:
            view = service.view(key)
            answer = view.ask(body.question, instruction=body.instruction, as_of=body.as_of, choices=body.choices,
                              mode=body.mode, max_iterations=body.max_iterations, k=body.k, llm=service.llm())
            return answer.to_dict()

        return await service.run(work, timeout=service.limits.ask_timeout, what="the answer")

    @app.get("/v1/documents/{doc_id}", tags=["documents"], responses=_WRITE)
    async def get_document(doc_id: str, key: Reader) -> dict[str, Any]:
        """One document's passages, if this key may read it (404 otherwise, as for an id that does not exist)."""

        def work() -> dict[str, Any]:
            view = service.view(key)
            found = sorted(view.store.passages([doc_id]), key=lambda c: c.passage)
            if not found:
                raise Problem(404, "Not Found", f"no document {doc_id!r}")
            meta = {k: v for k, v in found[0].metadata.items() if k != "acl"}
            return {"_id": doc_id, "title": found[0].title, "metadata": jsonable(meta),
                    "passages": [c.text for c in found]}

        return await service.run(work, timeout=service.limits.timeout, what="reading the document")

    @app.post("/v1/documents", tags=["documents"], responses=_WRITE)
    async def put_documents(body: DocumentsRequest, key: Writer) -> dict[str, Any]:
        """Add or replace documents (upsert). Acknowledged only once committed: it survives a crash of the server."""
        docs = _documents(body.documents)
        _check_acl_of_new(docs, key)

        def work() -> dict[str, Any]:
            with service.writer:
                _check_replaceable([d.id for d in docs], key, service)
                report = service.engine.upsert(docs)
            return {"added": report.added, "updated": report.updated, "unchanged": report.unchanged,
                    "ids": [d.id for d in docs]}

        return await service.run(work, timeout=service.limits.timeout, what="the write")

    @app.delete("/v1/documents/{doc_id}", tags=["documents"], responses=_WRITE)
    async def delete_document(doc_id: str, key: Writer) -> dict[str, Any]:
        """Remove a document this key may read (404 for one it may not, as for one that does not exist)."""

        def work() -> dict[str, Any]:
            with service.writer:
                owner = service.engine if key.role == "admin" else service.view(key)
                if not owner.store.passages([doc_id]):
                    raise Problem(404, "Not Found", f"no document {doc_id!r}")
                service.engine.delete([doc_id])
            return {"deleted": doc_id}

        return await service.run(work, timeout=service.limits.timeout, what="the delete")


def _without_acl(results: dict[str, Any]) -> dict[str, Any]:
    """Hits without their ``acl``: who else may read a document is not the caller's business."""
    for hit in results.get("hits", []):
        hit.get("metadata", {}).pop("acl", None)
    return results


def _documents(records: list[dict[str, Any]]) -> list[Any]:
    """The request's documents, each checked as a line of a JSONL file would be ("documents:N" names the Nth)."""
    from heedful.ingest.records import Spec, document

    spec = Spec(id_field="_id", text_field="text", title_field="title", declared={})
    return [document(r, spec, "documents", i) for i, r in enumerate(records, 1)]


def _check_acl_of_new(docs: list[Any], key: Key) -> None:
    """A write key writes documents it can read itself: no acl, or one sharing its principals."""
    from heedful.ingest.fields import coerce
    from heedful.store.access import ACL_FIELD, visible

    if key.role == "admin" or key.principals is None:
        return
    for d in docs:
        acl = d.metadata.get(ACL_FIELD)
        if acl is None:
            continue
        names = coerce(acl, "list", field=ACL_FIELD)  # as the index will store it
        if not visible({ACL_FIELD: names}, key.principals):
            raise Problem(403, "Forbidden", f"document {d.id!r}: its acl {sorted(set(names))} shares no principal with "
                          f"key {key.name}; a write key writes only documents it can read (an admin key may)")


def _check_replaceable(ids: list[str], key: Key, service: Service) -> None:
    """A write key replaces only documents it can read. (It learns that a hidden id is taken: ids
    are one namespace per index. It never learns what the document holds.)"""
    from heedful.store.access import visible

    if key.role == "admin" or key.principals is None:
        return
    present = {c.doc_id: c.metadata for c in service.engine.store.passages(ids)}
    hidden = [i for i in ids if i in present and not visible(present[i], key.principals)]
    if hidden:
        raise Problem(403, "Forbidden", f"document id {hidden[0]!r} is taken by a document key {key.name} "
                      "cannot read; choose another id")
