from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

HEAVY = ("torch", "llama_cpp", "lancedb", "fastapi", "onnxruntime", "pyarrow", "numpy", "ray")


def test_import_heedful_is_light():
    code = (
        "import sys, heedful; "
        f"print(','.join(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize(
    "module", ["heedful", "heedful.ingest", "heedful.models", "heedful.store", "heedful.rank", "heedful.eval"]
)
def test_all_is_sorted_and_importable(module):
    mod = importlib.import_module(module)
    assert list(mod.__all__) == sorted(mod.__all__)
    for name in mod.__all__:
        assert hasattr(mod, name), f"{module}.{name} is in __all__ but missing"
