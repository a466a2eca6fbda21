"""The main window's actions as data: one table (ACTIONS) declares each action once — id, text,
keys, handler, help text, when it is enabled (a Condition on the window's state) and where it
appears (its menu and group, its toolbar group). The menus, the toolbar, the shortcuts, the
enabled states, the Help › Keyboard shortcuts page and the README's keyboard table
(tools/shortcuts_table.py) are all built from it, and hints that name a key read it from here
(:func:`key_in_prose`), so a key changed in the table changes everywhere.

Actions that automation finds by name get the object name ``action`` + the id in CamelCase
(``attribute`` → ``actionAttribute``) and the same accessible name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QWidget

from claimdesk.gui.commands import WindowCommands

Shortcut = str | QKeySequence.StandardKey
NATIVE = QKeySequence.SequenceFormat.NativeText
_SP = QStyle.StandardPixmap


@dataclass(frozen=True, slots=True)
class WindowState:
    """What the actions' enabled states depend on, as the window is now."""

    has_catalogue: bool
    """The catalogue is open (made without one, the window shows it opening)."""
    has_article: bool = False
    """An article is in the reader."""
    has_url: bool = False
    """The article in the reader was read from a web address."""
    has_claim: bool = False
    """A claim is chosen (its row in the claims panel, or its highlight)."""
    has_orphans: bool = False
    """Some claim of the catalogue was not found in its article's new text and waits to be
    placed."""
    on_clusters_tab: bool = False
    """The Clusters tab is shown."""
    has_cluster: bool = False
    """A cluster is chosen on the Clusters tab, which is shown."""
    cluster_unconfirmed: bool = False
    """The chosen cluster is not confirmed yet."""
    appearances_to_split: bool = False
    """Some, not all, of the chosen cluster's appearances are selected."""
    other_clusters: bool = False
    """Another cluster exists besides the chosen one."""


@dataclass(frozen=True, slots=True)
class Condition:
    """When an action is enabled: a test of the window's state, and what it asks for in words."""

    needs: str
    test: Callable[[WindowState], bool]

    def __call__(self, state: WindowState) -> bool:
        return self.test(state)


ALWAYS = Condition("nothing", lambda _state: True)
"""Enabled even while the catalogue opens (quit, help, going to the reader)."""
CATALOGUE_OPEN = Condition("an open catalogue", lambda state: state.has_catalogue)
"""The default: every other action reads or changes the catalogue."""
ARTICLE_OPEN = Condition(
    "an article in the reader", lambda state: state.has_catalogue and state.has_article
)
ARTICLE_FROM_WEB = Condition(
    "an article read from a web page in the reader",
    lambda state: state.has_catalogue and state.has_article and state.has_url,
)
CLAIM_CHOSEN = Condition("a chosen claim", lambda state: state.has_catalogue and state.has_claim)
ORPHANS_TO_REVIEW = Condition(
    "claims not found in a new text of their article",
    lambda state: state.has_catalogue and state.has_orphans,
)

CLUSTERS_SHOWN = Condition(
    "the Clusters tab", lambda state: state.has_catalogue and state.on_clusters_tab
)
CLUSTER_CHOSEN = Condition(
    "a cluster chosen on the Clusters tab",
    lambda state: state.has_catalogue and state.on_clusters_tab and state.has_cluster,
)
CLUSTER_TO_CONFIRM = Condition(
    "an unconfirmed cluster chosen on the Clusters tab",
    lambda state: CLUSTER_CHOSEN(state) and state.cluster_unconfirmed,
)
APPEARANCES_TO_SPLIT = Condition(
    "some, not all, appearances of the chosen cluster selected",
    lambda state: CLUSTER_CHOSEN(state) and state.appearances_to_split,
)
CLUSTERS_TO_MERGE = Condition(
    "a chosen cluster and another cluster",
    lambda state: CLUSTER_CHOSEN(state) and state.other_clusters,
)


