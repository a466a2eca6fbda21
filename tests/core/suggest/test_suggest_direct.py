"""Quotations with their attribution: after ("», — заявил X", '," she said'), before ("X
заявил: «"), split by it, and continued by the next quotation."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import DIRECT, suggest_attributions


def test_russian_direct_speech_with_dashes_and_colons() -> None:
    text = (
        "Министр Джейхун Байрамов заявил: "
        "«Азербайджан не участвует в переговорах ради переговоров».\n"
        "«Мы готовы к диалогу с любой стороной», — заявила официальный представитель МИД "
        "Мария Захарова.\n"
        "„Ситуация остается сложной и требует внимания“, — отметил он.\n"
        '"Мы продолжим эту работу в следующем году", — сказала она.\n'
    )
    found = by_text(suggest_attributions(text))
    first = found["Азербайджан не участвует в переговорах ради переговоров"]
    assert (first.kind, first.speaker) == (DIRECT, "Джейхун Байрамов")
    assert found["Мы готовы к диалогу с любой стороной"].speaker == "Мария Захарова"
    he = found["Ситуация остается сложной и требует внимания"]
    assert (he.speaker, he.reference) == ("Джейхун Байрамов", "pronoun")
    assert found["Мы продолжим эту работу в следующем году"].speaker == "Мария Захарова"
    named = [s for s in found.values() if s.reference == "name"]
    assert all(s.confidence >= 0.8 for s in named)
    assert he.confidence < min(s.confidence for s in named)  # a pronoun is less sure


def test_split_and_continued_quotations() -> None:
    text = "«Работы начнутся в марте, — сказал Олег Травкин. — Мост закроют на две недели».\n"
    english = '"The pool will reopen in June," said Ruth Alvarez. "We found the leak at last."\n'
    found = by_text([*suggest_attributions(text), *suggest_attributions(english)])
    assert found["Работы начнутся в марте"].speaker == "Олег Травкин"
    assert found["Мост закроют на две недели"].speaker == "Олег Травкин"
    assert found["The pool will reopen in June"].speaker == "Ruth Alvarez"
    continued = found["We found the leak at last"]
    assert (continued.speaker, continued.kind) == ("Ruth Alvarez", DIRECT)


def test_doubled_apostrophes_are_quotation_marks() -> None:
    text = (
        "''We will open the new wing in April,'' Dr. Hannah Osei said on Monday. "
        "''It took us six years.''\n"
        "Councilor Ray Dunn tweeted: ''This is good news for the whole valley.''\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    wing = found["We will open the new wing in April"]
    assert (wing.speaker, wing.kind) == ("Hannah Osei", DIRECT)
    assert found["It took us six years"].speaker == "Hannah Osei"
    assert found["This is good news for the whole valley"].speaker == "Ray Dunn"
    for s in found.values():
        assert text[s.start : s.end] == s.text and "'" not in s.text


def test_a_quoted_title_is_no_quotation() -> None:
    text = (
        '"We were on every channel," Ms. Ada Quinn said on "Riverton Today Live." '
        'She played "Songs of the Harbour Town" at the end.\n'
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert list(found) == ["We were on every channel"]


def test_curly_marks_inside_a_straight_quotation() -> None:
    text = (
        'Dr. Mary Holt spoke on Monday. Dr. Holt stated: "The board isn’t about “Fair Fares '
        'For All” anymore. It is about the mayor’s vision of the harbour."\n'
    )
    found = by_text(suggest_attributions(text, language="en"))
    whole = found[
        "The board isn’t about “Fair Fares For All” anymore. "
        "It is about the mayor’s vision of the harbour"
    ]
    assert (whole.speaker, whole.kind) == ("Mary Holt", DIRECT)


def test_a_quotation_continued_after_a_blank_line() -> None:
    text = (
        "The pier will close in May.\n\n"
        "“We have no other choice,” Helen Marsh said on Monday.\n\n"
        "“And that is why the council must act now.”\n\n"
        "The vote is on Friday.\n\n"
        "“Nobody asked the fishermen about it.”\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    continued = found["And that is why the council must act now"]
    assert (continued.speaker, continued.kind) == ("Helen Marsh", DIRECT)
    # a paragraph of the writer's words between: no longer the same speaker's
    assert "Nobody asked the fishermen about it" not in found


def test_verbs_said_only_beside_a_quotation() -> None:
    text = (
        "Tom Reyes spoke to the council.\n"
        "“You have ignored the harbour for ten years,” Reyes charged in his speech.\n"
        "“That is simply not true,” Mayor Helen Marsh shot back with a laugh.\n"
        "The council charged a fee for the new permits in the harbour.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["You have ignored the harbour for ten years"].speaker == "Tom Reyes"
    assert found["That is simply not true"].speaker == "Helen Marsh"
    assert len(found) == 2  # "charged a fee": no speech without a quotation


def test_whom_it_was_told_to_between_the_verb_and_the_quotation() -> None:
    text = (
        "Former mayor Tom Reyes told the harbour radio station's morning host Kit Orlov, "
        "“The pier will not survive another winter.”\n"
        "Ruth Alvarez said because the pier is old and unsafe, “nobody should fish from it.”\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["The pier will not survive another winter"].speaker == "Tom Reyes"
    assert "nobody should fish from it" not in found  # a clause of the writer's between


def test_a_question_put_before_the_speaker_smiled_and_said() -> None:
    text = (
        "When asked whom she supported, Ms. Ruth Alvarez smiled and said, "
        "''I am waiting for the harbour vote.''\n"
    )
    found = suggest_attributions(text, language="en")
    assert [(s.text, s.speaker) for s in found] == [
        ("I am waiting for the harbour vote", "Ruth Alvarez")
    ]


def test_quoted_words_inside_the_writers_sentence_continue_nothing() -> None:
    text = (
        '"The pier will not last," said Kit Orlov, an engineer at the port. He added that '
        'something "has to be done soon" before the winter storms, such as "a new steel '
        'frame for the whole pier."\n'
    )
    found = [s.text for s in suggest_attributions(text, language="en")]
    assert "The pier will not last" in found
    assert "has to be done soon" not in found
    assert "a new steel frame for the whole pier" not in found


def test_a_capitalised_verb_after_a_quotation_opens_a_new_sentence() -> None:
    # '… grassroots.” Asked which town …': not '"…," asked X' (the town is no speaker)
    text = (
        "Carl Ruiz said on Tuesday that “the only way to win the county is to knock on every "
        "door in it.” Asked which Harbour district was his favourite, he smiled.\n"
    )
    found = suggest_attributions(text, language="en")
    assert [s.speaker for s in found] == ["Carl Ruiz"]


def test_a_participle_after_a_quotation_goes_on_with_its_speaker() -> None:
    # '… that "…," suggesting that …': the participle names no speaker of its own, and what
    # it reports is a second suggestion, not part of the quotation's
    text = (
        "Ann Kolb stressed that “the way to proceed is to get both boards working together,” "
        "suggesting that the only way to do that might be to merge the Harbour Trust and the "
        "Ferry Board.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["the way to proceed is to get both boards working together"].speaker == "Ann Kolb"
    assert not any(
        "Harbour Trust" in s.speaker or "Ferry Board" in s.speaker for s in found.values()
    )


def test_a_short_quotation_with_a_lowercase_verb_is_no_title() -> None:
    # "But Pete Wilson won" is a sentence; "Songs of the Harbour Town" the name of a work
    text = '"But Carl Ruiz won,” Ann Kolb said.\nShe sang “Songs of the Harbour Town” on Friday.\n'
    found = suggest_attributions(text, language="en")
    assert [(s.text, s.speaker) for s in found] == [("But Carl Ruiz won", "Ann Kolb")]


def test_a_quotation_of_a_word_or_two_that_ends_a_sentence() -> None:
    # "We lost." and "But why?" are said; “fake news” is a term in the writer's sentence
    text = (
        'Paul Dent, its acting chairman, told the Harbour Gazette simply, "We lost."\n'
        "“But why?” reporter Ann Kolb asked him.\n"
        "Carl Ruiz called the report “fake news” on Friday.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["We lost"].speaker == "Paul Dent"
    assert found["But why?"].speaker == "Ann Kolb"
    assert "fake news" not in found


def test_a_name_after_a_preposition_is_where_it_was_said_not_who() -> None:
    """ "— написал Подольски в своём Instagram" gave the speaker "Instagram": the surname is
    also a town (not taken for a name there), and the name after "в своём" was."""
    text = (
        "«Решение далось мне нелегко», — написал Подольски в своём Instagram.\n"
        "«Мы вернёмся весной», — написал в своём Telegram Иванов.\n"
        "«Мост закроют на ремонт в июне», — сообщили в администрации города.\n"
    )
    found = by_text(suggest_attributions(text, language="ru"))
    assert "Решение далось мне нелегко" not in found  # no one named: nothing to suggest
    assert found["Мы вернёмся весной"].speaker == "Иванов"
    # a body after "в" is who spoke ("сообщили в администрации": the administration said)
    assert found["Мост закроют на ремонт в июне"].speaker == "Администрация города"


def test_a_surname_that_is_also_a_town_is_his_once_the_article_names_him() -> None:
    text = (
        "Лукас Подольски завершил карьеру в сборной.\n"
        "«Я благодарен болельщикам», — написал Подольски в Instagram.\n"
    )
    found = by_text(suggest_attributions(text, language="ru"))
    assert found["Я благодарен болельщикам"].speaker == "Лукас Подольски"
