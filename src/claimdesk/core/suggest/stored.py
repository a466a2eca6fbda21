"""Suggestions for a stored article, and accepting them: the glue between the engine and the
catalogue, which it knows only through the protocol below (the only module of this package that
reads or writes records). The catalogue's ``pending_suggestions`` and ``accept_suggestion(s)``
are the way in."""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.core.domain.folding import fold
from claimdesk.core.domain.records import NewClaim
from claimdesk.core.domain.spans import snap_to_words
from claimdesk.core.storage.store import EditGroup
from claimdesk.core.suggest.engine import Suggestion, suggest_attributions
from claimdesk.core.suggest.roles import with_roles

if TYPE_CHECKING:
    from claimdesk.core.domain.records import ArticleInfo, ClaimInfo, SpeakerInfo
    from claimdesk.core.matching.index import CatalogueIndex

log = logging.getLogger("claimdesk.suggest")


class SuggestionRecords(Protocol):
    """What suggestions read and store through (the catalogue's own methods, which call these
    functions with the catalogue itself)."""

    @property
    def index(self) -> CatalogueIndex: ...

    def get_article(self, article_id: int) -> ArticleInfo: ...

    def get_article_text(self, article_id: int) -> str: ...

    def claims_for_article(self, article_id: int) -> list[ClaimInfo]: ...

    def list_speakers(
        self, text: str = "", *, speaker_ids: Sequence[int] | None = None
    ) -> list[SpeakerInfo]: ...

    def find_speaker(self, name: str) -> SpeakerInfo | None: ...

    def attribute_spans(
        self,
        article_id: int,
        claims: Sequence[NewClaim],
        *,
        description: str = "",
        group: EditGroup | None = None,
    ) -> list[ClaimInfo]: ...


def pending_suggestions(catalogue: SuggestionRecords, article_id: int) -> list[Suggestion]:
    """Suggestions for a stored article, with the catalogue's speakers matched (named as the
    catalogue names them), leaving out spans that already are claims (overlapping by half)."""
    article = catalogue.get_article(article_id)
    text = catalogue.get_article_text(article_id)
    found = suggest_attributions(
        text, catalogue.index.speaker_matcher(), language=article.language or None
    )
    if found:
        found = with_roles(text, found, found[0].language)
    claims = catalogue.claims_for_article(article_id)
    ids = sorted({s.speaker_id for s in found if s.speaker_id is not None})
    names = {sp.id: sp.name for sp in catalogue.list_speakers(speaker_ids=ids)} if ids else {}
    pending = []
    for s in found:
        if any(_covers(c.start, c.end, s.start, s.end) for c in claims):
            continue
        if s.speaker_id is not None and s.speaker_id in names:
            s = Suggestion(**{**_fields(s), "speaker": names[s.speaker_id]})  # noqa: PLW2901
        pending.append(s)
    return pending


def accept_suggestion(
    catalogue: SuggestionRecords, article_id: int, suggestion: Suggestion
) -> ClaimInfo:
    """Store a suggestion as a claim (one undoable edit): its catalogue speaker, else the
    speaker of that exact name, else a new speaker of the proposed name. Its span is stored as
    a selection of it would be (:func:`snap_to_words`): a quotation mark with no partner in
    it is dropped (a claim kept an opening '"' without its closing one)."""
    speaker_id, new_speaker = _speaker_of(catalogue, suggestion)
    start, end = snap_to_words(
        catalogue.get_article_text(article_id), suggestion.start, suggestion.end
    )
    claim = NewClaim(
        start,
        end,
        speaker_id,
        new_speaker,
        new_speaker_role=suggestion.role if new_speaker else "",
        kind=suggestion.kind,
    )
    return catalogue.attribute_spans(article_id, [claim])[0]


MAX_ACCEPT_ROUNDS = 10
"""Rounds of :func:`accept_suggestions_at_least` at most (one or two in practice: each stores
at least one claim, so it ends anyway once the article's suggestions are used up)."""


