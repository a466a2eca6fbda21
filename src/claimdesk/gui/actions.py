"""The main window's actions as data: one table (ACTIONS) declares each action once — id, text,
keys, handler, help text, when it is enabled (a Condition on the window's state) and where it
appears (its menu and group, its toolbar group). The menus, the toolbar, the shortcuts, the
enabled states, the Help › Keyboard shortcuts page and the README's keyboard table
(tools/shortcuts_table.py) are all built from it, and hints that name a key read it from here
(:func:`key_in_prose`), so a key changed in the table changes everywhere.

Actions that automation finds by name get the object name ``action`` + the id in CamelCase
(``attribute`` → ``actionAttribute``), their toolbar buttons ``buttonAttribute``; a screen reader
reads a button by its text, the name Qt gives it (not the object name).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QWidget

from claimdesk.gui.commands import WindowCommands
from claimdesk.gui.tinted_icon import tinted
from claimdesk.gui.translations import QT_TRANSLATE_NOOP

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
        """The help text in English, the source language (the README's table)."""
        return self.tip or self.text.replace("&", "").rstrip("…")

    @property
    def shown_text(self) -> str:
        """The menu text in the user's language."""
        return QCoreApplication.translate("Actions", self.text)

    @property
    def shown_description(self) -> str:
        """The help text in the user's language (status tip, tooltip, the Help page)."""
        if self.tip:
            return QCoreApplication.translate("Actions", self.tip)
        return self.shown_text.replace("&", "").rstrip("…")


@dataclass(frozen=True, slots=True)
class KeyHint:
    """A key a widget handles itself (not an action), listed on the Help page. Its texts are
    English source texts; the Help page shows them translated (context "Actions")."""

    keys: str
    description: str
    where: str


PANELS = {"claims_panel": QT_TRANSLATE_NOOP("Actions", "Claims in this article")}
"""Panels an action's shortcut may be confined to, with the name the user sees."""


ACTIONS: tuple[ActionDef, ...] = (
    # -- File
    ActionDef(
        "paste_article",
        QT_TRANSLATE_NOOP("Actions", "&Paste article"),
        lambda w: w.articles.paste_article(),
        ("Ctrl+Shift+V",),
        QT_TRANSLATE_NOOP("Actions", "New article from the text on the clipboard"),
        _SP.SP_FileIcon,
        menu="file",
        toolbar="new",
    ),
    ActionDef(
        "open",
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        lambda w: w.articles.open_file_dialog(),
        ("Ctrl+O",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Open or import article files (text, web page, Word, PDF, ODT, RTF, Markdown)",
        ),
        _SP.SP_DialogOpenButton,
        menu="file",
        toolbar="new",
    ),
    ActionDef(
        "open_url",
        QT_TRANSLATE_NOOP("Actions", "Open &URL…"),
        lambda w: w.articles.open_url_dialog(),
        ("Ctrl+Shift+L",),
        QT_TRANSLATE_NOOP("Actions", "Fetch a web page by its address and import its article"),
        menu="file",
    ),
    ActionDef(
        "import_folder",
        QT_TRANSLATE_NOOP("Actions", "&Import folder…"),
        lambda w: w.articles.import_folder_dialog(),
        ("Ctrl+Shift+I",),
        QT_TRANSLATE_NOOP("Actions", "Import every article file in a folder and its subfolders"),
        menu="file",
    ),
    ActionDef(
        "import_annotations",
        QT_TRANSLATE_NOOP("Actions", "Import &annotations…"),
        lambda w: w.exchange.import_annotations_dialog(),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Store the W3C Web Annotations of a file (from ClaimDesk or another annotation "
            "tool) as claims on the articles they name, in one undo step",
        ),
        menu="file",
    ),
    ActionDef(
        "import_qdpx",
        QT_TRANSLATE_NOOP("Actions", "Import REFI-QDA pro&ject…"),
        lambda w: w.exchange.import_qdpx_dialog(),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Store a REFI-QDA project (.qdpx, from QualCoder, NVivo, ATLAS.ti or MAXQDA): its "
            "texts as articles, its coded selections as claims, in one undo step",
        ),
        menu="file",
    ),
    ActionDef(
        "new_catalogue",
        QT_TRANSLATE_NOOP("Actions", "&New catalogue…"),
        lambda w: w.catalogues.new_catalogue_dialog(),
        ("Ctrl+Shift+N",),
        QT_TRANSLATE_NOOP("Actions", "Create a new catalogue file and switch to it"),
        menu="file",
        group=2,
    ),
    ActionDef(
        "open_catalogue",
        QT_TRANSLATE_NOOP("Actions", "Open &catalogue…"),
        lambda w: w.catalogues.open_catalogue_dialog(),
        ("Ctrl+Shift+O",),
        QT_TRANSLATE_NOOP("Actions", "Open another catalogue file"),
        menu="file",
        group=2,
    ),
    ActionDef(
        "connect_team",
        QT_TRANSLATE_NOOP("Actions", "Connect to &team catalogue…"),
        lambda w: w.catalogues.connect_team_catalogue_dialog(),
        (),
        QT_TRANSLATE_NOOP("Actions", "Open a catalogue shared on a PostgreSQL server"),
        menu="file",
        group=2,
    ),
    ActionDef(
        "copy_catalogue",
        QT_TRANSLATE_NOOP("Actions", "Cop&y catalogue to…"),
        lambda w: w.catalogues.copy_catalogue_dialog(),
        (),
        QT_TRANSLATE_NOOP(
            "Actions", "Copy this catalogue into a new file or an empty team catalogue, ids kept"
        ),
        menu="file",
        group=2,
    ),
    ActionDef(
        "export_csv",
        QT_TRANSLATE_NOOP("Actions", "&Export claims…"),
        lambda w: w.export_csv(),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Export claims: CSV, JSON, W3C Web Annotation, REFI-QDA or a network (GraphML, GEXF)",
        ),
        _SP.SP_DialogSaveButton,
        menu="file",
        group=3,
        toolbar="export",
    ),
    ActionDef(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        lambda w: w.close(),
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("Actions", "Quit ClaimDesk"),
        menu="file",
        group=4,
        enabled_when=ALWAYS,
    ),
    # -- Edit
    ActionDef(
        "undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        None,
        ("Ctrl+Z",),
        QT_TRANSLATE_NOOP("Actions", "Undo the last edit (the Edit menu names it)"),
        menu="edit",
        toolbar="undo",
    ),
    ActionDef(
        "redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        None,
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        QT_TRANSLATE_NOOP("Actions", "Redo the last undone edit"),
        menu="edit",
        toolbar="undo",
    ),
    ActionDef(
        "find_in_article",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        lambda w: w.find_in_article(),
        ("Ctrl+F",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Find text in the article (capitals, ё/е and line breaks do not matter); on the "
            "Catalogue and Speakers tabs, go to their search field",
        ),
        menu="edit",
        group=2,
    ),
    ActionDef(
        "find_next",
        QT_TRANSLATE_NOOP("Actions", "Find &next"),
        lambda w: w.find_in_article(1),
        ("F3",),
        QT_TRANSLATE_NOOP("Actions", "Select the next hit of the search in the article"),
        enabled_when=ARTICLE_OPEN,
        menu="edit",
        group=2,
    ),
    ActionDef(
        "find_previous",
        QT_TRANSLATE_NOOP("Actions", "Find pre&vious"),
        lambda w: w.find_in_article(-1),
        ("Shift+F3",),
        QT_TRANSLATE_NOOP("Actions", "Select the previous hit of the search in the article"),
        enabled_when=ARTICLE_OPEN,
        menu="edit",
        group=2,
    ),
    ActionDef(
        "filter_articles",
        QT_TRANSLATE_NOOP("Actions", "F&ilter articles"),
        lambda w: w.focus_article_filter(),
        ("Ctrl+Shift+F",),
        QT_TRANSLATE_NOOP("Actions", "Filter the article list by title or outlet"),
        menu="edit",
        group=3,
    ),
    ActionDef(
        "preferences",
        str(QT_TRANSLATE_NOOP("Actions", "&Preferences…")),
        lambda w: w.preferences.open_dialog(),
        ("Ctrl+,",),
        str(
            QT_TRANSLATE_NOOP(
                "Actions",
                "Your name on claims, the language, CSV's Excel option, the reader's font size, "
                "the highlight colours and the theme",
            )
        ),
        enabled_when=ALWAYS,
        menu="edit",
        group=4,
    ),
    # -- Article
    ActionDef(
        "edit_article",
        QT_TRANSLATE_NOOP("Actions", "&Edit details…"),
        lambda w: w.articles.edit_article_details(),
        ("Ctrl+I",),
        QT_TRANSLATE_NOOP(
            "Actions", "Edit the title, outlet, date, URL and language of the article in the reader"
        ),
        enabled_when=ARTICLE_OPEN,
        menu="article",
    ),
    ActionDef(
        "edit_text",
        QT_TRANSLATE_NOOP("Actions", "Edit &text…"),
        lambda w: w.versions.edit_article_text(),
        ("Ctrl+Shift+T",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Correct the text of the article in the reader: saved as a new version, its claims "
            "follow their words (Undo gives the old text back)",
        ),
        enabled_when=ARTICLE_OPEN,
        menu="article",
    ),
    ActionDef(
        "check_newer_version",
        QT_TRANSLATE_NOOP("Actions", "Check for a &newer version"),
        lambda w: w.versions.check_newer_version(),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Fetch the web page of the article in the reader again; if its article has changed, "
            "offer to store it as the next version (its claims follow their words)",
        ),
        enabled_when=ARTICLE_FROM_WEB,
        menu="article",
    ),
    ActionDef(
        "article_versions",
        QT_TRANSLATE_NOOP("Actions", "&Versions…"),
        lambda w: w.versions.show_versions(),
        ("Ctrl+Shift+H",),
        QT_TRANSLATE_NOOP(
            "Actions", "List the versions of the article's text and what changed between them"
        ),
        enabled_when=ARTICLE_OPEN,
        menu="article",
    ),
    ActionDef(
        "delete_article",
        QT_TRANSLATE_NOOP("Actions", "&Delete article…"),
        lambda w: w.articles.delete_article(),
        ("Ctrl+Shift+Delete",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Delete the article in the reader with its claims (asks first; Undo brings it back)",
        ),
        enabled_when=ARTICLE_OPEN,
        menu="article",
        group=2,
    ),
    # -- View
    ActionDef(
        "show_articles",
        QT_TRANSLATE_NOOP("Actions", "&Articles"),
        lambda w: w.show_articles(),
        ("Ctrl+1",),
        QT_TRANSLATE_NOOP("Actions", "Go to the article list"),
        menu="view",
        enabled_when=ALWAYS,
    ),
    ActionDef(
        "show_reader",
        QT_TRANSLATE_NOOP("Actions", "&Reader"),
        lambda w: w.show_reader(),
        ("Ctrl+2",),
        QT_TRANSLATE_NOOP("Actions", "Go to the article text"),
        menu="view",
        enabled_when=ALWAYS,
    ),
    ActionDef(
        "show_catalogue",
        QT_TRANSLATE_NOOP("Actions", "&Catalogue"),
        lambda w: w.show_catalogue(),
        ("Ctrl+3",),
        QT_TRANSLATE_NOOP("Actions", "Browse, search and filter every claim in the catalogue"),
        menu="view",
    ),
    ActionDef(
        "show_speakers",
        QT_TRANSLATE_NOOP("Actions", "&Speakers"),
        lambda w: w.show_speakers(),
        ("Ctrl+4",),
        QT_TRANSLATE_NOOP("Actions", "Browse speakers: edit, aliases, merge, show their claims"),
        menu="view",
    ),
    ActionDef(
        "show_clusters",
        QT_TRANSLATE_NOOP("Actions", "C&lusters"),
        lambda w: w.show_clusters(),
        ("Ctrl+5",),
        QT_TRANSLATE_NOOP(
            "Actions", "Claim clusters (the same claim across articles) and their verdicts"
        ),
        menu="view",
    ),
    ActionDef(
        "show_statistics",
        QT_TRANSLATE_NOOP("Actions", "S&tatistics…"),
        lambda w: w.charts.show_statistics(),
        (),
        QT_TRANSLATE_NOOP(
            "Actions", "Claims per speaker, outlet, tag, kind and month, as tables and bar charts"
        ),
        menu="view",
        group=3,
    ),
    ActionDef(
        "speaker_profile",
        QT_TRANSLATE_NOOP("Actions", "Speaker pro&file…"),
        lambda w: w.charts.show_speaker_profile(),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "The profile of the speaker chosen on the Speakers tab: every claim, clusters, first "
            "and last appearance, outlets, tags and a timeline",
        ),
        menu="view",
        group=3,
    ),
    # -- Claim
    ActionDef(
        "attribute",
        QT_TRANSLATE_NOOP("Actions", "&Attribute…"),
        lambda w: w.claims.attribute_selection(),
        ("Ctrl+Return", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Attribute the selected text to a speaker (snapped to whole words; quote marks, commas "
            "and colons at the edges dropped)",
        ),
        _SP.SP_DialogApplyButton,
        enabled_when=ARTICLE_OPEN,
        menu="claim",
        toolbar="claim",
    ),
    ActionDef(
        "attribute_exact",
        QT_TRANSLATE_NOOP("Actions", "Attribute e&xactly as selected…"),
        lambda w: w.claims.attribute_selection(snap=False),
        ("Ctrl+Alt+Return", "Ctrl+Alt+Enter"),
        QT_TRANSLATE_NOOP(
            "Actions", "Attribute the selection exactly as selected (or hold Alt while selecting)"
        ),
        enabled_when=ARTICLE_OPEN,
        menu="claim",
    ),
    ActionDef(
        "move_claim",
        QT_TRANSLATE_NOOP("Actions", "&Move claim here"),
        lambda w: w.claims.move_claim_here(),
        ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Move the chosen claim to the selected text (choose the claim, then select its new "
            "span); its speaker, tags, note and links stay. A claim not found in a new text of "
            "its article is placed there",
        ),
        enabled_when=ARTICLE_OPEN,
        menu="claim",
        group=2,
    ),
    ActionDef(
        "review_orphans",
        QT_TRANSLATE_NOOP("Actions", "Re&view orphaned claims"),
        lambda w: w.review_orphaned_claims(),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "List every claim not found in a new text of its article, on the Catalogue tab: open "
            "one (Enter), select where it belongs and use Move claim here; placed, it leaves "
            "the list",
        ),
        enabled_when=ORPHANS_TO_REVIEW,
        menu="claim",
        group=2,
    ),
    ActionDef(
        "reattribute",
        QT_TRANSLATE_NOOP("Actions", "&Re-attribute…"),
        lambda w: w.claims.reattribute_claim(),
        ("Ctrl+R",),
        QT_TRANSLATE_NOOP("Actions", "Attribute the chosen claim to another speaker"),
        enabled_when=CLAIM_CHOSEN,
        menu="claim",
        group=2,
    ),
    ActionDef(
        "edit_claim",
        QT_TRANSLATE_NOOP("Actions", "&Edit claim…"),
        lambda w: w.claims.edit_claim(),
        ("F2",),
        QT_TRANSLATE_NOOP("Actions", "Edit the chosen claim: speaker, kind, tags, note"),
        enabled_when=CLAIM_CHOSEN,
        menu="claim",
        group=2,
    ),
    ActionDef(
        "delete_claims",
        QT_TRANSLATE_NOOP("Actions", "&Delete claim"),
        lambda w: w.claims.delete_selected_claims(),
        ("Delete",),
        QT_TRANSLATE_NOOP("Actions", "Delete the claims selected in the claims panel"),
        enabled_when=CLAIM_CHOSEN,
        panel_only="claims_panel",
        menu="claim",
        group=2,
    ),
    ActionDef(
        "link_same",
        QT_TRANSLATE_NOOP("Actions", "Mark as &same claim"),
        lambda w: w.claims.link_same_claim(),
        ("Ctrl+L",),
        QT_TRANSLATE_NOOP("Actions", "Link the chosen claim to the selected similar claim"),
        enabled_when=CLAIM_CHOSEN,
        menu="claim",
        group=3,
    ),
    ActionDef(
        "next_suggestion",
        QT_TRANSLATE_NOOP("Actions", "&Next suggestion"),
        lambda w: w.suggestions.go(1),
        ("F8",),
        QT_TRANSLATE_NOOP(
            "Actions", "Go to the next suggested attribution (Enter accepts it, Delete rejects it)"
        ),
        menu="claim",
        group=4,
    ),
    ActionDef(
        "previous_suggestion",
        QT_TRANSLATE_NOOP("Actions", "&Previous suggestion"),
        lambda w: w.suggestions.go(-1),
        ("Shift+F8",),
        QT_TRANSLATE_NOOP("Actions", "Go to the previous suggested attribution"),
        menu="claim",
        group=4,
    ),
    ActionDef(
        "accept_suggestions",
        QT_TRANSLATE_NOOP("Actions", "Accept all suggestions a&bove…"),
        lambda w: w.suggestions.accept_suggestions_above(),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Accept every suggested attribution at or above a confidence, as one undo step",
        ),
        menu="claim",
        group=4,
    ),
    # -- Clusters (on the Clusters tab; its buttons are these actions)
    ActionDef(
        "edit_verdict",
        QT_TRANSLATE_NOOP("Actions", "Edit &verdict…"),
        lambda w: w.clusters.edit_verdict(),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Give the chosen cluster a verdict: status, explanation, fact-check address, reviewer, "
            "date",
        ),
        enabled_when=CLUSTER_CHOSEN,
        menu="clusters",
    ),
    ActionDef(
        "confirm_cluster",
        QT_TRANSLATE_NOOP("Actions", "&Confirm cluster"),
        lambda w: w.clusters.confirm_cluster(),
        (),
        QT_TRANSLATE_NOOP("Actions", "Mark the chosen cluster's claims as checked: the same claim"),
        enabled_when=CLUSTER_TO_CONFIRM,
        menu="clusters",
    ),
    ActionDef(
        "split_cluster",
        QT_TRANSLATE_NOOP("Actions", "&Split off selected"),
        lambda w: w.clusters.split_cluster(),
        (),
        QT_TRANSLATE_NOOP(
            "Actions", "Take the selected appearances out of the chosen cluster into a new cluster"
        ),
        enabled_when=APPEARANCES_TO_SPLIT,
        menu="clusters",
    ),
    ActionDef(
        "merge_cluster",
        QT_TRANSLATE_NOOP("Actions", "&Merge into…"),
        lambda w: w.clusters.merge_cluster(),
        (),
        QT_TRANSLATE_NOOP("Actions", "Merge the chosen cluster into another cluster you choose"),
        enabled_when=CLUSTERS_TO_MERGE,
        menu="clusters",
    ),
    ActionDef(
        "export_claim_review",
        QT_TRANSLATE_NOOP("Actions", "Export Claim&Review…"),
        lambda w: w.clusters.export_claim_review(),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Save the chosen cluster's verdict as a schema.org ClaimReview (JSON-LD) file",
        ),
        enabled_when=CLUSTER_CHOSEN,
        menu="clusters",
        group=2,
    ),
    ActionDef(
        "cluster_timeline",
        QT_TRANSLATE_NOOP("Actions", "&Timeline…"),
        lambda w: w.charts.show_cluster_timeline(),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "The chosen cluster's appearances over time, by outlet or by speaker (PNG and SVG)",
        ),
        enabled_when=CLUSTER_CHOSEN,
        menu="clusters",
        group=2,
    ),
    ActionDef(
        "gather_clusters",
        QT_TRANSLATE_NOOP("Actions", "&Gather clusters"),
        lambda w: w.clusters.gather_clusters(),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Put the claims linked as the same claim, and those that almost certainly say the "
            "same, into clusters (claims already placed stay)",
        ),
        menu="clusters",
        group=3,
    ),
    ActionDef(
        "gather_linked_clusters",
        QT_TRANSLATE_NOOP("Actions", "Gather &linked claims only"),
        lambda w: w.clusters.gather_linked_clusters(),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Put the claims linked as the same claim into clusters, at once (no search for claims "
            "that almost certainly say the same)",
        ),
        menu="clusters",
        group=3,
    ),
    ActionDef(
        "verdict_labels",
        QT_TRANSLATE_NOOP("Actions", "Verdict la&bels…"),
        lambda w: w.clusters.edit_verdict_labels(),
        (),
        QT_TRANSLATE_NOOP(
            "Actions", "Rename the verdict statuses, add the desk's own and put them in order"
        ),
        menu="clusters",
        group=4,
    ),
    # -- Help
    ActionDef(
        "keyboard_shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        lambda w: w.show_keyboard_shortcuts(),
        ("F1",),
        QT_TRANSLATE_NOOP("Actions", "List every keyboard shortcut"),
        menu="help",
        enabled_when=ALWAYS,
    ),
    ActionDef(
        "open_sample",
        QT_TRANSLATE_NOOP("Actions", "Try the &sample article"),
        lambda w: w.articles.open_sample_article(),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Add the sample article that comes with ClaimDesk (or open it) to try attributing "
            "quotes",
        ),
        menu="help",
    ),
    ActionDef(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About ClaimDesk"),
        lambda w: w.show_about(),
        (),
        QT_TRANSLATE_NOOP("Actions", "About ClaimDesk"),
        menu="help",
        group=2,
    ),
)
"""Every action of the main window."""

