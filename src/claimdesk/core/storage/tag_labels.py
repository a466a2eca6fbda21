"""Tags as they are shown (migration 0017): ``claim_tag`` holds each tag folded, the key it is
found, filtered and counted by; ``tag_label`` the spelling last typed for it. Every list and
export shows :func:`shown_tag`; every write of tags :func:`remember_labels` too."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, select, text

from claimdesk.core.storage.models import tag_label_table
from claimdesk.core.storage.quick_attribute import REMEMBER_LABEL_SQL

_REMEMBER = text(REMEMBER_LABEL_SQL.replace("VALUES (?, ?)", "VALUES (:tag, :label)"))
"""quick_attribute's upsert (sqlite3's own placeholders there), the same on SQLite (3.24 and
later) and PostgreSQL."""


def shown_tag(tag: Any) -> ColumnElement[Any]:
    """The tag in the column ``tag`` (folded) as it is shown: its label, or itself for a tag
    with none (made before migration 0017)."""
    label = tag_label_table.c
    return func.coalesce(select(label.label).where(label.tag == tag).scalar_subquery(), tag)


def remember_labels(connection: Connection, labels: Mapping[str, str]) -> None:
    """Keep each folded tag's spelling (:func:`~claimdesk.core.domain.row_values.tag_labels`),
    the latest one typed replacing the one before, unless it is the folded form itself: one
    who types "карабах" for a tag shown "Карабах" leaves it so, one who types "КАРАБАХ" does
    not. Not an edit of its own: undoing the edit that typed it leaves the spelling, which
    only changes how the tag is shown."""
    if labels:
        connection.execute(_REMEMBER, [{"tag": t, "label": s} for t, s in labels.items()])
