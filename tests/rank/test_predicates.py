from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date

import pytest

import heedful.rank.predicates as predicates_module
from heedful.ingest.evidence import extract
from heedful.plan.schema import Predicate
from heedful.rank.predicates import Verdict, canonical_unit, evaluate
from heedful.rank.windows import bounds_score, dates_in, window_fit, window_score

SAT, VIO, UNK = "satisfied", "violated", "unknown"


def check(pred: Predicate, text: str, hint: str = "") -> tuple[str, float]:
    v = evaluate(pred, text, extract(text), hint=hint)
    return v.status, round(v.score, 3)


# ----------------------------------------------------------------------------------- mentions


@pytest.mark.parametrize(
    ("terms", "text", "status"),
    [
        (["Edmonton"], "The band formed in edmonton in 1990.", SAT),
        (["castle"], "Two castles stand here.", SAT),
        (["castles"], "One castle stands here.", SAT),
        (["city"], "Both cities grew.", SAT),
        (["Halvorsen"], "It was Halvorsen's first record.", SAT),
        (["Zurich"], "She studied in Zürich.", SAT),
        (["Zürich"], "She studied in Zurich.", SAT),
        (["Canada"], "A Canadian trio.", SAT),
        (["Canadian"], "A trio from Canada.", SAT),
        (["French"], "They toured France.", SAT),
        (["Czech Republic"], "A Czech film.", SAT),
        (["Czech"], "Filmed in the Czech Republic.", SAT),
        (["United States"], "She moved to the US later.", SAT),
        (["United States"], "An American painter.", SAT),
        (["American"], "Born in the U.S. in 1950.", SAT),
        (["United States"], "Give us a call from South America.", VIO),
        (["art"], "A party and an artist.", VIO),
        (["New York"], "He lived in New  York for years.", SAT),
        (["rock", "jazz"], "A jazz quartet.", SAT),
        (["Edmonton"], "A band from Calgary.", VIO),
    ],
)
def test_mentions(terms, text, status):
    v = evaluate(Predicate.mentions(terms), text)
    assert v.status == status
    assert v.score == (1.0 if status == SAT else 0.0)
    assert (v.evidence is None) == (status == VIO)


def test_a_place_the_subject_went_to_is_not_where_it_is_from():
    text = ("Lena Sova (born 1969) is a Latvian jazz singer. She has toured both Japan and the United States, "
            "and throughout Europe.")
    us = Predicate.mentions(["United States", "American"])
    v = evaluate(us, text, about="subject", title="Lena Sova", place=True)
    assert (v.status, v.method) == ("unknown", "only as a place the subject went to")
    assert evaluate(us, text, about="subject", title="Lena Sova").status == "satisfied"  # any mention, as a mention
    latvia = Predicate.mentions(["Latvia", "Latvian"])
    assert evaluate(latvia, text, about="subject", title="Lena Sova", place=True).status == "satisfied"


def test_a_language_labelling_a_spelling_is_no_place():
    text = "Oleg Marin (Russian: Олег Марин; born 1931) is a Soviet engineer from Kazan."
    russia = Predicate.mentions(["Russian", "Russia"])
    assert evaluate(russia, text, about="subject", title="Oleg Marin", place=True).status == "violated"
    assert evaluate(russia, text, about="subject", title="Oleg Marin").status == "satisfied"


def test_a_modifier_and_its_noun_match_with_other_modifiers_between():
    silent = Predicate.mentions(["silent film"])
    said = ["Ona is a 1921 Latvian silent romantic drama film.", "Ona is a silent film.", "Ona is a silent short film."]
    unsaid = ["Ona was made at the end of the silent era of the film industry.", "Ona is a silent and short film."]
    assert [evaluate(silent, t).status for t in said] == ["satisfied"] * 3
    assert [evaluate(silent, t).status for t in unsaid] == ["violated"] * 2
    # never inside a name's words
    assert evaluate(Predicate.mentions(["North Harbour"]), "North Sea Harbour is a port.").status == "violated"


def test_a_name_inside_a_longer_name_is_another_thing():
    pred = Predicate.mentions(["Coastal League"])
    assert check(pred, "The club won the Northern Coastal League twice.")[0] == VIO
    assert check(pred, "The club joined the Coastal League in 1990.")[0] == SAT
    assert check(pred, "Coastal League clubs play in summer.")[0] == SAT


