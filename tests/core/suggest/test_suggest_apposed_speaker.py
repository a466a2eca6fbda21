"""A quotation followed by a speaker with an apposition: a described name ("the economist Jane
Doe, a former adviser, wrote"), a description whose apposition is the name ("the port's
spokesman, Peter Grant, said") and a long apposition."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import suggest_attributions


def test_a_described_name_with_an_apposition() -> None:
    text = (
        "“We may finally be seeing the ferries run on time again this winter,” the economist "
        "Mary Holt, a former adviser to the harbour board, wrote on her blog.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["We may finally be seeing the ferries run on time again this winter"].speaker == (
        "Mary Holt"
    )


def test_a_description_whose_apposition_is_the_name() -> None:
    text = (
        "“The ferry timetable deserves a very close look from everyone,” the port’s spokesman, "
        "Peter Grant, said on Thursday.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["The ferry timetable deserves a very close look from everyone"].speaker == (
        "Peter Grant"
    )


def test_a_long_apposition() -> None:
    text = (
        "“Ticket sales rose by a third this year, which nobody expected,” Peter Grant, an adviser "
        "to several harbour towns and the former director of the regional ferry and transport "
        "office, wrote after the figures came out.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["Ticket sales rose by a third this year, which nobody expected"].speaker == (
        "Peter Grant"
    )


def test_a_description_and_a_clause_after_it_name_no_one() -> None:
    text = (
        "“The ferry timetable deserves a very close look from everyone,” the port’s spokesman, "
        "who was new, Peter Grant said.\n"
    )
    found = suggest_attributions(text, language="en")
    assert all(s.speaker != "Peter Grant" or s.confidence < 0.9 for s in found)


def test_a_body_before_a_described_name_after_the_verb() -> None:
    text = (
        "“The ferry was never meant to run in winter,” said Harbour University political "
        "scientist Patrick Murray of the transport faculty.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["The ferry was never meant to run in winter"].speaker == "Patrick Murray"


def test_a_body_in_the_speakers_affiliation_is_kept_apart() -> None:
    text = "“The ferry was never meant to run in winter,” said Jane Doe of the Harbour Trust.\n"
    found = by_text(suggest_attributions(text, language="en"))
    assert found["The ferry was never meant to run in winter"].speaker == "Jane Doe"


def test_a_relative_clause_between_the_name_and_the_verb() -> None:
    text = (
        "Tom Reyes has led the campaign against the pier.\n"
        "“We have no other choice,” Reyes, who has led the campaign for five years, said at "
        "the time.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["We have no other choice"].speaker == "Tom Reyes"


def test_a_long_description_or_an_affiliation_before_the_verb() -> None:
    text = (
        "“We have no other choice,” the veteran harbour master and former council member said "
        "in a statement.\n"
        "“The water is too shallow for the ferries,” Kit Orlov of the Dover Institute for "
        "Coastal Studies said.\n"
        "“The pier is safe,” the engineers who were hired last year by the council said.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    described = found["We have no other choice"]
    assert described.speaker == "The veteran harbour master and former council member"
    assert described.unnamed
    assert found["The water is too shallow for the ferries"].speaker == "Kit Orlov"
    assert "The pier is safe" not in found  # a relative clause: not read as one description


def test_an_apposition_that_ends_with_an_abbreviated_state() -> None:
    text = (
        "“We have no other choice,” Mr. Tom Reyes, now 71 and retired in Dover, Mass., said "
        "by telephone this week. “I have seen it before.”\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["We have no other choice"].speaker == "Tom Reyes"
    assert found["I have seen it before"].speaker == "Tom Reyes"


def test_a_possessive_place_before_the_apposed_name() -> None:
    text = (
        "Spain’s centre-right People's Front party leader, Rosa Lind, voiced support for the "
        "harbour plan on Wednesday, saying the old pier would bring hardship to the town.\n\n"
        "“What we have in common is that we are not insiders,” she told the Harbour Gazette.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["the old pier would bring hardship to the town"].speaker == "Rosa Lind"
    assert found["What we have in common is that we are not insiders"].speaker == "Rosa Lind"


def test_a_paper_and_its_reporter_name_the_reporter() -> None:
    # "the Harbour Gazette’s Ann Kolb": a person, not the paper; "Co-host" is her title
    text = (
        "“The pier will not open in May,” said the Harbour Gazette’s Ann Kolb.\n"
        "Co-host Paul Dent said the ferry would run all winter.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["The pier will not open in May"].speaker == "Ann Kolb"
    assert found["the ferry would run all winter"].speaker == "Paul Dent"
