"""Edit › Preferences… (Ctrl+,) on a real main window: typed into, applied with OK or Apply,
discarded with Cancel, and what each preference does afterwards (the name on the next claim,
the reader's font, the theme's palette and highlights, the export's Excel option), kept in
QSettings for the next start."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from dialog_helpers import press, select_span, type_text, when_modal
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.gui import charts
from claimdesk.gui.article_dialog import ArticleDialog
from claimdesk.gui.colours import DARK_TEXT, HighlightPalette, contrast_ratio, current_scheme
from claimdesk.gui.export_dialog import ExportDialog
from claimdesk.gui.focus_style import FocusStyle, focus_colour
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.preferences_dialog import PreferencesDialog
from claimdesk.gui.speaker_picker import SpeakerPicker
from claimdesk.gui.theme import Theme, apply_theme

TEXT = (
    "Министр Джейхун Байрамов заявил: «Азербайджан не участвует в переговорах ради переговоров».\n"
    "Посол Михаил Бочарников отметил, что 🙂 сотрудничество продолжается.\n"
)
CTRL = Qt.KeyboardModifier.ControlModifier
BOM = b"\xef\xbb\xbf"


@pytest.fixture(autouse=True)
def system_look_afterwards(qapp: object) -> Iterator[None]:
    """The app's look is global: give the tests after this one the system's again."""
    yield
    apply_theme(Theme.SYSTEM, HighlightPalette.SOFT)


def open_preferences(window: MainWindow, answer: object) -> PreferencesDialog:
    """Press Ctrl+, in the reader; ``answer`` handles the dialog that opens."""
    handler = when_modal("preferencesDialog", answer)  # type: ignore[arg-type]
    press(window.reader, Qt.Key.Key_Comma, CTRL)
    dialog = handler.check()
    assert isinstance(dialog, PreferencesDialog)
    return dialog


def retype(edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, CTRL)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def click(button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def test_ctrl_comma_opens_preferences_and_ok_applies_everything(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    window.catalogue.attribute_quote(article_id, "Азербайджан не участвует", "Джейхун Байрамов")
    assert window.reader.font().pointSize() != 19

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, PreferencesDialog)
        assert not dialog.apply_button.isEnabled()  # nothing changed yet
        retype(dialog.name_edit, "Анна Петрова")
        assert dialog.apply_button.isEnabled()
        QTest.keyClick(dialog.language_combo, Qt.Key.Key_End)  # Русский, the last
        QTest.keyClick(dialog.theme_combo, Qt.Key.Key_End)  # Dark
        QTest.keyClick(dialog.palette_combo, Qt.Key.Key_End)  # colour-blind safe
        spin = dialog.font_spin
        spin.setFocus()
        QTest.keyClick(spin, Qt.Key.Key_A, CTRL)
        QTest.keyClicks(spin, "19")
        click(dialog.ok_button)

    dialog = open_preferences(window, answer)
    assert not dialog.isVisible()

    # the name is recorded on the next claim, made the way a user makes one
    quote = "сотрудничество продолжается"
    start = TEXT.index(quote)
    select_span(window, start, start + len(quote))

    def pick(picker: QWidget) -> None:
        assert isinstance(picker, SpeakerPicker)
        type_text(picker.name_edit, "Михаил Бочарников")
        QTest.keyClick(picker.name_edit, Qt.Key.Key_Return)

    picked = when_modal("speakerPicker", pick)
    press(window.reader, Qt.Key.Key_Return, CTRL)
    picked.check()
    made = [c for c in window.catalogue.claims_for_article(article_id) if c.quote == quote]
    assert [c.created_by for c in made] == ["Анна Петрова"]

    # the reader's font, the dark theme and its highlights, at once
    assert window.reader.font().pointSize() == 19
    assert window.reader.document().defaultFont().pointSize() == 19
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Base).lightness() < 80
    assert palette.color(QPalette.ColorRole.Text) == DARK_TEXT
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 80
    style = QApplication.style()  # Fusion, wrapped so that focus shows in tables
    assert isinstance(style, FocusStyle) and style.baseStyle().name().lower() == "fusion"
    scheme = current_scheme()
    assert scheme.dark and scheme.palette is HighlightPalette.COLOUR_BLIND
    for selection in window.reader.claim_selections():
        background = selection.format.background().color()
        text = selection.format.foreground().color()
        assert text == DARK_TEXT
        assert background.lightness() < 128
        assert contrast_ratio(background, text) >= 4.5
    assert charts.chart_colours() == charts.DARK_CHART
    # the claims panel's speaker dots are the dark scheme's colours
    model = window.claims_panel.model()
    for row in range(model.rowCount()):
        dot = model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole)
        assert dot.lightness() < 128

    # kept for the next start
    stored = QSettings()
    assert stored.value("user/name") == "Анна Петрова"
    assert stored.value("ui/language") == "ru"
    assert stored.value("ui/theme") == "dark"
    assert stored.value("reader/highlight_palette") == "colour_blind"
    assert int(str(stored.value("reader/font_size"))) == 19

    # and shown when the dialog opens again; System gives the system's look back
    def back_to_system(dialog: QWidget) -> None:
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.name_edit.text() == "Анна Петрова"
        assert dialog.language_combo.currentText() == "Русский"
        assert dialog.font_spin.value() == 19
        QTest.keyClick(dialog.theme_combo, Qt.Key.Key_Home)
        click(dialog.ok_button)

    open_preferences(window, back_to_system)
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() > 128
    assert not current_scheme().dark


def test_apply_keeps_the_dialog_open_and_cancel_keeps_what_was_applied(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    seen: dict[str, object] = {}

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, PreferencesDialog)
        retype(dialog.name_edit, "Редактор")
        click(dialog.apply_button)
        seen["open after Apply"] = dialog.isVisible()
        seen["name after Apply"] = QSettings().value("user/name")
        seen["catalogue's name"] = window.catalogue.user_name
        seen["Apply enabled"] = dialog.apply_button.isEnabled()
        retype(dialog.name_edit, "Кто-то другой")
        QTest.keyClick(dialog.theme_combo, Qt.Key.Key_End)  # Dark, not applied
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    open_preferences(window, answer)
    assert seen == {
        "open after Apply": True,
        "name after Apply": "Редактор",
        "catalogue's name": "Редактор",
        "Apply enabled": False,
    }
    assert QSettings().value("user/name") == "Редактор"
    assert window.catalogue.user_name == "Редактор"
    assert QSettings().value("ui/theme") in (None, "system")
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() > 128


def read_the_done_message(qtbot: QtBot, window: MainWindow, target: Path) -> None:
    """Wait for the export to finish and close its message (OK), as the user does."""
    qtbot.waitUntil(target.exists, timeout=10_000)

    def shown() -> list[QMessageBox]:
        found = window.findChildren(QMessageBox, "exportDoneMessage")
        return [box for box in found if box.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=10_000)
    for box in shown():
        box.buttons()[0].click()


def export_through_the_dialog(window: MainWindow, target: Path) -> bool:
    """File › Export claims… (Ctrl+E) to ``target`` as CSV; whether Excel's option was ticked
    when the dialog opened."""
    seen: list[bool] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        seen.append(dialog.excel_check.isChecked())
        retype(dialog.path_edit, str(target))
        click(dialog.export_button)

    handler = when_modal("exportDialog", answer)
    press(window.reader, Qt.Key.Key_E, CTRL)
    handler.check()
    return seen[0]


def test_the_excel_option_is_on_by_default_and_the_last_choice_is_remembered(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    window = main_window
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    window.catalogue.attribute_quote(article_id, "Азербайджан не участвует", "Джейхун Байрамов")

    first = tmp_path / "first.csv"
    assert export_through_the_dialog(window, first)  # on for a new user
    read_the_done_message(qtbot, window, first)
    assert first.read_bytes().startswith(BOM)

    def turn_off(dialog: QWidget) -> None:
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.excel_check.isChecked()
        dialog.excel_check.setFocus()
        QTest.keyClick(dialog.excel_check, Qt.Key.Key_Space)
        assert not dialog.excel_check.isChecked()
        click(dialog.ok_button)

    open_preferences(window, turn_off)
    second = tmp_path / "second.csv"
    assert not export_through_the_dialog(window, second)
    read_the_done_message(qtbot, window, second)
    data = second.read_bytes()
    assert not data.startswith(BOM)
    assert "Джейхун Байрамов".encode() in data

    # ticked again in the export dialog: Preferences and the next export follow that choice
    third = tmp_path / "third.csv"
    handler = when_modal("exportDialog", lambda d: tick_and_export(d, third))
    press(window.reader, Qt.Key.Key_E, CTRL)
    handler.check()
    read_the_done_message(qtbot, window, third)
    assert third.read_bytes().startswith(BOM)

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.excel_check.isChecked()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    open_preferences(window, look)


def tick_and_export(dialog: QWidget, target: Path) -> None:
    assert isinstance(dialog, ExportDialog)
    assert not dialog.excel_check.isChecked()
    dialog.excel_check.setFocus()
    QTest.keyClick(dialog.excel_check, Qt.Key.Key_Space)
    assert dialog.excel_check.isChecked()
    retype(dialog.path_edit, str(target))
    click(dialog.export_button)


def test_the_dialog_fits_a_small_screen(qtbot: QtBot, main_window: MainWindow) -> None:
    def answer(dialog: QWidget) -> None:
        size = dialog.size()
        assert size.width() <= 1000 and size.height() <= 640, size
        hint = dialog.sizeHint()
        assert hint.width() <= 1000 and hint.height() <= 640, hint
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    open_preferences(main_window, answer)


def test_charts_follow_the_theme_at_once(qtbot: QtBot, main_window: MainWindow) -> None:
    from claimdesk.gui.bar_chart import BarChart

    chart = BarChart("Claims per speaker", "speakers")
    qtbot.addWidget(chart)
    chart.show()
    assert chart.plot.backgroundBrush().color().lightness() > 200

    def dark(dialog: QWidget) -> None:
        assert isinstance(dialog, PreferencesDialog)
        QTest.keyClick(dialog.theme_combo, Qt.Key.Key_End)
        click(dialog.ok_button)

    open_preferences(main_window, dark)
    assert chart.plot.backgroundBrush().color().lightness() < 60
    axis = chart.plot_item.getAxis("left")
    assert axis.textPen().color().lightness() > 200
    # a chart made afterwards starts dark too
    later = BarChart("Claims per outlet", "outlets")
    qtbot.addWidget(later)
    assert later.plot.backgroundBrush().color().lightness() < 60


def test_the_next_start_comes_up_with_the_stored_preferences(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    from claimdesk.gui.app import build_main_window

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, PreferencesDialog)
        QTest.keyClick(dialog.theme_combo, Qt.Key.Key_End)  # Dark
        QTest.keyClick(dialog.palette_combo, Qt.Key.Key_Down)  # Strong
        dialog.font_spin.setFocus()
        QTest.keyClick(dialog.font_spin, Qt.Key.Key_A, CTRL)
        QTest.keyClicks(dialog.font_spin, "16")
        click(dialog.ok_button)

    open_preferences(main_window, choose)
    main_window.close()
    # as at a new start: the system's look first, then the window built from the settings
    apply_theme(Theme.SYSTEM, HighlightPalette.SOFT)
    assert not current_scheme().dark
    window = build_main_window(str(tmp_path / "other.sqlite"))
    try:
        assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 80
        assert current_scheme() == type(current_scheme())(HighlightPalette.STRONG, True)
        assert window.reader.font().pointSize() == 16
    finally:
        window.close()
        window.deleteLater()


def test_a_search_that_finds_nothing_stays_readable_in_the_dark_theme(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    assert window.articles.add_article_text(TEXT, ask=False) is not None

    def dark(dialog: QWidget) -> None:
        assert isinstance(dialog, PreferencesDialog)
        QTest.keyClick(dialog.theme_combo, Qt.Key.Key_End)
        click(dialog.ok_button)

    open_preferences(window, dark)
    press(window.reader, Qt.Key.Key_F, CTRL)
    edit = window.find_bar.edit
    type_text(edit, "ЖЖЖЖ")
    qtbot.waitUntil(lambda: bool(edit.styleSheet()))  # the field turns red: no hits
    window.articles_dock.hide()  # room for the field in the offscreen window
    window.claims_dock.hide()
    window.similar_dock.hide()
    window.suggestions.dock.hide()
    qtbot.waitUntil(lambda: edit.width() > 150)
    window.reader.setFocus()  # no caret: only the letters are dark on the field
    qtbot.waitUntil(lambda: not edit.hasFocus())
    image = edit.grab().toImage()
    middle = image.height() // 2
    ground = image.pixelColor(image.width() - 6, middle)
    inked = max(
        contrast_ratio(image.pixelColor(x, y), ground)
        for x in range(4, image.width() // 2)
        for y in range(middle - 5, middle + 5)
    )
    assert inked >= 4.5, (ground.name(), inked)


def focus_pixels(view: QAbstractItemView) -> tuple[int, float]:
    """How many pixels of the view (frame and cells) are drawn in the focus colour, and that
    colour's contrast with the view's ground."""
    palette = view.palette()
    wanted = focus_colour(palette)
    image = view.grab().toImage()
    count = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y) == wanted
    )
    return count, contrast_ratio(wanted, palette.color(QPalette.ColorRole.Base))


def test_keyboard_focus_shows_in_the_claims_table_in_the_dark_theme(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Tabbing from the text into the claims table: the current cell and the table itself are
    outlined at 3:1 or more on the dark ground (Fusion's own outline was about 1.1:1 there, and
    an empty table showed nothing while it held the focus)."""
    window = main_window
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None

    def dark(dialog: QWidget) -> None:
        assert isinstance(dialog, PreferencesDialog)
        QTest.keyClick(dialog.theme_combo, Qt.Key.Key_End)
        click(dialog.ok_button)

    open_preferences(window, dark)
    table = window.claims_panel
    assert table.model().rowCount() == 0

    # no claims yet: the empty table, reached with Tab, is outlined
    press(window.reader, Qt.Key.Key_2, CTRL)  # to the text, as View's shortcut takes one
    assert QApplication.focusWidget() is window.reader
    for _stop in range(10):  # Tab on, as far as the table
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if table.hasFocus():
            break
    assert table.hasFocus()
    outlined, contrast = focus_pixels(table)
    assert contrast >= 3.0
    assert outlined >= table.width()  # a line along the frame, at least its top and bottom

    # with claims: the current cell gets its own outline too
    window.catalogue.attribute_quote(article_id, "Азербайджан не участвует", "Байрамов")
    window.catalogue.attribute_quote(article_id, "сотрудничество продолжается", "Бочарников")
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    press(table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: table.currentIndex().isValid())
    viewport = table.viewport()
    cell = table.visualRect(table.currentIndex())
    image = viewport.grab().toImage()
    wanted = focus_colour(table.palette())
    on_the_cell = sum(
        1
        for x in range(cell.left(), cell.right() + 1)
        for y in (cell.top() + 1, cell.bottom() - 1)
        if 0 <= x < image.width() and image.pixelColor(x, y) == wanted
    )
    assert on_the_cell >= cell.width()  # its top and bottom lines, nearly whole


