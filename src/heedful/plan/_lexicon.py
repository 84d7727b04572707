"""The rule compiler's vocabulary now lives in :mod:`heedful.text.lexicon`; this name stays while
the compiler's own analysers (segment, timex, numbers) move to ``heedful.text`` too."""

from heedful.text.lexicon import *
from heedful.text.lexicon import words as _words  # noqa: F401
