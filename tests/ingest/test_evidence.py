from __future__ import annotations

import json
import time
from dataclasses import FrozenInstanceError
from datetime import date

import pytest

import heedful.ingest.evidence as evidence_module
from heedful.ingest.evidence import OPEN_END, DateMention, Evidence, NumberMention, extract


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in extract(text).sentences]


def dates(text: str) -> list[tuple[str, str, str, str]]:
    return [(text[d.char_start:d.char_end], d.start.isoformat(), d.end.isoformat(), d.kind)
            for d in extract(text).dates]


def numbers(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(text[n.char_start:n.char_end], n.value, n.unit, n.qualifier) for n in extract(text).numbers]


# ---------------------------------------------------------------------------------- sentences


def test_sentences_keep_abbreviations_and_decimals_inside():
    text = ("The U.S. Army arrived. Dr. Ames met Mr. Oduya in St. Louis, e.g. at noon. "
            "Sales grew 3.5 percent! Why? Nobody knows.")
    assert sentences(text) == [
        "The U.S. Army arrived.",
        "Dr. Ames met Mr. Oduya in St. Louis, e.g. at noon.",
        "Sales grew 3.5 percent!",
        "Why?",
        "Nobody knows.",
    ]


def test_sentences_with_spaced_punctuation_and_initials():
    text = ("Harriet K . Morrow , who was Minister of Roads , during 1931-1935 , lived here . "
            "She served in World War I . After the war she moved to Ohio .")
    assert sentences(text) == [
        "Harriet K . Morrow , who was Minister of Roads , during 1931-1935 , lived here .",
        "She served in World War I .",
        "After the war she moved to Ohio .",
    ]


def test_sentences_after_an_abbreviation_that_ends_a_sentence():
    text = "The mill stood in Halden , D.C. . Built in 1801 , it was run by Capt . Ivo Brandt ."
    assert sentences(text) == [
        "The mill stood in Halden , D.C. .",
        "Built in 1801 , it was run by Capt . Ivo Brandt .",
    ]
    text = "She moved to the U.S. In 1990 she opened a bakery. Ms. Lind sold it."
    assert sentences(text) == ["She moved to the U.S.", "In 1990 she opened a bakery.", "Ms. Lind sold it."]


def test_sentences_split_on_paragraphs_but_not_wrapped_lines():
    text = 'Headline here\n\nThe first point. "A quote." Then\nwrapped text ends.\nNew line'
    assert sentences(text) == ["Headline here", "The first point.", '"A quote."', "Then\nwrapped text ends.",
                               "New line"]


def test_sentence_of_and_sentence_text():
    text = "Alpha beta. Gamma delta."
    ev = extract(text)
    assert ev.sentences == ((0, 11), (12, 24))
    assert ev.sentence_of(0) == (0, 11)
    assert ev.sentence_of(11) == (0, 11)  # the space between sentences belongs to the one before
    assert ev.sentence_of(15) == (12, 24)
    assert ev.sentence_of(999) == (12, 24)
    assert ev.sentence_text(text, 13) == "Gamma delta."
    assert Evidence().sentence_of(3) == (0, 0)


