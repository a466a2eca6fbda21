"""Article › Check for a newer version: the article's web page fetched again from a local
server; an unchanged page (a 304 to the conditional request) stores nothing, a changed one is
offered as the next version in a real question box and stored with its snapshot as one undo
step; a page gone since is a readable error that changes nothing. A file or page nearly the same
as a stored article can be stored as that article's new version instead of a new article."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from dialog_helpers import menu_action, press, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from claimdesk.gui.main_window import MainWindow
from web_server import LocalSite, Route, article_html, local_site, sample_text, slow_answer

WAIT_MS = 30_000
PATH = "/2020/07/28/bayramov.html"
TITLE = "Байрамов принял посла"


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with local_site() as running:
        yield running


def click(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def ok(dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    click(buttons.button(QDialogButtonBox.StandardButton.Ok))


def serve(site: LocalSite, text: str, etag: str) -> None:
    body = article_html(text, title=TITLE).encode()
    site.routes[PATH] = Route(200, body, {"Content-Type": "text/html; charset=utf-8", "ETag": etag})


def open_page(qtbot: QtBot, window: MainWindow, site: LocalSite) -> int:
    def address(dialog: QWidget) -> None:
        edit = dialog.findChild(QLineEdit, "urlEdit")
        assert edit is not None
        edit.setText(site.url(PATH))
        ok(dialog)

    asked = when_modal("urlDialog", address)
    described = when_modal("articleDialog", ok, timeout_ms=WAIT_MS)
    menu_action(window, "File", "Open URL…").trigger()
    asked.check()
    qtbot.waitUntil(lambda: bool(window.catalogue.list_articles()), timeout=WAIT_MS)
    described.check()
    (article,) = window.catalogue.list_articles()
    qtbot.waitUntil(lambda: window.reader.article_id == article.id, timeout=WAIT_MS)
    return article.id


def check(window: MainWindow) -> None:
    action = menu_action(window, "Article", "Check for a newer version")
    assert action.isEnabled()
    action.trigger()


def test_an_unchanged_page_stores_nothing_and_a_changed_one_is_version_2(
    qtbot: QtBot, main_window: MainWindow, site: LocalSite
) -> None:
    text = sample_text()
    serve(site, text, '"v1"')
    article_id = open_page(qtbot, main_window, site)
    catalogue = main_window.catalogue
    # the server says 304 to the request conditional on the stored snapshot's ETag
    site.routes[PATH] = Route(304, b"", {"ETag": '"v1"'})
    site.requests.clear()
    check(main_window)
    status = main_window.statusBar()
    qtbot.waitUntil(lambda: "No newer version" in status.currentMessage(), timeout=WAIT_MS)
    assert "the page is as stored (checked " in status.currentMessage()
    assert site.requests[-1][1].get("If-None-Match") == '"v1"'
    assert len(catalogue.list_article_versions(article_id)) == 1
    assert len(catalogue.list_page_snapshots(article_id)) == 1
    # the same page sent in full (its ETag lost): the same bytes, still nothing new
    serve(site, text, '"v1-again"')
    status.clearMessage()
    check(main_window)
    qtbot.waitUntil(lambda: "No newer version" in status.currentMessage(), timeout=WAIT_MS)
    assert len(catalogue.list_page_snapshots(article_id)) == 1
    # the page changes: version 2 is offered, and stored
    changed = text.replace("во вторник", "в среду") + "\nВстреча завершилась в полдень."
    serve(site, changed, '"v2"')
    seen: list[str] = []

    def store(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        button = box.findChild(QPushButton, "storeVersionButton")
        assert button is not None and button.text() == "Store as version 2"
        click(button)

    asked = when_modal("newerVersionQuestion", store, timeout_ms=WAIT_MS)
    check(main_window)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    asked.check()
    assert "1 paragraph changed, 1 paragraph added" in seen[0]
    assert "version 2 of “Байрамов принял посла”" in seen[0]
    qtbot.waitUntil(lambda: len(catalogue.list_article_versions(article_id)) == 2, timeout=WAIT_MS)
    assert len(catalogue.list_page_snapshots(article_id)) == 2
    qtbot.waitUntil(
        lambda: "Встреча завершилась в полдень." in main_window.reader.toPlainText(),
        timeout=WAIT_MS,
    )
    assert "Saved the new text" in status.currentMessage()
    # one undo step takes the version and its snapshot away
    press(main_window.centralWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: "Встреча завершилась" not in main_window.reader.toPlainText(), timeout=WAIT_MS
    )
    assert len(catalogue.list_article_versions(article_id)) == 1
    assert len(catalogue.list_page_snapshots(article_id)) == 1


def test_a_page_gone_since_is_an_error_and_changes_nothing(
    qtbot: QtBot, main_window: MainWindow, site: LocalSite, error_boxes: list[str]
) -> None:
    serve(site, sample_text(), '"v1"')
    article_id = open_page(qtbot, main_window, site)
    del site.routes[PATH]  # now a 404
    check(main_window)
    qtbot.waitUntil(lambda: bool(error_boxes), timeout=WAIT_MS)
    assert error_boxes[0].startswith("The server answered 404 Not Found")
    assert len(main_window.catalogue.list_article_versions(article_id)) == 1
    assert len(main_window.catalogue.list_page_snapshots(article_id)) == 1


def test_the_action_needs_an_article_read_from_the_web(main_window: MainWindow) -> None:
    assert not menu_action(main_window, "Article", "Check for a newer version").isEnabled()


def store_as_version(seen: list[str]) -> Callable[[QWidget], None]:
    """Answers the details dialog of a near-duplicate with its "new version" button."""

    def answer(dialog: QWidget) -> None:
        button = dialog.findChild(QPushButton, "storeAsVersionButton")
        assert button is not None and button.isVisible()
        seen.append(button.text())
        click(button)

    return answer


def test_a_near_duplicate_file_is_stored_as_a_new_version_of_the_earlier_article(
    qtbot: QtBot, main_window: MainWindow, sample_article_path: Path, tmp_path: Path
) -> None:
    catalogue = main_window.catalogue
    sample = sample_article_path.read_text(encoding="utf-8")
    earlier = catalogue.add_article(sample, title=TITLE, outlet="Sputnik").id
    name = "Джейхун Байрамов"
    start = sample.index(name)
    catalogue.attribute_span(earlier, start, start + len(name), new_speaker="Байрамов")
    copy = tmp_path / "ria.txt"
    copy.write_text(sample.replace("во вторник", "в среду"), encoding="utf-8")
    seen: list[str] = []
    handler = when_modal("articleDialog", store_as_version(seen), timeout_ms=WAIT_MS)
    assert main_window.articles.open_files([copy]) == [earlier]
    handler.check()
    assert seen == [f"Store as a new version of “{TITLE}”"]
    assert [a.id for a in catalogue.list_articles()] == [earlier]  # no new article
    assert len(catalogue.list_article_versions(earlier)) == 2
    assert "в среду" in catalogue.get_article_text(earlier)
    assert main_window.reader.article_id == earlier
    assert "в среду" in main_window.reader.toPlainText()
    status = main_window.statusBar().currentMessage()
    assert status.startswith("Saved the new text: 1 claim followed the text.")
    assert not main_window.articles.near_duplicate_notice().isVisible()
    # one undo step gives the old text back
    press(main_window.centralWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "во вторник" in main_window.reader.toPlainText(), timeout=WAIT_MS)
    assert len(catalogue.list_article_versions(earlier)) == 1
    assert [a.id for a in catalogue.list_articles()] == [earlier]


def test_a_near_duplicate_web_page_is_stored_as_a_version_with_its_snapshot(
    qtbot: QtBot, main_window: MainWindow, site: LocalSite
) -> None:
    catalogue = main_window.catalogue
    earlier = catalogue.add_article(sample_text(), title=TITLE, outlet="Sputnik").id
    serve(site, sample_text().replace("во вторник", "в среду"), '"v1"')
    seen: list[str] = []

    def address(dialog: QWidget) -> None:
        edit = dialog.findChild(QLineEdit, "urlEdit")
        assert edit is not None
        edit.setText(site.url(PATH))
        ok(dialog)

    asked = when_modal("urlDialog", address)
    described = when_modal("articleDialog", store_as_version(seen), timeout_ms=WAIT_MS)
    menu_action(main_window, "File", "Open URL…").trigger()
    asked.check()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    described.check()
    qtbot.waitUntil(lambda: len(catalogue.list_article_versions(earlier)) == 2, timeout=WAIT_MS)
    assert [a.id for a in catalogue.list_articles()] == [earlier]
    (kept,) = catalogue.list_page_snapshots(earlier)
    assert (kept.text_version, kept.url) == (2, site.url(PATH))
    assert main_window.reader.article_id == earlier


def test_other_bytes_with_the_same_article_are_no_newer_version(
    qtbot: QtBot, main_window: MainWindow, site: LocalSite
) -> None:
    serve(site, sample_text(), "")
    article_id = open_page(qtbot, main_window, site)
    # the page's head changed (an advert, a counter), its article did not
    body = article_html(sample_text(), title=TITLE, head='<script src="/ad.js"></script>')
    site.page(PATH, body)
    check(main_window)
    status = main_window.statusBar()
    qtbot.waitUntil(lambda: "No newer version" in status.currentMessage(), timeout=WAIT_MS)
    assert "If-None-Match" not in site.requests[-1][1]  # the stored page had no ETag
    assert len(main_window.catalogue.list_article_versions(article_id)) == 1
    assert len(main_window.catalogue.list_page_snapshots(article_id)) == 1


def test_cancel_stops_a_slow_check_and_stores_nothing(
    qtbot: QtBot, main_window: MainWindow, site: LocalSite, error_boxes: list[str]
) -> None:
    serve(site, sample_text(), '"v1"')
    article_id = open_page(qtbot, main_window, site)
    site.respond(PATH, slow_answer(site, 60))
    site.requests.clear()
    check(main_window)

    def busy() -> QProgressDialog | None:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, QProgressDialog) and widget.isVisible() else None

    qtbot.waitUntil(lambda: busy() is not None and bool(site.requests), timeout=WAIT_MS)
    progress = busy()
    assert progress is not None and progress.windowTitle() == "Checking for a newer version"
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    click(cancel)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=2000)
    assert "cancelled" in main_window.statusBar().currentMessage()
    site.stopping.set()  # the server answers now: the cancelled check's page is dropped
    qtbot.wait(500)
    assert error_boxes == [] and QApplication.activeModalWidget() is None
    assert len(main_window.catalogue.list_article_versions(article_id)) == 1
