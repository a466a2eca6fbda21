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


def test_clauses_that_open_with_a_number_or_a_curly_apostrophe() -> None:
    text = (
        "The ferry was late again. Officials said 2024 has seen the worst delays on record.\n"
        "Tom Reyes took questions. Reyes said 20 times that he had warned the council.\n"
        "Ruth Alvarez spoke next. Alvarez suggested Reyes hadn’t meant his remark literally.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    officials = found["2024 has seen the worst delays on record"]
    assert (officials.speaker, officials.kind) == ("Officials", INDIRECT)
    assert found["Reyes hadn’t meant his remark literally"].speaker == "Ruth Alvarez"
    assert not any(s.text.startswith("20 times") for s in found.values())


def test_the_clause_ends_before_a_participle_and_a_quotation() -> None:
    text = (
        "Helen Marsh took questions. Marsh said the residents knew the pier would close, "
        "saying, “We warned them early.”\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["the residents knew the pier would close"].speaker == "Helen Marsh"
    assert found["We warned them early"].speaker == "Helen Marsh"


def test_said_about_or_said_them_is_no_reported_clause() -> None:
    text = (
        "Tom Reyes gave a long speech. Here are the things Reyes said about the harbour last "
        "year.\nMayor Helen Marsh tried to walk back the comments a day after she said them "
        "to the council.\n"
    )
    assert suggest_attributions(text, language="en") == []
    approximately = "Deli owner Rosa Lind said about a third of her customers came by bus.\n"
    found = by_text(suggest_attributions(approximately, language="en"))
    assert found["about a third of her customers came by bus"].speaker == "Rosa Lind"


def test_warned_and_assured_with_a_pronoun_subject_right_after() -> None:
    # a nominative pronoun after "warned"/"assured" is no one spoken to: the clause starts there
    text = (
        "The harbour workers’ union has warned they could strike before the summer season.\n"
        "Mayor Mary Holt assured we’d keep the ferry running all winter.\n"
        "Carl Ruiz told it to the council twice.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    strike = found["they could strike before the summer season"]
    assert (strike.speaker, strike.kind) == ("The harbour workers’ union", INDIRECT)
    assert found["we’d keep the ferry running all winter"].speaker == "Mary Holt"
    assert not any(s.text.startswith("it to the council") for s in found.values())


def test_asked_and_explained_with_an_indirect_question() -> None:
    text = (
        "Last week the radio host Ann Kolb asked Carl Ruiz whether the ferry fares would rise "
        "again in the spring.\n"
        "Mayor Mary Holt explained how the town would pay for the new pier without a loan.\n"
        "Paul Dent said when asked about the pier that he had not read the plan.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    fares = found["whether the ferry fares would rise again in the spring"]
    assert (fares.speaker, fares.kind) == ("Ann Kolb", INDIRECT)
    assert found["how the town would pay for the new pier without a loan"].speaker == "Mary Holt"
    assert not any(s.text.startswith("when asked") for s in found.values())


def test_a_participle_then_a_lowercase_subject_and_its_verb() -> None:
    # "arguing such a law could …": a clause without "that" after a participle
    text = (
        "Ann Kolb fought the harbour bill, arguing such legislation could expose the town to "
        "lawsuits.\n"
        "He also spoke about the new pier, saying it will be ready by May.\n"
        "The figures kept rising, adding up to a record for the harbour.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["such legislation could expose the town to lawsuits"].speaker == "Ann Kolb"
    assert "it will be ready by May" in found  # "He also spoke": the subject, past an adverb
    assert not any(s.text.startswith("up to") for s in found.values())


def test_an_indefinite_object_is_no_reported_clause() -> None:
    # "can add a new title …" (what is added), but "said a man from the port was hurt"
    text = (
        "Thanks to his latest show, Carl Ruiz can add a new title to his long resume.\n"
        "Ann Kolb said a man from the port was hurt in the storm.\n"
        "“Who can remember how many boats I’ve lost?” Mary Holt asks as a harbour guard walks "
        "in front of her.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["a man from the port was hurt in the storm"].speaker == "Ann Kolb"
    assert not any(s.text.startswith("a new title") for s in found.values())
    assert not any(s.text.startswith("a harbour guard") for s in found.values())


def test_a_named_clause_with_a_long_subject() -> None:
    # "said Harbour Board chairwoman Mary Holt’s “plan” and “budget” are …": the verb comes
    # eight words after the name that opens the clause
    text = (
        "On Sunday, Carl Ruiz said Harbour Board chairwoman Mary Holt’s “plan” and “budget” are "
        "in question because of the ferry deal.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    key = "Harbour Board chairwoman Mary Holt’s “plan” and “budget” are in question because of "
    assert found[key + "the ferry deal"].speaker == "Carl Ruiz"


def test_a_relative_clause_or_a_number_word_names_no_speaker() -> None:
    text = (
        "Carl Ruiz backs lower fares, which he said have risen because of cheap fuel.\n"
        "Six in 10 say the pier is at least somewhat safe.\n"
    )
    found = suggest_attributions(text, language="en")
    assert not any(s.text.startswith("have risen") for s in found)
    assert all(s.speaker != "Six" for s in found)


def test_a_possessive_before_a_participle_is_no_speaker() -> None:
    """ "The state's confirmed caseload … is nearly 162,000" was suggested as "The state's"
    saying "caseload of Covid-19 is nearly 162,000"."""
    text = (
        "The county's confirmed caseload of measles is nearly 400, of whom 12 are in hospital.\n"
        "Riverton Port's announced figures show the pier will close in May.\n"
    )
    assert suggest_attributions(text, language="en") == []


def test_a_possessive_subject_with_has_still_speaks() -> None:
    text = "The harbour board's said the pier will close in May for repairs.\n"
    found = suggest_attributions(text, language="en")
    assert [s.text for s in found] == ["the pier will close in May for repairs"]
