"""The main window's actions as data: one table declares each action once (id, text, shortcuts,
handler, when it is enabled, where it appears); the menus, the toolbar, the enabled states and the
Help › Keyboard shortcuts page are all built from it.

Actions that automation finds by name get the object name ``action`` + the id in CamelCase
(``attribute`` → ``actionAttribute``) and the same accessible name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from claimdesk.gui.commands import WindowCommands

Shortcut = str | QKeySequence.StandardKey
NATIVE = QKeySequence.SequenceFormat.NativeText
_SP = QStyle.StandardPixmap


class Needs(Enum):
    """What must be there for an action to be enabled."""

    NOTHING = "nothing"
    ARTICLE = "an article in the reader"
    CLAIM = "a chosen claim"


@dataclass(frozen=True, slots=True)
class ActionDef:
    """One action of the main window."""

    id: str
    text: str
    run: Callable[[WindowCommands], object] | None
    """None for Undo and Redo, which the undo group makes (they follow the active stack)."""
    keys: tuple[Shortcut, ...] = ()
    tip: str = ""
    """Status tip, tooltip and the Help page's description (default: the text)."""
    icon: QStyle.StandardPixmap | None = None
    needs: Needs = Needs.NOTHING
    panel_only: str = ""
    """The attribute name of the window's panel the shortcut is confined to (a key in PANELS,
    e.g. Delete in the claims panel); empty for a window-wide shortcut."""

    @property
    def object_name(self) -> str:
        return "action" + "".join(part.capitalize() for part in self.id.split("_"))

    @property
    def description(self) -> str:
        return self.tip or self.text.replace("&", "").rstrip("…")


@dataclass(frozen=True, slots=True)
class KeyHint:
    """A key a widget handles itself (not an action), listed on the Help page."""

    keys: str
    description: str
    where: str


PANELS = {"claims_panel": "Claims in this article"}
"""Panels an action's shortcut may be confined to, with the name the user sees."""


def _accept_all(w: WindowCommands) -> object:
    return w.accept_suggestions_above()


