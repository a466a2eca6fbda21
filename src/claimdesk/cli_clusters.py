"""claimdesk-cli's commands for claim clusters, verdicts and statistics (issue 19):
``clusters``, ``cluster ID``, ``verdict CLUSTER`` and ``stats``.

cli.py registers them (:func:`add_commands`) and hands over how it shows text and prints JSON
(:class:`Output`), so this module does not import cli.py back. Like cli.py it reaches the core
through the door and the domain only.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.i18n_text import PLURAL, translate

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.domain.clusters import (
        Appearance,
        CatalogueStatistics,
        ClusterDetail,
        ClusterInfo,
        Count,
    )

Command = Callable[[str, Callable[..., None], str], argparse.ArgumentParser]
"""cli.py's way of adding a subcommand: name, handler(catalogue, args), help."""


@dataclass(frozen=True, slots=True)
class Output:
    """How cli.py shows text on a terminal and prints JSON, and how it reads an id or a text."""

    shown: Callable[[str], str]
    print_json: Callable[[Any], None]
    id_type: Callable[[str], int]
    text_type: Callable[[str], str]


# -- records -------------------------------------------------------------------------------


def appearance_record(a: Appearance) -> dict[str, Any]:
    return {
        "claim_id": a.claim_id,
        "quote": a.quote,
        "kind": a.kind,
        "speaker_id": a.speaker_id,
        "speaker": a.speaker_name,
        "article_id": a.article_id,
        "article_title": a.article_title,
        "outlet": a.outlet,
        "published": a.published,
        "url": a.url,
    }


def cluster_record(c: ClusterInfo) -> dict[str, Any]:
    return {
        "id": c.id,
        "size": c.size,
        "status": str(c.status),
        "status_label": c.status_label,
        "explanation": c.explanation,
        "review_url": c.review_url,
        "reviewer": c.reviewer,
        "reviewed_on": c.reviewed_on,
        "confirmed": c.confirmed,
        "first_published": c.first.published,
        "last_published": c.last_published,
        "first_appearance": appearance_record(c.first),
        "version": c.version,
    }


def _counts(figures: tuple[Count, ...]) -> list[dict[str, Any]]:
    return [{"key": f.key, "label": f.label, "claims": f.claims} for f in figures]


def statistics_record(s: CatalogueStatistics) -> dict[str, Any]:
    return {
        "claims": s.claims,
        "by_speaker": _counts(s.by_speaker),
        "by_outlet": _counts(s.by_outlet),
        "by_tag": _counts(s.by_tag),
        "by_kind": _counts(s.by_kind),
        "by_month": _counts(s.by_month),
    }


# -- commands --------------------------------------------------------------------------------


def _claims(count: int) -> str:
    return translate("CliClusters", "%n claim(s)", None, PLURAL, count)


def shown_status(key: str, label: str) -> str:
    """A verdict status's label as the plain output shows it: the desk's own label as it was
    written, or, while a default status keeps its default (English) label, that label in the
    command line's language (as the window shows it)."""
    from claimdesk.core.domain.clusters import DEFAULT_LABELS, VerdictStatus  # noqa: PLC0415

    default = next((DEFAULT_LABELS[s] for s in VerdictStatus if s.value == key), None)
    return translate("VerdictStatus", label) if label == default else label


def _status_line(c: ClusterInfo) -> str:
    status = shown_status(c.status, c.status_label)
    if c.confirmed:
        return translate("CliClusters", "{status}, confirmed").format(status=status)
    return status


def _no_date() -> str:
    return translate("CliClusters", "(no date)")


def _unattributed() -> str:
    return translate("CliClusters", "(unattributed)")


def cmd_clusters(catalogue: Catalogue, args: argparse.Namespace, out: Output) -> None:
    if args.links_only and not args.gather:
        # it was ignored without a word: the clusters listed, none gathered
        raise InvalidValueError(
            translate("CliClusters", "--links-only says how to gather: give --gather too.")
        )
    if args.gather:
        done = catalogue.gather_clusters(almost_certain=not args.links_only)
        if not args.json:
            n_created = len(done.created)
            new = translate("CliClusters", "%n new cluster(s)", None, PLURAL, n_created)
            n_extended = len(done.extended)
            grown = translate("CliClusters", "%n grown", None, PLURAL, n_extended)
            n_claims_added = done.claims_added
            print(
                translate("CliClusters", "Gathered %n claim(s): {new}, {grown}.", None,
                          PLURAL, n_claims_added).format(new=new, grown=grown)
            )  # fmt: skip
    if args.claims:
        if args.status is None:
            raise InvalidValueError(
                translate("CliClusters", "--claims lists the claims of one status: add --status.")
            )
        appearances = catalogue.claims_with_status(args.status)
        if args.json:
            out.print_json([appearance_record(a) for a in appearances])
            return
        for a in appearances:
            print(_appearance_line(a, out))
        return
    clusters = catalogue.list_clusters(args.status)
    if args.json:
        out.print_json([cluster_record(c) for c in clusters])
        return
    for c in clusters:
        when = c.first.published or _no_date()
        speaker = out.shown(c.first.speaker_name or _unattributed())
        print(
            f"{c.id}\t{_claims(c.size)}\t{_status_line(c)}\t{when}\t{speaker}\t"
            f"“{out.shown(c.first.quote)}”"
        )