@dataclass(frozen=True, slots=True)
class ActionDef:
    """One action of the main window: everything about it, declared once."""

    id: str
    text: str
    """The menu text, with its Alt letter after ``&``."""
    run: Callable[[WindowCommands], object] | None
    """None for Undo and Redo, which the undo group makes (they follow the active stack)."""
    keys: tuple[Shortcut, ...] = ()
    tip: str = ""
    """The help text: status tip, tooltip and the Help page's description (default: the text)."""
    icon: QStyle.StandardPixmap | None = None
    enabled_when: Condition = CATALOGUE_OPEN
    menu: str = ""
    """The menu it is in (a key of MENU_TITLES)."""
    group: int = 1
    """Its group in that menu: a separator comes between groups, which follow in number order."""
    toolbar: str = ""
    """Its group on the toolbar (one of TOOLBAR_GROUPS), or empty when it is not there."""
    panel_only: str = ""
    """The panel the shortcut is confined to (a key of PANELS, e.g. Delete in the claims
    panel); empty for a window-wide shortcut."""

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


ACTIONS: tuple[ActionDef, ...] = (
    # -- File
    ActionDef(
        "paste_article",
        "&Paste article",
        lambda w: w.articles.paste_article(),
        ("Ctrl+Shift+V",),
        "New article from the text on the clipboard",
        _SP.SP_FileIcon,
        menu="file",
        toolbar="new",
    ),
    ActionDef(
        "open",
        "&Open…",
        lambda w: w.articles.open_file_dialog(),
        ("Ctrl+O",),
        "Open or import article files (text, web page, Word, PDF, ODT, RTF, Markdown)",
        _SP.SP_DialogOpenButton,
        menu="file",
        toolbar="new",
    ),
    ActionDef(
        "open_url",
        "Open &URL…",
        lambda w: w.articles.open_url_dialog(),
        ("Ctrl+Shift+L",),
        "Fetch a web page by its address and import its article",
        menu="file",
    ),
    ActionDef(
        "import_folder",
        "&Import folder…",
        lambda w: w.articles.import_folder_dialog(),
        ("Ctrl+Shift+I",),
        "Import every article file in a folder and its subfolders",
        menu="file",
    ),
    ActionDef(
        "import_annotations",
        "Import &annotations…",
        lambda w: w.exchange.import_annotations_dialog(),
        (),
        "Store the W3C Web Annotations of a file (from ClaimDesk or another annotation tool) as "
        "claims on the articles they name, in one undo step",
        menu="file",
    ),
    ActionDef(
        "import_qdpx",
        "Import REFI-QDA pro&ject…",
        lambda w: w.exchange.import_qdpx_dialog(),
        (),
        "Store a REFI-QDA project (.qdpx, from QualCoder, NVivo, ATLAS.ti or MAXQDA): its texts "
        "as articles, its coded selections as claims, in one undo step",
        menu="file",
    ),
    ActionDef(
        "new_catalogue",
        "&New catalogue…",
        lambda w: w.catalogues.new_catalogue_dialog(),
        ("Ctrl+Shift+N",),
        "Create a new catalogue file and switch to it",
        menu="file",
        group=2,
    ),
    ActionDef(
        "open_catalogue",
        "Open &catalogue…",
        lambda w: w.catalogues.open_catalogue_dialog(),
        ("Ctrl+Shift+O",),
        "Open another catalogue file",
        menu="file",
        group=2,
    ),
    ActionDef(
        "connect_team",
        "Connect to &team catalogue…",
        lambda w: w.catalogues.connect_team_catalogue_dialog(),
        (),
        "Open a catalogue shared on a PostgreSQL server",
        menu="file",
        group=2,
    ),
    ActionDef(
        "copy_catalogue",
        "Co&py catalogue to…",
        lambda w: w.catalogues.copy_catalogue_dialog(),
        (),
        "Copy this catalogue into a new file or an empty team catalogue, ids kept",
        menu="file",
        group=2,
    ),
    ActionDef(
        "export_csv",
        "&Export claims…",
        lambda w: w.export_csv(),
        ("Ctrl+E",),
        "Export claims as CSV",
        _SP.SP_DialogSaveButton,
        menu="file",
        group=3,
        toolbar="export",
    ),
    ActionDef(
        "quit",
        "&Quit",
        lambda w: w.close(),
        ("Ctrl+Q",),
        "Quit ClaimDesk",
        menu="file",
        group=4,
        enabled_when=ALWAYS,
    ),
    # -- Edit
    ActionDef(
        "undo",
        "&Undo",
        None,
        ("Ctrl+Z",),
        "Undo the last edit (the Edit menu names it)",
        menu="edit",
        toolbar="undo",
    ),
    ActionDef(
        "redo",
        "&Redo",
        None,
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        "Redo the last undone edit",
        menu="edit",
        toolbar="undo",
    ),
    ActionDef(
        "find_in_article",
        "&Find…",
        lambda w: w.find_in_article(),
        ("Ctrl+F",),
        "Find text in the article (capitals, ё/е and line breaks do not matter); on the "
        "Catalogue and Speakers tabs, go to their search field",
        menu="edit",
        group=2,
    ),
    ActionDef(
        "find_next",
        "Find &next",
        lambda w: w.find_in_article(1),
        ("F3",),
        "Select the next hit of the search in the article",
        enabled_when=ARTICLE_OPEN,
        menu="edit",
        group=2,
    ),
    ActionDef(
        "find_previous",
        "Find pre&vious",
        lambda w: w.find_in_article(-1),
        ("Shift+F3",),
        "Select the previous hit of the search in the article",
        enabled_when=ARTICLE_OPEN,
        menu="edit",
        group=2,
    ),
    ActionDef(
        "filter_articles",
        "F&ilter articles",
        lambda w: w.focus_article_filter(),
        ("Ctrl+Shift+F",),
        "Filter the article list by title or outlet",
        menu="edit",
        group=3,
    ),
    # -- Article
    ActionDef(
        "edit_article",
        "&Edit details…",
        lambda w: w.articles.edit_article_details(),
        ("Ctrl+I",),
        "Edit the title, outlet, date, URL and language of the article in the reader",
        enabled_when=ARTICLE_OPEN,
        menu="article",
    ),
    ActionDef(
        "edit_text",
        "Edit &text…",
        lambda w: w.versions.edit_article_text(),
        ("Ctrl+Shift+T",),
        "Correct the text of the article in the reader: saved as a new version, its claims "
        "follow their words (Undo gives the old text back)",
        enabled_when=ARTICLE_OPEN,
        menu="article",
    ),
    ActionDef(
        "check_newer_version",
        "Check for a &newer version",
        lambda w: w.versions.check_newer_version(),
        (),
        "Fetch the web page of the article in the reader again; if its article has changed, "
        "offer to store it as the next version (its claims follow their words)",
        enabled_when=ARTICLE_FROM_WEB,
        menu="article",
    ),
    ActionDef(
        "article_versions",
        "&Versions…",
        lambda w: w.versions.show_versions(),
        ("Ctrl+Shift+H",),
        "List the versions of the article's text and what changed between them",
        enabled_when=ARTICLE_OPEN,
        menu="article",
    ),
    ActionDef(
        "delete_article",
        "&Delete article…",
        lambda w: w.articles.delete_article(),
        ("Ctrl+Shift+Delete",),
        "Delete the article in the reader with its claims (asks first; Undo brings it back)",
        enabled_when=ARTICLE_OPEN,
        menu="article",
        group=2,
    ),
    # -- View
    ActionDef(
        "show_articles",
        "&Articles",
        lambda w: w.show_articles(),
        ("Ctrl+1",),
        "Go to the article list",
        menu="view",
        enabled_when=ALWAYS,
    ),
    ActionDef(
        "show_reader",
        "&Reader",
        lambda w: w.show_reader(),
        ("Ctrl+2",),
        "Go to the article text",
        menu="view",
        enabled_when=ALWAYS,
    ),
    ActionDef(
        "show_catalogue",
        "&Catalogue",
        lambda w: w.show_catalogue(),
        ("Ctrl+3",),
        "Browse, search and filter every claim in the catalogue",
        menu="view",
    ),
    ActionDef(
        "show_speakers",
        "&Speakers",
        lambda w: w.show_speakers(),
        ("Ctrl+4",),
        "Browse speakers: edit, aliases, merge, show their claims",
        menu="view",
    ),
    ActionDef(
        "show_clusters",
        "C&lusters",
        lambda w: w.show_clusters(),
        ("Ctrl+5",),
        "Claim clusters (the same claim across articles) and their verdicts",
        menu="view",
    ),
    ActionDef(
        "show_statistics",
        "S&tatistics…",
        lambda w: w.charts.show_statistics(),
        (),
        "Claims per speaker, outlet, tag, kind and month, as tables and bar charts",
        menu="view",
        group=3,
    ),
    ActionDef(
        "speaker_profile",
        "Speaker pro&file…",
        lambda w: w.charts.show_speaker_profile(),
        (),
        "The profile of the speaker chosen on the Speakers tab: every claim, clusters, first "
        "and last appearance, outlets, tags and a timeline",
        menu="view",
        group=3,
    ),
    # -- Claim
    ActionDef(
        "attribute",
        "&Attribute…",
        lambda w: w.claims.attribute_selection(),
        ("Ctrl+Return", "Ctrl+Enter"),
        "Attribute the selected text to a speaker (snapped to whole words; quote marks, commas "
        "and colons at the edges dropped)",
        _SP.SP_DialogApplyButton,
        enabled_when=ARTICLE_OPEN,
        menu="claim",
        toolbar="claim",
    ),
    ActionDef(
        "attribute_exact",
        "Attribute e&xactly as selected…",
        lambda w: w.claims.attribute_selection(snap=False),
        ("Ctrl+Alt+Return", "Ctrl+Alt+Enter"),
        "Attribute the selection exactly as selected (or hold Alt while selecting)",
        enabled_when=ARTICLE_OPEN,
        menu="claim",
    ),
    ActionDef(
        "move_claim",
        "&Move claim here",
        lambda w: w.claims.move_claim_here(),
        ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"),
        "Move the chosen claim to the selected text (choose the claim, then select its new "
        "span); its speaker, tags, note and links stay. A claim not found in a new text of "
        "its article is placed there",
        enabled_when=ARTICLE_OPEN,
        menu="claim",
        group=2,
    ),
    ActionDef(
        "review_orphans",
        "Re&view orphaned claims",
        lambda w: w.review_orphaned_claims(),
        (),
        "List every claim not found in a new text of its article, on the Catalogue tab: open "
        "one (Enter), select where it belongs and use Move claim here; placed, it leaves the list",
        enabled_when=ORPHANS_TO_REVIEW,
        menu="claim",
        group=2,
    ),
    ActionDef(
        "reattribute",
        "&Re-attribute…",
        lambda w: w.claims.reattribute_claim(),
        ("Ctrl+R",),
        "Attribute the chosen claim to another speaker",
        enabled_when=CLAIM_CHOSEN,
        menu="claim",
        group=2,
    ),
    ActionDef(
        "edit_claim",
        "&Edit claim…",
        lambda w: w.claims.edit_claim(),
        ("F2",),
        "Edit the chosen claim: speaker, kind, tags, note",
        enabled_when=CLAIM_CHOSEN,
        menu="claim",
        group=2,
    ),
    ActionDef(
        "delete_claims",
        "&Delete claim",
        lambda w: w.claims.delete_selected_claims(),
        ("Delete",),
        "Delete the claims selected in the claims panel",
        enabled_when=CLAIM_CHOSEN,
        panel_only="claims_panel",
        menu="claim",
        group=2,
    ),
    ActionDef(
        "link_same",
        "Mark as &same claim",
        lambda w: w.claims.link_same_claim(),
        ("Ctrl+L",),
        "Link the chosen claim to the selected similar claim",
        enabled_when=CLAIM_CHOSEN,
        menu="claim",
        group=3,
    ),
    ActionDef(
        "next_suggestion",
        "&Next suggestion",
        lambda w: w.suggestions.go(1),
        ("F8",),
        "Go to the next suggested attribution (Enter accepts it, Delete rejects it)",
        menu="claim",
        group=4,
    ),
    ActionDef(
        "previous_suggestion",
        "&Previous suggestion",
        lambda w: w.suggestions.go(-1),
        ("Shift+F8",),
        "Go to the previous suggested attribution",
        menu="claim",
        group=4,
    ),
    ActionDef(
        "accept_suggestions",
        "Accept all suggestions &above…",
        lambda w: w.suggestions.accept_suggestions_above(),
        (),
        "Accept every suggested attribution at or above a confidence, as one undo step",
        menu="claim",
        group=4,
    ),
    # -- Clusters (on the Clusters tab; its buttons are these actions)
    ActionDef(
        "edit_verdict",
        "Edit &verdict…",
        lambda w: w.clusters.edit_verdict(),
        (),
        "Give the chosen cluster a verdict: status, explanation, fact-check address, reviewer, "
        "date",
        enabled_when=CLUSTER_CHOSEN,
        menu="clusters",
    ),
    ActionDef(
        "confirm_cluster",
        "&Confirm cluster",
        lambda w: w.clusters.confirm_cluster(),
        (),
        "Mark the chosen cluster's claims as checked: the same claim",
        enabled_when=CLUSTER_TO_CONFIRM,
        menu="clusters",
    ),
    ActionDef(
        "split_cluster",
        "&Split off selected",
        lambda w: w.clusters.split_cluster(),
        (),
        "Take the selected appearances out of the chosen cluster into a new cluster",
        enabled_when=APPEARANCES_TO_SPLIT,
        menu="clusters",
    ),
    ActionDef(
        "merge_cluster",
        "&Merge into…",
        lambda w: w.clusters.merge_cluster(),
        (),
        "Merge the chosen cluster into another cluster you choose",
        enabled_when=CLUSTERS_TO_MERGE,
        menu="clusters",
    ),
    ActionDef(
        "export_claim_review",
        "Export Claim&Review…",
        lambda w: w.clusters.export_claim_review(),
        (),
        "Save the chosen cluster's verdict as a schema.org ClaimReview (JSON-LD) file",
        enabled_when=CLUSTER_CHOSEN,
        menu="clusters",
        group=2,
    ),
    ActionDef(
        "cluster_timeline",
        "&Timeline…",
        lambda w: w.charts.show_cluster_timeline(),
        (),
        "The chosen cluster's appearances over time, by outlet or by speaker (PNG and SVG)",
        enabled_when=CLUSTER_CHOSEN,
        menu="clusters",
        group=2,
    ),
    ActionDef(
        "gather_clusters",
        "&Gather clusters",
        lambda w: w.clusters.gather_clusters(),
        (),
        "Put the claims linked as the same claim, and those that almost certainly say the same, "
        "into clusters (claims already placed stay)",
        menu="clusters",
        group=3,
    ),
    ActionDef(
        "gather_linked_clusters",
        "Gather &linked claims only",
        lambda w: w.clusters.gather_linked_clusters(),
        (),
        "Put the claims linked as the same claim into clusters, at once (no search for claims "
        "that almost certainly say the same)",
        menu="clusters",
        group=3,
    ),
    ActionDef(
        "verdict_labels",
        "Verdict la&bels…",
        lambda w: w.clusters.edit_verdict_labels(),
        (),
        "Rename the verdict statuses, add the desk's own and put them in order",
        menu="clusters",
        group=4,
    ),
    # -- Help
    ActionDef(
        "keyboard_shortcuts",
        "&Keyboard shortcuts",
        lambda w: w.show_keyboard_shortcuts(),
        ("F1",),
        "List every keyboard shortcut",
        menu="help",
        enabled_when=ALWAYS,
    ),
    ActionDef(
        "open_sample",
        "Try the &sample article",
        lambda w: w.articles.open_sample_article(),
        (),
        "Add the sample article that comes with ClaimDesk (or open it) to try attributing quotes",
        menu="help",
    ),
    ActionDef(
        "about",
        "&About ClaimDesk",
        lambda w: w.show_about(),
        (),
        "About ClaimDesk",
        menu="help",
        group=2,
    ),
)
"""Every action of the main window."""

