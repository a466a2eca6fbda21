"""Article › Versions…: the versions of an article's text (number, when, who, where from) and,
for the version chosen, what changed between it and the current text, read-only.

The difference is worked out by lines, then by sentences in the lines that differ, then by words
in the sentences that differ (:mod:`difflib`; word by word over a whole long article took
minutes: 143 s for 250,000 characters with one sentence added), and shown in words as well as
colours: removed text struck through, added text underlined, on tints chosen for the palette
(light or dark) so both stay readable.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from html import escape
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.gui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Iterator

    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.domain.records import ArticleInfo, ArticleVersionInfo

COLUMNS = (
    QT_TRANSLATE_NOOP("VersionsDialog", "Version"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Stored"),
    QT_TRANSLATE_NOOP("VersionsDialog", "By"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Source"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Claims in it"),
    QT_TRANSLATE_NOOP("VersionsDialog", "Made on it"),
)
"""The table's column titles (English source texts, shown translated)."""
EDITED_SOURCE = QT_TRANSLATE_NOOP("VersionsDialog", "edited in the app")
"""The source a version typed in the editor is stored with: English, as every other source is
data (a colleague reads the catalogue in their own language), translated where it is shown."""
COLUMN_TIPS = {
    "Claims in it": QT_TRANSLATE_NOOP(
        "VersionsDialog",
        "Claims whose span stands in this text now: every placed claim in the "
        "current text, the claims not found since in an earlier one",
    ),
    "Made on it": QT_TRANSLATE_NOOP(
        "VersionsDialog", "Claims made on this text, wherever they stand now"
    ),
}
_TOKENS = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
LIGHT = {"removed": "#fbd3d0", "added": "#cdeccf"}
DARK = {"removed": "#6b2620", "added": "#1f5127"}


def shown_source(source: str) -> str:
    """Where a version came from, as the table shows it: the app's own word for a text edited
    in it in the user's language; a file name or address as it is."""
    if source == EDITED_SOURCE:
        return QCoreApplication.translate("VersionsDialog", EDITED_SOURCE)
    return source or "—"


def diff_html(old: str, new: str, *, dark: bool = False) -> str:
    """``old`` → ``new`` word by word as HTML: removed words struck through, added underlined,
    each on a tint that reads on the palette (``dark`` or light); unchanged text as it is."""
    colours = DARK if dark else LIGHT
    removed_tip = escape(QCoreApplication.translate("VersionsDialog", "removed"), quote=True)
    added_tip = escape(QCoreApplication.translate("VersionsDialog", "added"), quote=True)
    parts: list[str] = []
    for removed, added, same in _hunks(old, new):
        if removed:
            parts.append(
                f'<span style="text-decoration: line-through; '
                f'background-color: {colours["removed"]};" title="{removed_tip}">'
                f"{_text(removed)}</span>"
            )
        if added:
            parts.append(
                f'<span style="text-decoration: underline; '
                f'background-color: {colours["added"]};" title="{added_tip}">'
                f"{_text(added)}</span>"
            )
        parts.append(_text(same))
    return '<div style="white-space: pre-wrap;">' + "".join(parts) + "</div>"


def _hunks(old: str, new: str) -> list[tuple[list[str], list[str], list[str]]]:
    """(removed, added, unchanged after them) runs of tokens. Changes separated only by spaces
    are one run: "ради переговоров" → "любой ценой" reads as the phrase replaced, not as
    "радилюбой переговоровценой"."""
    hunks: list[tuple[list[str], list[str], list[str]]] = [([], [], [])]
    for tag, before, after in _changes(old, new):
        removed, added, same = hunks[-1]
        if tag != "equal":
            if same and (removed or added) and all(t.isspace() for t in same):
                # only spaces since the last change: they join it
                removed.extend(same)
                added.extend(same)
                same.clear()
            elif same:
                hunks.append(([], [], []))
                removed, added, same = hunks[-1]
            removed.extend(before)
            added.extend(after)
        else:
            same.extend(before)
    for earlier, (removed, added, same) in pairwise(hunks):
        if not (removed and added):  # words put in, or taken out (a replacement stays)
            _start_at_a_word(removed or added, same, earlier[2])
    return hunks


_SENTENCE = re.compile(r".+?(?:[.!?…]+\s+|$)", re.DOTALL)
"""A sentence with the spaces after it (the pieces put together are the text)."""
_MOST_TOKENS = 5000
"""Sentences that differ and hold more words and spaces than this (both sides together) are
shown removed and added whole: word by word they would take seconds."""


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _sentences(text: str) -> list[str]:
    return _SENTENCE.findall(text)


_LEVELS = (_lines, _sentences)
"""How the texts are cut before they are compared word by word: each level compares only what
the one before found changed."""


