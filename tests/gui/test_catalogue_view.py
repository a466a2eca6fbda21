"""The catalogue view: lazy paging, server-side sorting, filters, opening and deleting claims."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest
from dialog_helpers import when_modal
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.folding import fold
from claimdesk.core.domain.records import ClaimFilter
from claimdesk.gui.bridge import CatalogueBridge
from claimdesk.gui.catalogue_view import CatalogueView
from claimdesk.gui.claims_table_model import COLUMNS
from claimdesk.gui.translations import install_translations, remove_translations
from claimdesk.gui.undo import CatalogueUndoStack

if TYPE_CHECKING:
    from catalogue_fixtures import SampleCatalogue

pytest_plugins = ["catalogue_fixtures"]


def make_view(qtbot: QtBot, catalogue: Catalogue) -> CatalogueView:
    bridge = CatalogueBridge(catalogue)
    undo_stack = CatalogueUndoStack(catalogue)
    view = CatalogueView(catalogue, bridge, undo_stack)
    # keep the bridge and stack alive as long as the view
    bridge.setParent(view)
    undo_stack.setParent(view)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def shown_column(view: CatalogueView, name: str) -> list[str]:
    column = COLUMNS.index(name)
    model = view.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def click_header(qtbot: QtBot, view: CatalogueView, name: str) -> None:
    header = view.table.horizontalHeader()
    section = COLUMNS.index(name)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def row_point(view: CatalogueView, row: int) -> QPoint:
    return view.table.visualRect(view.model.index(row, COLUMNS.index("quote"))).center()


def test_names_and_row_count_match_the_catalogue(qtbot: QtBot, b_sample: SampleCatalogue) -> None:
    view = make_view(qtbot, b_sample.catalogue)
    assert view.objectName() == "catalogueView"
    assert view.accessibleName() == "Catalogue"  # read out: words, not the object name
    assert view.model.rowCount() == b_sample.catalogue.count_claims() == 8
    assert [view.model.headerData(i, Qt.Orientation.Horizontal) for i in range(8)] == [
        "Speaker",
        "Kind",
        "Quote",
        "Outlet",
        "Published",
        "Article",
        "Tags",
        "Created",
    ]
    assert "8 claims" in view.count_label.text()
    quotes = shown_column(view, "quote")
    assert "Мы готовы к переговорам без условий" in quotes
    row = quotes.index("Мы готовы к переговорам без условий")
    assert view.model.index(row, COLUMNS.index("speaker")).data() == "Джейхун Байрамов"
    assert view.model.index(row, COLUMNS.index("kind")).data() == "Direct quote"
    assert view.model.index(row, COLUMNS.index("outlet")).data() == "Sputnik Азербайджан"
    assert view.model.index(row, COLUMNS.index("published")).data() == "2024-07-28"
    assert view.model.index(row, COLUMNS.index("tags")).data() == "переговоры"


def test_clicking_the_speaker_header_sorts_in_the_database(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    view = make_view(qtbot, b_sample.catalogue)
    click_header(qtbot, view, "speaker")
    assert view.model.order == ("speaker", False)
    names = shown_column(view, "speaker")
    # the unattributed claim has no name and sorts first; the rest by folded name
    assert names[0] == "—"
    assert names[1:] == sorted(names[1:], key=fold)
    assert names[1:] == ["John Smith"] + ["Джейхун Байрамов"] * 3 + ["Мария Захарова"] * 3

    click_header(qtbot, view, "speaker")
    assert view.model.order == ("speaker", True)
    assert shown_column(view, "speaker") == list(reversed(names))

    click_header(qtbot, view, "published")
    published = shown_column(view, "published")
    assert published == sorted(published)
    assert published[0] == "2023-11"


def test_filters_narrow_rows(qtbot: QtBot, b_sample: SampleCatalogue) -> None:
    view = make_view(qtbot, b_sample.catalogue)
    bar = view.filter_bar

    bar.speaker_combo.setCurrentIndex(bar.speaker_combo.findData(b_sample.bayramov))
    assert view.model.rowCount() == 3
    assert set(shown_column(view, "speaker")) == {"Джейхун Байрамов"}
    bar.speaker_combo.setCurrentIndex(bar.speaker_combo.findText("(unattributed)"))
    assert shown_column(view, "quote") == ["санкции не работают"]
    bar.speaker_combo.setCurrentIndex(0)
    assert view.model.rowCount() == 8

    bar.kind_combo.setCurrentIndex(bar.kind_combo.findData("direct"))
    assert sorted(shown_column(view, "quote")) == sorted(
        [
            "Мы готовы к переговорам без условий",
            "Москва внимательно следит за ситуацией",
            "санкции не работают",
        ]
    )
    bar.kind_combo.setCurrentIndex(0)

    bar.tag_combo.setCurrentIndex(bar.tag_combo.findData("переговоры"))
    assert view.model.rowCount() == 2
    bar.tag_combo.setCurrentIndex(0)

    bar.outlet_combo.setCurrentIndex(bar.outlet_combo.findData("Reuters"))
    assert set(shown_column(view, "outlet")) == {"Reuters"}
    assert view.model.rowCount() == 3
    bar.outlet_combo.setCurrentIndex(0)

    qtbot.keyClicks(bar.since_edit, "2024")
    qtbot.keyClick(bar.since_edit, Qt.Key.Key_Return)
    assert view.model.rowCount() == 5
    qtbot.keyClicks(bar.until_edit, "2024-12")
    qtbot.keyClick(bar.until_edit, Qt.Key.Key_Return)
    assert set(shown_column(view, "published")) == {"2024-07-28"}
    assert view.model.rowCount() == b_sample.catalogue.count_claims(
        ClaimFilter(since="2024", until="2024-12")
    )


def test_free_text_filter_is_debounced_and_folds_cyrillic_case(
    qtbot: QtBot, b_sample: SampleCatalogue, b_type_text: Callable[[QWidget, str], None]
) -> None:
    view = make_view(qtbot, b_sample.catalogue)
    fetches = view.model.page_fetches
    b_type_text(view.filter_bar.text_edit, "БАЙРАМ")
    # nothing is applied while typing
    assert view.model.rowCount() == 8
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=3000)
    assert view.model.claim_filter.text == "БАЙРАМ"
    # Bayramov's three claims, plus Zakharova's in the article titled "Байрамов о переговорах"
    assert shown_column(view, "speaker").count("Джейхун Байрамов") == 3
    assert "Москва внимательно следит за ситуацией" in shown_column(view, "quote")
    assert view.model.page_fetches > fetches


def test_typing_a_speaker_name_in_the_speaker_filter_chooses_them(
    qtbot: QtBot, b_sample: SampleCatalogue, b_type_text: Callable[[QWidget, str], None]
) -> None:
    view = make_view(qtbot, b_sample.catalogue)
    line = view.filter_bar.speaker_combo.lineEdit()
    line.selectAll()
    b_type_text(line, "мария захарова")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert view.model.claim_filter.speaker_id == b_sample.zakharova
    assert set(shown_column(view, "speaker")) == {"Мария Захарова"}
    assert view.model.rowCount() == 3


def test_part_of_a_name_and_enter_choose_the_first_speaker_listed_for_it(
    qtbot: QtBot, b_sample: SampleCatalogue, b_type_text: Callable[[QWidget, str], None]
) -> None:
    """As the completer lists "Мария Захарова" for "захар", Enter chooses her (it reset the
    filter to all speakers); text no speaker's name holds still shows all speakers."""
    view = make_view(qtbot, b_sample.catalogue)
    combo = view.filter_bar.speaker_combo
    line = combo.lineEdit()
    line.selectAll()
    b_type_text(line, "захар")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert view.model.claim_filter.speaker_id == b_sample.zakharova
    assert combo.currentText() == "Мария Захарова"
    assert set(shown_column(view, "speaker")) == {"Мария Захарова"}
    line.selectAll()
    b_type_text(line, "нет такого")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert view.model.claim_filter.speaker_id == b_sample.zakharova  # unchanged, and shown so
    assert combo.currentText() == "Мария Захарова"
    assert QToolTip.isVisible() and QToolTip.text() == "No speaker is called “нет такого”."
    # a name in another grammatical case chooses them too (it was put back without a word)
    combo.setCurrentIndex(0)
    line.selectAll()
    b_type_text(line, "Байрамову")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert view.model.claim_filter.speaker_id == b_sample.bayramov
    assert combo.currentText() == "Джейхун Байрамов"


