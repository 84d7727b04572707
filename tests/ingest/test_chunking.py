from __future__ import annotations

import itertools
import re

import pytest

from heedful.errors import ConfigError
from heedful.ingest import chunk
from heedful.types import Passage


def words(n: int, *, start: int = 0) -> list[str]:
    return [f"w{i}" for i in range(start, start + n)]


def check_slices(text: str, passages: list[Passage]) -> None:
    for p in passages:
        assert text[p.start : p.start + len(p.text)] == p.text


def test_short_text_is_one_stripped_passage_with_its_offset():
    assert chunk("d1", "  hello world \n") == [Passage("d1", 0, "hello world", 2)]


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_empty_text_is_one_empty_passage(text):
    assert chunk("d1", text) == [Passage("d1", 0, "", 0)]


def test_exactly_max_words_is_one_passage():
    text = " ".join(words(8))
    assert chunk("d1", text, max_words=8, overlap_words=2) == [Passage("d1", 0, text, 0)]


def test_windows_overlap_by_overlap_words_without_sentence_ends():
    text = " ".join(words(20))
    passages = chunk("d1", text, max_words=8, overlap_words=2)
    assert [p.text for p in passages] == [
        "w0 w1 w2 w3 w4 w5 w6 w7",
        "w6 w7 w8 w9 w10 w11 w12 w13",
        "w12 w13 w14 w15 w16 w17 w18 w19",
    ]
    assert [p.start for p in passages] == [0, 18, 38]
    assert [p.index for p in passages] == [0, 1, 2]
    assert [p.id for p in passages] == ["d1#0", "d1#1", "d1#2"]
    check_slices(text, passages)


def test_zero_overlap_partitions_the_words():
    text = " ".join(words(20))
    passages = chunk("d1", text, max_words=8, overlap_words=0)
    assert [p.text.split() for p in passages] == [words(8), words(8, start=8), words(4, start=16)]


def test_window_ends_at_a_sentence_end_in_its_last_quarter():
    # max_words=8: a window may end after its 6th word or later (its last quarter is 2 words).
    text = "w0 w1 w2 w3 w4 w5. w6 w7 w8 w9 w10"
    passages = chunk("d1", text, max_words=8, overlap_words=2)
    assert [p.text for p in passages] == ["w0 w1 w2 w3 w4 w5.", "w4 w5. w6 w7 w8 w9 w10"]
    check_slices(text, passages)


def test_the_last_sentence_end_in_the_window_wins():
    text = "w0 w1 w2 w3 w4 w5! w6? w7 w8 w9 w10 w11"
    passages = chunk("d1", text, max_words=8, overlap_words=0)
    assert [p.text for p in passages] == ["w0 w1 w2 w3 w4 w5! w6?", "w7 w8 w9 w10 w11"]


def test_sentence_end_before_the_last_quarter_is_ignored():
    text = "w0 w1. w2 w3 w4 w5 w6 w7 w8 w9"
    passages = chunk("d1", text, max_words=8, overlap_words=0)
    assert [p.text for p in passages] == ["w0 w1. w2 w3 w4 w5 w6 w7", "w8 w9"]


def test_line_break_and_closing_quote_end_sentences():
    text = "w0 w1 w2 w3 w4 w5\nw6 w7 w8 w9"
    assert chunk("d1", text, max_words=8, overlap_words=0)[0].text == "w0 w1 w2 w3 w4 w5"
    text = 'w0 w1 w2 w3 w4 he said."  w6 w7 w8 w9'
    assert chunk("d1", text, max_words=8, overlap_words=0)[0].text == 'w0 w1 w2 w3 w4 he said."'


def test_a_period_inside_a_word_is_not_a_sentence_end():
    text = "w0 w1 w2 w3 w4 example.com w6 w7 w8 w9"
    assert chunk("d1", text, max_words=8, overlap_words=0)[0].text.split() == text.split()[:8]


def test_offsets_are_character_offsets_with_unicode_and_odd_spacing():
    tokens = ["caf\u00e9", "\U0001f600", "na\u00efve", "\u6771\u4eac", "x"] * 40
    seps = [" ", "  ", "\n", "\u00a0", "\t", "\u3000", " \n\n "]
    text = " \u2003" + "".join(t + seps[i % len(seps)] for i, t in enumerate(tokens))
    passages = chunk("d1", text, max_words=16, overlap_words=4)
    check_slices(text, passages)
    assert all(len(p.text.split()) <= 16 for p in passages)
    assert passages[0].start == 2
    # Overlap: each passage starts with the last 4 words of the one before.
    for a, b in itertools.pairwise(passages):
        assert a.text.split()[-4:] == b.text.split()[:4]
    # Together the passages cover every word once, in order, after removing the overlaps.
    covered = passages[0].text.split()
    for p in passages[1:]:
        covered += p.text.split()[4:]
    assert covered == text.split()


def test_long_text_covers_every_word_and_is_deterministic():
    sentences = [" ".join(words(k % 23 + 3, start=k)) + "." for k in range(400)]
    text = "\n\n".join(" ".join(sentences[i : i + 5]) for i in range(0, 400, 5))
    first = chunk("doc", text)
    assert first == chunk("doc", text)
    check_slices(text, first)
    assert all(135 <= len(p.text.split()) <= 180 for p in first[:-1])
    # Every passage but the last ends at a sentence end: these sentences are short.
    assert all(re.search(r"\.$", p.text) for p in first)
    assert first[-1].text.endswith(text.split()[-1])


def test_overlap_just_below_max_words_still_advances():
    text = " ".join(words(12))
    passages = chunk("d1", text, max_words=8, overlap_words=7)
    assert [p.text.split()[0] for p in passages] == ["w0", "w1", "w2", "w3", "w4"]
    assert passages[-1].text.split()[-1] == "w11"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_words": 7}, "max_words=7 is out of range; pass an integer max_words >= 8"),
        ({"max_words": 8.5}, "max_words=8.5 is out of range; pass an integer max_words >= 8"),
        (
            {"max_words": 60, "overlap_words": 60},
            (
                "overlap_words=60 is out of range; pass an integer 0 <= overlap_words < "
                "max_words=60, e.g. 10"
            ),
        ),
        (
            {"overlap_words": -1},
            (
                "overlap_words=-1 is out of range; pass an integer 0 <= overlap_words < "
                "max_words=180, e.g. 30"
            ),
        ),
        (
            {"max_words": 8},
            (
                "overlap_words=30 is out of range; pass an integer 0 <= overlap_words < "
                "max_words=8, e.g. 1"
            ),
        ),
    ],
)
def test_bad_arguments_raise_config_error(kwargs, message):
    with pytest.raises(ConfigError, match=f"^{re.escape(message)}$"):
        chunk("d1", "some text", **kwargs)
