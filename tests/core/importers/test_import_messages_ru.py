"""The importers' messages in Russian (issue 21): a refusal wrapping the reason for one annotation,
a Word document that is not one, and a dateline's day in a note, each as a Russian user reads
them; the English ones unchanged."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import set_translator
from claimdesk.core.importers import read_article_file
from claimdesk.core.importers.metadata import find_dateline
from claimdesk.core.importers.web_annotation import parse_annotation_file
from claimdesk.i18n_core import install_core_translations
from claimdesk.i18n_text import set_language

ANNOTATION = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    "id": "urn:uuid:1",
    "type": "Annotation",
    "target": {
        "source": "https://example.com/a",
        "selector": {"type": "TextQuoteSelector", "exact": "Текст"},
    },
}


@pytest.fixture
def russian() -> Iterator[None]:
    set_language("ru")
    install_core_translations()
    yield
    set_language("en")
    set_translator(None)


def _refusal(data: bytes) -> ImportFileError:
    with pytest.raises(ImportFileError) as raised:
        parse_annotation_file(data, "claims.jsonld")
    return raised.value


@pytest.mark.usefixtures("russian")
def test_a_refused_annotation_reads_in_russian_with_its_reason() -> None:
    quoteless = {**ANNOTATION, "target": {"source": "https://example.com/a", "selector": {}}}
    page = {"type": "AnnotationPage", "items": [ANNOTATION, quoteless]}
    refused = _refusal(json.dumps(page).encode())
    assert str(refused) == (
        "Аннотация 2 в файле claims.jsonld: в её цели (target) нет ни TextQuoteSelector, ни "
        "TextPositionSelector."
    )
    assert refused.english == (
        "Annotation 2 in claims.jsonld: its target has neither a TextQuoteSelector nor a "
        "TextPositionSelector."
    )
    carried = {
        "type": "AnnotationPage",
        "items": [ANNOTATION],
        "claimdesk:articles": [{"claimdesk:text": "Текст.", "claimdesk:title": 7}],
    }
    assert str(_refusal(json.dumps(carried).encode())) == (
        "Статья 1, переданная в файле claims.jsonld: её заголовок — не текст."
    )
    assert str(_refusal(b"[NaN]")) == (
        "Файл claims.jsonld — не корректный JSON: NaN — не значение JSON."
    )


@pytest.mark.usefixtures("russian")
def test_an_old_word_file_named_docx_is_refused_in_russian(tmp_path: Path) -> None:
    old = tmp_path / "заявление.docx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(ImportFileError) as raised:
        read_article_file(old)
    assert str(raised.value) == (
        "Файл заявление.docx — файл Office старого формата, а не документ Word: откройте его и "
        "сохраните как .docx."
    )
    assert raised.value.english == (
        "заявление.docx is an old-style Office file, not a Word document: open it and save it "
        "as .docx."
    )


def test_a_datelines_day_is_said_in_the_users_language(russian: None) -> None:
    dateline = find_dateline("БАКУ, 28 июл - Sputnik. Министр принял посла.")
    assert dateline is not None
    described = dateline.describe()
    assert str(described) == "Баку, 28 июля, Sputnik"
    assert described.english == "Баку, 28 July, Sputnik"
    dated = find_dateline("WASHINGTON, May 12, 2024 (Reuters) - The minister said.")
    assert dated is not None
    assert str(dated.describe()) == "Washington, 12 мая 2024 г., Reuters"
    set_language("en")
    assert str(dated.describe()) == "Washington, 12 May 2024, Reuters"
