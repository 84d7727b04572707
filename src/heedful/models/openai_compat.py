"""Any OpenAI-compatible chat server as a :class:`~heedful.models.generator.Generator`.

Works with llama.cpp's and llama-cpp-python's servers, vLLM, Ollama's ``/v1`` and hosted APIs.
Only the standard library is used (``urllib``). JSON output is constrained through
``response_format`` (``json_schema``; servers that only know ``json_object`` with a ``schema``, as
llama-cpp-python's does, get that instead). Yes/no probabilities come from the ``top_logprobs`` of
a one-token reply; a server that returns no log-probabilities gives 1.0 or 0.0 from the word.

>>> gen = OpenAIGenerator("http://127.0.0.1:8080/v1", "qwen")  # doctest: +SKIP
>>> gen.yes_probability([{"role": "user", "content": "Is 7 prime? Answer yes or no."}])  # doctest: +SKIP
0.998
"""

from __future__ import annotations

import json
import logging
import os
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from typing import Any

from heedful.errors import ConfigError, GeneratorError
from heedful.models.base import Generation, Generator, Message, yes_share

__all__ = ["OpenAIGenerator"]

log = logging.getLogger(__name__)

_YES = {"yes"}
_NO = {"no"}


class OpenAIGenerator(Generator):
    """Chat completions from ``base_url`` (e.g. ``http://127.0.0.1:8080/v1``), greedy.

    Args:
        base_url: the API root that holds ``/chat/completions``.
        model: the served model's name; empty: the first model ``/models`` lists.
        api_key: the key to send; None: read ``$<api_key_env>``, then ``$OPENAI_API_KEY``
            (local servers usually need none).
        timeout: seconds per request.
    """

    def __init__(
        self,
        base_url: str,
        model: str = "",
        *,
        api_key: str | None = None,
        api_key_env: str = "HEEDFUL_LLM_API_KEY",
        timeout: float = 120.0,
    ) -> None:
        if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
            raise ConfigError(f"base_url={base_url!r} must be an http(s) URL, e.g. http://127.0.0.1:8080/v1")
        self.base_url = base_url.rstrip("/")
        self._model = model
        self._key = api_key if api_key is not None else (os.environ.get(api_key_env) or os.environ.get("OPENAI_API_KEY"))
        self.timeout = timeout
        self._format_style = "json_schema"  # switches to "json_object" when the server refuses it

    def __repr__(self) -> str:
        return f"OpenAIGenerator({self.base_url!r}, {self._model!r})"

    @property
    def model(self) -> str:
        if not self._model:
            listed = self._request("GET", "/models").get("data") or []
            if not listed or not isinstance(listed[0], Mapping) or "id" not in listed[0]:
                raise GeneratorError(f"{self.base_url}/models lists no model; pass model=NAME")
            self._model = str(listed[0]["id"])
        return self._model

    @property
    def name(self) -> str:  # type: ignore[override]
        return f"openai:{self.base_url}:{self.model}"

    def _request(self, method: str, path: str, body: Mapping[str, Any] | None = None) -> dict[str, Any]:
        url = self.base_url + path
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self._key:
            headers["Authorization"] = f"Bearer {self._key}"
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # http(s) only: checked in __init__
                payload = resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", "replace")
            raise _HTTPStatusError(exc.code, f"{method} {url} answered HTTP {exc.code}: {detail}") from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise GeneratorError(f"cannot reach the LLM server at {url}: {reason}; is it running?") from None
        try:
            out = json.loads(payload)
        except json.JSONDecodeError:
            raise GeneratorError(f"{method} {url} did not answer JSON: {payload[:200]!r}") from None
        if not isinstance(out, dict):
            raise GeneratorError(f"{method} {url} answered {type(out).__name__}, not a JSON object")
        return out

    def _complete(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._complete_with_usage(body)[0]

    def _complete_with_usage(self, body: dict[str, Any]) -> tuple[dict[str, Any], Mapping[str, Any]]:
        """The first choice and the ``usage`` counts (empty when the server sends none)."""
        out = self._request("POST", "/chat/completions", body)
        choices = out.get("choices")
        if not choices or not isinstance(choices[0], Mapping):
            raise GeneratorError(f"{self.base_url}/chat/completions answered without choices: {str(out)[:200]}")
        usage = out.get("usage")
        return dict(choices[0]), usage if isinstance(usage, Mapping) else {}

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
        """The reply with the server's ``usage`` counts and, with ``logprobs``, the ``logprobs``
        the server returns for each generated token (none when it returns none)."""
        body: dict[str, Any] = {"model": self.model, "messages": [dict(m) for m in messages],
                                "temperature": temperature, "max_tokens": max_tokens, "seed": seed}
        if logprobs:  # llama-cpp-python's server returns none unless top_logprobs is set too
            body["logprobs"], body["top_logprobs"] = True, 1
        if json_schema is None:
            return _generation(*self._complete_with_usage(body))
        for style in (self._format_style, "json_object"):
            body["response_format"] = (
                {"type": "json_schema", "json_schema": {"name": "output", "schema": dict(json_schema), "strict": True}}
                if style == "json_schema" else {"type": "json_object", "schema": dict(json_schema)}
            )
            try:
                reply = _generation(*self._complete_with_usage(body))
            except _HTTPStatusError as exc:
                # a server that does not know json_schema says so as a 400/422, or as a 500
                # carrying its validation error (llama-cpp-python's)
                refused = exc.status in (400, 415, 422) or (exc.status == 500 and "response_format" in str(exc))
                if style == "json_object" or not refused:
                    raise
                log.info("%s refuses response_format json_schema (%s); trying json_object", self.base_url, exc)
                continue
            self._format_style = style
            return reply
        raise AssertionError("unreachable")  # pragma: no cover

    def yes_probability(self, messages: Sequence[Message]) -> float:
        body: dict[str, Any] = {"model": self.model, "messages": [dict(m) for m in messages],
                                "temperature": 0.0, "max_tokens": 1, "seed": 0,
                                "logprobs": True, "top_logprobs": 20}
        choice = self._complete(body)
        tops = _top_logprobs(choice)
        yes = [lp for tok, lp in tops if tok.strip().lower() in _YES]
        no = [lp for tok, lp in tops if tok.strip().lower() in _NO]
        if yes or no:
            return yes_share(yes, no)
        word = _content(choice).strip().lower()
        log.debug("no yes/no log-probabilities from %s; reading the word %r", self.base_url, word)
        return 1.0 if word.startswith("yes") else 0.0 if word.startswith("no") else 0.5


class _HTTPStatusError(GeneratorError):
    def __init__(self, status: int, message: str) -> None:
        self.status = status
        super().__init__(message)


def _content(choice: Mapping[str, Any]) -> str:
    msg = choice.get("message") or {}
    content = msg.get("content") if isinstance(msg, Mapping) else None
    if content is None:
        content = choice.get("text")
    if not isinstance(content, str):
        raise GeneratorError(f"the LLM server answered no text: {str(choice)[:200]}")
    return content


def _generation(choice: Mapping[str, Any], usage: Mapping[str, Any]) -> Generation:
    """A :class:`Generation` from a chat-completions choice and its usage counts."""
    tokens: list[str] = []
    lps: list[float] = []
    lp = choice.get("logprobs")
    content = lp.get("content") if isinstance(lp, Mapping) else None
    for t in content if isinstance(content, list) else []:
        if isinstance(t, Mapping) and t.get("logprob") is not None:
            tokens.append(str(t.get("token", "")))
            lps.append(float(t["logprob"]))
    prompt, generated = usage.get("prompt_tokens"), usage.get("completion_tokens")
    return Generation(_content(choice), tokens=tuple(tokens), logprobs=tuple(lps),
                      prompt_tokens=int(prompt) if isinstance(prompt, int) else None,
                      generated_tokens=int(generated) if isinstance(generated, int) else None)


def _top_logprobs(choice: Mapping[str, Any]) -> list[tuple[str, float]]:
    """(token, logprob) candidates for the first generated token, in either response shape."""
    lp = choice.get("logprobs")
    if not isinstance(lp, Mapping):
        return []
    content = lp.get("content")
    if isinstance(content, list) and content and isinstance(content[0], Mapping):  # chat shape
        first = content[0]
        tops = first.get("top_logprobs") or [first]
        return [(str(t.get("token", "")), float(t["logprob"])) for t in tops
                if isinstance(t, Mapping) and t.get("logprob") is not None]
    top = lp.get("top_logprobs")  # completion shape: [{token: logprob, ...}, ...]
    if isinstance(top, list) and top and isinstance(top[0], Mapping):
        return [(str(t), float(v)) for t, v in top[0].items() if v is not None]
    return []
