"""The GUI's names of claim kinds (gui/kind_labels.py) follow the core's kinds: in English the
same words as ``ClaimKind.label`` and, in a line of text, the stored value."""

from __future__ import annotations

from claimdesk.core.domain.records import ClaimKind
from claimdesk.gui.kind_labels import KIND_LABELS, KIND_WORDS, kind_label, kind_word


def test_every_kind_has_its_cores_english_name() -> None:
    assert set(KIND_LABELS) == set(KIND_WORDS) == {kind.value for kind in ClaimKind}
    for kind in ClaimKind:
        assert kind_label(kind.value) == KIND_LABELS[kind.value] == kind.label
        assert kind_word(kind.value) == kind.value


def test_a_kind_the_gui_does_not_know_is_shown_as_stored() -> None:
    assert kind_label("paraphrase") == kind_word("paraphrase") == "paraphrase"
