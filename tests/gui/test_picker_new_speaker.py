"""The speaker picker never gives a new speaker another speaker's role and organisation: those
fields show a known speaker's values only while that speaker is the chosen match, and a new
speaker gets what the user typed there."""

from __future__ import annotations

from dialog_helpers import press, select_span, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.speaker_picker import SpeakerPicker

TEXT = "Сегодня стало известно: «Переговоры продолжатся на следующей неделе в Баку».\n"
QUOTE = "Переговоры продолжатся на следующей неделе в Баку"
CTRL = Qt.KeyboardModifier.ControlModifier


def open_quote(window: MainWindow) -> int:
    catalogue = window.catalogue
    catalogue.add_speaker(
        "Джейхун Байрамов", role="Министр иностранных дел", organisation="МИД Азербайджана"
    )
    catalogue.add_speaker(
        "Дмитрий Песков",
        role="Kremlin spokesman",
        organisation="Kremlin",
        aliases=["пресс-секретарь президента России"],
    )
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    start = TEXT.index(QUOTE)
    select_span(window, start, start + len(QUOTE))
    return article_id


def fields(dialog: SpeakerPicker) -> tuple[str, str, bool]:
    return (
        dialog.role_edit.text(),
        dialog.organisation_edit.text(),
        dialog.role_edit.isEnabled() and dialog.organisation_edit.isEnabled(),
    )


def chosen_name(dialog: SpeakerPicker) -> str:
    choice = dialog.current_choice()
    assert choice is not None
    return choice.speaker.name if choice.speaker is not None else f"new: {choice.new_name}"


def test_a_new_speaker_does_not_inherit_a_matched_speakers_role(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    article_id = open_quote(window)
    seen: list[tuple[str, tuple[str, str, bool]]] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        type_text(dialog.name_edit, "Дж")
        seen.append((chosen_name(dialog), fields(dialog)))
        type_text(dialog.name_edit, "ек")
        seen.append((chosen_name(dialog), fields(dialog)))
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    handler = when_modal("speakerPicker", fill)
    press(window.reader, Qt.Key.Key_Return, CTRL)
    handler.check()
    # while "Дж" matches Байрамов, his own role and organisation show, read-only
    assert seen[0] == (
        "Джейхун Байрамов",
        ("Министр иностранных дел", "МИД Азербайджана", False),
    )
    # "Джек" is someone new: empty fields to fill in, not Байрамов's
    assert seen[1] == ("new: Джек", ("", "", True))
    jack = window.catalogue.find_speaker("Джек")
    assert jack is not None
    assert (jack.role, jack.organisation) == ("", "")
    (claim,) = window.catalogue.claims_for_article(article_id)
    assert claim.speaker_id == jack.id


def test_what_the_user_typed_for_a_new_speaker_is_kept(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    open_quote(window)
    seen: list[tuple[str, tuple[str, str, bool]]] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        type_text(dialog.name_edit, "посол")
        seen.append((chosen_name(dialog), fields(dialog)))
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.role_edit
        type_text(dialog.role_edit, "посол")
        QTest.keyClick(dialog.role_edit, Qt.Key.Key_Tab)
        type_text(dialog.organisation_edit, "МИД России")
        # back to the name: a known speaker chosen on the way shows their own values…
        dialog.name_edit.setFocus()
        dialog.name_edit.selectAll()
        type_text(dialog.name_edit, "Байрамов")
        seen.append((chosen_name(dialog), fields(dialog)))
        # …and a new name again gets what the user typed for a new speaker, not his
        dialog.name_edit.selectAll()
        type_text(dialog.name_edit, "посол России Михаил Евдокимов")
        seen.append((chosen_name(dialog), fields(dialog)))
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    handler = when_modal("speakerPicker", fill)
    press(window.reader, Qt.Key.Key_Return, CTRL)
    handler.check()
    assert seen == [
        ("new: посол", ("", "", True)),
        ("Джейхун Байрамов", ("Министр иностранных дел", "МИД Азербайджана", False)),
        ("new: посол России Михаил Евдокимов", ("посол", "МИД России", True)),
    ]
    made = window.catalogue.find_speaker("посол России Михаил Евдокимов")
    assert made is not None
    assert (made.role, made.organisation) == ("посол", "МИД России")


def test_a_proposed_role_does_not_go_to_another_name_typed_instead(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The picker proposed the suggestion's new speaker with the article's role ("посол"); the
    user typed another person's name, and that person was stored as "посол" too."""
    window = main_window
    open_quote(window)
    seen: list[tuple[str, tuple[str, str, bool]]] = []
    picker = SpeakerPicker(window.catalogue, QUOTE, window)
    qtbot.addWidget(picker)
    picker.propose("Михаил Бочарников", "посол")
    seen.append((chosen_name(picker), fields(picker)))
    picker.name_edit.selectAll()
    type_text(picker.name_edit, "Игорь Попов")
    seen.append((chosen_name(picker), fields(picker)))
    assert seen == [
        ("new: Михаил Бочарников", ("посол", "", True)),
        ("new: Игорь Попов", ("", "", True)),
    ]
    # a role the user typed is theirs: it stays with whatever new name follows
    type_text(picker.role_edit, "сопредседатель")
    picker.name_edit.selectAll()
    type_text(picker.name_edit, "Игорь Попов-Младший")
    assert fields(picker) == ("сопредседатель", "", True)
