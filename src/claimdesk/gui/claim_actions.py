"""Main-window actions on claims: attribute a selection, edit, re-attribute, delete and link
claims, keep the reader and the claims panel in step, and look up similar claims off the GUI
thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu

from claimdesk.core.domain.errors import ClaimDeskError, ServerUnavailableError
from claimdesk.core.domain.records import ClaimInfo, SpeakerInfo
from claimdesk.core.domain.spans import guess_kind
from claimdesk.gui.actions import NATIVE, WindowActions
from claimdesk.gui.keep_input import accepted
from claimdesk.gui.speaker_picker import Attribution, SpeakerPicker
from claimdesk.gui.suggestions import SuggestionsController
from claimdesk.gui.window_parts import WindowParts

log = logging.getLogger("claimdesk.gui")


class ClaimActions(WindowParts):
    """Mixed into MainWindow: everything done to claims from the reader and panels."""

    suggestions: SuggestionsController  # provided by MainWindow
    actions_: WindowActions  # provided by MainWindow
    _claim_to_move: int | None = None
    """The claim chosen last (its highlight or its row). Selecting text un-chooses it in the
    claims panel but not here, so Move claim here can give it the new selection."""

    def make_speaker_picker(self, start: int, end: int) -> SpeakerPicker:
        """The picker for a span: the speaker mentioned last before it comes first; failing
        that, the speaker of an almost certainly identical claim elsewhere in the catalogue."""
        article_id = self.reader.article_id or 0
        text = self.reader.positions.text
        hint = ""
        try:
            suggested = self.catalogue.suggest_speaker(article_id, start)
            if suggested is None:
                suggested, hint = self._speaker_of_same_claim(text[start:end], article_id)
        except ServerUnavailableError as error:
            # only a convenience: the picker opens without it, and says why matches are missing
            self.note_server_lost(error)
            suggested = None
        except ClaimDeskError as error:
            self.report_error(error)
            suggested = None
        return SpeakerPicker(
            self.catalogue,
            text[start:end],
            self,
            suggested=suggested,
            kind=guess_kind(text, start, end).value,
            hint=hint,
        )

    def _speaker_of_same_claim(self, quote: str, article_id: int) -> tuple[SpeakerInfo | None, str]:
        """The speaker of the best "almost certain" similar claim in another article, with a
        note saying where they said it; (None, "") if there is none. Asked only of an index that
        is ready (built at start-up off the GUI thread): a search then takes milliseconds."""
        if not self._claim_index_ready():
            return None, ""
        for found in self.catalogue.similar_claims(quote, 5, exclude_article_id=article_id):
            if not found.certain:
                break  # the almost certain ones come first
            if found.claim.speaker_id is not None:
                speaker = self.catalogue.get_speaker(found.claim.speaker_id)
                where = found.claim.article_title or found.claim.outlet or "another article"
                return speaker, f"Suggested: {speaker.name} said the same in «{where}»."
        return None, ""

    def _claim_index_ready(self) -> bool:
        """Whether claims can be searched at once: this desk's index is built, or the team
        server's is ready (never build one here, on the GUI thread)."""
        if self.catalogue.index.claims_ready:
            return True
        server = self.catalogue.server_index
        if server is None:
            return False
        from claimdesk.core.catalogue import storage_errors  # noqa: PLC0415  (the core is loaded)

        with storage_errors(self.catalogue.location):
            return server.state() == "ready"

    def attribute_selection(
        self,
        *,
        snap: bool | None = None,
        attribution: Attribution | None = None,
        picker: SpeakerPicker | None = None,
    ) -> ClaimInfo | None:
        """Attribute the reader's selection: ask the speaker picker (``picker``, or a new one)
        unless ``attribution`` is given; the span snaps to words unless ``snap`` is False or Alt
        was held. If the team server cannot be reached, the picker opens again with what the
        user chose in it, to try again or cancel."""
        article_id = self.reader.article_id
        span = self.reader.selected_span(snap=snap)
        if article_id is None or span is None:
            self.statusBar().showMessage("Select a quote in the article first.", 5000)
            return None
        start, end = span

        def save(chosen: Attribution) -> ClaimInfo:
            return self.catalogue.attribute_span(
                article_id,
                start,
                end,
                chosen.speaker_id,
                kind=chosen.kind,
                tags=chosen.tags,
                note=chosen.note,
                new_speaker=chosen.new_speaker,
                new_speaker_role=chosen.new_speaker_role,
                new_speaker_organisation=chosen.new_speaker_organisation,
            )

        claim: ClaimInfo | None
        if attribution is not None:
            claim = self.try_reporting(lambda: self.undo_stack.run(lambda: save(attribution)))
        else:
            shown = picker or self.make_speaker_picker(start, end)
            claim = self.save_keeping_input(
                lambda: shown.attribution() if accepted(shown) else None,
                save,
                shown.show_problem,
            )
        if claim is not None:
            self.claims_panel.select_claim(claim.id)
            who = claim.speaker_name or "nobody (unattributed)"
            self.statusBar().showMessage(f"Attributed to {who}.", 5000)
        return claim

    def accept_suggestions_above(self, min_confidence: float | None = None) -> int:
        """Accept the article's suggestions at or above a confidence (asked when not given)."""
        if min_confidence is None:
            dialog = QInputDialog(self)
            dialog.setObjectName("acceptSuggestionsDialog")
            dialog.setWindowTitle("Accept suggestions")
            dialog.setLabelText("Accept every suggestion with confidence at least:")
            dialog.setInputMode(QInputDialog.InputMode.DoubleInput)
            dialog.setDoubleRange(0.0, 1.0)
            dialog.setDoubleDecimals(2)
            dialog.setDoubleStep(0.05)
            dialog.setDoubleValue(self.suggestions.panel.min_confidence.value())
            chosen = accepted(dialog)
            min_confidence = dialog.doubleValue()
            dialog.deleteLater()
            if not chosen:
                return 0
        return self.suggestions.accept_all(min_confidence)

    def _current_claim(self) -> ClaimInfo | None:
        claim_id = self.claims_panel.current_claim_id()
        if claim_id is None:
            self.statusBar().showMessage("Choose a claim in the claims panel first.", 5000)
            return None
        found: ClaimInfo | None = self.try_reporting(lambda: self.catalogue.get_claim(claim_id))
        return found

    def edit_claim(self, claim_id: int | None = None, *, speaker_only: bool = False) -> None:
        claim = self.try_reporting(lambda: self.catalogue.get_claim(claim_id)) if claim_id else None
        claim = claim or self._current_claim()
        if claim is None:
            return
        speaker = (
            self.try_reporting(lambda: self.catalogue.get_speaker(claim.speaker_id or 0))
            if claim.speaker_id is not None
            else None
        )
        picker = SpeakerPicker(
            self.catalogue,
            claim.quote,
            self,
            suggested=speaker,
            kind=claim.kind,
            tags=claim.tags,
            note=claim.note,
            speaker_only=speaker_only,
            title="Re-attribute" if speaker_only else "Edit claim",
        )
        self.save_keeping_input(
            lambda: picker.attribution() if accepted(picker) else None,
            lambda chosen: self.catalogue.update_claim(
                claim.id, expected_version=claim.version, **claim_edit(chosen, speaker_only)
            ),
            picker.show_problem,
        )

    def reattribute_claim(self) -> None:
        self.edit_claim(speaker_only=True)

    def apply_claim_edit(
        self, claim: ClaimInfo, chosen: Attribution, *, speaker_only: bool = False
    ) -> None:
        """Change a claim's speaker (creating one if needed), and kind, tags and note, as one
        undo step."""
        fields = claim_edit(chosen, speaker_only)
        self.try_reporting(
            lambda: self.undo_stack.run(
                # the version shown: a colleague's change since then is a conflict, not overwritten
                lambda: self.catalogue.update_claim(
                    claim.id, expected_version=claim.version, **fields
                )
            )
        )

    def forget_claim_to_move(self) -> None:
        """A span is chosen for another purpose (the next suggestion): no claim waits for a new
        span, so no "select the new span" hint follows."""
        self._claim_to_move = None

    def move_claim_here(self) -> ClaimInfo | None:
        """Give the claim chosen last the reader's selection as its span (snapped to words unless
        Alt was held), as one undo step; its speaker, kind, tags, note and links stay."""
        claim = self._claim_shown(self._claim_to_move)
        if claim is None:
            self.statusBar().showMessage(
                "Choose the claim to move (click its highlight or its row), select its new "
                "span, then press Ctrl+Shift+Enter.",
                8000,
            )
            return None
        span = self.reader.selected_span()
        if span is None or span == (claim.start, claim.end):
            self.statusBar().showMessage(_move_hint(claim), 8000)
            return None
        start, end = span
        moved: ClaimInfo | None = self.try_reporting(
            lambda: self.undo_stack.run(
                # the version shown: a colleague's change since then is a conflict
                lambda: self.catalogue.move_claim(
                    claim.id, start, end, expected_version=claim.version
                )
            )
        )
        if moved is not None:
            self.claims_panel.select_claim(moved.id)
            self.statusBar().showMessage(f"Moved the claim to “{_short(moved.quote)}”.", 5000)
        return moved

    def _claim_shown(self, claim_id: int | None) -> ClaimInfo | None:
        """The claim of that id if it is one of the article in the reader (as shown now)."""
        return next((c for c in self.reader.claims if c.id == claim_id), None)

    def fill_reader_menu(self, menu: QMenu, claims: list[ClaimInfo]) -> None:
        """The reader's right-click menu: attribute the selection or move the chosen claim to
        it, and edit, re-attribute or delete the claim under the mouse (``claims``, innermost
        first), above the reader's own Copy and Select All."""
        selected = self.reader.textCursor().hasSelection() and self.reader.article_id is not None
        to_move = self._claim_shown(self._claim_to_move)
        entries: list[QAction | None] = [
            self._menu_action(menu, self.actions_.attribute, self.attribute_selection, selected),
            self._menu_action(
                menu,
                self.actions_.move_claim,
                self.move_claim_here,
                selected and to_move is not None,
                f"&Move “{_short(to_move.quote, 30)}” here" if to_move is not None else "",
            ),
        ]
        if claims:
            claim_id = claims[0].id
            quote = _short(claims[0].quote, 30)
            entries += [
                None,
                self._menu_action(
                    menu,
                    self.actions_.edit_claim,
                    lambda: self.edit_claim(claim_id),
                    text=f"&Edit claim “{quote}”…",
                ),
                self._menu_action(
                    menu,
                    self.actions_.reattribute,
                    lambda: self.edit_claim(claim_id, speaker_only=True),
                    text=f"&Re-attribute “{quote}”…",
                ),
                self._menu_action(
                    menu,
                    self.actions_.delete_claims,
                    lambda: self.delete_claims([claim_id]),
                    text=f"&Delete claim “{quote}”",
                ),
            ]
        standard = menu.actions()
        ours = [entry or _separator(menu) for entry in entries]
        if standard:
            menu.insertActions(standard[0], [*ours, _separator(menu)])
        else:
            menu.addActions(ours)

    @staticmethod
    def _menu_action(
        menu: QMenu,
        like: QAction,
        run: Callable[[], object],
        enabled: bool = True,
        text: str = "",
    ) -> QAction:
        """An entry of a right-click menu that does ``run``, worded and keyed like ``like``."""
        action = QAction(text or like.text(), menu)
        action.setObjectName(like.objectName().replace("action", "menuAction", 1))
        keys = like.shortcut()
        if not keys.isEmpty():
            # shown, not bound: the window's own action has the key
            action.setText(f"{action.text()}\t{keys.toString(NATIVE)}")
        action.setEnabled(enabled)
        action.triggered.connect(lambda _checked=False: run())
        return action

    def delete_selected_claims(self) -> None:
        self.delete_claims(self.claims_panel.selected_claim_ids())

    def delete_claims(self, claim_ids: list[int]) -> None:
        if claim_ids:
            self.try_reporting(
                lambda: self.undo_stack.run(lambda: self.catalogue.delete_claims(claim_ids))
            )

    def link_same_claim(self, other_id: int | None = None) -> None:
        claim_id = self.claims_panel.current_claim_id()
        other_id = other_id or self.similar_panel.selected_claim_id()
        if claim_id is None or other_id is None:
            self.statusBar().showMessage(
                "Choose a claim here and a similar claim to link them.", 5000
            )
            return
        link = self.try_reporting(
            lambda: self.undo_stack.run(
                lambda: self.catalogue.link_claims(claim_id, other_id, "same")
            )
        )
        if link is not None:
            self.statusBar().showMessage("Linked as the same claim.", 5000)

    # -- selection sync and similar claims ----------------------------------------------------

    def _on_claim_clicked(self, claim_id: int) -> None:
        self.claims_panel.select_claim(claim_id)

    def _on_claim_selected(self, claim_id: int) -> None:
        self._update_actions()
        claim = next((c for c in self.reader.claims if c.id == claim_id), None)
        if claim is None:
            self.similar_panel.set_can_link(False)
            self.similar_panel.set_linked(())
            return
        self.similar_panel.set_linked(claim.linked_claim_ids)
        self._claim_to_move = claim.id
        self._syncing = True
        try:
            self.reader.select_span(claim.start, claim.end)
        finally:
            self._syncing = False
        self.similar_panel.set_can_link(True)
        self.request_similar(claim.quote)

    def _on_span_selected(self, text: str) -> None:
        if self._syncing:
            return
        # a fresh selection is not the chosen claim any more
        if self.claims_panel.current_claim_id() is not None:
            self.claims_panel.select_claim(None, emit=False)
            self.similar_panel.set_can_link(False)
            self.similar_panel.set_linked(())
            self._update_actions()
            to_move = self._claim_shown(self._claim_to_move)
            if to_move is not None:
                self.statusBar().showMessage(_move_hint(to_move), 8000)
        self.request_similar(text)

    def request_similar(self, text: str) -> None:
        self._similar_text = text
        self._similar_timer.start()

    def _search_similar(self) -> None:
        self.similar_search.search(self._similar_text, self.reader.article_id)


def claim_edit(chosen: Attribution, speaker_only: bool) -> dict[str, Any]:
    """``Catalogue.update_claim`` keywords for what the picker was accepted with."""
    fields: dict[str, Any] = {}
    if not speaker_only:
        fields = {"kind": chosen.kind, "tags": chosen.tags, "note": chosen.note}
    if chosen.new_speaker is not None:
        fields.update(
            new_speaker=chosen.new_speaker,
            new_speaker_role=chosen.new_speaker_role,
            new_speaker_organisation=chosen.new_speaker_organisation,
        )
    else:
        fields["speaker_id"] = chosen.speaker_id
    return fields


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _separator(menu: QMenu) -> QAction:
    separator = QAction(menu)
    separator.setSeparator(True)
    return separator


def _move_hint(claim: ClaimInfo) -> str:
    return f"Select the new span for “{_short(claim.quote)}” and press Ctrl+Shift+Enter."