def test_mentions_quotes_the_sentence_with_the_first_hit():
    text = "The band toured Europe. It formed in Edmonton in 1990. Edmonton loved it."
    assert evaluate(Predicate.mentions(["Edmonton"]), text) == Verdict(
        SAT, 1.0, "It formed in Edmonton in 1990.")


# -------------------------------------------------------------------------------------- years


def test_year_picks_the_year_of_the_hint_event():
    text = "He was born in 1905 and retired in 1938."
    assert check(Predicate.year("<", 1920), text, "born before 1920") == (SAT, 1.0)
    assert check(Predicate.year(">", 1940), text, "retired after 1940") == (VIO, 0.0)
    assert check(Predicate.year(">", 1930), text, "retired after 1930") == (SAT, 1.0)
    assert check(Predicate.year(">", 1930), text, "born after 1930") == (VIO, 0.0)


def test_year_event_word_in_another_sentence():
    text = "The film premiered at a festival. It was released in 1998. A sequel came in 2004."
    assert evaluate(Predicate.year(">=", 2001), text, hint="films released in 2001 or later") == Verdict(
        VIO, 0.0, "It was released in 1998.")


def test_year_falls_back_to_the_first_date_with_a_softer_score():
    text = "Ilse Brandt (March 3, 1921 – May 9, 2004) was a Danish rower. She won in 1948."
    # no "born"/"died" in the text: the life span is the first date; its start is the birth year
    assert check(Predicate.year("<", 1920), text, "rowers born before 1920") == (VIO, 0.2)
    assert check(Predicate.year(">", 2000), text, "players who died after 2000") == (SAT, 0.8)
    # no event in the hint: the whole life span 1921..2004, of which 4 years pass (then softened)
    assert check(Predicate.year("<", 1925), text, "") == (UNK, 0.229)


def test_a_lone_date_is_no_guess_at_an_event_the_passage_never_names():
    # a roster's year says nothing of anyone's birth; a span could still be the subject's life
    text = "The all-time roster of the Harbour City club, updated in 2011, lists every player."
    assert check(Predicate.year(">=", 1990), text, "players born in 1990 or later") == (UNK, 0.5)
    assert check(Predicate.year(">=", 1990), text, "") == (SAT, 0.8)


def test_year_ranges_read_start_or_end_by_event():
    text = "The club was founded in 1950 and dissolved in 1999."
    assert check(Predicate.year("<", 1960), text, "clubs founded before 1960") == (SAT, 1.0)
    assert check(Predicate.year("<", 1990), text, "clubs dissolved before 1990") == (VIO, 0.0)
    text = "The group (active 1971–1983) disbanded after a tour."
    assert check(Predicate.year(">", 1980), text, "groups disbanded after 1980") == (SAT, 1.0)
    # "formed" is not in the text: the range's start, guessed
    assert check(Predicate.year("<", 1975), text, "groups formed before 1975") == (SAT, 0.8)


def test_year_with_wide_periods_gives_partial_scores():
    assert check(Predicate.year(">=", 1995), "A hit in the 1990s.") == (UNK, 0.5)
    assert check(Predicate.year("<", 1600), "The castle dates from the 13th century.",
                 "castles dated before 1600") == (SAT, 1.0)
    assert check(Predicate.year("between", (1990, 1999)), "Built in the early 1990s.", "built in the 1990s") == (
        SAT, 1.0)
    assert check(Predicate.year("=", 1995), "Founded in 1995.", "founded in 1995") == (SAT, 1.0)


def test_year_open_ranges():
    text = "The band was formed in 2005 and is active 2005–present."
    assert check(Predicate.year(">", 2000), text, "bands formed after 2000") == (SAT, 1.0)
    assert check(Predicate.year("<", 2010), "Active 2005–present.", "bands that ended before 2010") == (UNK, 0.5)


def test_year_unknown_without_dates():
    assert evaluate(Predicate.year("<", 1920), "A painter of seascapes.", hint="born before 1920") == Verdict(
        UNK, 0.5, None)


# ------------------------------------------------------------------------------------ numbers


