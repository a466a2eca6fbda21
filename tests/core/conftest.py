"""Fixtures for core tests: a fresh SQLite catalogue file per test, and the sample article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from claimdesk.core.catalogue import Catalogue


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "catalogue.sqlite"


@pytest.fixture
def catalogue(db_path: Path) -> Iterator[Catalogue]:
    with Catalogue.open(db_path) as opened:
        yield opened


@pytest.fixture
def sample_path(sample_article_path: Path) -> Path:
    return sample_article_path


@pytest.fixture
def sample_text(sample_path: Path) -> str:
    return sample_path.read_text(encoding="utf-8")


@pytest.fixture
def sample_article(catalogue: Catalogue, sample_text: str) -> int:
    return catalogue.add_article(
        sample_text, outlet="Sputnik Азербайджан", published="2024-07-28", language="ru"
    ).id
