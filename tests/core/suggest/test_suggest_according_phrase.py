"""The source of "according to" in English is its whole noun phrase when no person, body or
group alone is named ("according to the newspaper", "according to lawyers with the Harbor
Trust"), and a name or a body as such when it is."""

from __future__ import annotations

from claimdesk.core.suggest import suggest_attributions


def _found(text: str) -> dict[str, str]:
    return {s.text: s.speaker for s in suggest_attributions(text, language="en")}


def test_the_whole_phrase_is_the_source() -> None:
    text = (
        "The ferry lost money in every month of the winter, according to the newspaper.\n"
        "Forty families were moved out of the flats, according to lawyers with the Harbor "
        "Trust.\n"
    )
    assert _found(text) == {
        "The ferry lost money in every month of the winter": "The newspaper",
        "Forty families were moved out of the flats": "Lawyers with the Harbor Trust",
    }


def test_a_name_or_a_body_stays_as_it_is() -> None:
    text = (
        "The pier will close in May, according to Ann Kolb.\n"
        "Visitor numbers fell by a third, according to a council report published in June.\n"
    )
    assert _found(text) == {
        "The pier will close in May": "Ann Kolb",
        "Visitor numbers fell by a third": "Council report",
    }
