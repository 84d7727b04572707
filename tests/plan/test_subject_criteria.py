"""Criteria about the passage's own subject, written the ways people write them (issue #18).

Each case was written for this test: lists of nationalities, a compound nationality, the
instruction's own examples after ", including", a verdict elided after a semicolon, states said in
other tenses, what a passage says its subject did, and lists whose words do not stand alone.
"""

from __future__ import annotations

import pytest

from heedful.plan import compile_rules
from heedful.plan.rules.terms import state_terms


def _criteria(instruction: str) -> list[tuple]:
    plan = compile_rules(instruction)
    return [(c.polarity, c.kind, c.text, c.predicate.to_dict() if c.predicate else None) for c in plan.criteria]


@pytest.mark.parametrize(("instruction", "expected"), [
    # every nationality of the list, as one exclusion
    ("Skip operas that the paragraph calls Italian or French.", [
        ("exclude", "place", "operas called Italian or French",
         {"mentions": ["Italian", "Italy", "French", "France"]}),
    ]),
    ("Leave out novels described as Irish, Scottish or Welsh.", [
        ("exclude", "place", "novels described as Irish, Scottish or Welsh",
         {"mentions": ["Irish", "Ireland", "Scottish", "Scotland", "Scots", "Welsh", "Wales"]}),
    ]),
    # a positive list is one criterion that any of its places satisfies, not one per place
    ("Only Danish or Finnish designers.", [
        ("require", "place", "Danish or Finnish designers", {"mentions": ["Danish", "Denmark", "Finnish", "Finland"]}),
    ]),
    # a compound nationality is matched as written: a Swiss painter is not a Swiss-German one
    ("Exclude painters the text calls Swiss-German.", [
        ("exclude", "place", "painters called Swiss-German", {"mentions": ["Swiss-German", "Swiss German"]}),
    ]),
    # ... written with a space too, and never read as two nationalities (one excluded, one required)
    ("Leave out gangs the text calls Irish American.", [
        ("exclude", "place", "gangs called Irish American", {"mentions": ["Irish American", "Irish-American"]}),
    ]),
    # a bracket that restates the period just named is no second time criterion
    ("Only monks born in the twelfth century (1101 to 1200).", [
        ("require", "time", "monks born in the twelfth century", {"year": {"op": "between", "value": [1100, 1199]}}),
    ]),
    # what follows ", including" gives examples of what was just named, not a criterion of its own
    ("Leave out castles, including towers that the paragraph says were rebuilt as castles.", [
        ("exclude", "attribute", "castles, including towers that were rebuilt as castles", None),
    ]),
    (("You should leave out every orchestra that the paragraph calls Austrian, including ensembles described as "
      "Austro-Hungarian."), [
        ("exclude", "place", "orchestra called Austrian, including ensembles described as Austro-Hungarian",
         {"mentions": ["Austrian", "Austria"]}),
    ]),
    # "X count; Y do not": the verdict of the clause before, denied
    ("Only papers about one enzyme count; reviews of whole enzyme families do not.", [
        ("require", "attribute", "papers about one enzyme", None),
        ("exclude", "topic", "reviews of whole enzyme families", None),
    ]),
    # a state the passage says of its subject, in any tense
    ("Skip theatres that the paragraph says burned down or closed.", [
        ("exclude", "attribute", "theatres that burned down or closed",
         {"mentions": ["burned down", "closed", "closure", "shut down", "shutdown", "closed down", "defunct",
                       "ceased operations", "burning down", "closing", "closing down", "ceasing operations"]}),
    ]),
    # what the passage says its subject did
    ("Exclude anyone the paragraph says coached a team.", [
        ("exclude", "attribute", "anyone that coached a team", {"mentions": ["coached"]}),
    ]),
    # "you should keep only" is the cue, not the criterion; "keep out" excludes
    ("You should keep only pages about one single season of the club.", [
        ("require", "attribute", "one single season of the club", None),
    ]),
    ("Keep out anything about racehorses.", [
        ("exclude", "topic", "racehorses", None),
    ]),
    # modifiers listed before one noun share it; whose it is ("the band's") is the passage's to say
    ("Drop any single that the paragraph calls the band's first or debut single.", [
        ("exclude", "attribute", "single called the band's first or debut single",
         {"mentions": ["first single", "debut single"]}),
    ]),
    # a list before "described as" may go on after it: no test of every word that follows
    ("Leave out operas, operettas and cantatas described as comic, sacred or secular.", [
        ("exclude", "topic", "operas, operettas and cantatas described as comic, sacred or secular", None),
    ]),
    # a part of a place: only that part is left out; a passage there may name only the country
    ("Skip lizards that the paragraph says are native to northern Mexico; lizards from elsewhere in Mexico stay.", [
        ("exclude", "place", "lizards that are native to northern Mexico", {"mentions": ["northern Mexico"]}),
        ("prefer", "topic", "lizards from elsewhere in Mexico stay", None),
    ]),
    ("Only bands from western Canada.", [
        ("require", "place", "bands from western Canada", {"mentions": ["western Canada", "Canada", "Canadian"]}),
    ]),
    # what the passage calls the object, with the forms the bracket lists
    (("Leave out any single whose paragraph calls the single or its album a ballad (a power ballad, torch song or "
      "love ballad)."), [
        ("exclude", "attribute", "single whose paragraph calls the single or its album a ballad",
         {"mentions": ["ballad", "power ballad", "torch song", "love ballad"]}),
    ]),
    # a format asked of the subject's own figure ("the village's own population")
    ("Only hamlets whose paragraph states the hamlet's own population as a number.", [
        ("require", "format", "hamlets with the hamlet's own population as a number",
         {"pattern": {"regex": r"\bpopulation\b[^.]{0,60}?\d[\d,]*|\b\d[\d,]*\s+(?:inhabitants|residents|people)\b",
                      "label": "population"}}),
    ]),
    # leaving out what does not say X requires X; "unless" after the whole topic keeps what follows it
    ("If the paragraph does not say the brewery was founded in 1990 or later, skip it.", [
        ("require", "time", "the brewery was founded in 1990 or later", {"year": {"op": ">=", "value": 1990}}),
    ]),
    ("Leave out breweries unless the paragraph says they were founded in 1990 or later.", [
        ("require", "time", "breweries if they were founded in 1990 or later", {"year": {"op": ">=", "value": 1990}}),
    ]),
    # ... but after a part of it, only that part is left out: no test can say which
    ("Tasting notes on single beers are not relevant unless the brewery is named as Guinness.", [
        ("exclude", "attribute", "tasting notes on single beers", None),
    ]),
    # the answer to a question, said as an order in other words
    ("Is the painting, as the paragraph tells it, a copy of an older work? If yes, it should be left out.", [
        ("exclude", "attribute", "the painting, as the paragraph tells it, a copy of an older work", None),
    ]),
    ("Is the cyclist called Belgian in the paragraph? Then they should not be returned.", [
        ("exclude", "place", "the cyclist called Belgian", {"mentions": ["Belgian", "Belgium"]}),
    ]),
    # "documents that call the ship itself a frigate": what the passage calls its subject
    ("Documents that call the ship itself a frigate are not relevant.", [
        ("exclude", "attribute", "call the ship itself a frigate", {"mentions": ["frigate"]}),
    ]),
    # two orders in one sentence, one each way
    ("You should keep only single sonnets and drop sonnet sequences.", [
        ("require", "attribute", "single sonnets", None),
        ("exclude", "topic", "sonnet sequences", None),
    ]),
    # what the topic says is not wanted is no part of what it asks for, so the exclusion keeps its test
    (("A relevant document must describe a lake that is not a reservoir. Documents about a lake that the "
      "paragraph calls a reservoir or an artificial lake are not relevant."), [
        ("require", "topic", "a lake that is not a reservoir", None),
        ("exclude", "attribute", "a lake called a reservoir or an artificial lake",
         {"mentions": ["reservoir", "artificial lake"]}),
    ]),
    # a word that can be a verb of saying names a kind with the noun after it
    ("Skip any stadium that the paragraph calls a state stadium.", [
        ("exclude", "attribute", "stadium called a state stadium", {"mentions": ["state stadium"]}),
    ]),
    ("Does the paragraph report the game's own final score? If it does not, drop it.", [
        ("require", "format", "report the game's own final score",
         {"pattern": {"regex": r"\b\d{1,3}\s?[–—-]\s?\d{1,3}\b(?!\s?(?:[–—-]|%|percent|years?|million|billion))",
                      "label": "score"}}),
    ]),
    # "a deacon of a church" is not any deacon: the word is not tested alone
    ("Exclude anyone the text calls a bishop or a deacon of a church.", [
        ("exclude", "attribute", "anyone called a bishop or a deacon of a church", {"mentions": ["bishop"]}),
    ]),
])
def test_subject_criteria(instruction, expected):
    assert _criteria(instruction) == expected


