"""The same criterion written as a sentence, a question, a list, in the second person or as a TREC
narrative compiles to the same polarity and predicate (issue #18). Examples of our own."""

from __future__ import annotations

import pytest

from heedful.plan import compile_rules


def _decisive(instruction: str, query: str = "jazz singers") -> list[tuple[str, dict | None]]:
    plan = compile_rules(instruction, query=query)
    return [(c.polarity, c.predicate.to_dict() if c.predicate else None) for c in plan.criteria if c.weight]


NORWAY = ("exclude", {"mentions": ["Norwegian", "Norway"]})


@pytest.mark.parametrize("instruction", [
    "Norwegian singers are not relevant.",
    "Is the singer Norwegian? If so, skip it.",
    "Is the singer Norwegian? If it is, skip it.",
    "- exclude: Norwegian singers",
    "I don't want Norwegian singers.",
    "Leave out the Norwegian singers.",
    "A relevant paragraph must not be about a Norwegian singer.",
])
def test_a_nationality_exclusion_reads_the_same_in_every_style(instruction):
    assert _decisive(instruction) == [NORWAY]


@pytest.mark.parametrize(("instruction", "expected"), [
    ("A relevant paragraph must not be about a singer born before 1960.", [("exclude", {"year": {"op": "<", "value": 1960}})]),
    ("Relevant documents should not describe a band from Oslo.", [("exclude", {"mentions": ["Oslo"]})]),
    ("Was she born in Oslo? If yes, skip her.", [("exclude", {"mentions": ["Oslo"]})]),
    ("Is the singer Norwegian? If it is not, skip it.", [("require", {"mentions": ["Norwegian", "Norway"]})]),
])
def test_negated_requirements_and_answered_questions(instruction, expected):
    assert _decisive(instruction) == expected


def test_what_a_topic_denies_of_itself_is_an_exclusion():
    plan = compile_rules("A relevant paragraph must be about a singer who is not Danish.", query="jazz singers")
    assert [(c.polarity, c.kind, c.predicate.to_dict() if c.predicate else None) for c in plan.criteria] == [
        ("require", "topic", None), ("exclude", "place", {"mentions": ["Danish", "Denmark"]})]
    plan = compile_rules("Relevant paragraphs describe a lighthouse located outside Norway.", query="lighthouses")
    assert [(c.polarity, c.predicate.to_dict() if c.predicate else None) for c in plan.criteria][1:] == [
        ("exclude", {"mentions": ["Norway", "Norwegian"]})]


def test_a_narrative_that_says_what_stays_relevant_adds_nothing_to_rank_by():
    text = ("A relevant paragraph must not be about a singer born before 1960. "
            "Singers born in 1960 or later, or whose birth year is not given, remain relevant.")
    plan = compile_rules(text, query="jazz singers")
    assert [(c.polarity, c.weight) for c in plan.criteria] == [("exclude", 1.0), ("prefer", 0.0)]
    assert plan.criteria[0].predicate.to_dict() == {"year": {"op": "<", "value": 1960}}
    assert plan.notes[0].startswith("'Singers born in 1960 or later, or whose birth year is not given, remain "
                                    "relevant' says what stays relevant")
    # a passing mention of what was excluded does not count either way
    plan = compile_rules("Skip singers from Bergen. A passing mention of Bergen does not count.", query="jazz singers")
    assert [(c.polarity, c.weight) for c in plan.criteria] == [("exclude", 1.0), ("prefer", 0.0)]


def test_documents_that_merely_mention_a_thing_must_be_about_it():
    plan = compile_rules("Documents that merely mention Norway are not relevant.", query="jazz")
    (c,) = plan.criteria
    assert (c.polarity, c.predicate.to_dict(), c.about) == ("require", {"mentions": ["Norway", "Norwegian"]}, "subject")


@pytest.mark.parametrize("instruction", [
    "Only records released on Harbor Lane Records are relevant.",
    "Did it come out on Harbor Lane Records? If not, skip it.",
    "I only want the Harbor Lane Records releases.",
    "Keep only the albums that came out on Harbor Lane Records.",
])
def test_a_name_tied_to_the_subject_is_a_mention_in_every_style(instruction):
    (decisive,) = _decisive(instruction, "indie albums")
    assert decisive == ("require", {"mentions": ["Harbor Lane Records"]})


