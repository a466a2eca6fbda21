"""The modal-dialog helper itself: a handler that never sees its dialog must fail the test, not
leave another modal's exec() blocking it (and CI) for ever."""

from __future__ import annotations

import pytest
from dialog_helpers import when_modal
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot


def test_a_handler_that_misses_its_dialog_closes_the_open_modal_and_fails(qtbot: QtBot) -> None:
    other = QDialog()
    other.setObjectName("someOtherDialog")
    other.setWindowTitle("Другое окно")
    qtbot.addWidget(other)
    handler = when_modal("wantedDialog", lambda dialog: None, timeout_ms=200)
    result = other.exec()  # would block for ever were the miss not acted on
    assert result == QDialog.DialogCode.Rejected
    assert not handler.dialogs
    with pytest.raises(AssertionError, match="wantedDialog did not open within 200 ms") as failure:
        handler.check()
    assert "QDialog someOtherDialog “Другое окно” was open instead" in str(failure.value)


def test_a_handler_that_finds_its_dialog_answers_it(qtbot: QtBot) -> None:
    wanted = QDialog()
    wanted.setObjectName("wantedDialog")
    qtbot.addWidget(wanted)
    seen: list[QWidget] = []

    def accept(dialog: QWidget) -> None:
        seen.append(dialog)
        assert isinstance(dialog, QDialog)
        dialog.accept()

    handler = when_modal("wantedDialog", accept, timeout_ms=2000)
    assert wanted.exec() == QDialog.DialogCode.Accepted
    assert handler.check() is wanted
    assert seen == [wanted]


def test_a_handler_left_over_from_an_earlier_test_touches_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    leftover = when_modal("wantedDialog", lambda dialog: None, timeout_ms=100)
    monkeypatch.setenv("PYTEST_CURRENT_TEST", "tests/gui/test_later.py::test_other (call)")
    later = QDialog()
    later.setObjectName("wantedDialog")
    qtbot.addWidget(later)
    QTimer.singleShot(400, later.accept)  # the later test's own answer
    assert later.exec() == QDialog.DialogCode.Accepted
    assert not leftover.dialogs
    assert leftover.error is None
