"""The Generator role, its two backends and the model resolution (real model where marked slow)."""

from __future__ import annotations

import json
import math
import os
import re

import pytest

from heedful.config import LLMConfig
from heedful.errors import ConfigError, GeneratorError, ModelNotFoundError
from heedful.models import cpu, llamacpp
from heedful.models.generator import load_generator, yes_share
from heedful.models.llamacpp import (
    LLM_SHA256,
    LLM_SIZE,
    LlamaCppGenerator,
    assemble_packaged_model,
    cpu_has_amx,
    default_threads,
    llama_model_defaults,
    resolve_model_path,
    use_extra_bufts,
)
from heedful.models.openai_compat import OpenAIGenerator

CAPITAL = "Is Paris the capital of {}? Answer yes or no."


def ask(text: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": "Answer with one word: yes or no."}, {"role": "user", "content": text}]


# --------------------------------------------------------------------------- no model
def test_default_threads_are_the_available_cores_at_most_eight(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert default_threads() == 2
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(64)), raising=False)
    assert default_threads() == 8


SAPPHIRE_RAPIDS = "fpu sse2 avx2 avx512f avx512_bf16 avx512_fp16 amx_bf16 avx512_vnni amx_tile amx_int8"
EPYC = "fpu sse2 avx2 avx512f avx512dq avx512_bf16 avx512_vnni avx512_bitalg"


def test_amx_is_read_from_the_cpu_flags(tmp_path, monkeypatch):
    assert cpu_has_amx(SAPPHIRE_RAPIDS) is True
    assert cpu_has_amx(EPYC) is False
    assert cpu_has_amx("") is False
    assert cpu_has_amx("amx_tile_x avx2") is False  # whole flags only
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text(f"processor\t: 0\nflags\t\t: {SAPPHIRE_RAPIDS}\nvmx flags\t: ept\n")
    real_path = cpu.Path
    monkeypatch.setattr(cpu, "Path", lambda p: cpuinfo if p == "/proc/cpuinfo" else real_path(p))
    assert cpu_has_amx() is True
    monkeypatch.setattr(cpu, "Path", lambda p: tmp_path / "missing" if p == "/proc/cpuinfo" else real_path(p))
    assert cpu_has_amx() is False  # no /proc/cpuinfo (not Linux): no AMX known


def test_extra_buffer_types_are_off_unless_asked_for(monkeypatch, caplog):
    assert use_extra_bufts(env={}) is False
    assert use_extra_bufts(env={"HEEDFUL_LLM_EXTRA_BUFTS": "0"}) is False
    monkeypatch.setattr(llamacpp, "cpu_has_amx", lambda flags=None: False)
    assert use_extra_bufts(env={"HEEDFUL_LLM_EXTRA_BUFTS": " 1 "}) is True
    assert not caplog.records
    monkeypatch.setattr(llamacpp, "cpu_has_amx", lambda flags=None: True)
    assert use_extra_bufts(env={"HEEDFUL_LLM_EXTRA_BUFTS": "1"}) is True
    assert "HEEDFUL_LLM_EXTRA_BUFTS=1 on a CPU with AMX" in caplog.text
    with pytest.raises(ConfigError, match=r"HEEDFUL_LLM_EXTRA_BUFTS='yes'; use 1 \(llama.cpp's extra buffer types "
                                          r"on; they crash on CPUs with AMX\) or 0 \(off, the default\)"):
        use_extra_bufts(env={"HEEDFUL_LLM_EXTRA_BUFTS": "yes"})
    monkeypatch.setenv("HEEDFUL_LLM_EXTRA_BUFTS", "on")
    with pytest.raises(ConfigError, match="HEEDFUL_LLM_EXTRA_BUFTS='on'"):
        LlamaCppGenerator("/nonexistent.gguf")  # checked before anything loads


def test_llama_model_defaults_set_the_field_only_while_inside():
    import llama_cpp

    low = llama_cpp.llama_cpp
    original = low.llama_model_default_params
    with llama_model_defaults(extra_bufts=False):
        assert low.llama_model_default_params().use_extra_bufts is False
    assert low.llama_model_default_params is original
    assert low.llama_model_default_params().use_extra_bufts is True  # llama.cpp's own default
    with pytest.raises(RuntimeError, match="boom"), llama_model_defaults(extra_bufts=False):
        raise RuntimeError("boom")
    assert low.llama_model_default_params is original  # restored after an error too


def test_cli_llm_threads_reach_the_config():
    from heedful.cli import _llm_config, _parser

    args = _parser().parse_args(["search", "q", "--index", "x", "--judge", "llm", "--llm-threads", "1"])
    assert _llm_config(args).threads == 1
    args = _parser().parse_args(["search", "q", "--index", "x"])
    assert _llm_config(args).threads is None


