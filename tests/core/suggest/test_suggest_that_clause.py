"""Reported speech with "что"/"that" after the speech verb."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import INDIRECT, suggest_attributions


def test_russian_and_english_that_clauses() -> None:
    text = (
        "Глава департамента Андрей Волков подчеркнул, что льготы сохранятся в полном объеме. "
        "Депутат Ирина Соколова добавила, что фракция направит запрос в прокуратуру.\n"
    )
    english = "Harbour master Colin Reyes said that the pier would stay shut until spring.\n"
    found = by_text([*suggest_attributions(text), *suggest_attributions(english)])
    assert found["льготы сохранятся в полном объеме"].speaker == "Андрей Волков"
    assert found["фракция направит запрос в прокуратуру"].speaker == "Ирина Соколова"
    pier = found["the pier would stay shut until spring"]
    assert (pier.speaker, pier.kind) == ("Colin Reyes", INDIRECT)
