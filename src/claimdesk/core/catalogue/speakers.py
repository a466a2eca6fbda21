"""Speakers in the service layer: names, aliases, merging, exact lookup."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, func, or_, select

from claimdesk.core.domain.errors import (
    InvalidValueError,
    NotFoundError,
)
from claimdesk.core.domain.folding import fold, like_pattern
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, shorten
from claimdesk.core.domain.records import (
    SpeakerInfo,
    speakers_from_rows,
)
from claimdesk.core.domain.row_values import clean_detail, speaker_row

# clean_name lives in row_values.py (no SQLAlchemy there, for the command line's quick
# attribution), still importable from here
from claimdesk.core.domain.row_values import clean_name as clean_name  # noqa: PLC0414
from claimdesk.core.storage.history import Recorder
from claimdesk.core.storage.models import (
    alias_table,
    claim_table,
    speaker_table,
    utc_now,
)
from claimdesk.core.storage.store import UNCHANGED, CatalogueBase


class SpeakersService(CatalogueBase):
    """Speakers and their aliases: add, edit, merge, delete, look up."""

    def add_speaker(
        self,
        name: str,
        *,
        role: str = "",
        organisation: str = "",
        note: str = "",
        aliases: Iterable[str] = (),
    ) -> SpeakerInfo:
        name = clean_name(name)
        with self._edit(f"Add speaker {name}") as rec:
            speaker_id = self._insert_speaker(rec, name, role, organisation, note)
            for alias in aliases:
                self._insert_alias(rec, speaker_id, alias)
        return self.get_speaker(speaker_id)

    def _insert_speaker(
        self, rec: Recorder, name: str, role: str, organisation: str, note: str
    ) -> int:
        # the columns as row_values makes them (claimdesk-cli's quick attribution writes the same)
        (speaker_id,) = rec.insert(speaker_table, speaker_row(name, role, organisation, note))
        return int(speaker_id)

    def _insert_alias(self, rec: Recorder, speaker_id: int, alias: str) -> None:
        alias = clean_name(alias, "alias")
        folded = fold(alias)
        exists = rec.connection.execute(
            select(alias_table.c.id).where(
                alias_table.c.speaker_id == speaker_id, alias_table.c.alias_folded == folded
            )
        ).first()
        name = rec.connection.execute(
            select(speaker_table.c.name_folded).where(speaker_table.c.id == speaker_id)
        ).scalar()
        if name is None:
            raise NotFoundError("speaker", speaker_id)
        if exists is not None or name == folded:
            return
        rec.insert(alias_table, {"speaker_id": speaker_id, "alias": alias, "alias_folded": folded})

    def update_speaker(
        self,
        speaker_id: int,
        *,
        name: str = UNCHANGED,
        role: str = UNCHANGED,
        organisation: str = UNCHANGED,
        note: str = UNCHANGED,
        expected_version: int | None = None,
    ) -> SpeakerInfo:
        """Change a speaker's details. ``expected_version`` is the version the user saw
        (SpeakerInfo.version): if someone else has changed the speaker since, ConflictError."""
        values: dict[str, Any] = {}
        if name is not UNCHANGED:
            values["name"] = clean_name(name)
            values["name_folded"] = fold(values["name"])
        if role is not UNCHANGED:
            values["role"] = clean_detail(role)
        if organisation is not UNCHANGED:
            values["organisation"] = clean_detail(organisation, "organisation")
        if note is not UNCHANGED:
            values["note"] = note
        current = self.get_speaker(speaker_id)
        if values:
            values["updated_at"] = utc_now()
        with self._edit(f"Edit speaker {current.name}") as rec:
            rec.update(speaker_table, (speaker_id,), values, expected_version=expected_version)
        return self.get_speaker(speaker_id)

    def add_alias(self, speaker_id: int, alias: str) -> SpeakerInfo:
        speaker = self.get_speaker(speaker_id)
        with self._edit(f"Add alias “{shorten(alias)}” to {speaker.name}") as rec:
            self._insert_alias(rec, speaker_id, alias)
        return self.get_speaker(speaker_id)

    def remove_alias(self, speaker_id: int, alias: str) -> SpeakerInfo:
        speaker = self.get_speaker(speaker_id)
        with self._edit(f"Remove alias “{shorten(alias)}” of {speaker.name}") as rec:
            alias_id = rec.connection.execute(
                select(alias_table.c.id).where(
                    alias_table.c.speaker_id == speaker_id,
                    alias_table.c.alias_folded == fold(alias),
                )
            ).scalar()
            if alias_id is None:
                raise InvalidValueError(
                    QT_TRANSLATE_NOOP("Errors", "{speaker} has no alias “{alias}”."),
                    speaker=speaker.name,
                    alias=alias,
                )
            rec.delete(alias_table, (alias_id,))
        return self.get_speaker(speaker_id)

    def merge_speakers(self, keep_id: int, merge_id: int) -> SpeakerInfo:
        """Fold speaker ``merge_id`` into ``keep_id``: claims and aliases move, and the merged
        speaker's name becomes an alias."""
        if keep_id == merge_id:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Errors", "A speaker cannot be merged with itself.")
            )
        keep = self.get_speaker(keep_id)
        merged = self.get_speaker(merge_id)
        with self._edit(f"Merge {merged.name} into {keep.name}") as rec:
            claim_ids = list(
                rec.connection.execute(
                    select(claim_table.c.id).where(claim_table.c.speaker_id == merge_id)
                ).scalars()
            )
            now = utc_now()
            for claim_id in claim_ids:
                rec.update(
                    claim_table,
                    (claim_id,),
                    {"speaker_id": keep_id, "updated_at": now, "updated_by": self.user_name},
                )
            alias_ids = list(
                rec.connection.execute(
                    select(alias_table.c.id).where(alias_table.c.speaker_id == merge_id)
                ).scalars()
            )
            for alias_id in alias_ids:
                rec.delete(alias_table, (alias_id,))
            rec.delete(speaker_table, (merge_id,))
            for alias in (merged.name, *merged.aliases):
                self._insert_alias(rec, keep_id, alias)
        return self.get_speaker(keep_id)

    def delete_speaker(self, speaker_id: int) -> None:
        """Delete a speaker; their claims stay, unattributed."""
        speaker = self.get_speaker(speaker_id)
        with self._edit(f"Delete speaker {speaker.name}") as rec:
            now = utc_now()
            for claim_id in list(
                rec.connection.execute(
                    select(claim_table.c.id).where(claim_table.c.speaker_id == speaker_id)
                ).scalars()
            ):
                rec.update(
                    claim_table,
                    (claim_id,),
                    {"speaker_id": None, "updated_at": now, "updated_by": self.user_name},
                )
            for alias_id in list(
                rec.connection.execute(
                    select(alias_table.c.id).where(alias_table.c.speaker_id == speaker_id)
                ).scalars()
            ):
                rec.delete(alias_table, (alias_id,))
            rec.delete(speaker_table, (speaker_id,))

    def get_speaker(self, speaker_id: int) -> SpeakerInfo:
        found = self.list_speakers(speaker_ids=[speaker_id])
        if not found:
            raise NotFoundError("speaker", speaker_id)
        return found[0]

    def find_speaker(self, name: str) -> SpeakerInfo | None:
        """The speaker whose name or an alias is ``name``, ignoring case, ё/е and spacing.

        Exact lookup only; the fuzzy speaker matcher (matching.py) serves suggestions.
        """
        folded = fold(name)
        if not folded:
            return None
        with self._read() as connection:
            by_name = connection.execute(speaker_by_name_query(folded)).scalar()
            if by_name is None:
                by_name = connection.execute(speaker_by_alias_query(folded)).scalar()
        return self.get_speaker(int(by_name)) if by_name is not None else None

    def speaker_marks(self) -> dict[int, tuple[int, int, int]]:
        """Each speaker's id with what changes when its names do: its version (a rename adds
        one), and how many aliases it has and the sum of their ids (one added or removed
        changes them). Read whole, in one query, to learn which speakers others changed."""
        s, a = speaker_table.c, alias_table.c
        query = (
            select(s.id, s.version, func.count(a.id), func.coalesce(func.sum(a.id), 0))
            .select_from(speaker_table.outerjoin(alias_table, a.speaker_id == s.id))
            .group_by(s.id, s.version)
        )
        with self._read() as connection:
            return {
                int(i): (int(version), int(aliases), int(alias_ids))
                for i, version, aliases, alias_ids in connection.execute(query)
            }

    def list_speakers(
        self, text: str = "", *, speaker_ids: Sequence[int] | None = None
    ) -> list[SpeakerInfo]:
        """Speakers by name with aliases and claim counts; ``text`` filters names and aliases."""
        s = speaker_table.c
        query = speakers_query()
        if text.strip():
            pattern = like_pattern(text)
            alias_hit = select(alias_table.c.speaker_id).where(
                alias_table.c.alias_folded.like(pattern, escape="\\")
            )
            query = query.where(or_(s.name_folded.like(pattern, escape="\\"), s.id.in_(alias_hit)))
        if speaker_ids is not None:
            query = query.where(s.id.in_(list(speaker_ids)))
        with self._read() as connection:
            rows = connection.execute(query).all()
            alias_query = speaker_aliases_query()
            if speaker_ids is not None:
                alias_query = alias_query.where(alias_table.c.speaker_id.in_(list(speaker_ids)))
            alias_rows = connection.execute(alias_query).all()
        return speakers_from_rows(rows, alias_rows)


