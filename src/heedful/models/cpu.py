"""What the CPU can do, read from ``/proc/cpuinfo``: the instructions some kernels need."""

from __future__ import annotations

from pathlib import Path

__all__ = ["cpu_flags", "has_amx", "has_int8_dot"]

_AMX = frozenset({"amx_tile", "amx_int8", "amx_bf16", "amx_fp16", "amx_complex"})
# uint8 x int8 dot products that accumulate in int32 without an int16 step that can saturate:
# AVX-512 VNNI, AVX-VNNI, AMX-INT8 (x86) and the Armv8 dot-product instructions.
_INT8_DOT = frozenset({"avx512_vnni", "avx_vnni", "amx_int8", "asimddp"})


def cpu_flags() -> str:
    """The ``flags`` (x86) or ``Features`` (Arm) words of ``/proc/cpuinfo``; empty where there is no such file."""
    try:
        text = Path("/proc/cpuinfo").read_text(errors="replace")
    except OSError:
        return ""
    return " ".join(line.partition(":")[2] for line in text.splitlines()
                    if line.startswith(("flags", "Features")))


def has_amx(flags: str | None = None) -> bool:
    """True when ``flags`` (None: this machine's) name Intel AMX.

    >>> has_amx("fpu sse2 avx2 avx512f amx_bf16 amx_tile amx_int8")
    True
    >>> has_amx("fpu sse2 avx2 avx512f avx512_vnni")
    False
    """
    return not _AMX.isdisjoint((cpu_flags() if flags is None else flags).split())


def has_int8_dot(flags: str | None = None) -> bool:
    """True when ``flags`` (None: this machine's) name an int8 dot-product instruction that integer
    matrix products can use exactly (AVX-512 VNNI, AVX-VNNI, AMX-INT8, Arm's dot product). Without
    one, onnxruntime multiplies uint8 by int8 through 16-bit sums that can saturate.

    >>> has_int8_dot("fpu avx2 avx512f avx512_vnni")
    True
    >>> has_int8_dot("fpu sse4_2 avx2 fma")
    False
    """
    return not _INT8_DOT.isdisjoint((cpu_flags() if flags is None else flags).split())
