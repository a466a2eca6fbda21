"""Russian names reduced to their nominative form."""

from __future__ import annotations

import pytest

from claimdesk.core.matching.names import base_form, base_form_candidates


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Михаила Бочарникова", "Михаил Бочарников"),
        ("Марии Захаровой", "Мария Захарова"),
        ("Марией Захаровой", "Мария Захарова"),
        ("Сергею Лаврову", "Сергей Лавров"),
        ("Алиевой", "Алиева"),
        ("Мехрибан Алиевой", "Мехрибан Алиева"),  # an indeclinable first name stays as written
        ("Анны Ивановой-Смирновой", "Анна Иванова-Смирнова"),
        ("Байрамовым", "Байрамов"),
        ("Мария Захарова", "Мария Захарова"),
        ("John Okafor", "John Okafor"),
    ],
)
def test_base_form(written: str, expected: str) -> None:
    assert base_form(written) == expected


def test_ambiguous_names_offer_every_reading_and_a_gender_hint_decides() -> None:
    # "Джейхуна" is also a woman's name in the nominative: the name alone cannot tell
    assert set(base_form_candidates("Джейхуна Байрамова")) == {
        "Джейхуна Байрамова",
        "Джейхун Байрамов",
    }
    assert base_form("Джейхуна Байрамова", gender="masc") == "Джейхун Байрамов"
    assert base_form("Джейхуну Байрамову", gender="masc") == "Джейхун Байрамов"
    assert base_form("Дж. Байрамова", gender="masc") == "Дж. Байрамов"
