"""The GUI's names of claim kinds, verdict statuses and networks (gui/kind_labels.py) follow the
core's: in English the same words as the core's labels (a kind, in a line of text, the stored
value); a desk's own verdict label is shown as written."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from claimdesk.core.domain.clusters import DEFAULT_LABELS, VerdictStatus
from claimdesk.core.domain.export_formats import NetworkKind
from claimdesk.core.domain.records import ClaimKind
from claimdesk.gui.kind_labels import (
    KIND_LABELS,
    KIND_WORDS,
    NETWORK_LABELS,
    STATUS_LABELS,
    kind_label,
    kind_word,
    network_label,
    status_label,
)
from claimdesk.gui.translations import install_translations, remove_translations


@pytest.fixture
def russian_catalogue(qapp: QApplication) -> Iterator[None]:
    install_translations("ru")
    yield
    remove_translations()


def test_every_kind_has_its_cores_english_name() -> None:
    assert set(KIND_LABELS) == set(KIND_WORDS) == {kind.value for kind in ClaimKind}
    for kind in ClaimKind:
        assert kind_label(kind.value) == KIND_LABELS[kind.value] == kind.label
        assert kind_word(kind.value) == kind.value


def test_a_kind_the_gui_does_not_know_is_shown_as_stored() -> None:
    assert kind_label("paraphrase") == kind_word("paraphrase") == "paraphrase"


def test_the_default_verdict_labels_and_the_networks_are_the_cores_words() -> None:
    assert {VerdictStatus(key): text for key, text in STATUS_LABELS.items()} == DEFAULT_LABELS
    for kind in NetworkKind:
        assert network_label(kind) == NETWORK_LABELS[kind.value] == kind.label


def test_a_desks_own_label_is_shown_as_written_and_a_default_one_translated(
    russian_catalogue: None,
) -> None:
    assert status_label("mostly_true", "Mostly true") == "Скорее правда"
    assert status_label("mostly_true", "Почти правда") == "Почти правда"  # renamed by the desk
    assert status_label("satire", "Satire") == "Satire"  # the desk's own status