@pytest.mark.parametrize(("instruction", "expected"), [
    ("Skip painters who have died.", [("exclude", "format", "painters who have died")]),
    # the contrary is a death left out
    ("Only poets who are still alive.", [("exclude", "format", "poets who are still alive")]),
    # a question, then what the passage may say of a death: the question stays text, the death is tested
    ("Is the painter still alive? If the paragraph gives a date of death, skip it.", [
        ("require", "attribute", "the painter still alive"), ("exclude", "format", "gives a date of death")]),
    # which deaths ("in the war") is more than whether: no test
    ("Skip sailors who died in the war.", [("exclude", "attribute", "sailors who died in the war")]),
])
def test_a_death_said_of_the_subject(instruction, expected):
    plan = compile_rules(instruction)
    assert [(c.polarity, c.kind, c.text) for c in plan.criteria] == expected
    tested = [c.predicate for c in plan.criteria if c.predicate is not None]
    assert all(p.label == "death" for p in tested) and len(tested) == sum(k == "format" for _, k, _ in expected)


def test_the_death_pattern_reads_a_closed_life_span_or_a_stated_death():
    from heedful.rank.predicates import evaluate

    death = compile_rules("Skip painters who have died.").criteria[0].predicate
    said = ["Ann Vell (4 May 1901 – 2 June 1977) was a painter.", "Ann Vell (1901–1977) was a painter.",
            "Ann Vell was a painter. She died in Lyon.", "Ann Vell (born 1901; died 1977) was a painter."]
    unsaid = ["Ann Vell (born 4 May 1950) is a painter.", "Ann Vell is a painter who lives in Lyon."]
    assert [evaluate(death, t).status for t in said] == ["satisfied"] * 4
    assert [evaluate(death, t).status for t in unsaid] == ["violated"] * 2


