"""The sample article in tests/data is the project's sample, unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[4] / "shared" / "samples"


def test_the_copy_of_the_sample_article_matches_the_shared_one(sample_article_path: Path) -> None:
    shared = SHARED / sample_article_path.name
    if not shared.exists():
        pytest.skip("shared/ is not beside this clone; nothing to compare with")
    assert sample_article_path.read_bytes() == shared.read_bytes()
