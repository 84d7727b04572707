"""Short answers compared as SQuAD compares them: normalised text, exact match and token F1.

The normalisation is the official SQuAD v1.1 script's (also HotpotQA's): lower case, punctuation
and the articles a/an/the removed, whitespace collapsed. ``ask`` uses it to decide that a draft is
stable between iterations; :mod:`heedful.eval.metrics` re-exports the scores for benchmarks.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable

__all__ = ["best_f1", "exact_match", "f1_score", "normalize_answer"]

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCT = frozenset(string.punctuation)


def normalize_answer(text: str) -> str:
    """SQuAD normalisation: lower case, no punctuation, no articles, single spaces.

    >>> normalize_answer("The  Chief of Protocol.")
    'chief of protocol'
    >>> normalize_answer("3,677 seated")
    '3677 seated'
    """
    text = "".join(ch for ch in text.lower() if ch not in _PUNCT)
    return " ".join(_ARTICLES.sub(" ", text).split())


def exact_match(prediction: str, gold: str | Iterable[str]) -> float:
    """1.0 when the normalised prediction equals a normalised gold answer, else 0.0.

    >>> exact_match("the Chief of Protocol", ["Chief of Protocol"])
    1.0
    >>> exact_match("Protocol", "Chief of Protocol")
    0.0
    """
    golds = [gold] if isinstance(gold, str) else list(gold)
    pred = normalize_answer(prediction)
    return float(any(pred == normalize_answer(g) for g in golds))


def f1_score(prediction: str, gold: str) -> float:
    """Token F1 between the normalised prediction and one gold answer (SQuAD's).

    HotpotQA's script scores yes/no/noanswer answers by exact match only; so does this.

    >>> round(f1_score("Chief of Protocol of the United States", "Chief of Protocol"), 3)
    0.667
    >>> f1_score("yes", "no")
    0.0
    """
    pred, ref = normalize_answer(prediction), normalize_answer(gold)
    if pred in ("yes", "no", "noanswer") or ref in ("yes", "no", "noanswer"):
        return float(pred == ref)
    p_toks, r_toks = pred.split(), ref.split()
    common = sum((Counter(p_toks) & Counter(r_toks)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(p_toks), common / len(r_toks)
    return 2 * precision * recall / (precision + recall)


def best_f1(prediction: str, golds: Iterable[str]) -> float:
    """The best :func:`f1_score` over several gold answers (0.0 with none).

    >>> best_f1("Greenwich Village", ["Greenwich Village, New York City", "Greenwich Village"])
    1.0
    """
    return max((f1_score(prediction, g) for g in golds), default=0.0)
