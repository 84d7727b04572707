"""The BM25 baseline behind the reference numbers of the shared benchmarks.

bm25s (Lucene BM25, k1=1.5, b=0.75) over ``title + " " + text``, English stopwords and Snowball
English stemming from PyStemmer: the setup the hotpotqa-if pools and the ``bench/README.md``
reference rows were made with.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

from heedful._optional import require
from heedful.errors import ConfigError, DuplicateIdError, InputError
from heedful.eval.trec import Run
from heedful.types import Document

__all__ = ["BM25Baseline"]

logger = logging.getLogger(__name__)


class BM25Baseline:
    """Lexical BM25 over a corpus held in memory.

    Results are deterministic: score descending, ties broken by docid ascending. Documents that
    share no term with the query (score 0) are not returned, as in Lucene, so a list can be
    shorter than ``k``; evaluation treats them as unranked.

    Args:
        corpus_docs: the documents to index (ids must be unique).
        k1, b: the BM25 parameters.

    >>> bm25 = BM25Baseline([Document("d1", "Czech tennis player", title="Petra"),
    ...                      Document("d2", "A cocktail with rum")])
    >>> [(docid, round(score, 3)) for docid, score in bm25.search("tennis players", k=5)]
    [('d1', 0.482)]
    """

    def __init__(self, corpus_docs: Iterable[Document], *, k1: float = 1.5, b: float = 0.75) -> None:
        bm25s = require("bm25s", purpose="the BM25 baseline")
        stemmer_mod = require("Stemmer", purpose="the BM25 baseline")
        np = require("numpy")
        self._np = np
        self._bm25s = bm25s
        self._stemmer = stemmer_mod.Stemmer("english")
        ids: list[str] = []
        texts: list[str] = []
        seen: set[str] = set()
        duplicates: list[str] = []
        for doc in corpus_docs:
            if doc.id in seen:
                duplicates.append(doc.id)
            seen.add(doc.id)
            ids.append(doc.id)
            texts.append(f"{doc.title} {doc.text}")
        if duplicates:
            raise DuplicateIdError(duplicates, "in the BM25 corpus")
        if not ids:
            raise InputError("BM25Baseline got an empty corpus; pass at least one document")
        self.ids: list[str] = ids
        # position of each document in docid order, the tie-breaker of every ranking
        self._id_rank = np.empty(len(ids), dtype=np.int64)
        self._id_rank[np.argsort(np.array(ids, dtype=object), kind="stable")] = np.arange(len(ids))
        # bm25s sets its own logger to DEBUG at import, which floods any configured root handler
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        self._index = bm25s.BM25(k1=k1, b=b)
        self._index.index(self._tokenize(texts), show_progress=False)
        logger.debug("indexed %d documents with bm25s", len(ids))

    def __len__(self) -> int:
        return len(self.ids)

    def __repr__(self) -> str:
        return f"BM25Baseline(documents={len(self.ids)})"

    def _tokenize(self, texts: Sequence[str]) -> list[list[str]]:
        tokens: Any = self._bm25s.tokenize(
            list(texts), stopwords="en", stemmer=self._stemmer, return_ids=False, show_progress=False
        )
        return tokens

    def _top(self, tokens: list[str], k: int) -> list[tuple[str, float]]:
        np = self._np
        ids = self._index.get_tokens_ids(tokens)
        if not ids:
            return []
        scores = np.asarray(self._index.get_scores_from_ids(ids), dtype=np.float64)
        hits = np.flatnonzero(scores > 0)
        if len(hits) > k:
            threshold = np.partition(scores[hits], len(hits) - k)[len(hits) - k]
            hits = hits[scores[hits] >= threshold]  # keep every doc tied at the cut-off
        order = hits[np.lexsort((self._id_rank[hits], -scores[hits]))][:k]
        return [(self.ids[i], float(scores[i])) for i in order]

    def _check_k(self, k: int) -> int:
        if isinstance(k, bool) or not isinstance(k, int) or k <= 0:
            raise ConfigError(f"k={k!r} must be a positive integer; pass e.g. k=10")
        return min(k, len(self.ids))

    def search(self, text: str, k: int = 10) -> list[tuple[str, float]]:
        """The top ``k`` documents for ``text`` as ``(docid, score)``; k is capped at the corpus size.

        An empty query, or one whose terms are all stopwords or unknown, returns ``[]``.
        """
        k = self._check_k(k)
        return self._top(self._tokenize([text])[0], k)

    def run(self, queries: Iterable[tuple[str, str]], k: int = 1000) -> Run:
        """Search many ``(qid, text)`` queries at once (one tokenizer pass) into a :data:`Run`.

        Raises:
            InputError: the same qid twice.
        """
        k = self._check_k(k)
        queries = list(queries)
        qids = [str(qid) for qid, _ in queries]
        if len(set(qids)) != len(qids):
            dup = sorted({q for q in qids if qids.count(q) > 1})
            raise InputError(f"query id(s) {dup!r} appear more than once; qids in a run must be unique")
        tokens = self._tokenize([text for _, text in queries])
        return {qid: dict(self._top(toks, k)) for qid, toks in zip(qids, tokens, strict=True)}
