"""TypeJudge: a criterion that names only a kind of thing is decided on what the lead calls the
passage's subject (issue #18). Examples of our own."""

from __future__ import annotations

from heedful.ingest.evidence import extract
from heedful.plan.schema import Criterion
from heedful.rank.judge import CandidateView, TypeJudge


def _view(title: str, text: str) -> CandidateView:
    return CandidateView(doc_id=title, passage=0, title=title, text=text, metadata={}, evidence=extract(text),
                         vector=None, base=0.0)


GENUS = _view("Fernwort", "Fernwort is a genus of flowering plants in the daisy family. It has 12 species.")
SPECIES = _view("Fernwort alba", "Fernwort alba is a species of flowering plant in the genus Fernwort.")
ALBUM = _view("Harbour Lights", "Harbour Lights is the third studio album by the band Fjord.")


def _statuses(text: str, polarity: str = "exclude") -> list[str | None]:
    c = Criterion(text, polarity, "topic")  # type: ignore[arg-type]
    return [v.status if v else None for v in TypeJudge().judge(c, [GENUS, SPECIES, ALBUM])]


def test_a_kind_is_read_on_the_lead_not_on_any_mention():
    # the species' lead names the genus too, but calls its own subject a species
    assert _statuses("a whole genus") == ["satisfied", None, None]
    assert _statuses("one individual species", "require") == [None, "satisfied", None]


def test_every_word_of_the_kind_must_be_in_the_lead():
    assert _statuses("studio albums") == [None, None, "satisfied"]
    assert _statuses("live albums") == [None, None, None]


def test_more_than_a_kind_is_left_to_other_judges():
    assert _statuses("albums, singles and bands") == [None, None, None]
    assert _statuses("albums that charted in Norway") == [None, None, None]
