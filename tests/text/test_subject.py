"""Subject binding: a criterion about what a passage describes is read on the words about it."""

from __future__ import annotations

import pytest

from heedful import Document, Engine
from heedful.plan.schema import Criterion, Plan, Predicate
from heedful.rank.predicates import evaluate
from heedful.text.subject import read_subject

BAND = ("Paper Kites Revival is an indie band from Lyon. The band was formed in 2004. "
        "It toured with the Nice group Blue Harbour, which was based in Marseille.")


def _bindings(text: str, title: str) -> list[tuple[str, str]]:
    s = read_subject(text, title)
    return [(text[a:b], k) for a, b, k in s.sentences]


@pytest.mark.parametrize(("text", "title", "expected"), [
    # the lead, a definite description of the subject ("The band"), a pronoun
    (BAND, "Paper Kites Revival", ["subject", "subject", "subject"]),
    # a sentence opening on another name is about that other thing
    ("Moss Lane is a street in Leeds. Harriet Vale lived there in 1901.", "Moss Lane", ["subject", "other"]),
    # a leading adverbial or participle phrase is skipped to find the sentence's subject
    ("HMS Talon was a destroyer. In 1944, Talon escorted convoys. Built in Glasgow, the destroyer served until 1960.",
     "HMS Talon", ["subject", "subject", "subject"]),
    # "The tour ..." of a band is about the tour, not the band
    ("Grey Owls, a folk band from Cork, reunited in 2021. The tour stops in Galway.", "Grey Owls",
     ["subject", "other"]),
    # with no title, the name the first sentence opens on is the subject
    ("Ferro Motori is an Italian car maker. Its partner Sol Motors is based in Spain.", "", ["subject", "subject"]),
])
def test_each_sentence_is_marked_with_whom_it_is_about(text, title, expected):
    assert [k for _, k in _bindings(text, title)] == expected


def test_words_attached_to_another_name_are_that_things():
    s = read_subject(BAND, "Paper Kites Revival")
    for word, whose in [("Lyon", "subject"), ("2004", "subject"), ("Marseille", "other")]:
        start = BAND.index(word)
        assert s.binds(start, start + len(word)) == whose, word
    text = "Harbour Lights is a studio album by Fjord. It followed the live album Northern Lights."
    s = read_subject(text, "Harbour Lights")
    start = text.index("live album")
    assert s.binds(start, start + 10) == "other"


def test_what_the_lead_calls_the_subject_is_no_other_name():
    # "EP" is written like a name, but it is what the passage is about: "the first EP" is the subject's
    text = "Grey Harbour is the first EP by the Welsh band Tidewater. It was recorded in Cardiff."
    s = read_subject(text, "Grey Harbour")
    assert s.nouns == ("ep",)
    start = text.index("first EP")
    assert s.binds(start, start + 8) == "subject"
    text = "Grey Harbour (EP) was the first significant EP release by Tidewater."
    start = text.index("first significant EP")
    assert read_subject(text, "Grey Harbour (EP)").binds(start, start + 20) == "subject"


def test_a_mention_only_about_something_else_leaves_the_criterion_undecided():
    based = Predicate.mentions(["Marseille"])
    v = evaluate(based, BAND, title="Paper Kites Revival", about="subject")
    assert (v.status, v.score, v.method) == ("unknown", 0.5, "only about something else")
    assert v.evidence == "It toured with the Nice group Blue Harbour, which was based in Marseille."
    assert evaluate(based, BAND, about="passage").status == "satisfied"
    lyon = evaluate(Predicate.mentions(["Lyon"]), BAND, title="Paper Kites Revival", about="subject")
    assert (lyon.status, lyon.evidence) == ("satisfied", "Paper Kites Revival is an indie band from Lyon.")
    assert evaluate(Predicate.mentions(["Oslo"]), BAND, title="Paper Kites Revival", about="subject").status == "violated"


def test_about_is_part_of_the_plan_and_its_json_only_when_not_the_default():
    c = Criterion("passages that mention Spain", "exclude", "place", Predicate.mentions(["Spain"]), about="passage")
    assert c.to_dict()["about"] == "passage"
    assert "about" not in Criterion("firms based in Spain", "exclude", "place").to_dict()
    plan = Plan(query="", criteria=(c,))
    assert Plan.from_dict(plan.to_dict()) == plan


DOCS = [
    Document("b1", "Rue Noire is a rock band based in Lyon. The band released four albums.", title="Rue Noire"),
    Document("b2", "Glass Orchard is a rock band from Paris. The tour ended with a festival in Lyon.",
             title="Glass Orchard"),
    Document("b3", "Cold Tide is a rock band from Nice. The band toured Europe twice.", title="Cold Tide"),
]


