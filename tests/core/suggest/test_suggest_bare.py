"""Reported speech without "that": "X said the city would …"."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import INDIRECT, suggest_attributions


def test_bare_reported_clause_after_a_subject() -> None:
    text = "Fire chief Omar Haddad said the station would need two more engines.\n"
    found = by_text(suggest_attributions(text))
    engines = found["the station would need two more engines"]
    assert (engines.speaker, engines.kind) == ("Omar Haddad", INDIRECT)
    assert engines.confidence < 0.9  # less sure than a clause with "that"


def test_told_an_object_that_opens_with_a_lowercase_article() -> None:
    text = "Ann Kolb told the Harbour Gazette she would not run for the board again.\n"
    found = by_text(suggest_attributions(text, language="en"))
    assert found["she would not run for the board again"].speaker == "Ann Kolb"


def test_pledged_to_and_promises_to() -> None:
    text = (
        "Mayor Mary Holt pledged to repair every pier in the harbour by May.\n"
        "Carl Ruiz promises to keep the ferry fares where they are.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["to repair every pier in the harbour by May"].speaker == "Mary Holt"
    assert found["to keep the ferry fares where they are"].speaker == "Carl Ruiz"


def test_a_clause_that_ends_with_a_name_is_content() -> None:
    text = "Carl Ruiz said the new pier would open in May.\n"
    found = by_text(suggest_attributions(text, language="en"))
    assert found["the new pier would open in May"].speaker == "Carl Ruiz"


def test_pledged_with_a_noun_phrase_is_no_speech() -> None:
    text = "A fisherman who pledged his support to the harbour board sold his boat on Monday.\n"
    found = suggest_attributions(text, language="en")
    assert not any(s.text.startswith("his support") for s in found)
