"""Embedding with Ray Data for bulk indexing: actors embed, the one writer writes.

``heedful index SOURCE --index DIR --ray [ADDRESS]`` hands the passages to embed to a Ray Data
pipeline (a local cluster on loopback by default; ``ADDRESS`` joins a running one) and streams the
vectors back in order. Everything else of the run stays in the calling process, which alone writes
to the index: the same checks, batches, commits and crash marker as a single-process run.

Each actor loads the index's embedder by name with one thread, in the precision the caller
resolved (so a worker on another CPU cannot silently compute otherwise). heedful's int8 graph gives a
text the same vector whatever batch it travels in, so the index equals a single-process build.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from heedful._optional import require

__all__ = ["RayEmbedding", "ray_vectors"]

log = logging.getLogger(__name__)

#: passages one actor embeds per call, and per block Ray moves
BATCH = 256


class RayEmbedding:
    """A Ray Data actor: one embedder per worker process."""

    def __init__(self, name: str, max_length: int, precision: str) -> None:
        from heedful.models.registry import load_embedder

        self.embedder = load_embedder(name, max_length=max_length, threads=1, precision=precision)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        texts = [str(t) for t in batch["text"]]
        return {"vector": self.embedder.embed_documents(texts, batch_size=32)}


def _connect(address: str | None) -> Any:
    ray = require("ray", purpose="--ray")
    if not ray.is_initialized():
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        if address in (None, "", "local"):
            ray.init(include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1",
                     configure_logging=False)
            logging.getLogger("ray.data").setLevel(logging.WARNING)  # our own cluster: no per-run chatter
        else:
            ray.init(address=address, log_to_driver=False, configure_logging=False)
    return ray


def ray_vectors(
    texts: Sequence[str], *, name: str, max_length: int, precision: str, address: str | None = None,
    workers: int | None = None,
) -> Iterator[np.ndarray]:
    """The vectors of ``texts``, in order, embedded by ``workers`` Ray actors (default: one per CPU
    the cluster has), yielded a block at a time while later blocks are still being embedded."""
    ray = _connect(address)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    n = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    blocks = max(1, min(len(texts) // BATCH, 4 * n))
    ds = ray.data.from_items([{"text": t} for t in texts], override_num_blocks=blocks)

    class Embedding(RayEmbedding):  # the settings travel inside the class, not as actor arguments
        def __init__(self) -> None:
            super().__init__(name, max_length, precision)

    ds = ds.map_batches(Embedding, batch_size=BATCH, concurrency=min(n, blocks), num_cpus=1, batch_format="numpy")
    for batch in ds.iter_batches(batch_size=BATCH, batch_format="numpy", prefetch_batches=2):
        yield from np.asarray(batch["vector"], dtype=np.float32)
