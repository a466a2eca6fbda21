"""Importing in the window: one file with the details dialog (a Qt-written Cyrillic PDF), a folder
or several dropped files as a batch with a summary, cancelling, bad files, the near-duplicate
notice, and a whole web page pasted from a browser."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from dialog_helpers import when_modal
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDropEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue.article_batch import STORE_EVERY
from claimdesk.gui import import_batch
from claimdesk.gui.article_dialog import ArticleDialog
from claimdesk.gui.import_batch import ImportRun, ImportSummaryDialog
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.settings import AppSettings


def write_pdf(path: Path, text: str, title: str = "") -> None:
    """A PDF as Qt prints it (tabs between words when pypdf reads it back)."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setTitle(title)
    document = QTextDocument()
    document.setPlainText(text)
    document.print_(writer)
    del writer  # the file is finished when the writer goes


def summary(window: MainWindow) -> ImportSummaryDialog:
    dialog = window.articles.import_summary
    assert isinstance(dialog, ImportSummaryDialog) and dialog.isVisible()
    return dialog


def test_opening_a_pdf_shows_the_guesses_and_stores_the_text(
    qtbot: QtBot, main_window: MainWindow, sample_article_path: Path, tmp_path: Path
) -> None:
    sample = sample_article_path.read_text(encoding="utf-8")
    pdf = tmp_path / "sputnik.pdf"
    write_pdf(pdf, sample)
    seen: dict[str, str] = {}

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        seen["title"] = dialog.title_edit.text()
        seen["outlet"] = dialog.outlet_edit.text()
        seen["language"] = dialog.language_edit.text()
        seen["date"] = dialog.date_edit.text()
        seen["hints"] = dialog.hints_label.text()
        dialog.date_edit.setText("2020-07-28")  # the user supplies the year
        dialog.accept()

    handler = when_modal("articleDialog", check)
    (article_id,) = main_window.articles.open_files([pdf])
    handler.check()
    assert seen["title"].startswith("Министр иностранных дел Азербайджана Джейхун Байрамов")
    assert (seen["outlet"], seen["language"], seen["date"]) == ("Sputnik", "ru", "")
    assert "no year" in seen["hints"]
    text = main_window.catalogue.get_article_text(article_id)
    # the layout's wrapped lines are one paragraph again, words without tabs
    assert text.splitlines()[0] == sample.splitlines()[0]
    assert "\t" not in text
    assert (
        "«Азербайджан не участвует в переговорах ради ведения переговоров" in " ".join(text.split())
        or "переговорах ради" in text
    )
    article = main_window.catalogue.get_article(article_id)
    assert (article.published, article.source_format) == ("2020-07-28", "pdf")
    assert main_window.reader.article_id == article_id


