"""Two desks on one catalogue: an edit made from an out-of-date view is refused with a readable
message, and the window reloads to show the colleague's version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.speaker_picker import Attribution

TEXT = "Министр Джейхун Байрамов заявил, что переговоры продолжаются.\n"


def test_a_stale_claim_edit_shows_the_conflict_and_the_new_version(
    qtbot: QtBot, main_window: MainWindow, catalogue_path: Path
) -> None:
    window = main_window
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    shown = window.catalogue.attribute_span(article_id, 0, 7)
    with Catalogue.open(catalogue_path, user_name="colleague") as colleague:
        colleague.update_claim(shown.id, note="их заметка", expected_version=shown.version)

    with qtbot.waitSignal(window.error_shown) as error:
        window.claims.apply_claim_edit(shown, Attribution(note="моя заметка", kind="claim"))
    assert "changed by someone else since you opened it" in error.args[0]
    stored = window.catalogue.get_claim(shown.id)
    assert (stored.note, stored.updated_by, stored.version) == ("их заметка", "colleague", 2)
    # the window reloaded: it shows their version, which can now be edited
    assert [c.note for c in window.reader.claims if c.id == shown.id] == ["их заметка"]
    window.claims.apply_claim_edit(
        window.catalogue.get_claim(shown.id), Attribution(note="моя заметка", kind="claim")
    )
    assert window.catalogue.get_claim(shown.id).note == "моя заметка"


def test_the_claims_table_shows_who_added_and_changed_each_claim(
    qtbot: QtBot, settings_dir: Path, catalogue_path: Path
) -> None:
    from claimdesk.core.storage.store import default_user_name, set_default_user_name
    from claimdesk.gui.app import build_main_window, set_application_identity
    from claimdesk.gui.claims_table_model import COLUMNS, ClaimsTableModel
    from claimdesk.gui.settings import AppSettings

    set_application_identity()
    AppSettings().user_name = "  Анна  Петрова "
    window = build_main_window(str(catalogue_path))
    qtbot.addWidget(window)
    try:
        assert window.catalogue.user_name == "Анна Петрова"
        article_id = window.articles.add_article_text(TEXT, ask=False)
        assert article_id is not None
        claim = window.catalogue.attribute_span(article_id, 0, 7)
        with Catalogue.open(catalogue_path, user_name="colleague") as colleague:
            colleague.update_claim(claim.id, note="n")
        model = ClaimsTableModel(window.catalogue)
        assert model.index(0, COLUMNS.index("created_by")).data() == "Анна Петрова"
        assert model.index(0, COLUMNS.index("updated_by")).data() == "colleague"
        tooltip = model.index(0, COLUMNS.index("created")).data(Qt.ItemDataRole.ToolTipRole)
        assert "by Анна Петрова" in tooltip and "by colleague" in tooltip
        model.sort(COLUMNS.index("updated_by"))
        assert model.order == ("updated_by", False)
    finally:
        window.close()
        set_default_user_name(None)
    assert default_user_name() != "Анна Петрова"


def test_colleagues_edits_appear_in_an_open_window(
    qtbot: QtBot, main_window: MainWindow, catalogue_path: Path
) -> None:
    window = main_window
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    bridge = window.bridge
    bridge.poll_timer.setInterval(50)
    with (
        Catalogue.open(catalogue_path, user_name="colleague") as colleague,
        qtbot.waitSignal(bridge.changed_elsewhere, timeout=5000),
    ):
        colleague.attribute_span(article_id, 0, 7, note="от коллеги")
    qtbot.waitUntil(lambda: [c.note for c in window.reader.claims] == ["от коллеги"])
