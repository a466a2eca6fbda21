"""Long articles keep the window responsive: a long paragraph is laid out in pieces (every
position where it was, copies whole), suggestions of a long article are read off the GUI thread,
and those of a very long one only when asked."""

from __future__ import annotations

import pytest
from dialog_helpers import select_span, show_all_suggestions
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from claimdesk.gui import suggestions as suggestions_module
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.reader import DISPLAY_BLOCK, display_text
from claimdesk.gui.speaker_picker import Attribution

SENTENCE = "Посол Михаил Бочарников отметил, что сотрудничество между странами продолжается 🙂. "


def one_paragraph(length: int) -> str:
    return (SENTENCE * (length // len(SENTENCE) + 1))[:length].rstrip() + "\n"


@given(
    st.text(alphabet=st.sampled_from(list("аб cd.,!\n🙂ё")), max_size=400),
    st.integers(min_value=8, max_value=60),
)
def test_display_text_keeps_every_position(text: str, limit: int) -> None:
    shown, breaks = display_text(text, limit)
    assert len(shown) == len(text)
    for offset, (was, now) in enumerate(zip(text, shown, strict=True)):
        assert now == was or (offset in breaks and was == " " and now == "\n")
    for line in shown.split("\n"):
        # a line stays within the limit unless it has no space to break at
        assert len(line) <= limit or " " not in line[limit // 2 :]


def test_a_short_text_is_shown_as_it_is() -> None:
    text = "Первый абзац.\nВторой абзац, короткий.\n"
    assert display_text(text) == (text, [])


def test_a_long_paragraph_is_laid_out_in_pieces_and_copied_whole(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    text = one_paragraph(20 * DISPLAY_BLOCK)
    article_id = window.articles.add_article_text(text, ask=False)
    assert article_id is not None
    shown, breaks = display_text(text)
    document = window.reader.document()
    assert document.toPlainText() == shown
    assert document.blockCount() >= 20
    assert max(len(line) for line in shown.split("\n")) <= DISPLAY_BLOCK
    # a selection across a piece's break copies the article's own text, spaces and all
    start, end = breaks[0] - 40, breaks[0] + 40
    select_span(window, start, end)
    QTest.keySequence(window.reader, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == text[start:end]
    assert "\n" not in QGuiApplication.clipboard().text()
    # and a claim made across it stores that text
    claim = window.claims.attribute_selection(
        snap=False, attribution=Attribution(new_speaker="Михаил Бочарников", kind="claim")
    )
    assert claim is not None and claim.quote == text[start:end]
    assert window.reader.selected_span(snap=False) == (start, end)


def test_suggestions_of_a_long_article_come_from_the_background(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(suggestions_module, "SYNC_LIMIT", 2_000)
    window = main_window
    panel = window.suggestions.panel
    show_all_suggestions(window)
    window.articles.add_article_text(one_paragraph(6_000), ask=False)
    # the article is shown at once, its suggestions follow
    assert panel.status.text() == "Looking for quotes in this long article…"
    assert window.suggestions.suggestions == []
    qtbot.waitUntil(lambda: len(window.suggestions.suggestions) > 0, timeout=20_000)
    assert "Enter accepts" in panel.status.text()
    assert window.reader.suggestion_spans == [
        (s.start, s.end) for s in window.suggestions.suggestions
    ]


def test_a_very_long_article_is_read_for_suggestions_only_when_asked(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(suggestions_module, "SYNC_LIMIT", 2_000)
    monkeypatch.setattr(suggestions_module, "ASK_LIMIT", 5_000)
    window = main_window
    panel = window.suggestions.panel
    show_all_suggestions(window)
    window.articles.add_article_text(one_paragraph(6_000), ask=False)
    assert panel.look_button.isVisible()
    assert "only when you ask" in panel.status.text()
    assert window.suggestions.suggestions == [] and window.reader.suggestion_spans == []

    QTest.mouseClick(panel.look_button, Qt.MouseButton.LeftButton)
    assert not panel.look_button.isVisible()
    qtbot.waitUntil(lambda: len(window.suggestions.suggestions) > 0, timeout=20_000)
    # asked once, the article keeps its suggestions as claims are made in it
    first = window.suggestions.suggestions[0]
    window.reader.select_span(first.start, first.end)
    window.claims.attribute_selection(
        snap=False, attribution=Attribution(new_speaker="Б", kind="claim")
    )
    assert not panel.look_button.isVisible()
    qtbot.waitUntil(
        lambda: (
            bool(window.suggestions.suggestions)
            and (first.start, first.end) not in window.reader.suggestion_spans
        ),
        timeout=20_000,
    )


def test_a_claim_chosen_far_down_is_shown_a_third_of_the_way_down(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    text = "".join(f"Абзац {n}: {SENTENCE}\n" for n in range(80))
    article_id = window.articles.add_article_text(text, ask=False)
    assert article_id is not None
    quote = "Абзац 70: Посол Михаил Бочарников"
    start = text.index(quote)
    claim = window.catalogue.attribute_span(
        article_id, start, start + len(quote), None, new_speaker="Михаил Бочарников"
    )
    qtbot.waitUntil(lambda: window.claims_panel.claims_model.rowCount() == 1, timeout=5000)
    row = window.claims_panel.claims_model.row_of(claim.id)
    assert row is not None
    index = window.claims_panel.claims_model.index(row, 2)
    QTest.mouseClick(
        window.claims_panel.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.claims_panel.visualRect(index).center(),
    )
    assert window.reader.selected_span(snap=False) == (start, start + len(quote))
    cursor = window.reader.textCursor()
    cursor.setPosition(cursor.selectionStart())
    top = window.reader.cursorRect(cursor).top()
    height = window.reader.viewport().height()
    assert height // 8 <= top <= height * 2 // 3, (top, height)