def test_number_nearest_to_context():
    text = "Founded in 1850, the town has 3 churches and a population of 120,000."
    assert evaluate(Predicate.number(">", 100_000, context=["population"]), text) == Verdict(SAT, 1.0, text)
    assert check(Predicate.number(">", 5, context=["churches"]), text) == (VIO, 0.0)


def test_number_uses_hint_nouns_and_synonyms():
    text = "The storm hit 4 towns. It killed 37 people and injured 120."
    assert check(Predicate.number(">", 10), text, "storms with more than 10 deaths") == (SAT, 1.0)
    assert check(Predicate.number(">", 100), text, "storms that injured over 100") == (SAT, 1.0)
    assert check(Predicate.number(">", 100, context=["deaths"]), text) == (VIO, 0.0)


def test_number_in_another_unit_of_the_same_dimension():
    text = "The Coastal Road runs for 312 mi along the shore."
    assert check(Predicate.number(">", 400, unit="km", context=["length"]), text, "road length") == (SAT, 1.0)
    assert check(Predicate.number(">", 600, unit="km", context=["length"]), text, "road length") == (VIO, 0.0)
    # with no context word a converted number is no guess: a river's length says nothing of a height
    text = "The river is 640 km long and drains a wide plain."
    assert check(Predicate.number(">", 7000, unit="m", context=["elevation"]), text) == (UNK, 0.5)
    assert check(Predicate.number(">", 50, unit="kg", context=["length"]), text) == (UNK, 0.5)


def test_a_count_is_never_read_from_a_measure():
    text = "The tower rises 280 m over the harbour and was finished in 1986."
    assert check(Predicate.number(">", 40, context=["stories"]), text, "towers above 40 stories") == (UNK, 0.5)
    text = "The tower rises 280 m and has 64 stories."
    assert check(Predicate.number(">", 40, context=["stories"]), text, "towers above 40 stories") == (SAT, 1.0)


def test_number_qualifiers_in_the_text():
    text = "The attack killed more than 10 people."
    assert check(Predicate.number(">", 10, context=["killed"]), text) == (SAT, 1.0)
    assert check(Predicate.number(">", 5, context=["killed"]), text) == (SAT, 1.0)
    assert check(Predicate.number(">", 20, context=["killed"]), text) == (UNK, 0.5)
    assert check(Predicate.number("<", 10, context=["killed"]), text) == (VIO, 0.0)
    text = "Fewer than 24 episodes survive."
    assert check(Predicate.number(">", 30, context=["episodes"]), text) == (VIO, 0.0)


def test_number_units_and_money():
    text = "The tower is 130 metres tall, has 12 floors and cost $1.2 billion."
    assert check(Predicate.number(">", 100, unit="m"), text) == (SAT, 1.0)
    assert check(Predicate.number(">", 200, unit="metres"), text) == (VIO, 0.0)
    assert check(Predicate.number(">=", 1e9, unit="$"), text) == (SAT, 1.0)
    assert check(Predicate.number(">=", 1e9, unit="USD"), text) == (SAT, 1.0)
    assert check(Predicate.number(">", 1, unit="EUR"), text) == (UNK, 0.5)
    assert check(Predicate.number("between", (10, 20), context=["floors"]), text) == (SAT, 1.0)


def test_number_unknown_and_guessed():
    assert check(Predicate.number(">", 5, context=["species"]), "A genus of moths.") == (UNK, 0.5)
    # numbers present but none near the asked context
    assert check(Predicate.number(">", 5, context=["species"]), "It was named in 1901 by 3 men.") == (UNK, 0.5)
    # no context at all: the first number, with a softer score
    assert check(Predicate.number(">", 5), "It has 7 rooms and 2 halls.") == (SAT, 0.8)


def test_canonical_unit():
    assert [canonical_unit(u) for u in ("$", "dollars", "€", "percent", "metres", "km", "usd", None)] == [
        "USD", "USD", "EUR", "%", "m", "km", "USD", None]


# ------------------------------------------------------------------------------------ pattern


def test_pattern():
    pred = Predicate.pattern(r"\$\s?\d", label="money")
    assert evaluate(pred, "Entry is free. Parking costs $5 a day.") == Verdict(SAT, 1.0, "Parking costs $5 a day.")
    assert evaluate(pred, "Entry is free.") == Verdict(VIO, 0.0, None)
    assert evaluate(Predicate.pattern("ALBUM"), "Their second album.").status == SAT


