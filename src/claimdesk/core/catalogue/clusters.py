"""Claim clusters in the service layer: gathering, confirming, splitting and merging them,
and their verdicts (issue 19); the statistics are in statistics.py.

A cluster is stored (``claim_cluster`` and ``claim_cluster_member``, migration 0011) so what the
user decided survives: gathering only places claims that are in no cluster yet, and never moves
a claim the user put somewhere or merges clusters the user kept apart. Every change is one
undoable edit; an edit of a cluster whose version is not the one the user saw is refused
(ConflictError), as edits of claims and speakers are.

A listing reads the narrow member rows and the articles' dates, then the quotes and names of
the first appearances only, so it stays fast at 100,000 claims (benchmarks/clusters.py). A view
that shows a screenful at a time reads the order alone (:meth:`ClustersService.cluster_order`,
one grouped query) and then only the clusters it shows (:meth:`ClustersService.clusters_by_id`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, func, select

from claimdesk.core.catalogue.verdict_labels import VerdictLabelsService
from claimdesk.core.domain.clusters import (
    Appearance,
    ClusterDetail,
    ClusterInfo,
    GatherResult,
    VerdictStatus,
    check_explanation,
    check_review_url,
    check_reviewer,
    read_review_date,
)
from claimdesk.core.domain.errors import InvalidValueError, NotFoundError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.storage.history import Recorder
from claimdesk.core.storage.models import (
    LinkRelation,
    article_table,
    claim_link_table,
    claim_table,
    cluster_member_table,
    cluster_table,
    speaker_table,
    utc_now,
    verdict_status_table,
)
from claimdesk.core.storage.store import UNCHANGED

IDS_AT_ONCE = 5000
"""Claims read by id in one query (a statement's parameters are bounded)."""


def _appearances() -> Select[Any]:
    """Every clustered claim with where and when it appeared, and its cluster: the cluster's
    id, then the fields of :class:`Appearance` in their order (read by position)."""
    c, a, s, m = claim_table.c, article_table.c, speaker_table.c, cluster_member_table.c
    return select(
        m.cluster_id,
        c.id.label("claim_id"),
        c.quote,
        c.kind,
        c.speaker_id,
        func.coalesce(s.name, "").label("speaker_name"),
        c.article_id,
        a.title.label("article_title"),
        a.outlet,
        a.published,
        a.url,
    ).select_from(
        cluster_member_table.join(claim_table, c.id == m.claim_id)
        .join(article_table, a.id == c.article_id)
        .outerjoin(speaker_table, s.id == c.speaker_id)
    )


def _article_dates(connection: Connection) -> Any:
    """The articles' ids and dates, to join every member of a listing to its article's date.

    SQLite looks each member's article up by its row id, reading the article's row, text and
    all, at random. Read once from the small index of ids and dates (migration 0013) into a
    materialised table instead, the grouped query of :meth:`ClustersService.cluster_order` took
    less than half as long at 100,000 claims. ``AS MATERIALIZED`` needs SQLite 3.35; an older
    SQLite joins the articles (the same rows, more slowly).
    """
    dialect = connection.dialect
    if dialect.name != "sqlite" or (dialect.server_version_info or (0,)) < (3, 35):
        return article_table
    a = article_table.c
    return select(a.id, a.published).cte("article_dates").prefix_with("MATERIALIZED")


def _time_order() -> tuple[Any, Any]:
    """First appearance first: the earliest article date (unknown dates last), then claim id."""
    return (article_table.c.published.asc().nulls_last(), claim_table.c.id.asc())


def _appearance(row: Sequence[Any]) -> Appearance:
    """A row of :func:`_appearances` (positional: reading thousands of rows by column name
    cost more than the query)."""
    return Appearance(*row[1:11])


_STATUSES: dict[str, str] = {status.value: status for status in VerdictStatus}
"""The default statuses by key: a cluster with one of them gets the enum member (a plain key
for a desk's own status)."""


def _listing_order(cluster: ClusterInfo) -> tuple[int, bool, str, int]:
    """The largest first, then the earliest first appearance (unknown dates last)."""
    published = cluster.first.published
    return (-cluster.size, published is None, published or "", cluster.id)


def _cluster(row: Sequence[Any], size: int, last_published: str | None) -> ClusterInfo:
    """A row of :func:`_appearances` followed by the verdict's columns, in the order
    :meth:`ClustersService._cluster_rows` adds them (the status's label and whether it is a
    finding last: NULL for a status the catalogue no longer lists, then its key stands)."""
    status, explanation, review_url, reviewer, reviewed_on, confirmed, version = row[11:18]
    label, rated = row[18:20]
    return ClusterInfo(
        id=int(row[0]),
        size=size,
        first=_appearance(row),
        last_published=last_published,
        status=_STATUSES.get(status, str(status)),
        explanation=explanation,
        review_url=review_url,
        reviewer=reviewer,
        reviewed_on=reviewed_on,
        confirmed=bool(confirmed),
        version=int(version),
        status_label=str(status) if label is None else str(label),
        status_rated=bool(rated),
    )


def _components(pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The connected groups of claim ids the pairs tie together (union-find), each sorted."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for x in parent:
        groups.setdefault(root(x), []).append(x)
    return sorted(sorted(g) for g in groups.values())


class ClustersService(VerdictLabelsService):
    """Claim clusters and their verdicts."""

    # -- reading ---------------------------------------------------------------------------

    def _cluster_rows(
        self,
        connection: Connection,
        *,
        where: Any = None,
        cluster_ids: Sequence[int] | None = None,
    ) -> list[ClusterInfo]:
        """The clusters ``where`` picks among the verdicts (every cluster when None), or those
        of ``cluster_ids`` (at most IDS_AT_ONCE), in the listing order."""
        m, cl = cluster_member_table.c, cluster_table.c
        # Each cluster's size, dates and first claim from the small member table and the
        # articles (narrow rows, ranked here), then the quotes and names of the first
        # appearances only. Ranking every clustered claim with a window function over the
        # claim table took over a second at 100,000 claims; this takes a fifth of that.
        dates = _article_dates(connection) if cluster_ids is None else article_table
        narrow = select(m.cluster_id, m.claim_id, dates.c.published).select_from(
            cluster_member_table.join(dates, dates.c.id == m.article_id)
        )
        if where is not None:
            narrow = narrow.where(m.cluster_id.in_(select(cl.id).where(where).scalar_subquery()))
        if cluster_ids is not None:
            narrow = narrow.where(m.cluster_id.in_(cluster_ids))
        first: dict[int, tuple[bool, str, int]] = {}
        sizes: dict[int, int] = {}
        last: dict[int, str] = {}
        for cluster_id, claim_id, published in connection.execute(narrow):
            key = (published is None, published or "", claim_id)
            if cluster_id not in first or key < first[cluster_id]:
                first[cluster_id] = key
            sizes[cluster_id] = sizes.get(cluster_id, 0) + 1
            if published is not None and published > last.get(cluster_id, ""):
                last[cluster_id] = published
        first_claims = sorted(key[2] for key in first.values())
        rows: list[Sequence[Any]] = []
        details = (
            _appearances()
            .add_columns(
                cl.status,
                cl.explanation,
                cl.review_url,
                cl.reviewer,
                cl.reviewed_on,
                cl.confirmed,
                cl.version,
                verdict_status_table.c.label,
                verdict_status_table.c.rated,
            )
            .join(cluster_table, cl.id == m.cluster_id)
            .outerjoin(verdict_status_table, verdict_status_table.c.key == cl.status)
        )
        for start in range(0, len(first_claims), IDS_AT_ONCE):
            chunk = first_claims[start : start + IDS_AT_ONCE]
            rows.extend(connection.execute(details.where(m.claim_id.in_(chunk))))
        clusters = [_cluster(row, sizes[row[0]], last.get(row[0])) for row in rows]
        clusters.sort(key=_listing_order)
        return clusters

    def list_clusters(self, status: str | VerdictStatus | None = None) -> list[ClusterInfo]:
        """Every cluster with at least one claim, the largest first (then the earliest first
        appearance); with ``status``, only clusters whose verdict has it."""
        where = None if status is None else cluster_table.c.status == self._status(status)
        with self._read() as connection:
            return self._cluster_rows(connection, where=where)

    def cluster_order(self, status: str | VerdictStatus | None = None) -> list[tuple[int, int]]:
        """The clusters :meth:`list_clusters` lists, in its order, as (cluster id, size): one
        grouped query over the members and the articles' dates, without the quotes and names
        of the first appearances, which :meth:`clusters_by_id` reads for the rows a view shows.
        """
        m, cl = cluster_member_table.c, cluster_table.c
        value = None if status is None else self._status(status)
        with self._read() as connection:
            dates = _article_dates(connection)
            size, first = func.count(), func.min(dates.c.published)
            # the listing's order (_listing_order): the first appearance's date is the earliest
            # date of the cluster's articles, compared code point by code point as Python
            # compares them (SQLite's own way; PostgreSQL's "C" collation)
            ordered: Any = first if connection.dialect.name == "sqlite" else first.collate("C")
            query = (
                select(m.cluster_id, size)
                .select_from(cluster_member_table.join(dates, dates.c.id == m.article_id))
                .group_by(m.cluster_id)
                .order_by(size.desc(), first.is_(None), ordered, m.cluster_id)
            )
            if value is not None:
                query = query.where(
                    m.cluster_id.in_(select(cl.id).where(cl.status == value).scalar_subquery())
                )
            return [(cluster_id, n) for cluster_id, n in connection.execute(query).all()]

    def clusters_by_id(self, cluster_ids: Sequence[int]) -> list[ClusterInfo]:
        """The clusters ``cluster_ids`` as :meth:`list_clusters` lists them, in the order
        given; a cluster no longer there (merged, undone, or left with no claim) is left out."""
        wanted = list(dict.fromkeys(cluster_ids))
        found: dict[int, ClusterInfo] = {}
        with self._read() as connection:
            for start in range(0, len(wanted), IDS_AT_ONCE):
                chunk = wanted[start : start + IDS_AT_ONCE]
                found.update((c.id, c) for c in self._cluster_rows(connection, cluster_ids=chunk))
        return [found[cluster_id] for cluster_id in wanted if cluster_id in found]

    def get_cluster(self, cluster_id: int) -> ClusterDetail:
        """A cluster with every appearance in time order (the first appearance first)."""
        with self._read() as connection:
            return self._detail(connection, cluster_id)

    def _detail(self, connection: Connection, cluster_id: int) -> ClusterDetail:
        found = self._cluster_rows(connection, cluster_ids=[cluster_id])
        if not found:
            raise NotFoundError("cluster", cluster_id)
        rows = connection.execute(
            _appearances()
            .where(cluster_member_table.c.cluster_id == cluster_id)
            .order_by(*_time_order())
        )
        return ClusterDetail(found[0], tuple(_appearance(row) for row in rows))

    def cluster_of_claim(self, claim_id: int) -> int | None:
        """The id of the cluster ``claim_id`` is in, or None."""
        m = cluster_member_table.c
        with self._read() as connection:
            found = connection.execute(select(m.cluster_id).where(m.claim_id == claim_id)).scalar()
        return None if found is None else int(found)

    def cluster_memberships(self) -> dict[int, int]:
        """Every clustered claim's cluster: claim id -> cluster id."""
        m = cluster_member_table.c
        with self._read() as connection:
            rows = connection.execute(select(m.claim_id, m.cluster_id))
            return {int(claim_id): int(cluster_id) for claim_id, cluster_id in rows}

    def claims_with_status(self, status: str | VerdictStatus) -> list[Appearance]:
        """The claims whose cluster's verdict has ``status``, in time order."""
        value = self._status(status)
        m, cl = cluster_member_table.c, cluster_table.c
        query = (
            _appearances()
            .where(m.cluster_id.in_(select(cl.id).where(cl.status == value).scalar_subquery()))
            .order_by(*_time_order())
        )
        with self._read() as connection:
            return [_appearance(row) for row in connection.execute(query)]

    def cluster_claim_review(self, cluster_id: int) -> dict[str, Any]:
        """The cluster's verdict as a schema.org ClaimReview (JSON-LD, as a dict); raises
        InvalidValueError while the verdict lacks what a ClaimReview requires."""
        from claimdesk.core.export.claim_review import claim_review  # noqa: PLC0415

        return claim_review(self.get_cluster(cluster_id))

    def export_claim_review(self, cluster_id: int, destination: str | os.PathLike[str]) -> None:
        """Write the cluster's ClaimReview (JSON-LD, UTF-8) to ``destination``, whole or not at
        all; raises InvalidValueError, writing nothing, while the verdict lacks what a
        ClaimReview requires (ExportFileError when the file cannot be written)."""
        from claimdesk.core.export.atomic import written_atomically  # noqa: PLC0415

        review = self.cluster_claim_review(cluster_id)
        data = json.dumps(review, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
        with written_atomically(destination) as stream:
            stream.write(data)

    def count_clusters(self) -> int:
        """How many clusters hold at least one claim (one count over the member table)."""
        m = cluster_member_table.c
        with self._read() as connection:
            return int(
                connection.execute(select(func.count(func.distinct(m.cluster_id)))).scalar() or 0
            )

    # -- editing ---------------------------------------------------------------------------

    def _status(self, status: str | VerdictStatus) -> str:
        """The key of the catalogue's status ``status`` names (its key or label)."""
        return self.verdict_label(str(status)).key

    def _stamp(self) -> dict[str, Any]:
        return {"updated_at": utc_now(), "updated_by": self.user_name}

    def _new_cluster(self, rec: Recorder, *, confirmed: bool) -> int:
        now = utc_now()
        (cluster_id,) = rec.insert(
            cluster_table,
            {
                "confirmed": confirmed,
                "created_at": now,
                "updated_at": now,
                "created_by": self.user_name,
                "updated_by": self.user_name,
            },
        )
        return int(cluster_id)

    def _claim_quotes(self, claim_ids: Sequence[int] | None) -> list[tuple[int, str]]:
        """(id, quote) of the claims ``claim_ids`` (all claims when None), by id."""
        c = claim_table.c
        query = select(c.id, c.quote).order_by(c.id)
        if claim_ids is not None:
            query = query.where(c.id.in_(sorted(set(claim_ids))))
        with self._read() as connection:
            return [(int(i), str(q)) for i, q in connection.execute(query)]

    def _members(self, connection: Connection, cluster_id: int) -> list[int]:
        m = cluster_member_table.c
        return [
            int(i)
            for i in connection.execute(
                select(m.claim_id).where(m.cluster_id == cluster_id).order_by(m.claim_id)
            ).scalars()
        ]

    def _gather(
        self, extra_pairs: Iterable[tuple[int, int]] = (), description: str = "Gather clusters"
    ) -> GatherResult:
        """Place the claims tied by "same claim" links (and ``extra_pairs``, the almost certain
        matches the caller found) into clusters, as one edit. Claims already in a cluster stay
        where they are; a group touching no cluster becomes a new cluster; the unplaced claims
        of a group touching clusters join the one holding most of the group (the lowest id on
        a tie), which is no longer confirmed (it has members the user has not seen)."""
        link, m = claim_link_table.c, cluster_member_table.c
        created: list[int] = []
        extended: list[int] = []
        added = 0
        with self._edit(description) as rec:
            connection = rec.connection
            pairs = [
                (int(a), int(b))
                for a, b in connection.execute(
                    select(link.from_claim_id, link.to_claim_id).where(
                        link.relation == LinkRelation.SAME.value
                    )
                )
            ]
            pairs.extend(extra_pairs)
            placed = {
                int(claim): int(cluster)
                for claim, cluster in connection.execute(select(m.claim_id, m.cluster_id))
            }
            groups = _components(pairs)
            wanted = sorted({claim for group in groups for claim in group} - set(placed))
            article_of: dict[int, int] = {}
            c = claim_table.c
            for start in range(0, len(wanted), 5000):
                article_of.update(
                    (int(claim), int(article))
                    for claim, article in connection.execute(
                        select(c.id, c.article_id).where(c.id.in_(wanted[start : start + 5000]))
                    )
                )
            for group in groups:
                # a claim deleted since a match named it is left out
                unplaced = [claim for claim in group if claim not in placed and claim in article_of]
                if not unplaced:
                    continue
                holding: dict[int, int] = {}
                for claim in group:
                    if claim in placed:
                        holding[placed[claim]] = holding.get(placed[claim], 0) + 1
                if holding:
                    target = min(holding, key=lambda cid: (-holding[cid], cid))
                    rec.update(cluster_table, (target,), {"confirmed": False, **self._stamp()})
                    extended.append(target)
                else:
                    target = self._new_cluster(rec, confirmed=False)
                    created.append(target)
                rec.insert_many(
                    cluster_member_table,
                    [
                        {"claim_id": claim, "cluster_id": target, "article_id": article_of[claim]}
                        for claim in unplaced
                    ],
                )
                for claim in unplaced:
                    placed[claim] = target
                added += len(unplaced)
        return GatherResult(tuple(created), tuple(extended), added)

    def confirm_cluster(
        self, cluster_id: int, *, confirmed: bool = True, expected_version: int | None = None
    ) -> ClusterInfo:
        """Mark the cluster's members as checked by the user (or, ``confirmed`` False, not)."""
        with self._edit("Confirm cluster" if confirmed else "Unconfirm cluster") as rec:
            rec.update(
                cluster_table,
                (cluster_id,),
                {"confirmed": confirmed, **self._stamp()},
                expected_version=expected_version,
            )
        return self.get_cluster(cluster_id).cluster

    def split_cluster(
        self,
        cluster_id: int,
        claim_ids: Sequence[int],
        *,
        expected_version: int | None = None,
    ) -> ClusterInfo:
        """Take ``claim_ids`` out of the cluster into a new, confirmed cluster (the user chose
        them), as one edit; returns the new cluster. At least one claim must stay behind."""
        chosen = sorted(set(claim_ids))
        if not chosen:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Errors", "Choose the claims to take out of the cluster.")
            )
        with self._edit(f"Split cluster {cluster_id}") as rec:
            rec.lock(cluster_table, (cluster_id,), expected_version)
            members = set(self._members(rec.connection, cluster_id))
            strangers = [claim for claim in chosen if claim not in members]
            if strangers:
                raise InvalidValueError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Claim {claim} is not in cluster {cluster} (any more): "
                        "nothing was changed.",
                    ),
                    claim=strangers[0],
                    cluster=cluster_id,
                )
            if len(chosen) == len(members):
                raise InvalidValueError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "A split must leave at least one claim in the cluster: "
                        "nothing was changed.",
                    )
                )
            new_id = self._new_cluster(rec, confirmed=True)
            for claim in chosen:
                rec.update(cluster_member_table, (claim,), {"cluster_id": new_id})
            rec.update(cluster_table, (cluster_id,), self._stamp())
        return self.get_cluster(new_id).cluster

    def merge_clusters(
        self,
        target_id: int,
        other_ids: Sequence[int],
        *,
        expected_versions: Mapping[int, int] | None = None,
    ) -> ClusterInfo:
        """Move every claim of ``other_ids`` into ``target_id`` and remove those clusters, as
        one edit; the merged cluster counts as confirmed (the user put it together). The target
        keeps its verdict; one without a verdict takes the first verdict among the others.
        ``expected_versions`` maps cluster ids to the versions the user saw."""
        others = [i for i in dict.fromkeys(other_ids) if i != target_id]
        if not others:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Errors", "Choose at least one other cluster to merge.")
            )
        seen = expected_versions or {}
        with self._edit(f"Merge {len(others) + 1} clusters") as rec:
            target = rec.lock(cluster_table, (target_id,), seen.get(target_id))
            verdict: dict[str, Any] = {}
            for other_id in others:
                other = rec.lock(cluster_table, (other_id,), seen.get(other_id))
                if not verdict and other["status"] != VerdictStatus.UNCHECKED.value:
                    verdict = {
                        key: other[key]
                        for key in (
                            "status",
                            "explanation",
                            "review_url",
                            "reviewer",
                            "reviewed_on",
                        )
                    }
                for claim in self._members(rec.connection, other_id):
                    rec.update(cluster_member_table, (claim,), {"cluster_id": target_id})
                rec.delete(cluster_table, (other_id,))
            if target["status"] != VerdictStatus.UNCHECKED.value:
                verdict = {}
            rec.update(cluster_table, (target_id,), {**verdict, "confirmed": True, **self._stamp()})
        return self.get_cluster(target_id).cluster

    def set_verdict(
        self,
        cluster_id: int,
        status: str | VerdictStatus,
        *,
        explanation: Any = UNCHANGED,
        review_url: Any = UNCHANGED,
        reviewer: Any = UNCHANGED,
        reviewed_on: Any = UNCHANGED,
        expected_version: int | None = None,
    ) -> ClusterInfo:
        """Give the cluster a verdict (one undoable edit). Fields left out stay as they are; a
        finding's date defaults to today and its reviewer to the user."""
        values: dict[str, Any] = {}
        if explanation is not UNCHANGED:
            values["explanation"] = check_explanation(explanation)
        if review_url is not UNCHANGED:
            values["review_url"] = check_review_url(review_url)
        if reviewer is not UNCHANGED:
            values["reviewer"] = check_reviewer(reviewer)
        if reviewed_on is not UNCHANGED:
            values["reviewed_on"] = self._date(reviewed_on)
        with self._edit("Verdict") as rec:
            found = self._locked_status(rec, status)
            rec.edit.description = f"Verdict: {found.label}"
            values["status"] = found.key
            before = rec.lock(cluster_table, (cluster_id,), expected_version)
            if found.rated:
                if "reviewed_on" not in values and before["reviewed_on"] is None:
                    values["reviewed_on"] = date.today().isoformat()
                if "reviewer" not in values and not before["reviewer"]:
                    values["reviewer"] = self.user_name
            rec.update(cluster_table, (cluster_id,), {**values, **self._stamp()})
        return self.get_cluster(cluster_id).cluster

    @staticmethod
    def _date(value: object) -> str | None:
        return None if value is None else read_review_date(str(value))