ACTIONS: tuple[ActionDef, ...] = (
    # -- File
    ActionDef(
        "paste_article",
        "&Paste article",
        lambda w: w.paste_article(),
        ("Ctrl+Shift+V",),
        "New article from the text on the clipboard",
        _SP.SP_FileIcon,
    ),
    ActionDef(
        "open",
        "&Open…",
        lambda w: w.open_file_dialog(),
        ("Ctrl+O",),
        "Open or import article files (text, web page, Word, PDF, ODT, RTF, Markdown)",
        _SP.SP_DialogOpenButton,
    ),
    ActionDef(
        "open_url",
        "Open &URL…",
        lambda w: w.open_url_dialog(),
        (),
        "Fetch a web page by its address and import its article (a copy of the page is kept)",
    ),
    ActionDef(
        "import_folder",
        "&Import folder…",
        lambda w: w.import_folder_dialog(),
        ("Ctrl+Shift+I",),
        "Import every article file in a folder and its subfolders",
    ),
    ActionDef(
        "new_catalogue",
        "&New catalogue…",
        lambda w: w.new_catalogue_dialog(),
        ("Ctrl+Shift+N",),
        "Create a new catalogue file and switch to it",
    ),
    ActionDef(
        "open_catalogue",
        "Open &catalogue…",
        lambda w: w.open_catalogue_dialog(),
        ("Ctrl+Shift+O",),
        "Open another catalogue file",
    ),
    ActionDef(
        "connect_team",
        "Connect to &team catalogue…",
        lambda w: w.connect_team_catalogue_dialog(),
        (),
        "Open a catalogue shared on a PostgreSQL server",
    ),
    ActionDef(
        "copy_catalogue",
        "Co&py catalogue to…",
        lambda w: w.copy_catalogue_dialog(),
        (),
        "Copy this catalogue into a new file or an empty team catalogue, ids kept",
    ),
    ActionDef(
        "export_csv",
        "&Export CSV…",
        lambda w: w.export_csv(),
        ("Ctrl+E",),
        "Export claims as CSV",
        _SP.SP_DialogSaveButton,
    ),
    ActionDef("quit", "&Quit", lambda w: w.close(), ("Ctrl+Q",), "Quit ClaimDesk"),
    # -- Edit
    ActionDef(
        "undo",
        "&Undo",
        None,
        ("Ctrl+Z",),
        "Undo the last edit (the Edit menu names it)",
    ),
    ActionDef(
        "redo",
        "&Redo",
        None,
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        "Redo the last undone edit",
    ),
    ActionDef(
        "find_in_article",
        "&Find…",
        lambda w: w.find_in_article(),
        ("Ctrl+F",),
        "Find text in the article (capitals, ё/е and line breaks do not matter); on the "
        "Catalogue and Speakers tabs, go to their search field",
    ),
    ActionDef(
        "find_next",
        "Find &next",
        lambda w: w.find_in_article(1),
        ("F3",),
        "Select the next hit of the search in the article",
        needs=Needs.ARTICLE,
    ),
    ActionDef(
        "find_previous",
        "Find pre&vious",
        lambda w: w.find_in_article(-1),
        ("Shift+F3",),
        "Select the previous hit of the search in the article",
        needs=Needs.ARTICLE,
    ),
    ActionDef(
        "filter_articles",
        "F&ilter articles",
        lambda w: w.focus_article_filter(),
        ("Ctrl+Shift+F",),
        "Filter the article list by title or outlet",
    ),
    # -- Article
    ActionDef(
        "edit_article",
        "&Edit details…",
        lambda w: w.edit_article_details(),
        ("Ctrl+I",),
        "Edit the title, outlet, date, URL and language of the article in the reader",
        needs=Needs.ARTICLE,
    ),
    ActionDef(
        "delete_article",
        "&Delete article…",
        lambda w: w.delete_article(),
        ("Ctrl+Shift+Delete",),
        "Delete the article in the reader with its claims (asks first; Undo brings it back)",
        needs=Needs.ARTICLE,
    ),
    # -- View
    ActionDef(
        "show_articles",
        "&Articles",
        lambda w: w.show_articles(),
        ("Ctrl+1",),
        "Go to the article list",
    ),
    ActionDef(
        "show_reader", "&Reader", lambda w: w.show_reader(), ("Ctrl+2",), "Go to the article text"
    ),
    ActionDef(
        "show_catalogue",
        "&Catalogue",
        lambda w: w.show_catalogue(),
        ("Ctrl+3",),
        "Browse, search and filter every claim in the catalogue",
    ),
    ActionDef(
        "show_speakers",
        "&Speakers",
        lambda w: w.show_speakers(),
        ("Ctrl+4",),
        "Browse speakers: edit, aliases, merge, show their claims",
    ),
    # -- Claim
    ActionDef(
        "attribute",
        "&Attribute…",
        lambda w: w.attribute_selection(),
        ("Ctrl+Return", "Ctrl+Enter"),
        "Attribute the selected text to a speaker (snapped to whole words; quote marks, commas "
        "and colons at the edges dropped)",
        _SP.SP_DialogApplyButton,
        Needs.ARTICLE,
    ),
    ActionDef(
        "attribute_exact",
        "Attribute e&xactly as selected…",
        lambda w: w.attribute_selection(snap=False),
        ("Ctrl+Alt+Return", "Ctrl+Alt+Enter"),
        "Attribute the selection exactly as selected (or hold Alt while selecting)",
        needs=Needs.ARTICLE,
    ),
    ActionDef(
        "move_claim",
        "&Move claim here",
        lambda w: w.move_claim_here(),
        ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"),
        "Move the chosen claim to the selected text (choose the claim, then select its new "
        "span); its speaker, tags, note and links stay",
        needs=Needs.ARTICLE,
    ),
    ActionDef(
        "reattribute",
        "&Re-attribute…",
        lambda w: w.reattribute_claim(),
        ("Ctrl+R",),
        "Attribute the chosen claim to another speaker",
        needs=Needs.CLAIM,
    ),
    ActionDef(
        "edit_claim",
        "&Edit claim…",
        lambda w: w.edit_claim(),
        ("F2",),
        "Edit the chosen claim: speaker, kind, tags, note",
        needs=Needs.CLAIM,
    ),
    ActionDef(
        "delete_claims",
        "&Delete claim",
        lambda w: w.delete_selected_claims(),
        ("Delete",),
        "Delete the claims selected in the claims panel",
        needs=Needs.CLAIM,
        panel_only="claims_panel",
    ),
    ActionDef(
        "link_same",
        "Mark as &same claim",
        lambda w: w.link_same_claim(),
        ("Ctrl+L",),
        "Link the chosen claim to the selected similar claim",
        needs=Needs.CLAIM,
    ),
    ActionDef(
        "next_suggestion",
        "&Next suggestion",
        lambda w: w.suggestions.go(1),
        ("F8",),
        "Go to the next suggested attribution (Enter accepts it, Delete rejects it)",
    ),
    ActionDef(
        "previous_suggestion",
        "&Previous suggestion",
        lambda w: w.suggestions.go(-1),
        ("Shift+F8",),
        "Go to the previous suggested attribution",
    ),
    ActionDef(
        "accept_suggestions",
        "Accept all suggestions &above…",
        _accept_all,
        (),
        "Accept every suggested attribution at or above a confidence, as one undo step",
    ),
    # -- Help
    ActionDef(
        "keyboard_shortcuts",
        "&Keyboard shortcuts",
        lambda w: w.show_keyboard_shortcuts(),
        ("F1",),
        "List every keyboard shortcut",
    ),
    ActionDef(
        "open_sample",
        "Try the &sample article",
        lambda w: w.open_sample_article(),
        (),
        "Add the sample article that comes with ClaimDesk (or open it) to try attributing quotes",
    ),
    ActionDef("about", "&About ClaimDesk", lambda w: w.show_about(), (), "About ClaimDesk"),
)
"""Every action of the main window."""

MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "&File",
        (
            "paste_article",
            "open",
            "open_url",
            "import_folder",
            "@recent",
            "-",
            "new_catalogue",
            "open_catalogue",
            "connect_team",
            "copy_catalogue",
            "-",
            "export_csv",
            "-",
            "quit",
        ),
    ),
    (
        "&Edit",
        (
            "undo",
            "redo",
            "-",
            "find_in_article",
            "find_next",
            "find_previous",
            "-",
            "filter_articles",
        ),
    ),
    ("&Article", ("edit_article", "-", "delete_article")),
    ("&View", ("show_articles", "show_reader", "show_catalogue", "show_speakers", "-", "@docks")),
    (
        "&Claim",
        (
            "attribute",
            "attribute_exact",
            "-",
            "move_claim",
            "reattribute",
            "edit_claim",
            "delete_claims",
            "-",
            "link_same",
            "-",
            "next_suggestion",
            "previous_suggestion",
            "accept_suggestions",
        ),
    ),
    ("&Help", ("keyboard_shortcuts", "open_sample", "-", "about")),
)
"""Menu titles and their entries by action id; "-" is a separator, "@recent" the recent-files
submenu and "@docks" the panels' show/hide entries."""

TOOLBAR = ("paste_article", "open", "-", "attribute", "-", "undo", "redo", "-", "export_csv")