def test_a_partial_or_invalid_date_is_not_applied(qtbot: QtBot, b_sample: SampleCatalogue) -> None:
    view = make_view(qtbot, b_sample.catalogue)
    qtbot.keyClicks(view.filter_bar.since_edit, "2024-13")
    view.filter_bar.apply_now()
    assert view.model.claim_filter.since is None
    assert "not a real date" in view.filter_bar.since_edit.toolTip()
    assert view.model.rowCount() == 8


def test_a_day_first_date_typed_narrows_the_claims_as_its_iso_date_would(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    view = make_view(qtbot, b_sample.catalogue)
    bar = view.filter_bar
    bar.since_edit.setFocus()
    qtbot.keyClicks(bar.since_edit, "28.07.2024")
    assert bar.since_edit.text() == "28.07.2024"  # every key taken, the dots too
    qtbot.keyClick(bar.since_edit, Qt.Key.Key_Return)
    assert view.model.claim_filter.since == "2024-07-28"
    assert bar.since_edit.text() == "2024-07-28"  # shown as it is read
    assert set(shown_column(view, "published")) == {"2024-07-28", "2025-02-03"}
    assert view.model.rowCount() == b_sample.catalogue.count_claims(ClaimFilter(since="2024-07-28"))
    bar.until_edit.setFocus()
    qtbot.keyClicks(bar.until_edit, "1.2.2025")
    qtbot.keyClick(bar.until_edit, Qt.Key.Key_Return)
    assert view.model.claim_filter.until == "2025-02-01"
    assert set(shown_column(view, "published")) == {"2024-07-28"}
    assert view.model.rowCount() == b_sample.catalogue.count_claims(
        ClaimFilter(since="2024-07-28", until="2025-02-01")
    )


def test_a_date_the_filter_cannot_read_is_marked_never_changed(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    view = make_view(qtbot, b_sample.catalogue)
    edit = view.filter_bar.since_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "28/07/2024")  # day and month in which order?
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "28/07/2024"
    assert view.model.claim_filter.since is None
    assert view.model.rowCount() == 8
    assert "“28/07/2024” is not a date: write it as YYYY-MM-DD, DD.MM.YYYY" in edit.toolTip()
    assert "border" in edit.styleSheet()
    edit.selectAll()
    qtbot.keyClicks(edit, "07.2024")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert (edit.text(), view.model.claim_filter.since) == ("2024-07", "2024-07")
    assert edit.styleSheet() == "" and "DD.MM.YYYY" not in edit.toolTip()
    assert "15.03.2024" in edit.toolTip()  # the field's own tip again
    assert view.model.rowCount() == b_sample.catalogue.count_claims(ClaimFilter(since="2024-07"))


def test_an_until_date_before_the_from_date_is_marked_and_the_empty_list_says_why(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    """Dates typed the wrong way round gave an empty list and "0 claims", as if the catalogue
    had lost them."""
    view = make_view(qtbot, b_sample.catalogue)
    bar = view.filter_bar
    bar.since_edit.setFocus()
    qtbot.keyClicks(bar.since_edit, "01.02.2025")
    bar.until_edit.setFocus()
    qtbot.keyClicks(bar.until_edit, "28.07.2024")
    qtbot.keyClick(bar.until_edit, Qt.Key.Key_Return)
    assert view.model.claim_filter.dates_inverted
    assert view.model.rowCount() == 0
    assert view.count_label.text() == (
        "No claims: the Until date is before the From date (swap them?)."
    )
    assert "border" in bar.until_edit.styleSheet()
    assert "before the From date" in bar.until_edit.toolTip()
    # swapped: claims again, the field as it was
    bar.until_edit.selectAll()
    qtbot.keyClicks(bar.until_edit, "2025")
    qtbot.keyClick(bar.until_edit, Qt.Key.Key_Return)
    assert not view.model.claim_filter.dates_inverted
    count = b_sample.catalogue.count_claims(ClaimFilter(since="2025-02-01", until="2025"))
    assert count > 0 and view.model.rowCount() == count
    assert view.count_label.text() == f"{count} claim{'s' if count > 1 else ''}"
    assert bar.until_edit.styleSheet() == "" and "before the From date" not in (
        bar.until_edit.toolTip()
    )


def test_hundred_thousand_claims_scroll_without_reading_them_all(
    qtbot: QtBot, b_catalogue: Catalogue, b_bulk_claims: Callable[[Catalogue, int], None]
) -> None:
    b_bulk_claims(b_catalogue, 100_000)
    calls = 0
    list_claims = b_catalogue.list_claims

    def counting_list_claims(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        return list_claims(*args, **kwargs)  # type: ignore[arg-type]

    b_catalogue.list_claims = counting_list_claims  # type: ignore[method-assign]
    view = make_view(qtbot, b_catalogue)
    assert view.model.rowCount() == 100_000
    view.table.viewport().repaint()
    assert view.model.index(0, COLUMNS.index("quote")).data() == "Утверждение номер 000000"
    assert calls == 1
    view.table.scrollToBottom()
    QApplication.processEvents()
    view.table.viewport().repaint()

    last = view.table.rowAt(view.table.viewport().height() - 2)
    assert last == 99_999
    assert view.model.index(last, COLUMNS.index("quote")).data() == "Утверждение номер 099999"
    # the first page, then the page or two at the end: never the whole catalogue
    assert 2 <= calls <= 4
    assert view.model.page_fetches == calls
    assert view.model.cached_pages <= view.model.max_cached_pages

    # sorting 100k rows descending by quote is done by the database too
    click_header(qtbot, view, "quote")
    click_header(qtbot, view, "quote")
    view.table.scrollToTop()
    QApplication.processEvents()
    assert view.model.index(0, COLUMNS.index("quote")).data() == "Утверждение номер 099999"
    assert calls <= 8


def test_a_long_search_result_is_counted_as_far_as_it_is_scrolled(
    qtbot: QtBot,
    b_catalogue: Catalogue,
    b_bulk_claims: Callable[[Catalogue, int], None],
    b_type_text: Callable[[QWidget, str], None],
) -> None:
    """A search finding more claims than the list counts at first shows that many rows and
    says "N+ claims"; going to the end of the list (Ctrl+End) counts further, until all."""
    b_bulk_claims(b_catalogue, 300)
    view = make_view(qtbot, b_catalogue)
    view.model.count_at_most = 40  # (1,000 in the app: 40 rows more than fill this view)
    b_type_text(view.filter_bar.text_edit, "УТВЕРЖДЕНИЕ НОМЕР")
    qtbot.waitUntil(lambda: view.model.claim_filter.text == "УТВЕРЖДЕНИЕ НОМЕР", timeout=3000)
    assert view.model.rowCount() == 40
    assert view.count_label.text() == "40+ claims"
    shown = shown_column(view, "quote")
    assert shown == [f"Утверждение номер {i:06d}" for i in range(40)]
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model.rowCount() == 300, timeout=3000)  # 400 counted: all
    assert view.count_label.text() == "300 claims"
    assert shown_column(view, "quote") == [f"Утверждение номер {i:06d}" for i in range(300)]
    # a new search counts from the start again, and one that finds few counts them all
    view.filter_bar.text_edit.clear()
    b_type_text(view.filter_bar.text_edit, "«номер 00012»")  # a phrase: 000120–000129
    qtbot.waitUntil(lambda: view.model.rowCount() == 10, timeout=3000)
    assert view.count_label.text() == "10 claims"
    # the two words each anywhere: 000012 too
    view.filter_bar.text_edit.clear()
    b_type_text(view.filter_bar.text_edit, "номер 00012")
    qtbot.waitUntil(lambda: view.model.rowCount() == 11, timeout=3000)
    assert view.count_label.text() == "11 claims"


def test_a_search_shows_its_first_page_at_once_and_its_count_when_counted(
    qtbot: QtBot, b_catalogue: Catalogue, b_bulk_claims: Callable[[Catalogue, int], None]
) -> None:
    """More matches than a page: the first page is shown as the search is applied, the count
    follows from a worker ("100+ claims, counting…", then "250 claims"); a page or less is
    counted by that page alone, a word too short for the trigram index is counted first, and
    a count of a search no longer shown is dropped."""
    b_bulk_claims(b_catalogue, 250)
    view = make_view(qtbot, b_catalogue)
    view.set_filter(ClaimFilter(text="номер"))
    assert view.model.counting
    assert view.model.rowCount() == 100
    assert view.count_label.text() == "100+ claims, counting…"
    assert shown_column(view, "quote")[:3] == [f"Утверждение номер {i:06d}" for i in range(3)]
    qtbot.waitUntil(lambda: not view.model.counting, timeout=5000)
    assert view.model.rowCount() == 250
    assert view.count_label.text() == "250 claims"
    assert shown_column(view, "quote")[-1] == "Утверждение номер 000249"

    # two letters have no trigram: counted first, which tells the page how to find them
    view.set_filter(ClaimFilter(text="ер"))
    assert not view.model.counting
    assert view.count_label.text() == "250 claims"

    # a short list is its first page: no count in the background
    view.set_filter(ClaimFilter(text="номер 00012"))
    assert not view.model.counting
    assert view.count_label.text() == "11 claims"

    # a search replaced while it is counted: the old count never lands
    view.set_filter(ClaimFilter(text="утверждение"))
    assert view.model.counting
    view.set_filter(ClaimFilter(text="номер 000013"))
    assert not view.model.counting
    view.model.stop_counting()  # the old count has ended: its result is queued, if at all
    QApplication.processEvents()
    assert view.model.rowCount() == 1
    assert view.count_label.text() == "1 claim"


def test_a_catalogue_change_while_counting_keeps_the_rows_shown(
    qtbot: QtBot, b_catalogue: Catalogue, b_bulk_claims: Callable[[Catalogue, int], None]
) -> None:
    """A claim added while a long search is shown: the rows stay as they were (no jump to the
    top) while the matches are counted again, and the new one is then listed."""
    b_bulk_claims(b_catalogue, 150)
    view = make_view(qtbot, b_catalogue)
    view.set_filter(ClaimFilter(text="номер"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 150, timeout=5000)
    view.table.scrollToBottom()
    article = b_catalogue.list_articles()[0].id
    b_catalogue.attribute_quote(article, "Статья номер", None)
    assert view.model.rowCount() == 150  # kept while counting
    qtbot.waitUntil(lambda: view.model.rowCount() == 151, timeout=5000)
    assert not view.model.counting
    assert view.count_label.text() == "151 claims"


def test_an_in_memory_catalogue_is_counted_on_the_gui_thread(
    qtbot: QtBot, b_bulk_claims: Callable[[Catalogue, int], None]
) -> None:
    """One connection for the whole database: no worker may read beside the GUI thread."""
    catalogue = Catalogue.open("sqlite://")
    try:
        assert not catalogue.reads_in_parallel
        b_bulk_claims(catalogue, 150)
        view = make_view(qtbot, catalogue)
        view.set_filter(ClaimFilter(text="номер"))
        assert not view.model.counting
        assert view.model.rowCount() == 150
        view.close()
    finally:
        catalogue.close()


def test_a_pasted_paragraph_says_only_its_first_words_are_searched(
    qtbot: QtBot, b_sample: SampleCatalogue, b_type_text: Callable[[QWidget, str], None]
) -> None:
    """A search looks for its first 16 words; a paragraph pasted into the field listed what
    they found without a word about the rest."""
    view = make_view(qtbot, b_sample.catalogue)
    edit = view.filter_bar.text_edit
    paragraph = "Байрамов " + " ".join(f"слово{n}" for n in range(30))
    QGuiApplication.clipboard().setText(paragraph)
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model.claim_filter.text == paragraph, timeout=3000)
    assert view.count_label.text() == "0 claims (only the first 16 words are searched)"
    assert view.count_label.toolTip() == "15 words further on are not looked for."
    edit.clear()
    b_type_text(edit, "Байрамов")
    qtbot.waitUntil(lambda: view.model.claim_filter.text == "Байрамов", timeout=3000)
    assert view.count_label.text() == "4 claims" and view.count_label.toolTip() == ""


def test_double_click_and_enter_open_the_claim(qtbot: QtBot, b_sample: SampleCatalogue) -> None:
    view = make_view(qtbot, b_sample.catalogue)
    row = shown_column(view, "quote").index("Москва внимательно следит за ситуацией")
    claim = view.model.claim_at(row)
    assert claim is not None
    point = row_point(view, row)
    with qtbot.waitSignal(view.open_claim_requested, timeout=2000) as blocker:
        # a person's double-click: press and release, then the second press arrives as DblClick
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [b_sample.ru_article, claim.id]

    other = shown_column(view, "quote").index("санкции не работают")
    view.table.setCurrentIndex(view.model.index(other, 0))
    view.table.setFocus()
    with qtbot.waitSignal(view.open_claim_requested, timeout=2000) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    expected = view.model.claim_at(other)
    assert expected is not None
    assert blocker.args == [b_sample.tass_article, expected.id]


def select_rows(view: CatalogueView, rows: list[int]) -> None:
    """Click the first row, then Ctrl+click the others, as a person does."""
    for n, row in enumerate(rows):
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        QTest.mouseClick(
            view.table.viewport(), Qt.MouseButton.LeftButton, modifier, row_point(view, row)
        )
    assert sorted(i.row() for i in view.table.selectionModel().selectedRows()) == sorted(rows)


def answer(which: QMessageBox.StandardButton, asked: list[str]) -> Callable[[QWidget], None]:
    """Answer the delete question with ``which``, noting its text in ``asked``."""

    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        button = box.button(which)
        assert button is not None
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    return click


def test_delete_key_deletes_selected_claims_and_undo_restores(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    asked: list[str] = []
    quotes = shown_column(view, "quote")
    rows = [quotes.index("мирный договор почти готов"), quotes.index("санкции не работают")]
    select_rows(view, rows)
    view.table.setFocus()
    handler = when_modal("deleteClaimsQuestion", answer(QMessageBox.StandardButton.Yes, asked))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    handler.check()

    assert asked == ["Delete 2 claims? You can undo this with Edit › Undo."]
    assert catalogue.count_claims() == 6
    assert view.model.rowCount() == 6
    assert "мирный договор почти готов" not in shown_column(view, "quote")
    assert view.undo_stack.undoText() == "Delete 2 claims"

    view.undo_stack.undo()
    assert catalogue.count_claims() == 8
    assert view.model.rowCount() == 8
    assert {"мирный договор почти готов", "санкции не работают"} <= set(shown_column(view, "quote"))


def test_deleting_one_claim_needs_no_confirmation_and_refusal_keeps_claims(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    asked: list[str] = []
    select_rows(view, [0, 1])
    view.table.setFocus()
    handler = when_modal("deleteClaimsQuestion", answer(QMessageBox.StandardButton.Cancel, asked))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    handler.check()
    assert asked == ["Delete 2 claims? You can undo this with Edit › Undo."]
    assert catalogue.count_claims() == 8
    assert view.undo_stack.count() == 0

    select_rows(view, [3])
    # no question for one claim (were one asked, this would answer Cancel and the claim stay)
    unasked = when_modal(
        "deleteClaimsQuestion", answer(QMessageBox.StandardButton.Cancel, asked), timeout_ms=300
    )
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert catalogue.count_claims() == 7
    assert view.model.rowCount() == 7
    qtbot.wait(400)  # the watch for a question is over
    assert not unasked.dialogs
    assert len(asked) == 1


def test_view_follows_edits_made_elsewhere(qtbot: QtBot, b_sample: SampleCatalogue) -> None:
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    assert view.filter_bar.tag_combo.findData("новое") == -1
    catalogue.attribute_quote(
        b_sample.en_article, "Spokeswoman Maria Zakharova", None, tags=["новое"]
    )
    assert view.model.rowCount() == 9
    assert "Spokeswoman Maria Zakharova" in shown_column(view, "quote")
    assert view.filter_bar.tag_combo.findData("новое") > 0
    assert "9 claims" in view.count_label.text()


def test_a_tag_spelt_anew_elsewhere_is_shown_so_in_the_rows_and_the_tag_filter(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    catalogue = b_sample.catalogue
    claim = catalogue.attribute_quote(
        b_sample.en_article, "Spokeswoman Maria Zakharova", None, tags=["Карабах"]
    )
    view = make_view(qtbot, catalogue)
    combo = view.filter_bar.tag_combo
    assert combo.findText("Карабах") > 0
    catalogue.update_claim(claim.id, tags=["КАРАБАХ"])
    qtbot.waitUntil(lambda: combo.findText("КАРАБАХ") > 0, timeout=3000)
    assert combo.findText("Карабах") == -1
    assert "КАРАБАХ" in shown_column(view, "tags")
    # the column cuts a claim's tags short; pointing at the cell shows them all
    catalogue.update_claim(claim.id, tags=["КАРАБАХ", "Переговоры о мире", "Министерство"])
    qtbot.waitUntil(lambda: "Министерство" in " ".join(shown_column(view, "tags")), timeout=3000)
    row = [c.id for c in map(view.model.claim_at, range(view.model.rowCount())) if c].index(
        claim.id
    )
    viewport = view.table.viewport()
    view.table.setColumnWidth(COLUMNS.index("tags"), 60)
    cell = view.table.visualRect(view.model.index(row, COLUMNS.index("tags"))).center()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, cell, viewport.mapToGlobal(cell))
    )
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    assert QToolTip.text() == "КАРАБАХ, Министерство, Переговоры о мире"


@pytest.mark.parametrize("page_size", [1, 3])
def test_small_pages_still_show_every_row_once(
    qtbot: QtBot, b_sample: SampleCatalogue, page_size: int
) -> None:
    view = make_view(qtbot, b_sample.catalogue)
    view.model.page_size = page_size
    view.model.max_cached_pages = 2
    view.model.reload()
    ids = [view.model.claim_at(row).id for row in range(8)]  # type: ignore[union-attr]
    assert ids == [c.id for c in b_sample.catalogue.list_claims()]
    assert view.model.cached_pages <= 2


@pytest.fixture
def in_russian(qapp: QApplication) -> Iterator[None]:
    install_translations("ru")
    yield
    remove_translations()


RUSSIAN_TITLES = [
    '"Да потому что он с нами контракт не стал подписывать", - объясняет Писеев.',
    "«Наше непримиримое соперничество в прошлом», — говорил Анатолий Карпов.",
    "NY Daily News: Paris Terror Attacks Highlight Threat Posed by NRA.",
    "Вряд ли стоит поступать на экономиста с прицелом на бизнес.",
    "ёлки и палки",
    "Елена Прекрасная",
]
TITLES_IN_ORDER = [
    "NY Daily News: Paris Terror Attacks Highlight Threat Posed by NRA.",
    "Вряд ли стоит поступать на экономиста с прицелом на бизнес.",
    '"Да потому что он с нами контракт не стал подписывать", - объясняет Писеев.',
    "Елена Прекрасная",
    "ёлки и палки",
    "«Наше непримиримое соперничество в прошлом», — говорил Анатолий Карпов.",
]
"""As a person reads them: quotation marks left out, case folded, ё as е."""


@pytest.fixture
def russian_view(qtbot: QtBot, b_catalogue: Catalogue, in_russian: None) -> CatalogueView:
    """The Catalogue tab in Russian over a claim in each of RUSSIAN_TITLES, of every kind,
    some tagged (a SQLite catalogue: the orders on both backends are the core's tests, in
    tests/core/catalogue/test_catalogue_search.py; a window over a team catalogue works
    through threads this fixture does not wait for)."""
    catalogue = b_catalogue
    kinds = ["claim", "direct", "indirect"]
    for number, title in enumerate(RUSSIAN_TITLES):
        article = catalogue.add_article(f"Он сказал: слова {number}.", title=title).id
        tags = [["экономика", "Бюджет"], [], ["санкции"]][number % 3]
        catalogue.attribute_quote(
            article, f"слова {number}", "Пётр", kind=kinds[number % 3], tags=tags
        )
    return make_view(qtbot, catalogue)


def test_clicking_kind_sorts_by_the_kinds_names_as_shown_in_russian(
    qtbot: QtBot, russian_view: CatalogueView
) -> None:
    view = russian_view
    click_header(qtbot, view, "kind")
    indirect, direct, claim = ["Косвенная цитата"] * 2, ["Прямая цитата"] * 2, ["Утверждение"] * 2
    assert shown_column(view, "kind") == indirect + direct + claim
    click_header(qtbot, view, "kind")
    assert shown_column(view, "kind") == claim + direct + indirect


def test_clicking_article_sorts_by_the_titles_as_a_person_reads_them(
    qtbot: QtBot, russian_view: CatalogueView
) -> None:
    view = russian_view
    click_header(qtbot, view, "article")
    assert shown_column(view, "article") == TITLES_IN_ORDER
    click_header(qtbot, view, "article")
    assert shown_column(view, "article") == TITLES_IN_ORDER[::-1]


def test_clicking_tags_sorts_by_the_first_tag_shown(
    qtbot: QtBot, russian_view: CatalogueView
) -> None:
    """Claims without tags first, then by the first tag as the column shows it; the other way
    round on a second click."""
    view = russian_view
    click_header(qtbot, view, "tags")
    in_order = [""] * 2 + ["Бюджет, экономика"] * 2 + ["санкции"] * 2  # as typed
    assert shown_column(view, "tags") == in_order
    tag_choices = view.filter_bar.tag_combo
    assert [tag_choices.itemText(i) for i in range(1, tag_choices.count())] == [
        "Бюджет", "санкции", "экономика"
    ]  # fmt: skip
    click_header(qtbot, view, "tags")
    assert shown_column(view, "tags") == in_order[::-1]
    header = view.table.horizontalHeader()
    assert header.sortIndicatorSection() == COLUMNS.index("tags")


def test_a_wide_catalogue_gives_its_room_to_the_quotes(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    """At 1920 px the last column ("Changed by") stretched across the table while the quotes
    were cut short."""
    view = make_view(qtbot, b_sample.catalogue)
    view.resize(1900, 700)
    QApplication.processEvents()
    table, header = view.table, view.table.horizontalHeader()
    quote, last = COLUMNS.index("quote"), len(COLUMNS) - 1
    assert header.length() == table.viewport().width()  # no blank, no scroll bar
    assert header.sectionSize(quote) > 700
    assert header.sectionSize(last) < 200
    # narrower, the quotes keep their first width and the table scrolls
    view.resize(900, 700)
    QApplication.processEvents()
    assert header.sectionSize(quote) == 420
    # a column the user resizes stays as they left it
    header.resizeSection(quote, 500)
    view.resize(1900, 700)
    QApplication.processEvents()
    assert header.sectionSize(quote) == 500
