"""Embedding with Ray Data (``--ray``): a local cluster on loopback builds the index a single process builds."""

from __future__ import annotations

import numpy as np
import pytest

from heedful import Engine
from heedful.errors import ConfigError
from heedful.types import Document

TOPICS = ["volcano ash closes airports", "central bank raises rates", "river flood warning issued",
          "new battery chemistry for cars", "chess champion wins title", "wildfire smoke over the city"]


def _corpus() -> list[Document]:
    docs = []
    for i in range(60):
        topic = TOPICS[i % len(TOPICS)]
        body = " ".join(f"{topic} report {i} line {j} with detail number {i * 7 + j}." for j in range(30 + i % 5))
        docs.append(Document(f"d{i}", body, f"Story {i}: {topic}", {"n": i}))
    docs.insert(1, Document("dup", docs[0].text, docs[0].title))  # a text embedded once, stored twice
    return docs


def _vectors(engine: Engine) -> dict[tuple[str, int], np.ndarray]:
    found = engine.store.hydrate(engine.store.passages([d.id for d in _corpus()]), vectors=True)
    return {(c.doc_id, c.passage): np.asarray(c.vector) for c in found}


@pytest.fixture(scope="module")
def ray_local():
    import ray
    yield ray
    ray.shutdown()


def test_a_ray_build_equals_a_single_process_build(tmp_path, ray_local):
    single = Engine.open(tmp_path / "single")
    plain = single.index(_corpus(), batch_size=16)
    bulk = Engine.open(tmp_path / "ray")
    report = bulk.index(_corpus(), batch_size=16, ray="local")
    assert ray_local.is_initialized()
    assert (report.added, report.passages) == (plain.added, plain.passages) == (61, plain.passages)
    assert report.reused == plain.reused == 3  # the duplicate's passages came from the first copy
    a, b = _vectors(single), _vectors(bulk)
    assert a.keys() == b.keys()
    assert max(float(np.abs(a[k] - b[k]).max()) for k in a) < 1e-5
    for query in ["ash and airports", "interest rates", "flooding rivers", "electric car batteries"]:
        assert bulk.search(query, k=10).ids == single.search(query, k=10).ids
    # an upsert through Ray embeds only what changed
    d1 = next(d for d in _corpus() if d.id == "d1")
    changed = [Document("d1", d1.text + " One more sentence at the end.", d1.title, {"n": 1})]
    again = bulk.index(changed, ray="local")
    assert again.updated == 1 and again.reused == again.passages - 1


def test_ray_needs_an_embedder_it_can_load_by_name(tmp_path, embedder, ray_local):
    class Unnamed(type(embedder)):
        def __init__(self):
            self.__dict__.update(embedder.__dict__)
            self.name = "my-own-model-object"

    engine = Engine.open(tmp_path / "ix", embedder=Unnamed())
    with pytest.raises(ConfigError) as err:
        engine.index(_corpus()[:2], ray="local")
    assert str(err.value) == ("--ray loads the index's embedder by name in every worker; 'my-own-model-object' is "
                              "neither a packaged model nor a local model folder")
    assert engine.store.count() == (0, 0)
