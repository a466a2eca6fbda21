"""The verdicts in Russian (issue 21): with the Russian translation installed as the app
installs it, the Verdict labels dialog, the verdict editor and the Clusters tab
speak Russian, with Alt letters unique in each dialog and Russian plural forms; and in English
the Clusters tab counts "1 cluster, 2 claims", not "1 cluster(s)"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui.bridge import CatalogueBridge
from claimdesk.gui.clusters_view import ClustersView
from claimdesk.gui.verdict_dialog import VerdictDialog
from claimdesk.gui.verdict_labels_dialog import VerdictLabelsDialog

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
QUOTE = "Цены на газ в следующем году вырастут вдвое"


def mnemonics(widget: QWidget) -> list[str]:
    texts = [b.text() for b in widget.findChildren(QAbstractButton)]
    texts += [label.text() for label in widget.findChildren(QLabel)]
    found = [re.search(r"(?<!&)&([^&\s])", t.replace("&&", "")) for t in texts]
    return [m.group(1).casefold() for m in found if m]


@pytest.fixture
def russian(russian_ui: None) -> None:
    """The Russian translation, installed as the app installs it."""


@pytest.fixture
def clustered(db_path: Path) -> Iterator[Catalogue]:
    """A catalogue with one cluster of two claims (a SQLite file: Qt alone is tested here)."""
    with Catalogue.open(db_path) as catalogue:
        yield _clustered(catalogue)


def _clustered(catalogue: Catalogue, quote: str = QUOTE) -> Catalogue:
    """``catalogue`` with a cluster of two claims of ``quote``, in two outlets."""
    ids = []
    for outlet in ("РБК", "Коммерсант"):
        text = f"{outlet}\n\nОн заявил: «{quote}». Конец."
        article = catalogue.add_article(text, outlet=outlet, published="2024-05-02").id
        ids.append(catalogue.attribute_quote(article, quote, "Александр Новак").id)
    catalogue.link_claims(ids[0], ids[1], "same")
    catalogue.gather_clusters(almost_certain=False)
    return catalogue


def test_the_verdict_dialogs_in_russian(qtbot: QtBot, russian: None, clustered: Catalogue) -> None:
    labels = VerdictLabelsDialog(clustered, lambda edit: edit())
    qtbot.addWidget(labels)
    assert labels.windowTitle() == "Названия статусов вердикта"
    assert labels.remove_button.text() == "&Удалить"
    letters = mnemonics(labels)
    assert len(letters) == len(set(letters)) >= 7
    tip = labels.model.index(0, 0).data(3)  # ToolTipRole: "unchecked" is had by 1 cluster
    assert str(tip).startswith("Ключ: unchecked. Он у 1 кластера. Не вывод проверки")
    # new clusters start "unchecked": Remove is off for it, and Delete says why in Russian
    labels.show()
    qtbot.waitExposed(labels)
    labels.list.setFocus()
    labels.list.setCurrentIndex(labels.model.index(0, 0))
    assert not labels.remove_button.isEnabled()
    assert labels.remove_button.toolTip().startswith("С этого статуса начинается")
    QTest.keyClick(labels.list, Qt.Key.Key_Delete)
    assert labels.problem.text().startswith("Статус «Не проверено» нельзя удалить")
    labels.list.setCurrentIndex(labels.model.index(1, 0))
    assert labels.remove_button.isEnabled() and labels.remove_button.toolTip() == ""

    [cluster] = clustered.list_clusters()
    editor = VerdictDialog(cluster, clustered.verdict_labels(), "Ольга")
    qtbot.addWidget(editor)
    assert editor.windowTitle() == f"Вердикт кластера {cluster.id}"
    letters = mnemonics(editor)
    assert len(letters) == len(set(letters)) >= 5

    view = ClustersView(clustered, CatalogueBridge(clustered))
    qtbot.addWidget(view)
    assert view.summary.text() == "1 кластер, 2 утверждения"
    assert view.status.itemText(0) == "Все вердикты"
    assert view.status.itemText(1) == "Не проверено"  # the default label, in Russian
    assert view.model.data(view.model.index(0, 2)) == "Не проверено"
    for table in (view.table, view.appearance_table):  # every header whole, in Russian
        header, model = table.horizontalHeader(), table.model()
        for column in range(model.columnCount() - 1):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            assert header.sectionSize(column) > header.fontMetrics().horizontalAdvance(title)


def test_the_clusters_tab_counts_in_english(qtbot: QtBot, clustered: Catalogue) -> None:
    view = ClustersView(clustered, CatalogueBridge(clustered))
    qtbot.addWidget(view)
    assert view.summary.text() == "1 cluster, 2 claims"


def test_hints_in_empty_fields_read_whole_in_russian(
    qtbot: QtBot, russian: None, clustered: Catalogue
) -> None:
    """The verdict's date field cut its hint to "ДД.ММ.ГГГГ или ГГГГ-ММ-ДД (сегодня, если выне…",
    the Speakers tab's alias field to "Новое другое имя, например фамили…"; each is as wide as
    its hint, shown."""
    from claimdesk.gui.speakers_view import SpeakersView
    from claimdesk.gui.undo import CatalogueUndoStack

    [cluster] = clustered.list_clusters()
    editor = VerdictDialog(cluster, clustered.verdict_labels(), "Ольга")
    qtbot.addWidget(editor)
    bridge = CatalogueBridge(clustered)
    speakers = SpeakersView(clustered, bridge, CatalogueUndoStack(clustered))
    qtbot.addWidget(speakers)
    speakers.resize(1000, 500)  # a small window: the speakers table gives way
    for window, edit in ((editor, editor.reviewed_on), (speakers, speakers.alias_edit)):
        window.show()
        qtbot.waitExposed(window)
        hint = edit.placeholderText()
        assert re.search("[а-я]", hint), hint  # in Russian
        assert edit.width() >= edit.fontMetrics().horizontalAdvance(hint) + 12, hint


def test_the_merge_dialogs_russian_headers_show_whole(
    qtbot: QtBot, russian: None, db_path: Path
) -> None:
    """At 1024×700 the merge dialog's Russian headers read "ервые появило" and "ервые сказал"."""
    from claimdesk.gui.merge_clusters_dialog import MergeClustersDialog

    with Catalogue.open(db_path) as catalogue:
        _clustered(_clustered(catalogue), "Налоги на бизнес снизятся в следующем году")
        first, *others = catalogue.list_clusters()
        dialog = MergeClustersDialog(first, others)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        header, model = dialog.table.horizontalHeader(), dialog.table.model()
        for column in range(model.columnCount() - 1):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            assert header.sectionSize(column) > header.fontMetrics().horizontalAdvance(title), title
