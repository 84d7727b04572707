from __future__ import annotations

import subprocess
import sys

import heedful.ingest
from heedful.ingest import chunking, fields, readers


def test_all_is_sorted_and_complete():
    names = heedful.ingest.__all__
    assert names == sorted(names)
    assert all(hasattr(heedful.ingest, name) for name in names)
    exported = (
        set(chunking.__all__) | set(readers.__all__) | set(fields.__all__) - {"validate_declared"}
    )
    assert set(names) == exported


def test_importing_ingest_does_not_import_pyarrow():
    code = "import sys, heedful.ingest; print('pyarrow' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "False\n"
