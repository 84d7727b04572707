from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"

# Rankings on the tiny corpora sit on near-ties, and the int8 graph's vectors differ from fp32 ones in
# the third decimal: one arithmetic on every CPU (the default picks int8 only where the CPU has int8
# dot products). tests/models/test_embedder.py loads each precision by name; CLI subprocesses inherit this.
os.environ["HEEDFUL_EMBED_PRECISION"] = "fp32"


@pytest.fixture(scope="session")
def embedder():
    """The real default embedder, loaded once per test session."""
    from heedful.models import load_embedder

    return load_embedder()


@pytest.fixture(scope="session")
def tiny_index(tmp_path_factory, embedder):
    """An index of tests/data/tiny.jsonl built once; tests that write must copy it first."""
    from heedful import Engine

    path = tmp_path_factory.mktemp("tiny") / "index"
    Engine.open(path, embedder=embedder).index(DATA / "tiny.jsonl")
    return path


@pytest.fixture
def writable_copy(tmp_path, embedder):
    """``writable_copy(index)``: an engine over a private, writable copy of the index folder ``index``."""
    from heedful import Engine

    def copy(index):
        path = tmp_path / "index"
        shutil.copytree(index, path)
        return Engine.open(path, create=False, embedder=embedder)

    return copy


@pytest.fixture
def tiny(tiny_index, writable_copy):
    """A private, writable copy of the tiny index."""
    return writable_copy(tiny_index)


@pytest.fixture
def tiny_ro(tiny_index, embedder):
    """The shared tiny index, for tests that only read."""
    from heedful import Engine

    return Engine.open(tiny_index, create=False, embedder=embedder)


@pytest.fixture(scope="session")
def llm():
    """The packaged local LLM (Qwen2.5-Coder-1.5B-Instruct Q4_K_M, llama.cpp), loaded once per session."""
    from heedful.models.llamacpp import LlamaCppGenerator

    gen = LlamaCppGenerator(n_ctx=2048)
    yield gen
    gen.close()


@pytest.fixture(scope="session")
def llm_server(llm, tmp_path_factory):
    """llama-cpp-python's OpenAI-compatible server over the same GGUF, on a free loopback port."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # the server loads the model as heedful does, without llama.cpp's extra buffer types (their AMX
    # type crashes on these weights on Intel CPUs with AMX): `python -m llama_cpp.server` inside
    # heedful's llama_model_defaults
    serve = ("import runpy, sys\n"
             "from heedful.models.llamacpp import llama_model_defaults, use_extra_bufts\n"
             "sys.argv = ['llama_cpp.server', *sys.argv[1:]]\n"
             "with llama_model_defaults(extra_bufts=use_extra_bufts()):\n"
             "    runpy.run_module('llama_cpp.server', run_name='__main__', alter_sys=True)\n")
    cmd = [sys.executable, "-c", serve, "--model", str(llm.path), "--host", "127.0.0.1",
           "--port", str(port), "--n_ctx", "2048", "--n_threads", "1", "--model_alias", "qwen-test"]
    log = tmp_path_factory.mktemp("llm_server") / "server.log"
    log_fh = open(log, "w")  # noqa: SIM115 - a file, not a pipe: the server logs every request, must never block
    proc = subprocess.Popen(cmd, stdout=log_fh, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited with {proc.returncode}: {log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(url + "/models", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("llama_cpp.server did not answer within 120 s") from None
                time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log_fh.close()


@pytest.fixture(scope="session")
def postgres_dsn():
    """A throwaway PostgreSQL cluster with pgvector on a loopback port (tests/pg.py), for the session."""
    from tests.pg import cluster

    with cluster() as dsn:
        yield dsn
