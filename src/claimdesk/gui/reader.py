"""The reader: an article's text, read-only, with every claim highlighted in its speaker's colour.

Positions cross between Qt (UTF-16) and the catalogue (code points) only through
:class:`~claimdesk.gui.positions.PositionMap`. Text shared by overlapping claims gets a blended
colour, so each claim stays visible. Each claim is underlined in the style of its kind (direct
quote solid, indirect quote dashed, claim wavy), so kinds are told apart without colour; the text
over a highlight is drawn in the highlight scheme's text colour, which every highlight colour is
checked against (gui/colours.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip, QWidget

from claimdesk.core.domain.records import AnchorState, ClaimInfo
from claimdesk.core.domain.spans import snap_to_words
from claimdesk.gui.colours import blend, current_scheme, edge_colour, speaker_colour
from claimdesk.gui.kind_labels import kind_word
from claimdesk.gui.positions import PositionMap

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PARAGRAPH_SPACING = 7
READABLE_LINE = 75
"""The longest line the reader sets, in the font's average character widths (typography's
45–75 characters; about 80 of Russian or English text): wider, the text keeps to a column in
the middle. At 1920 px, lines of 1,200 px were hard to follow from one to the next."""
DOCUMENT_MARGIN = 14
DISPLAY_BLOCK = 3000
"""The longest paragraph the reader lays out as one piece (see display_text)."""
SUGGESTION_COLOUR = QColor("#7b3fbf")
SUGGESTION_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
"""Set on the format of a suggestion's dashed underline (tests and tools find them by it)."""
FIND_HIT_COLOUR = QColor("#ffe135")
FIND_CURRENT_COLOUR = QColor("#ff9632")
FIND_PROPERTY = int(QTextFormat.Property.UserProperty) + 2
"""Set on the format of the find bar's marks (tests and tools find them by it)."""
KIND_PROPERTY = int(QTextFormat.Property.UserProperty) + 3
"""Set on the format of a claim's highlight: the kind whose underline it carries."""
_Underline = QTextCharFormat.UnderlineStyle
KIND_UNDERLINES = {
    "direct": _Underline.SingleUnderline,
    "indirect": _Underline.DashUnderline,
    "claim": _Underline.WaveUnderline,
}
"""The underline of each claim kind: the kinds differ without colour too."""


@dataclass(frozen=True, slots=True)
class Highlight:
    """One coloured stretch of the reader, in code points."""

    start: int
    end: int
    colour: QColor
    overlap: bool = False
    kind: str = "direct"
    """The kind whose underline the stretch carries (the innermost claim's where they overlap)."""


def highlight_segments(claims: list[ClaimInfo]) -> list[Highlight]:
    """Claims as highlights: one per claim, plus a blended one where claims overlap."""
    highlights = [
        Highlight(c.start, c.end, speaker_colour(c.speaker_id), kind=c.kind) for c in claims
    ]
    bounds = sorted({b for c in claims for b in (c.start, c.end)})
    for left, right in pairwise(bounds):
        covering = [c for c in claims if c.start <= left and right <= c.end]
        if len(covering) > 1:
            colour = blend([speaker_colour(c.speaker_id) for c in covering])
            inner = min(covering, key=lambda c: c.end - c.start)
            highlights.append(Highlight(left, right, colour, overlap=True, kind=inner.kind))
    return highlights


