"""The confidence a suggestion is listed with is never above the one "Accept all ≥" compares:
a suggestion listed as 0.81 is always taken by "Accept all ≥ 0.81"."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Suggestion
from claimdesk.core.domain.values import confidence_text
from claimdesk.gui.suggestions_panel import SuggestionsPanel


def _suggestion(confidence: float) -> Suggestion:
    return Suggestion(
        start=0,
        end=10,
        text="Мы готовы к переговорам",
        kind="direct",
        confidence=confidence,
        speaker="Джейхун Байрамов",
        speaker_id=1,
        mention_start=20,
        mention_end=36,
        mention="Байрамов",
        reference="name",
        language="ru",
    )


def test_the_list_cuts_the_confidence_rather_than_rounding_it_up(qtbot: QtBot) -> None:
    panel = SuggestionsPanel()
    qtbot.addWidget(panel)
    panel.model.set_suggestions([_suggestion(0.8099), _suggestion(0.81), _suggestion(0.999)])
    shown = [panel.model.index(row).data() for row in range(3)]
    assert [text.split()[0] for text in shown] == ["0.80", "0.81", "0.99"]


def test_the_list_writes_a_confidence_as_the_interfaces_language_does(qtbot: QtBot) -> None:
    """In Russian 0,81, as the spin box of "Accept all ≥" beside the list writes it."""
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("ru_RU"))
        panel = SuggestionsPanel()
        qtbot.addWidget(panel)
        panel.model.set_suggestions([_suggestion(0.8099), _suggestion(0.999)])
        shown = [panel.model.index(row).data().split()[0] for row in range(2)]
        assert shown == ["0,80", "0,99"]
        assert panel.min_confidence.textFromValue(0.81) == "0,81"
    finally:
        QLocale.setDefault(before)


@given(st.floats(min_value=0.0, max_value=1.0))
def test_a_listed_confidence_is_never_above_the_real_one(confidence: float) -> None:
    listed = float(confidence_text(confidence))
    assert listed <= confidence + 1e-9
    assert confidence - listed < 0.01 + 1e-9


def test_a_quote_with_its_own_marks_is_listed_in_one_pair(qtbot: QtBot) -> None:
    """An indirect quote that begins with a quoted word was listed as ““либеральные…”: the
    list's own marks and the text's."""
    panel = SuggestionsPanel()
    qtbot.addWidget(panel)
    own = replace(_suggestion(0.9), text="“либеральные реформы” продолжатся", kind="indirect")
    whole = replace(_suggestion(0.9), text="«Мы готовы к переговорам»")
    panel.model.set_suggestions([own, whole])
    shown = [str(panel.model.index(row).data()) for row in range(2)]
    assert shown[0].endswith(": “либеральные реформы” продолжатся”")
    assert shown[1].endswith(": “Мы готовы к переговорам”")
