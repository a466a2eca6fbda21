"""A Qt table model over the catalogue's claims, fetched lazily one page at a time.

The model never holds every claim: ``rowCount`` comes from ``Catalogue.count_claims`` and rows are
fetched with ``Catalogue.list_claims(offset=, limit=)`` when a view first asks for them, into a
small least-recently-used cache of pages. Sorting is done by the database (``order_by``), so a
catalogue of 100,000 claims sorts and scrolls as fast as one of a hundred.

A filtered list is counted no further than ``count_at_most`` claims at first (counting every
match of a common word among a million claims took longer than finding the first page): it then
has that many rows, says so (``more_to_count``, shown as "1,000+ claims"), and each time the
view is scrolled to its end (Qt's ``fetchMore``) it is counted ten times further.

Counting runs off the GUI thread where the catalogue allows it (``count_in_background``) and
the search is one whose page needs no count first (``Catalogue.pages_before_counting``: words
of three characters or more): the list reads its first page at once, and a page short of full
is its whole count; a full one shows that page (``counting`` says the count is on its way)
while the matches are counted in a worker, and the rows follow when it ends. Two common words
seldom together took some 120 ms to count at a million claims on SQLite (300 ms on
PostgreSQL) against 5–12 ms for their first page: the user sees the claims without waiting
on the number.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import NotFoundError
from claimdesk.core.domain.folding import fold
from claimdesk.core.domain.records import CatalogueChange, ClaimFilter, ClaimInfo, ClaimKind
from claimdesk.gui.claims_panel import anchor_mark, anchor_note, version_note
from claimdesk.gui.kind_labels import kind_label
from claimdesk.gui.workers import LatestOnly

ModelIndex = QModelIndex | QPersistentModelIndex
log = logging.getLogger("claimdesk.gui.claims_table_model")

COLUMNS = (
    "speaker",
    "kind",
    "quote",
    "outlet",
    "published",
    "article",
    "tags",
    "created",
    "created_by",
    "updated_by",
)
HEADERS = {
    "speaker": str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Speaker")),
    "kind": str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Kind")),
    "quote": str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Quote")),
    "outlet": str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Outlet")),
    "published": str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Published")),
    "article": str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Article")),
    "tags": str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Tags")),
    "created": str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Created")),
    "created_by": str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Added by")),
    "updated_by": str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Changed by")),
}
"""Each column's header in English, translated where shown."""
# The service layer's sort key for each column.
SORT_KEYS: dict[str, str] = {
    "speaker": "speaker",
    "kind": "kind",
    "quote": "quote",
    "outlet": "outlet",
    "published": "published",
    "article": "article",
    "tags": "tags",
    "created": "created_at",
    "created_by": "created_by",
    "updated_by": "updated_by",
}
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
# Tables whose changes can alter what this model shows.
WATCHED_TABLES = frozenset({"claim", "claim_tag", "speaker", "article"})
CLUSTER_TABLES = frozenset({"claim_cluster", "claim_cluster_member"})
QUOTE_DISPLAY_CHARS = 300
PAGE_SIZE = 100
"""Rows read at once: a screenful or three (a page of 200 took twice as long to read at 1M
claims, with a search, as one of 60)."""
COUNT_AT_MOST = 1_000
"""How far a filtered list is counted at first."""


def kinds_as_shown() -> tuple[str, ...]:
    """The claim kinds' stored values in the order of their names in the interface's
    language, folded ("Косвенная цитата", "Прямая цитата", "Утверждение"): what the Kind
    column sorts by."""
    return tuple(sorted((kind.value for kind in ClaimKind), key=lambda k: fold(kind_label(k))))


