"""The matching index is built off the GUI thread at start-up, with "Indexing…" in the status bar,
kept in a cache file between sessions, and loaded from it the next time."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.matching import claim_index
from claimdesk.core.matching.index import cache_file_for
from claimdesk.gui.app import build_main_window

QUOTE = "Азербайджан готов к переговорам с Россией по всем вопросам"


def test_index_builds_off_the_gui_thread_is_cached_and_loaded_next_time(
    qtbot: QtBot, catalogue_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Catalogue.open(catalogue_path) as catalogue:
        article = catalogue.add_article(f"Байрамов заявил: «{QUOTE}».").id
        catalogue.attribute_quote(article, QUOTE, "Джейхун Байрамов")
        location = catalogue.location
    cache = cache_file_for(location)
    cache.unlink(missing_ok=True)

    window = build_main_window(str(catalogue_path))
    qtbot.addWidget(window)
    assert window.index_status.text() == "Indexing…"  # loaded once the window is on screen
    window.show()
    qtbot.waitUntil(lambda: window.index_status.text().startswith("Matching ready"), timeout=10_000)
    assert window.index_status.text() == "Matching ready (1 claim)"
    assert cache.exists()
    assert [s.claim.quote for s in window.catalogue.similar_claims(QUOTE)] == [QUOTE]
    window.close()

    loads: list[Path] = []
    real_load = claim_index.ClaimMatcher.load.__func__  # type: ignore[attr-defined]

    def spy(cls: type[claim_index.ClaimMatcher], path: Path) -> claim_index.ClaimMatcher:
        loads.append(Path(path))
        return real_load(cls, path)  # type: ignore[no-any-return]

    monkeypatch.setattr(claim_index.ClaimMatcher, "load", classmethod(spy))
    again = build_main_window(str(catalogue_path))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.index_status.text().startswith("Matching ready"), timeout=10_000)
    assert loads == [cache]
    assert [s.claim.quote for s in again.catalogue.similar_claims(QUOTE)] == [QUOTE]
    again.close()
