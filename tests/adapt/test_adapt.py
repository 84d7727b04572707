"""heedful adapt end to end, with the real packaged LLM, torch on the CPU and the real index."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from heedful.adapt import AdaptSettings, adapt
from heedful.models.base import Generator

DOCS = [
    ("n1", "Vitamin D and falls", "Daily vitamin D supplements reduced falls among nursing home residents over one year."),
    ("n2", "Green tea and the liver", "High doses of green tea extract raised liver enzymes in a few trial participants."),
    ("n3", "Coffee and sleep", "Students who drank coffee after noon slept less and reported worse sleep quality."),
    ("n4", "Fibre and colon health", "Diets rich in fibre from whole grains were linked to fewer colon polyps."),
    ("n5", "Salt and blood pressure", "Cutting salt intake lowered blood pressure within four weeks in adults with hypertension."),
    ("n6", "Berries and memory", "Older adults who ate blueberries every day did better on memory tests after twelve weeks."),
]
DESCRIPTION = "Short summaries of nutrition studies; people search with a food or a health problem."


class Counting(Generator):
    """The real LLM, counting the calls a run makes (a resumed run should make none it already made)."""

    def __init__(self, inner: Generator) -> None:
        self.inner, self.name, self.calls = inner, inner.name, 0

    def generate(self, messages, **options):
        self.calls += 1
        return self.inner.generate(messages, **options)

    def yes_probability(self, messages):
        self.calls += 1
        return self.inner.yes_probability(messages)

    def forget(self):
        self.inner.forget()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("adapt") / "studies.jsonl"
    path.write_text("".join(json.dumps({"_id": i, "title": t, "text": x}) + "\n" for i, t, x in DOCS))
    return path


def _settings(corpus: Path, **changes) -> AdaptSettings:
    base = {"corpus": str(corpus), "description": DESCRIPTION, "pairs": 6, "keep_rank": 6, "batch_size": 4}
    return AdaptSettings(**{**base, **changes})


@pytest.fixture(scope="module")
def adapted(llm, embedder, corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("model") / "nutrition"
    return adapt(_settings(corpus), out, generator=lambda: llm, embedder=embedder, progress=False)


def test_corpus_mode_writes_a_model_folder_with_its_card(adapted):
    card = json.loads((adapted.model_dir / "heedful-model.json").read_text())
    assert card["mode"] == "corpus" and card["sha256"] == adapted.sha256
    assert card["data"]["passages"] == 2 and 1 <= card["data"]["kept_pairs"] <= 6
    assert card["training"]["steps"] >= 1 and len(card["training"]["losses"]) == 1
    assert card["weights"] in ("int8", "fp32") and set(card["seconds"]) == {"passages", "queries", "mine", "train", "export"}
    assert {"model.onnx", "tokenizer.json", "README.md", "heedful-model.json"} <= {p.name for p in adapted.model_dir.iterdir()}


def test_the_same_command_with_one_seed_gives_the_same_model(adapted, llm, embedder, corpus, tmp_path):
    again = adapt(_settings(corpus), tmp_path / "again", generator=lambda: llm, embedder=embedder, progress=False)
    assert again.sha256 == adapted.sha256


def test_a_rerun_resumes_from_the_kept_stages(adapted, llm, embedder, corpus, tmp_path):
    out = tmp_path / "copy"
    shutil.copytree(adapted.model_dir, out)
    counting = Counting(llm)
    assert adapt(_settings(corpus), out, generator=lambda: counting, embedder=embedder,
                 progress=False).sha256 == adapted.sha256
    assert counting.calls == 0
    queries = out / "work" / "queries.jsonl"
    lines = queries.read_text().splitlines()
    queries.write_text(lines[0] + "\n" + lines[1][: len(lines[1]) // 2])  # interrupted mid-line
    assert adapt(_settings(corpus), out, generator=lambda: counting, embedder=embedder,
                 progress=False).sha256 == adapted.sha256
    assert counting.calls == 1


def test_a_rerun_with_other_data_settings_is_refused(adapted, llm, embedder, corpus, tmp_path):
    from heedful.errors import ConfigError

    out = tmp_path / "copy"
    shutil.copytree(adapted.model_dir, out)
    with pytest.raises(ConfigError) as err:
        adapt(_settings(corpus, pairs=9, seed=4), out, generator=lambda: llm, embedder=embedder, progress=False)
    assert str(err.value) == (f"{out} holds an adapt run with other settings (pairs, seed differ); choose "
                              "another --out, or remove that folder to start over")


def test_an_index_built_with_the_model_refuses_other_weights(adapted, corpus, tmp_path):
    from heedful import Engine
    from heedful.errors import ConfigError
    from heedful.models.registry import load_embedder

    model_dir = tmp_path / "model"
    shutil.copytree(adapted.model_dir, model_dir)
    emb = load_embedder(str(model_dir))
    assert emb.dim == 384 and emb.fingerprint == adapted.sha256
    engine = Engine.open(tmp_path / "ix", model=str(model_dir))
    engine.index(corpus, progress=False)
    assert engine.config.embedder == str(model_dir.resolve()) and engine.config.embedder_sha256 == adapted.sha256
    assert engine.info()["embedder_sha256"] == adapted.sha256
    hits = Engine.open(tmp_path / "ix", create=False).search("does coffee hurt sleep", k=2)
    assert hits[0].id == "n3"
    other = "model-fp32.onnx" if json.loads((model_dir / "heedful-model.json").read_text())["weights"] == "int8" \
        else "model-int8.onnx"
    shutil.copyfile(model_dir / "work" / other, model_dir / "model.onnx")
    with pytest.raises(ConfigError) as err:
        Engine.open(tmp_path / "ix", create=False).search("coffee", k=2)
    assert str(err.value).startswith(f"{tmp_path / 'ix'} was built with the model at {model_dir.resolve()} "
                                     f"(weights sha256 {adapted.sha256[:16]}...), but that model now has other weights")
    with pytest.raises(ConfigError) as err:
        Engine.open(tmp_path / "ix", create=False, model="all-MiniLM-L6-v2")
    assert str(err.value) == (f"{tmp_path / 'ix'} was built with embedder {str(model_dir.resolve())!r}, not "
                              "'all-MiniLM-L6-v2'; open it without a model or build a new index with this one")


def test_description_mode_writes_its_own_documents(llm, embedder, tmp_path):
    result = adapt(AdaptSettings(description=DESCRIPTION, pairs=6, keep_rank=2, batch_size=4), tmp_path / "m",
                   generator=lambda: llm, embedder=embedder, progress=False)
    passages = [json.loads(line) for line in (tmp_path / "m" / "work" / "passages.jsonl").read_text().splitlines()]
    assert len(passages) == 2 and all(len(p["text"].split()) >= 20 for p in passages)
    assert all(p["topic"] for p in passages)
    assert result.card["mode"] == "description" and result.card["data"]["pool"] == 2


def test_cli_adapt_needs_a_description_or_a_corpus(tmp_path, capsys):
    from heedful.cli import main

    assert main(["adapt", "--out", str(tmp_path / "m")]) == 1
    assert capsys.readouterr().err == "Error: heedful adapt needs --description, --corpus or both\n"


def test_cli_index_takes_the_adapted_model(adapted, corpus, tmp_path, capsys):
    from heedful.cli import main

    assert main(["index", str(corpus), "--index", str(tmp_path / "ix"), "--model", str(adapted.model_dir),
                 "--no-progress"]) == 0
    assert main(["search", "blood pressure", "--index", str(tmp_path / "ix"), "--k", "1", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out[out.index("{"):])["hits"][0]["id"] == "n5"


def _text(doc_id: str) -> str:
    _, title, text = next(d for d in DOCS if d[0] == doc_id)
    return f"{title}. {text}"


def test_the_teacher_prefers_the_passage_to_its_negative_and_judges_each_pair_once(llm, tmp_path):
    from heedful.adapt.run import _teach

    triples = [("does coffee hurt sleep", _text("n3"), _text("n5")),
               ("salt and hypertension", _text("n5"), _text("n6"))]
    counting = Counting(llm)
    margins = _teach(tmp_path, triples, lambda: counting, progress=False)
    assert counting.calls == 4 and all(m > 0 for m in margins)
    again = _teach(tmp_path, triples + [("does coffee hurt sleep", _text("n3"), _text("n1"))],
                   lambda: counting, progress=False)
    assert again[:2] == margins and counting.calls == 5  # only (coffee, n1) was new


def test_adapt_with_the_teacher_learns_its_margins(llm, embedder, corpus, tmp_path):
    result = adapt(_settings(corpus, teacher=True), tmp_path / "m", generator=lambda: llm, embedder=embedder,
                   progress=False)
    card = result.card
    assert "teacher" in card["seconds"] and card["settings"]["teacher"] is True
    assert card["training"]["loss"].endswith("the LLM teacher's margin between passage and hard negative, times 3.0 (GPL)")
    work = tmp_path / "m" / "work"
    pairs = [json.loads(line) for line in (work / "pairs.jsonl").read_text().splitlines()]
    wanted = {(p["query"], t) for p in pairs for t in (p["positive"], p["negative"])}
    assert len((work / "teacher.jsonl").read_text().splitlines()) == len(wanted) >= len(pairs) + 1


def test_the_teacher_needs_hard_negatives(llm, embedder, corpus, tmp_path):
    from heedful.errors import ConfigError

    with pytest.raises(ConfigError) as err:
        adapt(_settings(corpus, teacher=True, hard_negatives=False), tmp_path / "m", generator=lambda: llm,
              embedder=embedder, progress=False)
    assert str(err.value) == "the teacher scores hard negatives: it needs hard_negatives"


def test_margins_must_match_the_triples(tmp_path):
    from heedful.adapt.run import base_model_path
    from heedful.adapt.train import TrainSettings, train

    with pytest.raises(ValueError) as err:
        train([("q", "p", "n")], base_model_path(None), tmp_path, TrainSettings(), margins=[1.0, 2.0])
    assert str(err.value) == "margins need one value per triple and a hard negative in every triple"