_BY_ID = {spec.id: spec for spec in ACTIONS}

MENU_TITLES = {
    "file": QT_TRANSLATE_NOOP("Actions", "&File"),
    "edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "article": QT_TRANSLATE_NOOP("Actions", "&Article"),
    "view": QT_TRANSLATE_NOOP("Actions", "&View"),
    "claim": QT_TRANSLATE_NOOP("Actions", "&Claim"),
    "clusters": QT_TRANSLATE_NOOP("Actions", "Cl&usters"),
    "help": QT_TRANSLATE_NOOP("Actions", "&Help"),
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
    KeyHint(
        "Enter",
        QT_TRANSLATE_NOOP("Actions", "Edit the chosen claim"),
        QT_TRANSLATE_NOOP("Actions", "Claims in this article"),
    ),
    KeyHint(
        "Enter",
        QT_TRANSLATE_NOOP("Actions", "Accept the suggestion"),
        QT_TRANSLATE_NOOP("Actions", "Suggested attributions"),
    ),
    KeyHint(
        "Delete",
        QT_TRANSLATE_NOOP("Actions", "Reject the suggestion"),
        QT_TRANSLATE_NOOP("Actions", "Suggested attributions"),
    ),
    KeyHint(
        "Delete",
        QT_TRANSLATE_NOOP("Actions", "Delete the selected claims"),
        QT_TRANSLATE_NOOP("Actions", "Catalogue"),
    ),
    KeyHint(
        "Enter",
        QT_TRANSLATE_NOOP("Actions", "Open the claim in its article"),
        QT_TRANSLATE_NOOP("Actions", "Catalogue"),
    ),
    KeyHint(
        "Delete",
        QT_TRANSLATE_NOOP("Actions", "Delete the selected speaker"),
        QT_TRANSLATE_NOOP("Actions", "Speakers"),
    ),
    KeyHint(
        "Enter",
        QT_TRANSLATE_NOOP("Actions", "Open the appearance in its article"),
        QT_TRANSLATE_NOOP("Actions", "Clusters"),
    ),
    KeyHint(
        QT_TRANSLATE_NOOP("Actions", "Ctrl+click, Shift+Up / Down"),
        QT_TRANSLATE_NOOP("Actions", "Select appearances to split off into a new cluster"),
        QT_TRANSLATE_NOOP("Actions", "Clusters"),
    ),
    KeyHint(
        QT_TRANSLATE_NOOP("Actions", "Alt while selecting"),
        QT_TRANSLATE_NOOP("Actions", "Keep the exact selection (no snapping)"),
        QT_TRANSLATE_NOOP("Actions", "Reader"),
    ),
    KeyHint(
        "Enter / Shift+Enter",
        QT_TRANSLATE_NOOP("Actions", "Next / previous hit"),
        QT_TRANSLATE_NOOP("Actions", "Find bar"),
    ),
    KeyHint(
        "Escape",
        QT_TRANSLATE_NOOP("Actions", "Close, keeping the hit selected (Ctrl+Enter attributes it)"),
        QT_TRANSLATE_NOOP("Actions", "Find bar"),
    ),
    KeyHint(
        QT_TRANSLATE_NOOP("Actions", "Up / Down, Enter"),
        QT_TRANSLATE_NOOP("Actions", "Choose a speaker and accept"),
        QT_TRANSLATE_NOOP("Actions", "Speaker picker"),
    ),
    KeyHint(
        QT_TRANSLATE_NOOP("Actions", "Tab, Alt+letter"),
        QT_TRANSLATE_NOOP("Actions", "Next field, jump to a field"),
        QT_TRANSLATE_NOOP("Actions", "Speaker picker"),
    ),
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
        action = QAction(spec.shown_text, window)
        action.triggered.connect(lambda _checked=False: run(commands))
        if spec.icon is not None:
            action.setIcon(window.style().standardIcon(spec.icon))
        shown = QKeySequence(spec.keys[0]).toString(NATIVE) if spec.keys else ""
        tip = spec.shown_description
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
    if spec.keys:
        action.setShortcuts([QKeySequence(k) for k in spec.keys])
    action.setObjectName(spec.object_name)
    action.setStatusTip(spec.shown_description)
    action.setData(spec.id)
    return action


def _undo_action(window: QMainWindow, group: QUndoGroup, *, redo: bool) -> QAction:
    if redo:
        action = group.createRedoAction(window, QCoreApplication.translate("Actions", "&Redo"))
        fallback = tinted(window.style().standardIcon(_SP.SP_ArrowForward))
        action.setIcon(QIcon.fromTheme("edit-redo", fallback))
    else:
        action = group.createUndoAction(window, QCoreApplication.translate("Actions", "&Undo"))
        fallback = tinted(window.style().standardIcon(_SP.SP_ArrowBack))
        action.setIcon(QIcon.fromTheme("edit-undo", fallback))
    # The menu entry names the edit ("Undo Attribute “…”"); the toolbar button stays short. The
    # undo group keeps updating text(), which the tooltip follows, but not an explicit iconText.
    action.setIconText(
        QCoreApplication.translate("Actions", "Redo")
        if redo
        else QCoreApplication.translate("Actions", "Undo")
    )
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
    recent = QMenu(QCoreApplication.translate("Actions", "Open &recent"), window)
    return WindowActions(made, recent)


def build_menus(
    window: QMainWindow, actions: WindowActions, docks: list[QAction]
) -> tuple[QToolBar, QMenu | None]:
    """The menu bar and the toolbar, from MENUS and TOOLBAR, and the View menu. ``docks`` are
    the panels' show/hide actions for the View menu."""
    bar = window.menuBar()
    view_menu: QMenu | None = None
    for title, entries in MENUS:
        menu = bar.addMenu(QCoreApplication.translate("Actions", title))
        menu.setObjectName("menu" + title.replace("&", ""))  # the English title, any language
        for entry in entries:
            if entry == "-":
                menu.addSeparator()
            elif entry == "@recent":
                menu.addMenu(actions.recent_menu)
            elif entry == "@docks":
                # in a menu of their own: "Articles" the panel beside "Articles" the list
                # (Ctrl+1) read as the same entry twice
                panels = menu.addMenu(QCoreApplication.translate("Actions", "&Panels"))
                panels.setObjectName("menuPanels")
                panels.addActions(docks)
            else:
                menu.addAction(actions.get(entry))
        if title == "&View":
            view_menu = menu

    toolbar = QToolBar(QCoreApplication.translate("Actions", "Main toolbar"), window)
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
            # its accessible name is the text it shows (Undo, Export claims…), as Qt gives it
    if view_menu is not None:
        panels_menu = view_menu.findChild(QMenu, "menuPanels")
        (panels_menu or view_menu).addAction(toolbar.toggleViewAction())
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


def _where(menu_title: str, spec: ActionDef, shown: Callable[[str], str]) -> str:
    menu = shown(menu_title).replace("&", "")
    if not spec.panel_only:
        return menu
    if shown is _english:
        return f"{menu}, in {PANELS[spec.panel_only]}"
    where = QCoreApplication.translate("Actions", "{menu}, in {panel}")
    return where.format(menu=menu, panel=shown(PANELS[spec.panel_only]))


def _english(text: str) -> str:
    return text


def _translated(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def _rows(
    keys_of: Callable[[ActionDef], list[QKeySequence]], shown: Callable[[str], str]
) -> list[ShortcutRow]:
    specs = {spec.id: spec for spec in ACTIONS}
    rows: list[ShortcutRow] = []
    for title, entries in MENUS:
        for entry in entries:
            spec = specs.get(entry)
            if spec is None:
                continue
            keys = ", ".join(k.toString(NATIVE) for k in keys_of(spec))
            if keys:
                description = spec.description if shown is _english else spec.shown_description
                rows.append(ShortcutRow(keys, description, _where(title, spec, shown)))
    rows.extend(ShortcutRow(shown(h.keys), shown(h.description), shown(h.where)) for h in KEY_HINTS)
    return rows


def shortcut_rows(actions: WindowActions) -> list[ShortcutRow]:
    """Every keyboard shortcut as the window's actions have it, in menu order, then the keys
    that panels handle themselves (the Help page), in the user's language."""
    return _rows(lambda spec: actions.get(spec.id).shortcuts(), _translated)


def declared_shortcut_rows() -> list[ShortcutRow]:
    """The same rows from the table alone, without a window, in English (the README's table)."""
    return _rows(lambda spec: [QKeySequence(k) for k in spec.keys], _english)


def shortcuts_markdown() -> str:
    """The README's keyboard table."""
    lines = ["| Keys | What it does | Where |", "|---|---|---|"]
    lines += [f"| {r.keys} | {r.description} | {r.where} |" for r in declared_shortcut_rows()]
    return "\n".join(lines) + "\n"
