"""The main window's claim controller: attribute a selection, edit, re-attribute, move, delete and
link claims, keep the reader and the claims panel in step, and look up similar claims off the
GUI thread. It works through a :class:`~claimdesk.gui.context.WindowContext` and the widgets it
is given.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from claimdesk.core.domain.errors import ClaimDeskError, ServerUnavailableError
from claimdesk.core.domain.messages import shorten
from claimdesk.core.domain.records import AnchorState, ClaimInfo, SpeakerInfo
from claimdesk.core.domain.spans import guess_kind
from claimdesk.gui.actions import ActionDef, action_def, key_in_prose, keys_text
from claimdesk.gui.context import WindowContext
from claimdesk.gui.keep_input import accepted
from claimdesk.gui.speaker_picker import Attribution, SpeakerPicker
from claimdesk.gui.translations import PLURAL, translate
from claimdesk.gui.workers import SimilarClaimsSearch

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Suggestion
    from claimdesk.gui.claims_panel import ClaimsPanel
    from claimdesk.gui.reader import ArticleReader
    from claimdesk.gui.similar_panel import SimilarClaimsPanel

log = logging.getLogger("claimdesk.gui")
SIMILAR_DELAY_MS = 250
"""How long a selection rests before its similar claims are looked up."""


def deleted_claims_note(count: int) -> str:
    """The status bar's note once claims are deleted, with the way back (the claims panel's
    Delete and the Catalogue tab's say the same)."""
    # no comma after the count: lupdate skips a plural call that ends in one
    said = translate("ClaimController", "Deleted %Ln claim(s). Edit › Undo ({key}) brings "
                     "them back.", None, PLURAL, count)  # fmt: skip
    return said.format(key=key_in_prose("undo"))