KEY_HINTS: tuple[KeyHint, ...] = (
    KeyHint("Enter", "Edit the chosen claim", "Claims in this article"),
    KeyHint("Enter", "Accept the suggestion", "Suggested attributions"),
    KeyHint("Delete", "Reject the suggestion", "Suggested attributions"),
    KeyHint("Delete", "Delete the selected claims", "Catalogue"),
    KeyHint("Enter", "Open the claim in its article", "Catalogue"),
    KeyHint("Delete", "Delete the selected speaker", "Speakers"),
    KeyHint("Alt while selecting", "Keep the exact selection (no snapping)", "Reader"),
    KeyHint("Enter / Shift+Enter", "Next / previous hit", "Find bar"),
    KeyHint("Escape", "Close, keeping the hit selected (Ctrl+Enter attributes it)", "Find bar"),
    KeyHint("Up / Down, Enter", "Choose a speaker and accept", "Speaker picker"),
    KeyHint("Tab, Alt+letter", "Next field, jump to a field", "Speaker picker"),
)
"""Keys that widgets handle themselves, for the Help page."""


class WindowActions:
    """The window's QActions by id (``actions.attribute``), plus the recent-files menu."""

    def __init__(self, actions: dict[str, QAction], recent_menu: QMenu) -> None:
        self._actions = actions
        self.recent_menu = recent_menu

    def __getattr__(self, name: str) -> QAction:
        try:
            return self.__dict__["_actions"][name]  # type: ignore[no-any-return]
        except KeyError:
            raise AttributeError(name) from None

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._actions.values())

    def get(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def items(self) -> Iterator[tuple[str, QAction]]:
        return iter(self._actions.items())


def _make(
    window: QMainWindow, commands: WindowCommands, spec: ActionDef, group: QUndoGroup
) -> QAction:
    run = spec.run
    if run is None:
        action = _undo_action(window, group, redo=spec.id == "redo")
    else:
        action = QAction(spec.text, window)
        action.triggered.connect(lambda _checked=False: run(commands))
        if spec.icon is not None:
            action.setIcon(window.style().standardIcon(spec.icon))
        shown = QKeySequence(spec.keys[0]).toString(NATIVE) if spec.keys else ""
        action.setToolTip(f"{spec.description} ({shown})" if shown else spec.description)
    if spec.keys:
        action.setShortcuts([QKeySequence(k) for k in spec.keys])
    action.setObjectName(spec.object_name)
    action.setStatusTip(spec.description)
    action.setData(spec.id)
    return action


def _undo_action(window: QMainWindow, group: QUndoGroup, *, redo: bool) -> QAction:
    if redo:
        action = group.createRedoAction(window, "&Redo")
        fallback = window.style().standardIcon(_SP.SP_ArrowForward)
        action.setIcon(QIcon.fromTheme("edit-redo", fallback))
    else:
        action = group.createUndoAction(window, "&Undo")
        fallback = window.style().standardIcon(_SP.SP_ArrowBack)
        action.setIcon(QIcon.fromTheme("edit-undo", fallback))
    # The menu entry names the edit ("Undo Attribute “…”"); the toolbar button stays short. The
    # undo group keeps updating text(), which the tooltip follows, but not an explicit iconText.
    action.setIconText("Redo" if redo else "Undo")
    action.changed.connect(lambda: action.setToolTip(action.text().replace("&", "")))
    return action


def build_actions(
    window: QMainWindow, commands: WindowCommands, group: QUndoGroup
) -> WindowActions:
    """Create every action of the table as children of ``window``, running ``commands`` (the
    window itself: two views of it, so this module need not know its class)."""
    made = {spec.id: _make(window, commands, spec, group) for spec in ACTIONS}
    for spec in ACTIONS:
        if spec.panel_only:
            # the key belongs to that panel; elsewhere it keeps its usual meaning
            action = made[spec.id]
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            getattr(window, spec.panel_only).addAction(action)
    return WindowActions(made, QMenu("Open &recent", window))


def build_menus(
    window: QMainWindow, actions: WindowActions, docks: list[QAction]
) -> tuple[QToolBar, QMenu | None]:
    """The menu bar and the toolbar, from MENUS and TOOLBAR, and the View menu. ``docks`` are
    the panels' show/hide actions for the View menu."""
    bar = window.menuBar()
    view_menu: QMenu | None = None
    for title, entries in MENUS:
        menu = bar.addMenu(title)
        menu.setObjectName("menu" + title.replace("&", ""))
        for entry in entries:
            if entry == "-":
                menu.addSeparator()
            elif entry == "@recent":
                menu.addMenu(actions.recent_menu)
            elif entry == "@docks":
                menu.addActions(docks)
            else:
                menu.addAction(actions.get(entry))
        if title == "&View":
            view_menu = menu

    toolbar = QToolBar("Main toolbar", window)
    toolbar.setObjectName("mainToolBar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for entry in TOOLBAR:
        if entry == "-":
            toolbar.addSeparator()
        else:
            toolbar.addAction(actions.get(entry))
    window.addToolBar(toolbar)
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if action.objectName() and button is not None:
            button.setObjectName(f"button{action.objectName().removeprefix('action')}")
            button.setAccessibleName(action.objectName())
    if view_menu is not None:
        view_menu.addAction(toolbar.toggleViewAction())
    return toolbar, view_menu


WITHOUT_CATALOGUE = frozenset({"quit", "keyboard_shortcuts", "show_reader", "show_articles"})
"""The actions enabled while the window's catalogue is still opening: every other one reads or
changes the catalogue (or opens another while this one opens)."""


def update_enabled(
    actions: WindowActions, *, has_catalogue: bool = True, has_article: bool, has_claim: bool
) -> None:
    """Enable each action whose ``needs`` are met: without a catalogue (still opening), only
    those in WITHOUT_CATALOGUE."""
    present = {Needs.NOTHING: True, Needs.ARTICLE: has_article, Needs.CLAIM: has_claim}
    for spec in ACTIONS:
        if spec.run is None:  # Undo and Redo follow their stack (there is none yet)
            continue
        enabled = present[spec.needs] if has_catalogue else spec.id in WITHOUT_CATALOGUE
        actions.get(spec.id).setEnabled(enabled)
    actions.recent_menu.setEnabled(has_catalogue)


@dataclass(frozen=True, slots=True)
class ShortcutRow:
    keys: str
    description: str
    where: str


def _where(menu_title: str, spec: ActionDef) -> str:
    menu = menu_title.replace("&", "")
    return f"{menu}, in {PANELS[spec.panel_only]}" if spec.panel_only else menu


def _rows(keys_of: Callable[[ActionDef], list[QKeySequence]]) -> list[ShortcutRow]:
    specs = {spec.id: spec for spec in ACTIONS}
    rows: list[ShortcutRow] = []
    for title, entries in MENUS:
        for entry in entries:
            spec = specs.get(entry)
            if spec is None:
                continue
            keys = ", ".join(k.toString(NATIVE) for k in keys_of(spec))
            if keys:
                rows.append(ShortcutRow(keys, spec.description, _where(title, spec)))
    rows.extend(ShortcutRow(h.keys, h.description, h.where) for h in KEY_HINTS)
    return rows


def shortcut_rows(actions: WindowActions) -> list[ShortcutRow]:
    """Every keyboard shortcut as the window's actions have it, in menu order, then the keys
    that panels handle themselves (the Help page)."""
    return _rows(lambda spec: actions.get(spec.id).shortcuts())


def declared_shortcut_rows() -> list[ShortcutRow]:
    """The same rows from the table alone, without a window (the README's table)."""
    return _rows(lambda spec: [QKeySequence(k) for k in spec.keys])


def shortcuts_markdown() -> str:
    """The README's keyboard table."""
    lines = ["| Keys | What it does | Where |", "|---|---|---|"]
    lines += [f"| {r.keys} | {r.description} | {r.where} |" for r in declared_shortcut_rows()]
    return "\n".join(lines) + "\n"