def test_a_name_the_instruction_is_about_or_that_is_negated_is_not_tested():
    # "Oslo" is the topic: excluding every mention of it would sink what is asked for
    plan = compile_rules("Relevant documents describe jazz in Oslo. Festivals with Oslo sponsors are not relevant.")
    assert [c.predicate for c in plan.criteria] == [None, None]
    assert _decisive("Reports unrelated to Bergen are not relevant.", "jazz") == [("exclude", None)]
    assert _decisive("Books about Astrid Vale's career as a whole are not relevant.", "novels") == [("exclude", None)]
    # the query's own name: every record asked for names the singer, so no mention is a test
    assert _decisive("Relevant pages are about one of Mara Lind's solo records. Pages about Lind herself "
                     "are not relevant.", "Mara Lind records") == [("require", None), ("exclude", None)]
    assert _decisive("Villages that merely contain ferry terminals are not relevant.", "ferry terminals") == [
        ("exclude", None)]
    assert _decisive("Harbours and shipyards located in Norwegian towns are not relevant.", "towns in Norway") == [
        ("exclude", None)]


@pytest.mark.parametrize("instruction", [
    "Lighthouses that have closed are not relevant.",
    "Leave out the closed lighthouses.",
    "Lighthouses that are no longer in operation are not relevant.",
    "I don't want lighthouses that were shut down.",
])
def test_a_state_reads_the_same_before_the_noun_after_it_and_in_other_words(instruction):
    (decisive,) = _decisive(instruction, "lighthouses")
    assert decisive[0] == "exclude"
    assert {"closed", "shut down"} <= set(decisive[1]["mentions"])


def test_a_negated_state_in_a_requirement_excludes_it():
    plan = compile_rules("Relevant paragraphs describe a tennis player. It must be about a player who has not retired.")
    assert [(c.polarity, c.predicate.to_dict() if c.predicate else None) for c in plan.criteria][1:] == [
        ("exclude", {"mentions": ["retired", "retirement", "retiring"]})]


def test_a_requirement_for_the_subjects_own_date():
    for text in ("Keep only the episodes that come with an air date.", "I only want episodes whose page tells me when they aired."):
        (c,) = compile_rules(text).criteria
        assert (c.polarity, c.kind, c.predicate.label) == ("require", "format", "year")
    # excluding a date after a year is a time criterion, not "has a date"
    assert _decisive("It must not give a release date in 2005 or later.", "albums") == [
        ("exclude", {"year": {"op": ">=", "value": 2005}})]


def test_a_mere_mention_inside_a_list_keeps_the_list_an_exclusion():
    text = "Relevant paragraphs describe one storm. Storm seasons, tornadoes and things that only mention a storm are not relevant."
    assert [c.polarity for c in compile_rules(text).criteria] == ["require", "exclude"]


def test_names_joined_by_or_are_one_mention_and_a_requirements_unknown_place_stays_text():
    assert _decisive("Skip records issued by Harbor Lane or the Blue Note label.", "jazz") == [
        ("exclude", {"mentions": ["Harbor Lane", "Blue Note"]})]
    # what the text criterion reads ("the peak", "place") would be lost to a bare test of the name
    assert _decisive("The paragraph must place the peak in the Rondane or the Jotunheimen.", "peaks") == [("require", None)]


def test_a_question_answered_by_then_is_an_exclusion():
    text = ("Does the paragraph describe one lighthouse? If so, keep it. Is it about a shipping company or a "
            "harbour? Then leave it out.")
    plan = compile_rules(text, query="lighthouses")
    assert [(c.polarity, c.text) for c in plan.criteria] == [
        ("require", "one lighthouse"), ("exclude", "a shipping company or a harbour")]


def test_an_individual_is_not_a_count_but_having_a_single_one_is():
    plan = compile_rules("Clubs, a single famous horse or riding schools are not relevant.", query="horse breeds")
    assert [c.predicate for c in plan.criteria] == [None]
    (c,) = compile_rules("Only islands that have a single harbour count.").criteria
    assert c.predicate.to_dict()["number"]["value"] == 1
    (c,) = compile_rules("Only bridges consisting of a single span.").criteria
    assert c.predicate.to_dict()["number"]["value"] == 1
    plan = compile_rules("Relevant pages describe one tour of a single theatre company.", query="theatre tours")
    assert [c.predicate for c in plan.criteria] == [None]


def test_exclusions_on_consecutive_list_lines_are_one_criterion():
    text = "- relevant: a lighthouse\n- not relevant: harbours\n- not relevant: ferry companies\n- prefer: old ones"
    plan = compile_rules(text, query="lighthouses")
    assert [(c.polarity, c.text, c.span) for c in plan.criteria] == [
        ("require", "a lighthouse", (2, 24)), ("exclude", "harbours; ferry companies", (41, 81)),
        ("prefer", "old ones", (84, 100))]


