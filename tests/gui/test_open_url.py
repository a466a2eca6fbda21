"""File › Open URL…: the address asked for in its dialog, the page fetched from a local server
off the window's thread (Cancel stops it), and the article stored through the details dialog as
a file import's is; a failed fetch is a readable message and stores nothing."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator

import pytest
from dialog_helpers import menu_action, press, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from claimdesk.core.domain.errors import NotFoundError
from claimdesk.gui.article_dialog import ArticleDialog
from claimdesk.gui.main_window import MainWindow
from web_server import LocalSite, article_html, local_site, sample_text, slow_answer

WAIT_MS = 30_000  # a loaded machine reads the extractor in the fetch thread first


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with local_site() as running:
        yield running


def click(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def ok_button(dialog: QWidget) -> QPushButton:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def type_address(address: str, first: str = "") -> Callable[[QWidget], None]:
    """Answers the address dialog: types ``first`` (refused there), then ``address``."""

    def answer(dialog: QWidget) -> None:
        edit = dialog.findChild(QLineEdit, "urlEdit")
        assert edit is not None
        if first:
            edit.selectAll()
            type_text(edit, first)
            click(ok_button(dialog))
            problem = dialog.findChild(QWidget, "urlProblem")
            assert dialog.isVisible() and problem is not None and problem.isVisible()
            assert "not “ftp:” addresses" in problem.text()  # type: ignore[attr-defined]
        edit.selectAll()
        type_text(edit, address)
        click(ok_button(dialog))

    return answer


def test_open_url_fetches_the_page_and_stores_it_with_its_final_address(
    qtbot: QtBot, main_window: MainWindow, site: LocalSite
) -> None:
    page = article_html(sample_text(), title="Байрамов принял посла", charset_meta="windows-1251")
    final = site.page("/2020/07/28/bayramov.html", page.encode("cp1251"), "text/html")
    site.redirect("/go", "/2020/07/28/bayramov.html", 301)
    seen: dict[str, str] = {}

    def details(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        seen.update(
            title=dialog.title_edit.text(),
            url=dialog.url_edit.text(),
            outlet=dialog.outlet_edit.text(),
            hints=dialog.hints_label.text(),
        )
        type_text(dialog.date_edit, "2020-07-28")
        click(ok_button(dialog))

    asked = when_modal("urlDialog", type_address(site.url("/go"), first="ftp://example.com/a"))
    described = when_modal("articleDialog", details, timeout_ms=WAIT_MS)
    menu_action(main_window, "File", "Open URL…").trigger()
    asked.check()
    qtbot.waitUntil(lambda: bool(main_window.catalogue.list_articles()), timeout=WAIT_MS)
    described.check()
    assert seen["title"] == "Байрамов принял посла" and seen["url"] == final
    assert seen["outlet"] == "Sputnik" and "decoded as Windows-1251" in seen["hints"]
    (article,) = main_window.catalogue.list_articles()
    assert (article.url, article.source_name, article.published) == (final, final, "2020-07-28")
    assert "Джейхун Байрамов во вторник принял" in main_window.catalogue.get_article_text(
        article.id
    )
    assert main_window.reader.article_id == article.id
    fetched = main_window.articles.last_web_page
    assert fetched is not None and fetched.snapshot.redirects == (site.url("/go"),)
    assert fetched.snapshot.url == final and main_window.articles.url_import is None
    # the same page again: the details of the stored article are offered, nothing is added
    again = when_modal("urlDialog", type_address(final))
    offered = when_modal(
        "articleDialog", lambda dialog: dialog.reject(), timeout_ms=WAIT_MS
    )  # "already in the catalogue"
    menu_action(main_window, "File", "Open URL…").trigger()
    again.check()
    qtbot.waitUntil(lambda: bool(offered.dialogs), timeout=WAIT_MS)
    offered.check()
    assert len(main_window.catalogue.list_articles()) == 1


def test_the_page_is_kept_with_its_article_and_one_undo_takes_both_away(
    qtbot: QtBot, main_window: MainWindow, site: LocalSite
) -> None:
    """The page as fetched is stored with the article the details dialog stores, in the same
    undo step: Ctrl+Z takes both away, Ctrl+Shift+Z brings both back."""
    body = article_html(sample_text(), title="Байрамов принял посла").encode()
    final = site.page("/2020/07/28/bayramov.html", body, "text/html; charset=utf-8")
    site.redirect("/go", "/2020/07/28/bayramov.html", 301)
    asked = when_modal("urlDialog", type_address(site.url("/go")))
    described = when_modal(
        "articleDialog", lambda dialog: click(ok_button(dialog)), timeout_ms=WAIT_MS
    )
    menu_action(main_window, "File", "Open URL…").trigger()
    asked.check()
    catalogue = main_window.catalogue
    qtbot.waitUntil(lambda: bool(catalogue.list_articles()), timeout=WAIT_MS)
    described.check()
    (article,) = catalogue.list_articles()
    (kept,) = catalogue.list_page_snapshots(article.id)
    assert (kept.text_version, kept.url, kept.address) == (1, final, site.url("/go"))
    assert kept.redirects == (site.url("/go"),) and kept.content_type == "text/html; charset=utf-8"
    assert kept.sha256 == hashlib.sha256(body).hexdigest()
    assert catalogue.page_snapshot_html(kept.id) == body
    press(main_window.centralWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert catalogue.list_articles() == []
    with pytest.raises(NotFoundError):
        catalogue.get_page_snapshot(kept.id)
    press(
        main_window.centralWidget(),
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert catalogue.list_page_snapshots(article.id) == [kept]


def test_a_page_that_is_not_there_is_a_readable_message(
    qtbot: QtBot, main_window: MainWindow, site: LocalSite, error_boxes: list[str]
) -> None:
    asked = when_modal("urlDialog", type_address(site.url("/gone")))
    menu_action(main_window, "File", "Open URL…").trigger()
    asked.check()
    qtbot.waitUntil(lambda: bool(error_boxes), timeout=WAIT_MS)
    assert error_boxes[0].startswith(
        "The server answered 404 Not Found: the page is not there (any more). Check the address."
    )
    assert main_window.catalogue.list_articles() == []
    # the next Open URL starts with the address, to correct (it had to be typed again)
    offered: list[str] = []

    def look(dialog: QWidget) -> None:
        edit = dialog.findChild(QLineEdit, "urlEdit")
        assert edit is not None
        offered.append(edit.text())
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    again = when_modal("urlDialog", look)
    menu_action(main_window, "File", "Open URL…").trigger()
    again.check()
    assert offered == [site.url("/gone")]


def test_cancel_stops_a_slow_fetch_and_frees_the_window(
    qtbot: QtBot, main_window: MainWindow, site: LocalSite, error_boxes: list[str]
) -> None:
    url = site.respond("/slow", slow_answer(site, 60))
    asked = when_modal("urlDialog", type_address(url))
    started = time.monotonic()
    menu_action(main_window, "File", "Open URL…").trigger()
    asked.check()
    assert time.monotonic() - started < 30  # back while the server still holds the page

    def busy() -> QProgressDialog | None:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, QProgressDialog) and widget.isVisible() else None

    qtbot.waitUntil(lambda: busy() is not None and bool(site.requests), timeout=WAIT_MS)
    progress = busy()
    assert progress is not None and progress.objectName() == "fetchProgress"
    assert "Fetching http://127.0.0.1" in progress.labelText()
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    click(cancel)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=2000)
    assert "cancelled" in main_window.statusBar().currentMessage()
    assert main_window.articles.url_import is None and main_window.articles.last_web_page is None
    site.stopping.set()  # the server answers now: the cancelled fetch's page is dropped
    qtbot.wait(500)
    assert main_window.catalogue.list_articles() == [] and error_boxes == []
    assert QApplication.activeModalWidget() is None
