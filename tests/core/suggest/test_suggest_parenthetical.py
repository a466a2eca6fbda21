"""An attribution inside the sentence it attributes, between commas."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import INDIRECT, suggest_attributions


def test_attribution_between_commas_splits_the_content() -> None:
    text = (
        "Councilor Ray Dunn spoke after the vote. "
        "Closing the pool for a whole summer, Mr. Dunn said, would hurt the families who need it.\n"
        "In 1990, she said, the town had two pools.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    first = found["Closing the pool for a whole summer"]
    second = found["would hurt the families who need it"]
    assert (first.speaker, first.kind) == ("Ray Dunn", INDIRECT)
    assert second.speaker == "Ray Dunn"
    assert "In 1990" not in found  # a short opening is a circumstance, not what was said


def test_mixed_up_quotation_marks_still_pair() -> None:
    text = '“The budget is fair,” said Rita Olsen. “Who could argue with that?" she asked.\n'
    found = by_text(suggest_attributions(text, language="en"))
    assert found["Who could argue with that?"].speaker == "Rita Olsen"


def test_russian_inverted_attribution_between_commas() -> None:
    text = "Между тем, утверждает экономист Андрей Волков, у банков есть свои деньги на развитие.\n"
    found = by_text(suggest_attributions(text))
    assert found["у банков есть свои деньги на развитие"].speaker == "Андрей Волков"


def test_a_one_word_opening_before_the_attribution() -> None:
    text = "Mayor Lena Brooks spoke last. Still, she said, the council has to find the money.\n"
    found = by_text(suggest_attributions(text, language="en"))
    assert found["the council has to find the money"].speaker == "Lena Brooks"
    assert "Still" not in found


def test_a_quoted_phrase_elsewhere_in_the_sentence() -> None:
    text = (
        "Councilor Ray Dunn spoke after the vote. In both cases, Mr. Dunn said, the money "
        "paid for what he called “sponsorships” at the harbour festival.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    money = found["the money paid for what he called “sponsorships” at the harbour festival"]
    assert (money.speaker, money.kind) == ("Ray Dunn", INDIRECT)


def test_a_quotation_around_the_attribution_stays_direct() -> None:
    text = "“The pool will open in June,” Ray Dunn said, “and the fees will not rise.”\n"
    found = suggest_attributions(text, language="en")
    assert {s.kind for s in found} == {"direct"}


def test_an_apposition_after_an_inverted_attribution_is_no_content() -> None:
    text = (
        "Closing the pool for a whole summer would hurt the families, said Ray Dunn, "
        "a councilor for the harbour ward since 2009.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["Closing the pool for a whole summer would hurt the families"].speaker == (
        "Ray Dunn"
    )
    assert not any("councilor for the harbour ward" in key for key in found)


def test_an_inverted_verb_that_a_clause_follows_is_no_attribution() -> None:
    text = (
        "Helen Marsh runs the stall. Marsh, who has sold fish for forty years, says she "
        "identifies as a trader, although she owns no boat.\n"
        "Tom Reyes, the harbour master, spoke at the meeting on Monday, telling Marsh that "
        "whatever she meant, the pier is safe.\n"
    )
    found = suggest_attributions(text, language="en")
    assert not any(s.text.startswith(("Marsh, who", "Tom Reyes")) for s in found)
    assert all(s.speaker != "Marsh" for s in found)  # "telling Marsh": not the speaker


def test_a_that_before_the_second_comma_opens_a_clause_after_the_aside() -> None:
    text = (
        "Tom Reyes spoke on Monday. Besides attacking the council, while the crowd cheered, "
        "Reyes asserted that, fish prices aside, the harbour is too crowded.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert not any("Besides" in s.text for s in found.values())
    assert found["fish prices aside, the harbour is too crowded"].speaker == "Tom Reyes"


def test_a_name_after_a_preposition_in_an_inverted_clause_is_no_speaker() -> None:
    text = (
        "Tom Reyes, writing on Portwatch, shared those sentiments with readers. "
        "“Why not a list of those who sold the pier?” he wrote.\n"
    )
    found = suggest_attributions(text, language="en")
    assert [(s.text, s.speaker) for s in found] == [
        ("Why not a list of those who sold the pier?", "Tom Reyes")
    ]