def make_folder(root: Path, sample: str) -> dict[str, Path]:
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    files = {
        "cp1251": root / "a-cp1251.txt",
        "koi8": root / "sub" / "b-koi8.txt",
        "en": root / "c-reuters.md",
        "bad": root / "d-cut.pdf",
        "empty": root / "e-empty.txt",
    }
    files["cp1251"].write_bytes(sample.encode("cp1251"))
    files["koi8"].write_bytes(sample.replace("во вторник", "в среду").encode("koi8_r"))
    files["en"].write_text(
        "WASHINGTON, May 12 (Reuters) - The Senate voted on Thursday to pass the bill, and the "
        "leader said that the vote was a victory for the country.",
        encoding="utf-8",
    )
    files["bad"].write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    files["empty"].write_bytes(b"")
    (root / ".hidden" / "secret.txt").write_text("Не импортировать.", encoding="utf-8")
    (root / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return files


def test_a_folder_goes_in_as_a_batch_with_a_summary(
    qtbot: QtBot, main_window: MainWindow, sample_article_path: Path, tmp_path: Path
) -> None:
    sample = sample_article_path.read_text(encoding="utf-8")
    files = make_folder(tmp_path / "articles", sample)
    opened = main_window.articles.open_files([tmp_path / "articles"])  # no details dialog
    catalogue = main_window.catalogue
    assert len(opened) == 3
    texts = [catalogue.get_article_text(i) for i in opened]
    assert texts[0] == sample  # the cp1251 file, decoded
    assert "в среду" in texts[2]  # the KOI8-R file in the subfolder
    assert all("Не импортировать" not in t for t in texts)
    outlets = sorted(a.outlet for a in catalogue.list_articles())
    assert outlets == ["Reuters", "Sputnik", "Sputnik"]
    text = summary(main_window).label.text()
    assert text.startswith("3 imported, 0 already there, 2 failed.")
    # the picture is not an article: the summary says it was left out, not silently
    assert "1 other file left out (.png 1): not a kind ClaimDesk imports." in text
    assert files["bad"].name in text and "incomplete" in text
    assert files["empty"].name in text and "empty" in text
    # the KOI8-R copy with two words changed is flagged, with a link to the earlier article
    assert f'href="article:{opened[0]}"' in text
    with qtbot.waitSignal(summary(main_window).article_requested) as requested:
        summary(main_window).label.linkActivated.emit(f"article:{opened[0]}")
    assert requested.args == [opened[0]]
    assert main_window.reader.article_id == opened[0]

    # the same folder again: nothing new
    main_window.articles.import_summary.close()
    assert sorted(main_window.articles.open_files([tmp_path / "articles"])) == sorted(opened)
    assert summary(main_window).label.text().startswith("0 imported, 3 already there, 2 failed")
    assert len(catalogue.list_articles()) == 3


def test_cancelling_stops_the_batch(
    qtbot: QtBot,
    main_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(STORE_EVERY + 6):  # more than one part
        (folder / f"{number:03d}.txt").write_text(
            f"Статья номер {number}: министр заявил, что переговоры идут.", encoding="utf-8"
        )

    class CancelAfterFirst(ImportRun):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            # the user presses Cancel once the first article is in
            self.article_stored.connect(lambda _id: self.progress.findChild(QPushButton).click())

    # the window imports ImportRun from its module when an import starts
    monkeypatch.setattr(import_batch, "ImportRun", CancelAfterFirst)
    opened = main_window.articles.open_files([folder])
    # the part being stored when Cancel was pressed (one transaction) is in, and nothing after
    assert 1 <= len(opened) <= STORE_EVERY
    assert sorted(a.id for a in main_window.catalogue.list_articles()) == sorted(opened)
    assert summary(main_window).label.text().startswith(f"{len(opened)} imported")
    assert "import cancelled" in summary(main_window).label.text()
    # how many files it did not come to (it said nothing of them)
    not_tried = STORE_EVERY + 6 - len(opened)
    assert f", {not_tried} not tried — import cancelled." in summary(main_window).label.text()
    assert summary(main_window).windowTitle() == "Import cancelled"


def test_dropping_several_files_imports_them_as_a_batch(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    paths = []
    for number, text in enumerate(("Первая статья о переговорах.", "Вторая статья о визите.")):
        path = tmp_path / f"{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    drop = QDropEvent(
        QPointF(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    main_window.dropEvent(drop)
    qtbot.waitUntil(lambda: len(main_window.catalogue.list_articles()) == 2, timeout=5000)
    qtbot.waitUntil(lambda: main_window.articles.import_summary is not None)
    assert summary(main_window).label.text().startswith("2 imported")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 4, "not a text file"),
        ("broken.docx", b"PK\x03\x04 truncated", "damaged"),
        ("scan.pdf", None, "no text layer"),
        ("login.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
         "no article text"),
    ],
)  # fmt: skip
def test_a_bad_file_gets_one_readable_message_and_changes_nothing(
    qtbot: QtBot,
    main_window: MainWindow,
    tmp_path: Path,
    name: str,
    data: bytes | None,
    message: str,
) -> None:
    path = tmp_path / name
    if data is None:
        write_pdf(path, "")  # a page with no text, as a scanner would give
    else:
        path.write_bytes(data)
    with qtbot.waitSignal(main_window.error_shown) as shown:
        assert main_window.articles.open_files([path]) == []
    assert message in shown.args[0] and name in shown.args[0]
    assert "\n" not in shown.args[0] and "Traceback" not in shown.args[0]
    assert main_window.catalogue.list_articles() == []
    assert not main_window.undo_group.canUndo()


def test_a_near_duplicate_gets_a_notice_that_opens_the_earlier_article(
    qtbot: QtBot, main_window: MainWindow, sample_article_path: Path, tmp_path: Path
) -> None:
    sample = sample_article_path.read_text(encoding="utf-8")
    earlier = main_window.catalogue.add_article(sample, outlet="Sputnik").id
    copy = tmp_path / "ria.txt"
    copy.write_text(
        sample.replace("Sputnik", "РИА Новости").replace("во вторник", "в среду"),
        encoding="utf-8",
    )
    handler = when_modal("articleDialog", lambda dialog: dialog.accept())  # type: ignore[attr-defined]
    (new_id,) = main_window.articles.open_files([copy])
    handler.check()
    assert new_id != earlier
    notice = main_window.articles.near_duplicate_notice()
    assert notice.isVisible() and notice.earlier_id == earlier
    assert f"Article {new_id} is nearly the same as" in notice.label.text()
    assert main_window.reader.article_id == new_id
    notice.label.linkActivated.emit(str(earlier))
    assert main_window.reader.article_id == earlier
    assert not notice.isVisible()


def test_a_pasted_near_duplicate_is_found_off_the_gui_thread(
    qtbot: QtBot, main_window: MainWindow, sample_article_path: Path
) -> None:
    sample = sample_article_path.read_text(encoding="utf-8")
    earlier = main_window.catalogue.add_article(sample).id
    new_id = main_window.articles.add_article_text(
        sample.replace("во вторник", "в среду"), ask=False
    )
    notice = main_window.articles.near_duplicate_notice()
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert notice.earlier_id == earlier and new_id != earlier


PAGE = """<html><head><title>Байрамов принял посла</title></head><body>
<nav><a href="/">Главная</a> <a href="/news">Новости</a> <a href="/sport">Спорт</a></nav>
<header>Меню сайта: Войти, Подписаться, Поиск по сайту</header>
<article><h1>Байрамов принял посла России</h1>
<p>БАКУ, 28 июл - Sputnik. Министр иностранных дел Азербайджана Джейхун Байрамов во вторник
принял чрезвычайного и полномочного посла России Михаила Бочарникова.</p>
<p>«Азербайджан не участвует в переговорах ради переговоров», — сказал Байрамов.</p>
</article>
<footer>© 2024 Sputnik. Все права защищены. Политика конфиденциальности.</footer>
</body></html>"""


def test_pasting_a_whole_web_page_keeps_only_the_article(main_window: MainWindow) -> None:
    mime = QMimeData()
    mime.setHtml(PAGE)
    document = QTextDocument()
    document.setHtml(PAGE)
    mime.setText(document.toPlainText())
    QGuiApplication.clipboard().setMimeData(mime)
    handler = when_modal("articleDialog", lambda dialog: dialog.accept())  # type: ignore[attr-defined]
    article_id = main_window.articles.paste_article()
    handler.check()
    QGuiApplication.clipboard().clear()
    assert article_id is not None
    text = main_window.catalogue.get_article_text(article_id)
    assert "Бочарникова" in text and "ради переговоров" in text
    for chrome in ("Главная", "Меню сайта", "Все права защищены"):
        assert chrome not in text
    assert main_window.catalogue.get_article(article_id).title == "Байрамов принял посла России"


def test_no_progress_dialog_covers_the_details_dialog(
    main_window: MainWindow, sample_article_path: Path
) -> None:
    """Opening one file asks for its details; the import's progress dialog, which shows after
    400 ms, must not appear on top and take the keyboard and mouse from it."""
    seen: dict[str, object] = {}

    def linger_then_accept(dialog: QWidget) -> None:
        QTest.qWait(900)  # well past the progress dialog's delay
        seen["modal"] = QApplication.activeModalWidget()
        seen["progress shown"] = any(
            widget.isVisible()
            for widget in QApplication.topLevelWidgets()
            if widget.objectName() == "importProgress"
        )
        dialog.accept()  # type: ignore[attr-defined]

    handler = when_modal("articleDialog", linger_then_accept)
    (article_id,) = main_window.articles.open_files([sample_article_path])
    dialog = handler.check()
    assert seen["modal"] is dialog
    assert seen["progress shown"] is False
    assert main_window.catalogue.get_article(article_id).source_name == sample_article_path.name


def test_one_long_file_shows_its_name_and_a_busy_bar_under_a_whole_title(
    main_window: MainWindow, tmp_path: Path
) -> None:
    """A file that takes a while to read (a 3 MB web page: a second or two here) shows the
    progress dialog: naming the file, with a busy bar (one file has no steps to count, and sat
    at "0%" before), and wide enough that a title bar has room for its title (it was narrower
    than "Importing articles" in bold, and the window manager cut it short)."""
    page = tmp_path / "долгий-репортаж.html"
    paragraphs = "".join(
        f"<p>Абзац {n}: министр сказал, что переговоры продолжатся, а перемирие на севере "
        f"пока держится.</p>\n"
        for n in range(30_000)
    )
    page.write_text(
        f"<html><head><title>Долгий репортаж</title></head><body><article>"
        f"<h1>Долгий репортаж</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    seen: dict[str, object] = {}
    over = False

    def look_at_the_progress() -> None:
        if over:
            return
        progress = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog) and w.objectName() == "importProgress"
            ),
            None,
        )
        if progress is None or not progress.isVisible():
            QTimer.singleShot(20, look_at_the_progress)
            return
        bold = QFont(progress.font())
        bold.setBold(True)
        seen["label"] = progress.labelText()
        seen["range"] = (progress.minimum(), progress.maximum())
        seen["room beside the title"] = progress.width() - QFontMetrics(bold).horizontalAdvance(
            progress.windowTitle()
        )

    QTimer.singleShot(0, look_at_the_progress)
    handler = when_modal("articleDialog", lambda dialog: dialog.reject(), timeout_ms=60_000)  # type: ignore[attr-defined]
    try:
        opened = main_window.articles.open_files([page])
    finally:
        over = True
    handler.check()
    assert opened == []  # the details dialog was cancelled: nothing stored
    assert main_window.catalogue.list_articles() == []
    assert seen, "the page was read before its progress dialog showed"
    assert seen["label"] == "Reading долгий-репортаж.html…"
    assert seen["range"] == (0, 0)
    assert isinstance(seen["room beside the title"], int)
    assert seen["room beside the title"] >= 120  # an icon and three buttons, with a margin