_BY_ID = {spec.id: spec for spec in ACTIONS}

MENU_TITLES = {
    "file": "&File",
    "edit": "&Edit",
    "article": "&Article",
    "view": "&View",
    "claim": "&Claim",
    "clusters": "Cl&usters",
    "help": "&Help",
}
"""The menu bar, in order: each action's ``menu`` is one of these keys."""

MENU_SLOTS = {("file", 1): "@recent", ("view", 2): "@docks"}
"""What ends a menu's group besides actions: "@recent" the recent-files submenu, "@docks" the
panels' show/hide entries."""

TOOLBAR_GROUPS = ("new", "claim", "undo", "export")
"""The toolbar's groups in order (separators between them); each action's ``toolbar`` is one."""


def _menu_entries(menu: str) -> tuple[str, ...]:
    groups = sorted(
        {spec.group for spec in ACTIONS if spec.menu == menu}
        | {group for (slot_menu, group) in MENU_SLOTS if slot_menu == menu}
    )
    entries: list[str] = []
    for group in groups:
        if entries:
            entries.append("-")
        entries += [spec.id for spec in ACTIONS if spec.menu == menu and spec.group == group]
        slot = MENU_SLOTS.get((menu, group))
        if slot is not None:
            entries.append(slot)
    return tuple(entries)


