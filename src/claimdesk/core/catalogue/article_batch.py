"""Storing the articles of a batch import a few dozen at a time, with copies found in memory.

A batch import hands :class:`ArticleBatch` its articles in file order, in parts (a few dozen
each); each part is written in one transaction (:meth:`Catalogue.add_article_rows`). Whether a text
is already stored, or nearly the same as one stored or earlier in the batch, is looked up in
memory: the catalogue's text hashes and the near-duplicate index
(:class:`~claimdesk.core.matching.article_match.ArticleMatcher`) are read once, when the batch
starts, and every article the batch stores is added to them. The worker processes that read the
files have already hashed and shingled each text
(:class:`~claimdesk.core.domain.article_text.Fingerprint`), so the writing process does little per
file beyond the insert itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from claimdesk.core.catalogue.articles import article_row
from claimdesk.core.catalogue.service import Catalogue
from claimdesk.core.domain.article_text import Fingerprint
from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, Message, Translatable
from claimdesk.core.domain.records import NewArticle
from claimdesk.core.matching.article_match import NearDuplicate
from claimdesk.core.storage.store import EditGroup

if TYPE_CHECKING:
    from claimdesk.core.importers.web import WebSnapshot

STORE_EVERY = 50
"""Articles written in one transaction: a transaction costs about as much as a few inserts, and
a part this size is stored in a fraction of a second, so progress and Cancel stay prompt."""


STAND_IN_IDS = 2**62
"""Articles of a part not stored yet are in the near-duplicate index under ids from here."""


@dataclass(frozen=True, slots=True)
class BatchArticle:
    """One file's article: what to store, and its fingerprint (computed where it was read)."""

    article: NewArticle
    fingerprint: Fingerprint
    snapshot: WebSnapshot | None = None
    """The web page the text was read from, stored with the article when it is created."""


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What became of one article: stored as ``article_id`` (``created`` False when the same
    text was already there), or not stored (``error``, a readable reason: the error itself or
    a Message, shown with ``str()`` in the user's language)."""

    article_id: int | None = None
    created: bool = False
    near: NearDuplicate | None = None
    """An earlier article (stored before, or earlier in the batch) this new one nearly repeats."""
    error: str | Translatable = ""


class ArticleBatch:
    """The articles of one import, stored part by part into ``catalogue``. With ``undo_as``
    the whole import is one undo step of that name, however many parts it was stored in."""

    def __init__(self, catalogue: Catalogue, *, undo_as: str = "") -> None:
        self.catalogue = catalogue
        self.group = EditGroup(undo_as) if undo_as else None
        self._matcher = catalogue.article_matcher
        self._live: set[int] | None = None
        """The ids of the articles the catalogue holds (as of the start, plus those stored)."""
        self._known: dict[str, int] = {}
        """Text hash: article id, for the same articles."""
        self._next_stand_in = STAND_IN_IDS

    def prepare(self) -> None:
        """Read the catalogue's hashes and shingle what is not cached yet (seconds for tens of
        thousands of articles the first time, in a catalogue's life, that anything looks for
        near-duplicates); call it off the GUI thread. :meth:`store` calls it if need be."""
        stored = self._matcher.refresh()
        self._live = set(stored)
        self._known = {digest: article_id for article_id, digest in stored.items()}

    def store(self, items: Sequence[BatchArticle]) -> list[BatchResult]:
        """Store ``items`` in one transaction; one result each, in order. An article that
        cannot be stored (an empty text, a bad date) gets its ``error`` and the rest go in. If
        the write itself fails (the catalogue is locked, full, or the server is away), the
        error (a ClaimDeskError) is raised and nothing of this part is stored."""
        if self._live is None:
            self.prepare()
        live = self._live
        assert live is not None
        results: list[BatchResult | None] = [None] * len(items)
        rows: dict[int, dict[str, Any]] = {}  # position: the article's row, once checked
        to_store: list[int] = []  # positions in items
        nears: dict[int, tuple[int, float]] = {}  # position: (id or stand-in, similarity)
        stand_ins: dict[int, int] = {}  # stand-in id: position
        try:
            for position, item in enumerate(items):
                try:
                    rows[position] = article_row(item.article)
                except InvalidValueError as error:
                    results[position] = BatchResult(error=error)
                    continue
                to_store.append(position)
                fingerprint = item.fingerprint
                if fingerprint.digest in self._known:
                    continue  # add_article_rows gives the stored one's id
                near = self._matcher.search(fingerprint.shingles, fingerprint.length, live)
                if near is not None:
                    nears[position] = near
                # Until it is stored, the article is in the index under a stand-in id, larger
                # than any real one (a tie goes to the earliest), so the rest of this part is
                # compared with it too.
                stand_in = self._next_stand_in
                self._next_stand_in += 1
                stand_ins[stand_in] = position
                self._matcher.remember(
                    stand_in, fingerprint.digest, fingerprint.length, fingerprint.shingles
                )
                live.add(stand_in)
                self._known[fingerprint.digest] = stand_in
            stored = self.catalogue.add_article_rows(
                [rows[p] for p in to_store],
                group=self.group,
                snapshots=[items[p].snapshot for p in to_store],
            )
        except BaseException:
            for stand_in, position in stand_ins.items():  # nothing of this part was stored
                self._matcher.forget(stand_in)
                live.discard(stand_in)
                self._known.pop(items[position].fingerprint.digest, None)
            raise
        outcome = dict(zip(to_store, stored, strict=True))
        for stand_in, position in stand_ins.items():
            # stored now (or, if someone else stored the same text meanwhile, that article)
            article_id = outcome[position].id
            self._matcher.rename(stand_in, article_id)
            live.discard(stand_in)
            live.add(article_id)
            self._known[items[position].fingerprint.digest] = article_id
        for position, result in outcome.items():
            near_duplicate = None
            if result.created and position in nears:
                earlier, similarity = nears[position]
                if earlier in stand_ins:  # earlier in this part
                    at = stand_ins[earlier]
                    near_duplicate = _described(rows[at], outcome[at].id, similarity)
                else:
                    near_duplicate = self._matcher.describe(earlier, similarity)
            results[position] = BatchResult(result.id, result.created, near_duplicate)
        not_stored = Message(QT_TRANSLATE_NOOP("Errors", "not stored"))
        return [r if r is not None else BatchResult(error=not_stored) for r in results]


def _described(row: dict[str, Any], article_id: int, similarity: float) -> NearDuplicate:
    """An article of the batch, stored as ``article_id``, as the near-duplicate of a later one."""
    return NearDuplicate(
        article_id=article_id,
        title=row["title"],
        outlet=row["outlet"],
        published=row["published"],
        similarity=similarity,
    )
