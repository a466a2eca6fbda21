"""What the reader shows when no article is open (a fresh catalogue, or the article shown was
deleted): what ClaimDesk does, and buttons that start it — try the sample article that ships
with the app, paste an article, open a file — instead of a blank page.

:class:`ReaderStack` switches between the reader's page and this one as the reader gains or loses
its article. The sample article is package data, read with importlib.resources.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from claimdesk.gui.actions import action_def, key_in_prose, keys_text
from claimdesk.gui.article_dialog import ArticleDetails
from claimdesk.gui.identity import ICON_FILE
from claimdesk.gui.reader import ArticleReader
from claimdesk.gui.translations import QT_TRANSLATE_NOOP

SAMPLE_FILE = "ru-sputnik-baku-ambassador.txt"
"""The sample article in ``claimdesk/gui/samples/`` (the same text as the tests' sample)."""
SAMPLE_DETAILS = ArticleDetails(
    title="Байрамов принял посла России Михаила Бочарникова",
    outlet="Sputnik Азербайджан",
    published="2020-07-28",
    language="ru",
)
"""Its details, filled in so trying it needs no dialog (the title describes the report)."""
SAMPLE_HINT_TEXT = QT_TRANSLATE_NOOP(
    "EmptyState",
    "Select a quote in the article and press {key} to attribute it to its speaker.",
)
SAMPLE_HINT = SAMPLE_HINT_TEXT.format(key=key_in_prose("attribute"))
"""The hint shown once the sample article is open, in English (the source text)."""
COLUMN_WIDTH = 560

PRIMARY_STYLE = """
QPushButton {
    background: palette(highlight); color: palette(highlighted-text);
    border: none; border-radius: 6px; padding: 8px 24px; min-height: 1.6em;
}
QPushButton:hover { background: palette(link); }
QPushButton:focus { outline: none; border: 2px solid palette(highlighted-text); }
"""
SECONDARY_STYLE = "QPushButton { text-align: left; padding: 8px 14px; }"
DROP_STYLE = """
QPushButton {
    border: 2px dashed palette(mid); border-radius: 8px; padding: 18px;
    color: palette(dark); background: transparent;
}
QPushButton:hover { border-color: palette(highlight); color: palette(highlight); }
"""


def sample_hint() -> str:
    """The hint shown once the sample article is open, in the user's language."""
    hint = QCoreApplication.translate("EmptyState", SAMPLE_HINT_TEXT)
    return hint.format(key=key_in_prose("attribute"))


def sample_article_text() -> str:
    """The text of the sample article that ships with ClaimDesk."""
    return (files("claimdesk.gui") / "samples" / SAMPLE_FILE).read_text(encoding="utf-8")


class EmptyReaderPage(QWidget):
    """The page that stands in for the reader while it has no article. Its buttons trigger the
    window's own actions: ``trigger`` gets an action id from the action table."""

    def __init__(self, trigger: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyReaderPage")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

        icon = QLabel(self)
        icon.setPixmap(QIcon(str(ICON_FILE)).pixmap(QSize(64, 64)))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        heading = QLabel(self.tr("Start with an article"), self)
        heading.setObjectName("emptyHeading")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        about = QLabel(
            self.tr(
                "ClaimDesk keeps a catalogue of who said what: select a quote in a news article, "
                "name its speaker, and the claim is highlighted, filed and ready to search, "
                "compare and export."
            ),
            self,
        )
        about.setObjectName("emptyAbout")
        about.setWordWrap(True)
        about.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.sample_button = QPushButton(self.tr("Try it on a sample article"), self)
        self.sample_button.setObjectName("trySampleButton")
        self.sample_button.setStyleSheet(PRIMARY_STYLE)
        # bold by its font, not the style sheet's: the button is then sized for the bold text
        # (sized for the regular one, the last letter and the descenders were cut off)
        bold = QFont(self.sample_button.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.sample_button.setFont(bold)
        self.sample_button.setToolTip(
            self.tr(
                "Adds a short Russian news report (Sputnik, 2020) to this catalogue and opens it"
            )
        )
        self.sample_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sample_button.clicked.connect(lambda: trigger("open_sample"))
        sample_note = QLabel(
            self.tr("A short news report in Russian, added to this catalogue."), self
        )
        sample_note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        sample_note.setWordWrap(True)  # the page stays narrow enough for the docks at 1024 px
        sample_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        own = QLabel(self.tr("Or bring your own:"), self)
        own.setObjectName("emptyOwn")
        paste = self.tr("Paste an article ({key})").format(key=keys_text("paste_article"))
        self.paste_button = self._action_button(
            "pasteArticleButton", paste, "paste_article", trigger
        )
        self.open_button = self._action_button(
            "openFileButton",
            self.tr("Open a file ({key})").format(key=keys_text("open")),
            "open",
            trigger,
        )
        formats = QLabel(self.tr("Text, web pages, Word, PDF, ODT, RTF and Markdown files."), self)
        formats.setObjectName("emptyFormats")
        formats.setWordWrap(True)
        formats.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.drop_button = QPushButton(self.tr("…or drop files here"), self)
        self.drop_button.setObjectName("dropFilesButton")
        self.drop_button.setToolTip(
            self.tr("Drop article files or a folder anywhere in this window")
        )
        self.drop_button.setStyleSheet(DROP_STYLE)
        self.drop_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.drop_button.clicked.connect(lambda: trigger("open"))

        column = QWidget(self)
        column.setMaximumWidth(COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setSpacing(10)
        inner.addWidget(icon)
        inner.addWidget(heading)
        inner.addWidget(about)
        inner.addSpacing(14)
        inner.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(sample_note)
        inner.addSpacing(14)
        rule = QFrame(column)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        inner.addWidget(rule)
        inner.addWidget(own)
        inner.addWidget(self.paste_button)
        inner.addWidget(self.open_button)
        inner.addWidget(formats)
        inner.addSpacing(4)
        inner.addWidget(self.drop_button)

        # centred by stretches, not by alignment, so the wrapped text gets its height for the
        # column's real width
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)

    def _action_button(
        self, name: str, text: str, action_id: str, trigger: Callable[[str], None]
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda: trigger(action_id))
        button.setObjectName(name)
        button.setStyleSheet(SECONDARY_STYLE)
        icon = action_def(action_id).icon
        if icon is not None:
            button.setIcon(self.style().standardIcon(icon))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button


class ReaderStack(QStackedWidget):
    """The reader's page while the reader shows an article, else the empty page."""

    def __init__(
        self,
        reader: ArticleReader,
        reader_page: QWidget,
        empty_page: EmptyReaderPage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readerStack")
        self.reader = reader
        self.reader_page = reader_page
        self.empty_page = empty_page
        # in a scroll area, so a low window scrolls the page instead of squashing it; as wide
        # as its buttons need while it shows (the docks make room), any width while reading
        self.empty_area = QScrollArea(self)
        self.empty_area.setObjectName("emptyReaderArea")
        self.empty_area.setFrameShape(QFrame.Shape.NoFrame)
        self.empty_area.setWidgetResizable(True)
        # only a frame for the page: Tab goes to its buttons, not to the area itself
        self.empty_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_area.setWidget(empty_page)
        scroll_bar = self.empty_area.verticalScrollBar().sizeHint().width()
        self._empty_width = empty_page.minimumSizeHint().width() + scroll_bar
        self.addWidget(reader_page)
        self.addWidget(self.empty_area)
        self.article_coming = False
        """An article is about to be shown (the window reads its first one once on screen): the
        reader's page stays, rather than the empty page flashing by (and narrowing the docks)."""
        reader.claims_shown.connect(self._follow_reader)
        self._follow_reader()

    def expect_article(self, coming: bool) -> None:
        self.article_coming = coming
        self._follow_reader()

    def _follow_reader(self) -> None:
        empty = self.reader.article_id is None and not self.article_coming
        showing = self.empty_area if empty else self.reader_page
        if self.currentWidget() is showing:
            return
        focus = QApplication.focusWidget()
        self.empty_area.setMinimumWidth(self._empty_width if showing is self.empty_area else 0)
        self.setCurrentWidget(showing)
        if showing is self.reader_page and (focus is None or self.empty_area.isAncestorOf(focus)):
            # the article came from the empty page's buttons: go on reading with the keyboard
            self.reader.setFocus()