def _appearance_line(a: Appearance, out: Output, mark: str = "") -> str:
    speaker = out.shown(a.speaker_name or _unattributed())
    outlet = out.shown(a.outlet or translate("CliClusters", "(no outlet)"))
    article = translate("CliClusters", "article {id}").format(id=a.article_id)
    claim = translate("CliClusters", "claim {id}").format(id=a.claim_id)
    return (
        f"{mark}{a.published or _no_date()}\t{speaker}\t{outlet}\t"
        f"{article}\t{a.kind}\t{claim}\t“{out.shown(a.quote)}”"
    )


def cmd_cluster(catalogue: Catalogue, args: argparse.Namespace, out: Output) -> None:
    said: dict[str, Any] = {}
    if args.split:
        new = catalogue.split_cluster(args.cluster_id, args.split)
        said["split_into"] = new.id
        if not args.json:
            n_split = len(args.split)
            print(
                translate("CliClusters", "Split %n claim(s) into cluster {cluster}.", None,
                          PLURAL, n_split).format(cluster=new.id)
            )  # fmt: skip
    if args.merge:
        catalogue.merge_clusters(args.cluster_id, args.merge)
        said["merged"] = list(args.merge)
        if not args.json:
            merged = ", ".join(str(i) for i in args.merge)
            n_merge = len(args.merge)
            print(
                translate("CliClusters", "Merged %n cluster(s) ({merged}) into {cluster}.", None,
                          PLURAL, n_merge).format(merged=merged, cluster=args.cluster_id)
            )  # fmt: skip
    if args.confirm:
        catalogue.confirm_cluster(args.cluster_id)
    if args.claimreview:
        print(
            json.dumps(
                catalogue.cluster_claim_review(args.cluster_id), ensure_ascii=False, indent=2
            )
        )
        return
    detail = catalogue.get_cluster(args.cluster_id)
    if args.json:
        out.print_json({**_detail_record(detail), **said})
        return
    c = detail.cluster
    print(
        translate("CliClusters", "Cluster {cluster}: {claims}, {status}").format(
            cluster=c.id, claims=_claims(c.size), status=_status_line(c)
        )
    )
    if c.explanation:
        print(translate("CliClusters", "Explanation: {text}").format(text=out.shown(c.explanation)))
    if c.review_url:
        print(translate("CliClusters", "Fact-check: {url}").format(url=out.shown(c.review_url)))
    if c.reviewer or c.reviewed_on:
        print(
            translate("CliClusters", "Reviewed by {reviewer} on {date}").format(
                reviewer=out.shown(c.reviewer or translate("CliClusters", "(unknown)")),
                date=c.reviewed_on or _no_date(),
            )
        )
    for number, a in enumerate(detail.appearances):
        print(_appearance_line(a, out, "* " if number == 0 else "  "))


def _detail_record(detail: ClusterDetail) -> dict[str, Any]:
    return {
        **cluster_record(detail.cluster),
        "appearances": [appearance_record(a) for a in detail.appearances],
    }


def cmd_verdict(catalogue: Catalogue, args: argparse.Namespace, out: Output) -> None:
    given = {
        "explanation": args.explanation,
        "review_url": args.url,
        "reviewer": args.reviewer,
        "reviewed_on": args.date,
    }
    cluster = catalogue.set_verdict(
        args.cluster_id,
        args.status,
        **{name: value for name, value in given.items() if value is not None},
    )
    if args.json:
        out.print_json(cluster_record(cluster))
        return
    print(
        translate("CliClusters", "Cluster {cluster}: {status}").format(
            cluster=cluster.id, status=_status_line(cluster)
        )
    )