def _toolbar_entries() -> tuple[str, ...]:
    entries: list[str] = []
    for group in TOOLBAR_GROUPS:
        if entries:
            entries.append("-")
        entries += [spec.id for spec in ACTIONS if spec.toolbar == group]
    return tuple(entries)


MENUS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (title, _menu_entries(menu)) for menu, title in MENU_TITLES.items()
)
"""Menu titles and their entries by action id, as the table places them; "-" is a separator,
"@recent" and "@docks" the slots of MENU_SLOTS."""

TOOLBAR = _toolbar_entries()
"""The toolbar's entries by action id, as the table places them; "-" is a separator."""

KEY_HINTS: tuple[KeyHint, ...] = (
    KeyHint("Enter", "Edit the chosen claim", "Claims in this article"),
    KeyHint("Enter", "Accept the suggestion", "Suggested attributions"),
    KeyHint("Delete", "Reject the suggestion", "Suggested attributions"),
    KeyHint("Delete", "Delete the selected claims", "Catalogue"),
    KeyHint("Enter", "Open the claim in its article", "Catalogue"),
    KeyHint("Delete", "Delete the selected speaker", "Speakers"),
    KeyHint("Enter", "Open the appearance in its article", "Clusters"),
    KeyHint(
        "Ctrl+click, Shift+Up / Down",
        "Select appearances to split off into a new cluster",
        "Clusters",
    ),
    KeyHint("Alt while selecting", "Keep the exact selection (no snapping)", "Reader"),
    KeyHint("Enter / Shift+Enter", "Next / previous hit", "Find bar"),
    KeyHint("Escape", "Close, keeping the hit selected (Ctrl+Enter attributes it)", "Find bar"),
    KeyHint("Up / Down, Enter", "Choose a speaker and accept", "Speaker picker"),
    KeyHint("Tab, Alt+letter", "Next field, jump to a field", "Speaker picker"),
)
"""Keys that widgets handle themselves, for the Help page."""


