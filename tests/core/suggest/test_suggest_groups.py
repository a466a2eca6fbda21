"""Speakers that are not a named person: organisations ("the IMF", "the IRS"), groups ("critics"),
descriptions ("a senior official"), titles no name goes with; groups and descriptions are marked
unnamed."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import suggest_attributions


def test_english_organisations_groups_and_descriptions() -> None:
    text = (
        "The Harbor Trust said that the ferry would run again in May.\n"
        "Critics say the fares are too high for daily commuters.\n"
        '"We have no plans to cut routes," said a senior official at the port.\n'
        "The IRS said that the forms would be ready in March.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    trust = found["the ferry would run again in May"]
    assert (trust.speaker, trust.reference, trust.unnamed) == (
        "The Harbor Trust",
        "organisation",
        False,
    )
    critics = found["the fares are too high for daily commuters"]
    assert (critics.speaker, critics.unnamed) == ("Critics", True)
    official = found["We have no plans to cut routes"]
    assert official.speaker == "A senior official at the port"
    assert (official.reference, official.unnamed) == ("description", True)
    irs = found["the forms would be ready in March"]
    assert (irs.speaker, irs.unnamed) == ("The IRS", False)


def test_russian_groups_descriptions_and_a_name_first_in_the_text() -> None:
    text = (
        "Петров открыто заявил, что мост откроют к зиме.\n"
        "Эти цены, говорят аналитики, сохранятся и в следующем году.\n"
        "По мнению экспертов, спрос на жилье не упадет.\n"
    )
    found = by_text(suggest_attributions(text))
    assert found["мост откроют к зиме"].speaker == "Петров"
    analysts = found["сохранятся и в следующем году"]
    assert (analysts.speaker, analysts.unnamed) == ("Аналитики", True)
    experts = found["спрос на жилье не упадет"]
    assert (experts.speaker, experts.reference, experts.unnamed) == (
        "Эксперты",
        "description",
        True,
    )


def test_group_and_organisation_phrases_are_whole() -> None:
    text = (
        "Some critics say the fees are too high for the fishing fleet.\n"
        "The Water Department said that the rule would take effect in May.\n"
        "Mayor Ruth Vance praised the plan. Vance’s office said that the plan would cost less.\n"
        "Several party officials said that the vote would be close.\n"
    )
    speakers = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert speakers["the fees are too high for the fishing fleet"] == "Some critics"
    assert speakers["the rule would take effect in May"] == "The Water Department"
    assert speakers["the plan would cost less"] == "Vance’s office"
    assert speakers["the vote would be close"] == "Several party officials"


def test_russian_described_subjects_and_bodies_before_a_name() -> None:
    text = (
        "Местные рыбаки утверждают, что рыбы в озере стало меньше.\n"
        "Участники акции в большинстве своем уверяют, что власти их не слышат.\n"
        "Как рассказал проректор Южной академии искусств Олег Травкин, набор увеличат вдвое.\n"
        "Выступая перед студентами колледжа, Анна Петрова заметила: учиться надо всю жизнь.\n"
    )
    found = by_text(suggest_attributions(text))
    fishermen = found["рыбы в озере стало меньше"]
    assert (fishermen.speaker, fishermen.unnamed) == ("Местные рыбаки", True)
    assert all(s.speaker != "Большинство" for s in found.values())  # "в большинстве": no body
    assert found["набор увеличат вдвое"].speaker == "Олег Травкин"
    assert found["учиться надо всю жизнь"].speaker == "Анна Петрова"


def test_the_capitalised_words_that_open_a_groups_name() -> None:
    text = (
        "Some UNP members said they had not done enough to win the vote.\n"
        "And Iowa farm advocates say they already have promises from the candidates.\n"
        "In Dover harbour pilots say the channel is too shallow for the new ferries.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["they had not done enough to win the vote"] == "Some UNP members"
    assert found["they already have promises from the candidates"] == "Iowa farm advocates"
    assert found["the channel is too shallow for the new ferries"] != "In Dover harbour pilots"


def test_someone_described_after_the_verb_with_a_name_inside() -> None:
    text = (
        "“The plan is twenty years old,” said a longtime adviser to Mayor Helen Marsh, who "
        "declined to be named.\n"
    )
    found = suggest_attributions(text, language="en")
    assert [(s.speaker, s.unnamed) for s in found] == [
        ("A longtime adviser to Mayor Helen Marsh", True)
    ]


def test_the_subject_of_the_main_clause_before_a_participle_and_that() -> None:
    text = (
        "The harbour board met on Monday. The board said it could not publish its accounts "
        "in time for Mayor Helen Marsh, warning that it could default on its loans.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["it could default on its loans"] == "The board"


def test_a_body_named_with_of_and_a_capitalised_word() -> None:
    text = (
        "The pier is older than the town itself, the University of Riverton reported last "
        "week.\nThe Department of Labor said the new rules would take effect in May.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["The pier is older than the town itself"] == "The University of Riverton"
    assert found["the new rules would take effect in May"] == "The Department of Labor"


def test_a_name_written_in_capitals_is_one_body() -> None:
    text = (
        "HARBOUR TODAY reported last month that the council has secretly paid for trips abroad.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["the council has secretly paid for trips abroad"] == "HARBOUR TODAY"


def test_a_capitalised_body_right_before_the_verb_speaks() -> None:
    # "Harbour News responded:" then the quotation in a paragraph of its own
    text = (
        "The Gazette made the same claims in February, and Harbour News responded:\n\n"
        '"If there are people in this town who are so prone to crime, the answer is not to '
        'punish all of us."\n\n'
        "On Monday, the New Harbour Daily News suggested the storm exposed the pier's flaws.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    crime = found[
        "If there are people in this town who are so prone to crime, the answer is not to "
        "punish all of us"
    ]
    assert (crime.speaker, crime.reference) == ("Harbour News", "organisation")
    assert found["the storm exposed the pier's flaws"].speaker == "The New Harbour Daily News"


def test_a_relative_clause_verb_is_not_part_of_the_group() -> None:
    text = (
        "The board apologised for the emails, which included staff members suggesting someone "
        "should question the mayor's faith.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["someone should question the mayor's faith"].speaker == "Staff members"


def test_a_name_that_goes_on_with_a_capitalised_common_word_is_a_body() -> None:
    # "Harbour Rights Watch", "the Harbour Pro Bono Project": not a person named "Harbour Rights"
    text = (
        "“Fares will double by May,” Harbour Rights Watch first reported.\n"
        "Twelve families were released, according to lawyers with the Harbour Pro Bono Project.\n"
        "Carl Ruiz Monday said the pier was safe.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    fares = found["Fares will double by May"]
    assert (fares.speaker, fares.reference) == ("Harbour Rights Watch", "organisation")
    assert found["Twelve families were released"].reference == "organisation"
    assert found["the pier was safe"].speaker == "Carl Ruiz"


def test_all_before_the_group_is_part_of_it() -> None:
    text = "All the Harbour Democrats insisted that the pier must stay open all winter.\n"
    found = by_text(suggest_attributions(text, language="en"))
    assert found["the pier must stay open all winter"].speaker == "All the Harbour Democrats"


def test_familiar_with_stays_in_the_description() -> None:
    text = (
        '"It was not a convincing argument," one neighbour familiar with the talks said.\n'
        '"The pier will close," a man in the front row said.\n'
    )
    found = by_text(suggest_attributions(text, language="en"))
    argument = found["It was not a convincing argument"]
    assert argument.speaker == "One neighbour familiar with the talks"
    assert found["The pier will close"].speaker == "A man"


def test_people_familiar_with_a_matter_speak_after_the_content() -> None:
    text = (
        "Carl Ruiz voiced concern about the letter and said it could hurt the board's plan to "
        "win the vote, people familiar with the session said.\n"
    )
    found = suggest_attributions(text, language="en")
    assert [(s.speaker, s.reference) for s in found] == [
        ("People familiar with the session", "description")
    ]
    assert found[0].text.startswith("Carl Ruiz voiced concern")


def test_an_acronym_written_with_stops_is_an_organisation() -> None:
    # newspapers that write "F.B.I." and "U.S.": the acronym is one word, not initials
    text = (
        "All those reviews came back clear, and the H.P.A. has said it had no record of the "
        "boat in its files.\n"
        "The H.P.A. said the pier would stay closed.\n"
        "U.S. officials said the ferry would keep running.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["it had no record of the boat in its files"].speaker == "The H.P.A."
    assert found["the pier would stay closed"].speaker == "The H.P.A."
    assert found["the ferry would keep running"].speaker == "U.S. officials"
