"""Numbers in a clause ("more than 5,000 seats"), and numbers asked for in named units ("in km/h or mph")."""

from __future__ import annotations

import re

from heedful.plan.rules.extract.base import Context, Extractor
from heedful.plan.rules.extract.formats import UNIT_FORMS, unit_list
from heedful.plan.rules.state import Feature
from heedful.plan.schema import Predicate
from heedful.text.comparisons import NumExpr, find_comparisons

__all__ = ["NumberExtractor", "UnitExtractor"]


class NumberExtractor(Extractor):
    """Numbers and comparisons with them."""

    kind = "number"

    def find(self, ctx: Context) -> None:
        cs, seg, free = ctx.cs, ctx.seg, ctx.free
        for n in find_comparisons(seg):
            s, e = n.start + cs, n.end + cs
            if not free(s, e):
                continue
            pred = Predicate.number(n.op, n.value, unit=n.unit, context=n.context)  # type: ignore[arg-type]
            ctx.add(Feature("number", s, e, pred, num=NumExpr(s, e, n.op, n.value, n.unit, n.context, n.text)))



class UnitExtractor(Extractor):
    """A number in named units: "the top load as a number (kg or lb)", "heights given in metres" (when the clause names no number itself)."""

    kind = "format"

    def find(self, ctx: Context) -> None:
        st, cs, ce, free = ctx.st, ctx.cs, ctx.ce, ctx.free
        if not ctx.has("number"):
            um = unit_list(st, cs, ce)
            if um is not None:
                us, ue, units = um
                if free(us, ue):
                    forms = sorted({f for u in units for f in UNIT_FORMS[u]}, key=lambda f: (-len(f), f))
                    alts = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
                    unit_rx = r"\b\d[\d,]*(?:\.\d+)?\s?(?:" + alts + r")(?!\w)"
                    ctx.add(Feature("format", us, ue, Predicate.pattern(unit_rx,
                                    label="number in " + " or ".join(units))))