def test_evidence_is_a_short_window_in_long_sentences():
    text = "word " * 100 + "Edmonton" + " word" * 100 + "."
    v = evaluate(Predicate.mentions(["Edmonton"]), text)
    assert v.status == SAT
    assert "Edmonton" in v.evidence
    assert len(v.evidence) <= 205
    assert v.evidence.startswith("…") and v.evidence.endswith("…")


# -------------------------------------------------------------------------------- date window

WINDOW = Predicate.date_window(date(1995, 8, 1), date(2002, 8, 31))


def test_date_window_statuses():
    # inside the window, naming neither of its bounds: 0.5 + 0.5 * 2/3
    assert evaluate(WINDOW, "She was minister from 1996 to 2001.") == Verdict(
        SAT, pytest.approx(0.833, abs=1e-3), "She was minister from 1996 to 2001.")
    assert check(WINDOW, "She was minister in August 1997.") == (SAT, 0.833)
    # naming the year the window begins and the one it ends (each year overlaps the window in part)
    assert check(WINDOW, "She became minister in 1995 and resigned in 2002.") == (SAT, 0.793)
    assert check(WINDOW, "She became minister in September 1995 and resigned in 2002.") == (SAT, 1.0)
    assert check(WINDOW, "She was minister from 1990 to 1996.") == (SAT, 0.567)
    # a range that covers the window: 0.5 + 0.5 * 2/3 * (0.5 * (1 + window/range))
    assert check(WINDOW, "She was minister from 1980 to 2010.") == (SAT, 0.705)
    assert evaluate(WINDOW, "She was minister from 1980 to 1990.") == Verdict(VIO, 0.0, None)
    assert evaluate(WINDOW, "She was a minister.") == Verdict(UNK, 0.5, None)


def test_date_window_picks_the_best_date_for_evidence():
    text = "Born in 1950. Minister 1990–1996. Ambassador in 1999."
    assert evaluate(WINDOW, text) == Verdict(SAT, pytest.approx(0.833, abs=1e-3), "Ambassador in 1999.")
    # among dates inside the window, the one naming its start is the evidence
    text = "Ambassador in 1999. Minister from September 1995."
    assert evaluate(WINDOW, text) == Verdict(SAT, pytest.approx(0.933, abs=1e-3), "Minister from September 1995.")


def test_bounds_score():
    def bounds(text: str, start: date | None = date(1957, 1, 1), end: date | None = date(1960, 12, 31)) -> float:
        return bounds_score(start, end, extract(text))

    assert bounds("Peyron led it from 1957.") == 0.6
    assert bounds("He left in 1960.") == 0.4
    assert bounds("Appointed in 1957, he left in 1960.") == 1.0
    assert bounds("The wing moved in 1958.") == 0.0
    assert bounds("From 1950 to 1957 he led it.") == 0.0  # the state before, ending as the window begins
    assert bounds("He was named in 1961.") == 0.0  # outside the window: not its end
    assert bounds("Peyron led it from 1957.", end=None) == 0.0  # open windows have no bounds
    assert window_fit(date(1957, 1, 1), date(1960, 12, 31), extract("He left in 1962.")) == 0.0


def test_window_score():
    ev = extract("He served from 1990 to 1999.")
    # overlap 1995-08-01..1999-12-31: 44% of his term, 62% of the window
    assert round(window_score(date(1995, 8, 1), date(2002, 8, 31), ev), 3) == 0.533
    assert window_score(date(1980, 1, 1), date(2005, 1, 1), ev) == 1.0
    assert window_score(date(2001, 1, 1), date(2005, 1, 1), ev) == 0.0
    assert window_score(date(1995, 1, 1), date(1995, 12, 31), extract("No dates.")) == 0.0
    # open windows: the share of the passage's period inside
    assert window_score(date(1995, 1, 1), None, ev) == pytest.approx(0.5, abs=0.001)
    assert window_score(None, date(1989, 12, 31), ev) == 0.0
    # ranges to "present" reach the window's end
    present = extract("Minister 2004–present.")
    assert window_score(date(1995, 1, 1), date(2002, 12, 31), present) == 0.0
    assert round(window_score(date(2010, 1, 1), date(2012, 12, 31), present), 3) == 0.667
    assert window_score(date(2010, 1, 1), None, present) == 0.5
    assert window_score(date(2000, 1, 1), None, present) == 1.0


