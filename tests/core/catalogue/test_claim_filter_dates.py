"""ClaimFilter.dates_inverted: a From date after the Until date, at each one's precision."""

from __future__ import annotations

import pytest

from claimdesk.core.domain.records import ClaimFilter


@pytest.mark.parametrize(
    ("since", "until", "inverted"),
    [
        ("2025-02-01", "2024-07-28", True),
        ("2024-03-16", "2024-03-15", True),
        ("2024-04", "2024-03-31", True),
        ("2024", "2023-12", True),
        ("2024-03-15", "2024-03-15", False),
        ("2024-03-15", "2024-03", False),  # until March's end
        ("2024-03", "2024", False),  # until the year's end
        ("2024", "2024-03", False),  # from the year's start
        ("2024-03-15", None, False),
        (None, "2024-03-15", False),
    ],
)
def test_dates_inverted(since: str | None, until: str | None, inverted: bool) -> None:
    assert ClaimFilter(since=since, until=until).dates_inverted is inverted
