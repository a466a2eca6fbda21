"""The main window's actions, menus and toolbar, with their shortcuts in one table.

Actions that automation finds by name (``actionAttribute``, ``actionUndo``, …) get that object
name and the same accessible name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

from claimdesk.gui.suggestions import SuggestionsController

if TYPE_CHECKING:
    from claimdesk.gui.main_window import MainWindow

Shortcut = str | QKeySequence.StandardKey


@dataclass
class WindowActions:
    paste_article: QAction
    open_file: QAction
    import_folder: QAction
    recent_menu: QMenu
    new_catalogue: QAction
    open_catalogue: QAction
    connect_team: QAction
    copy_catalogue: QAction
    export_csv: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find_article: QAction
    attribute: QAction
    attribute_exact: QAction
    reattribute: QAction
    edit_claim: QAction
    delete_claims: QAction
    link_same: QAction
    next_suggestion: QAction
    previous_suggestion: QAction
    accept_suggestions: QAction
    show_articles: QAction
    show_reader: QAction
    show_catalogue: QAction
    show_speakers: QAction
    about: QAction


def _make(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcuts: tuple[Shortcut, ...] = (),
    *,
    name: str = "",
    icon: QStyle.StandardPixmap | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    if name:
        action.setObjectName(name)
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip or text.replace('&', '').rstrip('…')} ({shown})" if shown else tip)
    action.setStatusTip(tip or text.replace("&", "").rstrip("…"))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _undo_action(group: QUndoGroup, window: MainWindow, redo: bool) -> QAction:
    if redo:
        action = group.createRedoAction(window, "&Redo")
        action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        action.setObjectName("actionRedo")
        action.setIcon(
            QIcon.fromTheme("edit-redo", window.style().standardIcon(_SP.SP_ArrowForward))
        )
    else:
        action = group.createUndoAction(window, "&Undo")
        action.setShortcut(QKeySequence("Ctrl+Z"))
        action.setObjectName("actionUndo")
        action.setIcon(QIcon.fromTheme("edit-undo", window.style().standardIcon(_SP.SP_ArrowBack)))
    # The menu entry names the edit ("Undo Attribute “…”"); the toolbar button stays short. The
    # undo group keeps updating text(), which the tooltip follows, but not an explicit iconText.
    action.setIconText("Redo" if redo else "Undo")
    action.changed.connect(lambda: action.setToolTip(action.text().replace("&", "")))
    return action


_SP = QStyle.StandardPixmap


def build_actions(window: MainWindow, group: QUndoGroup) -> WindowActions:
    w = window
    w.suggestions = SuggestionsController(w)
    w.tabifyDockWidget(w.similar_dock, w.suggestions.dock)
    w.similar_dock.raise_()
    actions = WindowActions(
        paste_article=_make(
            w,
            "&Paste article",
            w.paste_article,
            ("Ctrl+Shift+V",),
            name="actionPasteArticle",
            icon=_SP.SP_FileIcon,
            tip="New article from the text on the clipboard",
        ),
        open_file=_make(
            w,
            "&Open…",
            w.open_file_dialog,
            ("Ctrl+O",),
            name="actionOpen",
            icon=_SP.SP_DialogOpenButton,
            tip="Open or import article files (text, web page, Word, PDF, ODT, RTF)",
        ),
        import_folder=_make(
            w,
            "&Import folder…",
            w.import_folder_dialog,
            ("Ctrl+Shift+I",),
            name="actionImportFolder",
            tip="Import every article file in a folder and its subfolders",
        ),
        recent_menu=QMenu("Open &recent", w),
        new_catalogue=_make(w, "&New catalogue…", w.new_catalogue_dialog, ("Ctrl+Shift+N",)),
        open_catalogue=_make(w, "Open &catalogue…", w.open_catalogue_dialog, ("Ctrl+Shift+O",)),
        connect_team=_make(
            w,
            "Connect to &team catalogue…",
            w.connect_team_catalogue_dialog,
            (),
            tip="Open a catalogue shared on a PostgreSQL server",
        ),
        copy_catalogue=_make(
            w,
            "Co&py catalogue to…",
            w.copy_catalogue_dialog,
            (),
            tip="Copy this catalogue into a new file or an empty team catalogue, ids kept",
        ),
        export_csv=_make(
            w,
            "&Export CSV…",
            w.export_csv,
            ("Ctrl+E",),
            name="actionExportCsv",
            icon=_SP.SP_DialogSaveButton,
            tip="Export claims as CSV",
        ),
        quit=_make(w, "&Quit", w.close, ("Ctrl+Q",)),
        undo=_undo_action(group, w, redo=False),
        redo=_undo_action(group, w, redo=True),
        find_article=_make(w, "&Find article", w.focus_article_filter, ("Ctrl+F",)),
        attribute=_make(
            w,
            "&Attribute…",
            w.attribute_selection,
            ("Ctrl+Return", "Ctrl+Enter"),
            name="actionAttribute",
            icon=_SP.SP_DialogApplyButton,
            tip="Attribute the selected text to a speaker",
        ),
        attribute_exact=_make(
            w,
            "Attribute e&xactly as selected…",
            lambda: w.attribute_selection(snap=False),
            ("Ctrl+Alt+Return", "Ctrl+Alt+Enter"),
            tip="Attribute the selection without snapping to whole words",
        ),
        reattribute=_make(w, "&Re-attribute…", w.reattribute_claim, ("Ctrl+R",)),
        edit_claim=_make(w, "&Edit claim…", w.edit_claim, ("F2",)),
        delete_claims=_make(w, "&Delete claim", w.delete_selected_claims, ("Delete",)),
        link_same=_make(
            w,
            "Mark as &same claim",
            w.link_same_claim,
            ("Ctrl+L",),
            tip="Link the chosen claim to the selected similar claim",
        ),
        next_suggestion=_make(
            w,
            "&Next suggestion",
            lambda: w.suggestions.go(1),
            ("F8",),
            name="actionNextSuggestion",
            tip="Go to the next suggested attribution (Enter accepts it, Delete rejects it)",
        ),
        previous_suggestion=_make(
            w,
            "&Previous suggestion",
            lambda: w.suggestions.go(-1),
            ("Shift+F8",),
            name="actionPreviousSuggestion",
        ),
        accept_suggestions=_make(
            w,
            "Accept all suggestions &above…",
            w.accept_suggestions_above,
            name="actionAcceptSuggestions",
            tip="Accept every suggested attribution at or above a confidence",
        ),
        show_articles=_make(w, "&Articles", w.show_articles, ("Ctrl+1",)),
        show_reader=_make(w, "&Reader", w.show_reader, ("Ctrl+2",)),
        show_catalogue=_make(w, "&Catalogue", w.show_catalogue, ("Ctrl+3",)),
        show_speakers=_make(w, "&Speakers", w.show_speakers, ("Ctrl+4",)),
        about=_make(w, "&About ClaimDesk", w.show_about),
    )
    # Delete belongs to the claims panel; elsewhere the key keeps its usual meaning
    actions.delete_claims.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    w.claims_panel.addAction(actions.delete_claims)
    return actions


def build_menus(window: MainWindow, a: WindowActions) -> QToolBar:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([a.paste_article, a.open_file, a.import_folder])
    file_menu.addMenu(a.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([a.new_catalogue, a.open_catalogue, a.connect_team, a.copy_catalogue])
    file_menu.addSeparator()
    file_menu.addAction(a.export_csv)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit_menu = bar.addMenu("&Edit")
    edit_menu.addActions([a.undo, a.redo])
    edit_menu.addSeparator()
    edit_menu.addAction(a.find_article)
    view_menu = bar.addMenu("&View")
    view_menu.setObjectName("menuView")
    view_menu.addActions([a.show_articles, a.show_reader, a.show_catalogue, a.show_speakers])
    view_menu.addSeparator()
    claim_menu = bar.addMenu("&Claim")
    claim_menu.addActions([a.attribute, a.attribute_exact])
    claim_menu.addSeparator()
    claim_menu.addActions([a.reattribute, a.edit_claim, a.delete_claims])
    claim_menu.addSeparator()
    claim_menu.addAction(a.link_same)
    claim_menu.addSeparator()
    claim_menu.addActions([a.next_suggestion, a.previous_suggestion, a.accept_suggestions])
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(a.about)

    toolbar = QToolBar("Main toolbar", window)
    toolbar.setObjectName("mainToolBar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([a.paste_article, a.open_file])
    toolbar.addSeparator()
    toolbar.addAction(a.attribute)
    toolbar.addSeparator()
    toolbar.addActions([a.undo, a.redo])
    toolbar.addSeparator()
    toolbar.addAction(a.export_csv)
    window.addToolBar(toolbar)
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if action.objectName() and button is not None:
            button.setObjectName(f"button{action.objectName().removeprefix('action')}")
            button.setAccessibleName(action.objectName())
    view_menu.addAction(toolbar.toggleViewAction())
    view_menu.addAction(window.suggestions.dock.toggleViewAction())
    window.view_menu = view_menu
    return toolbar


SHORTCUTS = (
    ("Ctrl+Shift+V", "New article from the clipboard"),
    ("Ctrl+O", "Open or import article files (several at once go in as a batch)"),
    ("Ctrl+Shift+I", "Import a folder of articles"),
    ("Ctrl+Shift+N / Ctrl+Shift+O", "New / open catalogue"),
    ("Ctrl+E", "Export claims as CSV"),
    ("Ctrl+Enter", "Attribute the selection (snapped to whole words)"),
    ("Ctrl+Alt+Enter", "Attribute the selection exactly as selected"),
    ("Ctrl+R", "Re-attribute the chosen claim"),
    ("F2 / Enter in the claims panel", "Edit the chosen claim (speaker, kind, tags, note)"),
    ("Delete in the claims panel", "Delete the selected claims"),
    ("Ctrl+L", "Mark the chosen claim as the same as the selected similar claim"),
    ("F8 / Shift+F8", "Next / previous suggested attribution"),
    ("Enter / Delete in the suggestions panel", "Accept / reject the suggestion"),
    ("Ctrl+Z", "Undo"),
    ("Ctrl+Shift+Z, Ctrl+Y", "Redo"),
    ("Ctrl+F", "Filter the article list"),
    ("Ctrl+1 … Ctrl+4", "Articles, Reader, Catalogue, Speakers"),
    ("Ctrl+Q", "Quit"),
)
"""(keys, what they do): the table the README and Help show."""
