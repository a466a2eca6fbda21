"""Reported speech without "that" in English whose clause opens with a name ("said Doe was"),
or follows the person spoken to ("told reporters the …", "told me it …")."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import INDIRECT, suggest_attributions


def _spoken(text: str) -> dict[str, str]:
    return {s.text: s.speaker for s in suggest_attributions(text, language="en")}


def test_a_clause_that_opens_with_a_name_and_a_finite_verb() -> None:
    text = "Council member Rosa Delgado insisted Brandt had misled the planning board twice.\n"
    found = suggest_attributions(text, language="en")
    assert [(s.text, s.speaker, s.kind) for s in found] == [
        ("Brandt had misled the planning board twice", "Rosa Delgado", INDIRECT)
    ]


def test_a_possessive_subject_opens_the_clause() -> None:
    text = "Tom Avery argued Brandt's budget would leave the libraries without staff.\n"
    assert _spoken(text) == {"Brandt's budget would leave the libraries without staff": "Tom Avery"}


def test_a_name_after_said_is_no_clause_without_a_verb() -> None:
    text = "The bridge will reopen in May, said Rosa Delgado, the council member.\n"
    assert "Rosa Delgado, the council member" not in _spoken(text)


def test_the_clause_after_the_person_spoken_to() -> None:
    text = (
        "Harbor director Ann Kolb told reporters the ferry schedule would change in June.\n"
        "Later, Kolb told me it was the hardest decision of her career.\n"
        "Mayor Tom Avery told The Riverton Ledger the ferry would stay city-owned.\n"
    )
    assert _spoken(text) == {
        "the ferry schedule would change in June": "Ann Kolb",
        "it was the hardest decision of her career": "Ann Kolb",
        "the ferry would stay city-owned": "Tom Avery",
    }


def test_a_verb_of_telling_without_content_suggests_nothing() -> None:
    text = "Ann Kolb reminded Avery of the ferry's debts during the meeting last week.\n"
    assert _spoken(text) == {}


def test_an_adverb_or_preposition_after_the_verb_opens_no_clause() -> None:
    text = "Tom Avery complained loudly about the new parking rules in the old town.\n"
    assert _spoken(text) == {}


def test_a_clause_that_opens_with_a_contraction() -> None:
    text = "Several former harbour officials have also said they’re backing the new pier.\n"
    assert _spoken(text) == {"they’re backing the new pier": "Several former harbour officials"}


def test_reported_with_what_was_done() -> None:
    text = "The Harbor Trust reported spending $1 million on the new pier last year.\n"
    assert list(_spoken(text)) == ["spending $1 million on the new pier last year"]


def test_said_after_a_quoted_word_and_a_comma() -> None:
    text = (
        'Ann Kolb, speaking on the radio, called the plan a "folly," and said the council '
        "would vote against it.\n"
    )
    assert _spoken(text) == {"the council would vote against it": "Ann Kolb"}


def test_two_groups_joined_by_and_speak_together() -> None:
    text = "Her advisers and allies say she will spend the summer on the coast.\n"
    assert _spoken(text) == {"she will spend the summer on the coast": "Her advisers and allies"}


def test_each_side_speaks() -> None:
    text = "Each side said the other would be to blame if the ferry stopped.\n"
    assert _spoken(text) == {"the other would be to blame if the ferry stopped": "Each side"}


def test_continued_before_an_object_is_no_speech() -> None:
    text = "Ann Kolb continued her tour of the harbour with a visit to the new pier.\n"
    assert _spoken(text) == {}


def test_the_speaker_after_said_is_no_clause() -> None:
    text = (
        '"The first test of the pier is within the Riverton Harbor community," said former '
        "harbour master Ann Kolb, who retired in May.\n"
    )
    found = _spoken(text)
    assert found == {
        "The first test of the pier is within the Riverton Harbor community": "Ann Kolb"
    }


def test_a_named_subject_with_an_irregular_past_verb_opens_the_clause() -> None:
    text = (
        "Carl Ruiz praised the traders, but suggested Ann Kolb went too far.\n"
        "Omar Haddad said Mary Holt lost the vote by a wide margin.\n"
        "Carl Ruiz asked Ann Kolb about the plans she proposed.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["Ann Kolb went too far"].speaker == "Carl Ruiz"
    assert found["Mary Holt lost the vote by a wide margin"].speaker == "Omar Haddad"
    assert not any("about the plans" in t for t in found)


def test_a_verb_after_which_is_a_things_not_a_persons_in_the_sentence() -> None:
    """ "which" stands for a thing: the name earlier in the sentence did not say it."""
    text = (
        "Rosa Delgado spoke at the harbour, near the old film studio that made "
        "''The Long Pier,'' which recounts the strike of 1921 in the docks.\n"
        "Ann Kolb praised the archive of the Riverton Ledger, which reported the strike in "
        "detail for three weeks.\n"
    )
    spoken = _spoken(text)
    assert "the strike of 1921 in the docks" not in spoken
    assert spoken.get("the strike in detail for three weeks") is None


def test_a_verb_after_who_still_finds_the_name_before_it() -> None:
    text = (
        "Rosa Delgado, the council member, who spoke after the vote, said the pier would close.\n"
    )
    assert _spoken(text) == {"the pier would close": "Rosa Delgado"}


def test_the_clause_after_a_longer_group_spoken_to_opens_at_its_pronoun() -> None:
    """ "told a Riverton Harbour Association meeting in Dayton she will …": the clause was
    taken from "Harbour Association meeting …", as if the group's name were its subject."""
    text = (
        "Council member Rosa Delgado told a Riverton Harbour Association meeting in Dayton she "
        "will keep the ferry running through the winter.\n"
        "Mayor Tom Avery told the crowd at the harbour rally they would get a new pier by "
        "spring.\n"
        "Ann Kolb told the crowd at the harbour rally about the new pier and the ferry.\n"
    )
    assert _spoken(text) == {
        "she will keep the ferry running through the winter": "Rosa Delgado",
        "they would get a new pier by spring": "Tom Avery",
    }