def cmd_stats(catalogue: Catalogue, args: argparse.Namespace, out: Output) -> None:
    stats = catalogue.statistics()
    if args.json:
        out.print_json(statistics_record(stats))
        return
    print(translate("CliClusters", "Claims: {count}").format(count=stats.claims))
    # the core names the figure of claims without a speaker, an outlet or a date in English
    for title, figures, missing in (
        (
            translate("CliClusters", "By speaker:"),
            stats.by_speaker,
            translate("CliClusters", "(no speaker)"),
        ),
        (
            translate("CliClusters", "By outlet:"),
            stats.by_outlet,
            translate("CliClusters", "(no outlet)"),
        ),
        (translate("CliClusters", "By tag:"), stats.by_tag, ""),
        (translate("CliClusters", "By kind:"), stats.by_kind, ""),
        (translate("CliClusters", "By month:"), stats.by_month, _no_date()),
    ):
        print(f"\n{title}")
        for f in figures:
            label = missing if f.key is None and missing else f.label
            if figures is stats.by_kind:  # the kinds' names, as the window shows them
                label = translate("ClaimKind", label)
            print(f"  {f.claims}\t{out.shown(label)}")


def _status_help() -> str:
    return translate(
        "CliClusters", "a status's key or label (claimdesk-cli verdict-labels lists them)"
    )


def add_commands(command: Command, out: Output) -> None:
    """Add ``clusters``, ``cluster``, ``verdict`` and ``stats`` to claimdesk-cli."""
    p = command(
        "clusters",
        partial(cmd_clusters, out=out),
        translate(
            "CliClusters",
            "list claim clusters (the largest first) with their verdicts and first appearances",
        ),
    )
    p.add_argument(
        "--status",
        type=out.text_type,
        help=translate("CliClusters", "only clusters with this verdict ({statuses})").format(
            statuses=_status_help()
        ),
    )
    p.add_argument(
        "--gather",
        action="store_true",
        help=translate(
            "CliClusters",
            "first place the claims linked as the same claim, and those almost certainly the "
            "same, into clusters (one undoable edit; claims already in clusters stay). Matching "
            "compares every claim: about 20 ms a claim, so minutes in a large catalogue, where "
            "--links-only takes a moment",
        ),
    )
    p.add_argument(
        "--links-only",
        action="store_true",
        help=translate("CliClusters", "with --gather: only the same-claim links"),
    )
    p.add_argument(
        "--claims",
        action="store_true",
        help=translate("CliClusters", "with --status: list the claims, in time order"),
    )
    p.add_argument("--json", action="store_true")

    p = command(
        "cluster",
        partial(cmd_cluster, out=out),
        translate(
            "CliClusters",
            "show a cluster: its verdict and every appearance in time order (the first marked *)",
        ),
    )
    p.add_argument("cluster_id", type=out.id_type, metavar="ID")
    shown_as = p.add_mutually_exclusive_group()
    shown_as.add_argument("--json", action="store_true")
    shown_as.add_argument(
        "--claimreview",
        action="store_true",
        help=translate("CliClusters", "print the verdict as schema.org ClaimReview JSON-LD"),
    )
    p.add_argument(
        "--split",
        type=out.id_type,
        nargs="+",
        metavar="CLAIM_ID",
        help=translate("CliClusters", "first take these claims out into a new cluster"),
    )
    p.add_argument(
        "--merge",
        type=out.id_type,
        nargs="+",
        metavar="CLUSTER_ID",
        help=translate("CliClusters", "first move every claim of these clusters into this one"),
    )
    p.add_argument(
        "--confirm",
        action="store_true",
        help=translate("CliClusters", "mark its claims as checked"),
    )

    p = command(
        "verdict",
        partial(cmd_verdict, out=out),
        translate("CliClusters", "give a cluster a fact-check verdict"),
    )
    p.add_argument("cluster_id", type=out.id_type, metavar="CLUSTER")
    p.add_argument("--status", required=True, type=out.text_type, help=_status_help())
    p.add_argument(
        "--url", type=out.text_type, help=translate("CliClusters", "the fact-check's address")
    )
    p.add_argument(
        "--explanation", type=out.text_type, help=translate("CliClusters", "why the rating")
    )
    p.add_argument(
        "--reviewer",
        type=out.text_type,
        help=translate("CliClusters", "who reviewed it (default: you)"),
    )
    p.add_argument(
        "--date",
        type=out.text_type,
        help=translate(
            "CliClusters", "date of the verdict, YYYY-MM-DD or DD.MM.YYYY (default: today)"
        ),
    )
    p.add_argument("--json", action="store_true")

    p = command(
        "stats",
        partial(cmd_stats, out=out),
        translate("CliClusters", "count claims per speaker, outlet, tag, kind and month"),
    )
    p.add_argument("--json", action="store_true")
