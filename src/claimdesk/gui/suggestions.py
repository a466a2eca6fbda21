"""Suggested attributions in the main window: a dashed underline in the reader, a list in the
"Suggested attributions" dock, and accepting (through undo, like any attribution) or rejecting
them from the keyboard.

Rejections are remembered per article in QSettings, under the SHA-256 of the article's text (so
they outlive a catalogue switch and a re-import of the same text, and need no table in the
catalogue): ``suggestions/rejected/<hash>`` holds the rejected spans as "start:end".
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QInputDialog, QMainWindow

from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.gui.actions import key_in_prose
from claimdesk.gui.context import WindowContext
from claimdesk.gui.keep_input import accepted
from claimdesk.gui.speaker_picker import Attribution, SpeakerPicker
from claimdesk.gui.suggestions_panel import SuggestionsPanel, shown_confidence
from claimdesk.gui.workers import LatestOnly

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Suggestion
    from claimdesk.gui.claim_actions import ClaimController
    from claimdesk.gui.reader import ArticleReader

# The suggestion engine (numpy, the matching modules, the language data) is imported where it is
# used: the main window is built and shown before the core is loaded (gui/startup.py).

log = logging.getLogger("claimdesk.gui")
SYNC_LIMIT = 12_000
"""Articles up to this many characters get their suggestions at once (a few tens of ms);
longer ones off the GUI thread."""
SHOW_ALL_KEY = "suggestions/show_all"
"""QSettings key: whether the less certain suggestions are listed too (remembered)."""
ASK_LIMIT = 200_000
"""Longer articles are read for suggestions only when the user asks: the reading holds Python's
interpreter lock for long stretches, which would stall the window even from another thread."""


class Rejections:
    """Rejected suggestions, per article text, in QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    @staticmethod
    def _key(text: str) -> str:
        from claimdesk.core.domain.article_text import text_hash  # noqa: PLC0415  (see the imports)

        return f"suggestions/rejected/{text_hash(text)}"

    def spans(self, text: str) -> set[tuple[int, int]]:
        value = self._settings.value(self._key(text))
        if value is None:
            return set()
        items = [value] if isinstance(value, str) else list(value)
        spans = set()
        for item in items:
            start, _, end = str(item).partition(":")
            if start.isdigit() and end.isdigit():
                spans.add((int(start), int(end)))
        return spans

    def add(self, text: str, start: int, end: int) -> None:
        spans = self.spans(text) | {(start, end)}
        self._settings.setValue(self._key(text), [f"{s}:{e}" for s, e in sorted(spans)])

    def clear(self, text: str) -> None:
        """Forget every suggestion rejected in the article ``text``."""
        self._settings.remove(self._key(text))

    def carry(self, old_text: str, new_text: str) -> None:
        """The article's text became ``new_text`` (a new version): what was rejected in
        ``old_text`` stays rejected where those words still stand (found as claims are, by
        their words and surroundings); the old text keeps its own, for an undo."""
        rejected = sorted(self.spans(old_text))
        if not rejected or old_text == new_text:
            return
        from claimdesk.core.domain.anchoring import anchor_all  # noqa: PLC0415  (see the imports)
        from claimdesk.core.domain.errors import ClaimDeskError  # noqa: PLC0415
        from claimdesk.core.domain.spans import make_span  # noqa: PLC0415

        spans = []
        for start, end in rejected:
            try:
                spans.append(make_span(old_text, start, end))
            except ClaimDeskError:
                continue  # a span that no longer fits the text it was kept for
        moved = {
            (a.start, a.end)
            for a in anchor_all(old_text, new_text, spans)
            if a.start is not None and a.end is not None
        }
        if moved:
            spans_now = self.spans(new_text) | moved
            self._settings.setValue(self._key(new_text), [f"{s}:{e}" for s, e in sorted(spans_now)])


