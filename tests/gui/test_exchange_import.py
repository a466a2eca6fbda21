"""File › Import annotations… and Import REFI-QDA project…, as a person uses them: the menu entry,
the file chosen in the real file dialog, the claims in the catalogue, one Ctrl+Z taking the
import back; annotations into an empty catalogue bringing their articles; a broken file refused
in one message with nothing stored."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from dialog_helpers import answer_file_dialog, menu_action, press, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui.main_window import MainWindow

TEXT = (
    "Мария Захарова заявила, что «переговоры продолжатся» 🙂.\n"
    "Jane Doe said the talks would resume next week.\n"
)
CTRL = Qt.KeyboardModifier.ControlModifier


def import_through_the_menu(window: MainWindow, entry: str, path: Path) -> None:
    chooser = when_modal("QFileDialog", answer_file_dialog(path))
    menu_action(window, "File", entry).trigger()
    chooser.check()


def colleague_files(folder: Path) -> tuple[Path, Path]:
    """A colleague's catalogue with the same article and two claims, exported as annotations
    and as a REFI-QDA project."""
    with Catalogue.open(folder / "colleague.sqlite") as colleague:
        article = colleague.add_article(TEXT).id
        start = TEXT.index("переговоры продолжатся")
        colleague.attribute_span(
            article, start, start + len("переговоры продолжатся"),
            new_speaker="Мария Захарова", kind="direct",
        )  # fmt: skip
        start = TEXT.index("the talks would resume")
        colleague.attribute_span(
            article, start, start + len("the talks would resume next week"),
            new_speaker="Jane Doe", kind="indirect", tags=["talks"],
        )  # fmt: skip
        annotations = folder / "claims.jsonld"
        colleague.export_claims(annotations, "webannotation")
        project = folder / "project.qdpx"
        colleague.export_qdpx(project)
    return annotations, project


def claims_of(catalogue: Catalogue) -> list[tuple[str, str, str]]:
    return sorted((c.quote, c.speaker_name, c.kind) for c in catalogue.list_claims())


EXPECTED = [
    ("the talks would resume next week", "Jane Doe", "indirect"),
    ("переговоры продолжатся", "Мария Захарова", "direct"),
]


def test_annotations_from_the_file_menu_become_claims_and_ctrl_z_takes_them_back(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, error_boxes: list[str]
) -> None:
    window = main_window
    annotations, _project = colleague_files(tmp_path)
    assert window.articles.add_article_text(TEXT, ask=False) is not None
    import_through_the_menu(window, "Import annotations…", annotations)
    assert claims_of(window.catalogue) == EXPECTED
    assert error_boxes == []
    message = window.statusBar().currentMessage()
    assert message == "2 claims imported from claims.jsonld (2 new speakers)"
    qtbot.waitUntil(lambda: window.claims_panel.model().rowCount() == 2)  # the views follow
    press(window.centralWidget(), Qt.Key.Key_Z, CTRL)
    assert window.catalogue.list_claims() == []
    # the same file again after a redo: nothing doubled
    press(window.centralWidget(), Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    import_through_the_menu(window, "Import annotations…", annotations)
    assert claims_of(window.catalogue) == EXPECTED
    assert "2 already there" in window.statusBar().currentMessage()


ENGLISH = "The minister, Zoë Brontë, called the plan “a fair start” on Monday.\n"


def every_field(catalogue: Catalogue) -> list[tuple[object, ...]]:
    return sorted(
        (c.quote, c.start, c.end, c.speaker_name, c.speaker_role, c.kind, c.tags, c.note,
         c.article_title, c.outlet, c.url, c.published, c.language,
         catalogue.get_article_text(c.article_id))
        for c in catalogue.list_claims()
    )  # fmt: skip


def test_annotations_into_an_empty_catalogue_bring_their_articles(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, error_boxes: list[str]
) -> None:
    window = main_window
    annotations, _project = colleague_files(tmp_path)
    with Catalogue.open(tmp_path / "colleague.sqlite") as colleague:
        english = colleague.add_article(
            ENGLISH, title="Plan", outlet="Ledger", url="https://example.org/plan",
            published="2025-04-07", language="en",
        ).id  # fmt: skip
        start = ENGLISH.index("a fair start")
        colleague.attribute_span(
            english, start, start + len("a fair start"), new_speaker="Zoë Brontë",
            new_speaker_role="minister", kind="direct", tags=["plan"], note="quoted",
        )  # fmt: skip
        colleague.export_claims(annotations, "webannotation")
        expected = every_field(colleague)
    assert window.catalogue.list_articles() == []
    import_through_the_menu(window, "Import annotations…", annotations)
    assert error_boxes == []
    assert every_field(window.catalogue) == expected
    assert window.statusBar().currentMessage() == (
        "3 claims imported from claims.jsonld (2 new articles, 3 new speakers)"
    )
    qtbot.waitUntil(lambda: window.article_panel.model.rowCount() == 2)  # the views follow
    # the reader shows one of them, not "Start with an article" beside them
    qtbot.waitUntil(lambda: window.reader.article_id is not None)
    assert window.reader_stack.currentWidget() is window.reader_stack.reader_page
    press(window.centralWidget(), Qt.Key.Key_Z, CTRL)  # one undo: articles and claims
    assert window.catalogue.list_articles() == [] and window.catalogue.list_claims() == []
    assert window.catalogue.list_speakers() == []
    qtbot.waitUntil(lambda: window.article_panel.model.rowCount() == 0)


def test_a_refi_qda_project_from_the_file_menu_brings_its_texts_and_claims(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, error_boxes: list[str]
) -> None:
    window = main_window
    _annotations, project = colleague_files(tmp_path)
    import_through_the_menu(window, "Import REFI-QDA project…", project)
    assert error_boxes == []
    assert [window.catalogue.get_article_text(a.id) for a in window.catalogue.list_articles()] == [
        TEXT
    ]
    assert claims_of(window.catalogue) == EXPECTED
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("2 claims imported from project.qdpx (1 new article, 2 new speakers")
    )
    [article] = window.catalogue.list_articles()
    qtbot.waitUntil(lambda: window.reader.article_id == article.id)
    press(window.centralWidget(), Qt.Key.Key_Z, CTRL)
    assert window.catalogue.list_articles() == [] and window.catalogue.list_claims() == []


def test_a_broken_file_is_refused_in_one_message_and_nothing_is_stored(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, error_boxes: list[str]
) -> None:
    window = main_window
    assert window.articles.add_article_text(TEXT, ask=False) is not None
    broken = tmp_path / "broken.jsonld"
    broken.write_text('{"@context": "http://www.w3.org/ns/anno.jsonld", "type": ', "utf-8")
    pushes = window.catalogue.history.push_count
    import_through_the_menu(window, "Import annotations…", broken)
    qtbot.waitUntil(lambda: len(error_boxes) == 1)
    assert "\n" not in error_boxes[0] and "broken.jsonld" in error_boxes[0]
    not_a_project = tmp_path / "project.qdpx"
    not_a_project.write_bytes(b"PK\x03\x04 cut short")
    import_through_the_menu(window, "Import REFI-QDA project…", not_a_project)
    qtbot.waitUntil(lambda: len(error_boxes) == 2)
    assert "\n" not in error_boxes[1]
    assert window.catalogue.list_claims() == []
    assert window.catalogue.history.push_count == pushes


def test_annotations_whose_text_is_nowhere_are_refused_and_nothing_is_stored(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, error_boxes: list[str]
) -> None:
    """An annotation on a text neither the file nor the catalogue holds: one message, nothing
    stored (not even the articles the file does carry)."""
    window = main_window
    annotations, _project = colleague_files(tmp_path)
    with Catalogue.open(tmp_path / "colleague.sqlite") as colleague:
        colleague.add_article(ENGLISH, title="Plan")
        colleague.export_claims(annotations, "webannotation")
    document = json.loads(annotations.read_text("utf-8"))
    carried = document["claimdesk:articles"]
    assert [a["claimdesk:text"] for a in carried] == [TEXT]
    carried[0]["claimdesk:text"] = ENGLISH  # a text the annotations are not on
    carried[0]["claimdesk:textHash"] = ""
    annotations.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    pushes = window.catalogue.history.push_count
    import_through_the_menu(window, "Import annotations…", annotations)
    qtbot.waitUntil(lambda: len(error_boxes) == 1)
    assert "Annotation 1: its article" in error_boxes[0]
    assert "nor carried in the file" in error_boxes[0] and "\n" not in error_boxes[0]
    assert window.catalogue.list_articles() == [] and window.catalogue.list_claims() == []
    assert window.catalogue.history.push_count == pushes


def note_where_it_starts(started: list[str]) -> Callable[[QWidget], None]:
    """Answers a file dialog by noting the folder it opened in, then its Cancel."""

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        started.append(dialog.directory().absolutePath())
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        assert isinstance(buttons, QDialogButtonBox)
        QTest.mouseClick(
            buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )

    return look


def test_the_next_open_dialog_starts_where_the_last_file_came_from(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, error_boxes: list[str]
) -> None:
    """Every open and import dialog started in the home folder: a desk's folder of files was
    looked for again each time."""
    window = main_window
    desk = tmp_path / "отдел проверки"
    desk.mkdir()
    annotations, _project = colleague_files(desk)
    import_through_the_menu(window, "Import annotations…", annotations)
    assert error_boxes == []
    started: list[str] = []
    look = note_where_it_starts(started)

    for entry in ("Import REFI-QDA project…", "Open…"):
        chooser = when_modal("QFileDialog", look)
        menu_action(window, "File", entry).trigger()
        chooser.check()
    assert started == [str(desk), str(desk)]


def test_the_folder_import_starts_where_the_last_file_came_from_and_is_remembered(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, error_boxes: list[str]
) -> None:
    """File › Import folder… started in the folder the app was started from, whatever was
    opened last; and a folder imported did not make the next Open start there."""
    window = main_window
    desk = tmp_path / "отдел проверки"
    desk.mkdir()
    annotations, _project = colleague_files(desk)
    import_through_the_menu(window, "Import annotations…", annotations)
    started: list[str] = []
    look = note_where_it_starts(started)

    chooser = when_modal("QFileDialog", look)
    menu_action(window, "File", "Import folder…").trigger()
    chooser.check()
    assert started == [str(desk)]

    articles = tmp_path / "статьи за неделю"
    articles.mkdir()
    (articles / "заявление.txt").write_text(
        "Министр заявил, что переговоры продолжатся на следующей неделе в Баку.\n",
        encoding="utf-8",
    )
    before = len(window.catalogue.list_articles())
    import_through_the_menu(window, "Import folder…", articles)
    qtbot.waitUntil(lambda: len(window.catalogue.list_articles()) == before + 1)
    chooser = when_modal("QFileDialog", look)
    menu_action(window, "File", "Open…").trigger()
    chooser.check()
    assert started[-1] == str(articles)
    assert error_boxes == []
