"""Time: dated versions, as-of resolution and the temporal score term."""

from __future__ import annotations

from heedful.temporal.scoring import tempralm
from heedful.temporal.versions import LINEAGE_FIELDS, Version, link, versions_of

__all__ = ["LINEAGE_FIELDS", "Version", "link", "tempralm", "versions_of"]
