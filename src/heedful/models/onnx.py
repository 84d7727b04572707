"""Sentence embeddings with onnxruntime: a BERT-style encoder, mean pooling, L2 normalisation."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from heedful._optional import require
from heedful.models.base import Embedder

__all__ = ["OnnxEmbedder"]

log = logging.getLogger(__name__)


class OnnxEmbedder(Embedder):
    """An ONNX encoder (inputs ``input_ids``, ``attention_mask``, optionally ``token_type_ids``;
    output 0 is the last hidden state) with a Hugging Face ``tokenizer.json``.

    Texts are sorted by length inside each call so that batches carry little padding; the
    output keeps the input order. Vectors are mean-pooled over real tokens and L2-normalised.

    >>> emb = OnnxEmbedder("model.onnx", "tokenizer.json", name="all-MiniLM-L6-v2")  # doctest: +SKIP
    >>> emb.embed_documents(["a cat", "a dog"]).shape  # doctest: +SKIP
    (2, 384)
    """

    def __init__(
        self,
        model_path: str | Path,
        tokenizer_path: str | Path,
        *,
        name: str,
        max_length: int = 256,
        threads: int | None = None,
    ) -> None:
        ort = require("onnxruntime", purpose="the ONNX embedder")
        tokenizers = require("tokenizers", purpose="the ONNX embedder")
        self.name = name
        self.max_length = max_length
        self._tokenizer = tokenizers.Tokenizer.from_file(str(tokenizer_path))
        self._tokenizer.enable_truncation(max_length)
        self._tokenizer.no_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or min(os.cpu_count() or 1, 8)
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(
            str(model_path), options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        output = self._session.get_outputs()[0]
        self.dim = int(output.shape[-1])
        self._pooled = len(output.shape) == 2  # the graph pools and normalises itself

    def embed_documents(self, texts: Sequence[str], *, batch_size: int = 16) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(list(texts))
        order = np.argsort([len(e.ids) for e in encodings], kind="stable")
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            batch = [encodings[i] for i in idx]
            width = max(len(e.ids) for e in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, enc in enumerate(batch):
                ids[row, : len(enc.ids)] = enc.ids
                mask[row, : len(enc.ids)] = 1
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = self._session.run(None, feeds)[0]
            if self._pooled:
                out[idx] = hidden
                continue
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[idx] = pooled / np.maximum(norms, 1e-12)
        return out