def test_dates_in():
    text = "Founded in 1973, it ran from May 1971 to 1974, and again in 1973."
    assert dates_in(text) == ((date(1973, 1, 1), date(1973, 12, 31)), (date(1971, 5, 1), date(1974, 12, 31)))
    assert dates_in(extract(text)) == dates_in(text)
    assert dates_in("Nothing.") == ()


# -------------------------------------------------------------------------------------- misc


def test_evidence_defaults_to_extraction():
    text = "Born in 1905, he retired in 1938."
    pred = Predicate.year("<", 1920)
    assert evaluate(pred, text, hint="born before 1920") == evaluate(pred, text, extract(text),
                                                                      hint="born before 1920")


def test_verdict_is_frozen():
    v = evaluate(Predicate.mentions(["x"]), "x")
    with pytest.raises(FrozenInstanceError):
        v.score = 0.0  # type: ignore[misc]


def test_all_is_sorted_and_complete():
    assert set(predicates_module.__all__) == {"ONLY_OTHER", "ONLY_VISITED", "SUBJECT_KINDS", "Verdict", "canonical_unit", "evaluate"}
    for name in predicates_module.__all__:
        assert hasattr(predicates_module, name)


def test_every_predicate_type_decides_on_a_long_passage():
    text = ("The town of Varel was founded in 1623. Its population of 24,000 grew 3% a year, and "
            "a new hall cost $4 million in 2011. ") * 45  # ~5,000 characters
    ev = extract(text)
    preds = [
        (Predicate.mentions(["Edmonton", "Canada"]), "", "violated"),
        (Predicate.year("<", 1700), "towns founded before 1700", "satisfied"),
        (Predicate.number(">", 10_000, context=["population"]), "", "satisfied"),
        (Predicate.pattern(r"\$\s?\d"), "", "satisfied"),
        (Predicate.date_window(date(2010, 1, 1), date(2012, 1, 1)), "", "satisfied"),
    ]
    assert [evaluate(p, text, ev, hint=h).status for p, h, _ in preds] == [want for _, _, want in preds]


def test_a_country_is_mentioned_by_its_states_and_provinces():
    us = Predicate.mentions(["United States", "American"])
    assert check(us, "The Lakeshore Film Festival is held each May in Duluth, Minnesota.") == (SAT, 1.0)
    assert check(us, "Doc Harbor is a documentary festival in New York City.") == (SAT, 1.0)
    assert check(Predicate.mentions(["Canada"]), "The festival takes place in Halifax, Nova Scotia.") == (SAT, 1.0)
    # names that are often something else prove nothing: a Georgia here is the country
    assert check(us, "The Tbilisi festival is the largest in Georgia.") == (VIO, 0.0)


def test_counts_skip_numbers_that_name_things_and_add_up_coordinated_ones():
    killed = Predicate.from_dict({"number": {"op": ">", "value": 10, "unit": None, "context": ["people", "killed"]}})
    hint = "crashes with more than 10 people killed"
    # "flight 409" and "runway 06" name things; "crashed" is the hint's word, not what is counted
    text = "Harbour Air flight 409 crashed on runway 06 near Lanshui. The two pilots died."
    assert evaluate(killed, text, hint=hint) == Verdict(VIO, 0.0, "The two pilots died.")
    text = "Harbour Air flight 409 crashed on runway 06 near Lanshui. Both pilots died."
    assert check(killed, text, hint) == (UNK, 0.5)
    # "the People's Republic" is a name, not people
    text = "Lanshui Cargo Flight 80 flew from the People's Republic of China and crashed on landing."
    assert check(killed, text, hint) == (UNK, 0.5)
    text = "The jet overran the runway. Twenty passengers and one crew member were killed."
    assert evaluate(killed, text, hint=hint) == Verdict(SAT, 1.0, "Twenty passengers and one crew member were killed.")
    assert check(Predicate.from_dict({"number": {"op": ">", "value": 20, "unit": None, "context": ["killed"]}}),
                 text, "more than 20 killed") == (SAT, 1.0)
