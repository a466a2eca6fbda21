"""Language data files, language detection, tokens and the morphology interface."""

from __future__ import annotations

import pytest

from claimdesk.core.suggest import (
    DIRECT,
    available_languages,
    detect_language,
    load_language,
    suggest_attributions,
)
from claimdesk.core.suggest.morphology import Morphology, RussianMorphology, morphology_for
from claimdesk.core.suggest.tokens import tokenize, trim


def test_other_languages_from_data_files() -> None:
    assert {"ru", "en", "de", "fr"} <= set(available_languages())
    german = "Der Minister Hans Weber sagte: „Wir werden das Gesetz ändern müssen.“"
    (found,) = suggest_attributions(german)
    assert (found.kind, found.speaker) == (DIRECT, "Hans Weber")
    assert detect_language(german) == "de"
    french = "« Nous allons changer la loi », a déclaré le ministre Pierre Dubois."
    (found,) = suggest_attributions(french, language="fr")
    assert found.speaker == "Pierre Dubois"
    with pytest.raises(KeyError):
        load_language("xx")


def test_tokens_keep_code_point_offsets_and_trim_drops_marks() -> None:
    text = "🙂 «Глава МИД» — said Jane O'Neill."
    words = tokenize(text, 0, len(text))
    assert [w.text for w in words] == ["Глава", "МИД", "said", "Jane", "O'Neill"]
    assert all(text[w.start : w.end] == w.text for w in words)
    assert words[1].acronym and words[0].capitalised
    start, end = trim(text, 0, len(text))
    assert text[start:end] == "Глава МИД» — said Jane O'Neill"


def test_morphology_interface_russian_and_simple() -> None:
    assert isinstance(morphology_for("pymorphy3"), RussianMorphology)
    simple = morphology_for(None)
    assert type(simple) is Morphology and not simple.inflected
    assert simple.lemma("Doe's") == "doe"
    assert simple.base_name("Jane Doe’s", None) == "Jane Doe"
    russian = morphology_for("pymorphy3")
    assert russian.handles("Захарова") and not russian.handles("Smith")
    assert russian.lemma("министра") == "министр"
    assert russian.lemma("Doe's") == "doe"  # other scripts: the simple answer
    assert russian.base_name("Марии Захаровой", "femn", "gent") == "Мария Захарова"
    assert russian.nominative("пресс-службе") == "пресс-служба"
    assert russian.gender_of_name("Ирина Соколова") == "femn"
    assert load_language("ru").morph is russian


def test_a_letter_without_a_unicode_name_does_not_break_the_morphology() -> None:
    text = (
        "\U00017000Он отметил, что сотрудничество продолжается. "
        "«Мы готовы», — заявил \U00017000Иван."
    )
    for s in suggest_attributions(text):
        assert text[s.start : s.end] == s.text
