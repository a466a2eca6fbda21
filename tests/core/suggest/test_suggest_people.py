"""People and coreference: names in any case to the nominative, surnames to full names, pronouns
and titles resolved to the person they agree with."""

from __future__ import annotations

from suggest_helpers import by_text, speakers

from claimdesk.core.suggest import DIRECT, suggest_attributions


def test_russian_names_in_any_case_become_nominative_with_the_verbs_gender() -> None:
    text = (
        "По словам Джейхуна Байрамова, Азербайджан не участвует в переговорах.\n"
        "«Мы не участвуем в таких переговорах», — заявил Джейхуна Байрамова.\n"
        "Как сообщила Алиевой, визит состоится в мае.\n"
    )
    speakers = [s.speaker for s in suggest_attributions(text)]
    assert speakers[:2] == ["Джейхун Байрамов", "Джейхун Байрамов"]


def test_english_pronouns_titles_and_surnames() -> None:
    text = (
        "Mayor Jane Doe said on Tuesday that the city would hire 200 new teachers.\n"
        '"We cannot wait another year," Doe told reporters. "The children need this now."\n'
        "According to Doe, the plan will cost $12 million.\n"
        "Councillor Tom Becker, who chairs the budget committee, argued that the money was "
        "not there.\n"
        '"It is a fantasy budget," he said.\n'
        "The mayor insisted the numbers added up. She said the state would cover half.\n"
    )
    found = by_text(suggest_attributions(text))
    assert found["the city would hire 200 new teachers"].speaker == "Jane Doe"
    direct = found["We cannot wait another year"]
    assert (direct.kind, direct.speaker) == (DIRECT, "Jane Doe")
    assert found["The children need this now"].speaker == "Jane Doe"
    assert found["the plan will cost $12 million"].speaker == "Jane Doe"
    assert found["the money was not there"].speaker == "Tom Becker"
    assert found["It is a fantasy budget"].speaker == "Tom Becker"
    mayor = found["the numbers added up"]
    assert (mayor.speaker, mayor.reference) == ("Jane Doe", "title")
    assert found["the state would cover half"].speaker == "Jane Doe"


def test_pronouns_and_titles_agree_in_gender_with_the_verb() -> None:
    text = (
        "Посол Михаил Бочарников встретился с министром Марией Ивановой.\n"
        "«Отношения развиваются стабильно», — сказал дипломат.\n"
        "Она подчеркнула, что переговоры продолжатся в мае.\n"
        "«Мы ждем ответа от партнеров», — отметила министр.\n"
        "Он добавил, что визит президента пока не планируется.\n"
    )
    found = [(s.speaker, s.reference) for s in suggest_attributions(text)]
    assert found == [
        ("Михаил Бочарников", "title"),
        ("Мария Иванова", "pronoun"),
        ("Мария Иванова", "title"),
        ("Михаил Бочарников", "pronoun"),
    ]


def test_english_speaker_spans_without_titles_tags_places_or_appositions() -> None:
    text = (
        '"The levee will hold," said Mary K. Whitcombe, the county engineer.\n'
        "Rep. Dana Ortiz (D-Ohio) said that the bill would pass in May.\n"
        "Paul Brenner, of Dayton, Ohio, said the plant would hire again.\n"
        "Lena Vos, a member of the RWA's board, said that the rules were fair.\n"
        "Sheriff Tom Rudd told reporters that two roads were closed.\n"
    )
    speakers = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert speakers["The levee will hold"] == "Mary K. Whitcombe"
    assert speakers["the bill would pass in May"] == "Dana Ortiz"
    assert speakers["the plant would hire again"] == "Paul Brenner"
    assert speakers["the rules were fair"] == "Lena Vos"
    assert speakers["two roads were closed"] == "Tom Rudd"


def test_russian_speaker_before_an_apposition() -> None:
    text = "Анна Сидорова, председатель Городского совета, заявила, что бюджет примут в июне.\n"
    (found,) = suggest_attributions(text)
    assert found.speaker == "Анна Сидорова"


