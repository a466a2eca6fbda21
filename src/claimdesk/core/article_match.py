"""Near-duplicate articles: the same story again, syndicated by another outlet with a few words
changed, or saved once as a web page and once as a PDF.

Each article is reduced to the set of its word three-grams ("shingles") over folded words of
its first :data:`PREFIX_CHARS` characters; two articles are near-duplicates when their shingle
sets overlap mostly (Jaccard similarity), or when one nearly contains the other (a trimmed copy).
A syndicated copy with a new dateline and a few words changed keeps most of its shingles; two
different reports of the same event share few, since they are worded independently.

Cheap with thousands of articles: each article's prefix is read and shingled once per catalogue
(the sets are cached, keyed by article id and text hash, so an article deleted or replaced is
noticed); after that a search reads only ids and hashes (from the hash's index) and compares
sets in memory, only with the articles that share a shingle with the text (an inverted index
over the cached sets: a batch import of a thousand files no longer compares each with every
article stored before it), skipping articles of a very different length.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections import Counter
from dataclasses import dataclass
from itertools import chain

from claimdesk.core.catalogue import Catalogue

PREFIX_CHARS = 5_000
"""Only this much of each article is compared: enough to tell a story, cheap to read."""
SHINGLE_WORDS = 3
JACCARD_THRESHOLD = 0.5
CONTAINMENT_THRESHOLD = 0.8
MIN_SHINGLES = 8
"""Texts with fewer shingles (a dozen words) are too short to call near-duplicates."""
LENGTH_RATIO = 2.5
"""Candidates are at most this many times longer or shorter (a trimmed copy may be half as long)."""

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    """An earlier article much like a new text; ``similarity`` is 0–1 (1: the same words)."""

    article_id: int
    title: str
    outlet: str
    published: str | None
    similarity: float

    def describe(self) -> str:
        where = ", ".join(p for p in (self.outlet, self.published or "") if p)
        return (
            f"article {self.article_id} “{self.title}”" + (f" ({where})" if where else "")
            + f", {self.similarity:.0%} alike"
        )  # fmt: skip


def shingles(text: str) -> frozenset[int]:
    """Hashes of the word three-grams of the folded text's prefix."""
    words = _WORD.findall(text[:PREFIX_CHARS].lower().replace("ё", "е"))
    if len(words) < SHINGLE_WORDS:
        return frozenset(hash(w) for w in words)
    return frozenset(hash(gram) for gram in zip(words, words[1:], words[2:], strict=False))


def resemblance(a: frozenset[int], b: frozenset[int]) -> float:
    """The similarity of two shingle sets: Jaccard, or containment scaled down a little when one
    text is mostly inside the other; 0 for texts too short to judge."""
    if len(a) < MIN_SHINGLES or len(b) < MIN_SHINGLES:
        return 0.0
    common = len(a & b)
    if common == 0:
        return 0.0
    jaccard = common / len(a | b)
    containment = common / min(len(a), len(b))
    if containment >= CONTAINMENT_THRESHOLD:
        return max(jaccard, containment * 0.9)
    return jaccard


def _resemblance_of(common: int, size_a: int, size_b: int) -> float:
    """:func:`resemblance` of two sets of these sizes sharing ``common`` shingles."""
    if size_a < MIN_SHINGLES or size_b < MIN_SHINGLES or common == 0:
        return 0.0
    jaccard = common / (size_a + size_b - common)
    containment = common / min(size_a, size_b)
    if containment >= CONTAINMENT_THRESHOLD:
        return max(jaccard, containment * 0.9)
    return jaccard


class ArticleMatcher:
    """Finds near-duplicate articles in one catalogue; keeps the shingles it has computed."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._catalogue = weakref.ref(catalogue)
        self._cache: dict[int, tuple[str, int, frozenset[int]]] = {}
        """article id: (text hash, length, shingles)"""
        self._postings: dict[int, set[int]] = {}
        """shingle: the ids of the cached articles that have it (ids of articles deleted since
        may linger: a search looks only at the ids the catalogue still holds)"""
        self._lock = threading.Lock()

    def _remember(self, article_id: int, entry: tuple[str, int, frozenset[int]]) -> None:
        """Cache an article's shingles (the lock held), replacing what its old text had."""
        old = self._cache.get(article_id)
        if old is not None:
            for shingle in old[2]:
                holders = self._postings.get(shingle)
                if holders is not None:
                    holders.discard(article_id)
        self._cache[article_id] = entry
        for shingle in entry[2]:
            self._postings.setdefault(shingle, set()).add(article_id)

    def _shared_counts(self, wanted: frozenset[int]) -> Counter[int]:
        """How many shingles each cached article shares with ``wanted`` (the lock held), for
        the articles sharing any: the others score 0, so only these need scoring, however many
        articles the catalogue holds. Counted from the postings, with no set intersections."""
        postings = self._postings
        return Counter(chain.from_iterable(postings[s] for s in wanted if s in postings))

    def find(
        self, text: str, *, exclude_id: int | None = None, threshold: float = JACCARD_THRESHOLD
    ) -> NearDuplicate | None:
        """The stored article most like ``text`` if it is a near-duplicate, else None. An
        article with exactly the same text counts (similarity 1) unless it is ``exclude_id``."""
        catalogue = self._catalogue()
        if catalogue is None:
            return None
        wanted = shingles(text)
        if len(wanted) < MIN_SHINGLES:
            return None
        low, high = len(text) / LENGTH_RATIO, len(text) * LENGTH_RATIO
        # id and hash come from the hash's index, without reading any article text
        stored = {i: h for i, h in catalogue.article_hashes().items() if i != exclude_id}
        with self._lock:
            missing = [i for i, h in stored.items() if self._cache.get(i, ("",))[0] != h]
        for article_id, digest, length, opening in catalogue.article_openings(
            missing, PREFIX_CHARS
        ):
            entry = (digest, length, shingles(opening))
            with self._lock:
                self._remember(article_id, entry)
        best_id, best_score = 0, 0.0
        with self._lock:
            shared = self._shared_counts(wanted)
            for article_id in sorted(shared.keys() & stored.keys()):  # a tie: the earliest wins
                cached = self._cache.get(article_id)
                if cached is None or not low <= cached[1] <= high:
                    continue
                score = _resemblance_of(shared[article_id], len(wanted), len(cached[2]))
                if score > best_score:
                    best_id, best_score = article_id, score
        if best_score < threshold:
            return None
        info = catalogue.get_article(best_id)
        return NearDuplicate(
            article_id=best_id,
            title=info.title,
            outlet=info.outlet,
            published=info.published,
            similarity=round(best_score, 3),
        )


_MATCHERS: weakref.WeakKeyDictionary[Catalogue, ArticleMatcher] = weakref.WeakKeyDictionary()
_MATCHERS_LOCK = threading.Lock()


def article_matcher(catalogue: Catalogue) -> ArticleMatcher:
    """The catalogue's matcher, made on first use (its cache lives as long as the catalogue)."""
    with _MATCHERS_LOCK:
        matcher = _MATCHERS.get(catalogue)
        if matcher is None:
            matcher = _MATCHERS[catalogue] = ArticleMatcher(catalogue)
        return matcher


def find_near_duplicate(
    catalogue: Catalogue, text: str, *, exclude_id: int | None = None
) -> NearDuplicate | None:
    """The earlier article ``text`` is a near-duplicate of (the best one), or None."""
    return article_matcher(catalogue).find(text, exclude_id=exclude_id)
