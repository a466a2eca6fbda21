"""A clause after the content without quotation marks: "…, напомнил чиновник." """

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import suggest_attributions


def test_trailing_clause_resolves_a_title() -> None:
    text = (
        "Глава департамента Андрей Волков подчеркнул, что льготы сохранятся в полном объеме.\n"
        "Тарифы вырастут уже в апреле, напомнил чиновник.\n"
    )
    english = "Coach Dana Whitley praised the players. The season starts in May, the coach said.\n"
    found = by_text([*suggest_attributions(text), *suggest_attributions(english)])
    assert found["Тарифы вырастут уже в апреле"].speaker == "Андрей Волков"
    coach = found["The season starts in May"]
    assert (coach.speaker, coach.reference) == ("Dana Whitley", "title")


def test_a_clause_after_an_inverted_verb_names_no_speaker() -> None:
    text = (
        "Helen Marsh runs the stall. Marsh, who has sold fish for forty years, says the "
        "harbour is too crowded now.\n"
    )
    found = suggest_attributions(text, language="en")
    assert [(s.text, s.speaker) for s in found] == [
        ("the harbour is too crowded now", "Helen Marsh")
    ]


def test_a_verb_before_a_colon_is_no_trailing_clause() -> None:
    # "…, and the paper responded:": what it said follows the colon, not the clause before
    text = "The council met twice in February, and Carl Ruiz responded:\n\nThe plan is dead.\n"
    found = by_text(suggest_attributions(text, language="en"))
    assert "The council met twice in February" not in found
