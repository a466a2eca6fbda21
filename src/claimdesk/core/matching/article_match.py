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
article stored before it), skipping articles of a very different length. A batch import
(:mod:`claimdesk.core.catalogue.article_batch`) reads the ids and hashes once for the whole batch
(:meth:`ArticleMatcher.refresh`), then only searches the cache and adds what it stores.
Shingles are CRC-32 hashes, the same in every process, so the batch's worker processes compute
them for the files they read.
"""

from __future__ import annotations

import threading
import weakref
from array import array
from collections.abc import Container, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import repeat
from operator import is_not
from typing import Protocol

# where they were defined before the worker processes needed them without the database layer
from claimdesk.core.domain.article_text import PREFIX_CHARS as PREFIX_CHARS  # noqa: PLC0414
from claimdesk.core.domain.article_text import SHINGLE_WORDS as SHINGLE_WORDS  # noqa: PLC0414
from claimdesk.core.domain.article_text import shingles as shingles  # noqa: PLC0414
from claimdesk.core.domain.errors import NotFoundError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, Message
from claimdesk.core.domain.records import ArticleInfo

_is_slot = partial(is_not, None)
"""True for a slot that ``dict.get`` found (slot 0 among them), called in C by filter."""

JACCARD_THRESHOLD = 0.5
CONTAINMENT_THRESHOLD = 0.8
MIN_SHINGLES = 8
"""Texts with fewer shingles (a dozen words) are too short to call near-duplicates."""
LENGTH_RATIO = 2.5
"""Candidates are at most this many times longer or shorter (a trimmed copy may be half as long)."""


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    """An earlier article much like a new text; ``similarity`` is 0–1 (1: the same words)."""

    article_id: int
    title: str
    outlet: str
    published: str | None
    similarity: float

    def describe(self) -> str:
        """The earlier article as a notice names it, in the user's language."""
        where = ", ".join(p for p in (self.outlet, self.published or "") if p)
        if where:
            template = QT_TRANSLATE_NOOP(
                "Errors", "article {article} “{title}” ({where}), {similarity:.0%} alike"
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Errors", "article {article} “{title}”, {similarity:.0%} alike"
            )
        return str(
            Message(
                template,
                article=self.article_id,
                title=self.title,
                where=where,
                similarity=self.similarity,
            )
        )


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


class ArticleRecords(Protocol):
    """What the matcher reads of a catalogue (it never imports the catalogue, which owns it)."""

    def article_hashes(self) -> dict[int, str]: ...

    def article_openings(
        self, article_ids: Sequence[int], chars: int
    ) -> list[tuple[int, str, int, str]]: ...

    def get_article(self, article_id: int) -> ArticleInfo: ...


