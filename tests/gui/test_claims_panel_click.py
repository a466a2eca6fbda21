"""Choosing a claim with the mouse in "Claims in this article": the Claim menu's actions are
enabled and their keys work on the clicked claim, as they do for a claim chosen with the keys
or by clicking its highlight."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from dialog_helpers import name_the_speaker, press, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.domain.records import ClaimInfo
from claimdesk.gui.claims_panel import anchor_mark
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.speaker_picker import SpeakerPicker

TEXT = (
    "Министр Джейхун Байрамов заявил: «Азербайджан не участвует в переговорах».\n"
    "Посол Михаил Бочарников отметил, что 🙂 сотрудничество продолжается.\n"
)
CTRL = Qt.KeyboardModifier.ControlModifier
CLAIM_ACTIONS = ("reattribute", "edit_claim", "delete_claims", "link_same")


def two_claims(window: MainWindow) -> tuple[ClaimInfo, ClaimInfo]:
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    catalogue = window.catalogue
    first = catalogue.attribute_quote(article_id, "Азербайджан не участвует", "Байрамов")
    second = catalogue.attribute_quote(
        article_id, "сотрудничество продолжается", "Михаил Бочарников", kind="indirect"
    )
    assert window.claims_panel.model().rowCount() == 2
    return first, second


def click_row(window: MainWindow, row: int, column: int = 2) -> None:
    panel = window.claims_panel
    index = panel.model().index(row, column)
    QTest.mouseClick(
        panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.visualRect(index).center()
    )


def enabled(window: MainWindow) -> dict[str, bool]:
    return {name: window.actions_.get(name).isEnabled() for name in CLAIM_ACTIONS}


def test_a_clicked_row_enables_the_claim_actions(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    first, second = two_claims(window)
    click_row(window, 1)
    assert window.claims_panel.current_claim_id() == second.id
    assert enabled(window) == dict.fromkeys(CLAIM_ACTIONS, True)
    # the reader shows the clicked claim's span
    assert window.reader.selected_span(snap=False) == (second.start, second.end)
    # clicking another row moves the choice (no click leaves the actions greyed out)
    click_row(window, 0, column=0)
    assert window.claims_panel.current_claim_id() == first.id
    assert enabled(window) == dict.fromkeys(CLAIM_ACTIONS, True)
    assert window.reader.selected_span(snap=False) == (first.start, first.end)


def test_f2_after_a_click_opens_the_claim_editor(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    _first, second = two_claims(window)
    click_row(window, 1)

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        assert dialog.windowTitle() == "Edit claim"
        assert dialog.name_edit.text() == "Михаил Бочарников"
        dialog.tags_edit.setFocus()
        type_text(dialog.tags_edit, "сотрудничество")
        QTest.keyClick(dialog.tags_edit, Qt.Key.Key_Return)

    handler = when_modal("speakerPicker", edit)
    press(window.claims_panel, Qt.Key.Key_F2)
    handler.check()
    assert window.catalogue.get_claim(second.id).tags == ("сотрудничество",)


def test_ctrl_r_after_a_click_reattributes(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    first, _second = two_claims(window)
    click_row(window, 0)

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        assert dialog.windowTitle() == "Re-attribute"
        assert dialog.name_edit.text() == "Байрамов"
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Escape)

    handler = when_modal("speakerPicker", cancel)
    press(window.claims_panel, Qt.Key.Key_R, CTRL)
    handler.check()
    assert not handler.dialogs[0].isVisible()
    assert window.catalogue.get_claim(first.id).speaker_name == "Байрамов"

    handler = when_modal("speakerPicker", name_the_speaker("Михаил Бочарников"))
    press(window.claims_panel, Qt.Key.Key_R, CTRL)
    handler.check()
    assert window.catalogue.get_claim(first.id).speaker_name == "Михаил Бочарников"


def test_delete_after_a_click_deletes_the_clicked_claim(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    first, second = two_claims(window)
    click_row(window, 1)
    press(window.claims_panel, Qt.Key.Key_Delete)
    assert [c.id for c in window.catalogue.claims_for_article(first.article_id)] == [first.id]
    press(window.claims_panel, Qt.Key.Key_Z, CTRL)
    ids = [c.id for c in window.catalogue.claims_for_article(first.article_id)]
    assert ids == [first.id, second.id]


def test_ctrl_click_away_the_chosen_row_disables_the_actions(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    two_claims(window)
    click_row(window, 1)
    panel = window.claims_panel
    index = panel.model().index(1, 2)
    QTest.mouseClick(
        panel.viewport(), Qt.MouseButton.LeftButton, CTRL, panel.visualRect(index).center()
    )
    qtbot.wait(10)
    assert panel.current_claim_id() is None
    assert enabled(window) == dict.fromkeys(CLAIM_ACTIONS, False)


@pytest.mark.parametrize(("score", "shown"), [(0.997, "≈ 99%"), (0.83, "≈ 83%"), (0.5, "≈ 50%")])
def test_an_approximate_place_never_reads_as_a_whole_match(score: float, shown: str) -> None:
    """A one-letter change in a long claim placed it at 0.997, shown "≈ 100%": an exact match
    to the eye."""
    claim = ClaimInfo(
        id=1, article_id=1, speaker_id=None, speaker_name="", start=0, end=5, quote="quote",
        context_before="", context_after="", kind="direct", tags=(), note="",
        created_at=datetime.now(UTC), updated_at=datetime.now(UTC),
        anchor_state="approximate", anchor_score=score,
    )  # fmt: skip
    assert anchor_mark(claim) == shown
