"""The rule compiler on instructions written for these tests, one construct at a time.

Each case lists every criterion the plan must hold, as (polarity, kind, text, predicate, source
words); pattern predicates are shown by their label.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from heedful.errors import ConfigError
from heedful.plan import Criterion, Plan, Predicate, compile_rules
from heedful.plan.rules import FORMAT_PATTERNS
from heedful.store.filters import Filter


def simple(plan: Plan, instruction: str) -> list[tuple]:
    out = []
    for c in plan.criteria:
        p = c.predicate.to_dict() if c.predicate else None
        if p and "pattern" in p:
            p = {"pattern": p["pattern"]["label"]}
        out.append((c.polarity, c.kind, c.text, p, instruction[c.span[0]:c.span[1]]))
    return out


CASES = [
    ('Relevant documents describe volcanic eruptions in Iceland.', [
        ('require', 'topic', 'volcanic eruptions in Iceland', None, 'Relevant documents describe volcanic eruptions in Iceland'),
    ]),
    ('Only left-handed pitchers count.', [
        ('require', 'attribute', 'left-handed pitchers', None, 'Only left-handed pitchers count'),
    ]),
    ("The passage must mention the treaty's signatories.", [
        ('require', 'attribute', "mention the treaty's signatories", None, "The passage must mention the treaty's signatories"),
    ]),
    ('Only female composers count; paragraphs about male composers are not relevant.', [
        ('require', 'attribute', 'female composers', None, 'Only female composers count'),
        ('exclude', 'topic', 'male composers', None, 'paragraphs about male composers are not relevant'),
    ]),
    ('Reviews of the album are not relevant.', [
        ('exclude', 'topic', 'reviews of the album', None, 'Reviews of the album are not relevant'),
    ]),
    ('Exclude recipes that use peanuts.', [
        ('exclude', 'attribute', 'recipes that use peanuts', {'mentions': ['peanuts']}, 'Exclude recipes that use peanuts'),
    ]),
    ('Ignore press releases.', [
        ('exclude', 'topic', 'press releases', None, 'Ignore press releases'),
    ]),
    ('Do not count exhibition matches.', [
        ('exclude', 'topic', 'exhibition matches', None, 'Do not count exhibition matches'),
    ]),
    ('Any lake other than those in Finland is relevant.', [
        ('require', 'topic', 'lake', None, 'Any lake other than those in Finland is relevant'),
        ('exclude', 'place', 'in Finland', {'mentions': ['Finland', 'Finnish']}, 'other than those in Finland'),
    ]),
    ('All breeds count except those from Japan.', [
        ('require', 'topic', 'breeds', None, 'All breeds count except those from Japan'),
        ('exclude', 'place', 'from Japan', {'mentions': ['Japan', 'Japanese']}, 'except those from Japan'),
    ]),
    ('Only the operas themselves count, not singers.', [
        ('require', 'attribute', 'the operas themselves', None, 'Only the operas themselves count, not singers'),
        ('exclude', 'topic', 'singers', None, ', not singers'),
    ]),
    ('Prefer passages that quote the mayor directly.', [
        ('prefer', 'attribute', 'quote the mayor directly', None, 'Prefer passages that quote the mayor directly'),
    ]),
    ('Ideally, the article names the architect.', [
        ('prefer', 'attribute', 'names the architect', None, 'Ideally, the article names the architect'),
    ]),
    ('Mountain huts are relevant, especially those above 3,000 m.', [
        ('require', 'topic', 'mountain huts', None, 'Mountain huts are relevant'),
        ('prefer', 'number', 'those above 3,000 m', {'number': {'op': '>', 'value': 3000, 'unit': 'm', 'context': []}}, 'especially those above 3,000 m'),
    ]),
    ('Only singers who did NOT win a Grammy are relevant.', [
        ('exclude', 'attribute', 'singers who win a Grammy', {'mentions': ['Grammy']}, 'Only singers who did NOT win a Grammy are relevant'),
    ]),
    ('Bands that never released an album are not relevant.', [
        ('exclude', 'negation', 'bands that never released an album', None, 'Bands that never released an album are not relevant'),
    ]),
    ('Newspapers that are no longer printed are not relevant.', [
        ('exclude', 'negation', 'newspapers that are no longer printed', None, 'Newspapers that are no longer printed are not relevant'),
    ]),
    ('Skip clubs that do not play football anymore.', [
        ('exclude', 'negation', 'clubs that do not play football anymore', None, 'Skip clubs that do not play football anymore'),
    ]),
    ('Players who are not Brazilian are not relevant.', [
        ('require', 'place', 'players who are Brazilian', {'mentions': ['Brazilian', 'Brazil']}, 'Players who are not Brazilian are not relevant'),
    ]),
    ('Only ships built before 1980 are relevant.', [
        ('require', 'time', 'ships built before 1980', {'year': {'op': '<', 'value': 1980}}, 'Only ships built before 1980 are relevant'),
    ]),
    ('Only novels published between 1995 and 2002 count.', [
        ('require', 'time', 'novels published between 1995 and 2002', {'year': {'op': 'between', 'value': [1995, 2002]}}, 'Only novels published between 1995 and 2002 count'),
    ]),
    ('Paintings made after the 1990s.', [
        ('require', 'time', 'paintings made after the 1990s', {'year': {'op': '>', 'value': 1999}}, 'Paintings made after the 1990s'),
    ]),
    ('Only novels printed in 2010 or later are relevant.', [
        ('require', 'time', 'novels printed in 2010 or later', {'year': {'op': '>=', 'value': 2010}}, 'Only novels printed in 2010 or later are relevant'),
    ]),
    ('Describe the situation as of March 2024.', [
        ('require', 'time', 'the situation as of March 2024', None, 'Describe the situation as of March 2024'),
    ]),
    ('Prefer the most recent figures.', [
        ('prefer', 'time', 'the most recent figures', None, 'Prefer the most recent figures'),
    ]),
    ('Only cities with more than 5,000 inhabitants.', [
        ('require', 'number', 'cities with more than 5,000 inhabitants', {'number': {'op': '>', 'value': 5000, 'unit': None, 'context': ['cities', 'inhabitants']}}, 'Only cities with more than 5,000 inhabitants'),
    ]),
    ('Only peaks over 7,500 m.', [
        ('require', 'number', 'peaks over 7,500 m', {'number': {'op': '>', 'value': 7500, 'unit': 'm', 'context': ['peaks']}}, 'Only peaks over 7,500 m'),
    ]),
    ('Earthquakes with fewer than 100 deaths are not relevant.', [
        ('exclude', 'number', 'earthquakes with fewer than 100 deaths', {'number': {'op': '<', 'value': 100, 'unit': None, 'context': ['earthquakes', 'deaths']}}, 'Earthquakes with fewer than 100 deaths are not relevant'),
    ]),
    ('Only villages with a population above 2,500 count.', [
        ('require', 'number', 'villages with a population above 2,500', {'number': {'op': '>', 'value': 2500, 'unit': None, 'context': ['population']}}, 'Only villages with a population above 2,500 count'),
    ]),
    ('Only islands that have a single village are relevant.', [
        ('require', 'number', 'islands that have a single village', {'number': {'op': '=', 'value': 1, 'unit': None, 'context': ['islands', 'village']}}, 'Only islands that have a single village are relevant'),
    ]),
    ('Musicians with at least two platinum records are relevant.', [
        ('require', 'topic', 'musicians with at least two platinum records', None, 'Musicians with at least two platinum records are relevant'),
        ('require', 'number', 'at least two', {'number': {'op': '>=', 'value': 2, 'unit': None, 'context': ['musicians', 'platinum', 'records']}}, 'at least two'),
    ]),
    ('Companies based in Winnipeg are not relevant.', [
        ('exclude', 'place', 'companies based in Winnipeg', {'mentions': ['Winnipeg']}, 'Companies based in Winnipeg are not relevant'),
    ]),
    ('Only athletes from Ohio count.', [
        ('require', 'place', 'athletes from Ohio', {'mentions': ['Ohio']}, 'Only athletes from Ohio count'),
    ]),
    ('Only Canadian poets are relevant.', [
        ('require', 'place', 'Canadian poets', {'mentions': ['Canadian', 'Canada']}, 'Only Canadian poets are relevant'),
    ]),
    ('Only plants native to North America.', [
        ('require', 'place', 'plants native to North America', {'mentions': ['North America', 'North American']}, 'Only plants native to North America'),
    ]),
    ('Only races held in Spain or Portugal count.', [
        ('require', 'place', 'races held in Spain or Portugal', {'mentions': ['Spain', 'Spanish', 'Portugal', 'Portuguese']}, 'Only races held in Spain or Portugal count'),
    ]),
    ('Only paragraphs that name an award are relevant.', [
        ('require', 'format', 'name an award', {'pattern': 'award'}, 'Only paragraphs that name an award are relevant'),
    ]),
    ('Documents must give a dollar figure.', [
        ('require', 'format', 'give a dollar figure', {'pattern': 'money'}, 'Documents must give a dollar figure'),
    ]),
    ('Prefer articles that state a percentage.', [
        ('prefer', 'format', 'state a percentage', {'pattern': 'percentage'}, 'Prefer articles that state a percentage'),
    ]),
    ('Soups whose paragraph lists cream as an ingredient are not relevant.', [
        ('exclude', 'attribute', 'soups with cream as an ingredient', {'mentions': ['cream']}, 'Soups whose paragraph lists cream as an ingredient are not relevant'),
    ]),
    ('Only engines that the paragraph says were designed by Rolls-Royce Ltd. are relevant.', [
        ('require', 'attribute', 'engines that were designed by Rolls-Royce Ltd', {'mentions': ['Rolls-Royce Ltd.']}, 'Only engines that the paragraph says were designed by Rolls-Royce Ltd. are relevant'),
    ]),
    ('Stations that the paragraph describes as abandoned or as demolished are not relevant.', [
        ('exclude', 'attribute', 'stations described as abandoned or as demolished', {'mentions': ['abandoned', 'demolished']}, 'Stations that the paragraph describes as abandoned or as demolished are not relevant'),
    ]),
]


@pytest.mark.parametrize(("instruction", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_constructs(instruction, expected):
    assert simple(compile_rules(instruction), instruction) == expected


def test_a_city_an_ingredient_and_an_attribute_as_whole_criteria():
    plan = compile_rules("Bakeries based in Lyon are not relevant.")
    assert plan.criteria == (
        Criterion("bakeries based in Lyon", "exclude", "place", Predicate.mentions(["Lyon"]), (0, 39)),
    )
    plan = compile_rules("Cakes whose paragraph lists almonds as an ingredient are not relevant.")
    assert [(c.polarity, c.predicate) for c in plan.criteria] == [("exclude", Predicate.mentions(["almonds"]))]
    plan = compile_rules("Only female architects count.")
    assert [(c.polarity, c.kind, c.text) for c in plan.criteria] == [("require", "attribute", "female architects")]


@pytest.mark.parametrize(
    ("instruction", "window"),
    [
        ("Only texts covering the years from October 1987 to June 1991 are relevant.",
         (date(1987, 10, 1), date(1991, 6, 30))),
        ("I care only about the years from May 1971 to 1974.", (date(1971, 5, 1), date(1974, 12, 31))),
        ("Relevant passages cover what happened between 1995 and 2002.", (date(1995, 1, 1), date(2002, 12, 31))),
        ("Limit the search to the year 2011.", (date(2011, 1, 1), date(2011, 12, 31))),
        ("Keep to September 1940; other months do not count.", (date(1940, 9, 1), date(1940, 9, 30))),
        ("Documents about events in 2014 only.", (date(2014, 1, 1), date(2014, 12, 31))),
        ("Passages on the early 2000s are what I need.", (date(2000, 1, 1), date(2003, 12, 31))),
        ("Focus on the 1990s.", (date(1990, 1, 1), date(1999, 12, 31))),
        ("Give me what was true during 828.", (date(828, 1, 1), date(828, 12, 31))),
        ("The passage should be about the 1995-96 season.", (date(1995, 1, 1), date(1996, 12, 31))),
        ("Cover the late 19th century.", (date(1867, 1, 1), date(1899, 12, 31))),
        ("Tell me about the summer of 1969.", (date(1969, 6, 1), date(1969, 8, 31))),
        ("Only from 3 August 1995 to Aug. 10, 2002.", (date(1995, 8, 3), date(2002, 8, 10))),
        ("Keep to the months from March to June 2003.", (date(2003, 3, 1), date(2003, 6, 30))),
    ],
)
def test_time_windows(instruction, window):
    plan = compile_rules(instruction)
    assert plan.time is not None and plan.time.window == window
    s, e = plan.time.span
    assert re.search(r"\d", instruction[s:e])
    assert any(c.kind == "time" and c.predicate == Predicate.date_window(*window) for c in plan.criteria)


@pytest.mark.parametrize(
    ("instruction", "predicate"),
    [
        ("Only sculptors born before 1885 are relevant.", Predicate.year("<", 1885)),
        ("Only buildings completed after the 1990s.", Predicate.year(">", 1999)),
        ("Only albums released in 1973 are relevant.", Predicate.year("=", 1973)),
        ("Only clubs founded between 1880 and 1899 count.", Predicate.year("between", (1880, 1899))),
        ("Only bridges opened in 1950 or earlier.", Predicate.year("<=", 1950)),
        ("Only companies established since 2001 are relevant.", Predicate.year(">=", 2001)),
        ("Only churches that the text dates to before 1450 count.", Predicate.year("<", 1450)),
        ("Only treaties signed in September 1940.", Predicate.date_window(date(1940, 9, 1), date(1940, 9, 30))),
        # a year an event noun is said to be: "birth year ... is", "year of formation was"
        ("I only want skaters whose own birth year, as the text gives it, is 1988 or later.",
         Predicate.year(">=", 1988)),
        ("Only choirs whose year of formation was 1925 or earlier.", Predicate.year("<=", 1925)),
        ("Skip any record whose release date is 2004 or earlier.", Predicate.year("<=", 2004)),
    ],
)
def test_event_years_become_year_predicates_not_windows(instruction, predicate):
    plan = compile_rules(instruction)
    assert [(c.kind, c.predicate) for c in plan.criteria] == [("time", predicate)]
    assert plan.time is None  # the entity's dates, not the period the user asks about


def test_open_periods_and_as_of_and_recency():
    plan = compile_rules("Only passages about events before 1980.")
    assert plan.criteria[0].predicate == Predicate.date_window(None, date(1979, 12, 31))
    assert plan.time is None
    plan = compile_rules("Describe the situation as of March 2024.")
    assert plan.time is not None and plan.time.as_of == date(2024, 3, 31) and plan.time.window is None
    plan = compile_rules("What is the status as of 2023? Prefer the latest reports.")
    assert plan.time is not None and plan.time.as_of == date(2023, 12, 31) and plan.time.recency == "latest"
    plan = compile_rules("Show the earliest accounts.")
    assert plan.time is not None and plan.time.recency == "earliest"


def test_relative_time_uses_today():
    plan = compile_rules("Only passages about the last 2 years.", today=date(2025, 6, 15))
    assert plan.time is not None and plan.time.window == (date(2023, 6, 15), date(2025, 6, 15))
    plan = compile_rules("Only events from this year.", today=date(2025, 6, 15))
    assert plan.time is not None and plan.time.window == (date(2025, 1, 1), date(2025, 6, 15))
    plan = compile_rules("Only events from the past 30 days.")
    assert any("system date" in n for n in plan.notes)


def test_the_first_window_wins_and_a_note_says_so():
    plan = compile_rules("Passages about the 1990s are relevant. Passages about the 1970s are also relevant.")
    assert plan.time is not None and plan.time.window == (date(1990, 1, 1), date(1999, 12, 31))
    assert plan.notes == (("'the 1970s': only the first time window is kept in plan.time (1990-01-01..1999-12-31); "
                          "this one stays a criterion"),)
    assert [c.polarity for c in plan.criteria] == ["require", "prefer"]


def test_anaphoric_time_reuses_the_window_and_is_kept_once():
    text = "Limit the search to the period from 1948 to 1952: a document counts only if it falls in that time."
    plan = compile_rules(text)
    window = Predicate.date_window(date(1948, 1, 1), date(1952, 12, 31))
    # "that time" is the same window: one criterion, not two that would count it twice
    assert [(c.polarity, c.kind, c.predicate, text[c.span[0]:c.span[1]]) for c in plan.criteria] == [
        ("require", "time", window, "Limit the search to the period from 1948 to 1952"),
    ]
    # the same predicate with another polarity is another criterion
    text = "Only stories from 1990 to 1995. Stories from 1990 to 1995 about sports are not relevant."
    assert [c.polarity for c in compile_rules(text).criteria if c.kind == "time"][:1] == ["require"]


def test_other_periods_are_excluded_time_criteria():
    text = "I only care about 1948 to 1952. Treat documents about earlier or later years as not relevant."
    plan = compile_rules(text)
    assert simple(plan, text) == [
        ("require", "time", "1948 to 1952", {"date_window": {"start": "1948-01-01", "end": "1952-12-31"}},
         "I only care about 1948 to 1952"),
        ("exclude", "time", "earlier or later years", None,
         "Treat documents about earlier or later years as not relevant"),
    ]


def test_several_criteria_in_one_sentence_and_long_narrative():
    text = (
        "A relevant document will describe an oil spill at sea, including the cleanup effort. "
        "Documents about spills on land, e.g. pipeline leaks in Alaska, are not relevant. "
        "A document that only mentions a spill in passing is not relevant. "
        "Spills that occurred before 1970 are not relevant. "
        "Information about the impact on wildlife is also relevant, especially on seabirds; avoid editorials."
    )
    plan = compile_rules(text, query="oil spills")
    assert simple(plan, text) == [
        ("require", "topic", "an oil spill at sea, including the cleanup effort", None,
         "A relevant document will describe an oil spill at sea, including the cleanup effort"),
        ("exclude", "topic", "spills on land", None,
         "Documents about spills on land, e.g. pipeline leaks in Alaska, are not relevant"),
        ("require", "attribute", "a spill", None,  # a mere mention does not count: it must be about one
         "A document that only mentions a spill in passing is not relevant"),
        ("exclude", "time", "spills that occurred before 1970", {"year": {"op": "<", "value": 1970}},
         "Spills that occurred before 1970 are not relevant"),
        ("prefer", "attribute", "the impact on wildlife", None,
         "Information about the impact on wildlife is also relevant"),
        ("prefer", "attribute", "seabirds", None, "especially on seabirds"),
        ("avoid", "topic", "editorials", None, "avoid editorials"),
    ]


def test_examples_do_not_become_predicates():
    plan = compile_rules("Cities such as Paris are not relevant. Exclude rivers (e.g. those in France).")
    assert all(c.predicate is None for c in plan.criteria)


def test_modifiers_in_exclusion_lists_are_not_mentions():
    # "Glasgow football clubs": the place names a kind of thing, not a fact to test
    plan = compile_rules("Paragraphs about the harbour, parishes or Glasgow football clubs are not relevant.")
    assert [(c.polarity, c.predicate) for c in plan.criteria] == [("exclude", None)]
    plan = compile_rules("French horn players are not relevant.")
    assert [(c.polarity, c.predicate) for c in plan.criteria] == [("exclude", None)]


def test_bullets_and_abbreviations():
    text = ("- must mention at least two Olympic gold medals\n- exclude relay specialists\n"
            "- prefer swimmers born in the 1970s")
    assert simple(compile_rules(text), text) == [
        ("require", "number", "mention at least two Olympic gold medals",
         {"number": {"op": ">=", "value": 2, "unit": None, "context": ["olympic", "gold", "medals"]}},
         "must mention at least two Olympic gold medals"),
        ("exclude", "topic", "relay specialists", None, "exclude relay specialists"),
        ("prefer", "time", "swimmers born in the 1970s", {"year": {"op": "between", "value": [1970, 1979]}},
         "prefer swimmers born in the 1970s"),
    ]
    text = "Only U.S. airports count. Exclude heliports, e.g. hospital pads. Prefer large hubs."
    assert simple(compile_rules(text), text) == [
        ("require", "place", "U.S. airports", {"mentions": ["U.S.", "United States", "American"]},
         "Only U.S. airports count"),
        ("exclude", "topic", "heliports", None, "Exclude heliports, e.g. hospital pads"),
        ("prefer", "attribute", "large hubs", None, "Prefer large hubs"),
    ]


FIELDS = {"source": "string", "publish_date": "date", "word_count": "integer", "lang": "string",
          "author": "string", "tags": "list", "is_paywalled": "bool"}


@pytest.mark.parametrize(
    ("instruction", "values", "filters"),
    [
        ("Only articles from CNN.", None, [Filter("source", "contains", "cnn")]),
        ("Only articles published in 2023.", None,
         [Filter("publish_date", ">=", "2023-01-01"), Filter("publish_date", "<=", "2023-12-31")]),
        ("Only posts updated after March 2024.", None, [Filter("publish_date", ">=", "2024-04-01")]),
        ("Articles by Jane Smith only.", None, [Filter("author", "contains", "jane smith")]),
        ("Ignore anything from bbc.co.uk.", {"source": ["cnn.com", "bbc.co.uk"]},
         [Filter("source", "!=", "bbc.co.uk")]),
        ("Only stories from cnn.com or bbc.co.uk.", {"source": ["cnn.com", "bbc.co.uk"]},
         [Filter("source", "in", ["cnn.com", "bbc.co.uk"])]),
        ("Posts with at least 300 words are relevant.", None, [Filter("word_count", ">=", 300)]),
        ("Articles in French are not relevant.", None, [Filter("lang", "not in", ["fr", "French"])]),
        ("Exclude paywalled articles.", None, [Filter("is_paywalled", "=", False)]),
        ("Only articles tagged climate.", {"tags": ["climate", "energy"]}, [Filter("tags", "contains", "climate")]),
        ("Only articles where lang is de.", None, [Filter("lang", "=", "de")]),
    ],
)
def test_references_to_real_fields_become_filters(instruction, values, filters):
    plan = compile_rules(instruction, fields=FIELDS, values=values)
    assert list(plan.filters) == filters
    assert plan.criteria == ()  # nothing left for the text


def test_filters_and_criteria_together():
    text = "Only articles from CNN published in 2023 that give a dollar figure."
    plan = compile_rules(text, fields={"source": "string", "publish_date": "date"})
    assert list(plan.filters) == [Filter("source", "contains", "cnn"), Filter("publish_date", ">=", "2023-01-01"),
                                  Filter("publish_date", "<=", "2023-12-31")]
    assert simple(plan, text) == [("require", "format", "give a dollar figure", {"pattern": "money"}, text[:-1])]
    assert plan.time is not None and plan.time.window == (date(2023, 1, 1), date(2023, 12, 31))


def test_year_field_when_there_is_no_date_field():
    plan = compile_rules("Only articles published in 2023.", fields={"year": "integer"})
    assert list(plan.filters) == [Filter("year", "=", 2023)]


def test_a_missing_field_is_never_invented():
    plan = compile_rules("Only articles from CNN.", fields={"publish_date": "date"})
    assert plan.filters == ()
    assert [(c.kind, c.predicate) for c in plan.criteria] == [("attribute", Predicate.mentions(["CNN"]))]
    assert plan.notes == (("'from CNN' refers to the document's source, but the collection has no such field "
                          "(fields: publish_date (date)); kept as a text criterion"),)
    plan = compile_rules("Only articles published in 2023.", fields={"source": "string"})
    assert plan.filters == ()
    assert [c.kind for c in plan.criteria] == ["time"]
    assert plan.notes == (("'published in 2023' refers to the document's date, but the collection has no such field "
                          "(fields: source (string)); kept as a text criterion"),)
    plan = compile_rules("Only articles from CNN.")
    assert plan.notes == (("'from CNN' refers to the document's source, but no fields were given; kept as a text "
                          "criterion"),)


SHOP_FIELDS = {"price": "number", "rating": "number", "stock": "integer", "release_year": "integer", "pages": "integer"}


@pytest.mark.parametrize(
    ("instruction", "filters"),
    [
        # the field named before a comparison, in words or symbols ("under 1000" is no year here)
        ("price under 1000", [Filter("price", "<", 1000)]),
        ("Only items whose price is below 1000.", [Filter("price", "<", 1000)]),
        ("price < 1000", [Filter("price", "<", 1000)]),
        ("rating >= 4.5", [Filter("rating", ">=", 4.5)]),
        ("prices between 300 and 600", [Filter("price", ">=", 300), Filter("price", "<=", 600)]),
        # an amount of money goes to the one money field
        ("under 1000 dollars", [Filter("price", "<", 1000)]),
        ("priced under $1,000", [Filter("price", "<", 1000)]),
        ("costing less than 20 euros", [Filter("price", "<", 20)]),
        ("cheaper than 50", [Filter("price", "<", 50)]),
        ("more expensive than $50", [Filter("price", ">", 50)]),
        # an excluded comparison keeps its complement, whatever the clause says it is about
        ("Phones over $1,500 are not relevant.", [Filter("price", "<=", 1500)]),
        ("a stock of at least 10", [Filter("stock", ">=", 10)]),
        # the field's name in another form ("rated" for rating) and the words around it are its own
        ("rated at least 4 stars", [Filter("rating", ">=", 4)]),
        ("under $800 with a rating of 4 or more", [Filter("price", "<", 800), Filter("rating", ">=", 4)]),
        ("4+ stars", [Filter("rating", ">=", 4)]),  # stars count in a rating
        ("no more than 300 pages", [Filter("pages", "<=", 300)]),
        ("price: under 50", [Filter("price", "<", 50)]),
    ],
)
def test_comparisons_on_numeric_fields_become_filters(instruction, filters):
    plan = compile_rules(instruction, fields=SHOP_FIELDS)
    assert list(plan.filters) == filters
    assert plan.criteria == ()


def test_an_excluded_clause_with_a_filter_leaves_a_note_not_an_exclusion():
    plan = compile_rules("Phones over $1,500 are not relevant.", fields=SHOP_FIELDS)
    assert plan.notes == (("'Phones over $1,500 are not relevant': its filter applies to every document, not only "
                          "to 'phones'"),)
    plan = compile_rules("Reviews from fox.com are not relevant.", fields={"source": "string"},
                         values={"source": ["fox.com", "cnn.com"]})
    assert list(plan.filters) == [Filter("source", "!=", "fox.com")] and plan.criteria == ()
    assert plan.notes == (("'Reviews from fox.com are not relevant': its filter applies to every document, not only "
                          "to 'reviews'"),)
    # no note where the words left name no kind of document
    plan = compile_rules("No Apple products.", fields={"brand": "string"}, values={"brand": ["Apple", "Dell"]})
    assert list(plan.filters) == [Filter("brand", "!=", "Apple")] and plan.criteria == () and plan.notes == ()


def test_comparisons_joined_by_or_are_no_filters():
    # filters all hold at once: as filters, "under $50 or over $500" would keep nothing
    for text in ("either under $50 or over $500", "price under 1000 or rating above 4"):
        plan = compile_rules(text, fields=SHOP_FIELDS)
        assert plan.filters == ()
        assert plan.notes == (f"{text!r}: comparisons joined by 'or' stay criteria (filters must all hold)",)
    # "4 or more" is one comparison
    plan = compile_rules("under $50 and rated 4 or more", fields=SHOP_FIELDS)
    assert list(plan.filters) == [Filter("price", "<", 50), Filter("rating", ">=", 4)]


def test_a_numeric_field_never_equals_a_word():
    plan = compile_rules("price: cheap", fields=SHOP_FIELDS)
    assert plan.filters == ()
    assert [(c.kind, c.text) for c in plan.criteria] == [("topic", "price: cheap")]


def test_money_without_a_money_field_stays_a_criterion():
    plan = compile_rules("under 1000 dollars", fields={"stock": "integer", "weight": "number"})
    assert plan.filters == ()
    assert [(c.kind, c.predicate) for c in plan.criteria] == [("number", Predicate.number("<", 1000, unit="USD"))]
    # two money fields: which one is meant is not known
    plan = compile_rules("under 1000 dollars", fields={"price": "number", "shipping_cost": "number"})
    assert plan.filters == ()


def test_excluded_source_without_known_values_stays_a_criterion():
    plan = compile_rules("Articles from Fox News are not relevant.", fields={"source": "string"})
    assert plan.filters == ()
    assert [(c.polarity, c.predicate) for c in plan.criteria] == [("exclude", Predicate.mentions(["Fox News"]))]
    assert plan.notes[0].startswith("'from Fox News': the values of field 'source' are not known")


def test_money_pattern_finds_amounts():
    rx = re.compile(FORMAT_PATTERNS["money"], re.IGNORECASE)
    found = [m.group(0) for t in ["raised $1.2 billion", "worth US$ 300 million", "300 million dollars",
                                  "€5m", "no money in 1990"] for m in [rx.search(t)] if m]
    assert found == ["$1.2 billion", "US$ 300 million", "300 million dollars", "€5m"]


def test_empty_and_bad_input():
    assert compile_rules(None, query="q") == Plan("q")
    assert compile_rules("   ") == Plan("")
    with pytest.raises(ConfigError, match=r"^field 'when' has type 'datetime'; use one of string, integer, number, "
                                          r"bool, date, list$"):
        compile_rules("x", fields={"when": "datetime"})
    with pytest.raises(ConfigError, match=r"^values given for 'site', which is not among the fields \(source\); "
                                          r"add it to fields$"):
        compile_rules("x", fields={"source": "string"}, values={"site": ["a"]})
    with pytest.raises(ConfigError, match=r"^instruction must be a string or None, got int$"):
        compile_rules(3)  # type: ignore[arg-type]


MIXED = [
    ("Relevant paragraphs discuss jazz pianists from New Orleans. Pianists who never recorded are not relevant. "
    "Prefer those active in the 1950s; skip anyone born after 1960."),
    "I need reports on droughts in East Africa (2010-2012), ideally with rainfall figures; ignore op-eds.",
    ("Looking for bridges longer than 1 km in Europe. Suspension bridges are especially relevant, "
    "but footbridges are not."),
    "Find U.S. senators who served more than two terms; exclude those from Texas. e.g. Robert Byrd counts.",
    "Only stats as of 31 December 2022!! Nothing about forecasts?",
]


@pytest.mark.parametrize("instruction", MIXED)
def test_every_sentence_is_covered_and_spans_point_at_source_words(instruction):
    plan = compile_rules(instruction)
    spans = [c.span for c in plan.criteria]
    assert spans and all(s is not None for s in spans)
    for s, e in spans:
        assert 0 <= s < e <= len(instruction)
        assert instruction[s:e].strip() == instruction[s:e]
    covered = [False] * len(instruction)
    for s, e in spans:
        covered[s:e] = [True] * (e - s)
    words = [m.span() for m in re.finditer(r"[A-Za-z]{3,}", instruction)]
    assert sum(covered[s] for s, _ in words) / len(words) > 0.9
    assert Plan.from_json(plan.to_json()) == plan


def test_deterministic():
    text = MIXED[0]
    assert compile_rules(text).to_json() == compile_rules(text).to_json()


def test_numbered_lists_and_content_free_sentences():
    text = "1. Must be about electric cars.\n2. Must mention a price.\nWhich documents count? Those on trams."
    plan = compile_rules(text)
    assert [(c.polarity, c.kind, c.text, c.weight, text[c.span[0]:c.span[1]]) for c in plan.criteria] == [
        ("require", "topic", "electric cars", 1.0, "Must be about electric cars"),
        ("require", "format", "mention a price", 1.0, "Must mention a price"),
        ("prefer", "attribute", "which documents", 0.0, "Which documents count"),  # kept, but weighs nothing
        ("prefer", "attribute", "trams", 1.0, "Those on trams"),  # "those" continues the sentence before
    ]


def test_bc_dates_stay_text_with_a_note():
    plan = compile_rules("Texts about the Roman Empire from 27 BC to 476 AD.")
    assert plan.time is None
    assert [c.kind for c in plan.criteria] == ["topic"]
    assert plan.notes == ("'27 BC': dates BC are not supported; the time stays in the text",)


def test_generic_subject_with_source_and_date_fields():
    plan = compile_rules("Anything published since Jan. 2020 by the BBC is relevant.",
                         fields={"source": "string", "publish_date": "date"})
    assert list(plan.filters) == [Filter("source", "contains", "bbc"), Filter("publish_date", ">=", "2020-01-01")]
    assert plan.criteria == ()


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Only U.S. airports count. Exclude heliports.", ["Only U.S. airports count.", "Exclude heliports."]),
        ("Airports in the U.S. Relevant ones are big.", ["Airports in the U.S.", "Relevant ones are big."]),
        ("Exclude e.g. heliports. Prefer hubs.", ["Exclude e.g. heliports.", "Prefer hubs."]),
        ("Works by Harriet J. Olsen count. Others do not.", ["Works by Harriet J. Olsen count.", "Others do not."]),
        ("Printed by Harper Bros. Publishers only. Fine.", ["Printed by Harper Bros. Publishers only.", "Fine."]),
        ("Dogs (e.g. terriers. Or hounds) count. Cats do not.", ["Dogs (e.g. terriers. Or hounds) count.",
                                                               "Cats do not."]),
        ("- first item\n- second item", ["first item", "second item"]),
    ],
)
def test_sentence_segmentation(text, sentences):
    from heedful.text.segment import sentences as split

    assert [text[s:e] for s, e in split(text)] == sentences


def test_known_domain_values_match_their_names_in_prose():
    fields = {"source": "string"}
    values = {"source": ["cnn.com", "usatoday.com", "theweek.co.uk"]}
    assert [f.to_dict() for f in compile_rules("Only CNN articles.", fields=fields, values=values).filters] == [
        {"field": "source", "op": "=", "value": "cnn.com"}]
    assert [f.to_dict() for f in compile_rules("Exclude USA Today stories.", fields=fields, values=values).filters] == [
        {"field": "source", "op": "!=", "value": "usatoday.com"}]


@pytest.mark.parametrize(
    ("instruction", "message"),
    [
        ("Only the rules as of 2024-02-31.",
         ("'2024-02-31', which is not a calendar date (February 2024 has 29 days); write a day that exists, such as "
         "2024-02-29 or 29 February 2024")),
        ("As of 31 February 2023, please.",
         ("'31 February 2023', which is not a calendar date (February 2023 has 28 days); write a day that exists, "
         "such as 2023-02-28 or 28 February 2023")),
        ("Reports filed after April 31, 2022 are relevant.",
         "'April 31, 2022', which is not a calendar date (April 2022 has 30 days)"),
        ("Nothing dated 2023-11-31 (a Friday).",
         "'2023-11-31', which is not a calendar date (November 2023 has 30 days)"),
    ],
)
def test_an_impossible_date_is_an_error_not_a_date_skipped(instruction, message):
    with pytest.raises(ConfigError, match="^the instruction names " + re.escape(message)):
        compile_rules(instruction)


def test_a_leap_day_is_a_date():
    plan = compile_rules("Only the rules as of 29 February 2024.")
    assert plan.time is not None and plan.time.as_of == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("instruction", "polarity", "names"),
    [
        ("Only rallies that were part of the Nordic Rally Cup.", "require", ["Nordic Rally Cup"]),
        ("I only care about regattas that the page says were part of the Baltic Sailing Tour.", "require",
         ["Baltic Sailing Tour"]),
        ("Leave out clubs that are members of the Southern Combination League.", "exclude",
         ["Southern Combination League"]),
    ],
)
def test_part_of_a_named_thing_is_a_mention(instruction, polarity, names):
    plan = compile_rules(instruction)
    assert [(c.polarity, c.predicate) for c in plan.criteria] == [(polarity, Predicate.mentions(names))]


def test_a_name_a_negated_verb_ties_to_the_topic_is_excluded():
    plan = compile_rules("A relevant document must describe a lawsuit that never reached the Court of Appeal of Lanshui.")
    assert [(c.polarity, c.text, c.predicate) for c in plan.criteria][1:] == [
        ("exclude", "reached the Court of Appeal of Lanshui", Predicate.mentions(["Court of Appeal of Lanshui"]))]


def test_a_place_that_ends_a_name_is_no_place():
    # "the Supreme Court of the United States" names a court; "the United States" alone is a place
    plan = compile_rules("Skip anything the Supreme Court of the United States decided.")
    assert all(c.kind != "place" for c in plan.criteria)
    plan = compile_rules("Skip festivals held in the United States.")
    assert [(c.kind, c.predicate) for c in plan.criteria] == [
        ("place", Predicate.mentions(["United States", "American"]))]


def test_a_denied_verb_with_nothing_to_test_becomes_the_opposite_criterion():
    # a text criterion on "never played abroad" would find the players who did
    plan = compile_rules("Relevant: footballers. Only players who never played abroad.")
    assert [(c.polarity, c.kind, c.text, c.predicate) for c in plan.criteria][1:] == [
        ("exclude", "attribute", "players who played abroad", None)]
    # negations that are not a plain denied verb stay as written
    plan = compile_rules("Relevant: footballers. Players who are not in the squad are not relevant.")
    assert plan.criteria[1].kind == "negation"


@pytest.mark.parametrize(
    ("instruction", "criterion"),
    [
        # a condition, then the order to leave it out
        ("Relevant: choirs. If the choir is from Ohio, skip it.",
         ("exclude", "the choir is from Ohio", Predicate.mentions(["Ohio"]))),
        ("Relevant: choirs. If the page calls the choir Welsh, leave it out.",
         ("exclude", "the page calls the choir Welsh", Predicate.mentions(["Welsh", "Wales"]))),
        # a question, then a condition that says it again: its yes
        ("Relevant: choirs. Is the choir Welsh? If the text calls the choir Welsh, skip it.",
         ("exclude", "the choir Welsh", Predicate.mentions(["Welsh", "Wales"]))),
    ],
)
def test_if_x_skip_it_excludes_x(instruction, criterion):
    plan = compile_rules(instruction)
    assert [(c.polarity, c.text, c.predicate) for c in plan.criteria][1:] == [criterion]


def test_a_condition_that_answers_a_question_otherwise_keeps_it():
    plan = compile_rules("Relevant: choirs. Does the page give a founding year? If it gives none, skip it.")
    assert [c.polarity for c in plan.criteria] == ["require", "require"]


@pytest.mark.parametrize(("text", "criteria"), [
    ("Keep no company founded before 1990.", [("exclude", "company founded before 1990")]),
    ("Return no documents about cats.", [("exclude", "cats")]),
    ("I want nothing from tabloids.", [("exclude", "tabloids")]),
    ("Show no posts by bots.", [("exclude", "posts by bots")]),
    # after a requirement, it ends that clause
    ("Show results about cats, but keep no dogs.", [("require", "cats"), ("exclude", "dogs")]),
    ("Articles about rivers but include nothing from tabloids.", [("require", "rivers"), ("exclude", "tabloids")]),
])
def test_a_verb_that_keeps_none_of_something_excludes_it(text, criteria):
    # "Keep no ..." had read as a requirement of what it keeps none of
    assert [(c.polarity, c.text) for c in compile_rules(text, query="q").criteria] == criteria
