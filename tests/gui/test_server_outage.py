"""Losing the team server under an open window: a clear message, the user's input kept in the
dialog they typed it in, nothing half-saved, and the same input saved once the server is back.

These tests really stop the PostgreSQL server under the window (team_fixtures.py: ``team_desk``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialog_helpers import ModalHandler, press, select_span, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.gui.article_dialog import ArticleDialog
from claimdesk.gui.errors import SERVER_LOST_INPUT_KEPT, SERVER_LOST_STATUS
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.speaker_edit_dialog import SpeakerEditDialog
from claimdesk.gui.speaker_picker import MATCHING_UNAVAILABLE, SpeakerPicker

if TYPE_CHECKING:
    from team_fixtures import TeamDesk

pytest_plugins = ["team_fixtures"]

TEXT = (
    "Министр Джейхун Байрамов заявил: «Переговоры продолжаются без посредников».\n"
    "Эксперт отметил, что стороны близки к соглашению.\n"
)
QUOTE = "Переговоры продолжаются без посредников"
CTRL = Qt.KeyboardModifier.ControlModifier


def open_text(qtbot: QtBot, window: MainWindow) -> int:
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    # the matching index is built off the GUI thread: let it finish before the server goes
    qtbot.waitUntil(lambda: window.index_status.text().startswith("Matching ready"))
    return article_id


def watch_errors(window: MainWindow) -> tuple[int, list[str]]:
    """The undo steps so far, and a list that collects the errors the window shows from now."""
    messages: list[str] = []
    window.error_shown.connect(messages.append)
    return window.undo_stack.count(), messages


def picker_fields(picker: SpeakerPicker) -> tuple[str, str, str, str, str, str]:
    return (
        picker.name_edit.text(),
        picker.role_edit.text(),
        picker.organisation_edit.text(),
        str(picker.kind_combo.currentData()),
        picker.tags_edit.text(),
        picker.note_edit.text(),
    )


TYPED = ("Анна Петрова", "аналитик", "Центр Кавказа", "indirect", "переговоры, посредники", "моё")


def fill_picker(picker: SpeakerPicker) -> None:
    name, role, organisation, kind, tags, note = TYPED
    type_text(picker.name_edit, name)
    assert picker.role_edit.isEnabled()  # a new speaker of the typed name
    picker.role_edit.setText(role)
    picker.organisation_edit.setText(organisation)
    picker.kind_combo.setCurrentIndex(picker.kind_combo.findData(kind))
    picker.tags_edit.setText(tags)
    picker.note_edit.setText(note)


def test_an_attribution_made_while_the_server_is_down_is_kept_and_saved_once_it_is_back(
    qtbot: QtBot, team_desk: TeamDesk
) -> None:
    window = team_desk.window
    article_id = open_text(qtbot, window)
    start = TEXT.index(QUOTE)
    select_span(window, start, start + len(QUOTE))
    steps, messages = watch_errors(window)
    team_desk.stop_server()
    reopened: list[ModalHandler] = []

    def first(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        fill_picker(dialog)
        assert dialog.problem_label.text() == MATCHING_UNAVAILABLE  # typed, not lost
        reopened.append(when_modal("speakerPicker", again))
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    def again(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        # the same picker, open again: what happened and what to do, and all that was typed
        assert_input_kept_notice(dialog.problem_label, window)
        assert picker_fields(dialog) == TYPED
        assert window.server_status.text() == SERVER_LOST_STATUS
        team_desk.start_server()
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    handler = when_modal("speakerPicker", first)
    press(window.reader, Qt.Key.Key_Return, CTRL)
    handler.check()
    assert reopened, "the picker did not open again"
    reopened[0].check()

    assert SERVER_LOST_INPUT_KEPT in messages
    (claim,) = window.catalogue.claims_for_article(article_id)  # saved once, not twice
    assert (claim.quote, claim.speaker_name, claim.kind, sorted(claim.tags), claim.note) == (
        QUOTE,
        "Анна Петрова",
        "indirect",
        ["переговоры", "посредники"],
        "моё",
    )
    assert (claim.speaker_role, claim.speaker_organisation) == ("аналитик", "Центр Кавказа")
    assert len(window.catalogue.list_speakers()) == 1
    assert window.undo_stack.count() == steps + 1
    assert window.claims_panel.claims_model.rowCount() == 1
    assert window.claims_panel.claims_model.claim(0).id == claim.id
    # the live view finds the server back and takes the note away
    window.bridge.poll()
    assert not window.server_status.isVisible()


def test_a_claim_edit_cut_off_by_the_server_stopping_is_kept_and_saved_once_it_is_back(
    qtbot: QtBot, team_desk: TeamDesk
) -> None:
    window = team_desk.window
    catalogue = window.catalogue
    article_id = open_text(qtbot, window)
    claim = catalogue.attribute_quote(article_id, QUOTE, "Джейхун Байрамов", kind="direct")
    window.claims_panel.select_claim(claim.id)
    reopened: list[ModalHandler] = []

    def first(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        assert dialog.name_edit.text() == "Джейхун Байрамов"
        team_desk.stop_server()  # while the user is typing
        dialog.name_edit.clear()
        fill_picker(dialog)
        reopened.append(when_modal("speakerPicker", again))
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    def again(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        assert dialog.problem_label.text() == SERVER_LOST_INPUT_KEPT
        assert picker_fields(dialog) == TYPED
        team_desk.start_server()
        # nothing was half-saved while the server was away
        unchanged = catalogue.get_claim(claim.id)
        assert (unchanged.version, unchanged.speaker_name, unchanged.note) == (
            1,
            "Джейхун Байрамов",
            "",
        )
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    handler = when_modal("speakerPicker", first)
    press(window.claims_panel, Qt.Key.Key_F2)
    handler.check()
    assert reopened, "the picker did not open again"
    reopened[0].check()

    edited = catalogue.get_claim(claim.id)
    assert (edited.speaker_name, edited.kind, sorted(edited.tags), edited.note) == (
        "Анна Петрова",
        "indirect",
        ["переговоры", "посредники"],
        "моё",
    )
    assert (edited.speaker_role, edited.speaker_organisation) == ("аналитик", "Центр Кавказа")
    assert edited.version == 2


def test_a_known_speaker_typed_while_the_server_is_down_is_matched_when_it_is_back(
    qtbot: QtBot, team_desk: TeamDesk
) -> None:
    window = team_desk.window
    catalogue = window.catalogue
    article_id = open_text(qtbot, window)
    known = catalogue.add_speaker("Мария Захарова", role="представитель МИД")
    start = TEXT.index(QUOTE)
    select_span(window, start, start + len(QUOTE))
    team_desk.stop_server()
    seen: list[str] = []

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        type_text(dialog.name_edit, "Мария Захарова")
        assert dialog.current_choice() is not None
        assert dialog.current_choice().speaker is None  # type: ignore[union-attr]
        team_desk.start_server()
        # OK looks the name up first: the known speaker is chosen, shown, not created again
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        seen.append(dialog.problem_label.text())
        choice = dialog.current_choice()
        assert choice is not None and choice.speaker is not None
        assert choice.speaker.id == known.id
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    handler = when_modal("speakerPicker", pick)
    press(window.reader, Qt.Key.Key_Return, CTRL)
    handler.check()
    assert "server is back" in seen[0]
    (claim,) = catalogue.claims_for_article(article_id)
    assert claim.speaker_id == known.id
    assert [s.id for s in catalogue.list_speakers()] == [known.id]


def test_the_live_view_notes_a_lost_server_quietly_and_clears_the_note(
    qtbot: QtBot, team_desk: TeamDesk
) -> None:
    window = team_desk.window
    messages: list[str] = []
    window.error_shown.connect(messages.append)
    open_text(qtbot, window)
    window.bridge.poll_timer.setInterval(50)
    assert not window.server_status.isVisible()
    team_desk.stop_server()
    with qtbot.waitSignal(window.bridge.server_reachable) as lost:
        pass
    assert lost.args == [False]
    assert window.server_status.isVisible()
    assert window.server_status.text() == "Team server unreachable — retrying…"
    # polls go on failing: still one quiet note, never an error message
    failures = 0

    def polled_again() -> bool:
        nonlocal failures
        failures += 1
        return failures >= 3

    window.bridge.poll_timer.timeout.connect(polled_again)
    qtbot.waitUntil(lambda: failures >= 3)
    assert messages == []
    with qtbot.waitSignal(window.bridge.server_reachable) as back:
        team_desk.start_server()
    assert back.args == [True]
    assert not window.server_status.isVisible()
    assert messages == []


def press_ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)


def speaker_edit_fields(dialog: SpeakerEditDialog) -> tuple[str, str, str, str]:
    return (
        dialog.name_edit.text(),
        dialog.role_edit.text(),
        dialog.organisation_edit.text(),
        dialog.note_edit.toPlainText(),
    )


EDITED_SPEAKER = ("Мария Захарова-Иванова", "директор департамента", "МИД России", "с 2015 года")


def test_a_speaker_edit_cut_off_by_the_server_stopping_is_kept_and_saved_once_it_is_back(
    qtbot: QtBot, team_desk: TeamDesk
) -> None:
    window = team_desk.window
    catalogue = window.catalogue
    speaker = catalogue.add_speaker("Мария Захарова", role="представитель", organisation="МИД")
    view = window.browse.speakers_view
    assert view is not None
    window.show_speakers()
    view.reload()
    view.select_speakers([speaker.id], speaker.id)
    steps, messages = watch_errors(window)
    reopened: list[ModalHandler] = []

    def first(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerEditDialog)
        assert not dialog.problem_label.isVisible()
        team_desk.stop_server()  # while the user is typing
        name, role, organisation, note = EDITED_SPEAKER
        dialog.name_edit.clear()
        type_text(dialog.name_edit, name)
        dialog.role_edit.clear()
        type_text(dialog.role_edit, role)
        dialog.organisation_edit.setText(organisation)
        dialog.note_edit.setPlainText(note)
        reopened.append(when_modal("speakerEditDialog", again))
        press_ok(dialog)

    def again(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerEditDialog)
        # open again: what happened and what to do, and everything typed
        assert_input_kept_notice(dialog.problem_label, window)
        assert speaker_edit_fields(dialog) == EDITED_SPEAKER
        assert view.last_error == ""  # no error box instead
        team_desk.start_server()
        # nothing was half-saved while the server was away
        unchanged = catalogue.get_speaker(speaker.id)
        assert (unchanged.version, unchanged.name, unchanged.role) == (
            speaker.version,
            "Мария Захарова",
            "представитель",
        )
        press_ok(dialog)

    handler = when_modal("speakerEditDialog", first)
    QTest.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    handler.check()
    assert reopened, "the edit dialog did not open again"
    reopened[0].check()

    edited = catalogue.get_speaker(speaker.id)
    assert (edited.name, edited.role, edited.organisation, edited.note) == EDITED_SPEAKER
    assert edited.version == speaker.version + 1
    assert window.undo_stack.count() == steps + 1
    assert view.last_error == ""
    assert messages == [SERVER_LOST_INPUT_KEPT]
    assert view.current_speaker() is not None
    assert view.current_speaker().role == "директор департамента"  # type: ignore[union-attr]


def article_fields(dialog: ArticleDialog) -> tuple[str, str, str, str, str]:
    return (
        dialog.title_edit.text(),
        dialog.outlet_edit.text(),
        dialog.date_edit.text(),
        dialog.url_edit.text(),
        dialog.language_edit.text(),
    )


TYPED_DETAILS = (
    "Байрамов о переговорах",
    "Sputnik Азербайджан",
    "2024-03-15",
    "https://example.org/news/1",
    "ru",
)


def test_new_article_details_typed_while_the_server_is_down_are_kept_and_stored_once_it_is_back(
    qtbot: QtBot, team_desk: TeamDesk
) -> None:
    window = team_desk.window
    catalogue = window.catalogue
    steps, messages = watch_errors(window)
    team_desk.stop_server()
    reopened: list[ModalHandler] = []

    def first(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        assert not dialog.problem_label.isVisible()
        for edit, value in zip(
            (
                dialog.title_edit,
                dialog.outlet_edit,
                dialog.date_edit,
                dialog.url_edit,
                dialog.language_edit,
            ),
            TYPED_DETAILS,
            strict=True,
        ):
            edit.clear()
            type_text(edit, value)
        assert article_fields(dialog) == TYPED_DETAILS
        reopened.append(when_modal("articleDialog", again))
        press_ok(dialog)

    def again(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        assert_input_kept_notice(dialog.problem_label, window)
        assert article_fields(dialog) == TYPED_DETAILS
        team_desk.start_server()
        assert catalogue.list_articles() == []  # nothing was stored while the server was away
        press_ok(dialog)

    handler = when_modal("articleDialog", first)
    article_id = window.articles.add_article_text(TEXT, source_name="clipboard", near=False)
    handler.check()
    assert reopened, "the details dialog did not open again"
    reopened[0].check()

    assert article_id is not None
    (stored,) = catalogue.list_articles()
    assert stored.id == article_id
    article = catalogue.get_article(article_id)
    assert (
        article.title,
        article.outlet,
        article.published,
        article.url,
        article.language,
    ) == TYPED_DETAILS
    assert catalogue.get_article_text(article_id) == TEXT
    assert window.undo_stack.count() == steps + 1
    assert window.reader.article_id == article_id
    assert messages == [SERVER_LOST_INPUT_KEPT]


def test_cancelling_the_reopened_article_details_stores_nothing(
    qtbot: QtBot, team_desk: TeamDesk
) -> None:
    window = team_desk.window
    team_desk.stop_server()
    reopened: list[ModalHandler] = []

    def first(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        dialog.title_edit.setText("Черновик")
        reopened.append(when_modal("articleDialog", cancel))
        press_ok(dialog)

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        assert dialog.problem_label.text() == SERVER_LOST_INPUT_KEPT
        assert dialog.title_edit.text() == "Черновик"
        team_desk.start_server()
        dialog.reject()

    handler = when_modal("articleDialog", first)
    assert window.articles.add_article_text(TEXT, near=False) is None
    handler.check()
    assert reopened, "the details dialog did not open again"
    reopened[0].check()
    assert window.catalogue.list_articles() == []
    assert window.reader.article_id is None


def assert_input_kept_notice(problem_label: QLabel, window: MainWindow) -> None:
    """A dialog reopened after the server went away says so (and that the input is kept) above
    its fields, and the status bar notes the lost server."""
    assert problem_label.isVisible()
    assert problem_label.text() == SERVER_LOST_INPUT_KEPT
    assert window.server_status.isVisible()


def test_the_pickers_note_that_matches_are_unavailable_goes_when_the_server_is_back(
    qtbot: QtBot, team_desk: TeamDesk
) -> None:
    """ "Speakers cannot be matched now" stayed in red beside the matches found again once the
    server was back."""
    window = team_desk.window
    open_text(qtbot, window)
    start = TEXT.index(QUOTE)
    select_span(window, start, start + len(QUOTE))
    team_desk.stop_server()
    seen: list[tuple[bool, str]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        dialog.activateWindow()
        type_text(dialog.name_edit, "Анна")
        seen.append((dialog.problem_label.isVisible(), dialog.problem_label.text()))
        team_desk.start_server()
        type_text(dialog.name_edit, " Петрова")
        seen.append((dialog.problem_label.isVisible(), dialog.problem_label.text()))
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    handler = when_modal("speakerPicker", look)
    press(window.reader, Qt.Key.Key_Return, CTRL)
    handler.check()
    assert seen[0] == (True, MATCHING_UNAVAILABLE)
    assert seen[1][0] is False
