"""Edits made elsewhere (another window, process or desk) reach an open window, with a short note
in the status bar."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui.main_window import MainWindow


def test_a_colleagues_claim_appears_with_a_note(
    main_window: MainWindow, catalogue_path: Path
) -> None:
    article_id = main_window.articles.add_article_text(
        "Мэр заявил: «Бюджет города вырастет в следующем году».", ask=False
    )
    assert article_id is not None
    main_window.bridge.poll()  # the window's own edit is not news
    assert "elsewhere" not in main_window.statusBar().currentMessage()

    with Catalogue.open(catalogue_path) as colleague:
        colleague.attribute_quote(article_id, "Бюджет города вырастет", "Мэр")
    main_window.bridge.poll()

    assert main_window.statusBar().currentMessage() == "Updated: 1 claim changed elsewhere."
    assert [c.quote for c in main_window.catalogue.claims_for_article(article_id)] == [
        "Бюджет города вырастет"
    ]
    assert main_window.claims_panel.claims_model.rowCount() == 1


def test_the_similar_panel_shows_a_claim_a_colleague_just_stored(
    qtbot: QtBot, main_window: MainWindow, catalogue_path: Path
) -> None:
    quote = "Россия продолжает поддерживать Азербайджан"
    mine = main_window.articles.add_article_text(f"Посол отметил: {quote}.", ask=False)
    assert mine is not None
    claim = main_window.catalogue.attribute_quote(mine, quote, "Михаил Бочарников")
    main_window.claims_panel.select_claim(claim.id)
    panel = main_window.similar_panel
    qtbot.waitUntil(lambda: "Select" not in panel.status.text(), timeout=5000)
    assert panel.model.rowCount() == 0  # nothing earlier yet
    main_window.bridge.poll()

    with Catalogue.open(catalogue_path) as colleague:
        theirs = colleague.add_article(f"Бочарников снова заявил: {quote}.", outlet="ТАСС").id
        stored = colleague.attribute_quote(theirs, quote, "Михаил Бочарников")
    main_window.bridge.poll()  # the live view; the user does nothing

    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert panel.model.result(0).claim.id == stored.id
