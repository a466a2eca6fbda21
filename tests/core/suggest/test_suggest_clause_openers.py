"""Where reported speech after a verb starts, and when a speech verb reports nothing: a
passive participle ("she was stressed"), a day named after the verb ("vowed Tuesday to …"),
and a sentence that opens with a parenthesis and a quotation mark."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import suggest_attributions


def test_a_passive_speech_verb_has_no_speaker() -> None:
    # "was stressed", "was told": the subject did not speak, and nothing after it is reported
    text = (
        "The driver told police she was stressed out by guards chasing her from the car park.\n"
        "Omar Haddad was told the station would close in May.\n"
        "Ann Kolb was later asked whether the ferry would run in winter.\n"
    )
    found = suggest_attributions(text, language="en")
    assert [s.text for s in found] == []


def test_a_progressive_speech_verb_still_reports() -> None:
    text = "Mayor Mary Holt was saying the harbour would need a new pier.\n"
    found = by_text(suggest_attributions(text, language="en"))
    assert found["the harbour would need a new pier"].speaker == "Mary Holt"


def test_a_day_between_the_verb_and_what_was_said() -> None:
    text = (
        "The Harbour Board vowed Tuesday to keep the ferry running through the winter.\n"
        "Carl Ruiz vowed on Monday night to fight for the harbour jobs through the winter.\n"
        "Ann Kolb said Friday the fares would not rise this year.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["to keep the ferry running through the winter"].speaker == "The Harbour Board"
    assert found["to fight for the harbour jobs through the winter"].speaker == "Carl Ruiz"
    assert found["the fares would not rise this year"].speaker == "Ann Kolb"


def test_a_day_that_is_the_subject_or_ends_the_clause_is_kept() -> None:
    text = (
        "Ann Kolb said Monday was the last day for the bids on the pier.\n"
        "Carl Ruiz spoke to the council and said Tuesday night, drawing applause from the crowd.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["Monday was the last day for the bids on the pier"].speaker == "Ann Kolb"
    assert not any(t.startswith("drawing applause") for t in found)


def test_a_sentence_that_opens_with_a_parenthesis_and_a_quotation() -> None:
    # the quotation in parentheses is a sentence of its own: the reported clause before it
    # ends at its full stop
    text = (
        "Not every plan is equal. Omar Haddad said he backed the new pier only because the "
        "board agreed to pay for it. (''We have waited long enough,'' he said.) Ann Kolb "
        "left early.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    clause = found["he backed the new pier only because the board agreed to pay for it"]
    assert clause.speaker == "Omar Haddad"
    assert found["We have waited long enough"].speaker == "Omar Haddad"


def test_a_russian_sentence_in_parentheses_that_opens_with_a_quotation() -> None:
    text = (
        "Сроки сдвинулись. Министр Пётр Иванов сообщил, что мост откроют только в мае. "
        "( «Мы ждали достаточно долго», — добавил он.) Анна Сидорова промолчала.\n"
    )
    found = by_text(suggest_attributions(text, language="ru"))
    assert found["мост откроют только в мае"].speaker == "Пётр Иванов"
