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


def test_a_described_source_in_the_genitive_and_the_claim_on_both_sides_of_it() -> None:
    text = (
        "Ранние посевы и поздний полив - все это, по мнению многих опытных агрономов, "
        "главная причина низкого урожая в этом году.\n"
    )
    found = suggest_attributions(text, language="ru")
    assert [(s.text, s.speaker, s.unnamed) for s in found] == [
        ("Ранние посевы и поздний полив - все это", "Многие опытные агрономы", True),
        ("главная причина низкого урожая в этом году", "Многие опытные агрономы", True),
    ]


def test_as_the_source_reported_opens_the_sentence() -> None:
    text = (
        "The harbour plan was debated on Monday. As The Coastal Herald reported, the council "
        "had not voted on the budget for the new pier.\n"
        "As Helen Marsh has said in the past, the pier is older than the town hall itself.\n"
        "As much as he tried, the ferry was late again on Tuesday morning.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    herald = found["the council had not voted on the budget for the new pier"]
    assert (herald.speaker, herald.reference) == ("The Coastal Herald", "organisation")
    assert found["the pier is older than the town hall itself"].speaker == "Helen Marsh"
    assert not any("ferry" in s.text for s in found.values())  # no source named


def test_according_to_after_a_short_opening_phrase_reports_what_follows() -> None:
    text = (
        "In addition, according to the harbour board, nearly nine hundred more boats will be "
        "allowed to moor there.\n"
        "The upshot, according to Ann Kolb, is that the pier will close.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    boats = "nearly nine hundred more boats will be allowed to moor there"
    assert found[boats] == "The harbour board"
    assert "In addition" not in found
    assert "is that the pier will close" not in found


def test_according_to_an_object_pronoun_is_the_person_it_stands_for() -> None:
    """ "According to her, …" gave the speaker "Her", and "according to them" "Them"."""
    text = (
        "Jane Doe studied the harbour for ten years. According to her, the pier will need a "
        "new roof.\n"
        "Tom Reyes runs the ferry. The ferry will stop in May, according to him.\n"
        "Blake and Mouton drew the grid. According to them, the style has two concerns.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found == {
        "the pier will need a new roof": "Jane Doe",
        "The ferry will stop in May": "Tom Reyes",
    }
