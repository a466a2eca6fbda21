"""Suggested attributions in the main window: dashed underlines in the reader and the list in
the suggestions dock; F8 moves, Enter accepts (with the picker pre-filled for a new speaker),
Delete rejects (remembered for the article), "Accept all ≥" stores many; undo takes them back."""

from __future__ import annotations

import pytest
from dialog_helpers import (
    name_the_speaker,
    press,
    select_span,
    show_all_suggestions,
    type_text,
    when_modal,
)
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.suggest import (
    DEFAULT_MIN_CONFIDENCE,
    Suggestion,
    min_confidence,
    pending_suggestions,
)
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.speaker_picker import SpeakerPicker
from claimdesk.gui.suggestions import SHOW_ALL_KEY, SYNC_LIMIT
from claimdesk.gui.suggestions_panel import SuggestionsPanel

TEXT = (
    "Министр Джейхун Байрамов заявил: «Азербайджан не участвует в переговорах ради переговоров».\n"
    "Посол Михаил Бочарников отметил, что 🙂 сотрудничество между странами продолжается.\n"
    "«Мы готовы к диалогу с любой стороной», — сказал он.\n"
)


def open_text(window: MainWindow, text: str = TEXT) -> int:
    show_all_suggestions(window)  # these tests look at every suggestion, the less sure ones too
    article_id = window.articles.add_article_text(text, ask=False)
    assert article_id is not None
    return article_id


def panel(window: MainWindow) -> SuggestionsPanel:
    found = window.findChild(SuggestionsPanel, "suggestionsPanel")
    assert found is not None
    return found


def dashed_spans(window: MainWindow) -> list[tuple[int, int]]:
    """The stretches of the reader drawn with a suggestion's dashed underline, in code points."""
    reader = window.reader
    text = reader.positions.text
    spans: list[tuple[int, int]] = []
    start = None
    for offset in range(len(text) + 1):
        on = offset < len(text) and reader.suggestion_at(offset)
        if on and start is None:
            start = offset
        elif not on and start is not None:
            spans.append((start, offset))
            start = None
    return spans