class ArticleMatcher:
    """Finds near-duplicate articles in one catalogue; keeps the shingles it has computed.

    Each cached article has a slot (a small number, in the order it was cached); the postings
    list slots, so counting the shingles a text shares with every article is one ``bincount``
    over the postings of its shingles, and giving an article a new id (a batch's article once
    stored) only changes its slot's id. A forgotten article's slot stays in the postings with
    no id, and is skipped."""

    def __init__(self, catalogue: ArticleRecords) -> None:
        # weak: the catalogue owns its matcher, which must not keep it open
        self._catalogue = weakref.ref(catalogue)
        self._slot_of: dict[int, int] = {}
        """article id: its slot"""
        self._ids: list[int] = []
        """slot: article id (-1 once forgotten)"""
        self._digests: list[str] = []
        """slot: text hash"""
        self._sizes = array("q")
        """slot: how many shingles"""
        self._lengths = array("q")
        """slot: text length"""
        self._only: dict[int, int] = {}
        """shingle: the slot of the one cached article that has it (most shingles of a news
        text are in no other: a number each, not a list, costs a third less memory and is
        stored in C)"""
        self._postings: dict[int, array[int]] = {}
        """shingle: the slots of the cached articles that have it, when there are several"""
        self._lock = threading.Lock()

    def _remember(
        self, article_id: int, digest: str, length: int, shingled: frozenset[int]
    ) -> None:
        """Cache an article's shingles (the lock held), replacing what its old text had."""
        self._forget(article_id)
        slot = len(self._ids)
        self._slot_of[article_id] = slot
        self._ids.append(article_id)
        self._digests.append(digest)
        self._sizes.append(len(shingled))
        self._lengths.append(length)
        only, postings = self._only, self._postings
        # set operations and dict.update run in C: only shingles other articles have too are
        # handled one by one (a new text's are mostly new)
        several = shingled & postings.keys()
        for shingle in several:
            postings[shingle].append(slot)
        rest = shingled - several
        second = rest & only.keys()
        for shingle in second:
            postings[shingle] = array("q", (only.pop(shingle), slot))
        only.update(zip(rest - second, repeat(slot)))

    def _forget(self, article_id: int) -> None:
        slot = self._slot_of.pop(article_id, None)
        if slot is not None:
            self._ids[slot] = -1

    def _digest(self, article_id: int) -> str:
        slot = self._slot_of.get(article_id)
        return "" if slot is None else self._digests[slot]

    def refresh(self) -> dict[int, str]:
        """Bring the cache up to date with the catalogue: the text hash of every article it
        holds now, by id (read from the hash's index), and the shingles of those not cached
        yet (or whose text changed) from their openings. A batch import calls this once and
        then searches with :meth:`search`, adding what it stores with :meth:`remember`."""
        catalogue = self._catalogue()
        if catalogue is None:
            return {}
        stored = catalogue.article_hashes()
        with self._lock:
            missing = [i for i, h in stored.items() if self._digest(i) != h]
        for article_id, digest, length, opening in catalogue.article_openings(
            missing, PREFIX_CHARS
        ):
            self.remember(article_id, digest, length, shingles(opening))
        return stored

    def remember(self, article_id: int, digest: str, length: int, shingled: frozenset[int]) -> None:
        """Cache the shingles of an article (just stored, or read from the catalogue)."""
        with self._lock:
            self._remember(article_id, digest, length, shingled)

    def forget(self, article_id: int) -> None:
        """Drop an article from the cache (a batch's stand-in for one that was not stored)."""
        with self._lock:
            self._forget(article_id)

    def rename(self, old_id: int, new_id: int) -> None:
        """The article cached as ``old_id`` (a batch's stand-in) is now stored as ``new_id``."""
        with self._lock:
            slot = self._slot_of.pop(old_id)
            self._forget(new_id)
            self._slot_of[new_id] = slot
            self._ids[slot] = new_id

    def search(
        self,
        wanted: frozenset[int],
        length: int,
        among: Container[int],
        *,
        exclude_id: int | None = None,
        threshold: float = JACCARD_THRESHOLD,
    ) -> tuple[int, float] | None:
        """(id, similarity) of the cached article most like a text of ``length`` characters
        with shingles ``wanted``, among the ids ``among`` (those the catalogue holds), if it is
        a near-duplicate; else None. Reads nothing from the catalogue.

        Only the articles sharing a shingle with the text can score above 0, so only those
        are scored, however many the catalogue holds: the shared shingles are counted from
        the postings (numpy, no set intersections), and scored all at once exactly as
        :func:`resemblance` scores a pair."""
        if len(wanted) < MIN_SHINGLES:
            return None
        import numpy as np  # noqa: PLC0415  (loaded when first needed: not at start-up)

        with self._lock:
            # the slots of the articles with each shingle, gathered in C: the posting arrays
            # joined as bytes, the single slots by map, into one numpy array
            several = b"".join(filter(None, map(self._postings.get, wanted)))
            one = list(filter(_is_slot, map(self._only.get, wanted)))
            if not several and not one:
                return None
            slots = np.concatenate(
                (np.frombuffer(several, dtype=np.int64), np.array(one, dtype=np.int64))
            )
            counts = np.bincount(slots, minlength=len(self._ids))
            shared = np.flatnonzero(counts)
            common = counts[shared].astype(np.float64)
            sizes = np.frombuffer(self._sizes, dtype=np.int64)[shared]
            lengths = np.frombuffer(self._lengths, dtype=np.int64)[shared]
            size = len(wanted)
            jaccard = common / (size + sizes - common)
            containment = common / np.minimum(size, sizes)
            contained = np.maximum(jaccard, containment * 0.9)
            score = np.where(containment >= CONTAINMENT_THRESHOLD, contained, jaccard)
            keep = (
                (sizes >= MIN_SHINGLES)
                & (lengths >= length / LENGTH_RATIO)
                & (lengths <= length * LENGTH_RATIO)
                & (score >= threshold)
            )
            best_id, best_score = 0, 0.0
            ids = self._ids
            # a tie: the earliest article wins
            found = sorted(
                (ids[int(slot)], float(value))
                for slot, value in zip(shared[keep], score[keep], strict=True)
            )
            for article_id, value in found:
                if article_id < 0 or article_id == exclude_id or article_id not in among:
                    continue
                if value > best_score:
                    best_id, best_score = article_id, value
        if best_score < threshold:
            return None
        return best_id, round(best_score, 3)

    def describe(self, article_id: int, similarity: float) -> NearDuplicate | None:
        """The near-duplicate as it is shown: the earlier article's title, outlet and date
        (None if it has been deleted since)."""
        catalogue = self._catalogue()
        if catalogue is None:
            return None
        try:
            info = catalogue.get_article(article_id)
        except NotFoundError:
            return None
        return NearDuplicate(
            article_id=article_id,
            title=info.title,
            outlet=info.outlet,
            published=info.published,
            similarity=similarity,
        )

    def find(
        self, text: str, *, exclude_id: int | None = None, threshold: float = JACCARD_THRESHOLD
    ) -> NearDuplicate | None:
        """The stored article most like ``text`` if it is a near-duplicate, else None. An
        article with exactly the same text counts (similarity 1) unless it is ``exclude_id``."""
        wanted = shingles(text)
        if len(wanted) < MIN_SHINGLES:
            return None
        stored = self.refresh()
        found = self.search(wanted, len(text), stored, exclude_id=exclude_id, threshold=threshold)
        return None if found is None else self.describe(*found)
