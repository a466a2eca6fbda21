"""The catalogue's verdict statuses and their labels (issue 19, migration 0012).

A desk names the statuses its fact-checks end in: the eight defaults are seeded with English
labels, and the desk renames them, adds its own and orders them. Each change is one undoable
edit; an edit of a status whose version is not the one the user saw is refused (ConflictError),
as edits of clusters are. A status a cluster has cannot be removed (StatusInUseError), nor the
one new clusters start with ("unchecked"). Setting a verdict locks the status's row, so a status
removed at the same moment by a colleague is either still there or reported as gone, never half.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, func, select

from claimdesk.core.catalogue.claims import ClaimsService
from claimdesk.core.domain.clusters import (
    STATUS_KEY_CHARS,
    STATUS_LABEL_CHARS,
    VerdictLabel,
    VerdictStatus,
)
from claimdesk.core.domain.errors import (
    ConflictError,
    DuplicateError,
    InvalidValueError,
    StatusInUseError,
)
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, shorten
from claimdesk.core.storage.history import Recorder
from claimdesk.core.storage.models import cluster_table, verdict_status_table

_KEY = re.compile(r"\w+")
_FOLD = re.compile(r"[\s\-]+")


def _folded(text: str) -> str:
    """``text`` as a status is looked up: case and spaces, hyphens and underscores aside."""
    return _FOLD.sub("_", text.strip().casefold())


def status_key_for(label: str, taken: Sequence[str] = ()) -> str:
    """A key for a new status labelled ``label``: its words joined by underscores, cut to fit,
    with a number added when ``taken`` has it already ("status" when the label has no word)."""
    words = re.findall(r"\w+", label.casefold())
    base = "_".join(words)[:STATUS_KEY_CHARS].strip("_") or "status"
    key, number = base, 1
    while key in taken:
        number += 1
        suffix = f"_{number}"
        key = base[: STATUS_KEY_CHARS - len(suffix)] + suffix
    return key


class VerdictLabelsService(ClaimsService):
    """The verdict statuses a catalogue offers, their labels and order."""

    def verdict_labels(self) -> list[VerdictLabel]:
        """Every status in the desk's order, with how many clusters have it."""
        with self._read() as connection:
            return self._labels(connection)

    def _labels(self, connection: Connection) -> list[VerdictLabel]:
        v, cl = verdict_status_table.c, cluster_table.c
        used = {
            str(key): int(n)
            for key, n in connection.execute(select(cl.status, func.count()).group_by(cl.status))
        }
        rows = connection.execute(
            select(v.key, v.label, v.position, v.rated, v.version).order_by(v.position, v.key)
        )
        return [
            VerdictLabel(
                key=str(key),
                label=str(label),
                position=int(position),
                rated=bool(rated),
                clusters=int(used.get(key, 0)),
                version=int(version),
            )
            for key, label, position, rated, version in rows
        ]

    def verdict_label(self, status: str) -> VerdictLabel:
        """The status ``status`` names (its key or its label, case, spaces and hyphens aside);
        raises InvalidValueError naming the choices when none has it."""
        with self._read() as connection:
            return self._found_label(self._labels(connection), status)

    @staticmethod
    def _found_label(labels: Sequence[VerdictLabel], status: str) -> VerdictLabel:
        for label in labels:
            if label.key == status:
                return label
        wanted = _folded(str(status))
        for label in labels:
            if wanted in (_folded(label.key), _folded(label.label)):
                return label
        choices = ", ".join(label.key for label in labels)
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Errors", "Unknown status “{status}”; choose one of: {choices}."),
            status=shorten(str(status)),
            choices=choices,
        )

    def _locked_status(self, rec: Recorder, status: str | VerdictStatus) -> VerdictLabel:
        """The status ``status`` names, its row locked until the end of the edit (a colleague
        cannot remove it meanwhile)."""
        found = self._found_label(self._labels(rec.connection), str(status))
        rec.lock(verdict_status_table, (found.key,))
        return found

    # -- editing ---------------------------------------------------------------------------

    @staticmethod
    def _clean_label(label: object) -> str:
        text = " ".join(str(label).split())
        if not text:
            raise InvalidValueError(QT_TRANSLATE_NOOP("Errors", "A status needs a label."))
        if len(text) > STATUS_LABEL_CHARS:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Errors", "The label is too long (at most {limit} characters)."),
                limit=STATUS_LABEL_CHARS,
            )
        return text

    @staticmethod
    def _unique(labels: Sequence[VerdictLabel], label: str, key: str | None = None) -> None:
        for other in labels:
            if other.key != key and _folded(other.label) == _folded(label):
                raise DuplicateError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The status “{label}” ({key}) has that label already: choose another.",
                    ),
                    label=other.label,
                    key=other.key,
                )

    def add_verdict_label(
        self, label: str, key: str | None = None, *, rated: bool = True
    ) -> VerdictLabel:
        """Add a status labelled ``label`` at the end of the list, as one edit; ``key`` (word
        characters, at most 20) defaults to one made from the label. ``rated``: it is a finding
        (a ClaimReview can be published for it)."""
        text = self._clean_label(label)
        with self._edit(f"Add status {shorten(text)}") as rec:
            labels = self._labels(rec.connection)
            self._unique(labels, text)
            taken = [found.key for found in labels]
            if key is None or not str(key).strip():
                new_key = status_key_for(text, taken)
            else:
                new_key = str(key).strip().casefold()
                if not _KEY.fullmatch(new_key) or len(new_key) > STATUS_KEY_CHARS:
                    raise InvalidValueError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The key “{key}” must be one word of letters, digits and "
                            "underscores, at most {limit} characters.",
                        ),
                        key=shorten(new_key),
                        limit=STATUS_KEY_CHARS,
                    )
                if new_key in taken:
                    raise DuplicateError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "A status with the key “{key}” exists already."
                        ),
                        key=new_key,
                    )
            position = max((found.position for found in labels), default=-1) + 1
            rec.insert(
                verdict_status_table,
                {"key": new_key, "label": text, "position": position, "rated": bool(rated)},
            )
        return self.verdict_label(new_key)

    def rename_verdict_label(
        self, key: str, label: str, *, expected_version: int | None = None
    ) -> VerdictLabel:
        """Give the status ``key`` the label ``label`` (one edit); clusters keep their status."""
        text = self._clean_label(label)
        with self._edit(f"Rename status {shorten(text)}") as rec:
            self._unique(self._labels(rec.connection), text, key)
            rec.update(
                verdict_status_table, (key,), {"label": text}, expected_version=expected_version
            )
        return self.verdict_label(key)

    def reorder_verdict_labels(
        self, keys: Sequence[str], *, expected_versions: dict[str, int] | None = None
    ) -> list[VerdictLabel]:
        """Put the statuses in the order ``keys`` gives (every key once), as one edit."""
        seen = expected_versions or {}
        with self._edit("Reorder statuses") as rec:
            stored = {label.key for label in self._labels(rec.connection)}
            if sorted(keys) != sorted(stored):
                raise ConflictError("verdict status", None, 0, 0)
            for key in keys:
                rec.lock(verdict_status_table, (key,), seen.get(key))
            for position, key in enumerate(keys):
                rec.update(verdict_status_table, (key,), {"position": position})
        return self.verdict_labels()

    def remove_verdict_label(self, key: str, *, expected_version: int | None = None) -> None:
        """Remove the status ``key`` (one edit); refused while a cluster has it
        (StatusInUseError) and for "unchecked", which new clusters start with."""
        with self._edit(f"Remove status {shorten(key)}") as rec:
            row = rec.lock(verdict_status_table, (key,), expected_version)
            rec.edit.description = f"Remove status {shorten(str(row['label']))}"
            if key == VerdictStatus.UNCHECKED.value:
                raise InvalidValueError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The status “{label}” cannot be removed: new clusters start with it. "
                        "You can rename it.",
                    ),
                    label=row["label"],
                )
            cl = cluster_table.c
            used = int(
                rec.connection.execute(
                    select(func.count()).select_from(cluster_table).where(cl.status == key)
                ).scalar_one()
            )
            if used:
                raise StatusInUseError(key, str(row["label"]), used)
            rec.delete(verdict_status_table, (key,))

    def _status_values(self, connection: Connection) -> dict[str, tuple[str, bool]]:
        """Label and finding of every status, by key."""
        v = verdict_status_table.c
        rows: Any = connection.execute(select(v.key, v.label, v.rated))
        return {str(key): (str(label), bool(rated)) for key, label, rated in rows}