class ClaimController(QObject):
    """Everything done to claims from the reader and the claims and similar-claims panels."""

    chosen_changed = Signal()
    """A claim was chosen, or the choice dropped: what the actions need may have changed."""

    def __init__(
        self,
        ctx: WindowContext,
        *,
        reader: ArticleReader,
        claims_panel: ClaimsPanel,
        similar_panel: SimilarClaimsPanel,
    ) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.reader = reader
        self.claims_panel = claims_panel
        self.similar_panel = similar_panel
        self.suggestion_for: Callable[[int, int], Suggestion | None] | None = None
        """The article's suggested attribution for about a span, if any (set by the suggestions
        controller): the speaker the picker proposes first."""
        self._claim_to_move: int | None = None
        """The claim chosen last (its highlight or its row). Selecting text un-chooses it in the
        claims panel but not here, so Move claim here can give it the new selection."""
        self._syncing = False
        self.similar_search: SimilarClaimsSearch | None = None
        self._similar_timer = QTimer(self)
        self._similar_timer.setSingleShot(True)
        self._similar_timer.setInterval(SIMILAR_DELAY_MS)
        self._similar_timer.timeout.connect(self._search_similar)
        self._similar_text = ""
        reader.span_selected.connect(self._on_span_selected)
        reader.claim_clicked.connect(self._on_claim_clicked)
        reader.menu_requested.connect(self.fill_reader_menu)
        claims_panel.claim_selected.connect(self._on_claim_selected)
        claims_panel.delete_requested.connect(self.delete_claims)
        claims_panel.edit_requested.connect(self.edit_claim)
        similar_panel.link_requested.connect(self.link_same_claim)

    def attach_catalogue(self) -> None:
        """The context has a catalogue (the first, or one switched to): similar claims are
        looked up in it."""
        self.stop_searching()
        search = SimilarClaimsSearch(self.ctx.catalogue, self)
        search.results.connect(self.similar_panel.set_results)
        search.failed.connect(self.similar_panel.show_message)
        search.busy_changed.connect(self.similar_panel.set_busy)
        self.similar_search = search

    def stop_searching(self) -> None:
        """Cancel a look-up under way and wait for it (the catalogue closes or changes)."""
        search, self.similar_search = self.similar_search, None
        if search is not None:
            search.cancel()
            search.wait()
            search.deleteLater()

    def make_speaker_picker(self, start: int, end: int) -> SpeakerPicker:
        """The picker for a span, its speaker proposed: the one the article's suggested
        attribution for the span names (known to the catalogue or new); failing that, the
        known speaker mentioned last before it; failing that, the speaker of an almost
        certainly identical claim elsewhere in the catalogue."""
        article_id = self.reader.article_id or 0
        text = self.reader.positions.text
        hint = ""
        suggestion = self.suggestion_for(start, end) if self.suggestion_for else None
        suggested: SpeakerInfo | None = None
        try:
            if suggestion is not None and suggestion.speaker_id is not None:
                suggested = self.ctx.catalogue.get_speaker(suggestion.speaker_id)
            elif suggestion is not None:
                suggested = self.ctx.catalogue.find_speaker(suggestion.speaker)
            if suggested is None and suggestion is None:
                suggested = self.ctx.catalogue.suggest_speaker(article_id, start)
            if suggested is None and suggestion is None:
                suggested, hint = self._speaker_of_same_claim(text[start:end], article_id)
        except ServerUnavailableError as error:
            # only a convenience: the picker opens without it, and says why matches are missing
            self.ctx.note_server_lost(error)
            suggested = None
        except ClaimDeskError as error:
            self.ctx.report_error(error)
            suggested = None
        picker = SpeakerPicker(
            self.ctx.catalogue,
            text[start:end],
            self.ctx.parent_widget,
            suggested=suggested,
            kind=guess_kind(text, start, end).value,
            hint=hint,
        )
        if suggestion is not None and suggested is None:  # someone the catalogue lacks
            picker.propose(suggestion.speaker, suggestion.role)
        return picker

    def _speaker_of_same_claim(self, quote: str, article_id: int) -> tuple[SpeakerInfo | None, str]:
        """The speaker of the best "almost certain" similar claim in another article, with a
        note saying where they said it; (None, "") if there is none. Asked only of an index that
        is ready (built at start-up off the GUI thread): a search then takes milliseconds."""
        if not self._claim_index_ready():
            return None, ""
        for found in self.ctx.catalogue.similar_claims(quote, 5, exclude_article_id=article_id):
            if not found.certain:
                break  # the almost certain ones come first
            if found.claim.speaker_id is not None:
                speaker = self.ctx.catalogue.get_speaker(found.claim.speaker_id)
                where = found.claim.article_title or found.claim.outlet
                if not where:
                    said = self.tr("Suggested: {name} said the same in another article.")
                    return speaker, said.format(name=speaker.name)
                said = self.tr("Suggested: {name} said the same in «{where}».")
                return speaker, said.format(name=speaker.name, where=where)
        return None, ""

    def _claim_index_ready(self) -> bool:
        """Whether claims can be searched at once: this desk's index is built, or the team
        server's is ready (never build one here, on the GUI thread)."""
        if self.ctx.catalogue.index.claims_ready:
            return True
        server = self.ctx.catalogue.server_index
        if server is None:
            return False
        from claimdesk.core.catalogue import storage_errors  # noqa: PLC0415  (the core is loaded)

        with storage_errors(self.ctx.catalogue.location):
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
            self.ctx.status(self.tr("Select a quote in the article first."), 5000)
            return None
        start, end = span

        def save(chosen: Attribution) -> ClaimInfo:
            return self.ctx.catalogue.attribute_span(
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
            claim = self.ctx.try_reporting(
                lambda: self.ctx.undo_stack.run(lambda: save(attribution))
            )
        else:
            shown = picker or self.make_speaker_picker(start, end)
            claim = self.ctx.save_keeping_input(
                lambda: shown.attribution() if accepted(shown) else None,
                save,
                shown.show_problem,
            )
        if claim is not None:
            self.claims_panel.select_claim(claim.id)
            if claim.speaker_name:
                said = self.tr("Attributed to {name}.").format(name=claim.speaker_name)
            else:
                said = self.tr("Attributed to nobody (unattributed).")
            self.ctx.status(said, 5000)
        return claim

    def _current_claim(self) -> ClaimInfo | None:
        claim_id = self.claims_panel.current_claim_id()
        if claim_id is None:
            self.ctx.status(self.tr("Choose a claim in the claims panel first."), 5000)
            return None
        found: ClaimInfo | None = self.ctx.try_reporting(
            lambda: self.ctx.catalogue.get_claim(claim_id)
        )
        return found

    def edit_claim(self, claim_id: int | None = None, *, speaker_only: bool = False) -> None:
        claim = (
            self.ctx.try_reporting(lambda: self.ctx.catalogue.get_claim(claim_id))
            if claim_id
            else None
        )
        claim = claim or self._current_claim()
        if claim is None:
            return
        speaker = (
            self.ctx.try_reporting(lambda: self.ctx.catalogue.get_speaker(claim.speaker_id or 0))
            if claim.speaker_id is not None
            else None
        )
        picker = SpeakerPicker(
            self.ctx.catalogue,
            claim.quote,
            self.ctx.parent_widget,
            suggested=speaker,
            kind=claim.kind,
            tags=claim.tags,
            note=claim.note,
            speaker_only=speaker_only,
            title=self.tr("Re-attribute") if speaker_only else self.tr("Edit claim"),
        )
        self.ctx.save_keeping_input(
            lambda: picker.attribution() if accepted(picker) else None,
            lambda chosen: self.ctx.catalogue.update_claim(
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
        self.ctx.try_reporting(
            lambda: self.ctx.undo_stack.run(
                # the version shown: a colleague's change since then is a conflict, not overwritten
                lambda: self.ctx.catalogue.update_claim(
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
            self.ctx.status(
                self.tr(
                    "Choose the claim to move (click its highlight or its row), select its new "
                    "span, then press {key}."
                ).format(key=_move_key()),
                8000,
            )
            return None
        span = self.reader.selected_span()
        orphaned = claim.anchor_state == AnchorState.ORPHANED
        # an orphan's old span is in an earlier text: any selection is a new place for it
        if span is None or (not orphaned and span == (claim.start, claim.end)):
            self.ctx.status(_move_hint(claim), 8000)
            return None
        start, end = span
        catalogue = self.ctx.catalogue
        moved: ClaimInfo | None = self.ctx.try_reporting(
            lambda: self.ctx.undo_stack.run(
                # the version shown: a colleague's change since then is a conflict
                lambda: (
                    catalogue.place_orphaned_claim(
                        claim.id, start, end, expected_version=claim.version
                    )
                    if orphaned
                    else catalogue.move_claim(claim.id, start, end, expected_version=claim.version)
                )
            )
        )
        if moved is not None:
            self.claims_panel.select_claim(moved.id)
            if orphaned:
                done = self.tr("Placed the claim on “{quote}”.")
            else:
                done = self.tr("Moved the claim on “{quote}”.")
            self.ctx.status(done.format(quote=shorten(moved.quote)), 5000)
        return moved

    def _claim_shown(self, claim_id: int | None) -> ClaimInfo | None:
        """The claim of that id if it is one of the article in the reader (as shown now), placed
        in its text or orphaned."""
        claims = [*self.reader.claims, *self.reader.orphaned_claims]
        return next((c for c in claims if c.id == claim_id), None)

    def fill_reader_menu(self, menu: QMenu, claims: list[ClaimInfo]) -> None:
        """The reader's right-click menu: attribute the selection or move the chosen claim to
        it, and edit, re-attribute or delete the claim under the mouse (``claims``, innermost
        first), above the reader's own Copy and Select All."""
        selected = self.reader.textCursor().hasSelection() and self.reader.article_id is not None
        to_move = self._claim_shown(self._claim_to_move)
        entries: list[QAction | None] = [
            self._menu_action(menu, action_def("attribute"), self.attribute_selection, selected),
            self._menu_action(
                menu,
                action_def("move_claim"),
                self.move_claim_here,
                selected and to_move is not None,
                _move_text(to_move) if to_move is not None else "",
            ),
        ]
        if claims:
            claim_id = claims[0].id
            quote = shorten(claims[0].quote, 30)
            entries += [
                None,
                self._menu_action(
                    menu,
                    action_def("edit_claim"),
                    lambda: self.edit_claim(claim_id),
                    text=self.tr("&Edit claim “{quote}”…").format(quote=quote),
                ),
                self._menu_action(
                    menu,
                    action_def("reattribute"),
                    lambda: self.edit_claim(claim_id, speaker_only=True),
                    text=self.tr("&Re-attribute “{quote}”…").format(quote=quote),
                ),
                self._menu_action(
                    menu,
                    action_def("delete_claims"),
                    lambda: self.delete_claims([claim_id]),
                    text=self.tr("&Delete claim “{quote}”").format(quote=quote),
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
        like: ActionDef,
        run: Callable[[], object],
        enabled: bool = True,
        text: str = "",
    ) -> QAction:
        """An entry of a right-click menu that does ``run``, worded and keyed like the window's
        action ``like`` (from the action table)."""
        action = QAction(text or like.shown_text, menu)
        action.setObjectName(like.object_name.replace("action", "menuAction", 1))
        keys = keys_text(like.id)
        if keys:
            # shown, not bound: the window's own action has the key
            action.setText(f"{action.text()}\t{keys}")
        action.setEnabled(enabled)
        action.triggered.connect(lambda _checked=False: run())
        return action

    def delete_selected_claims(self) -> None:
        self.delete_claims(self.claims_panel.selected_claim_ids())

    def delete_claims(self, claim_ids: list[int]) -> None:
        """Delete the claims at once (Delete or Backspace in the claims panel), saying so in the
        status bar with the way back, as deleting an article does: one undo step."""
        if not claim_ids:
            return

        def delete() -> bool:
            self.ctx.undo_stack.run(lambda: self.ctx.catalogue.delete_claims(claim_ids))
            return True

        if self.ctx.try_reporting(delete):
            self.ctx.status(deleted_claims_note(len(claim_ids)), 10_000)

    def link_same_claim(self, other_id: int | None = None) -> None:
        claim_id = self.claims_panel.current_claim_id()
        other_id = other_id or self.similar_panel.selected_claim_id()
        if claim_id is None or other_id is None:
            self.ctx.status(self.tr("Choose a claim here and a similar claim to link them."), 5000)
            return
        link = self.ctx.try_reporting(
            lambda: self.ctx.undo_stack.run(
                lambda: self.ctx.catalogue.link_claims(claim_id, other_id, "same")
            )
        )
        if link is not None:
            self.ctx.status(self.tr("Linked as the same claim."), 5000)

    # -- selection sync and similar claims ----------------------------------------------------

    def _on_claim_clicked(self, claim_id: int) -> None:
        self.claims_panel.select_claim(claim_id)

    def _on_claim_selected(self, claim_id: int) -> None:
        self.chosen_changed.emit()
        claim = self._claim_shown(claim_id)
        if claim is None:
            self.similar_panel.set_can_link(False)
            self.similar_panel.set_linked(())
            return
        self.similar_panel.set_linked(claim.linked_claim_ids)
        self._claim_to_move = claim.id
        if claim.anchor_state == AnchorState.ORPHANED:
            # its span is in an earlier text: nothing to select, the user gives it a place
            self.ctx.status(_move_hint(claim), 15_000)
        else:
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
            self.chosen_changed.emit()
            to_move = self._claim_shown(self._claim_to_move)
            if to_move is not None:
                self.ctx.status(_move_hint(to_move), 8000)
        self.request_similar(text)

    def request_similar(self, text: str) -> None:
        self._similar_text = text
        self._similar_timer.start()

    def search_similar_again(self) -> None:
        """Look up the last text's similar claims again (colleagues' claims may be among them)."""
        if self._similar_text:
            self.request_similar(self._similar_text)

    def _search_similar(self) -> None:
        if self.similar_search is not None:
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


def _separator(menu: QMenu) -> QAction:
    separator = QAction(menu)
    separator.setSeparator(True)
    return separator


def _move_hint(claim: ClaimInfo) -> str:
    if claim.anchor_state == AnchorState.ORPHANED:
        hint = QCoreApplication.translate(
            "ClaimActions",
            "“{quote}” was not found in the article's new text: select where it belongs and "
            "press {key} to place it.",
        )
    else:
        hint = QCoreApplication.translate(
            "ClaimActions", "Select the new span for “{quote}” and press {key}."
        )
    return hint.format(quote=shorten(claim.quote), key=_move_key())


def _move_text(claim: ClaimInfo) -> str:
    """The right-click menu's entry for giving ``claim`` the selection."""
    if claim.anchor_state == AnchorState.ORPHANED:
        text = QCoreApplication.translate("ClaimActions", "&Place “{quote}” here")
    else:
        text = QCoreApplication.translate("ClaimActions", "&Move “{quote}” here")
    return text.format(quote=shorten(claim.quote, 30))


def _move_key() -> str:
    return key_in_prose("move_claim")
