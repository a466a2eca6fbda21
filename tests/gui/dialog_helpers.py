"""Helpers for GUI tests: handle a modal dialog that exec() opens while the test waits (found by
its object name, or by any test for the boxes Qt's static functions open), find a menu's action,
type and press keys, select a span in the reader."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QWidget,
)

if TYPE_CHECKING:
    from claimdesk.gui.main_window import MainWindow


class ModalHandler:
    """Calls a handler with the modal dialog named ``object_name`` once it is open (exec() blocks
    the test, so the handler runs from a timer). A failing handler rejects the dialog, so the
    test goes on, and :meth:`check` raises the failure there. One that never sees its dialog
    within ``timeout_ms`` closes whatever modal is open then (so a miss fails the test instead of
    leaving exec() blocked) and :meth:`check` says so."""

    def __init__(
        self, object_name: str, handler: Callable[[QWidget], None], timeout_ms: int = 5000
    ) -> None:
        self.object_name = object_name
        self.handler = handler
        self.timeout_ms = timeout_ms
        self.dialogs: list[QWidget] = []
        self.error: BaseException | None = None
        self._waited = 0
        self._test = _current_test()
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        if _current_test() != self._test:
            return  # its test is over: a later test's dialogs are not this handler's to touch
        dialog = QApplication.activeModalWidget()
        if dialog is not None and self.wanted(dialog):
            self.dialogs.append(dialog)
            try:
                self.handler(dialog)
            except BaseException as error:
                self.error = error
                if isinstance(dialog, QDialog) and dialog.isVisible():
                    dialog.reject()
            return
        self._waited += 20
        if self._waited < self.timeout_ms:
            QTimer.singleShot(20, self._poll)
            return
        # Never seen: were another modal (or this one, unrecognised) left open, exec() would
        # block the test, and CI, for ever; close it so the test goes on and check() fails.
        self.error = AssertionError(
            f"the dialog {self.object_name} did not open within {self.timeout_ms} ms"
            + ("" if dialog is None else f"; {describe(dialog)} was open instead and was closed")
        )
        if isinstance(dialog, QDialog):
            dialog.reject()
        elif dialog is not None:
            dialog.close()

    def wanted(self, dialog: QWidget) -> bool:
        """Whether ``dialog`` is the one to handle."""
        return dialog.objectName() == self.object_name

    def check(self) -> QWidget:
        """The handled dialog; raises the handler's failure, or if the dialog never opened."""
        if self.error is not None:
            raise self.error
        assert self.dialogs, f"the dialog {self.object_name} did not open"
        return self.dialogs[0]


def _current_test() -> str:
    """The test running now (pytest's node id), "" outside pytest."""
    return os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" ", 1)[0]


def describe(dialog: QWidget) -> str:
    """A modal dialog as a failure names it: its class, object name and title."""
    name = dialog.objectName() or "(no object name)"
    return f"{type(dialog).__name__} {name} “{dialog.windowTitle()}”"


def when_modal(
    object_name: str, handler: Callable[[QWidget], None], timeout_ms: int = 5000
) -> ModalHandler:
    return ModalHandler(object_name, handler, timeout_ms)


class ModalWhere(ModalHandler):
    """A :class:`ModalHandler` for a modal dialog found by ``matches`` instead of its object name
    (for the boxes Qt's static functions open, which have none); ``description`` names it in
    failures."""

    def __init__(
        self,
        matches: Callable[[QWidget], bool],
        description: str,
        handler: Callable[[QWidget], None],
        timeout_ms: int = 5000,
    ) -> None:
        self.matches = matches
        super().__init__(description, handler, timeout_ms)

    def wanted(self, dialog: QWidget) -> bool:
        return self.matches(dialog)


def when_modal_where(
    matches: Callable[[QWidget], bool],
    description: str,
    handler: Callable[[QWidget], None],
    timeout_ms: int = 5000,
) -> ModalHandler:
    """Like :func:`when_modal`, for the modal dialog for which ``matches`` is true."""
    return ModalWhere(matches, description, handler, timeout_ms)


def titled(title: str) -> Callable[[QWidget], bool]:
    """Matches a dialog by its window title."""
    return lambda dialog: dialog.windowTitle() == title


def menu_action(window: QMainWindow, menu: str, text: str) -> QAction:
    """The action ``text`` in the menu bar's menu ``menu``, as a person finds it (``&`` marks
    left out of both)."""

    def plain(label: str) -> str:
        return label.replace("&", "")

    for top in window.menuBar().actions():
        submenu = top.menu()
        if plain(top.text()) == plain(menu) and isinstance(submenu, QMenu):
            for action in submenu.actions():
                if plain(action.text()) == plain(text):
                    return action
    raise AssertionError(f"no {menu} › {text} in the menu bar")


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key (QTest.keyClicks handles only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def press(
    widget: QWidget,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press ``key`` in ``widget`` with its window active, as a window manager would have it
    after a dialog closes (offscreen Qt does not re-activate the window by itself), so window
    shortcuts work."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        QApplication.processEvents()
    assert QApplication.activeWindow() is window, "the window could not be activated"
    QTest.keyClick(widget, key, modifiers)


def select_span(window: MainWindow, start: int, end: int) -> None:
    """Select code points start..end in the reader as a keyboard user would end up."""
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.positions.to_qt(start))
    cursor.setPosition(window.reader.positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)
    window.reader.exact_selection = False


def show_all_suggestions(window: MainWindow) -> None:
    """Tick "Show all" in the suggestions panel, as a user who wants the less certain ones too."""
    box = window.suggestions.panel.show_all
    if not box.isChecked():
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert box.isChecked()


def answer_file_dialog(
    path: object,
    button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Open,
    then: Callable[[], None] | None = None,
) -> Callable[[QWidget], None]:
    """Answers a file dialog as a person does: the whole path pasted into its name field (typed
    key by key, the completer would go into each folder), then its Open (or ``button``);
    ``then`` runs just before the click."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(name, QLineEdit)
        name.setText(str(path))
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        assert isinstance(buttons, QDialogButtonBox)
        chosen = buttons.button(button)
        assert isinstance(chosen, QAbstractButton) and chosen.isEnabled()
        if then is not None:
            then()
        QTest.mouseClick(chosen, Qt.MouseButton.LeftButton)

    return answer


def name_the_speaker(name: str) -> Callable[[QWidget], None]:
    """Answers the speaker picker as a person does: the proposed name typed over with
    ``name``, then Enter."""

    def answer(dialog: QWidget) -> None:
        edit = dialog.findChild(QLineEdit, "speakerNameEdit")
        assert edit is not None
        edit.selectAll()
        type_text(edit, name)
        QTest.keyClick(edit, Qt.Key.Key_Return)

    return answer