def test_yes_share_adds_spellings_and_handles_missing_sides():
    assert yes_share([0.0, 0.0], [0.0]) == pytest.approx(2 / 3)
    assert yes_share([math.log(0.3)], [math.log(0.1)]) == pytest.approx(0.75)
    assert yes_share([], [-1.0]) == 0.0
    assert yes_share([-1.0], []) == 1.0
    assert yes_share([], []) == 0.5
    assert yes_share([1000.0], [999.0]) == pytest.approx(1 / (1 + math.exp(-1)))  # no overflow


def test_llm_config_picks_backend_and_validates():
    assert LLMConfig().backend == "llamacpp"
    assert LLMConfig(base_url="http://127.0.0.1:1/v1").backend == "openai"
    with pytest.raises(ConfigError, match="the openai backend needs base_url"):
        LLMConfig(backend="openai")
    with pytest.raises(ConfigError, match="LLM backend 'gpt'"):
        LLMConfig(backend="gpt")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="n_ctx=100 is too small"):
        LLMConfig(n_ctx=100)
    with pytest.raises(ConfigError, match="threads=0 must be >= 1"):
        LLMConfig(threads=0)


def test_llm_config_from_env(monkeypatch):
    monkeypatch.setenv("HEEDFUL_LLM_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("HEEDFUL_LLM_MODEL", "m")
    cfg = LLMConfig.from_env(threads=2)
    assert (cfg.backend, cfg.base_url, cfg.model, cfg.threads) == ("openai", "http://127.0.0.1:9/v1", "m", 2)


def test_explicit_or_env_path_that_is_missing_says_so(tmp_path, monkeypatch):
    with pytest.raises(ModelNotFoundError, match=r"model_path '.*nope.gguf' is not a GGUF file"):
        resolve_model_path(tmp_path / "nope.gguf")
    monkeypatch.setenv("HEEDFUL_LLM", str(tmp_path / "env.gguf"))
    with pytest.raises(ModelNotFoundError, match=r"\$HEEDFUL_LLM '.*env.gguf' is not a GGUF file"):
        resolve_model_path()


def test_explicit_path_wins_over_env(tmp_path, monkeypatch):
    given = tmp_path / "a.gguf"
    given.write_bytes(b"GGUF")
    monkeypatch.setenv("HEEDFUL_LLM", str(tmp_path / "missing.gguf"))
    assert resolve_model_path(given) == given


def test_openai_generator_rejects_bad_urls_and_reports_unreachable_servers():
    with pytest.raises(ConfigError, match="must be an http"):
        OpenAIGenerator("127.0.0.1:8080", "m")
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    gen = OpenAIGenerator(f"http://127.0.0.1:{port}/v1", "m", timeout=5)
    with pytest.raises(GeneratorError, match=rf"cannot reach the LLM server at http://127.0.0.1:{port}/v1/chat"):
        gen.chat(ask("hi"))


# --------------------------------------------------------------------------- the packaged model
@pytest.mark.slow
def test_packaged_model_assembles_atomically_and_checks_its_hash(tmp_path, monkeypatch):
    target = tmp_path / f"{llamacpp.DEFAULT_LLM}.gguf"
    monkeypatch.setattr(llamacpp, "LLM_SHA256", "0" * 64)  # as if a part were corrupt
    with pytest.raises(ModelNotFoundError, match=r"the joined model has sha256 cc324af0.*expected 0{64}: a model "
                                                 r"part is corrupt; reinstall the parts with pip install"):
        assemble_packaged_model(tmp_path)
    assert list(tmp_path.iterdir()) == []  # no half-written file left behind
    monkeypatch.undo()
    target.write_bytes(b"not a model")  # a stale or broken file is replaced
    assert assemble_packaged_model(tmp_path) == target
    assert target.stat().st_size == LLM_SIZE
    assert json.loads((tmp_path / (target.name + ".verified")).read_text())["sha256"] == LLM_SHA256
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name, target.name + ".verified"]
    assert assemble_packaged_model(tmp_path) == target  # verified once: no second hash


@pytest.mark.slow
def test_default_resolution_is_the_cached_packaged_model(monkeypatch):
    monkeypatch.delenv("HEEDFUL_LLM", raising=False)
    path = resolve_model_path()
    assert path.name == "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
    assert path.parent == llamacpp.cache_dir()


@pytest.mark.slow
def test_the_model_loads_without_extra_buffer_types_and_judges(llm):
    # what keeps llama.cpp's AMX kernels (which crash on Q4_K) out, on every CPU
    assert llm.extra_bufts is False and llm.llm.model_params.use_extra_bufts is False
    assert llm.yes_probability(ask(CAPITAL.format("France"))) > 0.9
    assert llm.yes_probability(ask(CAPITAL.format("Germany"))) < 0.1


