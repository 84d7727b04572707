from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import heedful

HEAVY = ("torch", "llama_cpp", "lancedb", "fastapi", "onnxruntime", "pyarrow", "numpy", "ray")


def test_import_heedful_is_light():
    code = (
        "import sys, heedful; "
        f"print(','.join(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def _public_modules() -> list[str]:
    """Every module of heedful whose name has no leading underscore, packages included."""
    root = Path(heedful.__file__).parent
    out = []
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if not any(p.startswith("_") for p in parts):
            out.append(".".join(parts))
    return out


def _isort(name: str) -> tuple[int, str]:
    """ruff's isort-style order: CONSTANTS, then Classes, then functions, each alphabetical."""
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name)


def test_every_public_module_is_checked():
    assert {"heedful", "heedful.engine", "heedful.cli", "heedful.store.lancedb", "heedful.rank.candidates"} <= set(
        _public_modules())


@pytest.mark.parametrize("module", _public_modules())
def test_all_is_sorted_and_importable(module):
    mod = importlib.import_module(module)
    assert list(mod.__all__) == sorted(mod.__all__, key=_isort), "sort __all__ as ruff's RUF022 does"
    for name in mod.__all__:
        assert hasattr(mod, name), f"{module}.{name} is in __all__ but missing"