def details_colour(window: MainWindow) -> tuple[str, float]:
    """The article's outlet and date line above the reader: its text, and its contrast with
    the window's ground."""
    found = re.search(r'<span style="color: (#[0-9a-f]{6});">([^<]*)', window.article_header.text())
    assert found is not None, window.article_header.text()
    ground = window.article_header.palette().color(QPalette.ColorRole.Window)
    return found.group(2), contrast_ratio(QColor(found.group(1)), ground)


def test_an_articles_outlet_and_date_read_in_either_theme(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The line under the title (outlet · date) was a fixed grey, 2.2:1 on the dark theme's
    ground; it reaches 4.5:1 in either, and follows a change of theme at once. So do the
    details dialog's hints."""
    window = main_window
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    window.catalogue.update_article(article_id, outlet="Вечерняя Москва", published="2025-12-03")
    qtbot.waitUntil(lambda: "Вечерняя Москва" in window.article_header.text())
    line, contrast = details_colour(window)
    assert line == "Вечерняя Москва · 2025-12-03"
    assert contrast >= 4.5

    def dark(dialog: QWidget) -> None:
        assert isinstance(dialog, PreferencesDialog)
        QTest.keyClick(dialog.theme_combo, Qt.Key.Key_End)
        click(dialog.ok_button)

    open_preferences(window, dark)
    # the new palette reaches the window's widgets with the events Qt posts for it
    qtbot.waitUntil(
        lambda: window.article_header.palette().color(QPalette.ColorRole.Window).lightness() < 80
    )
    line, contrast = details_colour(window)
    assert line == "Вечерняя Москва · 2025-12-03"
    assert contrast >= 4.5

    seen: dict[str, float] = {}

    def look_at_the_hints(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        found = re.search(r"color: (#[0-9a-f]{6})", dialog.hints_label.styleSheet())
        assert found is not None
        ground = dialog.palette().color(QPalette.ColorRole.Window)
        seen["hints"] = contrast_ratio(QColor(found.group(1)), ground)
        dialog.reject()

    handler = when_modal("articleDialog", look_at_the_hints)
    press(window.reader, Qt.Key.Key_I, CTRL)
    handler.check()
    assert seen["hints"] >= 4.5