def test_a_file_whose_details_were_cancelled_is_not_a_recent_file(
    main_window: MainWindow, tmp_path: Path
) -> None:
    """Recent files listed a file whose details dialog was cancelled: nothing of it was in the
    catalogue, yet the menu offered it as one of the files last opened."""
    path = tmp_path / "заявление.txt"
    path.write_text("Заявление МИД\n\nМИД заявил, что переговоры продолжатся.\n", "utf-8")

    def press(button: QDialogButtonBox.StandardButton) -> Callable[[QWidget], None]:
        def answer(dialog: QWidget) -> None:
            box = dialog.findChild(QDialogButtonBox)
            assert box is not None
            QTest.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

        return answer

    handler = when_modal("articleDialog", press(QDialogButtonBox.StandardButton.Cancel))
    assert main_window.articles.open_files([path]) == []
    handler.check()
    assert main_window.catalogue.list_articles() == []
    assert str(path.resolve()) not in AppSettings().recent_files
    handler = when_modal("articleDialog", press(QDialogButtonBox.StandardButton.Ok))
    [opened] = main_window.articles.open_files([path])
    handler.check()
    assert [a.id for a in main_window.catalogue.list_articles()] == [opened]
    assert AppSettings().recent_files[0] == str(path.resolve())


def test_the_russian_folder_picker_asks_for_a_folder_not_a_catalogue(
    qtbot: QtBot, russian_ui: None, main_window: MainWindow
) -> None:
    """Qt's Russian labels the folder field "Каталог:" and its type "Каталоги"; in ClaimDesk a
    catalogue is the store of claims, so File › Import folder read as choosing a catalogue."""
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        label = dialog.findChild(QLabel, "fileNameLabel")
        kind = dialog.findChild(QWidget, "fileTypeCombo")
        seen["label"] = label.text() if label is not None else None
        seen["type shown"] = kind is not None and kind.isVisible()
        dialog.reject()

    chooser = when_modal("QFileDialog", look)
    main_window.articles.import_folder_dialog()
    chooser.check()
    assert seen == {"label": "&Папка:", "type shown": False}