def test_pronoun_refers_to_the_subject_before_not_to_names_in_quotes_or_appositions() -> None:
    text = (
        "Gail Porter, an aide to Mr. Hollis, said the count would end on Friday. "
        '"Nobody expected Victor Lang to win," she said.\n'
        "Raymond Hollis spoke next. "
        '"I trust Ms. Porter and Anna Weiss completely," he said. "We will wait."\n'
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["Nobody expected Victor Lang to win"].speaker == "Gail Porter"
    assert found["I trust Ms. Porter and Anna Weiss completely"].speaker == "Raymond Hollis"


def test_a_surname_two_people_share_stays_a_surname() -> None:
    text = (
        "Ellen Marsh and her brother Peter Marsh run the bakery. "
        '"We will not sell it," Marsh said.\n'
        '"Bread is what we know," Peter Marsh said.\n'
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["We will not sell it"].speaker == "Marsh"
    assert found["Bread is what we know"].speaker == "Peter Marsh"


def test_russian_name_without_the_place_or_body_before_it() -> None:
    text = (
        "Министр финансов Южной Провинции Пётр Иванов заявил, что бюджет примут в срок.\n"
        "«Налоги мы не поднимем», — сообщила глава Северного Округа Анна Петрова.\n"
    )
    speakers = [s.speaker for s in suggest_attributions(text)]
    assert speakers == ["Пётр Иванов", "Анна Петрова"]


def test_capitalised_words_of_a_title_case_headline_are_no_name() -> None:
    text = (
        "Mayor Helen Marsh Backs Reyes Harbour Plan After Long Debate.\n\n"
        "Tom Reyes presented the harbour plan on Monday. Reyes said that the new pier would "
        "open in May.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["the new pier would open in May"] == "Tom Reyes"


def test_a_gerund_opening_the_sentence_is_not_a_first_name() -> None:
    text = (
        "Entrusting Carl Ruiz with our harbour is a risky proposition. He has suggested that "
        "the town could simply default on its debts.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["the town could simply default on its debts"] == "Carl Ruiz"


def test_a_surname_with_a_hyphenated_lowercase_particle() -> None:
    text = (
        "Before the mayor’s speech, the preacher Omar al-Amin, who lives abroad, is shown "
        "lecturing. The crowd cheers Carl Ruiz.\n"
        "Footage of Al-Amin again appears. “The harbour will eventually turn against its "
        "workers,” he says.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["The harbour will eventually turn against its workers"] == "Omar al-Amin"


def test_a_lowercase_particle_stays_in_the_name() -> None:
    text = (
        "If Carl Ruiz would debate on April 14, de Blasio tweeted, the city would help.\n"
        "“We are, in effect, at war with the tide,” said Ursula van der Berg, the harbour chief.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["If Carl Ruiz would debate on April 14"].endswith("de Blasio")
    assert found["We are, in effect, at war with the tide"] == "Ursula van der Berg"


def test_a_french_particle_des_stays_inside_the_name() -> None:
    text = (
        '"We are fully mobilized to bring it into the national collections," said Laurence des '
        "Cars, the museum's director.\n"
    )
    assert speakers(text) == ["Laurence des Cars"]


def test_a_hyphenated_adjective_is_no_name() -> None:
    """'"…," noted Maryland-based product liability attorney …' gave the speaker
    "Maryland-based"; "Given J. K. Rowling said …" gave "Given J. K. Rowling"."""
    text = (
        '"The seller has avoided paying for years," noted Maryland-based attorney Tom Reyes.\n'
        "Given Jane Doe said the spell fades, the charm must be short.\n"
        '"We will win," said Bashar al-Assad in Damascus.\n'
    )
    assert speakers(text) == ["Tom Reyes", "Jane Doe", "Bashar al-Assad"]
