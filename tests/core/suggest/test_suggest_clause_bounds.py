"""Where English reported speech ends and who a group is: a second speech verb ends the
content ("… and insisted that …"), a quoted fragment inside a that-clause is not a quotation of
its own, a writer's clause after a quotation ("if Doe had asked") is no attribution, and a name
before a group noun ("Harbor officials") names the group that speaks."""

from __future__ import annotations

from claimdesk.core.suggest import INDIRECT, suggest_attributions


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {s.text: (s.speaker, s.kind) for s in suggest_attributions(text, language="en")}


def test_a_second_speech_verb_ends_the_content() -> None:
    text = (
        "Ann Kolb said that the ferry would run until May and insisted that the fares "
        "would not rise.\n"
    )
    found = _found(text)
    assert found["the ferry would run until May"] == ("Ann Kolb", INDIRECT)
    assert found["the fares would not rise"] == ("Ann Kolb", INDIRECT)


def test_but_that_goes_on_with_the_same_content() -> None:
    text = (
        "Tom Avery said that wages would fall a little, but that overtime would make up "
        "the difference.\n"
    )
    assert list(_found(text)) == [
        "wages would fall a little, but that overtime would make up the difference"
    ]


def test_a_quoted_fragment_inside_a_that_clause() -> None:
    text = 'Judge Lena Marsh wrote that "a careful reader" can find the error on page four.\n'
    assert _found(text) == {
        '"a careful reader" can find the error on page four': ("Lena Marsh", INDIRECT)
    }


def test_a_clause_of_the_writer_after_a_quotation_is_no_attribution() -> None:
    text = (
        'Ivo Brandt would have "walked all the way to the coast" if Kolb had asked him to, '
        "friends say.\n"
    )
    assert "walked all the way to the coast" not in _found(text)


def test_a_name_before_a_group_noun_names_the_group() -> None:
    text = "Riverton officials said that the bridge would reopen in the spring.\n"
    assert _found(text) == {
        "the bridge would reopen in the spring": ("Riverton officials", INDIRECT)
    }


def test_but_with_a_verb_goes_on_with_the_same_content() -> None:
    text = (
        "Lena Marsh noted that both towns have shown they will bargain, but never give way, "
        "on the ferry.\n"
    )
    assert _found(text) == {
        "both towns have shown they will bargain, but never give way, on the ferry": (
            "Lena Marsh",
            INDIRECT,
        )
    }


def test_a_pronoun_with_an_adverb_before_the_verb_speaks() -> None:
    text = (
        "Ann Kolb spoke first.\n"
        'She also said that "the ferry will run all winter, whatever the council decides."\n'
    )
    (found,) = suggest_attributions(text, language="en")
    assert (found.speaker, found.reference) == ("Ann Kolb", "pronoun")


def test_a_longer_group_noun_phrase_after_a_name() -> None:
    text = "Riverton harbor safety officials said they found the old logs last week.\n"
    assert _found(text) == {
        "they found the old logs last week": ("Riverton harbor safety officials", INDIRECT)
    }


def test_reported_with_a_clause() -> None:
    text = "Brightmoor reported it sold more ferries in the quarter than a year before.\n"
    assert list(_found(text)) == ["it sold more ferries in the quarter than a year before"]


def test_a_sentence_partly_quoted_with_the_attribution_after_it() -> None:
    text = 'The council, though, would have to "find the money first," Ann Kolb said.\n'
    assert _found(text) == {
        'The council, though, would have to "find the money first,"': ("Ann Kolb", INDIRECT)
    }


def test_a_quotation_after_a_comma_stays_direct() -> None:
    text = 'At the meeting, "we will find the money," Ann Kolb said.\n'
    assert _found(text) == {"we will find the money": ("Ann Kolb", "direct")}


def test_even_though_ends_the_content() -> None:
    text = (
        "Tom Avery said that the ferry would make money, even though fares had fallen for "
        "three years.\n"
    )
    assert list(_found(text)) == ["the ferry would make money"]


def test_a_sentence_ends_before_a_parenthesis_that_opens_with_a_quotation() -> None:
    text = (
        "Ann Kolb said she kept the old ferry only because the crew asked her to. "
        '("We could not let it go," she said.)\n'
    )
    found = _found(text)
    assert found["she kept the old ferry only because the crew asked her to"] == (
        "Ann Kolb",
        INDIRECT,
    )
    assert found["We could not let it go"] == ("Ann Kolb", "direct")


def test_a_relative_clause_after_the_content_is_the_writers() -> None:
    text = (
        "Ann Kolb told the Harbour Gazette she was not quite ready to back Carl Ruiz, who will "
        "face a challenger in the May primary.\n"
    )
    found = _found(text)
    assert found["she was not quite ready to back Carl Ruiz"] == ("Ann Kolb", INDIRECT)


def test_reported_speech_goes_on_to_the_end_of_a_quotation_it_opens() -> None:
    text = (
        'Tom Reyes spoke on Friday. Reyes has said that he would "clean up the harbour. I '
        "don't know if the fish will come back, but we're going to find out.\" The vote is "
        "next week.\n"
    )
    found = suggest_attributions(text, language="en")
    said = [s for s in found if s.text.startswith("he would")]
    assert len(said) == 1 and said[0].text.endswith("we're going to find out")
    assert said[0].speaker == "Tom Reyes"


def test_a_participle_of_another_speech_verb_ends_the_content() -> None:
    text = (
        "The harbour board met on Monday. The board said it could not publish its accounts "
        "in time, warning that it could default on its loans.\n"
    )
    found = [s.text for s in suggest_attributions(text, language="en")]
    assert "it could not publish its accounts in time" in found


def test_a_reported_clause_in_an_opening_subordinate_clause_ends_at_its_comma() -> None:
    text = (
        "While critics argue that the new pier is too expensive, the mayor has called it a "
        "bargain.\nWhen Tom Reyes said the pier was safe, the crowd laughed at him.\n"
        "Though the pier is old, Ruth Alvarez says it is safe for the boats, and the council "
        "agrees.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["the new pier is too expensive"] == "Critics"
    assert found["the pier was safe"] == "Tom Reyes"
    assert found["it is safe for the boats, and the council agrees"] == "Ruth Alvarez"
