"""The HTTP API over a real server on loopback: the endpoints, problem details, limits, durability."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.server.conftest import Client, free_port, keyring, running

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_health_needs_no_key_and_the_openapi_document_lists_every_endpoint(api):
    assert api.call("GET", "/healthz").body == {"status": "ok"}
    spec = api.call("GET", "/openapi.json").body
    assert sorted((m.upper(), p) for p, ops in spec["paths"].items() for m in ops) == [
        ("DELETE", "/v1/documents/{doc_id}"), ("GET", "/healthz"), ("GET", "/v1/documents/{doc_id}"),
        ("GET", "/v1/info"), ("POST", "/v1/ask"), ("POST", "/v1/documents"), ("POST", "/v1/plan"),
        ("POST", "/v1/search"),
    ]


def test_search_answers_the_fields_of_the_command_line_json(api, acl_index, embedder):
    from heedful import Engine

    reply = api.search("hr", query="salary review bonus", instruction="Documents about executives are not relevant.", k=3)
    assert reply.status == 200
    assert set(reply.body) == {"query", "instruction", "plan", "timings_ms", "hits"}
    assert set(reply.body["hits"][0]) == {"id", "rank", "score", "title", "text", "passage", "metadata", "ranks",
                                         "explanation"}
    direct = Engine.open(acl_index, create=False, embedder=embedder).scoped(["hr"]).search(
        "salary review bonus", instruction="Documents about executives are not relevant.", k=3)
    assert reply.ids == direct.ids == ["hr-bonus", "handbook", "hr-bands"]
    assert reply.body["plan"] == direct.plan.to_dict()


def test_plan_compiles_the_instruction_and_search_takes_it_back_edited(api):
    plan = api.call("POST", "/v1/plan", {"instruction": "Only documents published after 2024-03-01."}, key="admin").body
    assert plan["plan"]["filters"] == [{"field": "publish_date", "op": ">=", "value": "2024-03-02"}]
    assert plan["text"].endswith("filters:\n    publish_date >= '2024-03-02'")
    assert api.search("hr", query="salary", plan=plan["plan"]).ids == ["hr-bonus"]
    plan["plan"]["filters"] = []
    assert api.search("hr", query="salary", plan=plan["plan"]).ids == ["handbook", "hr-bonus", "hr-bands"]


def test_errors_are_problem_details_without_a_trace(api):
    cases = [
        (api.search("hr", query="salary", filters=["publish_date == 2024"]), 400,
         "cannot parse filter 'publish_date == 2024': '==' is not an operator; use '='"),
        (api.search("hr", query="salary", plan={"bogus": 1}), 400,
         ("plan: unknown key 'bogus'; allowed keys: 'query', 'criteria', 'filters', 'relations', 'time', "
         "'compiled_by', 'notes'")),
        (api.search("hr", query=""), 400, "nothing to search for: pass a query, an instruction or both"),
        (api.search("hr", query="salary", k=1001), 422, "body.k: Input should be less than or equal to 1000"),
        (api.search("hr", query="salary", instruction="x" * 4001), 422,
         "body.instruction: String should have at most 4000 characters"),
        (api.search("hr", query="salary", as_of="the first of may"), 422,
         "body.as_of: Input should be a valid date or datetime, invalid character in year"),
        (api.search("hr", query="salary", sort="date"), 422, "body.sort: Extra inputs are not permitted"),
        (api.call("POST", "/v1/search", raw=b"{not json", key="hr"), 422,
         "body.1: JSON decode error"),
        (api.call("GET", "/v1/nothing", key="hr"), 404, "Not Found"),
        (api.call("PUT", "/v1/search", {}, key="hr"), 405, "Method Not Allowed"),
    ]
    for reply, status, detail in cases:
        assert reply.headers["content-type"] == "application/problem+json"
        assert (reply.status, reply.body["detail"]) == (status, detail)
        assert reply.body["status"] == status and reply.body["title"] and reply.body["type"] == "about:blank"
        assert "Traceback" not in json.dumps(reply.body)


def test_keys_are_required_checked_and_roles_enforced(api):
    missing = api.search(None, query="salary")
    assert (missing.status, missing.body["detail"]) == (401, "send your key as the header Authorization: Bearer KEY")
    assert missing.headers["www-authenticate"] == 'Bearer realm="heedful"'
    assert api.search("not-a-key-of-this-server", query="salary").body["detail"] == "that key is not valid"
    assert api.call("GET", "/v1/info", headers={"Authorization": "Basic aHI6aHI="}).status == 401
    write = api.call("POST", "/v1/documents", {"documents": [{"_id": "n1", "text": "a note"}]}, key="hr")
    assert (write.status, write.body["detail"]) == (403, "key hr has role read; this needs write")
    info = api.call("GET", "/v1/info", key="hr").body
    assert info["caller"] == {"name": "hr", "role": "read", "principals": ["hr"]}
    assert (info["documents"], info["fields"]) == (3, {"publish_date": "date", "acl": "list"})


def test_writes_upsert_read_back_and_delete(api):
    doc = {"_id": "eng-rota", "title": "On-call rota", "text": "The on-call rota for engineers changes every Monday.",
           "acl": ["eng"], "publish_date": "2024-06-01"}
    first = api.call("POST", "/v1/documents", {"documents": [doc]}, key="eng")
    assert first.body == {"added": 1, "updated": 0, "unchanged": 0, "ids": ["eng-rota"]}
    again = api.call("POST", "/v1/documents", {"documents": [doc]}, key="eng")
    assert again.body == {"added": 0, "updated": 0, "unchanged": 1, "ids": ["eng-rota"]}
    changed = api.call("POST", "/v1/documents", {"documents": [{**doc, "text": "The rota changes on Tuesdays."}]}, key="eng")
    assert changed.body["updated"] == 1
    got = api.call("GET", "/v1/documents/eng-rota", key="eng").body
    assert got == {"_id": "eng-rota", "title": "On-call rota", "metadata": {"publish_date": "2024-06-01"},
                   "passages": ["The rota changes on Tuesdays."]}
    assert api.search("eng", query="rota Tuesdays", k=1).ids == ["eng-rota"]
    assert api.call("DELETE", "/v1/documents/eng-rota", key="eng").body == {"deleted": "eng-rota"}
    assert api.call("GET", "/v1/documents/eng-rota", key="eng").status == 404


def test_bad_documents_are_refused_whole_naming_the_document(api):
    reply = api.call("POST", "/v1/documents", {"documents": [
        {"_id": "ok-1", "text": "fine", "acl": ["eng"]}, {"_id": "bad", "title": "no text", "acl": ["eng"]}]}, key="eng")
    assert (reply.status, reply.body["detail"]) == (
        400, ('documents:2: missing "text" (keys: "_id", "title", "acl"); name the text key with text_field= '
             "(Python) or --text-field (command line)"))
    dup = api.call("POST", "/v1/documents", {"documents": [{"_id": "d", "text": "a"}, {"_id": "d", "text": "b"}]},
                   key="eng")
    assert (dup.status, dup.body["detail"]) == (400, "duplicate document id(s) in documents: 'd'")
    assert api.call("GET", "/v1/documents/ok-1", key="eng").status == 404


def test_a_body_over_the_limit_is_413_and_a_key_over_its_rate_429(embedder, acl_index):
    from heedful import Engine
    from heedful.server.app import create_app
    from heedful.server.limits import Limits

    engine = Engine.open(acl_index, create=False, embedder=embedder)
    with running(create_app(engine, keyring=keyring(), limits=Limits(max_body=2048, rate=1.0))) as client:
        big = client.call("POST", "/v1/documents", {"documents": [{"_id": "x", "text": "word " * 1000}]}, key="eng")
        assert (big.status, big.body["detail"]) == (
            413, "the request body is over 2048 bytes; send fewer documents per request")
        statuses = [client.search("finance", query="salary").status for _ in range(4)]
        assert statuses[:2] == [200, 200] and 429 in statuses
        limited = client.search("finance", query="salary")
        assert limited.status == 429 and int(limited.headers["retry-after"]) >= 1
        assert limited.body["detail"].startswith("key finance is over its rate; retry in ")
        assert client.search("hr", query="salary").status == 200  # buckets are per key


def test_a_request_over_the_time_limit_is_504(embedder, acl_index):
    from heedful import Engine
    from heedful.server.app import create_app
    from heedful.server.limits import Limits

    engine = Engine.open(acl_index, create=False, embedder=embedder)
    with running(create_app(engine, keyring=keyring(), limits=Limits(timeout=0.000001))) as client:
        slow = client.search("hr", query="salary review")
        assert (slow.status, slow.body["detail"]) == (504, "the search took longer than 1e-06 s")


def _serve(index: Path, port: int, *extra: str) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "heedful", "serve", "--index", str(index), "--port", str(port), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    client = Client(f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + 60
    while True:
        try:
            if client.call("GET", "/healthz").status == 200:
                return proc
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(proc.stdout.read().decode() if proc.stdout else "the server did not start")
        time.sleep(0.2)


def test_an_acknowledged_write_survives_kill_9(tmp_path, acl_index):
    import shutil

    from heedful import Engine

    index = tmp_path / "index"
    shutil.copytree(acl_index, index)
    port = free_port()
    proc = _serve(index, port)
    try:
        client = Client(f"http://127.0.0.1:{port}")
        acked = []
        for i in range(5):
            reply = client.call("POST", "/v1/documents", {"documents": [{"_id": f"note-{i}", "text": f"note number {i}"}]})
            assert reply.status == 200
            acked.append(f"note-{i}")
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    engine = Engine.open(index, create=False)
    assert sorted(set(acked) & set(engine.store.doc_hashes())) == acked
    assert engine.search("note number 3", k=1).ids == ["note-3"]


def test_serve_without_keys_binds_loopback_only_and_says_so(tmp_path, acl_index):
    from heedful.cli import main

    refused = subprocess.run([sys.executable, "-m", "heedful", "serve", "--index", str(acl_index), "--host", "0.0.0.0"],
                             check=False, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "Error: --host 0.0.0.0 without --keys would let anyone on the network read and write the index; give "
        "--keys KEYS.yaml (see heedful serve --help) or bind 127.0.0.1")
    bad = tmp_path / "keys.yaml"
    bad.write_text("keys:\n  - key: short\n    role: read\n")
    assert main(["serve", "--index", str(acl_index), "--keys", str(bad)]) == 1
    port = free_port()
    proc = _serve(acl_index, port)
    try:
        assert sorted(Client(f"http://127.0.0.1:{port}").search(query="salary", k=10).ids) == [
            "eng-oncall", "exec-comp", "handbook", "hr-bands", "hr-bonus", "sealed"]  # no keys: every document
    finally:
        proc.terminate()
        out = proc.communicate(timeout=30)[0].decode()
    assert out.splitlines()[:2] == [
        (f"heedful: no --keys: serving {acl_index} to this machine only (127.0.0.1), every document readable "
        "and writable without a key"),
        (f"heedful: the search page is at http://127.0.0.1:{port}/ and the API at http://127.0.0.1:{port}/v1 "
        "(Ctrl+C stops)")]


def test_the_page_and_the_api_send_security_headers(api):
    page = api.call("GET", "/")
    assert page.status == 200 and "<title>heedful search</title>" in page.body
    assert page.headers["content-security-policy"].startswith("default-src 'none'; script-src 'self'")
    assert (page.headers["x-frame-options"], page.headers["x-content-type-options"]) == ("DENY", "nosniff")
    assert api.call("GET", "/static/app.js").headers["content-security-policy"]
    reply = api.search("hr", query="salary")
    assert (reply.headers["x-content-type-options"], reply.headers["referrer-policy"]) == ("nosniff", "no-referrer")


def test_the_server_sees_what_another_process_writes(tmp_path, acl_index, embedder):
    import shutil

    from heedful import Engine
    from heedful.server.app import create_app
    from heedful.server.limits import Limits

    path = tmp_path / "index"
    shutil.copytree(acl_index, path)
    served = Engine.open(path, create=False, embedder=embedder)
    with running(create_app(served, keyring=keyring(), limits=Limits(refresh=0.0))) as client:
        assert "canteen" not in client.search("hr", query="canteen menu", k=3).ids
        other = Engine.open(path, create=False, embedder=embedder)  # another writer, as `heedful index` would be
        other.upsert(_docs([("canteen", "The canteen menu changes weekly.")]))
        reply = client.search("hr", query="canteen menu", k=3)
        assert reply.ids[0] == "canteen"
        assert client.call("GET", "/v1/info", key="hr").body["documents"] == 4


def _docs(pairs: list[tuple[str, str]]) -> list:
    from heedful.types import Document

    return [Document(doc_id, text) for doc_id, text in pairs]
