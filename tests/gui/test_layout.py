"""The window's layout: the browse tabs get the full width, the article panels come back with the
Reader, suggestions and similar claims are visible together, and a catalogue given with --db is
for that run only."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dialog_helpers import press
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimdesk.gui import app as app_module
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.reader import DOCUMENT_MARGIN, READABLE_LINE
from claimdesk.gui.settings import AppSettings


def test_catalogue_and_speakers_tabs_take_the_whole_width(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.resize(1024, 700)
    qtbot.waitUntil(main_window.articles_dock.isVisible)
    shown_before = [d.objectName() for d in main_window.article_docks if d.isVisible()]
    assert shown_before == ["articlesDock", "claimsDock", "suggestionsDock", "similarDock"]

    press(main_window.reader, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.currentIndex() == 1
    assert not any(d.isVisible() for d in main_window.article_docks)
    QApplication.processEvents()
    assert main_window.tabs.width() >= main_window.width() - 20

    press(main_window.tabs, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.currentIndex() == 2
    assert not any(d.isVisible() for d in main_window.article_docks)

    press(main_window.tabs, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert [d.objectName() for d in main_window.article_docks if d.isVisible()] == shown_before


def test_a_panel_the_user_closed_stays_closed_after_the_browse_tabs(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.similar_dock.toggleViewAction().trigger()
    assert not main_window.similar_dock.isVisible()
    press(main_window.reader, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    press(main_window.tabs, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.claims_dock.isVisible()
    assert not main_window.similar_dock.isVisible()


def test_ctrl_1_from_the_catalogue_tab_brings_back_the_article_list(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    press(main_window.reader, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    press(main_window.tabs, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.currentIndex() == 0
    assert main_window.articles_dock.isVisible()
    assert main_window.article_panel.view.hasFocus()


def test_suggestions_and_similar_claims_are_shown_together(main_window: MainWindow) -> None:
    assert main_window.suggestions.dock.isVisible()
    assert main_window.similar_dock.isVisible()
    assert main_window.tabifiedDockWidgets(main_window.similar_dock) == []
    assert main_window.similar_dock.windowTitle() == "Similar claims in other articles"


def test_a_catalogue_given_with_db_is_not_opened_at_the_next_start(
    qtbot: QtBot, tmp_path: Path, settings_dir: Path
) -> None:
    usual = tmp_path / "usual.sqlite"
    AppSettings().last_catalogue = str(usual)
    once = tmp_path / "once.sqlite"
    window = app_module.open_main_window(app_module.parse_arguments(["--db", str(once)]))
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.catalogue.location == str(once)
        assert AppSettings().last_catalogue == str(usual)
        # a catalogue the user opens from the File menu is remembered
        chosen = tmp_path / "chosen.sqlite"
        assert window.catalogues.switch_catalogue(str(chosen))
        assert AppSettings().last_catalogue == str(chosen)
    finally:
        window.close()

    # and with no --db the remembered one opens
    again = app_module.open_main_window(app_module.parse_arguments([]))
    assert again is not None
    qtbot.addWidget(again)
    try:
        assert again.catalogue.location == str(chosen)
    finally:
        again.close()


@contextmanager
def first_window(
    qtbot: QtBot, catalogue_path: Path, width: int, height: int
) -> Iterator[MainWindow]:
    """The main window as a first start shows it at ``width`` × ``height`` (default dock sizes),
    closed afterwards."""
    window = app_module.build_main_window(str(catalogue_path))
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    try:
        qtbot.waitExposed(window)
        # the default dock sizes are set from a zero timer once the window has its real size
        QApplication.processEvents()
        QApplication.processEvents()
        yield window
    finally:
        window.close()


def test_at_1024_by_700_the_suggestions_list_shows_several_rows(
    qtbot: QtBot, catalogue_path: Path, settings_dir: Path
) -> None:
    """A new user's first window on a small screen: the suggestions, the list they work through
    first, get room for more than a handful of rows (they had about five)."""
    with first_window(qtbot, catalogue_path, 1024, 700) as window:
        suggestions = window.suggestions.panel.list
        rows = suggestions.viewport().height() // suggestions.fontMetrics().lineSpacing()
        assert rows >= 7
        assert window.claims_dock.height() >= 120  # the article's claims stay in view too


def test_at_1024_px_the_reader_keeps_a_readable_line(
    qtbot: QtBot, catalogue_path: Path, settings_dir: Path
) -> None:
    """A new user's first window on a small screen: the right-hand panels no longer take 40% of
    the width for the suggestions' row of buttons ("Accept all ≥" goes below the others), so the
    reader had 300 px of 1024 and has some 400 now; wider, the buttons share one row again."""
    with first_window(qtbot, catalogue_path, 1024, 700) as window:
        panel = window.suggestions.panel
        assert panel.compact
        assert panel.accept_all_button.y() > panel.accept_button.y()  # a row of its own
        assert window.tabs.width() >= 0.38 * window.width(), window.tabs.width()
        assert window.claims_dock.width() <= 0.32 * window.width()
        window.resize(1600, 900)
        QApplication.processEvents()
        assert not panel.compact
        qtbot.waitUntil(lambda: panel.accept_all_button.y() == panel.accept_button.y())


def test_a_narrow_article_list_gives_its_width_to_the_titles(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """At 1024 px the article list is about 200 px wide: it shows titles and claim counts (outlet
    and date stay in the row's tooltip) rather than titles cut to two letters; widened, it shows
    every column again."""
    window = main_window
    assert window.articles.add_article_text("«Мы готовы к диалогу», — сказал посол.\n", ask=False)
    panel = window.article_panel
    dock = window.articles_dock

    def title_share() -> float:
        return panel.view.columnWidth(0) / max(1, panel.view.viewport().width())

    window.resize(1024, 700)
    window.resizeDocks([dock], [200], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: panel.width() < 260)
    qtbot.waitUntil(lambda: title_share() > 0.6)
    assert panel.view.isColumnHidden(1) and panel.view.isColumnHidden(2)
    assert not panel.view.isColumnHidden(3)
    tip = panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tip, str) and tip

    window.resize(1600, 900)
    window.resizeDocks([dock], [500], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: panel.width() > 400)
    assert not any(panel.view.isColumnHidden(column) for column in range(4))


def test_a_layout_saved_with_wide_panels_still_leaves_the_reader_its_line(
    qtbot: QtBot, catalogue_path: Path, settings_dir: Path
) -> None:
    """Panels made wide, then the window closed and opened again (or made narrower): the panels
    kept their widths and the reader had what was left, 300 px of 1024 or a column of a few
    words. Below a third of the window it gets the panels' default widths back."""
    with first_window(qtbot, catalogue_path, 1024, 700) as window:
        window.resizeDocks([window.claims_dock], [620], Qt.Orientation.Horizontal)
        QApplication.processEvents()
        assert window.tabs.width() < 0.33 * window.width()  # as the user left it
    with first_window(qtbot, catalogue_path, 1024, 700) as again:
        qtbot.waitUntil(lambda: again.tabs.width() >= 0.35 * again.width())
        assert again.claims_dock.width() <= 0.32 * again.width()
        again.resize(760, 600)  # made narrower: the reader keeps a share still
        qtbot.waitUntil(lambda: again.tabs.width() >= 0.25 * again.width())


def test_the_article_last_read_is_shown_at_the_next_start(
    qtbot: QtBot, catalogue_path: Path, settings_dir: Path
) -> None:
    """The window came back with the newest article whatever the user was reading; it shows the
    one the reader had when the catalogue was closed (the newest if that one is gone)."""
    with first_window(qtbot, catalogue_path, 1024, 700) as window:
        older = window.articles.add_article_text(
            "Первая статья: министр заявил о переговорах.\n", ask=False
        )
        newer = window.articles.add_article_text(
            "Вторая статья: посол отметил сотрудничество.\n", ask=False
        )
        assert older is not None and newer is not None
        assert window.article_panel.select_article(older)
        qtbot.waitUntil(lambda: window.reader.article_id == older)
    with first_window(qtbot, catalogue_path, 1024, 700) as again:
        qtbot.waitUntil(lambda: again.reader.article_id == older)
    # deleted while the window was closed (a colleague, or the command line)
    from claimdesk.core.catalogue import Catalogue

    with Catalogue.open(catalogue_path) as catalogue:
        catalogue.delete_article(older)
    with first_window(qtbot, catalogue_path, 1024, 700) as third:
        qtbot.waitUntil(lambda: third.reader.article_id == newer)


def test_the_panels_come_back_as_wide_as_they_were_left(
    qtbot: QtBot, catalogue_path: Path, settings_dir: Path
) -> None:
    """The right-hand column made narrower (255 px of a 920 px window), the window closed and
    opened again: it came back 300 px wide and wider (the panels were restored before the
    window had its size, and the reader's check then found it squeezed)."""
    with first_window(qtbot, catalogue_path, 920, 650) as window:
        window.resizeDocks([window.claims_dock], [255], Qt.Orientation.Horizontal)
        QApplication.processEvents()
        left, right = window.articles_dock.width(), window.claims_dock.width()
        assert abs(right - 255) <= 2
    for _start in range(2):
        with first_window(qtbot, catalogue_path, 920, 650) as again:
            QApplication.processEvents()
            assert abs(again.claims_dock.width() - right) <= 2
            assert abs(again.articles_dock.width() - left) <= 2


def test_at_1024_by_700_the_speakers_tab_shows_every_column_and_the_alias_hint_whole(
    qtbot: QtBot, catalogue_path: Path, settings_dir: Path
) -> None:
    """Beside the aliases, the speakers table's fixed column widths hid Organisation and Claims
    behind a scroll bar, and the alias field cut its hint ("…a surname or a tit")."""
    with first_window(qtbot, catalogue_path, 1024, 700) as window:
        window.catalogue.add_speaker(
            "Hillary Clinton", role="Secretary of State", organisation="State Department"
        )
        press(window.reader, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        view = window.browse.speakers_view
        assert view is not None
        qtbot.waitUntil(lambda: view.model.rowCount() == 1)
        QApplication.processEvents()
        assert view.splitter.orientation() == Qt.Orientation.Horizontal  # side by side
        table, header = view.table, view.table.horizontalHeader()
        assert header.length() <= table.viewport().width()
        assert not table.horizontalScrollBar().isVisible()
        edit = view.alias_edit
        assert edit.width() > edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        # a column the user resized keeps its width
        header.resizeSection(0, 150)
        window.resize(1200, 700)
        QApplication.processEvents()
        assert header.sectionSize(0) == 150


def test_a_wide_reader_keeps_its_lines_readable(
    qtbot: QtBot, main_window: MainWindow, sample_article_path: Path
) -> None:
    """At 1920 px the reader set lines of some 1,200 px, hard to follow from one to the next:
    wider than a readable line, the text keeps to a column in the middle, and a click there
    still lands on the character under the mouse."""
    window = main_window
    window.articles.add_article_text(sample_article_path.read_text("utf-8"), ask=False)
    reader = window.reader
    assert reader.article_id is not None
    window.resize(1900, 900)
    press(window.reader, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the Catalogue
    press(window.tabs, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # the reader again
    for dock in window.article_docks:
        dock.hide()  # the reader alone: as wide as it gets
    QApplication.processEvents()
    line = reader.fontMetrics().averageCharWidth() * READABLE_LINE + 2 * DOCUMENT_MARGIN
    assert reader.width() > line + 400
    assert reader.viewport().width() <= line
    left, right = reader.viewportMargins().left(), reader.viewportMargins().right()
    assert left == right > 150
    # a click between two letters puts the cursor there, margins or not
    between = QTextCursor(reader.document())
    between.setPosition(2)
    QTest.mouseClick(
        reader.viewport(), Qt.MouseButton.LeftButton, pos=reader.cursorRect(between).center()
    )
    assert reader.textCursor().position() == 2
    # narrower than a readable line (1024 px, the panels beside it), the margins go
    for dock in window.article_docks:
        dock.show()
    window.resize(1024, 700)
    QApplication.processEvents()
    assert reader.viewportMargins().left() == 0


def test_panels_grow_with_the_window_while_the_reader_has_room_to_spare(
    qtbot: QtBot, catalogue_path: Path, settings_dir: Path, sample_article_path: Path
) -> None:
    """Enlarged from 1200 to 1900 px, the panels stayed as narrow as before (titles and names
    cut) while the reader's margins took the new width."""
    with first_window(qtbot, catalogue_path, 1200, 800) as window:
        window.articles.add_article_text(sample_article_path.read_text("utf-8"), ask=False)
        narrow = (window.articles_dock.width(), window.claims_dock.width())
        window.resize(1900, 900)
        QApplication.processEvents()
        QApplication.processEvents()
        left, right = window.articles_dock.width(), window.claims_dock.width()
        assert left > narrow[0] + 60 and right > narrow[1] + 100, (narrow, (left, right))
        # the reader keeps at least a readable line
        line = window.reader.fontMetrics().averageCharWidth() * READABLE_LINE
        assert window.reader.viewport().width() >= line
        # a panel the user widens is not narrowed back by the next enlargement
        window.resizeDocks([window.articles_dock], [left + 80], Qt.Orientation.Horizontal)
        QApplication.processEvents()
        widened = window.articles_dock.width()
        window.resize(1910, 900)
        QApplication.processEvents()
        QApplication.processEvents()
        assert window.articles_dock.width() >= widened - 2


def test_the_russian_article_list_at_1024_px_leaves_the_titles_room(
    qtbot: QtBot, catalogue_path: Path, settings_dir: Path, russian_ui: None
) -> None:
    """In Russian the claim count's column was titled "Утверждения", half the 200 px list, and
    titles read "Минист…": the column says "Кол-во" (its tip says what is counted)."""
    with first_window(qtbot, catalogue_path, 1024, 700) as window:
        window.articles.add_article_text(
            "Министр иностранных дел заявил, что переговоры продолжатся.", ask=False
        )
        table = window.article_panel.view
        model = table.model()
        last = model.columnCount() - 1
        assert model.headerData(last, Qt.Orientation.Horizontal) == "Кол-во"
        assert model.headerData(last, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
            "Число утверждений"
        )
        QApplication.processEvents()
        title = table.columnWidth(0)
        assert title >= 0.6 * table.viewport().width(), (title, table.viewport().width())


def test_the_russian_claims_panel_at_1024_px_leaves_the_quote_room(
    qtbot: QtBot, catalogue_path: Path, settings_dir: Path, russian_ui: None
) -> None:
    """The kind column grew to "косвенная цитата" in a 290 px panel, and the quote's title read
    "итат": the kind takes at most a quarter of a narrow panel."""
    with first_window(qtbot, catalogue_path, 1024, 700) as window:
        text = "Министр заявил, что переговоры продолжатся в Баку на следующей неделе."
        article = window.articles.add_article_text(text, ask=False)
        assert article is not None
        window.catalogue.attribute_quote(
            article, "переговоры продолжатся", "Министр", kind="indirect"
        )
        panel = window.claims_panel
        qtbot.waitUntil(lambda: panel.claims_model.rowCount() == 1)
        QApplication.processEvents()
        header = panel.horizontalHeader()
        assert header.sectionSize(1) <= max(60, panel.viewport().width() // 4)
        quote_title = str(panel.claims_model.headerData(2, Qt.Orientation.Horizontal))
        assert header.sectionSize(2) > header.fontMetrics().horizontalAdvance(quote_title)


def test_the_claims_panels_kind_title_shows_whole_with_no_claims(
    qtbot: QtBot, catalogue_path: Path, settings_dir: Path, sample_article_path: Path
) -> None:
    """With no claims in the article the kind column shrank below its title ("‹ind")."""
    with first_window(qtbot, catalogue_path, 1024, 700) as window:
        window.articles.add_article_text(sample_article_path.read_text("utf-8"), ask=False)
        panel = window.claims_panel
        assert panel.claims_model.rowCount() == 0
        QApplication.processEvents()
        header = panel.horizontalHeader()
        title = str(panel.claims_model.headerData(1, Qt.Orientation.Horizontal))
        assert header.sectionSize(1) > header.fontMetrics().horizontalAdvance(title)
