"""The reader's find bar (Ctrl+F): finds as you type, marks every hit, steps through them.

Matching is :func:`claimdesk.core.domain.spans.find_all` on the reader's own text, in code points
(it folds case, ё/е and white space, which ``QTextDocument.find`` cannot); the reader turns the hits
into Qt positions through its position map. Escape closes the bar and leaves the current hit
selected, so Ctrl+Enter attributes it: a way to make a claim without the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget

from claimdesk.core.domain.spans import find_all
from claimdesk.gui.actions import key_in_prose
from claimdesk.gui.reader import ArticleReader

PREFILL_LIMIT = 80
"""A selection up to this long (one line) becomes the query when the bar opens."""
NO_MATCH_STYLE = "QLineEdit { background: #fde2e1; color: #000000; }"
"""A search that finds nothing: a pale red field, its text dark whatever the theme."""
RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FindBar(QWidget):
    """A bar under the reader: the query, "n of m", previous, next and close.

    ``note`` carries a message for the status bar (the search went round the end of the text).
    """

    note = Signal(str)

    def __init__(self, reader: ArticleReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._noted = False
        """A note on the search was said (the next query takes it away)."""
        self.setObjectName("findBar")
        self.reader = reader
        self.hits: list[tuple[int, int]] = []
        self.current: int | None = None
        """Index into ``hits`` of the hit selected in the reader; None before the first step."""
        self._origin = 0
        """Where a new search starts looking (code points): the hit shown, or the caret."""
        self._text = ""

        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setAccessibleName(self.tr("Find in the article"))
        self.edit.setPlaceholderText(self.tr("Find in the article"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setToolTip(
            self.tr(
                "Capitals, ё/е and line breaks do not matter. Enter or {next}: next; "
                "Shift+Enter or {previous}: previous; Escape: close, keeping the hit selected "
                "(then {attribute} attributes it)"
            ).format(
                next=key_in_prose("find_next"),
                previous=key_in_prose("find_previous"),
                attribute=key_in_prose("attribute"),
            )
        )
        self.counter = QLabel(self)
        self.counter.setObjectName("findCounter")
        self.counter.setMinimumWidth(
            self.counter.fontMetrics().horizontalAdvance(
                self.tr("{current} of {total}").format(current=888, total=8888)
            )
        )
        self.previous_button = self._button(
            "findPrevious",
            QStyle.StandardPixmap.SP_ArrowUp,
            self.tr("Previous hit ({key})").format(key=key_in_prose("find_previous")),
        )
        self.next_button = self._button(
            "findNext",
            QStyle.StandardPixmap.SP_ArrowDown,
            self.tr("Next hit ({key})").format(key=key_in_prose("find_next")),
        )
        self.close_button = self._button(
            "findClose", QStyle.StandardPixmap.SP_TitleBarCloseButton, self.tr("Close (Escape)")
        )
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.close_button.clicked.connect(self.close_bar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        label = QLabel(self.tr("Fi&nd:"), self)
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.counter)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)

        self.edit.textChanged.connect(self._on_query_changed)
        self.edit.installEventFilter(self)
        reader.claims_shown.connect(self._on_reader_changed)
        self.hide()

    def _button(self, name: str, icon: QStyle.StandardPixmap, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setAccessibleName(tip)
        button.setToolTip(tip)
        button.setIcon(self.style().standardIcon(icon))
        button.setAutoRaise(True)
        return button

    # -- what the window calls --------------------------------------------------------------

    def open(self) -> None:
        """Show the bar with the query selected for typing over; a short selection in the
        reader becomes the query."""
        cursor = self.reader.textCursor()
        selected = cursor.selection().toPlainText() if cursor.hasSelection() else ""
        self._origin = self.reader.positions.to_py(cursor.selectionStart())
        self.show()
        if selected.strip() and "\n" not in selected and len(selected) <= PREFILL_LIMIT:
            self.edit.blockSignals(True)  # searched just below, keeping the selection
            self.edit.setText(selected)
            self.edit.blockSignals(False)
        self._search(select=False)
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def step(self, direction: int) -> None:
        """Select the next (1) or previous (-1) hit, going round the end of the text."""
        if not self.isVisible():
            self.open()
        if not self.edit.text().strip():
            return
        if not self.hits:
            self._say(self.tr("“{text}” is not in this article.").format(text=self.edit.text()))
            return
        if self.current is None:
            # the first step goes to the hit at or after the caret (before it, going back)
            after = self._first_at_or_after(self._origin)
            if direction > 0:
                index = len(self.hits) if after is None else after
            else:
                index = (len(self.hits) if after is None else after) - 1
            index %= len(self.hits)
        else:
            index = self.current + direction
            if index >= len(self.hits):
                self._say(self.tr("Reached the end of the article; continued from the top."))
            elif index < 0:
                self._say(self.tr("Reached the top of the article; continued from the end."))
        self._select(index % len(self.hits))

    def close_bar(self) -> None:
        """Hide the bar and its marks; the current hit stays selected in the reader."""
        # the reader takes the focus first: hiding the focused field would hand it to the next
        # widget in the chain, which may select something else in the reader
        self.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.hide()
        self.reader.set_find_hits([])

    # -- searching ------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self._noted = True
        self.note.emit(text)

    def _on_query_changed(self, _text: str) -> None:
        # a note on the last search ("Reached the end…") is not about this one: it goes
        if self._noted:
            self._noted = False
            self.note.emit("")
        if self.current is not None:
            # typing on keeps to the hit shown while it still matches
            self._origin = self.hits[self.current][0]
        self._search(select=True)

    def _search(self, *, select: bool) -> None:
        """Find the query in the reader's text and mark the hits. With ``select``, the first
        hit at or after the origin becomes the current one and is selected; without, a hit
        that is selected already is the current one."""
        query = self.edit.text()
        self._text = self.reader.positions.text
        self.hits = find_all(self._text, query)
        self.current = None
        if select and self.hits:
            self._select(self._first_at_or_after(self._origin) or 0)
        else:
            cursor = self.reader.textCursor()
            selected = self.reader.positions.span_to_py(
                cursor.selectionStart(), cursor.selectionEnd()
            )
            if cursor.hasSelection() and selected in self.hits:
                self.current = self.hits.index(selected)
            self.reader.set_find_hits(self.hits, self.current)
            self._show_count()
        style = NO_MATCH_STYLE if query.strip() and not self.hits else ""
        if self.edit.styleSheet() != style:
            self.edit.setStyleSheet(style)

    def _first_at_or_after(self, offset: int) -> int | None:
        return next((i for i, (start, _) in enumerate(self.hits) if start >= offset), None)

    def _select(self, index: int) -> None:
        self.current = index
        self.reader.set_find_hits(self.hits, index)
        self.reader.exact_selection = False  # a hit is attributed snapped, like a selection
        self.reader.select_span(*self.hits[index])
        self._show_count()

    def _show_count(self) -> None:
        if not self.edit.text().strip():
            self.counter.setText("")
        elif not self.hits:
            self.counter.setText(self.tr("No matches"))
        elif self.current is None:
            self.counter.setText(self.tr("%Ln match(es)", "", len(self.hits)))
        else:
            self.counter.setText(
                self.tr("{current} of {total}").format(
                    current=self.current + 1, total=len(self.hits)
                )
            )

    def _on_reader_changed(self) -> None:
        """Another article, or its claims changed: mark the hits again without moving the
        selection, or close when no article is shown."""
        if not self.isVisible():
            return
        if self.reader.article_id is None:
            self.close_bar()
            return
        self._origin = self.reader.positions.to_py(self.reader.textCursor().selectionStart())
        self._search(select=False)

    # -- keys -------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in RETURN_KEYS and modifiers in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.ShiftModifier,
            ):
                self.step(-1 if modifiers & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # focus on one of the bar's buttons
            self.close_bar()
            return
        super().keyPressEvent(event)
