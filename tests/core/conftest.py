"""Fixtures for core tests: a fresh SQLite catalogue file per test, and the sample article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from claimdesk.core.catalogue import Catalogue

SAMPLE = (
    Path(__file__).resolve().parents[3] / "shared" / "samples" / "ru-sputnik-baku-ambassador.txt"
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "catalogue.sqlite"


@pytest.fixture
def catalogue(db_path: Path) -> Iterator[Catalogue]:
    with Catalogue.open(db_path) as opened:
        yield opened


@pytest.fixture
def sample_path() -> Path:
    if not SAMPLE.exists():
        pytest.fail(f"the sample article is missing: {SAMPLE}")
    return SAMPLE


@pytest.fixture
def sample_text(sample_path: Path) -> str:
    return sample_path.read_text(encoding="utf-8")


@pytest.fixture
def sample_article(catalogue: Catalogue, sample_text: str) -> int:
    return catalogue.add_article(
        sample_text, outlet="Sputnik Азербайджан", published="2024-07-28", language="ru"
    ).id