# -------------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It opened in 1995.", [("1995", "1995-01-01", "1995-12-31", "year")]),
        ("It opened in August 1995.", [("August 1995", "1995-08-01", "1995-08-31", "month")]),
        ("It opened in Aug. 1995.", [("Aug. 1995", "1995-08-01", "1995-08-31", "month")]),
        ("It opened in February 2004.", [("February 2004", "2004-02-01", "2004-02-29", "month")]),
        ("It opened on 12 March 2003.", [("12 March 2003", "2003-03-12", "2003-03-12", "day")]),
        ("It opened on March 12, 2003.", [("March 12, 2003", "2003-03-12", "2003-03-12", "day")]),
        ("It opened on March 12 , 2003 .", [("March 12 , 2003", "2003-03-12", "2003-03-12", "day")]),
        ("It opened on 2003-03-12.", [("2003-03-12", "2003-03-12", "2003-03-12", "day")]),
        ("It ran from 1995 to 2002.", [("1995 to 2002", "1995-01-01", "2002-12-31", "range")]),
        ("It ran 1995-2002.", [("1995-2002", "1995-01-01", "2002-12-31", "range")]),
        ("It ran 1995–2002.", [("1995–2002", "1995-01-01", "2002-12-31", "range")]),
        ("It ran between 1995 and 2002.", [("1995 and 2002", "1995-01-01", "2002-12-31", "range")]),
        ("It ran during 1916 - 1920 .", [("1916 - 1920", "1916-01-01", "1920-12-31", "range")]),
        ("It ran from October 1987 to June 1991.",
         [("October 1987 to June 1991", "1987-10-01", "1991-06-30", "range")]),
        ("It ran from May 1971 until 1974.", [("May 1971 until 1974", "1971-05-01", "1974-12-31", "range")]),
        ("It ran from April to December 1954.",
         [("April to December 1954", "1954-04-01", "1954-12-31", "range")]),
        ("It ran March 12–15, 2003.", [("March 12–15, 2003", "2003-03-12", "2003-03-15", "range")]),
        ("It ran 12–15 March 2003.", [("12–15 March 2003", "2003-03-12", "2003-03-15", "range")]),
        ("Her life (April 3, 1911 – June 9, 1990) was long.",
         [("April 3, 1911 – June 9, 1990", "1911-04-03", "1990-06-09", "range")]),
        ("The 1997–98 season was wet.", [("1997–98", "1997-01-01", "1998-12-31", "range")]),
        ("It ran 2005–present.", [("2005–present", "2005-01-01", "9999-12-31", "range")]),
        ("It ran from 2005 to the present day.",
         [("2005 to the present day", "2005-01-01", "9999-12-31", "range")]),
        ("It has run since 2004.", [("2004", "2004-01-01", "9999-12-31", "range")]),
        ("Popular in the 1990s.", [("1990s", "1990-01-01", "1999-12-31", "decade")]),
        ("Popular in the early 2000s.", [("early 2000s", "2000-01-01", "2003-12-31", "decade")]),
        ("Popular in the mid-1990s.", [("mid-1990s", "1993-01-01", "1996-12-31", "decade")]),
        ("Popular in the late 1980s.", [("late 1980s", "1987-01-01", "1989-12-31", "decade")]),
        ("Popular in the '70s.", [("'70s", "1970-01-01", "1979-12-31", "decade")]),
        ("Popular in the 1800s.", [("1800s", "1800-01-01", "1899-12-31", "century")]),
        ("A 13th-century tower.", [("13th-century", "1200-01-01", "1299-12-31", "century")]),
        ("Built in the 16th century.", [("16th century", "1500-01-01", "1599-12-31", "century")]),
        ("Built in the late 16th century.", [("late 16th century", "1566-01-01", "1599-12-31", "century")]),
        ("Built in the nineteenth century.", [("nineteenth century", "1800-01-01", "1899-12-31", "century")]),
        ("A medieval tower.", [("medieval", "0500-01-01", "1500-12-31", "era")]),
        ("In the summer of 1995 it rained.", [("summer of 1995", "1995-06-01", "1995-08-31", "season")]),
        ("In winter 1995 it snowed.", [("winter 1995", "1995-12-01", "1996-02-29", "season")]),
    ],
)
def test_date_forms(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "An army of 4,000 soldiers and 1,500 people.",
        "About 1500 people came and 2000 m were run.",
        "It sold for $2001 and later for £1999.",
        "See page 1999 and No. 1234 on Flight 1549.",
        "A population of 1800 lived there.",
        "It rose 2010% in a 1200 km race.",
        "The 5th century BC and 300 BC.",
        "Version 1.2005 and ratio 3.1999.",
        "Call 12345 or 2021567.",
        "The weights were 1900 kg and 1950 tonnes.",
    ],
)
def test_false_years_are_not_dates(text):
    assert dates(text) == []


def test_years_outside_1000_2099_are_not_dates():
    assert dates("In 950 and in 2150 and in 1999.") == [("1999", "1999-01-01", "1999-12-31", "year")]


