"""The window's Catalogue, Speakers and Clusters tabs: pages after the Reader whose views over
the open catalogue are built the first time each is shown (over a large catalogue their first
queries take longer than the rest of the window, and many sessions never open them), and built
again over a catalogue switched to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.core.domain.records import ClaimFilter
from claimdesk.gui.context import WindowContext

if TYPE_CHECKING:
    from claimdesk.gui.catalogue_view import CatalogueView
    from claimdesk.gui.clusters_view import ClustersView
    from claimdesk.gui.speakers_view import SpeakersView


class BrowseTabs(QObject):
    """The Catalogue and Speakers pages of ``tabs`` (whose first tab is the Reader).
    ``open_claim`` shows a claim in its article (the catalogue view's Enter and double-click).
    ``speaker_profile_requested`` (a speaker id) asks for a speaker's profile (the Speakers
    tab's Profile…, gui/chart_windows.py); ``clusters_choice_changed``: what the Clusters
    actions act on may have changed."""

    speaker_profile_requested = Signal(int)
    clusters_choice_changed = Signal()

    def __init__(
        self, ctx: WindowContext, tabs: QTabWidget, open_claim: Callable[[int, int], None]
    ) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.tabs = tabs
        self._open_claim = open_claim
        self._catalogue_view: CatalogueView | None = None
        self._speakers_view: SpeakersView | None = None
        self._catalogue_page: QScrollArea | None = None
        self._speakers_page: QScrollArea | None = None
        self._clusters_view: ClustersView | None = None
        self._clusters_page: QScrollArea | None = None
        self.cluster_actions: list[QAction] = []
        """The window's Clusters actions, shown as the Clusters tab's buttons."""

    def stop_counting(self) -> None:
        """Stop the Catalogue tab's count under way, if any (before the catalogue closes)."""
        if self._catalogue_view is not None:
            self._catalogue_view.model.stop_counting()

    def rebuild(self) -> None:
        """Empty Catalogue and Speakers pages over the catalogue now open (the views over the
        one before, if any, are deleted); each is filled when first shown."""
        # the pages are scroll areas, so a wide filter bar never forces the window wider
        tabs = self.tabs
        current = tabs.currentIndex()
        blocked = tabs.blockSignals(True)  # the tab shown stays, its docks as they are
        self.stop_counting()
        while tabs.count() > 1:
            page = tabs.widget(1)
            tabs.removeTab(1)
            if page is not None:
                page.deleteLater()
        self._catalogue_view = self._speakers_view = None
        self._clusters_view = None
        self._catalogue_page = _scrollable("catalogueViewPage")
        self._speakers_page = _scrollable("speakersViewPage")
        self._clusters_page = _scrollable("clustersViewPage")
        tabs.addTab(self._catalogue_page, self.tr("Catalogue"))
        tabs.addTab(self._speakers_page, self.tr("Speakers"))
        tabs.addTab(self._clusters_page, self.tr("Clusters"))
        tabs.setCurrentIndex(max(current, 0))
        tabs.blockSignals(blocked)
        self.fill(tabs.currentIndex())

    def fill(self, index: int) -> None:
        """The Catalogue or Speakers tab at ``index`` gets its view when first shown; if it
        cannot be read now (the team server is away), the page stays empty, the error is shown
        and the next showing tries again."""
        page = self.tabs.widget(index)
        try:
            if page is not None and page is self._catalogue_page:
                self.catalogue_view  # noqa: B018  (built on first use)
            elif page is not None and page is self._speakers_page:
                self.speakers_view  # noqa: B018
            elif page is not None and page is self._clusters_page:
                self.clusters_view  # noqa: B018
        except ClaimDeskError as error:
            self.ctx.report_error(error)

    @property
    def catalogue_view(self) -> CatalogueView:
        """The Catalogue tab's view, built over the open catalogue on first use."""
        if self._catalogue_view is None:
            # no parent until it is built: one that fails half-way leaves nothing behind
            from claimdesk.gui.catalogue_view import CatalogueView  # noqa: PLC0415
            from claimdesk.gui.claim_actions import deleted_claims_note  # noqa: PLC0415

            ctx = self.ctx
            view = CatalogueView(ctx.catalogue, ctx.bridge, ctx.undo_stack, None)
            view.open_claim_requested.connect(self._open_claim)
            view.claims_deleted.connect(
                lambda count: ctx.status(deleted_claims_note(count), 10_000)
            )
            _page(self._catalogue_page).setWidget(view)
            self._catalogue_view = view
        return self._catalogue_view

    @property
    def speakers_view(self) -> SpeakersView:
        """The Speakers tab's view, built over the open catalogue on first use."""
        if self._speakers_view is None:
            from claimdesk.gui.speakers_view import SpeakersView  # noqa: PLC0415

            ctx = self.ctx
            view = SpeakersView(ctx.catalogue, ctx.bridge, ctx.undo_stack, None)
            view.server_lost.connect(ctx.error_shown)
            view.speaker_filter_requested.connect(self.show_speaker_claims)
            view.speaker_profile_requested.connect(self.speaker_profile_requested)
            _page(self._speakers_page).setWidget(view)
            self._speakers_view = view
        return self._speakers_view

    @property
    def clusters_view(self) -> ClustersView:
        """The Clusters tab's view, built over the open catalogue on first use."""
        if self._clusters_view is None:
            from claimdesk.gui.clusters_view import ClustersView  # noqa: PLC0415

            ctx = self.ctx
            view = ClustersView(ctx.catalogue, ctx.bridge, None)
            view.open_claim_requested.connect(self._open_claim)
            view.read_failed.connect(ctx.report_error)
            view.add_action_buttons(self.cluster_actions)
            view.choice_changed.connect(self.clusters_choice_changed)
            _page(self._clusters_page).setWidget(view)
            self._clusters_view = view
        return self._clusters_view

    def show_catalogue(self) -> None:
        self._show_page(self._catalogue_page)  # built as it shows (see fill)
        if self._catalogue_view is not None:
            # the claims, ready for the arrow keys (not a focus proxy: with one, Tab skipped
            # the search and filters above them)
            self._catalogue_view.table.setFocus()

    def show_speakers(self) -> None:
        self._show_page(self._speakers_page)
        if self._speakers_view is not None:
            self._speakers_view.table.setFocus()

    def show_clusters(self) -> None:
        self._show_page(self._clusters_page)
        if self._clusters_view is not None:
            self._clusters_view.table.setFocus()

    def shown_clusters_view(self) -> ClustersView | None:
        """The Clusters tab's view if it is the tab shown (what the Clusters actions act on)."""
        return self._clusters_view if self.on_clusters_tab() else None

    def on_clusters_tab(self) -> bool:
        page = self.tabs.currentWidget()
        return page is not None and page is self._clusters_page

    def _show_page(self, page: QWidget | None) -> None:
        index = self.tabs.indexOf(page) if page is not None else -1
        if index >= 0:
            self.tabs.setCurrentIndex(index)

    def chosen_speaker_id(self) -> int | None:
        """The speaker chosen on the Speakers tab (None if none is, or it was never shown)."""
        view = self._speakers_view
        speaker = view.current_speaker() if view is not None else None
        return speaker.id if speaker is not None else None

    def chosen_cluster_id(self) -> int | None:
        """The cluster chosen on the Clusters tab (None if none is, or it was never shown)."""
        view = self._clusters_view
        return view.selected_cluster_id() if view is not None else None

    def show_speaker_claims(self, speaker_id: int) -> None:
        """Speakers › Show claims: the catalogue view with that speaker's claims alone (a fresh
        filter, so no earlier search hides some of them)."""
        self.catalogue_view.set_filter(ClaimFilter(speaker_id=speaker_id))
        self.show_catalogue()

    def show_orphaned_claims(self) -> int:
        """The Catalogue tab with the claims that wait to be placed alone (a fresh filter, so no
        earlier search hides some of them), the first one chosen; returns how many are listed."""
        view = self.catalogue_view
        view.set_filter(ClaimFilter(orphaned=True))
        self.show_catalogue()
        view.choose_row(0)
        return view.model.rowCount()

    def focus_search(self) -> bool:
        """On the Catalogue or Speakers tab, put the cursor in its search field (Ctrl+F there);
        False on any other tab."""
        page = self.tabs.currentWidget()
        if page is None:
            return False
        if page is self._catalogue_page and self._catalogue_view is not None:
            self._catalogue_view.filter_bar.focus_search()
            return True
        if page is self._speakers_page and self._speakers_view is not None:
            self._speakers_view.focus_filter()
            return True
        return False

    def shown_claim_filter(self) -> ClaimFilter | None:
        """The claims the Catalogue tab shows (its search and filters) if it is the tab shown."""
        view = self._catalogue_view
        page = self.tabs.currentWidget()
        if view is not None and page is not None and page is self._catalogue_page:
            return view.filter_bar.claim_filter()
        return None


def _page(page: QScrollArea | None) -> QScrollArea:
    if page is None:
        raise RuntimeError("the browse tabs are made when the catalogue is attached")
    return page


def _scrollable(name: str) -> QScrollArea:
    """A tab's page: a scroll area (its view is set when the tab is first shown)."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidgetResizable(True)
    # only a frame for the view: Tab goes to the view's controls, not to the page itself
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