def test_a_question_turned_exclusion_does_not_test_a_word_of_the_query():
    # every passage asked for under "Danish Modern" says "Danish": the answer "leave it out" keeps the
    # criterion but drops its test, as for any exclusion of a word the query names
    instruction = "Is the chair called Danish in the paragraph? Then it should be left out."
    named = compile_rules(instruction, query="Danish Modern chairs").criteria[0]
    assert (named.polarity, named.kind, named.predicate) == ("exclude", "place", None)
    other = compile_rules(instruction, query="lounge chairs").criteria[0]
    assert other.predicate.terms == ("Danish", "Denmark")


def test_a_name_given_an_acronym_is_tested_in_both_forms():
    plan = compile_rules("Skip cyclists the paragraph places in the Nordic Cycling Union (NCU).")
    assert plan.criteria[0].predicate.terms == ("Nordic Cycling Union", "NCU")


def test_a_qualified_word_is_not_taken_alone():
    # "described as active only until some year" says more than "active": no predicate on the word
    [(pol, _, _, pred)] = _criteria("Skip choirs that the text describes as active only until some year.")
    assert (pol, pred) == ("exclude", None)


def test_state_words_bring_their_other_forms():
    assert state_terms(["disbanded"]) == ("disbanded", "disbandment", "disbanding")
    assert state_terms(["broke up"]) == ("broke up", "broken up", "breakup", "break-up", "breaking up")
    assert state_terms(["identified"]) == ("identified", "identifying")


@pytest.mark.parametrize(("instruction", "op", "value"), [
    # a position in a ranking: higher is a smaller number
    ("Only songs whose peak chart position is number 20 or higher.", "<=", 20),
    ("Keep only golfers ranked higher than 30.", "<", 30),
    # a count stays a count, even next to a ranking word
    ("Only towers ranked by height with more than 60 floors.", ">", 60),
    ("Only lakes with an area of 20 or more square kilometres.", ">=", 20),
])
def test_higher_in_a_ranking_is_a_smaller_number(instruction, op, value):
    [pred] = [c.predicate for c in compile_rules(instruction).criteria if c.predicate is not None]
    assert (pred.type, pred.op, pred.value) == ("number", op, value)


def test_a_section_name_is_no_criterion():
    # "Narrative:" and "Description:" say where a text comes from (TREC topics, forms), not what counts
    plan = compile_rules("Ferries of the Baltic. Narrative: ferries built after 1990 are not relevant.")
    assert [(c.polarity, c.text) for c in plan.criteria] == [
        ("require", "ferries of the Baltic"), ("exclude", "ferries built after 1990")]
    plan = compile_rules("Ferries of the Baltic. Description: I want car ferries.")
    assert "description" not in [c.text.lower() for c in plan.criteria]


def test_a_verdict_left_out_before_a_concession_still_excludes():
    plan = compile_rules("Only ferries are relevant. Ports, shipyards and captains are not, even when a ferry's "
                         "paragraph names them.")
    assert [(c.polarity, c.text) for c in plan.criteria][1] == ("exclude", "ports, shipyards and captains")