def test_the_topics_own_place_is_never_an_exclusion_test():
    text = ("I'm looking for a village that the paragraph calls a suburb of Tromsø. "
            "I don't want the whole region, ferry lines, or football clubs from Tromsø.")
    plan = compile_rules(text, query="suburbs of Tromsø")
    assert [(c.polarity, c.predicate) for c in plan.criteria][1:] == [("exclude", None)]


def test_a_contracted_negation_is_a_negation():
    plan = compile_rules("Coaches who aren't described as players are not relevant.", query="hockey players")
    assert [(c.polarity, c.kind, c.predicate) for c in plan.criteria] == [("exclude", "negation", None)]


def test_a_question_about_a_place_outside_the_topic_stays_a_text_criterion():
    text = "Is it about a castle in Norway? If so, keep it. Is it about a hill, or a castle outside Norway? Then skip it."
    plan = compile_rules(text, query="castles in Norway")
    assert [(c.polarity, c.predicate.to_dict() if c.predicate else None) for c in plan.criteria][1:] == [
        ("exclude", None)]


@pytest.mark.parametrize(("answer", "polarity"), [
    ("If the paragraph says so, leave it out.", "exclude"),
    ("If that is the case, skip it.", "exclude"),
    ("If the paragraph does not say so, it does not count.", "require"),
])
def test_the_answer_to_a_question_may_refer_back_to_it(answer, polarity):
    plan = compile_rules(f"Relevant paragraphs describe an army regiment. Is the unit itself Danish? {answer}")
    assert [(c.polarity, c.predicate.to_dict()) for c in plan.criteria[1:]] == [
        (polarity, {"mentions": ["Danish", "Denmark"]})]


@pytest.mark.parametrize("instruction", [
    "If the page gives no length for the trail, or a length of 80 km or less, it does not count.",
    "Trails with no stated length or a length of at most 80 km are not relevant.",
    "Only trails longer than 80 km.",
])
def test_no_quantity_or_too_small_a_one_is_a_requirement_for_more(instruction):
    [(polarity, pred)] = _decisive(instruction, "hiking trails")
    assert polarity == "require"
    assert pred["number"]["op"] == ">" and pred["number"]["value"] == 80 and pred["number"]["unit"] == "km"


def test_a_negation_about_something_else_is_not_read_as_a_missing_quantity():
    plan = compile_rules("Bands that are not from Canada or have fewer than 3 albums are not relevant.")
    assert [(c.polarity, c.predicate) for c in plan.criteria] == [("exclude", None)]


def test_before_the_year_is_a_bound_and_a_list_that_opens_on_later_is_no_time():
    plan = compile_rules("Only sieges that, according to the page, took place before the year 1650. Later sieges, "
                         "sieges in novels, board games and films with 'siege' in the title are not relevant.",
                         query="sieges")
    assert [(c.polarity, c.kind, c.predicate.to_dict() if c.predicate else None) for c in plan.criteria] == [
        ("require", "time", {"date_window": {"start": None, "end": "1649-12-31"}}), ("exclude", "attribute", None)]


def test_a_noun_before_its_object_is_no_verb():
    # "feature film": "feature" is a noun here, not "features X"
    assert _decisive("Only songs written for a full-length feature film.", "film songs") == [("require", None)]
    assert _decisive("Only films that feature Lisbon.", "films") == [("require", {"mentions": ["Lisbon"]})]


def test_an_order_to_leave_out_after_but_ends_a_clause_without_a_cue():
    # the first half has no cue of its own (a bare description, required); "but skip" starts an exclusion
    plan = compile_rules("Harbour cranes, but ignore the ones in Rotterdam.", query="cranes")
    assert [(c.polarity, c.text) for c in plan.criteria] == [
        ("require", "harbour cranes"), ("exclude", "the ones in Rotterdam")]


def test_courtesies_make_no_criterion_and_a_bare_exception_excludes():
    plan = compile_rules("Good morning! Hello team, only bridges in Norway please. Thanks a lot in advance.", query="bridges")
    assert [(c.polarity, c.text) for c in plan.criteria] == [("require", "bridges in Norway")]
    plan = compile_rules("Bridges in Europe. But not the Norwegian ones.", query="bridges")
    assert [c.polarity for c in plan.criteria] == ["require", "exclude"]
    plan = compile_rules("Bridge photos are a plus. But not aerial ones.", query="bridges")  # an exception to a preference
    assert [c.polarity for c in plan.criteria] == ["prefer", "avoid"]
    (c,) = compile_rules("Without the suspension bridges.", query="bridges").criteria
    assert c.polarity == "exclude"