def test_separate_years_stay_separate():
    assert dates("In 1990, 1995 and 2001 it flooded.") == [
        ("1990", "1990-01-01", "1990-12-31", "year"),
        ("1995", "1995-01-01", "1995-12-31", "year"),
        ("2001", "2001-01-01", "2001-12-31", "year"),
    ]


def test_open_end_flag():
    d = extract("It ran 2005–present.").dates[0]
    assert d.open_end and d.end == OPEN_END == date.max
    assert not extract("It ran 2005–2006.").dates[0].open_end


def test_invalid_calendar_days_are_skipped():
    assert dates("On 31 February 2001 nothing happened.") == [
        ("February 2001", "2001-02-01", "2001-02-28", "month")]


# ------------------------------------------------------------------------------------ numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A crowd of 5,000 came.", [("5,000", 5000.0, None, None)]),
        ("The wall is 7,500 m long.", [("7,500 m", 7500.0, "m", None)]),
        ("It cost $1.2 billion.", [("$1.2 billion", 1.2e9, "USD", None)]),
        ("It cost US$300 million.", [("US$300 million", 3e8, "USD", None)]),
        ("It cost €5m and £2.5bn.", [("€5m", 5e6, "EUR", None), ("£2.5bn", 2.5e9, "GBP", None)]),
        ("Prices rose 12% and 4 percent.", [("12%", 12.0, "%", None), ("4 percent", 4.0, "%", None)]),
        ("It injured more than 12 people.", [("12", 12.0, None, ">")]),
        ("It killed at least 7 and fewer than 30.", [("7", 7.0, None, ">="), ("30", 30.0, None, "<")]),
        ("It is about 40 km away.", [("40 km", 40.0, "km", "~")]),
        ("It is taller than 100 meters.", [("100 meters", 100.0, "m", ">")]),
        ("A ratio of 3.5 was seen.", [("3.5", 3.5, None, None)]),
        ("Seventeen boats and twenty-one cars.", [("Seventeen", 17.0, None, None), ("twenty-one", 21.0, None, None)]),
        ("It has two dozen rooms.", [("two dozen", 24.0, None, None)]),
        ("It scored a single goal.", [("a single", 1.0, None, None)]),
        ("Hundreds of fans and three hundred police.",
         [("Hundreds", 200.0, None, ">="), ("three hundred", 300.0, None, None)]),
        ("A five kilometres walk.", [("five kilometres", 5.0, "km", None)]),
        ("It is one of the best, no one knows.", []),
        ("It opened in 1995 with 40 rooms.", [("40", 40.0, None, None)]),
        ("It met on February 28 and on 3 March.", []),
        ("Flight AB-12 used an A380.", []),
        ("It runs 24/7 from 10:30.", [("24", 24.0, None, None)]),
    ],
)
def test_number_forms(text, expected):
    assert numbers(text) == expected


def test_money_is_the_currency_numbers():
    ev = extract("It cost $5, not 5 km, and €7.")
    assert [(n.value, n.unit) for n in ev.money] == [(5.0, "USD"), (7.0, "EUR")]
    assert extract("Nothing paid, 4 people.").money == ()


# ----------------------------------------------------------------------------------- entities


def test_entities():
    text = ("The Bank of America lent money to Monthly Shōnen Ace. Later, Ana María de la Cruz "
            "joined NASA in Houston. In March they met Harriet J . Olsen .")
    assert extract(text).entity_names(text) == (
        "Bank of America",
        "Monthly Shōnen Ace",
        "Ana María de la Cruz",
        "NASA",
        "Houston",
        "Harriet J . Olsen",
    )


def test_entities_drop_possessives_and_split_at_sentences():
    text = "Edmonton's mayor spoke. He served in World War I . After the war Tilda Park opened."
    assert extract(text).entity_names(text) == ("Edmonton", "World War I", "Tilda Park")


# ------------------------------------------------------------------------------- storage, misc


