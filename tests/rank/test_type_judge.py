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
    # the species' lead names the genus too, but calls its own subject a species: "genus" is said
    # of another thing ("in the genus Fernwort"), so the species is not one
    assert _statuses("a whole genus") == ["satisfied", "violated", None]
    assert _statuses("one individual species", "require") == [None, "satisfied", None]


def test_every_word_of_the_kind_must_be_in_the_lead():
    assert _statuses("studio albums") == [None, None, "satisfied"]
    assert _statuses("live albums") == [None, None, None]


def test_more_than_a_kind_is_left_to_other_judges():
    assert _statuses("albums that charted in Norway") == [None, None, None]
    assert _statuses("singles and bands, or anything about their fans") == [None, None, None]


def test_a_list_of_kinds_is_satisfied_by_any_of_them():
    assert _statuses("albums, singles and bands") == [None, None, "satisfied"]
    painter = _view("Ada Lund", "Ada Lund (born 1961) is a Norwegian painter. Her work hangs in the Lanshui Museum.")
    museum = _view("Lanshui Museum", "The Lanshui Museum is a museum of art in Lanshui.")
    c = Criterion("towns, parks, people or films merely connected with a museum", "exclude", "topic")
    verdicts = TypeJudge().judge(c, [painter, museum])
    assert [v.status if v else None for v in verdicts] == ["satisfied", None]
    assert verdicts[0].method == "type: the passage gives its subject a birth or a life span (a person)"


DISTRICT = _view("Wenhe District", "Wenhe District is a district of Lanshui, a prefecture-level city in the north.")
CITY = _view("Lanshui", "Lanshui is a prefecture-level city in the north. It has four districts.")
COUNTY = _view("Beiqiao County", "Beiqiao is a county in the west. Administratively, it is part of the "
               "prefecture-level city of Lanshui.")
TOWN = _view("Shiling", "Shiling is one of three market towns of Lanshui. The prefecture-level city is hilly.")
SINGLE = _view("Grey Tide", "Grey Tide is a single by the band Fjord. The song reached number 3.")


def test_a_kind_said_of_another_thing_is_violated():
    c = Criterion("prefecture-level cities", "require", "attribute")
    verdicts = TypeJudge().judge(c, [DISTRICT, CITY, COUNTY])
    assert [v.status if v else None for v in verdicts] == ["violated", "satisfied", "violated"]
    assert verdicts[0].method == ("type: the passage calls it a district; 'prefecture-level city' is said of "
                                "something else")
    assert verdicts[0].evidence == "prefecture-level city"


def test_a_kind_the_subject_may_be_called_later_is_left_open():
    # "The prefecture-level city is hilly" may be the town's own description; "The song" is the single
    town = TypeJudge().judge(Criterion("prefecture-level cities", "require", "attribute"), [TOWN])
    song = TypeJudge().judge(Criterion("songs", "require", "attribute"), [SINGLE])
    # the kind in the subject's own name: "St Brigid's Cathedral is a church"
    named = _view("St Brigid's Cathedral", "St Brigid's Cathedral is a church in Lanshui, by the old cathedral.")
    cathedral = TypeJudge().judge(Criterion("cathedrals", "exclude", "topic"), [named])
    assert (town, song, cathedral) == ([None], [None], [None])
    assert TOWN.subject.nouns == ("towns",)  # "one of three market towns"


def test_an_umbrella_kind_covers_the_kinds_a_lead_may_name():
    village = _view("Oakmere", "Oakmere is a village in the county of Lanshire.")
    listing = _view("List of Lanshire villages", "This is a list of villages in Lanshire.")
    c = Criterion("places, lists and bands", "exclude", "topic")
    assert [v.status if v else None for v in TypeJudge().judge(c, [village, listing, ALBUM])] == [
        "satisfied", "satisfied", None]


def test_a_required_topic_is_met_by_a_lead_that_names_its_kind():
    episode = _view("Night Tide", "\"Night Tide\" is the fourth episode of the second season of the series Harbour.")
    season = _view("Harbour (season 2)", "The second season of the drama series Harbour aired in 2011.")
    topic = Criterion("one individual episode of a television series, live-action or animated", "require", "topic")
    assert [v.status if v else None for v in TypeJudge().judge(topic, [episode, season])] == ["satisfied", None]
    # a topic that also names, dates or counts is left to the other judges; so is an exclusion
    assert TypeJudge().judge(Criterion("episodes aired in 2011", "require", "topic"), [episode]) == [None]
    assert TypeJudge().judge(Criterion("episodes of comedy series", "exclude", "topic"), [episode]) == [None]
    # what a passage gives is no list of kinds
    gives = Criterion("give only a number of seasons or series, award nominations or air dates", "exclude", "topic")
    assert TypeJudge().judge(gives, [season]) == [None]


def test_a_lead_that_gives_a_name_calls_the_subject_what_the_name_is_of():
    # "X is the name of the second single by ...": a single, not a name; and a lead that calls its
    # subject only something generic never makes the kind "said of something else"
    named = _view("Salt Lanes", '"Salt Lanes" is the name of the second single by the band Fjord, after their single '
                  '"Grey Tide".')
    vague = _view("Low Harbour", "Low Harbour is one of the songs Fjord recorded; the single version came later.")
    c = Criterion("singles", "require", "attribute")
    assert [v.status if v else None for v in TypeJudge().judge(c, [named, vague])] == ["satisfied", None]


def test_an_exclusion_said_of_the_subject_is_no_list_of_kinds():
    # "the film, as the paragraph tells it, adapted from a source such as a novel or a play": a
    # condition on the film in hand, with examples of its source; no film is left out for being one
    film = _view("Night Ferry", "Night Ferry is a 1961 crime film directed by Ada Lund.")
    play = _view("The Quay", "The Quay is a play by Ada Lund, first staged in 1950.")
    c = Criterion("the film, as the paragraph tells it, adapted from a source such as a novel or a play", "exclude",
                  "attribute")
    assert [v.status if v else None for v in TypeJudge().judge(c, [film, play])] == [None, None]
    # a list of kinds still is one
    c = Criterion("novels, plays and films", "exclude", "topic")
    assert [v.status if v else None for v in TypeJudge().judge(c, [film, play])] == ["satisfied", "satisfied"]


def test_a_kind_is_met_by_its_members():
    plane = _view("Vireo XL.4", "The Vireo XL.4 is a French biplane that first flew in 1931.")
    town = _view("Lintai", "Lintai is a town under the administration of Wenhe District.")
    aircraft = TypeJudge().judge(Criterion("aircraft and aircraft types", "exclude", "topic"), [plane, town])
    divisions = TypeJudge().judge(Criterion("administrative divisions", "require", "attribute"), [plane, town])
    assert [v.status if v else None for v in aircraft] == ["satisfied", None]
    assert [v.status if v else None for v in divisions] == [None, "satisfied"]
