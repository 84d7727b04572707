"""The server under load: concurrent clients searching while documents are written, against direct
Engine.search under the same load in the same run; access control checked on every response; and
kill -9 of the server under write load, counting acknowledged documents lost.

    python bench/serve_load.py                      # 50 clients, 60 s per phase (about 6 min)
    python bench/serve_load.py --clients 10 --seconds 15 --name serve_load_quick

The corpus is NFCorpus (../shared/bench/nfcorpus, 3,162 medical abstracts) with an access list
given by position: a third of the documents public, a third for team-a, a third for team-b. Its
queries are the load (each client cycles through them from its own offset). Half the clients
search with team-a's key, half with team-b's; every hit of every response is checked against the
key's principals. One writer adds a document (alternately team-a's and team-b's) every 0.5 s
during both phases.

Phases, one after the other on the same index:
1. direct: ``clients`` threads calling ``engine.scoped(principals).search(query, k=10)`` in this process;
2. server: ``heedful serve`` in its own process; ``clients`` threads in this process, each with one
   keep-alive HTTP connection, POST /v1/search;
3. single client, sequential: direct and over HTTP, for the per-request overhead alone;
4. kill -9: writers post documents as fast as the server takes them; the server is killed with
   SIGKILL after ``--kill-after`` seconds; the index is reopened and every acknowledged id looked up.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import WORK, read_jsonl, require_shared, save

TEAMS = ("team-a", "team-b")
KEYS = {"team-a": "team-a-load-secret-0001", "team-b": "team-b-load-secret-0001", "writer": "writer-load-secret-0001"}


def acl_of(position: int) -> list[str] | None:
    return None if position % 3 == 0 else [TEAMS[position % 3 - 1]]


def build_index(path: Path) -> dict[str, list[str] | None]:
    """NFCorpus with access lists, built once (reused while the corpus file is unchanged)."""
    from heedful import Engine

    corpus = require_shared("nfcorpus", "corpus.jsonl")
    docs = read_jsonl(corpus)
    acls = {d["_id"]: acl_of(i) for i, d in enumerate(docs)}
    stamp = path / "built-from.json"
    want = {"corpus": str(corpus), "size": corpus.stat().st_size, "documents": len(docs)}
    if stamp.exists() and json.loads(stamp.read_text()) == want:
        return acls
    shutil.rmtree(path, ignore_errors=True)
    from heedful.types import Document

    items = [Document(d["_id"], d["text"], d.get("title") or "", {**({"acl": acls[d["_id"]]} if acls[d["_id"]] else {})})
             for d in docs]
    t = time.perf_counter()
    Engine.open(path).index(items, progress=True)
    print(f"indexed {len(items)} documents in {time.perf_counter() - t:.0f} s", flush=True)
    stamp.write_text(json.dumps(want))
    return acls


class Tally:
    """Latencies, errors and access violations of one phase, from many threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.hidden_returned = 0
        self.hits = 0

    def add(self, seconds: float, ids: list[str], visible: Any) -> None:
        bad = [i for i in ids if not visible(i)]
        with self.lock:
            self.latencies.append(seconds)
            self.hits += len(ids)
            self.hidden_returned += len(bad)

    def error(self, what: str) -> None:
        with self.lock:
            self.errors.append(what)

    def summary(self, seconds: float) -> dict[str, Any]:
        lat = sorted(self.latencies)
        q = statistics.quantiles(lat, n=100) if len(lat) >= 2 else [lat[0] if lat else 0.0] * 99
        return {"requests": len(lat), "errors": len(self.errors), "error_examples": self.errors[:5],
                "throughput_per_s": round(len(lat) / seconds, 2), "p50_ms": round(q[49] * 1000, 1),
                "p95_ms": round(q[94] * 1000, 1), "hits_checked": self.hits, "hidden_returned": self.hidden_returned}


