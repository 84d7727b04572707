"""schemathesis, the command, against the served OpenAPI document: generated requests (positive and
negative, bounded, deterministic), every check schemathesis has, and not one server error."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.server.conftest import KEYS, keyring, running

ST = Path(sys.executable).with_name("schemathesis")


@pytest.fixture(scope="module")
def served(acl_index, embedder, llm, tmp_path_factory):
    """A keyed server over a private copy of the acl index, answering asks with the session's LLM."""
    from heedful import Engine
    from heedful.server.app import create_app
    from heedful.server.limits import Limits

    path = tmp_path_factory.mktemp("fuzzed") / "index"
    shutil.copytree(acl_index, path)
    engine = Engine.open(path, create=False, embedder=embedder)
    with running(create_app(engine, keyring=keyring(), limits=Limits(rate=1000.0), llm=lambda: llm)) as client:
        yield client


def schemathesis(url: str, cwd: Path, *options: str) -> subprocess.CompletedProcess[str]:
    # positive_data_acceptance is left out: JSON Schema cannot say which fields a filter may name or
    # what a plan's predicates mean, so a request the schema allows may rightly get a 400 problem
    return subprocess.run(
        [str(ST), "run", f"{url}/openapi.json", "--checks", "all", "--exclude-checks", "positive_data_acceptance",
         "--generation-deterministic", "--header", f"Authorization: Bearer {KEYS['admin'][0]}", "--no-color",
         *options],
        check=False, capture_output=True, text=True, timeout=900, cwd=cwd,  # its replay files go there
    )


def test_generated_requests_conform_and_never_get_a_server_error(served, tmp_path):
    run = schemathesis(served.url, tmp_path, "--max-examples", "30", "--exclude-path", "/v1/ask")
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "Failures:" not in run.stdout and "Errors:" not in run.stdout


def test_generated_questions_never_get_a_server_error(served, tmp_path):
    # an answer takes the local LLM seconds to tens of seconds on two cores: no response-time check here
    run = schemathesis(served.url, tmp_path, "--max-examples", "4", "--include-path", "/v1/ask", "--request-timeout", "600",
                       "--max-response-time", "600")
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "Failures:" not in run.stdout and "Errors:" not in run.stdout
