"""Catalogues with claims for the catalogue, speakers and export view tests: fixtures prefixed
``b_`` (loaded by those test modules through ``pytest_plugins``), so they never clash with the
app-wide fixtures in tests/conftest.py, which also sets Qt offscreen and the temporary folders."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.folding import fold
from claimdesk.core.domain.records import ClaimKind
from claimdesk.core.storage.models import claim_table

RU_TEXT = (
    "Глава МИД Азербайджана Джейхун Байрамов заявил: «Мы готовы к переговорам без условий». "
    "Официальный представитель МИД России Мария Захарова отметила, что «Москва внимательно "
    "следит за ситуацией». Байрамов также напомнил, что «мирный договор почти готов»."
)
EN_TEXT = (
    "Foreign Minister Jeyhun Bayramov said the talks were constructive and useful. "
    "Spokeswoman Maria Zakharova said Moscow was watching the region closely. "
    "Analyst John Smith claimed that prices would rise by ten percent next year."
)
TASS_TEXT = (
    "Мария Захарова заявила, что Запад вмешивается в дела региона. "
    "По её словам, «санкции не работают»."
)


@dataclass
class SampleCatalogue:
    catalogue: Catalogue
    bayramov: int
    zakharova: int
    smith: int
    ru_article: int
    en_article: int
    tass_article: int


@pytest.fixture
def b_catalogue(tmp_path: Path) -> Iterator[Catalogue]:
    catalogue = Catalogue.open(tmp_path / "c.sqlite")
    yield catalogue
    catalogue.close()


@pytest.fixture
def b_sample(b_catalogue: Catalogue) -> SampleCatalogue:
    """Eight claims in three articles (Russian and English) by three speakers."""
    c = b_catalogue
    bayramov = c.add_speaker(
        "Джейхун Байрамов",
        role="Министр иностранных дел",
        organisation="МИД Азербайджана",
        aliases=["Байрамов", "Jeyhun Bayramov"],
    ).id
    zakharova = c.add_speaker("Мария Захарова", role="Официальный представитель МИД").id
    smith = c.add_speaker("John Smith", role="Analyst").id
    ru = c.add_article(
        RU_TEXT,
        title="Байрамов о переговорах",
        outlet="Sputnik Азербайджан",
        published="2024-07-28",
    ).id
    en = c.add_article(
        EN_TEXT, title="Talks in Baku", outlet="Reuters", published="2023-11", language="en"
    ).id
    tass = c.add_article(
        TASS_TEXT, title="Захарова о санкциях", outlet="ТАСС", published="2025-02-03"
    ).id
    c.attribute_quote(
        ru, "Мы готовы к переговорам без условий", "Байрамов", kind="direct", tags=["переговоры"]
    )
    c.attribute_quote(
        ru, "Москва внимательно следит за ситуацией", "Мария Захарова", kind=ClaimKind.DIRECT
    )
    c.attribute_quote(
        ru, "мирный договор почти готов", "Джейхун Байрамов", kind="claim", tags=["мир"]
    )
    c.attribute_quote(
        en,
        "the talks were constructive and useful",
        "Jeyhun Bayramov",
        kind="indirect",
        tags=["переговоры", "talks"],
    )
    c.attribute_quote(
        en, "Moscow was watching the region closely", "Мария Захарова", kind="indirect"
    )
    c.attribute_quote(en, "prices would rise by ten percent next year", "John Smith", kind="claim")
    c.attribute_quote(tass, "Запад вмешивается в дела региона", "Мария Захарова", kind="indirect")
    c.attribute_quote(tass, "санкции не работают", None, kind="direct", tags=["санкции"])
    return SampleCatalogue(c, bayramov, zakharova, smith, ru, en, tass)


@pytest.fixture
def b_bulk_claims() -> Callable[[Catalogue, int], None]:
    """Insert ``n`` claims straight into the claim table with SQLAlchemy Core (the service layer
    takes one transaction per claim, far too slow for 100,000 in a test)."""

    def insert(catalogue: Catalogue, n: int) -> None:
        speakers = [
            catalogue.add_speaker(name).id
            for name in ("Джейхун Байрамов", "Мария Захарова", "John Smith", "Ann Lee")
        ]
        articles = [
            catalogue.add_article(
                f"Статья номер {k}. " + RU_TEXT, outlet=f"Outlet {k}", published=f"202{k}-01-15"
            ).id
            for k in range(5)
        ]
        kinds = [k.value for k in ClaimKind]
        now = datetime.now(UTC)
        rows = []
        for i in range(n):
            quote = f"Утверждение номер {i:06d}"
            rows.append(
                {
                    "article_id": articles[i % len(articles)],
                    "speaker_id": speakers[i % len(speakers)],
                    "start": 0,
                    "end": 10,
                    "quote": quote,
                    "quote_folded": fold(quote),
                    "context_before": "",
                    "context_after": "",
                    "kind": kinds[i % len(kinds)],
                    "note": "",
                    "created_at": now + timedelta(seconds=i),
                    "updated_at": now + timedelta(seconds=i),
                }
            )
        with catalogue.engine.begin() as connection:
            connection.execute(claim_table.insert(), rows)

    return insert


def _type_text(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def b_type_text() -> Callable[[QWidget, str], None]:
    """Type any text, key by key (QTest.keyClicks aborts on characters outside Latin-1)."""
    return _type_text
