"""The main window: article list, reader, claims, suggestions and similar-claims panels, and the
Catalogue and Speakers tabs, composed of controllers that each get a small context.

The window builds the widgets, a :class:`~claimdesk.gui.context.WindowContext` (the catalogue,
its bridge and undo stack, reporting) and the controllers over them: articles
(:mod:`~claimdesk.gui.article_actions`), claims (:mod:`~claimdesk.gui.claim_actions`) and
suggestions (:mod:`~claimdesk.gui.suggestions`); its actions come from the one table in
:mod:`~claimdesk.gui.actions`. What is left here is the window's own: opening and switching
catalogues, navigation between tabs and panels, indexing, export, help, and its layout.

Every catalogue edit goes through ``undo_stack.run`` so Ctrl+Z undoes it; every view refreshes
from ``bridge.changed``; every error a user can cause is shown as a readable message.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QResizeEvent,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk import APP_NAME, __version__
from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.core.domain.records import ArticleInfo, CatalogueChange
from claimdesk.gui.actions import (
    WindowState,
    build_actions,
    build_menus,
    key_in_prose,
    shortcut_rows,
    update_enabled,
)
from claimdesk.gui.article_actions import ArticleController
from claimdesk.gui.article_list import ArticleListPanel
from claimdesk.gui.bridge import CatalogueBridge
from claimdesk.gui.browse_tabs import BrowseTabs
from claimdesk.gui.catalogue_actions import CatalogueController
from claimdesk.gui.chart_windows import ChartWindows
from claimdesk.gui.claim_actions import ClaimController
from claimdesk.gui.claims_panel import ClaimsPanel
from claimdesk.gui.clipboard import local_files
from claimdesk.gui.cluster_actions import CLUSTER_BUTTONS, ClusterController
from claimdesk.gui.context import WindowContext
from claimdesk.gui.empty_state import EmptyReaderPage, ReaderStack
from claimdesk.gui.errors import SERVER_LOST_MESSAGE, SERVER_LOST_STATUS, errors_text
from claimdesk.gui.exchange_import import ExchangeImports
from claimdesk.gui.find_bar import FindBar
from claimdesk.gui.focus_order import set_tab_order
from claimdesk.gui.indexing import IndexingController
from claimdesk.gui.preferences import PreferencesController
from claimdesk.gui.reader import ArticleReader
from claimdesk.gui.settings import AppSettings
from claimdesk.gui.shortcuts_dialog import ShortcutsDialog
from claimdesk.gui.similar_panel import SimilarClaimsPanel
from claimdesk.gui.suggestions import SuggestionsController
from claimdesk.gui.undo import CatalogueUndoStack
from claimdesk.gui.version_actions import VersionController

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue

# Only Qt and the light parts of the core (errors, records) are imported here: the window is
# built and shown while the core (SQLAlchemy, the matching modules) loads and the catalogue opens
# on a worker thread (gui/startup.py). What needs the core is imported where it is used.

log = logging.getLogger("claimdesk.gui")
H = Qt.Orientation.Horizontal


COMPACT_BELOW = 1360
READER_SHARE = 0.35
"""Narrower than this share of the window, the reader gets the panels' default widths back: a
layout saved on a wider window, or a window made narrower, had left it a column of a few words
(the panels keep their widths, the reader takes what is left)."""
"""Window widths below which the right-hand panels are laid out narrow (their default share,
30% of the width, is narrower than the suggestions' buttons in one row)."""


class MainWindow(QMainWindow):
    """The ClaimDesk main window for one open catalogue (which it closes when it closes).

    Made without a catalogue, it shows at once in an "Opening catalogue…" state (see
    :meth:`show_opening`): its panels empty, the actions that need a catalogue disabled, the reader
    answering keys; :meth:`attach_catalogue` gives it the catalogue once that is open.
    """

    error_shown = Signal(str)
    _first_exposed = Signal()
    """The window's first frame is on screen (queued to _on_first_exposed)."""
    on_screen = Signal()
    """The window's first frame is on screen and what waited for it has started (once)."""

    def __init__(
        self,
        catalogue: Catalogue | None,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
        *,
        index_cache: Callable[[str], Path] | None = None,
        remember_catalogue: bool = True,
    ) -> None:
        """``catalogue`` None: the window is for a catalogue still opening (attach_catalogue).
        ``index_cache`` gives, for a catalogue's location, the file that keeps its matching
        index between sessions (by default in the user cache folder). ``remember_catalogue``
        False: this catalogue (given with ``--db``, for once) does not become the one opened at
        the next start; a catalogue the user opens from the File menu does."""
        super().__init__(parent)
        self.remember_catalogue = remember_catalogue
        self.setObjectName("mainWindow")
        self.settings = settings or AppSettings()
        self.ctx = WindowContext(self, self.statusBar(), self.settings)
        """What the controllers work with: the catalogue, its bridge and undo stack, reporting."""
        self.ctx.error_shown.connect(self.error_shown)
        self.undo_group = QUndoGroup(self)
        self._closed = False
        self.view_menu: QMenu | None = None
        self._has_orphans = False
        """Whether some claim waits to be placed (looked at when the catalogue changes)."""

        self.article_panel = ArticleListPanel(None, self)
        self.reader = ArticleReader(self)
        self.article_header = QLabel(self)
        self.article_header.setObjectName("articleHeader")
        self.article_header.setWordWrap(True)
        self.article_header.setTextFormat(Qt.TextFormat.RichText)
        self.article_header.setOpenExternalLinks(True)
        self.article_header.setContentsMargins(10, 6, 10, 6)
        self.claims_panel = ClaimsPanel(self)
        self.similar_panel = SimilarClaimsPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        reader_page = QWidget(self)
        reader_layout = QVBoxLayout(reader_page)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.setSpacing(0)
        reader_layout.addWidget(self.article_header)
        reader_layout.addWidget(self.reader)
        self.find_bar = FindBar(self.reader, reader_page)
        self.find_bar.note.connect(lambda note: self.statusBar().showMessage(note, 5000))
        reader_layout.addWidget(self.find_bar)
        # no article open: a page that says what to do instead of a blank reader
        self.empty_page = EmptyReaderPage(lambda action: self.actions_.get(action).trigger(), self)
        self.reader_stack = ReaderStack(self.reader, reader_page, self.empty_page, self)
        self.tabs.addTab(self.reader_stack, self.tr("Reader"))
        self.setCentralWidget(self.tabs)
        self._first_article_pending = False
        self._exposed = False
        self._first_exposed.connect(self._on_first_exposed, Qt.ConnectionType.QueuedConnection)

        self.articles_dock = self._dock(self.tr("Articles"), "articlesDock", self.article_panel)
        self.claims_dock = self._dock(
            self.tr("Claims in this article"), "claimsDock", self.claims_panel
        )
        self.similar_dock = self._dock(
            self.tr("Similar claims in other articles"), "similarDock", self.similar_panel
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.articles_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.claims_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.similar_dock)
        self.splitDockWidget(self.claims_dock, self.similar_dock, Qt.Orientation.Vertical)

        self.articles = ArticleController(
            self.ctx,
            article_panel=self.article_panel,
            reader=self.reader,
            article_header=self.article_header,
            claims_panel=self.claims_panel,
            similar_panel=self.similar_panel,
            show_reader=self.show_reader,
        )
        self.claims = ClaimController(
            self.ctx,
            reader=self.reader,
            claims_panel=self.claims_panel,
            similar_panel=self.similar_panel,
        )
        self.versions = VersionController(self.ctx, reader=self.reader)
        self.suggestions = SuggestionsController(
            self.ctx, self, reader=self.reader, claims=self.claims
        )
        self.catalogues = CatalogueController(self.ctx, self._adopt_catalogue)
        self.browse = BrowseTabs(self.ctx, self.tabs, self.open_claim)
        """The Catalogue and Speakers tabs (made with each catalogue, filled when shown)."""
        self.charts = ChartWindows(self.ctx, self.browse, self.open_claim)
        """The statistics, speaker profile and cluster timeline windows."""
        self.clusters = ClusterController(self.ctx, self.browse)
        self.exchange = ExchangeImports(self.ctx, self._show_an_article)
        """File › Import annotations… and Import REFI-QDA project…"""
        self.preferences = PreferencesController(self.ctx, self, self.reader)
        """Edit › Preferences…"""
        # suggestions and similar claims side by side: stepping through suggestions shows what
        # the catalogue already holds like each one
        self.splitDockWidget(self.claims_dock, self.suggestions.dock, Qt.Orientation.Vertical)
        self.article_docks = (
            self.articles_dock,
            self.claims_dock,
            self.suggestions.dock,
            self.similar_dock,
        )
        self._docks_put_away: list[QDockWidget] = []

        self.actions_ = build_actions(
            self, self, self.undo_group, panels={"claims_panel": self.claims_panel}
        )
        docks = [d.toggleViewAction() for d in self.article_docks]
        self.toolbar, self.view_menu = build_menus(self, self.actions_, docks)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._set_tab_order()
        self.actions_.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        # the article list's right-click menu offers the Article menu's actions
        self.article_panel.set_context_actions(
            [self.actions_.get("edit_article"), self.actions_.get("delete_article")]
        )
        # what the actions need is looked at again whenever it may have changed
        self.articles.article_changed.connect(self._update_actions)
        self.claims.chosen_changed.connect(self._update_actions)
        self.browse.cluster_actions = [self.actions_.get(i) for i in CLUSTER_BUTTONS]
        self.browse.clusters_choice_changed.connect(self._update_actions)

        self.location_label = QLabel(self)
        self.location_label.setObjectName("catalogueLocation")
        self.index_status = QLabel(self)
        self.index_status.setObjectName("indexStatus")
        self.server_status = QLabel(errors_text(SERVER_LOST_STATUS), self)
        self.server_status.setObjectName("serverStatus")
        self.server_status.setToolTip(errors_text(SERVER_LOST_MESSAGE))
        self.server_status.hide()
        self.statusBar().addPermanentWidget(self.server_status)
        self.statusBar().addPermanentWidget(self.index_status)
        self.statusBar().addPermanentWidget(self.location_label)
        self.indexing = IndexingController(
            self.ctx,
            status=self.index_status,
            similar_panel=self.similar_panel,
            index_cache=index_cache,
        )
        self.setAcceptDrops(True)

        # 1400×900, or less on a small screen: the whole window stays on it
        available = self.screen().availableGeometry()
        self.resize(
            QSize(min(1400, available.width() * 9 // 10), min(900, available.height() * 9 // 10))
        )
        self._restore_layout()
        if catalogue is not None:
            self.attach_catalogue(catalogue)
        else:
            self.show_opening(self.tr("the catalogue"))

    # -- opening ------------------------------------------------------------------------------

    def show_opening(self, name: str) -> None:
        """The window's state while the catalogue ``name`` (a file's name, or "the team
        catalogue") opens: said in the title, the reader's header and the status bar; the
        actions that need a catalogue are disabled until it is attached."""
        title = self.tr("{app} — opening {name}…").format(app=APP_NAME, name=name)
        self.setWindowTitle(title)
        self.article_header.setText(self.tr("Opening {name}…").format(name=name))
        self.reader_stack.expect_article(True)  # the (empty) reader, not the empty page's buttons
        self.statusBar().showMessage(self.tr("Opening catalogue…"))
        self.location_label.setText(name)
        self._update_actions()

    def show_problem(self) -> None:
        """The catalogue could not be opened (the question what to open instead is asked)."""
        self.article_header.setText(self.tr("The catalogue could not be opened."))
        self.statusBar().showMessage(self.tr("Cannot open the catalogue"))

    def attach_catalogue(
        self,
        catalogue: Catalogue,
        *,
        remember: bool | None = None,
        articles: list[ArticleInfo] | None = None,
    ) -> None:
        """The catalogue has opened: the window shows it (its first article, its views) and the
        actions that need it are enabled. ``remember`` overrides ``remember_catalogue``;
        ``articles`` is the catalogue's list of articles if it was read already (off the GUI
        thread: over a large catalogue it takes as long as opening it)."""
        if self.catalogue_open:
            raise RuntimeError("the window has its catalogue; switch with set_catalogue")
        if remember is not None:
            self.remember_catalogue = remember
        self._give_catalogue(catalogue)
        # a filter typed while the catalogue opened applies now, whether or not its typing delay
        # has passed: the first article shown is then one it lists
        self.article_panel.model.filter_text = self.article_panel.filter_edit.text()
        self.article_header.clear()
        self.reader_stack.expect_article(False)
        self.statusBar().clearMessage()
        self._connect_catalogue(articles)
        self._look_for_orphans()
        self._update_actions()

    # -- catalogue ----------------------------------------------------------------------------

    @property
    def catalogue_open(self) -> bool:
        """Whether the window has its catalogue (made without one, it is opening)."""
        return self.ctx.has_catalogue

    @property
    def catalogue(self) -> Catalogue:
        return self.ctx.catalogue

    @property
    def bridge(self) -> CatalogueBridge:
        return self.ctx.bridge

    @property
    def undo_stack(self) -> CatalogueUndoStack:
        return self.ctx.undo_stack

    @property
    def show_errors(self) -> bool:
        """False in tests that check ``error_shown`` instead of closing message boxes."""
        return self.ctx.show_errors

    @show_errors.setter
    def show_errors(self, show: bool) -> None:
        self.ctx.show_errors = show

    def _give_catalogue(self, catalogue: Catalogue) -> None:
        """The context and the controllers work on ``catalogue`` from now on."""
        stack = CatalogueUndoStack(catalogue, self)
        stack.failed.connect(self.ctx.report_error)
        stack.replayed.connect(lambda note: self.statusBar().showMessage(note, 5000))
        # once the views have the replayed step (their refresh is queued too)
        stack.replayed.connect(lambda _note: QTimer.singleShot(0, self, self._show_an_article))
        self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)
        self.ctx.attach(catalogue, CatalogueBridge(catalogue, self), stack)
        self.claims.attach_catalogue()
        self.article_panel.model.catalogue = catalogue

    def _connect_catalogue(self, articles: list[ArticleInfo] | None = None) -> None:
        self.bridge.changed.connect(self._on_catalogue_changed)
        self.bridge.changed_elsewhere.connect(self._on_changed_elsewhere)
        self.bridge.server_reachable.connect(self._on_server_reachable)
        self.server_status.hide()
        self.indexing.prepare(start_now=self._exposed)
        self.charts.close_all()  # they show the catalogue before
        self.browse.rebuild()
        if articles is not None and not self.article_panel.model.filter_text:
            self.article_panel.model.set_rows(articles)
        else:
            self.article_panel.reload()
        from claimdesk.core.catalogue import long_name, short_name  # noqa: PLC0415

        # the file and its folder ("claims.sqlite in ~/work"), said in the user's language
        where = long_name(self.catalogue.location, template=self.tr("{name} in {folder}"))
        self.setWindowTitle(f"{APP_NAME} — {where}")
        self.location_label.setText(short_name(self.catalogue.location))
        self.location_label.setToolTip(self.catalogue.location)
        if self.remember_catalogue:
            self.settings.last_catalogue = self.catalogue.location
        if self.article_panel.model.rowCount() == 0:
            self.statusBar().showMessage(
                self.tr("Paste an article with {paste} or open a text file with {open}.").format(
                    paste=key_in_prose("paste_article"), open=key_in_prose("open")
                ),
                10_000,
            )
        elif self._exposed:
            self._open_first_article()
        else:
            # read once the window is on screen, so it shows (and answers keys) without waiting
            # for the article, its claims and its suggestions
            self._first_article_pending = True
            self.reader_stack.expect_article(True)
            self.article_header.setText(self.tr("Opening the article…"))

    def _show_an_article(self) -> None:
        """After an undo or redo or an import of annotations or a project, the newest article if
        the reader has none while the list has some: the import's articles were in the list,
        and the reader went on showing the welcome page ("Start with an article") beside
        them."""
        if not self._closed and self.reader.article_id is None:
            self._choose_an_article()

    def _choose_an_article(self, preferred: int | None = None) -> None:
        """Choose ``preferred`` in the list if it is there, else the newest; nothing if an
        article is chosen already or the list is empty."""
        panel = self.article_panel
        if panel.current_article_id is not None or not panel.model.rowCount():
            return
        if preferred is None or not panel.select_article(preferred):
            panel.select_article(panel.model.article(0).id)

    def _open_first_article(self) -> None:
        """The article the reader showed when this catalogue was last closed (or left for
        another), else the newest; unless the user chose one (or another catalogue) meanwhile."""
        self._first_article_pending = False
        self._choose_an_article(self.settings.last_article(self.catalogue.location))
        self.reader_stack.expect_article(False)
        if self.reader.article_id is None:  # it could not be read (the error was shown)
            self.article_header.clear()

    def _on_changed_elsewhere(self, change: CatalogueChange) -> None:
        """Colleagues' edits reached the views: say so briefly, without interrupting."""
        claims = len(change.claim_ids)
        if claims:
            said = self.tr("Updated: %Ln claim(s) changed elsewhere.", "", claims)
        else:
            said = self.tr("Updated: the catalogue changed elsewhere.")
        self.statusBar().showMessage(said, 5000)
        if change.claim_ids:
            self.claims.search_similar_again()  # a colleague's claim may be one of them

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Switch to another catalogue: every view is rebuilt over it; the old one is closed."""
        old = self.catalogue
        self.settings.set_last_article(old.location, self.reader.article_id)
        self.indexing.stop()
        self.claims.stop_searching()
        self.clusters.stop()
        self.browse.stop_counting()
        self.suggestions.search.cancel()
        self.suggestions.search.wait()
        old_bridge, old_stack = self.bridge, self.undo_stack
        old_bridge.detach()
        old_bridge.deleteLater()
        self.undo_group.removeStack(old_stack)
        old_stack.deleteLater()
        self._give_catalogue(catalogue)
        self.articles.clear_article()
        self._connect_catalogue()
        self._look_for_orphans()
        self._update_actions()
        old.close()

    def _adopt_catalogue(self, catalogue: Catalogue) -> None:
        """A catalogue the user opened from the File menu: the window's from now on, and the
        one opened at the next start."""
        self.remember_catalogue = True
        self.set_catalogue(catalogue)

    def _on_catalogue_changed(self, change: CatalogueChange) -> None:
        self.articles.on_catalogue_changed()
        if change.tables & {"claim", "article"}:  # a claim orphaned, placed, deleted
            self._look_for_orphans()
        self._update_actions()

    def _look_for_orphans(self) -> None:
        """Whether any claim waits to be placed, for Claim › Review orphaned claims (a look at
        a small index); unchanged if the catalogue cannot be read now (a server away: the
        error shows elsewhere)."""
        if not self.catalogue_open:
            self._has_orphans = False
            return
        try:
            self._has_orphans = self.catalogue.has_orphaned_claims()
        except ClaimDeskError as error:
            log.warning("cannot look for orphaned claims: %s", error)

    def _on_server_reachable(self, reachable: bool) -> None:
        self.server_status.setVisible(not reachable)
        if reachable:
            self.statusBar().showMessage(self.tr("The team server is back."), 5000)

    # -- navigation ---------------------------------------------------------------------------

    def open_claim(self, article_id: int, claim_id: int) -> None:
        self.show_reader()
        selected = self.article_panel.select_article(article_id)
        if not selected or self.reader.article_id != article_id:
            self.articles.show_article(article_id)
        self.claims_panel.select_claim(claim_id)
        self.reader.setFocus()

    def show_articles(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.articles_dock.show()
        self.articles_dock.raise_()
        self.article_panel.view.setFocus()

    def focus_article_filter(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.articles_dock.show()
        self.article_panel.filter_edit.setFocus()
        self.article_panel.filter_edit.selectAll()

    def show_reader(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.reader.setFocus()

    def show_catalogue(self) -> None:
        self.browse.show_catalogue()

    def show_speakers(self) -> None:
        self.browse.show_speakers()

    def show_clusters(self) -> None:
        self.browse.show_clusters()

    def review_orphaned_claims(self) -> None:
        """Claim › Review orphaned claims: the Catalogue tab lists every claim not found in a
        new text of its article (its filter set to them alone), the first one chosen, so Enter
        opens it in its article to be placed with Move claim here."""
        shown = self.ctx.try_reporting(self.browse.show_orphaned_claims)
        if shown is None:
            return
        if shown:
            self.statusBar().showMessage(
                self.tr(
                    "%Ln claim(s) to place: press Enter to open one in its article, select "
                    "where it belongs and press {key}.",
                    "",
                    shown,
                ).format(key=key_in_prose("move_claim")),
                15_000,
            )
        else:  # placed meanwhile (by a colleague)
            self.statusBar().showMessage(self.tr("No claims wait to be placed."), 5000)
            self._look_for_orphans()
            self._update_actions()

    def window_state(self) -> WindowState:
        """What the actions' enabled states depend on, as the window is now."""
        return WindowState(
            has_catalogue=self.catalogue_open,
            has_article=self.reader.article_id is not None,
            has_url=self.reader.article_id is not None and bool(self.articles.shown_url),
            has_claim=self.claims_panel.current_claim_id() is not None,
            has_orphans=self.catalogue_open and self._has_orphans,
            **self._cluster_state(),
        )

    def _cluster_state(self) -> dict[str, bool]:
        """What the Clusters actions can act on: the Clusters tab's choice, if it is shown."""
        view = self.browse.shown_clusters_view() if self.catalogue_open else None
        if view is None:
            return {"on_clusters_tab": self.catalogue_open and self.browse.on_clusters_tab()}
        cluster = view.chosen_cluster()
        return {
            "on_clusters_tab": True,
            "has_cluster": cluster is not None,
            "cluster_unconfirmed": cluster is not None and not cluster.confirmed,
            "appearances_to_split": bool(view.claims_to_split()),
            "other_clusters": view.can_merge(),
        }

    def _update_actions(self) -> None:
        actions = getattr(self, "actions_", None)  # (none yet while the window is made)
        if actions is not None:
            update_enabled(actions, self.window_state())

    def _fill_recent_menu(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        recent = self.settings.recent_files
        for path in recent:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.articles.open_files([p]))
        if not recent:
            menu.addAction(self.tr("No recent files")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear the list"), self.settings.clear_recent_files)

    def find_in_article(self, step: int = 0) -> None:
        """Edit › Find (Ctrl+F) opens the find bar under the reader, or on the Catalogue and
        Speakers tabs goes to their search field; Find next (F3) and Find previous (Shift+F3)
        step through the article's hits (``step`` 1 or -1)."""
        if not step and self.browse.focus_search():
            return
        if self.reader.article_id is None:
            self.statusBar().showMessage(self.tr("Open an article to find text in it."), 5000)
            return
        self.tabs.setCurrentIndex(0)
        if step:
            self.find_bar.step(step)
        else:
            self.find_bar.open()

    # -- export and about ---------------------------------------------------------------------

    def export_csv(self) -> None:
        """File › Export claims: from the Catalogue tab the dialog starts with the claims shown
        there (its search and filters), elsewhere with every claim."""
        from claimdesk.gui.export_dialog import ExportDialog  # noqa: PLC0415

        dialog = ExportDialog(self.catalogue, self, self.browse.shown_claim_filter())
        try:
            dialog.exec()  # closed, its export is over: finished, cancelled or abandoned
        finally:
            dialog.deleteLater()  # else each export left a dialog among the window's children

    def show_keyboard_shortcuts(self) -> None:
        """Help › Keyboard shortcuts, listed from the actions themselves."""
        dialog = ShortcutsDialog(shortcut_rows(self.actions_), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def show_about(self) -> None:
        revision = self.ctx.try_reporting(self.catalogue.schema_revision) or self.tr("unknown")
        about = self.tr(
            "<h3>{app} {version}</h3>"
            "<p>Catalogue who said what: highlight quotes and claims in news articles, "
            "attribute them to speakers, find repeats.</p>"
            "<p>Catalogue: <code>{location}</code><br/>"
            "Schema version: {revision}</p>"
        )
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            about.format(
                app=APP_NAME,
                version=__version__,
                location=html.escape(self.catalogue.location),
                revision=revision,
            ),
        )

    # -- window -------------------------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        return dock

    def _set_tab_order(self) -> None:
        """Tab as the window reads: the articles on the left, the tabs and the reader (or the
        empty page's buttons) with its find bar, then the panels on the right, top to bottom.
        The browse tabs' controls come after the articles, so before the tab bar again (their
        pages are made later; Tab passes over what is hidden)."""
        empty, find, suggestions = self.empty_page, self.find_bar, self.suggestions.panel
        # The order is a ring that starts at the tab bar: Qt keeps the tab bar with the tab
        # widget (its focus proxy) where that was made, after the panels, so the rest follows it.
        set_tab_order(
            self.tabs.tabBar(),
            empty.sample_button,
            empty.paste_button,
            empty.open_button,
            empty.drop_button,
            self.reader,
            find.edit,
            find.previous_button,
            find.next_button,
            find.close_button,
            self.claims_panel,
            suggestions.look_button,
            suggestions.list,
            suggestions.accept_button,
            suggestions.reject_button,
            suggestions.show_all,
            suggestions.accept_all_button,
            suggestions.min_confidence,
            self.similar_panel.view,
            self.similar_panel.same_button,
            self.article_panel.filter_edit,
            self.article_panel.view,
        )
        # the tab bar's scroll arrows: its Left and Right keys do what they do
        for arrow in self.tabs.tabBar().findChildren(QToolButton):
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state
        self._needs_dock_sizes = state is None or not self.restoreState(state)
        self._restored_state = None if self._needs_dock_sizes else state

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # below this width the suggestions' "Accept all ≥" takes a row of its own, so that the
        # right-hand panels can leave the reader a readable line (at 1024 px it had 300 px)
        suggestions: SuggestionsController | None = getattr(self, "suggestions", None)
        if suggestions is not None:  # (not yet while the window is being built)
            suggestions.panel.set_compact(event.size().width() < COMPACT_BELOW)
            if self.isVisible():
                QTimer.singleShot(0, self, self._keep_reader_readable)  # once laid out
                if event.size().width() > event.oldSize().width() > 0:
                    QTimer.singleShot(0, self, self._widen_panels)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if not self._exposed and handle is not None:
            handle.removeEventFilter(self)  # once, however often it is shown before it is exposed
            handle.installEventFilter(self)
        if self._needs_dock_sizes:
            self._needs_dock_sizes = False
            # dock sizes apply only once the window is laid out at its real size
            QTimer.singleShot(0, self, self._default_dock_sizes)
        elif self._restored_state is not None:
            state, self._restored_state = self._restored_state, None
            # again, at the size it is shown at: restored before, the panels' widths came
            # out wrong (the reader squeezed, the right-hand column given the rest)
            self.restoreState(state)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handle = self.windowHandle()
        if (
            event.type() == QEvent.Type.Expose
            and watched is handle
            and handle is not None
            and handle.isExposed()
            and not self._exposed
        ):
            handle.removeEventFilter(self)
            self._exposed = True
            # queued from the first expose, so it runs once the window's first frame is painted
            # (and after any key already waiting)
            self._first_exposed.emit()
        return super().eventFilter(watched, event)

    def _on_first_exposed(self) -> None:
        """The window is on screen: now read what it shows beyond the list of articles."""
        if self._closed:
            return
        self._keep_reader_readable()
        if self._first_article_pending:
            self._open_first_article()
        self.indexing.start()
        self.on_screen.emit()

    def _default_dock_widths(self) -> None:
        self.resizeDocks([self.articles_dock, self.claims_dock], list(self._dock_widths()), H)

    def _dock_widths(self) -> tuple[int, int]:
        """The article list's and the right-hand panels' widths by default: shares of the
        window's width, so the reader keeps a readable line at 1024 px as at 1920."""
        width = max(self.width(), 800)
        return min(max(int(width * 0.2), 200), 360), min(max(int(width * 0.3), 300), 560)

    def _widen_panels(self) -> None:
        """The window grew: panels narrower than their default widths for its new width grow
        to them, while the reader has more room than a readable line needs (its text keeps to a
        column in the middle). The panels stayed as narrow as at the smaller size, cutting
        titles and names, while the reader's margins took the new width."""
        if (
            self._closed
            or self.tabs.currentIndex() != 0
            or self.reader.viewportMargins().left() <= 0
        ):
            return
        docks = [self.articles_dock, self.claims_dock]
        if not all(d.isVisible() and not d.isFloating() for d in docks):
            return
        wanted = [max(d.width(), w) for d, w in zip(docks, self._dock_widths(), strict=True)]
        if wanted != [d.width() for d in docks]:
            self.resizeDocks(docks, wanted, H)

    def _keep_reader_readable(self) -> None:
        """The panels' default widths again if the reader has less than :data:`READER_SHARE`
        of the window (on the Reader tab: the others have the whole width)."""
        if self._closed or self.tabs.currentIndex() != 0 or not self.isVisible():
            return
        if self.tabs.width() < READER_SHARE * self.width():
            self._default_dock_widths()  # the heights the user gave the panels stay

    def _default_dock_sizes(self) -> None:
        self._default_dock_widths()
        height = max(self.height(), 500)
        self.resizeDocks(
            [self.claims_dock, self.suggestions.dock, self.similar_dock],
            # the suggestions are what a user works through first: they get the largest share
            [int(height * 0.3), int(height * 0.4), int(height * 0.3)],
            Qt.Orientation.Vertical,
        )

    def _on_tab_changed(self, index: int) -> None:
        """The article-side panels belong to the Reader: the Catalogue and Speakers tabs get the
        full width, and the panels come back as they were with the Reader."""
        self.browse.fill(index)
        self._update_actions()
        if index != 0 and not self._docks_put_away:
            self._docks_put_away = [
                d for d in self.article_docks if d.isVisible() and not d.isFloating()
            ]
            for dock in self._docks_put_away:
                dock.hide()
        elif index == 0:
            docks, self._docks_put_away = self._docks_put_away, []
            for dock in docks:
                dock.show()

    def save_layout(self) -> None:
        if self._docks_put_away:  # save the Reader's layout, not the browse tabs' one
            self.tabs.setCurrentIndex(0)
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        if self.catalogue_open:
            self.settings.set_last_article(self.catalogue.location, self.reader.article_id)
        self.settings.sync()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            # let the drag finish before a dialog opens
            QTimer.singleShot(0, self, lambda: self.articles.open_files(files))
        else:
            super().dropEvent(event)

    @property
    def closed(self) -> bool:
        """Whether the window was closed (the user may close it while its catalogue opens)."""
        return self._closed

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed and not self.catalogue_open:
            # closed while its catalogue opens: the startup closes that once it is open
            self._closed = True
        elif not self._closed:
            self._closed = True
            self.charts.close_all()  # windows of their own: the app ends with this one
            self.save_layout()
            self.indexing.stop()
            self.claims.stop_searching()
            self.clusters.stop()
            self.browse.stop_counting()
            self.suggestions.search.cancel()
            self.suggestions.search.wait()
            self.articles.stop_background_work()
            self.undo_stack.runner.pool.waitForDone()  # an edit still committing off the thread
            self.bridge.detach()
            self.catalogue.index.save_cache()  # claims added this session need no re-adding
            self.catalogue.close()
            log.info("closed the catalogue %s", self.catalogue.location)
            super().closeEvent(event)
            if event.isAccepted():
                self._quiet_for_destruction()
            return
        super().closeEvent(event)

    def _quiet_for_destruction(self) -> None:
        """Block the signals of everything in the closed window. Tearing a widget tree down
        makes Qt emit signals as it goes (a tab widget losing its pages says its current tab
        changed, selection models say their current row changed); a Python slot run then
        meets widgets already half destroyed, which crashed the test runs now and then. The
        window has closed its catalogue and stopped its workers: nothing is left for the
        signals to do. (``destroyed`` is still emitted: Qt ignores blocking for it.)"""
        for child in self.findChildren(QObject):
            child.blockSignals(True)
        self.blockSignals(True)
