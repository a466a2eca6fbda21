"""Reported clauses whose speaker or start the old rules lost: a name after a preposition at the
end of an infinitive, a speech verb joined by "but" to an earlier verb phrase, "and then" before
a second speech verb, and "that" after the person spoken to."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import suggest_attributions


def test_a_name_after_a_preposition_ends_an_infinitive_not_an_inverted_attribution() -> None:
    # "said former mayor Jane Doe" names the speaker after the verb; "before May", "with Doe"
    # end what was vowed
    text = (
        "Carl Ruiz vowed to fix the old pier before May.\n"
        "Ann Kolb promises to work on the budget with Omar Haddad.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["to fix the old pier before May"].speaker == "Carl Ruiz"
    assert found["to work on the budget with Omar Haddad"].speaker == "Ann Kolb"


def test_an_inverted_attribution_still_names_its_speaker() -> None:
    text = '"We will fix it by May," said former harbour master Jane Doe.\n'
    found = by_text(suggest_attributions(text, language="en"))
    assert found["We will fix it by May"].speaker == "Jane Doe"


def test_a_that_clause_after_but_takes_the_subject_of_the_joined_verb_phrase() -> None:
    text = (
        "Mr. Haddad did not attack the harbour board directly in his speech on Tuesday night "
        "but argued insistently that he would be a better chairman.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["he would be a better chairman"].speaker == "Haddad"


def test_and_then_before_a_second_speech_verb_ends_the_first_clause() -> None:
    text = (
        "Carl Ruiz answered first by saying he should not have called the mayor a coward, and "
        "then pointed out that the council had found a new way to delay the vote.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["he should not have called the mayor a coward"].speaker == "Carl Ruiz"
    assert found["the council had found a new way to delay the vote"].speaker == "Carl Ruiz"


def test_that_after_the_person_spoken_to_opens_the_clause() -> None:
    # "told investors that concerns …": "concerns" is the clause's subject, not a verb after a
    # relative "that" ("the bill that allows …")
    text = (
        "In October, Mr. Haddad told investors that concerns about the ferry company were "
        "overblown.\n"
        "Ann Kolb warned voters that costs at the port would rise.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["concerns about the ferry company were overblown"].speaker == "Haddad"
    assert found["costs at the port would rise"].speaker == "Ann Kolb"


def test_a_relative_that_after_an_object_is_still_no_clause() -> None:
    text = "Carl Ruiz threatened to veto the plan that allows larger ferries in the harbour.\n"
    found = suggest_attributions(text, language="en")
    assert [s.text for s in found] == ["to veto the plan that allows larger ferries in the harbour"]
