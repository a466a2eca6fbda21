"""Speech after a colon without quotation marks."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import DIRECT, suggest_attributions


def test_colon_speech_without_quotation_marks() -> None:
    text = (
        "Министр транспорта Олег Травкин признал: денег на ремонт всех мостов в этом году нет.\n"
        "The union's claims: the pay offer is far too low for the crews.\n"
    )
    found = by_text(suggest_attributions(text, language="ru"))
    bridges = found["денег на ремонт всех мостов в этом году нет"]
    assert (bridges.speaker, bridges.kind) == ("Олег Травкин", DIRECT)
    english = "The union's claims: the pay offer is far too low for the crews.\n"
    assert suggest_attributions(english, language="en") == []  # "claims" is a noun here
