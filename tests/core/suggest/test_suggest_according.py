"""Source phrases: "по словам X, …", "как сообщил X, …", "according to X, …"."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import suggest_attributions


def test_according_to_and_as_reported() -> None:
    text = (
        "Глава департамента Андрей Волков подчеркнул, что льготы сохранятся в полном объеме. "
        "Как сообщил Волков, новые трамваи выйдут на линии весной. "
        "Депутат Ирина Соколова добавила, что фракция направит запрос в прокуратуру. "
        "По ее словам, решение не окончательное.\n"
    )
    english = "According to Priya Natarajan, the survey took three years.\n"
    found = by_text([*suggest_attributions(text), *suggest_attributions(english)])
    assert found["новые трамваи выйдут на линии весной"].speaker == "Андрей Волков"
    hers = found["решение не окончательное"]
    assert (hers.speaker, hers.reference) == ("Ирина Соколова", "pronoun")
    assert found["the survey took three years"].speaker == "Priya Natarajan"
