"""Attribution details: new speakers from the picker, snapping and Alt, highlights and the claims
panel in step, editing, re-attributing and deleting claims with undo."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest
from dialog_helpers import press, select_span, type_text, when_modal
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QHelpEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.reader import claim_tooltip, highlight_segments
from claimdesk.gui.speaker_picker import Attribution, SpeakerPicker

TEXT = (
    "Министр Джейхун Байрамов заявил: «Азербайджан не участвует в переговорах ради переговоров».\n"
    "Посол Михаил Бочарников отметил, что 🙂 сотрудничество продолжается.\n"
)
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def open_text(window: MainWindow, text: str = TEXT) -> int:
    article_id = window.articles.add_article_text(text, ask=False)
    assert article_id is not None
    return article_id


def test_unknown_name_creates_a_speaker_with_role_kind_and_tags(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    article_id = open_text(window)
    quote = "Азербайджан не участвует в переговорах ради переговоров"
    start = TEXT.index(quote)
    # a sloppy selection: inside the opening quotation mark to the middle of the last word
    select_span(window, start - 1, start + len(quote) - 4)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        type_text(dialog.name_edit, "Джейхун Байрамов")
        assert dialog.current_choice() is not None
        assert dialog.current_choice().new_name == "Джейхун Байрамов"  # type: ignore[union-attr]
        assert dialog.role_edit.isEnabled()
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
        # the role the article gives him, proposed with his name (the suggested attribution)
        assert dialog.focusWidget() is dialog.role_edit
        assert dialog.role_edit.text() == "министр"
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(dialog.focusWidget(), "МИД Азербайджана")
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.kind_combo
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("claim"))
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(dialog.focusWidget(), "Карабах, переговоры")
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    handler = when_modal("speakerPicker", fill)
    press(window.reader, Qt.Key.Key_Return, CTRL)
    handler.check()
    (claim,) = window.catalogue.claims_for_article(article_id)
    assert claim.quote == quote  # snapped: whole words, no «
    assert claim.kind == "claim"
    assert sorted(claim.tags) == ["Карабах", "переговоры"]  # as typed
    speaker = window.catalogue.find_speaker("Джейхун Байрамов")
    assert speaker is not None
    assert (speaker.role, speaker.organisation) == ("министр", "МИД Азербайджана")
    # one undo removes the claim and the speaker made with it
    press(window.reader, Qt.Key.Key_Z, CTRL)
    assert window.catalogue.claims_for_article(article_id) == []
    assert window.catalogue.find_speaker("Джейхун Байрамов") is None


def test_alt_selection_is_taken_exactly(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    article_id = open_text(window)
    start = TEXT.index("«")
    select_span(window, start, start + 13)
    # a keyboard selection made with Alt held is not snapped
    press(window.reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier | ALT)
    assert window.reader.exact_selection
    span = window.reader.selected_span()
    assert span is not None
    claim = window.claims.attribute_selection(attribution=Attribution())
    assert claim is not None
    assert claim.quote == TEXT[span[0] : span[1]]
    assert claim.quote.startswith("«")
    # without Alt the same selection snaps
    select_span(window, start, start + 13)
    assert window.reader.selected_span() == (start + 1, start + 1 + len("Азербайджан"))
    assert article_id == window.reader.article_id


def test_click_on_highlight_selects_claim_and_claim_selects_span(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    article_id = open_text(window)
    catalogue = window.catalogue
    first = catalogue.attribute_quote(article_id, "Азербайджан не участвует", "Байрамов")
    second = catalogue.attribute_quote(
        article_id, "сотрудничество продолжается", "Михаил Бочарников"
    )
    assert window.claims_panel.model().rowCount() == 2
    assert len(window.reader.claim_selections()) == 2

    # choosing the second claim in the panel selects its span in the reader
    window.claims_panel.select_claim(second.id)
    assert window.reader.textCursor().selection().toPlainText() == "сотрудничество продолжается"

    # clicking inside the first highlight chooses the first claim
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.positions.to_qt(first.start + 3))
    rect = window.reader.cursorRect(cursor)
    QTest.mouseClick(
        window.reader.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.x() + 2, rect.center().y()),
    )
    assert window.claims_panel.current_claim_id() == first.id
    tooltip = claim_tooltip(window.reader.claims_at(first.start + 3))
    assert "Байрамов" in tooltip and "direct" in tooltip


def test_overlapping_claims_stay_visible() -> None:
    from datetime import UTC, datetime

    from claimdesk.core.domain.records import ClaimInfo

    now = datetime.now(UTC)

    def claim(claim_id: int, start: int, end: int, speaker: int) -> ClaimInfo:
        return ClaimInfo(claim_id, 1, speaker, start, end, "", "", "", "direct", "", now, now)

    highlights = highlight_segments([claim(1, 0, 10, 1), claim(2, 5, 15, 2)])
    overlap = [h for h in highlights if h.overlap]
    assert [(h.start, h.end) for h in overlap] == [(5, 10)]
    plain = [h for h in highlights if not h.overlap]
    assert overlap[0].colour not in [h.colour for h in plain]


def test_delete_key_edit_and_reattribute_with_undo(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    article_id = open_text(window)
    catalogue = window.catalogue
    claim = catalogue.attribute_quote(article_id, "сотрудничество продолжается", "Байрамов")

    # re-attribute to a new speaker and edit kind/tags in one dialog: one undo step
    window.claims_panel.select_claim(claim.id)

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        assert dialog.name_edit.text() == "Байрамов"
        dialog.name_edit.clear()
        type_text(dialog.name_edit, "Михаил Бочарников")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("indirect"))
        dialog.tags_edit.setText("сотрудничество")
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    steps = window.undo_stack.count()
    handler = when_modal("speakerPicker", edit)
    press(window.claims_panel, Qt.Key.Key_F2)
    handler.check()
    edited = catalogue.get_claim(claim.id)
    assert (edited.speaker_name, edited.kind, edited.tags) == (
        "Михаил Бочарников",
        "indirect",
        ("сотрудничество",),
    )
    assert window.undo_stack.count() == steps + 1
    press(window.reader, Qt.Key.Key_Z, CTRL)
    restored = catalogue.get_claim(claim.id)
    assert (restored.speaker_name, restored.kind, restored.tags) == ("Байрамов", "direct", ())
    assert catalogue.find_speaker("Михаил Бочарников") is None

    # Delete in the claims panel deletes; undo brings it back
    window.claims_panel.setFocus()
    window.claims_panel.select_claim(claim.id)
    press(window.claims_panel, Qt.Key.Key_Delete)
    assert catalogue.claims_for_article(article_id) == []
    assert window.reader.claim_selections() == []
    # at once, as any undoable edit, and the status bar says so with the way back
    assert window.statusBar().currentMessage() == (
        "Deleted 1 claim. Edit › Undo (Ctrl+Z) brings it back."
    )
    press(window.reader, Qt.Key.Key_Z, CTRL)
    assert [c.id for c in catalogue.claims_for_article(article_id)] == [claim.id]


def test_hovering_a_highlight_shows_speaker_and_kind(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window
    article_id = open_text(window)
    claim = window.catalogue.attribute_quote(
        article_id, "сотрудничество продолжается", "Михаил Бочарников", kind="indirect"
    )
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_args: shown.append(text))
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.positions.to_qt(claim.start + 2))
    rect = window.reader.cursorRect(cursor)
    point = window.reader.viewport().mapTo(window.reader, QPoint(rect.x() + 2, rect.center().y()))
    event = QHelpEvent(QEvent.Type.ToolTip, point, window.reader.mapToGlobal(point))
    QApplication.sendEvent(window.reader, event)
    assert shown and "Михаил Бочарников" in shown[0] and "indirect" in shown[0]


def test_dropping_a_file_opens_it_as_an_article(
    qtbot: QtBot, main_window: MainWindow, sample_article_path: Path
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_article_path))])
    handler = when_modal("articleDialog", lambda dialog: dialog.accept())  # type: ignore[attr-defined]
    drop = QDropEvent(
        QPointF(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    main_window.dropEvent(drop)
    qtbot.waitUntil(lambda: main_window.reader.article_id is not None, timeout=5000)
    handler.check()
    text = main_window.catalogue.get_article_text(main_window.reader.article_id or 0)
    assert text.startswith("БАКУ, 28 июл - Sputnik.")


class Opened(NamedTuple):
    """What the Attribute dialog opened with: the speaker's name and the kind."""

    name: str
    kind: object