def test_search_keeps_a_passage_that_names_the_excluded_place_about_something_else(tmp_path, embedder):
    engine = Engine.open(tmp_path / "idx", embedder=embedder)
    engine.index(DOCS)
    res = engine.search("rock band", instruction="Bands based in Lyon are not relevant.", k=3)
    assert res.ids[-1] == "b1"
    b2 = next(h for h in res if h.id == "b2")
    why = b2.explanation[0]
    assert (why.polarity, why.status, why.contribution) == ("exclude", "unknown", 0.0)
    assert why.method == "predicate: mentions any of 'Lyon'; only about something else"


def test_a_year_or_number_of_someone_else_leaves_the_criterion_undecided():
    text = "Maria Lund is a Swedish painter. Her father, a carpenter born in 1899, taught her to draw."
    born = Predicate.year("<", 1920)
    v = evaluate(born, text, hint="painters born before 1920", title="Maria Lund", about="subject")
    assert (v.status, v.method) == ("unknown", "only about something else")
    assert evaluate(born, text, hint="painters born before 1920", about="passage").status == "satisfied"
    text = "Maria Lund is a Swedish painter. She was born in 1931 in Malmö. Her father was born in 1899."
    v = evaluate(born, text, hint="painters born before 1920", title="Maria Lund", about="subject")
    assert (v.status, v.evidence) == ("violated", "She was born in 1931 in Malmö.")


def test_one_capitalised_word_opening_a_sentence_is_not_taken_for_a_name():
    text = "A storm hit the coast of Brittany. Around 4,000 homes lost power. Quimper closed its port."
    assert [k for _, k in _bindings(text, "Storm hits Brittany")] == ["subject", "unclear", "unclear"]
    text = "A storm hit Quimper. Around 4,000 homes lost power. Quimper closed its port."
    assert [k for _, k in _bindings(text, "Storm hits Brittany")][2] == "other"


def test_where_a_named_region_lies_the_subject_lies_too():
    text = "Vardtind is the highest peak of the Lyngen Alps, a subrange of the Scandes. It was first climbed in 1899."
    assert evaluate(Predicate.mentions(["Scandes"]), text, title="Vardtind", about="subject").status == "satisfied"


def test_the_lead_spells_the_subjects_name_as_the_passage_does():
    text = "Skarvhorn is a summit in Norway. Skarvhorn is 2,105 m high. A ridge leads to the 2,300 m Lauvnut."
    v = evaluate(Predicate.number(">", 2000, unit="m"), text, hint="peaks above 2,000 m", title="Skarvhornet",
                 about="subject")
    assert (v.status, v.evidence) == ("satisfied", "Skarvhorn is 2,105 m high.")


def test_a_lead_with_a_birth_or_a_past_life_span_is_about_a_person():
    assert read_subject("Ada Lund (born 1961) is a Norwegian painter.").person
    assert read_subject("Ola Berg (4 May 1901 – 2 June 1977) was a Swedish rower.").person
    assert read_subject("Tor Vik, MBE (; born 3 March 1970) is a former footballer.").person
    assert not read_subject("The Lanshui Museum is a museum of art, opened 1805.").person
    assert not read_subject("Harbour (1920–1925) is a painting by Ada Lund.").person  # a work's span


def test_who_after_a_place_goes_back_to_the_subject():
    # people are not a place: "who were active ..." is the band's, not Bergen's
    text = "Night Ferry was a folk band from Bergen, Norway, who were active until 1999. It toured."
    s = read_subject(text, "Night Ferry")
    start = text.index("active")
    assert s.binds(start, start + 6) == "subject"
    # after a person's name it stays that person's
    text = "Night Ferry was a folk band led by Ola Berg, who was born in 1950."
    start = text.index("born")
    assert read_subject(text, "Night Ferry").binds(start, start + 4) == "other"


def test_a_state_said_of_another_name_is_that_names():
    text = "Iron Coast is a rock band formed in 1994 after the breakup of Salt Harbour. The band disbanded in 2004."
    s = read_subject(text, "Iron Coast")
    assert s.binds(text.index("breakup"), text.index("breakup") + 7) == "other"
    assert s.binds(text.index("disbanded"), text.index("disbanded") + 9) == "subject"


def test_the_lead_noun_reads_past_a_model_number_and_a_place_phrase():
    # "PL.4" is one word, not the end of the lead's description
    assert read_subject("The Vireo XL.4 is a French biplane that first flew in 1931.").nouns == ("biplane",)
    assert read_subject("Lintai is a town under the administration of Wenhe District.").nouns == ("town",)
    assert read_subject("Wenhe is one of the twelve districts of Lanshui.").nouns == ("districts",)
