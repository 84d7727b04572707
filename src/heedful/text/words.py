"""Words as the admission gates and ``ask`` compare them: content words cut to a crude stem, and the
names and numbers a text holds (capitalised words not at a sentence start, and numbers)."""

from __future__ import annotations

import re

__all__ = ["WORD", "asked_names", "content_words", "name_words", "stem"]

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def content_words(text: str) -> set[str]:
    """Lower-cased words of ``text`` without stopwords and one-letter words, cut to five letters (a
    crude stem, so "American" meets "America").

    >>> sorted(content_words("The Americans were born in Oslo"))
    ['ameri', 'born', 'oslo']
    """
    from heedful.text.lexicon import STOPWORDS

    return {w.lower()[:5] for w in WORD.findall(text) if len(w) > 1 and w.lower() not in STOPWORDS}


def stem(word: str) -> str:
    """A word lower-cased, without a possessive ending, cut to five letters (as :func:`content_words`)."""
    return re.sub(r"['’]s$", "", word.lower())[:5]


def name_words(text: str) -> list[str]:
    """The words of ``text`` that name things (capitalised words not at a sentence start and not
    stopwords, and numbers), as written, in order.

    >>> name_words("In 1999 Jo Lee left Oslo. The end")
    ['1999', 'Jo', 'Lee', 'Oslo']
    """
    from heedful.text.lexicon import STOPWORDS

    out: list[str] = []
    for i, m in enumerate(WORD.finditer(text)):
        w = m.group()
        start = i == 0 or text[: m.start()].rstrip().endswith((".", "!", "?", ":"))
        if w.isdigit() or (w[0].isupper() and not start and w.lower() not in STOPWORDS):
            out.append(w)
    return out


def asked_names(question: str, answer_line: str = "") -> list[str]:
    """The names and numbers of ``question`` that are not the answer's own: what the cited passages
    must name, at least one of them, to tie the answer to the question (a multi-hop answer citing
    only the paragraph that holds the answer leaves the link to the question uncited).

    >>> asked_names("Who is older, Jo Lee or Ann Berg?", "Ann Berg.")
    ['Jo', 'Lee']
    """
    own = {stem(w) for w in WORD.findall(answer_line)}
    return [w for w in dict.fromkeys(name_words(question)) if (len(w) > 1 or w.isdigit()) and stem(w) not in own]