def test_json_round_trip_is_compact_and_exact():
    text = "Founded in 1995 by Ada Lutz, it earns $3m (up 12%) since 2004."
    ev = extract(text)
    raw = ev.to_json()
    assert " " not in raw
    assert json.loads(raw) == {
        "v": 1,
        "s": [[0, 62]],
        "d": [["1995-01-01", "1995-12-31", 11, 15, "year"], ["2004-01-01", "9999-12-31", 57, 61, "range"]],
        "n": [[3000000, "USD", 38, 41, None], [12, "%", 46, 49, None]],
        "e": [[19, 27]],
    }
    back = Evidence.from_json(raw)
    assert back == ev
    assert isinstance(back.numbers[0].value, float)
    assert isinstance(back.dates[0], DateMention) and isinstance(back.numbers[0], NumberMention)


def test_evidence_is_frozen():
    ev = extract("In 1995.")
    with pytest.raises(FrozenInstanceError):
        ev.dates = ()  # type: ignore[misc]


def test_empty_text():
    ev = extract("")
    assert ev == Evidence()
    assert Evidence.from_json(ev.to_json()) == ev
    assert extract("   \n  ").sentences == ()


def test_all_is_sorted_and_complete():
    assert set(evidence_module.__all__) == {
        "CURRENCY_UNITS", "OPEN_END", "DateMention", "Evidence", "NumberMention", "extract"}
    for name in evidence_module.__all__:
        assert hasattr(evidence_module, name)


def test_extraction_of_long_text_finds_every_mention():
    # speed is measured in bench/, not asserted here
    para = ("On March 3, 2011, the council of Brackenridge approved $4.5 million for 12 km of roads, "
            "more than 300 homes and a 1,200-seat hall; Dr. Imre Salo said work ran from 2012 to 2015. ")
    assert len(extract(para * 200).dates) == 400


# ------------------------------------------------------------------------------ any text at all


def test_digit_runs_of_any_length_never_raise():
    # int() refuses more than 4,300 digits and float() overflows past 309: such runs are not
    # quantities, and a fraction keeps only the digits a float can hold.
    text = f"Serial {'9' * 5000} and {'8' * 400} and ${'7' * 31} million; pi is 3.{'1' * 5000}."
    assert [(n.value, n.unit) for n in extract(text).numbers] == [(3.111111111111111, None)]
    assert numbers(f"About 1{'0' * 29} stars.") == [(f"1{'0' * 29}", 1e29, None, "~")]


@pytest.mark.parametrize("text", ["the ſixth century", "fİrst century", "twenty one thouſand"])
def test_number_words_match_ascii_letters_only(text):
    # Unicode case folding matches "ſ" to "s" and "İ" to "i"; the word tables know neither.
    ev = extract(text)
    assert ev.dates == ()
    assert [n.value for n in ev.numbers] == ([21.0] if "twenty" in text else [])


def test_a_run_of_marks_ends_one_sentence():
    text = 'Really?!? Yes... "No." Then.\tNext line'
    assert sentences(text) == ["Really?!?", "Yes...", '"No."', "Then.", "Next line"]


ADVERSARIAL = {
    "marks then a letter": "." * 50_000 + "x",
    "mixed marks": "!?" * 25_000 + "x",
    "a month then spaces": "May" + " " * 50_000 + "x",
    "a day and month then spaces": "1 May" + " " * 50_000 + "x",
    "a month and day then spaces": "May 1" + " " * 50_000 + "x",
    "periods before tabs": ".\t" * 25_000,
    "initials before line breaks": "B.\n" * 16_000,
    "date-like fragments": "(1111 " * 8_000,
    "repeated sources": "from Foo, " * 5_000,
    "month names": "January " * 6_000,
}


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_extraction_is_linear_on_adversarial_text(text):
    # Each took from seconds to minutes when a regex backtracked quadratically; the bound is
    # generous (they take about 0.01-0.2 s now) so that only a quadratic path can fail it.
    start = time.thread_time()  # this thread's CPU: a busy machine does not count, a blow-up does
    extract(text)
    assert time.thread_time() - start < 1.0
