"""The rule compiler on instructions written in varied styles, one failure class at a time.

Each case lists every criterion the plan must hold, as (polarity, kind, text, predicate, source
words); pattern predicates are shown by their label. The instructions were written for these tests.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from heedful.plan import Predicate, compile_rules
from heedful.text.time_bounds import find_times


def simple(plan, instruction: str) -> list[tuple]:
    out = []
    for c in plan.criteria:
        p = c.predicate.to_dict() if c.predicate else None
        if p and "pattern" in p:
            p = {"pattern": p["pattern"]["label"]}
        out.append((c.polarity, c.kind, c.text, p, instruction[c.span[0]:c.span[1]]))
    return out


# 1. Exclusion cues in many styles; an 'is out' that is not a verdict stays positive.
EXCLUSION_CUES = [
    ('Anything the article dates to before 1850 (by founding or first record) is out.', [
        ('exclude', 'time', 'anything dated to before 1850', {'year': {'op': '<', 'value': 1850}}, 'Anything the article dates to before 1850 (by founding or first record) is out'),
    ]),
    ('Private universities are out.', [
        ('exclude', 'topic', 'private universities', None, 'Private universities are out'),
    ]),
    ('Tribute bands are out of scope.', [
        ('exclude', 'topic', 'tribute bands', None, 'Tribute bands are out of scope'),
    ]),
    ('Skip sequels and prequels.', [
        ('exclude', 'topic', 'sequels and prequels', None, 'Skip sequels and prequels'),
    ]),
    ('Drop anything about the cast.', [
        ('exclude', 'topic', 'the cast', None, 'Drop anything about the cast'),
    ]),
    ('Disregard unofficial translations.', [
        ('exclude', 'topic', 'unofficial translations', None, 'Disregard unofficial translations'),
    ]),
    ('Fan fiction is not wanted.', [
        ('exclude', 'topic', 'fan fiction', None, 'Fan fiction is not wanted'),
    ]),
    ("Unbuilt proposals are not what I'm after.", [
        ('exclude', 'topic', 'unbuilt proposals', None, "Unbuilt proposals are not what I'm after"),
    ]),
    ('No compilations.', [
        ('exclude', 'topic', 'compilations', None, 'No compilations'),
    ]),
    ("Exhibition games don't qualify.", [
        ('exclude', 'topic', 'exhibition games', None, "Exhibition games don't qualify"),
    ]),
    ("A cameo doesn't count.", [
        ('exclude', 'topic', 'a cameo', None, "A cameo doesn't count"),
    ]),
    ('Demo recordings should be filtered out.', [
        ('exclude', 'topic', 'demo recordings', None, 'Demo recordings should be filtered out'),
    ]),
    ('Spin-off novels should be omitted.', [
        ('exclude', 'topic', 'spin-off novels', None, 'Spin-off novels should be omitted'),
    ]),
    ("Don't include players who retired before 1990.", [
        ('exclude', 'time', 'players who retired before 1990', {'year': {'op': '<', 'value': 1990}}, "Don't include players who retired before 1990"),
    ]),
    ('Rule out any lake that the passage describes as artificial or as a reservoir.', [
        ('exclude', 'attribute', 'lake described as artificial or as a reservoir', {'mentions': ['artificial', 'reservoir']}, 'Rule out any lake that the passage describes as artificial or as a reservoir'),
    ]),
    ('Minor-league teams need not apply.', [
        ('exclude', 'topic', 'minor-league teams', None, 'Minor-league teams need not apply'),
    ]),
    ('Biographies of coaches are off-limits.', [
        ('exclude', 'topic', 'biographies of coaches', None, 'Biographies of coaches are off-limits'),
    ]),
    ("Sequels won't be relevant.", [
        ('exclude', 'topic', 'sequels', None, "Sequels won't be relevant"),
    ]),
    ('Memoirs: not relevant.', [
        ('exclude', 'topic', 'memoirs', None, 'Memoirs: not relevant'),
    ]),
    ('We can do without trivia sections.', [
        ('exclude', 'topic', 'trivia sections', None, 'We can do without trivia sections'),
    ]),
    ('Bands from Quebec are out.', [
        ('exclude', 'place', 'bands from Quebec', {'mentions': ['Quebec', 'Quebecer', 'Quebecois']}, 'Bands from Quebec are out'),
    ]),
    ('Anything built after 1945 is out.', [
        ('exclude', 'time', 'anything built after 1945', {'year': {'op': '>', 'value': 1945}}, 'Anything built after 1945 is out'),
    ]),
    ('Rivers in Poland are what I want, but tributaries are out.', [
        ('require', 'topic', 'rivers in Poland', None, 'Rivers in Poland are what I want'),
        ('exclude', 'topic', 'tributaries', None, 'tributaries are out'),
    ]),
    ('The album is out of print.', [
        ('require', 'topic', 'the album is out of print', None, 'The album is out of print'),
    ]),
    ('Players who are out for the season count.', [
        ('require', 'topic', 'players who are out for the season', None, 'Players who are out for the season count'),
    ]),
]

# 2. An elaboration after a colon, a dash or 'i.e.' keeps the polarity of its main clause.
ELABORATIONS = [
    ('Skip anything that no longer exists: a fort described only as a ruin, or one that was demolished, razed or flooded.', [
        ('exclude', 'negation', 'anything that no longer exists', None, 'Skip anything that no longer exists'),
        ('exclude', 'attribute', 'a fort described only as a ruin, or one that was demolished, razed or flooded', {'mentions': ['ruin', 'demolished', 'demolition', 'razed', 'flooded', 'demolishing', 'flooding']}, 'a fort described only as a ruin, or one that was demolished, razed or flooded'),
    ]),
    ('Leave out inactive volcanoes — those that are dormant or extinct.', [
        ('exclude', 'attribute', 'inactive volcanoes', {'mentions': ['inactive']}, 'Leave out inactive volcanoes'),
        ('exclude', 'attribute', 'those that are dormant or extinct', {'mentions': ['dormant', 'extinct', 'extinction']}, 'those that are dormant or extinct'),
    ]),
    ('Drop anything presented as no longer in service: a ship that was scrapped, sunk or decommissioned.', [
        ('exclude', 'negation', 'anything presented as no longer in service', None, 'Drop anything presented as no longer in service'),
        ('exclude', 'attribute', 'a ship that was scrapped, sunk or decommissioned', {'mentions': ['scrapped', 'sunk', 'decommissioned', 'decommissioning', 'scrapping']}, 'a ship that was scrapped, sunk or decommissioned'),
    ]),
    ('Ignore closed mines: those described only in the past tense, or that were abandoned or flooded.', [
        ('exclude', 'attribute', 'closed mines', {'mentions': ['closed', 'closure', 'shut down', 'shutdown', 'closed down', 'defunct', 'ceased operations', 'closing', 'closing down', 'ceasing operations']}, 'Ignore closed mines'),
        ('exclude', 'attribute', 'those described only in the past tense, or that were abandoned or flooded', {'mentions': ['abandoned', 'abandonment', 'flooded', 'abandoning', 'flooding']}, 'those described only in the past tense, or that were abandoned or flooded'),
    ]),
    ('Skip defunct railways, i.e. ones that were abandoned or closed.', [
        ('exclude', 'attribute', 'defunct railways', {'mentions': ['abandoned', 'abandonment', 'closed', 'closure', 'shut down', 'shutdown', 'closed down', 'defunct', 'ceased operations', 'abandoning', 'closing', 'closing down', 'ceasing operations']}, 'Skip defunct railways, i.e. ones that were abandoned or closed'),
    ]),
    ('Only winter sports count: skiing, skating or curling.', [
        ('require', 'attribute', 'winter sports: skiing, skating or curling', None, 'Only winter sports count: skiing, skating or curling'),
    ]),
    ('Schools with a religious affiliation are out: any school the paragraph describes as Catholic, Lutheran or Methodist.', [
        ('exclude', 'attribute', 'schools with a religious affiliation', None, 'Schools with a religious affiliation are out'),
        ('exclude', 'attribute', 'school described as Catholic, Lutheran or Methodist', {'mentions': ['Catholic', 'Lutheran', 'Methodist']}, 'any school the paragraph describes as Catholic, Lutheran or Methodist'),
    ]),
    ('Skip remixes: official re-recordings still count.', [
        ('exclude', 'topic', 'remixes', None, 'Skip remixes'),
        ('prefer', 'attribute', 'official re-recordings', None, 'official re-recordings still count'),
    ]),
    ('Leave out retired players: only active ones are relevant.', [
        ('exclude', 'attribute', 'retired players', {'mentions': ['retired', 'retirement', 'retiring']}, 'Leave out retired players'),
        ('require', 'attribute', 'active ones', None, 'only active ones are relevant'),
    ]),
]

# 3. Every listed alternative that a passage can be checked for becomes a mention term.
TERM_LISTS = [
    ('Exclude any hospital the paragraph describes as Catholic, Methodist, or as owned or run by, or affiliated with, a church, order or mission.', [
        ('exclude', 'attribute', 'hospital described as Catholic, Methodist, or as owned or run by, or affiliated with, a church, order or mission', {'mentions': ['Catholic', 'Methodist', 'church', 'order', 'mission']}, 'Exclude any hospital the paragraph describes as Catholic, Methodist, or as owned or run by, or affiliated with, a church, order or mission'),
    ]),
    ('Recipes that use walnuts, pecans or hazelnuts are not relevant.', [
        ('exclude', 'attribute', 'recipes that use walnuts, pecans or hazelnuts', {'mentions': ['walnuts', 'pecans', 'hazelnuts']}, 'Recipes that use walnuts, pecans or hazelnuts are not relevant'),
    ]),
    ('Paragraphs that mention rugby, cricket or netball are not relevant.', [
        ('exclude', 'attribute', 'mention rugby, cricket or netball', {'mentions': ['rugby', 'cricket', 'netball']}, 'Paragraphs that mention rugby, cricket or netball are not relevant'),
    ]),
    ('Skip any castle that was demolished, ruined or rebuilt.', [
        ('exclude', 'attribute', 'castle that was demolished, ruined or rebuilt', {'mentions': ['demolished', 'demolition', 'ruined', 'rebuilt', 'demolishing', 'ruining']}, 'Skip any castle that was demolished, ruined or rebuilt'),
    ]),
    ('Only ships the paragraph calls frigates, corvettes or destroyers count.', [
        ('require', 'attribute', 'ships called frigates, corvettes or destroyers', {'mentions': ['frigates', 'corvettes', 'destroyers']}, 'Only ships the paragraph calls frigates, corvettes or destroyers count'),
    ]),
    ('Exclude any school the text says is Anglican, Presbyterian or Baptist.', [
        ('exclude', 'attribute', 'school that is Anglican, Presbyterian or Baptist', {'mentions': ['Anglican', 'Presbyterian', 'Baptist']}, 'Exclude any school the text says is Anglican, Presbyterian or Baptist'),
    ]),
    ('Cinemas that the paragraph reports have closed are not relevant.', [
        ('exclude', 'attribute', 'cinemas that have closed', {'mentions': ['closed', 'closure', 'shut down', 'shutdown', 'closed down', 'defunct', 'ceased operations', 'closing', 'closing down', 'ceasing operations']}, 'Cinemas that the paragraph reports have closed are not relevant'),
    ]),
    ('Please exclude anything that the paragraph says was cancelled.', [
        ('exclude', 'attribute', 'anything that was cancelled', {'mentions': ['cancelled', 'canceled', 'cancellation', 'cancelling', 'canceling']}, 'Please exclude anything that the paragraph says was cancelled'),
    ]),
    ('Companies that the paragraph says went bankrupt are out.', [
        ('exclude', 'attribute', 'companies that went bankrupt', {'mentions': ['bankrupt', 'bankruptcy']}, 'Companies that the paragraph says went bankrupt are out'),
    ]),
    ('Bands that split up are not relevant.', [
        ('exclude', 'attribute', 'bands that split up', {'mentions': ['split up', 'splitting up', 'breakup', 'break-up']}, 'Bands that split up are not relevant'),
    ]),
    ('Anything described as a hoax is out.', [
        ('exclude', 'attribute', 'anything described as a hoax', {'mentions': ['hoax']}, 'Anything described as a hoax is out'),
    ]),
]

# 4. A yes/no question about the passage is a requirement; the sentence after it elaborates it.
QUESTIONS = [
    ("Does the passage state the bridge's main span in metres or feet? If it gives no length at all, it is not relevant.", [
        ('require', 'format', "state the bridge's main span in metres or feet", {'pattern': 'number in m or ft'}, "Does the passage state the bridge's main span in metres or feet? If it gives no length at all, it is not relevant"),
    ]),
    ("Is the river's length given as a number (km or mi)? If only a ranking is given, the paragraph does not count.", [
        ('require', 'format', "the river's length given as a number", {'pattern': 'number in km or mi'}, "Is the river's length given as a number (km or mi)? If only a ranking is given, the paragraph does not count"),
    ]),
    ("Does the paragraph name the ship's builder? If not, it is not relevant.", [
        ('require', 'attribute', "name the ship's builder", None, "Does the paragraph name the ship's builder? If not, it is not relevant"),
    ]),
    ('Is the company headquartered in Germany? If so, skip it.', [
        ('exclude', 'place', 'the company headquartered in Germany', {'mentions': ['Germany', 'German']}, 'Is the company headquartered in Germany? If so, skip it'),
    ]),
    ('Is the passage about a Norwegian jazz band?', [
        ('require', 'topic', 'a Norwegian jazz band', None, 'Is the passage about a Norwegian jazz band'),
    ]),
    ('Paragraphs on B-sides? Not relevant.', [
        ('exclude', 'topic', 'B-sides', None, 'Paragraphs on B-sides? Not relevant'),
    ]),
    ('Is the lake in Finland? If not, it still counts.', [
        ('prefer', 'place', 'the lake in Finland', {'mentions': ['Finland', 'Finnish']}, 'Is the lake in Finland? If not, it still counts'),
    ]),
    ('Relevant documents describe oil spills. If the document only mentions a spill in passing, it is not relevant.', [
        ('require', 'topic', 'oil spills', None, 'Relevant documents describe oil spills'),
        ('require', 'attribute', 'a spill', None, 'If the document only mentions a spill in passing, it is not relevant'),
    ]),
]

# 5. Counts: context words are the counted noun; generic counts in the main description stay topic.
NUMBERS = [
    ('Must have at least 200 employees according to a figure in the paragraph.', [
        ('require', 'number', 'have at least 200 employees', {'number': {'op': '>=', 'value': 200, 'unit': None, 'context': ['employees']}}, 'Must have at least 200 employees according to a figure in the paragraph'),
    ]),
    ('A relevant paragraph is about hotel chains with more than one property.', [
        ('require', 'topic', 'hotel chains with more than one property', None, 'A relevant paragraph is about hotel chains with more than one property'),
    ]),
    ('Relevant paragraphs describe airlines with at least one international route.', [
        ('require', 'topic', 'airlines with at least one international route', None, 'Relevant paragraphs describe airlines with at least one international route'),
    ]),
    ('Has to list at least three founding members.', [
        ('require', 'number', 'at least three founding members', {'number': {'op': '>=', 'value': 3, 'unit': None, 'context': ['founding', 'members']}}, 'Has to list at least three founding members'),
    ]),
    ('Needs to report more than 1,000 casualties, as stated in the text.', [
        ('require', 'number', 'report more than 1,000 casualties', {'number': {'op': '>', 'value': 1000, 'unit': None, 'context': ['casualties']}}, 'Needs to report more than 1,000 casualties, as stated in the text'),
    ]),
    ('Only lakes with a surface area of more than 100 km2 count.', [
        ('require', 'number', 'lakes with a surface area of more than 100 km2', {'number': {'op': '>', 'value': 100, 'unit': 'km2', 'context': ['surface', 'area']}}, 'Only lakes with a surface area of more than 100 km2 count'),
    ]),
]

# 6. Main descriptions and requirements in varied styles.
REQUIREMENT_STYLES = [
    ("I'm looking for biographies of Baroque composers.", [
        ('require', 'topic', 'biographies of Baroque composers', None, "I'm looking for biographies of Baroque composers"),
    ]),
    ('Give me paragraphs on lighthouses in Norway.', [
        ('require', 'topic', 'lighthouses in Norway', None, 'Give me paragraphs on lighthouses in Norway'),
    ]),
    ('Find accounts of Antarctic expeditions.', [
        ('require', 'topic', 'accounts of Antarctic expeditions', None, 'Find accounts of Antarctic expeditions'),
    ]),
    ('I want descriptions of Gothic cathedrals. Only those in France count.', [
        ('require', 'topic', 'descriptions of Gothic cathedrals', None, 'I want descriptions of Gothic cathedrals'),
        ('require', 'place', 'those in France', {'mentions': ['France', 'French']}, 'Only those in France count'),
    ]),
    ('What I need: descriptions of lighthouses in Maine.', [
        ('require', 'topic', 'descriptions of lighthouses in Maine', None, 'What I need: descriptions of lighthouses in Maine'),
    ]),
    ('Keep only the albums that the paragraph says were recorded in London.', [
        ('require', 'attribute', 'the albums that were recorded in London', {'mentions': ['London']}, 'Keep only the albums that the paragraph says were recorded in London'),
    ]),
    ('It must be a stage musical.', [
        ('require', 'attribute', 'a stage musical', None, 'It must be a stage musical'),
    ]),
    ('Must be a studio album.', [
        ('require', 'attribute', 'a studio album', None, 'Must be a studio album'),
    ]),
    ('Nothing but first-hand accounts.', [
        ('require', 'attribute', 'first-hand accounts', None, 'Nothing but first-hand accounts'),
    ]),
    ('Stick to peer-reviewed studies.', [
        ('require', 'attribute', 'peer-reviewed studies', None, 'Stick to peer-reviewed studies'),
    ]),
    ('Limit results to studio albums.', [
        ('require', 'attribute', 'studio albums', None, 'Limit results to studio albums'),
    ]),
    ('The only ones that count are studio albums.', [
        ('require', 'attribute', 'studio albums', None, 'The only ones that count are studio albums'),
    ]),
    ('Make sure the paragraph names the director.', [
        ('require', 'attribute', 'names the director', None, 'Make sure the paragraph names the director'),
    ]),
    ('Only left-handed pitchers, please.', [
        ('require', 'attribute', 'left-handed pitchers', None, 'Only left-handed pitchers, please'),
    ]),
]

# 7. Dates with day precision in comparisons, inclusive and exclusive.
DAY_PRECISION = [
    ('Leave out any siege that began before 12 April 1861.', [
        ('exclude', 'time', 'siege that began before 12 April 1861', {'date_window': {'start': None, 'end': '1861-04-11'}}, 'Leave out any siege that began before 12 April 1861'),
    ]),
    ('Treaties signed prior to 1 January 1800 are out.', [
        ('exclude', 'time', 'treaties signed prior to 1 January 1800', {'date_window': {'start': None, 'end': '1799-12-31'}}, 'Treaties signed prior to 1 January 1800 are out'),
    ]),
    ('Only launches after 4 October 1957 count.', [
        ('require', 'time', 'launches after 4 October 1957', {'date_window': {'start': '1957-10-05', 'end': None}}, 'Only launches after 4 October 1957 count'),
    ]),
    ('Skip any flight that took place on or before 17 December 1903.', [
        ('exclude', 'time', 'flight that took place on or before 17 December 1903', {'date_window': {'start': None, 'end': '1903-12-17'}}, 'Skip any flight that took place on or before 17 December 1903'),
    ]),
    ('Only storms that made landfall no earlier than 1 June 2005.', [
        ('require', 'time', 'storms that made landfall no earlier than 1 June 2005', {'date_window': {'start': '2005-06-01', 'end': None}}, 'Only storms that made landfall no earlier than 1 June 2005'),
    ]),
    ('Drop any single released before the 1st of March 1964.', [
        ('exclude', 'time', 'single released before the 1st of March 1964', {'date_window': {'start': None, 'end': '1964-02-29'}}, 'Drop any single released before the 1st of March 1964'),
    ]),
    ('Anything that happened before 6 June 1944 is out.', [
        ('exclude', 'time', 'anything that happened before 6 June 1944', {'date_window': {'start': None, 'end': '1944-06-05'}}, 'Anything that happened before 6 June 1944 is out'),
    ]),
]

CASES = EXCLUSION_CUES + ELABORATIONS + TERM_LISTS + QUESTIONS + NUMBERS + REQUIREMENT_STYLES + DAY_PRECISION


@pytest.mark.parametrize(("instruction", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_styles(instruction, expected):
    assert simple(compile_rules(instruction), instruction) == expected


def test_a_number_in_named_units_is_a_pattern_that_finds_those_units():
    text = "Does the paragraph give the typhoon's top sustained winds as a number (km/h or mph)?"
    (c,) = compile_rules(text).criteria
    assert (c.polarity, c.kind, c.predicate.type, c.predicate.label) == ("require", "format", "pattern",
                                                                        "number in km/h or mph")
    rx = re.compile(c.predicate.regex, re.IGNORECASE)
    found = [bool(rx.search(t)) for t in ("winds of 185 km/h", "gusts to 115 mph", "a Category 3 storm",
                                          "up to 120 miles per hour", "the 2,400 km coast")]
    assert found == [True, True, False, True, False]
    # the same instruction compiles to the same regex in every process (no set order leaks into it)
    assert c.predicate.regex == compile_rules(text).criteria[0].predicate.regex


@pytest.mark.parametrize(
    ("phrase", "kind", "lo", "hi"),
    [
        ("on or before 17 December 1903", "until", None, date(1903, 12, 17)),
        ("on or after 1 May 1950", "since", date(1950, 5, 1), None),
        ("no earlier than 1 June 2005", "since", date(2005, 6, 1), None),
        ("not before 1990", "since", date(1990, 1, 1), None),
        ("no later than 1999", "until", None, date(1999, 12, 31)),
        ("before the 1st of March 1964", "before", None, date(1964, 2, 29)),
        ("after the 3rd of May 2001", "after", date(2001, 5, 4), None),
    ],
)
def test_inclusive_and_exclusive_day_bounds(phrase, kind, lo, hi):
    assert [(t.kind, t.lo, t.hi) for t in find_times(phrase)] == [(kind, lo, hi)]


def test_generic_counts_in_the_main_description_are_not_predicates_but_later_counts_are():
    text = "Relevant paragraphs describe ferry lines with more than one route. Only lines with at least 5 ports count."
    plan = compile_rules(text)
    assert [(c.polarity, c.kind, c.predicate) for c in plan.criteria] == [
        ("require", "topic", None),
        ("require", "number", Predicate.number(">=", 5, context=["lines", "ports"])),
    ]


def test_an_exclusion_elaboration_is_cut_from_the_retrieval_text_too():
    # exclusions (and what elaborates them) are never searched for: their spans must be exclusions
    text = ("A relevant paragraph is about a canal in England. Skip anything presented as no longer in use: "
            "a canal described only in the past tense, or one that was abandoned or filled in.")
    plan = compile_rules(text)
    excluded = [text[c.span[0]:c.span[1]] for c in plan.criteria if c.polarity == "exclude"]
    assert excluded == ["Skip anything presented as no longer in use",
                        "a canal described only in the past tense, or one that was abandoned or filled in"]
    assert plan.criteria[-1].predicate == Predicate.mentions(
        ["abandoned", "abandonment", "filled in", "infilled", "abandoning", "filling in", "infilling"])


@pytest.mark.parametrize("instruction", [c[0] for c in CASES])
def test_every_sentence_is_covered_and_the_plan_round_trips(instruction):
    plan = compile_rules(instruction)
    spans = [c.span for c in plan.criteria]
    assert spans and all(s is not None and instruction[s[0]:s[1]].strip() == instruction[s[0]:s[1]] for s in spans)
    for m in re.finditer(r"[^.?!]+[.?!]?", instruction):
        if re.search(r"\w", m.group(0)):
            assert any(s < m.end() and m.start() < e for s, e in spans), m.group(0)
    assert type(plan).from_json(plan.to_json()) == plan