def accept_suggestions_at_least(
    catalogue: SuggestionRecords,
    article_id: int,
    least: float,
    *,
    first: Sequence[Suggestion] | None = None,
    leave_out: Collection[tuple[int, int]] = (),
) -> list[tuple[Suggestion, ClaimInfo]]:
    """Store every suggestion of the article with a speaker (:attr:`Suggestion.acceptable_unseen`)
    and a confidence of at least ``least``, as one undoable edit; returns each suggestion
    stored with its claim.

    Storing some raises the confidence of others (their speaker is now in the catalogue), so
    the article's suggestions are looked at again after each round, until none left reaches
    ``least``: one click of "Accept all ≥ 0.80" leaves none at 0.80 or more. ``first`` are the
    article's pending suggestions as the caller last found them, all of them (whether to look
    again is read off them: a suggestion left out of them could not be seen to rise), else
    they are looked for here; spans in ``leave_out`` (``(start, end)``, those the user
    rejected) are never stored."""
    group = EditGroup("Accept suggestions")
    stored: list[tuple[Suggestion, ClaimInfo]] = []
    found = first
    for _round in range(MAX_ACCEPT_ROUNDS):
        if found is None:
            found = pending_suggestions(catalogue, article_id)
        chosen = [
            s
            for s in found
            if s.confidence >= least and s.acceptable_unseen and (s.start, s.end) not in leave_out
        ]
        if not chosen:
            break
        try:
            claims = accept_suggestions(catalogue, article_id, chosen, group=group)
        except ClaimDeskError:
            if not stored:
                raise  # nothing stored: the caller says why
            # a later round's edit is undone whole (a new version of the text meanwhile): what
            # the earlier rounds stored stands, as the one undo step they make
            log.info("accepting suggestions stopped after %d", len(stored), exc_info=True)
            break
        stored.extend(zip(chosen, claims, strict=True))
        # only a speaker new to the catalogue raises the others' confidence: look again only
        # when a suggestion left has the name of one just made (looking costs as much as
        # finding them did, a third of a second in a long article)
        made = {fold(s.speaker) for s in chosen if s.speaker_id is None}
        taken = {(s.start, s.end) for s in chosen}
        if not any(
            fold(s.speaker) in made
            for s in found
            if (s.start, s.end) not in taken and s.acceptable_unseen and s.speaker_id is None
        ):
            break
        found = None
    if group.edit is not None:
        group.edit.description = _accepted(len(stored))
    return stored


def _accepted(many: int) -> str:
    return f"Accept {many} suggestion{'s' if many != 1 else ''}"


def accept_suggestions(
    catalogue: SuggestionRecords,
    article_id: int,
    suggestions: Sequence[Suggestion],
    *,
    group: EditGroup | None = None,
) -> list[ClaimInfo]:
    """Store many suggestions as claims in one undoable edit ("Accept 12 suggestions"), each
    as :func:`accept_suggestion` would; a new speaker proposed by several is made once, and the
    same undo removes it. Nothing is stored if one of them cannot be. With ``group``, the edit
    is a part of the group's undo step."""
    claims = []
    text = catalogue.get_article_text(article_id) if suggestions else ""
    for suggestion in suggestions:
        speaker_id, new_speaker = _speaker_of(catalogue, suggestion)
        # as a selection of it would be stored: a quotation mark with no partner in the span
        # dropped (a claim kept an opening '"' without its closing one)
        start, end = snap_to_words(text, suggestion.start, suggestion.end)
        claims.append(
            NewClaim(
                start,
                end,
                speaker_id,
                new_speaker,
                new_speaker_role=suggestion.role if new_speaker else "",
                kind=suggestion.kind,
            )
        )
    return catalogue.attribute_spans(
        article_id, claims, description=_accepted(len(claims)), group=group
    )


def _speaker_of(
    catalogue: SuggestionRecords, suggestion: Suggestion
) -> tuple[int | None, str | None]:
    """The suggestion's speaker as (id of a catalogue speaker, or the name of a new one)."""
    if suggestion.speaker_id is not None or not suggestion.speaker:
        return suggestion.speaker_id, None
    known = catalogue.find_speaker(suggestion.speaker)
    return (known.id, None) if known is not None else (None, suggestion.speaker)


def _covers(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    shared = min(a_end, b_end) - max(a_start, b_start)
    return shared > 0 and shared * 2 >= min(a_end - a_start, b_end - b_start)


def _fields(suggestion: Suggestion) -> dict[str, Any]:
    return {name: getattr(suggestion, name) for name in Suggestion.__slots__}