def action_def(action_id: str) -> ActionDef:
    """The table's entry for ``action_id``."""
    return _BY_ID[action_id]


def keys_text(action_id: str) -> str:
    """The action's first key as menus show it ("Ctrl+Shift+Return"); empty if it has none."""
    keys = _BY_ID[action_id].keys
    return QKeySequence(keys[0]).toString(NATIVE) if keys else ""


def key_in_prose(action_id: str) -> str:
    """The action's first key as a hint in a sentence names it ("press Ctrl+Shift+Enter"):
    the key is labelled Enter on most keyboards, whatever Qt calls it."""
    return keys_text(action_id).replace("Return", "Enter")


class WindowActions:
    """The window's QActions by id (``actions.attribute``), plus the recent-files menu.

    :meth:`update` enables each action whose ``enabled_when`` holds for the window's state: the
    window calls it whenever something that state is made of changes (the catalogue attached or
    switched, another article shown, a claim chosen or let go, a change committed).
    """

    def __init__(self, actions: dict[str, QAction], recent_menu: QMenu) -> None:
        self._actions = actions
        self.recent_menu = recent_menu
        self.state: WindowState | None = None
        """The state the enabled states were last set for."""

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
    window: QMainWindow,
    commands: WindowCommands,
    group: QUndoGroup,
    panels: Mapping[str, QWidget],
) -> WindowActions:
    """Create every action of the table as children of ``window``, running ``commands`` (the
    window itself: two views of it, so this module need not know its class). ``panels`` are
    the widgets of PANELS by name, for the actions whose key belongs to one of them."""
    made = {spec.id: _make(window, commands, spec, group) for spec in ACTIONS}
    for spec in ACTIONS:
        if spec.panel_only:
            # the key belongs to that panel; elsewhere it keeps its usual meaning
            action = made[spec.id]
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            panels[spec.panel_only].addAction(action)
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


def update_enabled(actions: WindowActions, state: WindowState) -> None:
    """Enable each action whose ``enabled_when`` holds in ``state``; the recent-files menu
    needs a catalogue like the files it opens."""
    for spec in ACTIONS:
        if spec.run is None:  # Undo and Redo follow their stack (there is none yet)
            continue
        actions.get(spec.id).setEnabled(spec.enabled_when(state))
    actions.recent_menu.setEnabled(state.has_catalogue)
    actions.state = state


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
