"""The main window's frame: names for automation, files, clipboard, catalogues, settings, errors."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from dialog_helpers import menu_action, press, titled, type_text, when_modal, when_modal_where
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from claimdesk import APP_NAME, __version__
from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import CatalogueOpenError
from claimdesk.gui import app as app_module
from claimdesk.gui.article_dialog import ArticleDialog
from claimdesk.gui.errors import ExceptionReporter, setup_logging
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.settings import AppSettings
from claimdesk.gui.speaker_picker import Attribution

WIDGET_NAMES = ("articleList", "articleReader", "claimsPanel", "similarClaimsPanel")
ACTION_NAMES = (
    "actionAttribute",
    "actionPasteArticle",
    "actionOpen",
    "actionExportCsv",
    "actionUndo",
    "actionRedo",
)


def test_parts_have_object_and_accessible_names(main_window: MainWindow) -> None:
    """Automation finds the parts by object name; a screen reader reads their accessible names,
    which are words, not those object names (tests/gui/test_accessibility.py checks them all)."""
    for name in WIDGET_NAMES:
        widget = main_window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName() and widget.accessibleName() != name
    for name in ACTION_NAMES:
        action = main_window.findChild(QAction, name)
        assert action is not None, name
        button = main_window.toolbar.widgetForAction(action)
        assert button is not None
        assert button.objectName() == "button" + name.removeprefix("action")
    if main_window.browse.catalogue_view is not None:
        assert main_window.findChild(QWidget, "catalogueView") is main_window.browse.catalogue_view


def test_rich_text_from_the_clipboard_keeps_paragraphs(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    mime = QMimeData()
    mime.setHtml("<h1>Заголовок</h1><p>Первый <b>абзац</b>.</p><p>Второй абзац.</p>")
    QGuiApplication.clipboard().setMimeData(mime)

    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        assert dialog.title_edit.text() == "Заголовок"
        assert dialog.language_edit.text() == "ru"
        dialog.accept()

    handler = when_modal("articleDialog", accept)
    article_id = main_window.articles.paste_article()
    handler.check()
    QGuiApplication.clipboard().clear()
    assert article_id is not None
    text = main_window.catalogue.get_article_text(article_id)
    assert text.splitlines() == ["Заголовок", "Первый абзац.", "Второй абзац."]


def test_a_long_guessed_title_shows_its_beginning_selected_for_typing_over(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The title field showed the end of a long guessed title ("…ответ на вызов"), cut at the
    left: the selection left the cursor at the end."""
    title = (
        "Отечественная пропаганда объясняет, что одна из причин нынешней политики — это "
        "необходимость дать ответ на вызов соседей и их попытку ущемить интересы страны"
    )
    main_window.show()
    qtbot.waitExposed(main_window)
    QGuiApplication.clipboard().setText(title + "\n\nПервый абзац статьи. Второй абзац.")
    seen: list[tuple[str, int, str]] = []

    def look_and_type(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        edit = dialog.title_edit
        assert dialog.focusWidget() is edit
        seen.append((edit.selectedText(), edit.cursorPosition(), edit.text()))
        type_text(edit, "Своё название")
        QTest.keyClick(edit, Qt.Key.Key_Return)

    handler = when_modal("articleDialog", look_and_type)
    article_id = main_window.articles.paste_article()
    handler.check()
    QGuiApplication.clipboard().clear()
    assert seen == [(title, 0, title)]  # all of it chosen, its start in view
    assert article_id is not None
    assert main_window.catalogue.get_article(article_id).title == "Своё название"


def test_open_file_adds_recent_file_and_unreadable_file_shows_message(
    qtbot: QtBot, main_window: MainWindow, sample_article_path: Path, tmp_path: Path
) -> None:
    opened = main_window.articles.open_files([sample_article_path, sample_article_path])
    assert len(opened) == 2 and opened[0] == opened[1]  # the same text is one article
    assert main_window.reader.article_id == opened[0]
    assert AppSettings().recent_files == [str(sample_article_path.resolve())]

    with qtbot.waitSignal(main_window.error_shown) as shown:
        assert main_window.articles.open_files([tmp_path / "missing.txt"]) == []
    assert "does not exist" in shown.args[0]
    assert "Traceback" not in shown.args[0]


def test_switching_catalogues_rebuilds_the_views(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    main_window.articles.add_article_text("Статья в первом каталоге.", ask=False)
    assert main_window.article_panel.model.rowCount() == 1
    other = tmp_path / "other.sqlite"
    assert main_window.catalogues.switch_catalogue(str(other))
    assert main_window.catalogue.location == str(other)
    assert main_window.article_panel.model.rowCount() == 0
    assert main_window.reader.article_id is None
    assert not main_window.undo_group.canUndo()
    assert AppSettings().last_catalogue == str(other)
    main_window.articles.add_article_text("Статья во втором каталоге.", ask=False)
    assert main_window.undo_group.canUndo()

    not_a_catalogue = tmp_path / "notes.sqlite"
    not_a_catalogue.write_text("just text, not SQLite " * 100)
    with qtbot.waitSignal(main_window.error_shown) as shown:
        assert not main_window.catalogues.switch_catalogue(str(not_a_catalogue))
    assert "not a ClaimDesk catalogue" in shown.args[0]
    assert main_window.catalogue.location == str(other)


def test_layout_is_remembered(qtbot: QtBot, main_window: MainWindow, catalogue_path: Path) -> None:
    main_window.resize(900, 640)
    main_window.similar_dock.hide()
    main_window.close()
    again = app_module.build_main_window(str(catalogue_path))
    qtbot.addWidget(again)
    assert again.similar_dock.isHidden()
    # the offscreen screen is 800 px wide, so only the height survives the round trip as set
    assert again.height() == 640
    again.close()


def read_and_press(box: QWidget, button: str, shown: list[str]) -> None:
    """Note the message box's text, then press its button labelled ``button``."""
    assert isinstance(box, QMessageBox)
    shown.append(box.text())
    (chosen,) = [b for b in box.buttons() if b.text().replace("&", "") == button]
    QTest.mouseClick(chosen, Qt.MouseButton.LeftButton)


def test_about_names_version_location_and_schema(main_window: MainWindow) -> None:
    shown: list[str] = []
    handler = when_modal_where(
        titled(f"About {APP_NAME}"), "the About box", lambda box: read_and_press(box, "OK", shown)
    )
    menu_action(main_window, "&Help", "&About ClaimDesk").trigger()
    handler.check()
    (text,) = shown
    assert __version__ in text
    assert main_window.catalogue.location in text
    revision = main_window.catalogue.schema_revision()
    assert revision and revision in text


def test_unopenable_catalogue_offers_a_way_out(tmp_path: Path, settings_dir: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database" * 200)
    with pytest.raises(CatalogueOpenError):
        app_module.build_main_window(str(bad))
    messages: list[str] = []
    handlers = []

    def open_another(box: QWidget) -> None:
        handlers.append(when_modal("QFileDialog", choose_the_bad_file))
        read_and_press(box, "Open another…", messages)

    def choose_the_bad_file(dialog: QWidget) -> None:
        # (watched for first, so that the test ends even if this handler fails)
        handlers.append(
            when_modal(
                "cannotOpenCatalogueMessage", lambda box: read_and_press(box, "Quit", messages)
            )
        )
        assert isinstance(dialog, QFileDialog)
        assert dialog.windowTitle() == "Open catalogue"
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(name, QLineEdit)
        # the whole path at once, as pasted: typed key by key, the dialog's completer goes
        # into each folder as its "/" is typed
        name.setText(str(bad))
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        assert isinstance(buttons, QDialogButtonBox)
        chosen = buttons.button(QDialogButtonBox.StandardButton.Open)
        assert isinstance(chosen, QAbstractButton) and chosen.isEnabled()
        QTest.mouseClick(chosen, Qt.MouseButton.LeftButton)

    handlers.append(when_modal("cannotOpenCatalogueMessage", open_another))
    assert app_module.open_window(str(bad)) is None
    for handler in handlers:
        handler.check()
    assert len(handlers) == 3  # the question, the file dialog, the question again
    assert len(messages) == 2
    assert all("not a ClaimDesk catalogue" in m for m in messages)


def _damaged_catalogue(path: Path) -> list[str]:
    """A catalogue of 3 articles with 40 claims each whose file then has the page holding one
    claim's row overwritten with noise (its neighbours on that page are lost with it, the
    other pages' claims are not); returns the quotes it had."""
    quotes = []
    with Catalogue.open(path) as catalogue:
        for number in range(1, 4):
            lines = [f"Цитата {number}-{k}: {'слово ' * 30}" for k in range(40)]
            article = catalogue.add_article(f"Статья {number}.\n" + "\n".join(lines)).id
            for k in range(40):
                quote = f"Цитата {number}-{k}:"
                catalogue.attribute_quote(article, quote, "Джейхун Байрамов")
                quotes.append(quote)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    # the quote, then the folded quote (the next column): only in the claim's own row
    found = data.find("Цитата 2-20:цитата 2-20:".encode())
    assert found > 0
    at = found // page * page
    data[at : at + page] = bytes(range(256)) * (page // 256)
    path.write_bytes(bytes(data))
    return quotes


def test_a_damaged_catalogue_offers_to_recover_what_is_readable(
    qtbot: QtBot, tmp_path: Path, settings_dir: Path
) -> None:
    damaged = tmp_path / "claims.sqlite"
    quotes = _damaged_catalogue(damaged)
    before = damaged.read_bytes()
    recovered = tmp_path / "claims-recovered.sqlite"
    messages: list[str] = []
    handlers = []

    def recover(box: QWidget) -> None:
        handlers.append(when_modal("QFileDialog", save_as))
        assert isinstance(box, QMessageBox)
        assert "Recover what is readable into a new catalogue" in box.informativeText()
        read_and_press(box, "Recover what is readable…", messages)

    def save_as(dialog: QWidget) -> None:
        said = when_modal("recoveredMessage", lambda box: read_and_press(box, "OK", messages))
        handlers.append(said)
        assert isinstance(dialog, QFileDialog)
        assert dialog.windowTitle() == "Recover into a new catalogue"
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(name, QLineEdit)
        assert name.text() == recovered.name  # offered beside the damaged one
        name.setText(str(recovered))
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        assert isinstance(buttons, QDialogButtonBox)
        chosen = buttons.button(QDialogButtonBox.StandardButton.Save)
        assert isinstance(chosen, QAbstractButton) and chosen.isEnabled()
        QTest.mouseClick(chosen, Qt.MouseButton.LeftButton)

    handlers.append(when_modal("cannotOpenCatalogueMessage", recover))
    window = app_module.open_window(str(damaged))
    for handler in handlers:
        handler.check()
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert len(handlers) == 3  # the question, the file dialog, what was recovered
        assert f"The catalogue {damaged} is damaged" in messages[0]
        assert messages[1].startswith("Recovered ") and f"into {recovered};" in messages[1]
        assert window.catalogue.location == str(recovered)
        recovered_quotes = {c.quote for c in window.catalogue.list_claims()}
        assert "Цитата 2-20:" not in recovered_quotes
        assert {"Цитата 1-0:", "Цитата 3-39:"} < recovered_quotes < set(quotes)
        assert AppSettings().last_catalogue == str(recovered)  # chosen: opened next time too
    finally:
        window.close()
    assert damaged.read_bytes() == before


def test_uncaught_exceptions_are_logged_and_reported_once(qtbot: QtBot, tmp_path: Path) -> None:
    reports: list[str] = []
    is_report = titled(f"{APP_NAME} — unexpected error")
    report_box = when_modal_where(
        is_report, "the error report", lambda box: read_and_press(box, "OK", reports)
    )
    log_file = setup_logging(tmp_path / "logs")
    assert log_file is not None
    reporter = ExceptionReporter(log_file)
    try:
        for _ in range(2):
            try:
                raise RuntimeError("boom in a slot")
            except RuntimeError as error:
                reporter.handle(type(error), error, error.__traceback__)
        qtbot.waitUntil(lambda: len(reports) == 1)
        report_box.check()
        again = when_modal_where(
            is_report, "a second report", lambda box: read_and_press(box, "OK", reports), 300
        )
        qtbot.wait(400)  # long enough for a second report to open, were there one
        assert not again.dialogs
    finally:
        for handler in list(logging.getLogger("claimdesk").handlers):
            handler.close()
            logging.getLogger("claimdesk").removeHandler(handler)
    assert len(reports) == 1
    assert str(log_file) in reports[0]
    logged = log_file.read_text(encoding="utf-8")
    assert logged.count("RuntimeError: boom in a slot") == 2
    assert "Traceback" in logged


def test_command_line(tmp_path: Path) -> None:
    args = app_module.parse_arguments(["--db", str(tmp_path / "x.sqlite"), "a.txt", "b.txt"])
    assert args.db == str(tmp_path / "x.sqlite")
    assert args.files == ["a.txt", "b.txt"]


def test_ctrl_e_opens_the_export_dialog_for_all_claims(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    from claimdesk.core.domain.records import ClaimFilter
    from claimdesk.gui.export_dialog import ExportDialog

    filters: list[ClaimFilter] = []

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        assert dialog.catalogue is main_window.catalogue
        filters.append(dialog.claim_filter())
        dialog.reject()

    for _ in range(2):
        handler = when_modal("exportDialog", cancel)
        press(main_window.reader, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        handler.check()
    assert filters == [ClaimFilter()] * 2
    # closed, each is deleted: the window is not left holding a dialog for every export
    qtbot.waitUntil(lambda: not main_window.findChildren(ExportDialog))


def test_a_refused_write_is_shown_and_nothing_changes(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    article_id = main_window.articles.add_article_text("Министр заявил: «Всё хорошо».", ask=False)
    assert article_id is not None
    main_window.reader.selectAll()

    def locked(*_args: object, **_kwargs: object) -> None:
        raise CatalogueOpenError("The catalogue is busy in another program: nothing was changed.")

    monkeypatch.setattr(main_window.catalogue, "attribute_span", locked)
    steps = main_window.undo_stack.count()
    with qtbot.waitSignal(main_window.error_shown) as shown:
        assert main_window.claims.attribute_selection(attribution=Attribution()) is None
    assert shown.args[0].startswith("The catalogue is busy")
    assert main_window.undo_stack.count() == steps
    assert main_window.catalogue.claims_for_article(article_id) == []


def test_toolbar_undo_button_is_short_while_the_menu_names_the_edit(
    main_window: MainWindow,
) -> None:
    main_window.undo_stack.run(lambda: main_window.catalogue.add_speaker("Мария Захарова"))
    undo = main_window.findChild(QAction, "actionUndo")
    assert undo is not None
    assert undo.text() == "&Undo Add speaker Мария Захарова"
    assert undo.iconText() == "Undo"
    assert "Мария Захарова" in undo.toolTip()


def test_deleting_in_the_catalogue_tab_says_so_with_the_way_back(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Delete in the Catalogue tab removed the claim without a word (the claims panel's Delete
    said "Deleted 1 claim. Edit › Undo (Ctrl+Z) brings it back.")."""
    window = main_window
    window.show()
    qtbot.waitExposed(window)
    catalogue = window.catalogue
    article = catalogue.add_article("Министр заявил: «Переговоры продолжатся в Баку».").id
    catalogue.attribute_quote(article, "Переговоры продолжатся в Баку", "Джейхун Байрамов")
    press(window.reader, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the Catalogue tab
    view = window.browse.catalogue_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    index = view.model.index(0, 0)
    QTest.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center()
    )
    QTest.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: catalogue.count_claims() == 0)
    assert window.statusBar().currentMessage() == (
        "Deleted 1 claim. Edit › Undo (Ctrl+Z) brings it back."
    )
