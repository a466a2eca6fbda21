"""Catalogue statistics in the service layer (issue 19): claims per speaker, outlet, tag, kind
and month of the article's date, each one GROUP BY query, so they stay fast at 100,000 claims
(benchmarks/clusters.py)."""

from __future__ import annotations

from sqlalchemy import case, func, select

from claimdesk.core.domain.clusters import CatalogueStatistics, Count
from claimdesk.core.domain.records import ClaimKind
from claimdesk.core.storage.models import (
    article_table,
    claim_table,
    claim_tag_table,
    speaker_table,
)
from claimdesk.core.storage.store import CatalogueBase
from claimdesk.core.storage.tag_labels import shown_tag


class StatisticsService(CatalogueBase):
    """Figures over the whole catalogue."""

    def statistics(self) -> CatalogueStatistics:
        """Claims per speaker, outlet, tag, kind and month of the article's date."""
        c, a, s, t = claim_table.c, article_table.c, speaker_table.c, claim_tag_table.c
        n = func.count().label("n")
        # counted by the claim's own indexes first (speaker_id, article_id, kind), then joined
        # to the few speakers and articles: far fewer rows to join than one per claim
        per_speaker = (
            select(c.speaker_id, func.count().label("n")).group_by(c.speaker_id).subquery()
        )
        per_article = (
            select(c.article_id, func.count().label("n")).group_by(c.article_id).subquery()
        )
        sp, pa = per_speaker.c, per_article.c
        total_n = func.sum(pa.n).label("n")
        month = case(
            (func.length(a.published) >= 7, func.substr(a.published, 1, 7)), else_=None
        ).label("month")
        by_month = (
            select(month, pa.n.label("n"))
            .select_from(per_article.join(article_table, a.id == pa.article_id))
            .subquery()
        )
        with self._read() as connection:
            speakers = connection.execute(
                select(sp.speaker_id, s.name, sp.n)
                .select_from(per_speaker.outerjoin(speaker_table, s.id == sp.speaker_id))
                .order_by(sp.n.desc(), s.name, sp.speaker_id)
            ).all()
            outlets = connection.execute(
                select(a.outlet, total_n)
                .select_from(per_article.join(article_table, a.id == pa.article_id))
                .group_by(a.outlet)
                .order_by(total_n.desc(), a.outlet)
            ).all()
            tags = connection.execute(
                select(t.tag, shown_tag(t.tag), n).group_by(t.tag).order_by(n.desc(), t.tag)
            ).all()
            kinds = connection.execute(
                select(c.kind, n).group_by(c.kind).order_by(n.desc(), c.kind)
            ).all()
            month_n = func.sum(by_month.c.n).label("n")
            months = connection.execute(
                select(by_month.c.month, month_n)
                .group_by(by_month.c.month)
                .order_by(by_month.c.month.asc().nulls_last())
            ).all()
        total = sum(int(k) for _kind, k in kinds)
        return CatalogueStatistics(
            claims=total,
            by_speaker=tuple(
                Count(sid, name if sid is not None else "(no speaker)", int(k))
                for sid, name, k in speakers
            ),
            by_outlet=tuple(Count(o or None, o or "(no outlet)", int(k)) for o, k in outlets),
            # by the tag as stored (folded: what a filter asks for), named as last spelt
            by_tag=tuple(Count(tag, shown, int(k)) for tag, shown, k in tags),
            by_kind=tuple(Count(kind, ClaimKind(kind).label, int(k)) for kind, k in kinds),
            by_month=tuple(Count(mo, mo or "(no date)", int(k)) for mo, k in months),
        )
