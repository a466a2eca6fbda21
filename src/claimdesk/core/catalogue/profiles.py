"""A speaker's profile in the service layer (issue 19): their claims with where and when each
appeared, the clusters they are in, outlets and tags, read in three queries that use the claim
table's speaker index, so a profile opens quickly at 100,000 claims (benchmarks/charts.py)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TypeVar

from sqlalchemy import func, select

from claimdesk.core.catalogue.speakers import SpeakersService
from claimdesk.core.domain.clusters import Appearance, Count
from claimdesk.core.domain.profiles import SpeakerProfile
from claimdesk.core.storage.models import (
    article_table,
    claim_table,
    claim_tag_table,
    cluster_member_table,
    speaker_table,
)
from claimdesk.core.storage.tag_labels import shown_tag

K = TypeVar("K", int, str)


class SpeakerProfileService(SpeakersService):
    """Everything about one speaker's claims."""

    def speaker_profile(self, speaker_id: int) -> SpeakerProfile:
        """The speaker's profile; NotFoundError if there is no such speaker."""
        speaker = self.get_speaker(speaker_id)
        c, a, m, t = claim_table.c, article_table.c, cluster_member_table.c, claim_tag_table.c
        s = speaker_table.c
        claims = (
            select(
                c.id,
                c.quote,
                c.kind,
                c.speaker_id,
                func.coalesce(s.name, ""),
                c.article_id,
                a.title,
                a.outlet,
                a.published,
                a.url,
                m.cluster_id,
            )
            .select_from(
                claim_table.join(article_table, a.id == c.article_id)
                .outerjoin(speaker_table, s.id == c.speaker_id)
                .outerjoin(cluster_member_table, m.claim_id == c.id)
            )
            .where(c.speaker_id == speaker_id)
            .order_by(a.published.asc().nulls_last(), c.id.asc())
        )
        n = func.count().label("n")
        tags = (
            select(t.tag, shown_tag(t.tag), n)
            .select_from(claim_tag_table.join(claim_table, c.id == t.claim_id))
            .where(c.speaker_id == speaker_id)
            .group_by(t.tag)
            .order_by(n.desc(), t.tag)
        )
        with self._read() as connection:
            rows = connection.execute(claims).all()
            tag_rows = connection.execute(tags).all()
        # positional (see clusters._appearance): thousands of rows read by name cost more
        appearances = tuple(Appearance(*row[:10]) for row in rows)
        cluster_of = {int(row[0]): int(row[10]) for row in rows if row[10] is not None}
        dated = [p.published for p in appearances if p.published]
        return SpeakerProfile(
            speaker=speaker,
            appearances=appearances,
            cluster_of=cluster_of,
            clusters=tuple(
                Count(key, f"Cluster {key}", k) for key, k in _most_first(cluster_of.values())
            ),
            outlets=tuple(
                Count(key or None, key or "(no outlet)", k)
                for key, k in _most_first(p.outlet for p in appearances)
            ),
            tags=tuple(Count(tag, shown, int(k)) for tag, shown, k in tag_rows),
            first_published=min(dated) if dated else None,
            last_published=max(dated) if dated else None,
            undated=len(appearances) - len(dated),
        )


def _most_first(keys: Iterable[K]) -> list[tuple[K, int]]:
    """How often each key occurs, most first (then by key)."""
    return sorted(Counter(keys).items(), key=lambda item: (-item[1], item[0]))
