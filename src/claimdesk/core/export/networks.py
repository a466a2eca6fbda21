"""Networks of speakers for Gephi and other network tools, as GraphML or GEXF 1.3.

Built with networkx from the claims an export chooses (its filters, dates included, are the
time window):

- ``speakers`` (one mode): a node per speaker; two speakers are linked when they made claims of
  one cluster (``agreements``: the clusters they share) or claims linked as contradicting each
  other (``contradictions``); ``weight`` is the sum, ``relation`` says which of the two it is
  (``agreement``, ``contradiction`` or ``both``).
- ``speaker-tag`` and ``speaker-cluster`` (two modes): speakers and tags, or speakers and claim
  clusters; ``weight`` is how many of the speaker's claims have the tag, or are in the cluster.

Every node has ``type`` (``speaker``, ``tag`` or ``cluster``), ``label`` and ``claims`` (how many
of the chosen claims it stands for); speakers also ``role`` and ``organisation``, clusters their
verdict ``status``. Node ids are ``speaker:ID``, ``tag:NAME`` and ``cluster:ID``. Nodes and
edges carry ``start`` and ``end``: the first and last day their claims' articles are dated (a
partial date counts as its whole month or year); in GEXF these make the graph dynamic
(``timeformat="date"``), and a speaker's ``claims`` is also given per month as a dynamic
attribute, so Gephi's timeline can replay the network. GraphML keys are declared with their
types (``long`` for counts, ``string``). Claims without a speaker are left out; so are dates
that cannot be read as a year, month or day.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, Protocol

from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.domain.export_formats import ExportFormat, NetworkKind
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.domain.records import ClaimFilter, ClaimInfo, LinkInfo
from claimdesk.core.export.atomic import written_atomically

if TYPE_CHECKING:
    import os

    import networkx as nx

    from claimdesk.core.domain.clusters import ClusterInfo

CONTRADICTS = "contradicts"
_DATE = re.compile(r"\A(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")


class NetworkSource(Protocol):
    """What a network export reads of a catalogue (the catalogue passes itself)."""

    def iter_claims(
        self, claim_filter: ClaimFilter | None = None, *, batch_size: int = 2000
    ) -> Iterator[ClaimInfo]: ...

    def links_for_claims(self, claim_ids: Sequence[int]) -> list[LinkInfo]: ...

    def cluster_memberships(self) -> dict[int, int]: ...

    def list_clusters(self, status: str | None = None) -> list[ClusterInfo]: ...


@dataclass(frozen=True, slots=True)
class NetworkSummary:
    """What a network export wrote."""

    kind: NetworkKind
    nodes: int
    edges: int
    claims: int
    """The chosen claims the network was drawn from (those with a speaker)."""


def period(published: str | None) -> tuple[str, str] | None:
    """The first and last day a (possibly partial) ISO date stands for, or None."""
    found = _DATE.match(published or "")
    if found is None:
        return None
    year, month, day = found.groups()
    if day is not None:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month is not None:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


@dataclass
class _Span:
    """The days a node's or an edge's claims cover."""

    start: str | None = None
    end: str | None = None

    def add(self, published: str | None) -> None:
        days = period(published)
        if days is None:
            return
        first, last = days
        self.start = first if self.start is None else min(self.start, first)
        self.end = last if self.end is None else max(self.end, last)

    def attributes(self) -> dict[str, str]:
        return (
            {} if self.start is None or self.end is None else {"start": self.start, "end": self.end}
        )


@dataclass
class _Tie:
    """What links two nodes."""

    agreements: set[int] = field(default_factory=set)
    contradictions: int = 0
    weight: int = 0
    span: _Span = field(default_factory=_Span)


def build_network(
    kind: NetworkKind,
    claims: Iterable[ClaimInfo],
    memberships: Mapping[int, int],
    clusters: Mapping[int, ClusterInfo],
    contradictions: Iterable[tuple[int, int]],
    *,
    dynamic: bool = False,
) -> nx.Graph[str]:
    """The ``kind`` of network the claims (with a speaker) draw. ``memberships`` maps claim ids to
    cluster ids, ``contradictions`` are pairs of claim ids linked as contradicting; ``dynamic``
    adds the per-month claim counts GEXF can carry."""
    import networkx as nx  # noqa: PLC0415  (only network exports need it)

    graph: nx.Graph[str] = nx.Graph(kind=kind.value)
    by_id: dict[int, ClaimInfo] = {}
    node_claims: Counter[str] = Counter()
    node_months: defaultdict[str, Counter[str]] = defaultdict(Counter)
    node_spans: defaultdict[str, _Span] = defaultdict(_Span)
    ties: defaultdict[tuple[str, str], _Tie] = defaultdict(_Tie)

    def count(node: str, claim: ClaimInfo) -> None:
        node_claims[node] += 1
        node_spans[node].add(claim.published)
        days = period(claim.published)
        if days is not None:
            node_months[node][days[0][:7]] += 1

    for claim in claims:
        if claim.speaker_id is None:
            continue
        by_id[claim.id] = claim
        speaker = f"speaker:{claim.speaker_id}"
        if speaker not in graph:
            graph.add_node(
                speaker,
                type="speaker",
                label=claim.speaker_name,
                role=claim.speaker_role,
                organisation=claim.speaker_organisation,
            )
        count(speaker, claim)
        others: list[str] = []
        if kind is NetworkKind.SPEAKER_TAG:
            others = [f"tag:{tag}" for tag in claim.tags]
            for tag in claim.tags:
                graph.add_node(f"tag:{tag}", type="tag", label=tag)
        elif kind is NetworkKind.SPEAKER_CLUSTER and claim.id in memberships:
            cluster_id = memberships[claim.id]
            node = f"cluster:{cluster_id}"
            if node not in graph:
                info = clusters.get(cluster_id)
                graph.add_node(
                    node,
                    type="cluster",
                    label=_cluster_label(cluster_id, info),
                    status=str(info.status) if info is not None else "",
                )
            others = [node]
        for other in others:
            count(other, claim)
            tie = ties[(speaker, other)]
            tie.weight += 1
            tie.span.add(claim.published)

    if kind is NetworkKind.SPEAKERS:
        _speaker_ties(by_id, memberships, contradictions, ties)

    for node, total in node_claims.items():
        graph.nodes[node]["claims"] = total
        graph.nodes[node].update(node_spans[node].attributes())
        if dynamic and graph.nodes[node]["type"] == "speaker":
            graph.nodes[node]["claims_in_month"] = [
                (n, *(period(month) or (None, None)))
                for month, n in sorted(node_months[node].items())
            ]
    for (one, other), tie in ties.items():
        attributes: dict[str, Any] = {"weight": tie.weight, **tie.span.attributes()}
        if kind is NetworkKind.SPEAKERS:
            attributes["agreements"] = len(tie.agreements)
            attributes["contradictions"] = tie.contradictions
            attributes["relation"] = (
                "both" if tie.agreements and tie.contradictions
                else "agreement" if tie.agreements else "contradiction"
            )  # fmt: skip
        graph.add_edge(one, other, **attributes)
    return graph


def _speaker_ties(
    claims: Mapping[int, ClaimInfo],
    memberships: Mapping[int, int],
    contradictions: Iterable[tuple[int, int]],
    ties: defaultdict[tuple[str, str], _Tie],
) -> None:
    """Speakers linked through a shared cluster (once per cluster) or a contradiction."""
    speakers_in: defaultdict[int, dict[int, list[ClaimInfo]]] = defaultdict(dict)
    for claim_id, claim in claims.items():
        cluster_id = memberships.get(claim_id)
        if cluster_id is not None and claim.speaker_id is not None:
            speakers_in[cluster_id].setdefault(claim.speaker_id, []).append(claim)
    for cluster_id, by_speaker in speakers_in.items():
        ids = sorted(by_speaker)
        for index, one in enumerate(ids):
            for other in ids[index + 1 :]:
                tie = ties[(f"speaker:{one}", f"speaker:{other}")]
                if cluster_id not in tie.agreements:
                    tie.agreements.add(cluster_id)
                    tie.weight += 1
                for claim in (*by_speaker[one], *by_speaker[other]):
                    tie.span.add(claim.published)
    for first, second in contradictions:
        said, answered = claims.get(first), claims.get(second)
        if said is None or answered is None or said.speaker_id == answered.speaker_id:
            continue
        assert said.speaker_id is not None and answered.speaker_id is not None
        low, high = sorted((said.speaker_id, answered.speaker_id))
        tie = ties[(f"speaker:{low}", f"speaker:{high}")]
        tie.contradictions += 1
        tie.weight += 1
        tie.span.add(said.published)
        tie.span.add(answered.published)


def _cluster_label(cluster_id: int, info: ClusterInfo | None) -> str:
    if info is None:
        return f"Cluster {cluster_id}"
    quote = " ".join(info.first.quote.split())
    return quote if len(quote) <= 80 else f"{quote[:79]}…"


def write_network(graph: nx.Graph[str], export_format: ExportFormat, stream: IO[bytes]) -> None:
    """Write ``graph`` as GraphML or GEXF 1.3 to a binary stream."""
    import networkx as nx  # noqa: PLC0415

    if export_format is ExportFormat.GRAPHML:
        nx.write_graphml(graph, stream, encoding="utf-8", prettyprint=True)
    elif export_format is ExportFormat.GEXF:
        nx.write_gexf(graph, stream, encoding="utf-8", prettyprint=True, version="1.3")
    else:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Errors", "{format} is not a network format."),
            format=export_format.value,
        )


def export_network(
    source: NetworkSource,
    destination: str | os.PathLike[str],
    export_format: ExportFormat,
    kind: NetworkKind,
    claim_filter: ClaimFilter | None = None,
) -> NetworkSummary:
    """Write the ``kind`` network of the claims ``claim_filter`` chooses to ``destination``,
    whole or not at all."""
    claims = [c for c in source.iter_claims(claim_filter) if c.speaker_id is not None]
    memberships = source.cluster_memberships() if kind is not NetworkKind.SPEAKER_TAG else {}
    clusters = (
        {c.id: c for c in source.list_clusters()} if kind is NetworkKind.SPEAKER_CLUSTER else {}
    )
    contradictions: list[tuple[int, int]] = []
    if kind is NetworkKind.SPEAKERS:
        ids = [c.id for c in claims]
        contradictions = [
            (link.from_claim_id, link.to_claim_id)
            for link in source.links_for_claims(ids)
            if link.relation == CONTRADICTS
        ]
    graph = build_network(
        kind,
        claims,
        memberships,
        clusters,
        contradictions,
        dynamic=export_format is ExportFormat.GEXF,
    )
    with written_atomically(destination) as stream:
        write_network(graph, export_format, stream)
    return NetworkSummary(kind, graph.number_of_nodes(), graph.number_of_edges(), len(claims))