def picker_for(window: MainWindow, text: str, span: str) -> Opened:
    """The Attribute dialog the window makes for ``span`` of ``text`` (the article shown), as
    it opens; the dialog itself is deleted."""
    start = text.index(span)
    picker = window.claims.make_speaker_picker(start, start + len(span))
    try:
        return Opened(picker.name_edit.text(), picker.kind_combo.currentData())
    finally:
        picker.deleteLater()


def test_the_picker_preselects_the_kind_the_context_suggests(main_window: MainWindow) -> None:
    open_text(main_window)
    quoted = "Азербайджан не участвует в переговорах ради переговоров"
    reported = "сотрудничество продолжается"
    for quote, kind in ((quoted, "direct"), (reported, "indirect"), ("Посол Михаил", "claim")):
        picker = picker_for(main_window, TEXT, quote)
        assert (picker.kind, quote) == (kind, quote)


PROPOSING = (
    "Hillary Clinton spoke to supporters in Iowa on Saturday about the economy.\n\n"
    "The debate moved on to other candidates. Senator Ted Cruz said: \u201cWe will secure "
    "the border before anything else.\u201d\n\n"
    "\u201cThe plan is already written,\u201d Clinton said.\n"
)


@pytest.mark.parametrize("known", [False, True])
def test_the_picker_proposes_the_speaker_the_article_names_for_the_span(
    qtbot: QtBot, main_window: MainWindow, known: bool
) -> None:
    """Enter in the picker files a quote under whoever the article says said it, not under the
    last known speaker mentioned earlier (Clinton, two sentences before Cruz's quote)."""
    window = main_window
    window.catalogue.add_speaker("Hillary Clinton")
    if known:
        window.catalogue.add_speaker("Ted Cruz")
    article_id = open_text(window, PROPOSING)
    qtbot.waitUntil(lambda: len(window.suggestions.suggestions) >= 1, timeout=5000)
    quote = "We will secure the border before anything else."
    start = PROPOSING.index(quote)
    select_span(window, start, start + len(quote))
    seen: list[str] = []

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        seen.append(dialog.name_edit.text())
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    handler = when_modal("speakerPicker", confirm)
    press(window.reader, Qt.Key.Key_Return, CTRL)
    handler.check()
    assert seen == ["Ted Cruz"]
    (claim,) = window.catalogue.claims_for_article(article_id)
    assert claim.speaker_name == "Ted Cruz"
    # a span the article attributes to no one: the known speaker mentioned last before it in
    # its paragraph; in the next paragraph no one (one named paragraphs before was as often
    # someone else's: see CatalogueIndex.suggest_speaker)
    for span, proposed in (("about the economy", "Hillary Clinton"), ("The debate moved on", "")):
        assert picker_for(window, PROPOSING, span).name == proposed, span
    # a few words of the quote (less than half of it): still the one who said it, not Clinton
    assert picker_for(window, PROPOSING, "already").name == "Hillary Clinton"