def _one_line(text: str, limit: int = QUOTE_DISPLAY_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ClaimsTableModel(QAbstractTableModel):
    """Claims matching a :class:`ClaimFilter`, in the database's sort order, paged on demand."""

    counting_changed = Signal()
    """A count began off the GUI thread, or ended (or failed): see ``counting``."""

    def __init__(
        self,
        catalogue: Catalogue,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        max_cached_pages: int = 12,
        count_at_most: int = COUNT_AT_MOST,
        count_in_background: bool = False,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.page_size = page_size
        self.max_cached_pages = max_cached_pages
        self._filter = ClaimFilter()
        self._order_by = "id"
        self._descending = False
        self._pages: OrderedDict[int, list[ClaimInfo]] = OrderedDict()
        self.count_at_most = count_at_most
        self._counted_to = count_at_most
        self._more = False
        # the newest count's result only: a count of a list no longer shown is dropped
        self._counter: LatestOnly | None = None
        if count_in_background and catalogue.reads_in_parallel:
            self._counter = LatestOnly(self)
            self._counter.results.connect(self._counted)
            self._counter.failed.connect(self._count_failed)
        self._counting = False
        self.page_fetches = 0
        """How many pages were read from the catalogue (for tests and benchmarks)."""
        self._count = self._recount()

    # -- what is shown ------------------------------------------------------------------

    @property
    def claim_filter(self) -> ClaimFilter:
        return self._filter

    @property
    def order(self) -> tuple[str, bool]:
        """The service-layer sort key and whether it is descending."""
        return self._order_by, self._descending

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    @property
    def more_to_count(self) -> bool:
        """More claims match than the rows shown so far (counting stopped there)."""
        return self._more

    @property
    def counting(self) -> bool:
        """The matches are being counted off the GUI thread: the rows shown are the first."""
        return self._counting

    def stop_counting(self) -> None:
        """Drop a count under way and wait for its worker (before the catalogue closes)."""
        self._counting = False
        if self._counter is not None:
            self._counter.cancel()
            self._counter.wait()

    def _recount(self, *, keep_rows: bool = False) -> int:
        """How many rows to show: every match of the whole catalogue or of a short list, else
        the first ``_counted_to`` (``_more`` says which). Counting in the background, a list
        longer than a page shows its first page (``keep_rows``: as many rows as it shows now,
        if more) until the count comes (:meth:`_counted`)."""
        if self._counter is not None:
            self._counter.cancel()  # a count under way is of the list as it was
        self._counting = False
        if self._filter == ClaimFilter():
            self._more = False
            return self.catalogue.count_claims(self._filter)
        if (
            self._counter is not None
            and self._counted_to >= self.page_size
            and self.catalogue.pages_before_counting(self._filter)
        ):
            first = self._list(self.page_size)
            self._pages[0] = first
            self.page_fetches += 1
            if len(first) < self.page_size:  # the first page is all of it
                self._more = False
                return len(first)
            self._count_later()
            return max(self._count, len(first)) if keep_rows else len(first)
        counted = self.catalogue.count_claims(self._filter, at_most=self._counted_to)
        self._more = counted > self._counted_to
        return min(counted, self._counted_to)

    def _count_later(self) -> None:
        """Count the matches (to ``_counted_to``) in the worker; :meth:`_counted` takes the
        number when it comes, unless the list has changed by then."""
        assert self._counter is not None
        catalogue, claim_filter, at_most = self.catalogue, self._filter, self._counted_to
        self._more = self._counting = True
        self._counter.request(
            lambda: (at_most, catalogue.count_claims(claim_filter, at_most=at_most))
        )

    def _counted(self, result: object) -> None:
        if not self._counting:
            return  # counted on this thread since (a short list, the whole catalogue)
        assert isinstance(result, tuple)
        at_most, counted = result
        self._counting = False
        self._more = counted > at_most
        self._resize(min(counted, at_most))
        self.counting_changed.emit()

    def _count_failed(self, message: str) -> None:
        """The count failed (the server went away): the rows shown stay, said to be the first."""
        log.warning("counting the claims failed: %s", message)
        self._counting = False
        self.counting_changed.emit()

    def set_filter(self, claim_filter: ClaimFilter) -> None:
        if claim_filter == self._filter:
            return
        self._filter = claim_filter
        self.reload()

    def reload(self) -> None:
        """Forget every fetched row and count again (a full reset: selection is lost)."""
        self.beginResetModel()
        self._pages.clear()
        self._counted_to = self.count_at_most
        self._count = self._recount()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read after the catalogue changed, keeping the view's scroll position and selection
        rows: the page cache is dropped and rows are added or removed only at the end."""
        self._pages.clear()
        self._resize(self._recount(keep_rows=True))
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))
        self.counting_changed.emit()

    def _resize(self, count: int) -> None:
        """Rows added or removed at the end, to ``count``."""
        if count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        elif count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._counting

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        """The view reached the last row counted: count ten times further."""
        if not self.canFetchMore(parent):
            return
        self._counted_to *= 10
        if self._counter is not None:
            self._count_later()  # the rows shown stay while it counts
            self.counting_changed.emit()
            return
        self._resize(self._recount())

    def on_catalogue_changed(self, change: CatalogueChange) -> None:
        # filtered by verdict status, a verdict given or a cluster changed alters the list
        by_status = self._filter.status is not None and change.tables & CLUSTER_TABLES
        if change.tables & WATCHED_TABLES or by_status:
            self.refresh()

    def claim_at(self, row: int) -> ClaimInfo | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.page_size)
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    def _page(self, number: int) -> list[ClaimInfo]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self._fetch(number)
        self.page_fetches += 1
        self._pages[number] = page
        while len(self._pages) > self.max_cached_pages:
            self._pages.popitem(last=False)
        return page

    def _fetch(self, number: int) -> list[ClaimInfo]:
        """Page ``number`` from the database, the quickest way there: after the last claim of
        the page before, or before the first of the page after, when one is cached (keyset
        paging: no rows skipped), else by position, counted from the nearer end."""
        start = number * self.page_size
        end = min(self._count, start + self.page_size)
        previous, following = self._pages.get(number - 1), self._pages.get(number + 1)
        try:
            if previous:
                return self._list(self.page_size, after=previous[-1].id)
            if following and end > start:
                return self._list(end - start, backwards=True, after=following[0].id)
        except NotFoundError:  # that claim was deleted meanwhile: go by position
            pass
        if end > start and self._count - end < start and not self._more:
            # nearer the end: the same rows read backwards from the end skip fewer
            return self._list(end - start, backwards=True, offset=self._count - end)
        return self._list(self.page_size, offset=start)

    def _list(
        self, limit: int, *, backwards: bool = False, offset: int = 0, after: int | None = None
    ) -> list[ClaimInfo]:
        """``limit`` claims in the shown order (``backwards``: read in the opposite order, from
        the end or from ``after``, and returned in the shown order)."""
        rows = self.catalogue.list_claims(
            self._filter,
            offset=offset,
            limit=limit,
            order_by=self._order_by,
            descending=self._descending != backwards,
            after=after,
            kind_order=kinds_as_shown() if self._order_by == "kind" else (),
        )
        return rows[::-1] if backwards else rows

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("ClaimsTableModel", HEADERS[COLUMNS[section]])
            return None
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            CLAIM_ID_ROLE,
            ARTICLE_ID_ROLE,
        ):
            return None
        claim = self.claim_at(index.row())
        if claim is None:
            return None
        if role == CLAIM_ID_ROLE:
            return claim.id
        if role == ARTICLE_ID_ROLE:
            return claim.article_id
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(claim, column)
        return self._display(claim, column)

    @staticmethod
    def _display(claim: ClaimInfo, column: str) -> str:
        if column == "speaker":
            return claim.speaker_name or "—"
        if column == "kind":
            return kind_label(claim.kind)
        if column == "quote":
            mark = anchor_mark(claim)  # an orphan is listed for review: said so in the row
            return f"{mark} {_one_line(claim.quote)}" if mark else _one_line(claim.quote)
        if column == "outlet":
            return claim.outlet
        if column == "published":
            return claim.published or ""
        if column == "article":
            return _one_line(claim.article_title, 120)
        if column == "tags":
            return ", ".join(claim.tags)
        if column == "created_by":
            return claim.created_by
        if column == "updated_by":
            return claim.updated_by
        return claim.created_at.astimezone().strftime("%Y-%m-%d %H:%M")

    @staticmethod
    def _tooltip(claim: ClaimInfo, column: str) -> str | None:
        if column == "quote":
            return "\n".join(p for p in (anchor_note(claim), version_note(claim), claim.quote) if p)
        if column == "speaker" and claim.speaker_name:
            details = ", ".join(p for p in (claim.speaker_role, claim.speaker_organisation) if p)
            return f"{claim.speaker_name} — {details}" if details else claim.speaker_name
        if column == "article":
            return claim.article_title
        if column == "tags" and claim.tags:  # a narrow column cuts them short
            return ", ".join(claim.tags)
        if column in ("created", "created_by", "updated_by"):
            when = "%Y-%m-%d %H:%M"
            added = claim.created_at.astimezone().strftime(when)
            changed = claim.updated_at.astimezone().strftime(when)
            return "; ".join(
                (
                    QCoreApplication.translate("ClaimsTableModel", "Added {when} by {who}").format(
                        when=added, who=claim.created_by
                    )
                    if claim.created_by
                    else QCoreApplication.translate("ClaimsTableModel", "Added {when}").format(
                        when=added
                    ),
                    QCoreApplication.translate(
                        "ClaimsTableModel", "last changed {when} by {who}"
                    ).format(when=changed, who=claim.updated_by)
                    if claim.updated_by
                    else QCoreApplication.translate(
                        "ClaimsTableModel", "last changed {when}"
                    ).format(when=changed),
                )
            )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[COLUMNS[column]] if 0 <= column < len(COLUMNS) else "id"
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._order_by, self._descending):
            return
        self._order_by, self._descending = key, descending
        # Rows are positions, not claims: after a new order old selections mean nothing. The
        # same claims match: no need to count them again.
        self.beginResetModel()
        self._pages.clear()
        self.endResetModel()