class Acl:
    """Who may read each document, including those the writer adds during the run."""

    def __init__(self, acls: dict[str, list[str] | None]) -> None:
        self.acls = dict(acls)
        self.lock = threading.Lock()

    def set(self, doc_id: str, acl: list[str] | None) -> None:
        with self.lock:
            self.acls[doc_id] = acl

    def visible_to(self, team: str) -> Any:
        def visible(doc_id: str) -> bool:
            acl = self.acls.get(doc_id, ["unknown"])
            return acl is None or team in acl
        return visible


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(index: Path, keys: Path, port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "heedful", "serve", "--index", str(index), "--port", str(port),
                             "--keys", str(keys), "--rate", "100000", "--timeout", "120"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start: " + (proc.stdout.read().decode() if proc.stdout else ""))


def post(conn: http.client.HTTPConnection, path: str, body: Any, key: str) -> tuple[int, Any]:
    conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json", "Authorization": f"Bearer {key}"})
    response = conn.getresponse()
    return response.status, json.loads(response.read() or b"null")


def run_phase(name: str, clients: int, seconds: float, search: Any, write: Any, queries: list[str], acl: Acl) -> dict[str, Any]:
    """``clients`` threads calling ``search(state, team, query) -> ids`` and, unless ``write`` is None, one
    writer calling ``write(state, document)`` every 0.5 s."""
    tally, stop = Tally(), threading.Event()
    writes = {"acknowledged": 0, "errors": 0}

    def worker(n: int) -> None:
        team = TEAMS[n % 2]
        visible = acl.visible_to(team)
        i = n * 37
        state: dict[str, Any] = {}
        while not stop.is_set():
            query = queries[i % len(queries)]
            i += 1
            t = time.perf_counter()
            try:
                ids = search(state, team, query)
            except Exception as exc:  # noqa: BLE001 - counted, never fatal to the run
                tally.error(f"{type(exc).__name__}: {exc}"[:300])
                state.clear()
                continue
            tally.add(time.perf_counter() - t, ids, visible)

    def writer() -> None:
        i = 0
        state: dict[str, Any] = {}
        while not stop.is_set():
            doc_id = f"{name}-w{i}"
            team_acl = [TEAMS[i % 2]]
            acl.set(doc_id, team_acl)
            try:
                write(state, {"_id": doc_id, "text": f"Written during the load test: note {i} on dietary fibre "
                              "and cholesterol in adults.", "acl": team_acl})
                writes["acknowledged"] += 1
            except Exception:  # noqa: BLE001
                writes["errors"] += 1
                state.clear()
            i += 1
            stop.wait(0.5)

    threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(clients)]
    if write is not None:
        threads.append(threading.Thread(target=writer, daemon=True))
    t0 = time.perf_counter()
    for th in threads:
        th.start()
    stop.wait(seconds)
    stop.set()
    for th in threads:
        th.join(timeout=120)
    elapsed = time.perf_counter() - t0
    out = {**tally.summary(elapsed), "writes_acknowledged": writes["acknowledged"], "write_errors": writes["errors"],
           "seconds": round(elapsed, 1)}
    print(name, json.dumps(out), flush=True)
    return out


def http_search(port: int) -> Any:
    def search(state: dict[str, Any], team: str, query: str) -> list[str]:
        conn = state.get("conn") or http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        state["conn"] = conn
        status, body = post(conn, "/v1/search", {"query": query, "k": 10}, KEYS[team])
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {body}")
        return [h["id"] for h in body["hits"]]
    return search


def http_write(port: int) -> Any:
    def write(state: dict[str, Any], doc: dict[str, Any]) -> None:
        conn = state.get("conn") or http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        state["conn"] = conn
        status, body = post(conn, "/v1/documents", {"documents": [doc]}, KEYS["writer"])
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {body}")
    return write


