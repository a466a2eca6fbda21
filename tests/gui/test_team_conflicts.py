"""Two desks on one catalogue: an edit made from an out-of-date view is refused with a readable
message, and the window reloads to show the colleague's version."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.speaker_picker import Attribution

TEXT = "Министр Джейхун Байрамов заявил, что переговоры продолжаются.\n"


def test_a_stale_claim_edit_shows_the_conflict_and_the_new_version(
    qtbot: QtBot, main_window: MainWindow, catalogue_path: Path
) -> None:
    window = main_window
    article_id = window.add_article_text(TEXT, ask=False)
    assert article_id is not None
    shown = window.catalogue.attribute_span(article_id, 0, 7)
    with Catalogue.open(catalogue_path, user_name="colleague") as colleague:
        colleague.update_claim(shown.id, note="их заметка", expected_version=shown.version)

    with qtbot.waitSignal(window.error_shown) as error:
        window.apply_claim_edit(shown, Attribution(note="моя заметка", kind="claim"))
    assert "changed by someone else since you opened it" in error.args[0]
    stored = window.catalogue.get_claim(shown.id)
    assert (stored.note, stored.updated_by, stored.version) == ("их заметка", "colleague", 2)
    # the window reloaded: it shows their version, which can now be edited
    assert [c.note for c in window.reader.claims if c.id == shown.id] == ["их заметка"]
    window.apply_claim_edit(
        window.catalogue.get_claim(shown.id), Attribution(note="моя заметка", kind="claim")
    )
    assert window.catalogue.get_claim(shown.id).note == "моя заметка"
