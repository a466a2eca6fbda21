"""The speaker picker offers the speaker of an almost certainly identical claim made elsewhere
when no known speaker is named before the selection: chosen when it opens, with a note saying
where they said it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialog_helpers import press, select_span, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.speaker_picker import SpeakerPicker

if TYPE_CHECKING:
    from team_fixtures import TeamDesk

pytest_plugins = ["team_fixtures"]

QUOTE = "Азербайджан не участвует в переговорах ради переговоров"
FIRST = f"Министр Джейхун Байрамов заявил: «{QUOTE}».\n"
SECOND = f"Источник в правительстве сообщил: «{QUOTE}». Подробности не приводятся.\n"
CTRL = Qt.KeyboardModifier.ControlModifier


def two_articles(window: MainWindow) -> tuple[int, int]:
    catalogue = window.catalogue
    first = catalogue.add_article(FIRST, title="Байрамов о переговорах").id
    catalogue.attribute_quote(first, QUOTE, "Джейхун Байрамов", kind="direct")
    second = window.articles.add_article_text(SECOND, ask=False)
    assert second is not None and window.reader.article_id == second
    return first, second


def test_the_picker_offers_who_said_the_same_elsewhere(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    _first, second = two_articles(window)
    qtbot.waitUntil(lambda: window.catalogue.index.claims_ready, timeout=10_000)
    start = SECOND.index(QUOTE)
    select_span(window, start, start + len(QUOTE))
    assert window.catalogue.suggest_speaker(second, start) is None  # nobody named before it
    seen: list[tuple[str, str, bool]] = []

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        choice = dialog.current_choice()
        assert choice is not None and choice.speaker is not None
        seen.append((choice.speaker.name, dialog.hint_label.text(), dialog.hint_label.isVisible()))
        # choosing someone else hides the note: it is about the speaker offered
        dialog.name_edit.selectAll()
        type_text(dialog.name_edit, "Источник")
        assert not dialog.hint_label.isVisible()
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Escape)

    handler = when_modal("speakerPicker", check)
    press(window.reader, Qt.Key.Key_Return, CTRL)
    handler.check()
    assert seen == [
        (
            "Джейхун Байрамов",
            "Suggested: Джейхун Байрамов said the same in «Байрамов о переговорах».",
            True,
        )
    ]

    # accepted as offered, the claim is his
    handler = when_modal("speakerPicker", lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Return))
    press(window.reader, Qt.Key.Key_Return, CTRL)
    handler.check()
    (claim,) = window.catalogue.claims_for_article(second)
    assert (claim.quote, claim.speaker_name) == (QUOTE, "Джейхун Байрамов")


def test_a_merely_similar_claim_offers_nobody(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    _first, _second = two_articles(window)
    qtbot.waitUntil(lambda: window.catalogue.index.claims_ready, timeout=10_000)
    quote = "Подробности не приводятся"
    start = SECOND.index(quote)
    picker = window.claims.make_speaker_picker(start, start + len(quote))
    try:
        choice = picker.current_choice()
        assert choice is not None and choice.speaker is None
        assert not picker.hint_label.text()
    finally:
        picker.deleteLater()


def test_a_team_catalogue_offers_it_from_the_servers_index(
    qtbot: QtBot, team_desk: TeamDesk
) -> None:
    window = team_desk.window
    _first, second = two_articles(window)
    qtbot.waitUntil(lambda: window.index_status.text().startswith("Matching ready"))
    assert not window.catalogue.index.claims_ready  # searched on the server, not in memory
    start = SECOND.index(QUOTE)
    picker = window.claims.make_speaker_picker(start, start + len(QUOTE))
    try:
        choice = picker.current_choice()
        assert choice is not None and choice.speaker is not None
        assert choice.speaker.name == "Джейхун Байрамов"
        assert "said the same in «Байрамов о переговорах»" in picker.hint_label.text()
    finally:
        picker.deleteLater()
    assert second == window.reader.article_id