def kill9(index: Path, keys: Path, writers: int, after: float) -> dict[str, Any]:
    """Writers post documents until the server is killed with SIGKILL; every acknowledged id must be there."""
    from heedful import Engine

    port = free_port()
    proc = start_server(index, keys, port)
    acked: list[str] = []
    sent = [0]
    lock = threading.Lock()
    stop = threading.Event()

    def writer(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        i = 0
        while not stop.is_set():
            doc_id = f"kill-{n}-{i}"
            i += 1
            with lock:
                sent[0] += 1
            try:
                status, _ = post(conn, "/v1/documents", {"documents": [{"_id": doc_id, "text": f"durable note {n} {i}",
                                                                        "acl": ["team-a"]}]}, KEYS["writer"])
            except OSError:
                return  # the server is gone: this request was never acknowledged
            if status == 200:
                with lock:
                    acked.append(doc_id)

    threads = [threading.Thread(target=writer, args=(n,), daemon=True) for n in range(writers)]
    for th in threads:
        th.start()
    time.sleep(after)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stop.set()
    for th in threads:
        th.join(timeout=60)
    engine = Engine.open(index, create=False)
    stored = set(engine.store.doc_hashes())
    lost = [i for i in acked if i not in stored]
    engine.index([], mode="upsert")  # what a restart does before writing: repair an interrupted run
    searchable = engine.scoped(["team-a"]).search("durable note", k=5).ids
    out = {"writers": writers, "killed_after_s": after, "requests_sent": sent[0], "acknowledged": len(acked),
           "acknowledged_lost": len(lost), "lost_examples": lost[:5],
           "stored_but_unacknowledged": len({i for i in stored if i.startswith("kill-")} - set(acked)),
           "searchable_after_restart": bool(searchable)}
    print("kill -9", json.dumps(out), flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--kill-after", type=float, default=15.0)
    ap.add_argument("--kill-writers", type=int, default=4)
    ap.add_argument("--name", default="serve_load")
    args = ap.parse_args()

    from heedful import Engine

    base = WORK / "serve" / "nfcorpus-acl"
    acls = build_index(base)
    queries = [q["text"] for q in read_jsonl(require_shared("nfcorpus", "queries.jsonl"))]
    run_dir = WORK / "serve" / "run"
    shutil.rmtree(run_dir, ignore_errors=True)
    shutil.copytree(base, run_dir)
    keys = WORK / "serve" / "keys.yaml"
    keys.write_text("keys:\n" + "".join(
        f"  - name: {name}\n    key: {secret}\n    principals: {list(TEAMS) if name == 'writer' else [name]}\n"
        f"    role: {'write' if name == 'writer' else 'read'}\n" for name, secret in KEYS.items()))
    acl = Acl(acls)

    # 1. direct: the engine in this process, the same threads and writer
    engine = Engine.open(run_dir, create=False)
    engine.search("warm up", k=10)
    writer_lock = threading.Lock()

    def direct_search(state: dict[str, Any], team: str, query: str) -> list[str]:
        return engine.scoped([team]).search(query, k=10).ids  # a view per request, as the server makes

    def direct_write(state: dict[str, Any], doc: dict[str, Any]) -> None:
        from heedful.types import Document

        with writer_lock:
            engine.upsert([Document(doc["_id"], doc["text"], "", {"acl": doc["acl"]})])

    # the single-client runs have no writer: they measure what HTTP adds to one request
    direct = run_phase("direct", args.clients, args.seconds, direct_search, direct_write, queries, acl)
    single_direct = run_phase("direct-1-client", 1, args.seconds / 4, direct_search, None, queries, acl)

    # 2. the server, in its own process
    port = free_port()
    proc = start_server(run_dir, keys, port)
    try:
        served = run_phase("server", args.clients, args.seconds, http_search(port), http_write(port), queries, acl)
        single_served = run_phase("server-1-client", 1, args.seconds / 4, http_search(port), None, queries, acl)
    finally:
        proc.terminate()
        proc.wait(timeout=30)

    # 3. kill -9 under write load
    killed = kill9(run_dir, keys, args.kill_writers, args.kill_after)

    ratio = served["p50_ms"] / direct["p50_ms"] if direct["p50_ms"] else float("nan")
    ratio1 = single_served["p50_ms"] / single_direct["p50_ms"] if single_direct["p50_ms"] else float("nan")
    results = {"corpus": "nfcorpus (3,162 documents; acl by position: 1/3 public, 1/3 team-a, 1/3 team-b)",
               "clients": args.clients, "seconds_per_phase": args.seconds, "direct": direct, "server": served,
               "direct_1_client": single_direct, "server_1_client": single_served, "kill9": killed,
               "p50_ratio_server_vs_direct": round(ratio, 3), "p50_ratio_1_client": round(ratio1, 3)}
    rows = [("direct Engine.search", direct), ("server POST /v1/search", served),
            ("direct, 1 client", single_direct), ("server, 1 client", single_served)]
    table = ("| run | requests | errors | throughput (req/s) | p50 ms | p95 ms | hits checked | hidden returned | "
             "writes acked |\n|---|---|---|---|---|---|---|---|---|\n")
    table += "\n".join(f"| {name} | {r['requests']} | {r['errors']} | {r['throughput_per_s']} | {r['p50_ms']} | "
                       f"{r['p95_ms']} | {r['hits_checked']} | {r['hidden_returned']} | {r['writes_acknowledged']} |"
                       for name, r in rows)
    table += (f"\n\n{args.clients} concurrent clients for {args.seconds:g} s each, one writer adding a document every "
              f"0.5 s. The server runs with --rate 100000 --timeout 120 (the defaults, 20 requests/s per key and 30 s, "
              f"would turn this load, two keys for {args.clients} clients, into 429s). Server p50 / direct p50: **{ratio:.2f}x** ({args.clients} clients), {ratio1:.2f}x (1 client). "
              f"Throughput ratio: {served['throughput_per_s'] / direct['throughput_per_s']:.2f}.\n\n"
              f"kill -9 after {args.kill_after:g} s of {args.kill_writers} writers: {killed['acknowledged']} documents "
              f"acknowledged, **{killed['acknowledged_lost']} lost**; {killed['stored_but_unacknowledged']} stored "
              f"without an acknowledgement (in flight at the kill); searchable after restart: "
              f"{killed['searchable_after_restart']}.")
    print(save(args.name, results, table))


if __name__ == "__main__":
    main()