class SuggestionsController(QObject):
    """Keeps the suggestions of the article in the reader current, and acts on them: accepting
    one attributes it through ``claims`` (as the user would). Its dock goes into ``window``."""

    def __init__(
        self,
        ctx: WindowContext,
        window: QMainWindow,
        *,
        reader: ArticleReader,
        claims: ClaimController,
    ) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.reader = reader
        self.claims = claims
        self.rejections = Rejections()
        self.panel = SuggestionsPanel(window)
        self.dock = QDockWidget(self.tr("Suggested attributions"), window)
        self.dock.setObjectName("suggestionsDock")
        self.dock.setWidget(self.panel)
        self.parent_window = window
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self._shown_for: tuple[object, ...] | None = None
        reader.claims_shown.connect(self._on_claims_shown)
        reader.enter_pressed.connect(self._on_enter_in_reader)
        self.panel.current_changed.connect(self._show_current)
        self.panel.accept_requested.connect(self.accept_current)
        self.panel.reject_requested.connect(self.reject_current)
        self.panel.restore_requested.connect(self.restore_rejected)
        self.panel.accept_all_requested.connect(self.accept_all)
        self.search = LatestOnly(self)
        self.search.results.connect(self._on_found)
        self.search.failed.connect(self._on_failed)
        self._asked_for: tuple[int, str] | None = None
        self._wanted_row: int | None = None
        self._look_asked_for: tuple[int, str] | None = None
        self.panel.look_requested.connect(self.look_for_suggestions)
        self._found: list[Suggestion] = []
        """The article's suggestions less the rejected ones, shown or not."""
        self._found_in = ""
        """The text of the article they were found in."""
        self.panel.show_all.setChecked(bool(QSettings().value(SHOW_ALL_KEY, False, type=bool)))
        self.panel.show_all.toggled.connect(self._on_show_all)
        claims.suggestion_for = self.for_span
        """The row to make current when the next list arrives (after accepting or rejecting)."""

    @property
    def suggestions(self) -> list[Suggestion]:
        return self.panel.model.suggestions

    def for_span(self, start: int, end: int) -> Suggestion | None:
        """The suggestion whose speaker the picker proposes for the span ``start``–``end`` of
        the article in the reader (:func:`claimdesk.core.suggest.proposal_for_span`, as sure
        as the suggestions listed by default); None while the article's are being looked for."""
        if self._found_in != self.reader.positions.text or not self._found:
            return None  # another article's (this one's are still being looked for)
        from claimdesk.core.catalogue import (  # noqa: PLC0415  (see the imports)
            proposal_for_span,
            suggestion_min_confidence,
        )

        least = suggestion_min_confidence(self._found[0].language)
        return proposal_for_span(self._found, start, end, least)

    def _on_claims_shown(self) -> None:
        # the live view reloads claims when colleagues edit: look again only if ours changed
        reader = self.reader
        state = (
            id(self.ctx.catalogue) if reader.article_id is not None else None,
            reader.article_id,
            reader.positions.text,
            tuple((c.start, c.end) for c in reader.claims),
        )
        if state != self._shown_for:
            shown_before = self._shown_for
            if (
                shown_before is not None
                and shown_before[:2] == state[:2]
                and state[1] is not None
                and shown_before[2] != state[2]
            ):  # the same article in a new version: its rejections come along
                self.rejections.carry(str(shown_before[2]), reader.positions.text)
            self._shown_for = state
            self.refresh()
        else:
            reader.set_suggestions([(s.start, s.end) for s in self.suggestions])

    def refresh(self) -> None:
        """Suggestions for the article in the reader, less those rejected or already claims.
        A long article is read off the GUI thread (the window stays responsive; the list fills
        when they are found); a usual one at once."""
        reader = self.reader
        article_id = reader.article_id
        if article_id is None:
            self.search.cancel()
            self._show([])
            return
        from claimdesk.core.catalogue import suggestions_ready_at_once  # noqa: PLC0415

        catalogue = self.ctx.catalogue
        length = len(reader.positions.text)
        asked = self._look_asked_for == (article_id, reader.positions.text)
        if length > ASK_LIMIT and not asked:
            self.search.cancel()
            reader.set_suggestions([])
            self.panel.offer_to_look(length)
            return
        if length <= SYNC_LIMIT and suggestions_ready_at_once(reader.positions.text):
            self.search.cancel()
            found = self.ctx.try_reporting(lambda: catalogue.pending_suggestions(article_id))
            self._show(found or [])
            return
        self._asked_for = (article_id, reader.positions.text)
        # a long article, or the first Russian one of the session (its parser loads, ~1 s)
        self.panel.show_busy()
        self.search.request(lambda: catalogue.pending_suggestions(article_id))

    def look_for_suggestions(self) -> None:
        """The user asked for the suggestions of a long article (and of its later versions in
        this session, as claims are added)."""
        reader = self.reader
        if reader.article_id is not None:
            self._look_asked_for = (reader.article_id, reader.positions.text)
            self.refresh()

    def _on_found(self, found: object) -> None:
        reader = self.reader
        if self._asked_for != (reader.article_id, reader.positions.text):
            return  # another article is shown by now: its own request is on its way
        assert isinstance(found, list)
        self._show(found)

    def _on_failed(self, message: str) -> None:
        self.panel.set_suggestions([])
        self.ctx.status(self.tr("No suggestions: {reason}").format(reason=message), 8000)

    def _show(self, found: list[Suggestion]) -> None:
        """List ``found`` less the rejected ones; the less certain ones only with Show all."""
        reader = self.reader
        if found:  # the least confidence shown by default is the article language's
            from claimdesk.core.catalogue import suggestion_min_confidence  # noqa: PLC0415  (see the imports)

            least = suggestion_min_confidence(found[0].language)
            self.panel.set_default_min_confidence(least)
            rejected = self.rejections.spans(reader.positions.text)
        else:  # (no article: nothing is read, not even the core, which may not be loaded yet)
            least, rejected = 0.0, set()
        self._found = [s for s in found if (s.start, s.end) not in rejected]
        self._found_in = reader.positions.text
        shown = self._found
        if not self.panel.show_all.isChecked():
            shown = [s for s in shown if s.confidence >= least]
        row = self._wanted_row if self._wanted_row is not None else self.panel.current_row()
        # after an accept or a reject the next suggestion is selected in the text (Enter
        # accepts it); after any other change the row comes back current without moving the
        # text: in a long article, attributing a span in the middle jumped the reader back to
        # the suggestion current near the top
        quiet = self._wanted_row is None
        self._wanted_row = None
        selection = self.panel.list.selectionModel()
        self.panel.list.blockSignals(True)
        selection.blockSignals(quiet)
        try:
            self.panel.set_suggestions(
                shown,
                row=min(row, len(shown) - 1),
                hidden=len(self._found) - len(shown),
                rejected=len(found) - len(self._found),
            )
        finally:
            selection.blockSignals(False)
            self.panel.list.blockSignals(False)
        reader.set_suggestions([(s.start, s.end) for s in shown])

    def _on_show_all(self, checked: bool) -> None:
        QSettings().setValue(SHOW_ALL_KEY, checked)
        self._show(self._found)

    def _show_current(self, row: int) -> None:
        if 0 <= row < len(self.suggestions):
            s = self.suggestions[row]
            self.claims.forget_claim_to_move()  # the selection is the suggestion, not a move
            self.reader.select_span(s.start, s.end)

    def go(self, step: int) -> None:
        """Make the next (``step`` 1) or previous (-1) suggestion current, wrapping around."""
        if not self.suggestions:
            self.ctx.status(self.tr("No suggestions in this article."), 5000)
            return
        self.dock.show()
        self.dock.raise_()
        row = self.panel.current_row()
        row = (row + step) % len(self.suggestions) if row >= 0 else 0
        self.panel.set_current_row(row)
        self._show_current(row)
        self.panel.list.setFocus()

    # -- accepting and rejecting ----------------------------------------------------------------

    def _on_enter_in_reader(self) -> None:
        """Enter in the text accepts the current suggestion while its span is what the text
        has selected (the list shows it current as the article opens, and says Enter accepts);
        with any other selection it says how to attribute that."""
        s = self.panel.current()
        if s is not None and self.reader.selected_span(snap=False) == (s.start, s.end):
            self.accept_current()
        elif self.reader.selected_span(snap=False) is not None:
            self.ctx.status(
                self.tr("Press {key} to attribute the selected text.").format(
                    key=key_in_prose("attribute")
                ),
                5000,
            )

    def accept_current(self) -> None:
        """Attribute the current suggestion: to its speaker when the catalogue knows them,
        else through the speaker picker with the proposed name filled in."""
        s = self.panel.current()
        if s is None:
            return
        row = self.panel.current_row()
        attribution = self._known_attribution(s)
        picker = None
        if attribution is None:
            picker = SpeakerPicker(self.ctx.catalogue, s.text, self.parent_window, kind=s.kind)
            picker.setObjectName("speakerPicker")
            if s.speaker and not s.speaker_unknown:  # "Они" is for the reader to name
                picker.propose(s.speaker, s.role)
        self.reader.select_span(s.start, s.end)
        # snapped as a selection is: a quotation mark with no partner in the span goes
        self.claims.attribute_selection(snap=True, attribution=attribution, picker=picker)
        # the next suggestion current and selected in the text, once the claim is in (the
        # list was refreshed as it was stored, quietly)
        self._wanted_row = row
        self.refresh()
        self.panel.list.setFocus()

    def _known_attribution(self, s: Suggestion) -> Attribution | None:
        if s.speaker_unknown:
            return None  # the reader names who "Они" are, in the picker
        speaker_id = s.speaker_id
        if speaker_id is None and s.speaker:
            known = self.ctx.try_reporting(lambda: self.ctx.catalogue.find_speaker(s.speaker))
            speaker_id = known.id if known is not None else None
        return Attribution(speaker_id=speaker_id, kind=s.kind) if speaker_id is not None else None

    def reject_current(self) -> None:
        s = self.panel.current()
        if s is None:
            return
        row = self.panel.current_row()
        self.rejections.add(self.reader.positions.text, s.start, s.end)
        self._wanted_row = row
        self.refresh()
        self.ctx.status(
            self.tr("Suggestion rejected (“Bring back” under the list lists it again)."), 5000
        )

    def restore_rejected(self) -> None:
        """List again the suggestions rejected in this article (rejecting is not a catalogue
        edit, so Edit › Undo does not bring one back: this does)."""
        self.rejections.clear(self.reader.positions.text)
        self.refresh()
        self.panel.list.setFocus()
        self.ctx.status(self.tr("The rejected suggestions are listed again."), 5000)

    def accept_all(self, min_confidence: float) -> int:
        """Accept every suggestion with a speaker at or above ``min_confidence`` as one undo
        step ("Accept 12 suggestions"; new speakers are made as needed, and that undo removes
        them too); returns how many were stored."""
        article_id = self.reader.article_id
        if article_id is None:
            return 0
        shown = list(self.suggestions)
        rejected = self.rejections.spans(self.reader.positions.text)
        # without Show all, those below the language's default are not listed: not taken
        least = (
            min_confidence
            if self.panel.show_all.isChecked()
            else max(min_confidence, self.panel.default_min_confidence)
        )
        stored = 0
        if any(s.confidence >= least and s.acceptable_unseen for s in shown):
            # those shown first, then any that storing them brings up to the confidence (their
            # speaker is in the catalogue now): one click leaves none at or above it
            # all the article's suggestions as last found (not only those listed: one hidden
            # below the default may be the one a new speaker brings up to it), when they are
            # this text's; else the catalogue looks for them
            text = self.reader.positions.text
            first = list(self._found) if self._found_in == text else None
            try:
                claims = self.ctx.undo_stack.run(
                    lambda: self.ctx.catalogue.accept_suggestions_at_least(
                        article_id, least, first=first, leave_out=rejected
                    )
                )
            except ClaimDeskError as error:
                self.ctx.report_error(error)  # nothing was stored
            else:
                stored = len(claims)
        self.refresh()
        # the button pressed is disabled now there is nothing left to accept, and Qt gives the
        # focus to the threshold box next to it, whose own undo then took Ctrl+Z: the list, or
        # the reader when the list is empty, takes it instead
        (self.panel.list if self.panel.model.rowCount() else self.reader).setFocus()
        said = self.tr("Accepted %Ln suggestion(s) with confidence ≥ {confidence}.", "", stored)
        self.ctx.status(said.format(confidence=shown_confidence(min_confidence)), 5000)
        return stored

    def accept_suggestions_above(self, min_confidence: float | None = None) -> int:
        """Claim › Accept all suggestions above…: the article's suggestions at or above a
        confidence (asked when not given), as one undo step; returns how many were stored."""
        if min_confidence is None:
            dialog = QInputDialog(self.parent_window)
            dialog.setObjectName("acceptSuggestionsDialog")
            dialog.setWindowTitle(self.tr("Accept suggestions"))
            dialog.setLabelText(self.tr("Accept every suggestion with confidence at least:"))
            dialog.setInputMode(QInputDialog.InputMode.DoubleInput)
            dialog.setDoubleRange(0.0, 1.0)
            dialog.setDoubleDecimals(2)
            dialog.setDoubleStep(0.05)
            dialog.setDoubleValue(self.panel.min_confidence.value())
            chosen = accepted(dialog)
            min_confidence = dialog.doubleValue()
            dialog.deleteLater()
            if not chosen:
                return 0
        return self.accept_all(min_confidence)