def _changes(old: str, new: str, level: int = 0) -> Iterator[tuple[str, list[str], list[str]]]:
    """(difflib's tag, old tokens, new tokens), in text order: ``old`` and ``new`` compared in
    pieces of :data:`_LEVELS` ``[level]``, the pieces that differ at the next level, and at the
    last by tokens (:data:`_TOKENS`)."""
    if level == len(_LEVELS):
        before, after = _TOKENS.findall(old), _TOKENS.findall(new)
        if len(before) + len(after) > _MOST_TOKENS:
            yield "replace", before, after
            return
    else:
        before, after = _LEVELS[level](old), _LEVELS[level](new)
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if level == len(_LEVELS):
            yield tag, before[i1:i2], after[j1:j2]
        elif tag == "replace":
            yield from _changes("".join(before[i1:i2]), "".join(after[j1:j2]), level + 1)
        else:
            old_part, new_part = "".join(before[i1:i2]), "".join(after[j1:j2])
            yield tag, _TOKENS.findall(old_part), _TOKENS.findall(new_part)


def _start_at_a_word(run: list[str], same: list[str], before: list[str]) -> None:
    """Slide a run of inserted or removed tokens over the text around it so that it starts at
    a word: a sentence added after another is "New one. " and not ". New one" (the same text,
    cut elsewhere; the longest-match diff cuts it at the earlier full stop). It moves only
    while the token leaving its start is the one it takes in at its end (worked out first, so
    a long run of dashes is slid in one step)."""
    if not run:
        return
    shift = 0
    while shift < len(same):
        leaving = run[shift] if shift < len(run) else same[shift - len(run)]
        if leaving != same[shift] or leaving[0].isalnum():
            break
        shift += 1
    if shift:
        both = run + same[:shift]
        before.extend(both[:shift])
        run[:] = both[shift:]
        del same[:shift]


def _text(tokens: list[str]) -> str:
    return escape("".join(tokens)).replace("\n", "<br/>")


class VersionsDialog(QDialog):
    """The article's versions, oldest first; choosing one shows its difference from the
    current text."""

    def __init__(
        self,
        catalogue: Catalogue,
        article: ArticleInfo,
        versions: list[ArticleVersionInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("versionsDialog")
        self.setWindowTitle(
            self.tr("Versions — {title}").format(title=article.title)
            if article.title
            else self.tr("Versions")
        )
        self.resize(820, 600)
        self.catalogue = catalogue
        self.article = article
        self.versions = versions
        self._current_text: str | None = None
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(versions), len(COLUMNS), self)
        self.table.setObjectName("versionsTable")
        self.table.setAccessibleName(self.tr("Versions"))
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrow keys move in the table
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("VersionsDialog", name) for name in COLUMNS]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        titles = self.table.horizontalHeader()
        titles.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 2, 4, 5):  # each title whole ("Утверждений в ней"), and its values
            titles.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for row, version in enumerate(versions):
            number = (
                self.tr("{number} (current)").format(number=version.number)
                if version.current
                else str(version.number)
            )
            values = (
                number,
                version.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                version.created_by or "—",
                shown_source(version.source),
                str(version.claim_count),
                str(version.made_count),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        for column, name in enumerate(COLUMNS):
            header = self.table.horizontalHeaderItem(column)
            if header is not None and name in COLUMN_TIPS:
                header.setToolTip(QCoreApplication.translate("VersionsDialog", COLUMN_TIPS[name]))
        self.legend = QLabel(
            self.tr(
                "Changes from the chosen version to the current text: "
                "<s>struck through</s> was removed, <u>underlined</u> was added."
            ),
            self,
        )
        self.legend.setWordWrap(True)
        self.diff_view = QTextBrowser(self)
        self.diff_view.setObjectName("versionsDiff")
        self.diff_view.setAccessibleName(self.tr("Changes from the chosen version"))
        self.diff_view.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.diff_view)
        splitter.setSizes([160, 440])
        layout.addWidget(self.legend)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._show_chosen)
        # the version before the current one, if there is one: what the last edit changed
        if versions:
            self.table.selectRow(max(0, len(versions) - 2))

    def chosen_number(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.versions[rows[0].row()].number if rows else None

    def _show_chosen(self) -> None:
        number = self.chosen_number()
        if number is None:
            self.diff_view.clear()
            return
        try:
            if self._current_text is None:
                self._current_text = self.catalogue.get_article_text(self.article.id)
            old = self.catalogue.get_article_version(self.article.id, number).text
        except ClaimDeskError as error:
            self.diff_view.setPlainText(str(error))
            return
        if old == self._current_text:
            same = (
                self.tr("Version {number} is the current text.")
                if self.versions[-1].number == number
                else self.tr("Version {number} is the same as the current text.")
            )
            self.diff_view.setPlainText(same.format(number=number))
            return
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.diff_view.setHtml(diff_html(old, self._current_text, dark=dark))
