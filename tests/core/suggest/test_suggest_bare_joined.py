"""Reported speech after a speech verb that "and" joins to another verb phrase of the same
subject: "Gov. Jane Doe blasted the council and said the state …"."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import INDIRECT, suggest_attributions


def test_the_subject_of_the_joined_verb_phrase_speaks() -> None:
    text = (
        "The harbour closed early. In a statement, Gov. Paul Dent (R) blasted the council "
        "and said the state had set aside two million dollars for the ferries.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    money = found["the state had set aside two million dollars for the ferries"]
    assert (money.speaker, money.kind) == ("Paul Dent", INDIRECT)


def test_a_name_with_an_apposition_before_the_joined_verbs() -> None:
    text = (
        "The vote was close. Carl Ruiz, a spokesman for the mayor, called on the council to "
        "take back its words and said the board had reached a new low.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["the board had reached a new low"].speaker == "Carl Ruiz"


def test_someone_named_inside_the_joined_phrase_does_not_speak() -> None:
    text = (
        "The vote was close. After the meeting with Carl Ruiz the board chairman stayed "
        "and said the ferries would run.\n"
    )
    found = suggest_attributions(text, language="en")
    assert all(s.speaker != "Carl Ruiz" for s in found)


def test_a_participle_after_a_comma_takes_the_subject_of_the_sentence() -> None:
    text = (
        "Mary Holt chairs the harbour board. She has pushed back against the charge of "
        "neglect, saying the board has repaired every pier since May.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    piers = found["the board has repaired every pier since May"]
    assert (piers.speaker, piers.kind) == ("Mary Holt", INDIRECT)


def test_an_opening_circumstance_is_not_the_subject() -> None:
    text = (
        "Amid Carl Ruiz’s complaints, the board published a report on Friday, saying the "
        "piers were safe.\n"
    )
    found = suggest_attributions(text, language="en")
    assert all(s.speaker != "Carl Ruiz" for s in found)


def test_a_participle_after_a_described_subject() -> None:
    text = (
        "The harbour departments declined to provide any documents about the pier, saying "
        "they cannot discuss the case while the inquiry goes on.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    case = found["they cannot discuss the case while the inquiry goes on"]
    assert (case.speaker, case.kind) == ("The harbour departments", INDIRECT)
