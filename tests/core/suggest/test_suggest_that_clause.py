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


def test_participle_auxiliary_and_the_writers_own_clause() -> None:
    text = (
        "Mayor Lena Brooks cut the ribbon on Monday, saying that the bridge had come in on "
        "budget.\n"
        "Tom Ashe, the county treasurer, has said the fund would last until 2030.\n"
        "Rita Olsen argued that the fees were fair, while other members stayed silent.\n"
        "Councilor Ray Dunn vowed to block the plan in the next session.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["the bridge had come in on budget"].speaker == "Lena Brooks"
    assert found["the fund would last until 2030"].speaker == "Tom Ashe"
    assert found["the fees were fair"].speaker == "Rita Olsen"
    assert found["to block the plan in the next session"].speaker == "Ray Dunn"


def test_reported_speech_stops_where_the_writers_clause_begins() -> None:
    text = (
        "Rita Olsen said that the fees were fair, but she has since changed her mind.\n"
        "Tom Ashe said the fund would last, conceding that the returns had been poor.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["the fees were fair"].speaker == "Rita Olsen"
    assert found["the fund would last"].speaker == "Tom Ashe"


def test_a_gerund_takes_its_clauses_subject_and_the_sentence_goes_on_after_the_content() -> None:
    text = (
        "Инженер Олег Ветров осмотрел мост.\n"
        "Вечером он позвонил в мэрию и, сообщив, что опоры моста нуждаются в ремонте, "
        "потребовал закрыть движение.\n"
    )
    found = by_text(suggest_attributions(text, language="ru"))
    s = found["опоры моста нуждаются в ремонте"]
    assert (s.speaker, s.reference) == ("Олег Ветров", "pronoun")


def test_a_relative_that_some_words_after_the_verb_is_no_complementizer() -> None:
    text = (
        "Mayor Mary Holt has threatened to veto the ordinance that allows night ferries on "
        "the river.\n"
        "Carl Ruiz said he wondered how that would play with the voters.\n"
    )
    found = suggest_attributions(text, language="en")
    assert not any(s.text.startswith(("allows night ferries", "would play")) for s in found)


def test_that_before_a_time_is_no_conjunction() -> None:
    text = (
        "The board answered with the lawsuit Ann Kolb announced that same day, as the Gazette "
        "detailed.\n"
        "Carl Ruiz said that the day of the vote would come soon.\n"
    )
    found = suggest_attributions(text, language="en")
    assert [s.text for s in found] == ["the day of the vote would come soon"]


def test_denied_that_reports_a_clause_but_denied_a_request_does_not() -> None:
    text = (
        "Carl Ruiz denied that the new pier would bring more traffic to the harbour.\n"
        "The board denied the request for a second ferry landing.\n"
    )
    found = suggest_attributions(text, language="en")
    assert [(s.text, s.speaker) for s in found] == [
        ("the new pier would bring more traffic to the harbour", "Carl Ruiz")
    ]