@pytest.mark.slow
def test_local_yes_probability_reads_the_logits(llm):
    assert llm.yes_probability(ask(CAPITAL.format("France"))) > 0.9
    assert llm.yes_probability(ask(CAPITAL.format("Germany"))) < 0.1


@pytest.mark.slow
def test_prefix_reuse_gives_the_same_answer_as_a_fresh_evaluation(llm):
    shared = "Condition: the passage names a capital city.\n<passage>\n"
    a = ask(shared + "Berlin is the capital of Germany.\n</passage>\nDoes the passage meet the condition?")
    b = ask(shared + "Sourdough is a bread.\n</passage>\nDoes the passage meet the condition?")
    llm.yes_probability(a)  # leaves a's tokens in the KV cache: b reuses the shared prefix
    reused = llm.yes_probability(b)
    llm.llm.reset()  # nothing cached: b is evaluated from scratch
    fresh = llm.yes_probability(b)
    # llama.cpp's float results depend a little on how tokens were batched, not on what they were
    assert reused == pytest.approx(fresh, abs=0.03)
    assert llm.yes_probability(a) > reused


@pytest.mark.slow
def test_local_chat_follows_a_json_schema(llm):
    schema = {"type": "object", "properties": {"city": {"type": "string"}, "year": {"type": "integer"}},
              "required": ["city", "year"], "additionalProperties": False}
    out = json.loads(llm.chat(ask("Which city hosted the 2012 Summer Olympics? Give city and year as JSON."),
                              max_tokens=40, json_schema=schema))
    assert set(out) == {"city", "year"} and isinstance(out["year"], int)
    assert "london" in out["city"].lower()


@pytest.mark.slow
def test_openai_backend_against_a_real_server(llm, llm_server):
    gen = load_generator(LLMConfig(base_url=llm_server), cache=False)
    assert isinstance(gen, OpenAIGenerator)
    assert gen.name == f"openai:{llm_server}:qwen-test"  # model discovered from /models
    schema = {"type": "object", "properties": {"answer": {"enum": ["yes", "no"]}}, "required": ["answer"]}
    out = json.loads(gen.chat(ask("Is water wet? Reply as JSON."), max_tokens=20, json_schema=schema))
    assert out["answer"] in ("yes", "no")
    assert gen._format_style == "json_object"  # this server refuses json_schema: the fallback was used
    for country in ("France", "Germany"):
        remote = gen.yes_probability(ask(CAPITAL.format(country)))
        local = llm.yes_probability(ask(CAPITAL.format(country)))
        assert remote == pytest.approx(local, abs=0.05), country


@pytest.mark.slow
def test_openai_backend_reports_http_errors(llm_server):
    gen = OpenAIGenerator(llm_server, "qwen-test")
    with pytest.raises(GeneratorError, match=r"/v1/chat/completions answered HTTP 500: .*validation error"):
        gen.chat([{"role": "nobody", "content": "hi"}])


def test_env_model_path_is_used(tmp_path, monkeypatch):
    given = tmp_path / "m.gguf"
    given.write_bytes(b"GGUF")
    monkeypatch.setenv("HEEDFUL_LLM", os.fspath(given))
    assert resolve_model_path() == given
    assert re.fullmatch(r"[0-9a-f]{64}", LLM_SHA256)


@pytest.mark.slow
def test_generate_counts_tokens_and_reads_logprobs_on_both_backends(llm, llm_server):
    msgs = [{"role": "user", "content": "What is the capital of France? Reply with one word."}]
    plain = llm.generate(msgs, max_tokens=6)
    scored = llm.generate(msgs, max_tokens=6, logprobs=True)
    assert "Paris" in plain.text and scored.text == plain.text  # the same greedy reply either way
    assert scored.prompt_tokens == plain.prompt_tokens > 10
    assert scored.generated_tokens == len(scored.tokens) == len(scored.logprobs) > 0
    assert "".join(scored.tokens) == scored.text and all(lp <= 0 for lp in scored.logprobs)
    assert 0.5 < scored.confidence() <= 1.0 and plain.confidence() is None
    with pytest.raises(ConfigError, match="log-probabilities for free text only"):
        llm.generate(msgs, logprobs=True, json_schema={"type": "object"})
    remote = OpenAIGenerator(llm_server, "qwen-test").generate(msgs, max_tokens=6, logprobs=True)
    assert remote.text == scored.text and remote.generated_tokens == scored.generated_tokens
    assert remote.prompt_tokens == scored.prompt_tokens
    assert remote.confidence() == pytest.approx(scored.confidence(), abs=0.05)
