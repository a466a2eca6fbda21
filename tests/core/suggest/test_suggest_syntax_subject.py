"""Russian speakers found by the dependency parse (slovnet models from the natasha package): the
subject of the speech verb whatever stands between, pronouns that refer to no one named, and the
rules alone when the models cannot be loaded."""

from __future__ import annotations

import threading

import pytest
from suggest_helpers import by_text

from claimdesk.core.suggest import DIRECT, russian_nlp, suggest_attributions


def test_a_described_subject_with_a_participle_clause_and_words_before_the_verb() -> None:
    text = (
        "Жители соседних сёл, пережившие весеннее наводнение, в один голос утверждают, что "
        "дамбу никто не чинил уже десять лет.\n"
    )
    found = by_text(suggest_attributions(text, language="ru"))
    s = found["дамбу никто не чинил уже десять лет"]
    assert (s.speaker, s.reference, s.unnamed) == ("Жители соседних сёл", "description", True)


def test_the_subject_not_an_object_pronoun_and_a_plural_pronoun_stays_unresolved() -> None:
    text = (
        "Инженер Олег Ветров встретил туристов у моста.\n"
        "Провожая его, они нам сказали: «Возвращайтесь весной, дорога будет открыта».\n"
    )
    found = by_text(suggest_attributions(text, language="ru"))
    s = found["Возвращайтесь весной, дорога будет открыта"]
    assert (s.kind, s.speaker, s.reference, s.unnamed) == (DIRECT, "Они", "pronoun", True)
    assert s.mention == "они"
    assert s.confidence <= 0.45


def test_the_first_person_is_never_someone_named_before() -> None:
    text = (
        "Министр Павел Орлов представил реформу в прошлом году.\n"
        "Поэтому везде, где только могу, я утверждаю, что эта реформа провалилась.\n"
    )
    found = by_text(suggest_attributions(text, language="ru"))
    s = found["эта реформа провалилась"]
    assert (s.speaker, s.reference, s.unnamed) == ("Я", "pronoun", True)


def test_a_singular_pronoun_agreeing_with_someone_named_is_resolved() -> None:
    text = (
        "Директор библиотеки Анна Ковалёва открыла новый зал.\n"
        "«Мы ждали этого пять лет», — сказала она.\n"
    )
    found = by_text(suggest_attributions(text, language="ru"))
    assert found["Мы ждали этого пять лет"].speaker == "Анна Ковалёва"


def test_a_description_after_the_verb_and_one_of_a_group() -> None:
    text = (
        "«Судьи смотрели только на сложность программы», — говорит одна из участниц.\n"
        "«Зал был полон до последнего ряда», — рассказала хореограф.\n"
    )
    found = by_text(suggest_attributions(text, language="ru"))
    one = found["Судьи смотрели только на сложность программы"]
    assert (one.speaker, one.unnamed) == ("Одна из участниц", True)
    assert found["Зал был полон до последнего ряда"].speaker == "Хореограф"


def test_a_participle_of_a_speech_verb_names_its_noun_in_the_nominative() -> None:
    text = "Вспомните Ивана Громова, говорившего: «Без труда не бывает побед».\n"
    found = by_text(suggest_attributions(text, language="ru"))
    assert found["Без труда не бывает побед"].speaker == "Иван Громов"


def test_a_title_and_its_organisation_before_the_name_stay_out_of_the_speaker() -> None:
    text = (
        "Главный инженер завода «Прогресс» Олег Ветров в интервью местному радио заявил, что "
        "новый цех откроется осенью.\n"
    )
    found = by_text(suggest_attributions(text, language="ru"))
    assert found["новый цех откроется осенью"].speaker == "Олег Ветров"


def test_the_models_load_once_for_all_threads() -> None:
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(russian_nlp.models())) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen[0] is not None
    assert all(nlp is seen[0] for nlp in seen)
    words = seen[0].parse("Эксперты говорят, что зима будет тёплой.", 0, 40)  # type: ignore[attr-defined]
    subject = next(w for w in words if w.rel == "nsubj")
    assert subject.text == "Эксперты"


def test_an_adverbial_before_a_plural_subject() -> None:
    text = "В своих листовках повстанцы постоянно подчеркивали, что воюют только против армии.\n"
    found = by_text(suggest_attributions(text, language="ru"))
    s = found["воюют только против армии"]
    assert (s.speaker, s.unnamed) == ("Повстанцы", True)


def test_without_the_models_the_rules_still_suggest(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> russian_nlp.RussianNLP:
        raise OSError("model files missing")

    monkeypatch.setattr(russian_nlp, "_loaded", [])
    monkeypatch.setattr(russian_nlp, "_load", broken)
    assert russian_nlp.models() is None
    text = (
        "Министр Павел Орлов заявил, что бюджет сбалансирован.\n"
        "В своих листовках повстанцы постоянно подчеркивали, что воюют только против "
        "армии.\n"
    )
    found = by_text(suggest_attributions(text, language="ru"))
    assert found["бюджет сбалансирован"].speaker == "Павел Орлов"
    assert "воюют только против армии" not in found  # that one needs the parse


def test_an_acronym_in_an_organisation_keeps_its_capitals() -> None:
    text = (
        "В МИД Эстонии заявили, что консультации продолжатся в марте.\n"
        "В пресс-службе МЧС сообщили, что пожар потушен.\n"
    )
    speakers = [s.speaker for s in suggest_attributions(text, language="ru")]
    assert speakers == ["МИД Эстонии", "Пресс-служба МЧС"]