class ArticleReader(QTextEdit):
    """Shows one article. ``claim_clicked`` carries the claim under a click; ``menu_requested``
    lets the window fill the right-click menu; ``span_selected`` carries the selected text
    (debounce it)."""

    claim_clicked = Signal(int)
    menu_requested = Signal(QMenu, list)
    """Before the right-click menu opens: the menu and the claims under the mouse (innermost
    first), for the window to add what can be done there."""
    span_selected = Signal(str)
    claims_shown = Signal()
    """After the claims shown changed (a new article, or its claims were edited)."""
    enter_pressed = Signal()
    """Enter, with no modifier, in the text (which is read-only: Enter writes nothing there);
    the window accepts the suggestion selected in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleReader")
        self.setAccessibleName(self.tr("Article text"))
        self.setAccessibleDescription(
            self.tr("The article text; select a quote and press Ctrl+Enter")
        )
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.document().setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        # the margins of a readable line (see READABLE_LINE) in the text's own background
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._line_margin = 0
        self.setMouseTracking(True)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.15)
        self.default_point_size = round(font.pointSizeF())
        """The font size the reader has unless Preferences set one."""
        self.setFont(font)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.positions = PositionMap("")
        self.claims: list[ClaimInfo] = []
        """The claims placed in the text shown (highlighted)."""
        self.orphaned_claims: list[ClaimInfo] = []
        """The article's claims not found in its current text (not highlighted)."""
        self.suggestion_spans: list[tuple[int, int]] = []
        """Suggested quotes (code points), drawn with a dashed underline."""
        self.find_hits: list[tuple[int, int]] = []
        """Hits of the find bar's search (code points), marked above the claims."""
        self._suggestion_selections: list[QTextEdit.ExtraSelection] = []
        self._claim_selections: list[QTextEdit.ExtraSelection] = []
        self._find_selections: list[QTextEdit.ExtraSelection] = []
        self.article_id: int | None = None
        self.exact_selection = False
        """True when the current selection was made with Alt held: it is taken as it is."""
        self.selectionChanged.connect(self._on_selection_changed)

    # -- content ------------------------------------------------------------------------------

    def show_article(self, article_id: int | None, text: str, claims: list[ClaimInfo]) -> None:
        self.article_id = article_id
        self.positions = PositionMap(text)
        # The text and its formats go into a fresh document before the view sees it: formatting
        # a shown document lays it out again at every step (seconds for a long article).
        old = self.document()
        ours = old.parent() is self  # the first one belongs to the view, which deletes it
        self.setDocument(self._new_document(text))
        if ours:
            old.deleteLater()
        self.exact_selection = False
        self.suggestion_spans = []
        self._suggestion_selections = []
        self.find_hits = []  # the find bar searches the new text again
        self._find_selections = []
        self.set_claims(claims)

    def _new_document(self, text: str) -> QTextDocument:
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(DOCUMENT_MARGIN)
        document.setDefaultFont(self.font())
        shown, breaks = display_text(text)
        document.setPlainText(shown)
        # a little space between paragraphs; a format, not text, so positions are unchanged
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(PARAGRAPH_SPACING)
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(spacing)
        joined = QTextBlockFormat()  # a long paragraph shown in pieces still reads as one
        joined.setBottomMargin(0)
        for offset in breaks:
            block = document.findBlock(self.positions.to_qt(offset))
            QTextCursor(block).setBlockFormat(joined)
        return document

    def set_claims(self, claims: list[ClaimInfo]) -> None:
        # an orphan's span is in an earlier version of the text: it has no place here until the
        # user gives it one (the claims panel lists it)
        self.orphaned_claims = [c for c in claims if c.anchor_state == AnchorState.ORPHANED]
        placed = [c for c in claims if c.anchor_state != AnchorState.ORPHANED]
        self.claims = sorted(placed, key=lambda c: (c.start, c.end, c.id))
        selections: list[QTextEdit.ExtraSelection] = []
        text_colour = current_scheme().text
        for highlight in highlight_segments(self.claims):
            fmt = QTextCharFormat()
            fmt.setBackground(highlight.colour)
            fmt.setForeground(text_colour)
            fmt.setUnderlineStyle(KIND_UNDERLINES.get(highlight.kind, _Underline.SingleUnderline))
            fmt.setUnderlineColor(edge_colour(highlight.colour))
            fmt.setProperty(QTextFormat.Property.UserProperty, highlight.overlap)
            fmt.setProperty(KIND_PROPERTY, highlight.kind)
            selections.append(self._selection(highlight.start, highlight.end, fmt))
        self._claim_selections = selections
        self._show_selections()
        self.claims_shown.emit()

    def redraw_claims(self) -> None:
        """Draw the claims again in the current highlight scheme (the theme or palette
        changed)."""
        self.set_claims(self.claims + self.orphaned_claims)
        self.set_suggestions(self.suggestion_spans)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # the view's own width: a scroll area passes its viewport's resizes here too
        self._keep_lines_readable(self.width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._keep_lines_readable(self.width())

    def _keep_lines_readable(self, width: int) -> None:
        """Margins either side of the text where the reader is wider than a readable line."""
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        line = self.fontMetrics().averageCharWidth() * READABLE_LINE + 2 * DOCUMENT_MARGIN
        side = max(0, (width - 2 * self.frameWidth() - scroll_bar - line) // 2)
        if side != self._line_margin:
            # set once per change: setting them lays the view out again (and resizes it)
            self._line_margin = side
            self.setViewportMargins(side, 0, side, 0)

    def set_font_size(self, points: int | None) -> None:
        """Show the text at ``points`` (None: the default size), at once."""
        font = QFont(self.font())
        font.setPointSizeF(float(points or self.default_point_size))
        self.setFont(font)
        self.document().setDefaultFont(font)

    def set_find_hits(self, hits: list[tuple[int, int]], current: int | None = None) -> None:
        """Mark the hits of a search (code points) above the claims' highlights, the
        ``current`` one (an index into ``hits``) in a colour of its own."""
        self.find_hits = list(hits)
        self._find_selections = []
        for index, (start, end) in enumerate(self.find_hits):
            fmt = QTextCharFormat()
            fmt.setBackground(FIND_CURRENT_COLOUR if index == current else FIND_HIT_COLOUR)
            fmt.setForeground(QColor("black"))  # readable on the bright marker in dark themes
            fmt.setProperty(FIND_PROPERTY, True)
            self._find_selections.append(self._selection(start, end, fmt))
        self._show_selections()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        qt_start, qt_end = self.positions.span_to_qt(start, end)
        cursor.setPosition(qt_start)
        cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def claim_selections(self) -> list[QTextEdit.ExtraSelection]:
        """The claims' highlights as drawn (one per claim, plus one per overlap)."""
        return list(self._claim_selections)

    def _show_selections(self) -> None:
        # in layers: suggestions' underlines, then the claims' colours, then the search's marks
        self.setExtraSelections(
            self._suggestion_selections + self._claim_selections + self._find_selections
        )

    def set_suggestions(self, spans: list[tuple[int, int]]) -> None:
        """Underline suggested quotes (dashed), beneath the claims' highlights. Drawn as extra
        selections like the claims: painting them lays nothing out again, so even a very long
        article takes them at once."""
        self.suggestion_spans = list(spans)
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        dark = current_scheme().dark
        fmt.setUnderlineColor(SUGGESTION_COLOUR.lighter(170) if dark else SUGGESTION_COLOUR)
        fmt.setProperty(SUGGESTION_PROPERTY, True)
        self._suggestion_selections = [
            self._selection(start, end, fmt) for start, end in self.suggestion_spans
        ]
        self._show_selections()

    def suggestion_at(self, offset: int) -> bool:
        """Whether the character at code point ``offset`` is underlined as a suggestion."""
        return any(
            start <= offset < end
            and bool(selection.format.property(SUGGESTION_PROPERTY))
            and selection.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
            for (start, end), selection in zip(
                self.suggestion_spans, self._suggestion_selections, strict=True
            )
        )

    def clear_article(self) -> None:
        self.show_article(None, "", [])

    # -- selection -----------------------------------------------------------------------------

    def selected_span(self, *, snap: bool | None = None) -> tuple[int, int] | None:
        """The selection in code points, snapped to whole words unless Alt was held (or
        ``snap`` says otherwise); None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self.positions.span_to_py(cursor.selectionStart(), cursor.selectionEnd())
        if snap is None:
            snap = not self.exact_selection
        if snap:
            start, end = snap_to_words(self.positions.text, start, end)
        return start, end

    def select_span(self, start: int, end: int) -> None:
        """Select code points ``start``–``end`` and scroll them into view (the start, if they
        do not fit). The cursor is at the end: Shift+arrow keys move the end of the span."""
        qt_start, qt_end = self.positions.span_to_qt(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(qt_end)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(qt_start)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        # a span that starts near the top or bottom edge is brought to a third of the way down,
        # so the text around it (and usually all of it) is in view
        top = self.cursorRect(cursor).top()
        height = self.viewport().height()
        bar = self.verticalScrollBar()
        if top < height // 8 or top > height * 2 // 3:
            bar.setValue(bar.value() + top - height // 3)
        shown = bar.value()
        cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        bar.setValue(shown)

    def claims_at(self, offset: int) -> list[ClaimInfo]:
        return [c for c in self.claims if c.start <= offset < c.end]

    def claims_at_point(self, point: QPoint) -> list[ClaimInfo]:
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        position = cursor.position()
        # cursorForPosition gives the nearest gap; the character under the mouse is before it
        # when the mouse is left of that gap
        if point.x() < rect.left() and position > 0:
            position -= 1
        return self.claims_at(self.positions.to_py(position))

    def _on_selection_changed(self) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            start, end = self.positions.span_to_py(cursor.selectionStart(), cursor.selectionEnd())
            self.span_selected.emit(self.positions.text[start:end])

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy the article's own text: a long paragraph is shown in pieces, but copies whole."""
        data = QMimeData()
        cursor = self.textCursor()
        start, end = self.positions.span_to_py(cursor.selectionStart(), cursor.selectionEnd())
        data.setText(self.positions.text[start:end])
        return data

    # -- events --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.exact_selection = bool(event.modifiers() & ALT)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and event.modifiers() & ALT:
            self.exact_selection = True
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.modifiers() & ALT:
            self.exact_selection = True
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            claims = self.claims_at_point(event.position().toPoint())
            if claims:
                # the innermost (shortest) claim under the click
                self.claim_clicked.emit(min(claims, key=lambda c: c.end - c.start).id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & SHIFT:
            self.exact_selection = bool(event.modifiers() & ALT)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not modifiers:
            self.enter_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            claims = self.claims_at_point(self.viewport().mapFrom(self, event.pos()))
            if claims:
                QToolTip.showText(event.globalPos(), claim_tooltip(claims), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        claims = sorted(self.claims_at_point(event.pos()), key=lambda c: c.end - c.start)
        self.menu_requested.emit(menu, claims)
        menu.exec(event.globalPos())
        menu.deleteLater()


def display_text(text: str, limit: int = DISPLAY_BLOCK) -> tuple[str, list[int]]:
    """``text`` as the reader shows it: a paragraph longer than ``limit`` characters is broken
    into lines of at most about that length, each break a line feed put in place of a space
    (one UTF-16 unit for one: every position stays where it was), after a sentence where there
    is one. Qt lays out and reformats a paragraph as a whole, so one of millions of characters
    would freeze the window. Returns the text shown and the offsets of the spaces replaced."""
    if len(text) <= limit or all(len(p) <= limit for p in text.split("\n")):
        return text, []
    pieces: list[str] = []
    breaks: list[int] = []
    line_start = 0
    done = 0  # text[:done] is in pieces
    while line_start + limit < len(text):
        newline = text.find("\n", line_start, line_start + limit + 1)
        if newline >= 0:
            line_start = newline + 1
            continue
        window_start = line_start + limit // 2
        window_end = line_start + limit
        cut = -1
        for mark in (". ", "! ", "? ", "… ", "; ", ", "):
            found = text.rfind(mark, window_start, window_end + 1)
            if found >= 0:
                cut = found + len(mark) - 1
                break
        if cut < 0:
            cut = text.rfind(" ", window_start, window_end + 1)
        if cut < 0:  # no space to break at nearby: look further on
            cut = text.find(" ", window_end)
            if cut < 0:
                break
        pieces += [text[done:cut], "\n"]
        done = cut + 1
        breaks.append(cut)
        line_start = cut + 1
    pieces.append(text[done:])
    return "".join(pieces), breaks


def claim_tooltip(claims: list[ClaimInfo]) -> str:
    lines = []
    for claim in claims:
        who = claim.speaker_name or QCoreApplication.translate("ArticleReader", "Unattributed")
        role = ", ".join(p for p in (claim.speaker_role, claim.speaker_organisation) if p)
        line = f"<b>{_escape(who)}</b>"
        if role:
            line += f" ({_escape(role)})"
        line += f" — {_escape(kind_word(claim.kind))}"
        if claim.tags:
            line += f"<br/><i>{_escape(', '.join(claim.tags))}</i>"
        lines.append(line)
    return "<br/>".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