def speakers_query() -> Select[Any]:
    """Every speaker by name, with their claim count: the rows ``speakers_from_rows`` takes;
    list_speakers narrows it. claimdesk-cli's quick listing runs this query's SQLite text
    (core/storage/quick_read.py, checked against it by tests/core/storage/test_quick_read.py)."""
    s = speaker_table.c
    counts = (
        select(claim_table.c.speaker_id, func.count().label("n"))
        .group_by(claim_table.c.speaker_id)
        .subquery()
    )
    return (
        select(
            s.id, s.name, s.role, s.organisation, s.note, func.coalesce(counts.c.n, 0), s.version
        )
        .outerjoin(counts, counts.c.speaker_id == s.id)
        .order_by(s.name_folded, s.id)
    )


def speaker_by_name_query(folded: str) -> Select[Any]:
    """The ids of the speakers whose folded name is ``folded``, oldest first (find_speaker takes the
    first; so does claimdesk-cli's quick attribution, core/storage/quick_attribute.py, which runs
    this query's SQLite text, checked against it by tests/core/storage/test_quick_attribute.py)."""
    s = speaker_table.c
    return select(s.id).where(s.name_folded == folded).order_by(s.id)


def speaker_by_alias_query(folded: str) -> Select[Any]:
    """The ids of the speakers with an alias whose folded form is ``folded`` (as above)."""
    a = alias_table.c
    return select(a.speaker_id).where(a.alias_folded == folded).order_by(a.speaker_id)


def speaker_aliases_query() -> Select[Any]:
    """Every alias as (speaker id, alias), in the order they were added (as above, for the
    quick listing too)."""
    return select(alias_table.c.speaker_id, alias_table.c.alias).order_by(alias_table.c.id)