def test_suggestions_show_underlined_and_listed(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    open_text(window)
    suggestions = window.suggestions.suggestions
    texts = [s.text for s in suggestions]
    assert (
        texts
        == [
            "Азербайджан не участвует в переговорах ради переговоров",
            "сотрудничество между странами продолжается",
            "Мы готовы к диалогу с любой стороной",
        ][: len(texts)]
    )
    assert len(texts) == 3
    assert dashed_spans(window) == [(s.start, s.end) for s in suggestions]
    # the emoji takes two UTF-16 positions: the underline after it is still on the right text
    third = suggestions[2]
    assert TEXT[third.start : third.end] == "Мы готовы к диалогу с любой стороной"
    assert panel(window).model.rowCount() == 3
    assert suggestions[2].speaker == "Михаил Бочарников"


def test_f8_moves_enter_accepts_with_picker_and_undo(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    article_id = open_text(window)
    press(window.reader, Qt.Key.Key_F8)
    view = panel(window).list
    assert view.hasFocus() or panel(window).current_row() >= 0
    first = panel(window).current()
    assert first is not None
    assert window.reader.selected_span(snap=False) == (first.start, first.end)
    press(window.reader, Qt.Key.Key_F8)
    second = panel(window).current()
    assert second is not None and second.start > first.start
    press(window.reader, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert panel(window).current() == first

    seen: list[tuple[str, str]] = []

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        seen.append((dialog.name_edit.text(), dialog.role_edit.text()))
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    handler = when_modal("speakerPicker", confirm)
    QTest.keyClick(view, Qt.Key.Key_Return)
    handler.check()
    # new speaker: the picker, pre-filled with the name and the role the article gives
    assert seen == [("Джейхун Байрамов", "министр")]
    claims = window.catalogue.claims_for_article(article_id)
    assert [(c.start, c.end, c.kind) for c in claims] == [(first.start, first.end, "direct")]
    made = window.catalogue.get_speaker(claims[0].speaker_id or 0)
    assert (made.name, made.role) == ("Джейхун Байрамов", "министр")
    assert [s.text for s in window.suggestions.suggestions] == [
        "сотрудничество между странами продолжается",
        "Мы готовы к диалогу с любой стороной",
    ]
    assert len(dashed_spans(window)) == 2

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(window.suggestions.suggestions) == 3)
    assert window.catalogue.claims_for_article(article_id) == []


def test_known_speaker_accepted_without_picker(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    article_id = open_text(window)
    window.catalogue.add_speaker("Михаил Бочарников")
    window.suggestions.refresh()
    p = panel(window)
    p.set_current_row(2)
    assert p.current() is not None and p.current().speaker_id is not None  # type: ignore[union-attr]
    QTest.keyClick(p.list, Qt.Key.Key_Return)
    claims = window.catalogue.claims_for_article(article_id)
    assert len(claims) == 1
    assert claims[0].quote == "Мы готовы к диалогу с любой стороной"


def reject_the_second(window: MainWindow) -> tuple[int, Suggestion]:
    """Open the article and reject its second suggestion with Delete in the list; the
    article's id and the suggestion rejected."""
    article_id = open_text(window)
    p = panel(window)
    p.set_current_row(1)
    rejected = p.current()
    assert rejected is not None
    QTest.keyClick(p.list, Qt.Key.Key_Delete)
    return article_id, rejected


def test_delete_rejects_and_is_remembered(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    article_id, rejected = reject_the_second(window)
    assert rejected not in window.suggestions.suggestions
    assert len(window.suggestions.suggestions) == 2
    assert (rejected.start, rejected.end) not in dashed_spans(window)
    assert window.catalogue.claims_for_article(article_id) == []
    # showing the article again (or after a restart: QSettings) keeps it rejected
    window.articles.show_article(article_id)
    assert len(window.suggestions.suggestions) == 2
    assert rejected not in window.suggestions.suggestions


def test_rejected_suggestions_are_brought_back_by_the_button_under_the_list(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """A mistaken Delete could not be taken back (Ctrl+Z undoes catalogue edits, and a
    rejection is none): the button under the list brings the article's rejections back."""
    window = main_window
    window.resize(1024, 700)
    open_text(window)
    p = panel(window)
    assert not p.restore_button.isVisible()  # nothing rejected
    before = [(s.start, s.end) for s in window.suggestions.suggestions]
    for _ in range(2):
        p.set_current_row(0)
        QTest.keyClick(p.list, Qt.Key.Key_Delete)
    assert len(window.suggestions.suggestions) == len(before) - 2
    assert p.restore_button.isVisible() and p.restore_button.text() == "Bring back 2 rejected"
    QTest.mouseClick(p.restore_button, Qt.MouseButton.LeftButton)
    assert [(s.start, s.end) for s in window.suggestions.suggestions] == before
    assert sorted(dashed_spans(window)) == sorted(before)
    assert not p.restore_button.isVisible()
    assert p.list.hasFocus()  # Enter and Delete work on the list again at once
    # and for good: shown again, the article has none rejected
    window.articles.show_article(window.reader.article_id or 0)
    assert [(s.start, s.end) for s in window.suggestions.suggestions] == before


def test_accept_all_above_a_confidence(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    article_id = open_text(window)
    suggestions = window.suggestions.suggestions
    bar = max(s.confidence for s in suggestions)
    expected = [s for s in suggestions if s.confidence >= bar]
    assert 1 <= len(expected) < len(suggestions)
    p = panel(window)
    p.min_confidence.setValue(bar)
    QTest.mouseClick(p.accept_all_button, Qt.MouseButton.LeftButton)
    claims = window.catalogue.claims_for_article(article_id)
    assert sorted((c.start, c.end) for c in claims) == sorted((s.start, s.end) for s in expected)
    names = {window.catalogue.get_speaker(c.speaker_id or 0).name for c in claims}
    assert names <= {"Джейхун Байрамов", "Михаил Бочарников"}
    assert len(window.suggestions.suggestions) == len(suggestions) - len(expected)
    # one undo step for all of them
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.catalogue.claims_for_article(article_id) == [])
    assert window.suggestions.accept_suggestions_above(0.0) == 3
    assert len(window.catalogue.list_speakers()) == 2


def test_less_certain_suggestions_wait_behind_show_all(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    shown_panel = panel(window)
    assert not shown_panel.show_all.isChecked()
    # "Они" names no one before it: a suggestion given with the pronoun itself, less certain
    window.articles.add_article_text(
        TEXT + "Они утверждают, что новый мост через реку откроют к осени.\n", ask=False
    )
    everything = pending_suggestions(window.catalogue, window.reader.article_id or 0)
    sure = [s for s in everything if s.confidence >= min_confidence("ru")]
    assert len(sure) < len(everything), "the test text needs a less certain suggestion"
    assert [s.text for s in window.suggestions.suggestions] == [s.text for s in sure]
    assert dashed_spans(window) == sorted((s.start, s.end) for s in sure)
    hidden = len(everything) - len(sure)
    assert f"F8 next. {hidden} less certain hidden (Show all)." in shown_panel.status.text()

    show_all_suggestions(window)
    assert [s.text for s in window.suggestions.suggestions] == [s.text for s in everything]
    assert "hidden" not in shown_panel.status.text()
    # remembered for the next window
    assert QSettings().value(SHOW_ALL_KEY, False, type=bool)


ENGLISH = (
    '"The pier stays shut until the survey is done," said harbour master Colin Reyes.\n'
    '"We will reopen in May if the divers agree," he said.\n'
    "The harbour board said that mooring fees will rise by a tenth next year.\n"
    "Mary Holt said that the new buoys will arrive in June.\n"
)


def test_an_english_article_shows_by_its_own_least_confidence(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    shown_panel = panel(window)
    assert not shown_panel.show_all.isChecked()
    window.articles.add_article_text(ENGLISH, ask=False)
    everything = pending_suggestions(window.catalogue, window.reader.article_id or 0)
    least = min_confidence("en")
    sure = [s for s in everything if s.confidence >= least]
    assert 1 <= len(sure) < len(everything), "the test text needs sure and less sure ones"
    assert any(least <= s.confidence < DEFAULT_MIN_CONFIDENCE for s in sure), (
        "the test text needs one shown by the English value, not by the one for all languages"
    )
    assert [s.text for s in window.suggestions.suggestions] == [s.text for s in sure]
    assert dashed_spans(window) == sorted((s.start, s.end) for s in sure)
    # "Accept all ≥" starts at the article language's value, and a Russian article moves it
    assert shown_panel.min_confidence.value() == pytest.approx(least)
    window.articles.add_article_text(TEXT, ask=False)
    assert shown_panel.min_confidence.value() == pytest.approx(min_confidence("ru"))


UNKNOWN = "Они утверждают, что новый мост через реку откроют к осени.\n"
"""A speaker that names no one before it: suggested as "Они", for the reader to name."""


def test_a_pronoun_naming_no_one_is_asked_not_stored(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    article_id = open_text(window, TEXT + UNKNOWN)
    p = panel(window)
    rows = [p.model.data(p.model.index(r, 0)) for r in range(p.model.rowCount())]
    unknown = [s for s in window.suggestions.suggestions if s.speaker == "Они"]
    assert len(unknown) == 1 and unknown[0].speaker_unknown
    assert any("Они (who?)" in str(row) for row in rows)

    # accept all takes the three named ones and leaves "Они" for the reader
    assert window.suggestions.accept_suggestions_above(0.0) == 3
    assert "Они" not in {s.name for s in window.catalogue.list_speakers()}
    assert [s.text for s in window.suggestions.suggestions] == [unknown[0].text]

    # accepting it by hand opens the picker with no name in it: the reader says who
    seen: list[str] = []

    def name_them(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        seen.append(dialog.name_edit.text())
        type_text(dialog.name_edit, "Жители района")
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    p.set_current_row(0)
    handler = when_modal("speakerPicker", name_them)
    QTest.keyClick(p.list, Qt.Key.Key_Return)
    handler.check()
    assert seen == [""]
    claims = window.catalogue.claims_for_article(article_id)
    stored = [c for c in claims if (c.start, c.end) == (unknown[0].start, unknown[0].end)]
    assert len(stored) == 1
    assert window.catalogue.get_speaker(stored[0].speaker_id or 0).name == "Жители района"


def test_after_accepting_the_next_suggestion_is_not_taken_for_a_move(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Accepting makes the new claim current and the next suggestion's span selected: the
    status bar must not ask to move the claim there."""
    window = main_window
    open_text(window)
    press(window.reader, Qt.Key.Key_F8)
    view = panel(window).list

    def confirm(dialog: QWidget) -> None:
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    handler = when_modal("speakerPicker", confirm)
    QTest.keyClick(view, Qt.Key.Key_Return)
    handler.check()
    current = panel(window).current()
    assert current is not None
    assert window.reader.selected_span(snap=False) == (current.start, current.end)
    assert "Select the new span" not in window.statusBar().currentMessage()


def test_enter_in_the_text_accepts_the_suggestion_it_shows_selected(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """A suggestion current in the list is selected in the text, and the list says Enter
    accepts: Enter in the text accepts it too. With another
    selection Enter accepts nothing and says how to attribute it."""
    window = main_window
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    window.catalogue.add_speaker("Джейхун Байрамов")
    window.suggestions.refresh()
    panel(window).set_current_row(0)  # current in the list, selected in the text
    first = panel(window).current()
    assert first is not None and first.speaker_id is not None
    window.reader.setFocus()
    assert window.reader.selected_span(snap=False) == (first.start, first.end)
    press(window.reader, Qt.Key.Key_Return)
    (claim,) = window.catalogue.claims_for_article(article_id)
    assert (claim.start, claim.end, claim.speaker_name) == (
        first.start,
        first.end,
        "Джейхун Байрамов",
    )
    start = TEXT.index("Посол")
    window.reader.setFocus()
    select_span(window, start, start + len("Посол Михаил"))
    press(window.reader, Qt.Key.Key_Return)
    assert len(window.catalogue.claims_for_article(article_id)) == 1
    assert "Ctrl+Enter" in window.statusBar().currentMessage()


def test_a_rejection_stays_with_the_words_through_a_new_version_of_the_text(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Rejections were kept under the text's hash: a corrected text listed the rejected
    suggestion again. They follow the words into the new version (an undo finds the old
    text's own again)."""
    window = main_window
    article_id, rejected = reject_the_second(window)
    p = panel(window)
    assert [s.text for s in window.suggestions.suggestions].count(rejected.text) == 0
    edited = "Сегодня в Баку. " + TEXT  # every offset moves
    window.undo_stack.run(lambda: window.catalogue.new_article_version(article_id, edited))
    qtbot.waitUntil(lambda: window.reader.positions.text == edited, timeout=5000)
    qtbot.waitUntil(lambda: len(window.suggestions.suggestions) == 2, timeout=5000)
    assert rejected.text not in [s.text for s in window.suggestions.suggestions]
    assert p.restore_button.text() == "Bring back 1 rejected"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.reader.positions.text == TEXT, timeout=5000)
    qtbot.waitUntil(lambda: len(window.suggestions.suggestions) == 2, timeout=5000)
    assert rejected.text not in [s.text for s in window.suggestions.suggestions]


def test_attributing_another_span_leaves_the_text_where_the_user_is(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """With a suggestion current in the list, attributing a span elsewhere refreshed the list
    and selected that suggestion in the text again: in a long article the reader jumped back
    to it, the new claim out of sight."""
    window = main_window
    # long enough to be read for suggestions off the GUI thread (they come back later)
    filler = "Погода в Баку была тёплой, и переговоры шли своим чередом.\n" * 250
    text = TEXT + filler + "Посол Михаил Бочарников приехал в Баку.\n"
    assert len(text) > SYNC_LIMIT
    open_text(window, text)
    qtbot.waitUntil(lambda: panel(window).model.rowCount() > 0, timeout=10_000)
    press(window.reader, Qt.Key.Key_F8)  # the first suggestion current, selected in the text
    first = panel(window).current()
    assert first is not None
    span = "Посол Михаил Бочарников приехал"  # near the end, no suggestion's
    start = text.rindex(span)
    select_span(window, start, start + len(span))

    handler = when_modal("speakerPicker", name_the_speaker("Михаил Бочарников"))
    press(window.reader, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    handler.check()
    [claim] = [c for c in window.catalogue.claims_for_article(window.reader.article_id or 0)
               if c.quote == span]  # fmt: skip
    # the suggestions read again off the GUI thread come back and are shown
    assert window.suggestions.search.wait()
    QApplication.processEvents()
    assert window.reader.selected_span(snap=False) != (first.start, first.end)
    assert window.claims_panel.current_claim_id() == claim.id


def test_accept_and_reject_are_on_only_with_a_suggestion_chosen(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """A new article lists its suggestions with none chosen: Accept and Reject are off (a click
    on them did nothing), Accept all ≥ on; a suggestion clicked turns them on, and Accept then
    opens the picker for it."""
    window = main_window
    open_text(window)
    shown = panel(window)
    qtbot.waitUntil(lambda: shown.model.rowCount() == 3)
    assert shown.current_row() == -1
    assert not shown.accept_button.isEnabled() and not shown.reject_button.isEnabled()
    assert shown.accept_all_button.isEnabled()

    view = shown.list
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.visualRect(shown.model.index(0, 0)).center(),
    )
    assert shown.current_row() == 0
    assert shown.accept_button.isEnabled() and shown.reject_button.isEnabled()

    proposed: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        proposed.append(dialog.name_edit.text())
        dialog.reject()

    picker = when_modal("speakerPicker", look)
    QTest.mouseClick(shown.accept_button, Qt.MouseButton.LeftButton)
    picker.check()
    assert proposed == ["Джейхун Байрамов"]
