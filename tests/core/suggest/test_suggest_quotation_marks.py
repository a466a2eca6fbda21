"""Quotations: a closing mark right after a digit that is an inch mark ('6’2”,” Doe said'), and a
quotation of a word or two whose attribution a longer quotation after it goes on with."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import INDIRECT, suggest_attributions


def test_an_inch_mark_does_not_close_the_quotation() -> None:
    text = (
        "“The new ferry is tall; its mast is like 6’2”, taller than the old one,” Carl Ruiz "
        "said on Sunday as the crowd laughed.\n\n"
        "“Which is why the bridge, at 5’9”, is too low. We will have to raise it.”\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    first = found["The new ferry is tall; its mast is like 6’2”, taller than the old one"]
    assert first.speaker == "Carl Ruiz"
    second = found["Which is why the bridge, at 5’9”, is too low. We will have to raise it"]
    assert second.speaker == "Carl Ruiz"


def test_a_mark_after_a_digit_that_ends_the_quotation_still_closes_it() -> None:
    text = "The board bought a 40” screen. “We needed it for the meetings,” Ann Kolb said.\n"
    found = by_text(suggest_attributions(text, language="en"))
    assert found["We needed it for the meetings"].speaker == "Ann Kolb"


def test_a_quotation_after_a_short_attributed_one_goes_on_with_its_speaker() -> None:
    # "The delays," is too short to suggest, but it is attributed: what follows is Doe's too
    text = (
        '"The delays," the harbour master Jane Doe said, as the crowd cheered. "The waste. The '
        'broken promises. The endless meetings."\n'
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["The waste. The broken promises. The endless meetings"].speaker == "Jane Doe"
    assert "The delays" not in found


def test_a_quoted_term_gives_no_speaker_to_the_quotation_after_it() -> None:
    text = 'The word "pier" was used by Ann Kolb. "The waste. The broken promises. The delays."\n'
    assert suggest_attributions(text, language="en") == []


def test_an_attribution_after_a_comma_inside_the_closing_mark() -> None:
    # American punctuation puts the comma inside the closing mark: 'of "Harbour Nights," Doe
    # said' ends the content at the mark
    text = (
        'The French, it turns out, have long been big fans of "Harbour Nights," Mr. Haddad said.\n'
        "Carl Ruiz called the new pier plan “a disgrace,” Ann Kolb said.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    french = found['The French, it turns out, have long been big fans of "Harbour Nights,"']
    assert french.speaker == "Haddad"
    assert found["Carl Ruiz called the new pier plan “a disgrace,”"].speaker == "Ann Kolb"


def test_according_to_before_a_quotation_of_several_sentences() -> None:
    text = (
        "According to the Harbour Gazette, “The port rules let dealers sell boats to almost "
        "anyone. Very few buyers are refused. Smugglers are among those barred.” The board "
        "did not answer.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    said = found[
        "The port rules let dealers sell boats to almost anyone. Very few buyers are refused. "
        "Smugglers are among those barred"
    ]
    assert said.speaker == "The Harbour Gazette"


def test_a_sentence_that_goes_on_after_a_quotation_introduced_before_it() -> None:
    text = (
        "Asked about the leak, Ann Kolb said, “I have not heard that particular concern” from "
        "the harbour police.\n"
        'Carl Ruiz said, "We will fix the pier" and left the room.\n'
        'Omar Haddad said: "The ferry will run all winter." He then left.\n'
    )
    found = by_text(suggest_attributions(text, language="en"))
    mixed = found["“I have not heard that particular concern” from the harbour police"]
    assert (mixed.speaker, mixed.kind) == ("Ann Kolb", INDIRECT)
    assert found["We will fix the pier"].speaker == "Carl Ruiz"  # "and left": the writer's
    assert found["The ferry will run all winter"].speaker == "Omar Haddad"


def test_an_opening_mark_that_ends_its_paragraph_closes_the_quotation() -> None:
    # '… this report .“' typed with the wrong mark: nothing follows it in the paragraph
    text = (
        "“Your facts are wrong,” Carl Ruiz wrote. “Ferries are less likely to sink than the "
        "old boats. Please read this report .“\n\n"
        "Ann Kolb did not answer.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    said = found["Ferries are less likely to sink than the old boats. Please read this report"]
    assert said.speaker == "Carl Ruiz"


def test_a_source_phrases_quoted_content_keeps_its_marks_paired() -> None:
    """After "по словам X," / "according to X," the content is the quotation without its marks
    (the closing one before the full stop was kept alone: «… к Новому году»»), or, when the
    sentence goes on after the quoted words, with both of them."""
    text = (
        "Министр финансов Антон Силуанов выступил в Госдуме. По его словам, «ёлочные игрушки "
        "подешевеют к Новому году». Глава ведомства Иван Петров заявил: «Цены не вырастут». "
        "По его словам, «зарплаты вырастут», а налоги нет.\n"
    )
    found = by_text(suggest_attributions(text, language="ru"))
    assert found["ёлочные игрушки подешевеют к Новому году"].speaker == "Антон Силуанов"
    assert found["«зарплаты вырастут», а налоги нет"].speaker == "Иван Петров"
    english = (
        'The minister spoke on Sunday. According to John Smith, "the deal is done". He left.\n'
    )
    assert by_text(suggest_attributions(english, language="en"))["the deal is done"].kind == (
        INDIRECT
    )
    for suggestion in suggest_attributions(text + english):
        quoted = suggestion.text
        assert quoted.count("«") == quoted.count("»") and quoted.count('"') % 2 == 0, quoted
