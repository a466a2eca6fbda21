"""The -ing forms of the promise verbs and of "announce" report what was said ("by promising
to …", "by announcing it would …"); "promising" before a noun is an adjective."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import suggest_attributions


def test_by_promising_to_and_by_announcing() -> None:
    text = (
        "Omar Haddad has rallied the dock workers by promising to keep the ferry running.\n"
        "The Harbour Board ended its meeting on Friday by announcing it would raise the fees.\n"
        "Ann Kolb secured the vote after vowing to repair every pier in the harbour.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["to keep the ferry running"].speaker == "Omar Haddad"
    assert found["it would raise the fees"].speaker == "The Harbour Board"
    assert found["to repair every pier in the harbour"].speaker == "Ann Kolb"


def test_promising_before_a_noun_reports_nothing() -> None:
    text = (
        "Ann Kolb is a promising candidate for the harbour board this year.\n"
        "Carl Ruiz was pledging his support for the new pier all week.\n"
    )
    assert suggest_attributions(text, language="en") == []


def test_an_infinitive_in_a_relative_clause_reports_nothing() -> None:
    # "the divides he promised to bridge have grown": "have" right after "to bridge" shows
    # the infinitive lacks its object, and the sentence is the writer's
    text = (
        "The divides he promised to bridge have only grown deeper since the vote.\n"
        "Carl Ruiz promised to bridge the gap between the traders.\n"
    )
    found = [s.text for s in suggest_attributions(text, language="en")]
    assert found == ["to bridge the gap between the traders"]
