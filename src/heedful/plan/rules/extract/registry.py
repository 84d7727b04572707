"""The feature extractors in the order they run: a span one of them takes is not read by the next."""

from __future__ import annotations

from heedful.plan.rules.extract.base import Context, Extractor
from heedful.plan.rules.extract.formats import FormatExtractor, LifeExtractor
from heedful.plan.rules.extract.names import NameExtractor
from heedful.plan.rules.extract.places import (
    AttributivePlaceExtractor,
    DemonymExtractor,
    PlaceExtractor,
)
from heedful.plan.rules.extract.quantities import NumberExtractor, UnitExtractor
from heedful.plan.rules.extract.relations import (
    CallsExtractor,
    DescribedAsExtractor,
    RelationExtractor,
    SaysDidExtractor,
    StateExtractor,
)
from heedful.plan.rules.extract.states import StateShapesExtractor
from heedful.plan.rules.extract.temporal import RecencyExtractor, TimeExtractor
from heedful.plan.rules.state import Feature, State

__all__ = ["EXTRACTORS", "extract_features"]

EXTRACTORS: tuple[Extractor, ...] = (
    TimeExtractor(), RecencyExtractor(),
    NumberExtractor(), UnitExtractor(), FormatExtractor(),
    PlaceExtractor(), DemonymExtractor(), AttributivePlaceExtractor(),
    RelationExtractor(), DescribedAsExtractor(), StateExtractor(), CallsExtractor(), SaysDidExtractor(),
    LifeExtractor(), StateShapesExtractor(), NameExtractor(),  # last: only where nothing else was read
)


def extract_features(st: State, cs: int, ce: int, polarity: str) -> list[Feature]:
    """The features of the clause ``cs:ce`` read with ``polarity``, in the order of their start."""
    ctx = Context(st, cs, ce, polarity, st.fmask[cs:ce])
    for extractor in EXTRACTORS:
        extractor.find(ctx)  # what extract() returns is not needed here: the features are in ctx
    ctx.feats.sort(key=lambda f: f.start)
    return ctx.feats
