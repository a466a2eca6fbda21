"""claimdesk-cli's ``verdict-labels``: the catalogue's verdict statuses, their labels and order
(issue 19), listed and edited (``--rename KEY LABEL``, ``--add KEY LABEL``, ``--remove KEY``,
``--order KEY…``), each change one undoable edit.

cli.py registers it (:func:`add_verdict_label_commands`) and hands over how it shows text and
prints JSON (cli_clusters' :class:`Output`); like cli.py it reaches the core through the door and
the domain only.
"""

from __future__ import annotations

import argparse
from functools import partial
from typing import TYPE_CHECKING, Any

from claimdesk.cli_clusters import Command, Output, shown_status
from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.i18n_text import PLURAL, translate

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.domain.clusters import VerdictLabel


def verdict_label_record(v: VerdictLabel) -> dict[str, Any]:
    return {
        "key": v.key,
        "label": v.label,
        "position": v.position,
        "finding": v.rated,
        "clusters": v.clusters,
        "version": v.version,
    }


def cmd_verdict_labels(catalogue: Catalogue, args: argparse.Namespace, out: Output) -> None:
    done: list[str] = []
    if args.add:
        key, label = args.add
        added = catalogue.add_verdict_label(label, key, rated=not args.not_finding)
        done.append(
            translate("Cli", "Added “{label}” ({key}).").format(
                label=out.shown(added.label), key=added.key
            )
        )
    if args.rename:
        key, label = args.rename
        renamed = catalogue.rename_verdict_label(catalogue.verdict_label(key).key, label)
        done.append(
            translate("Cli", "Renamed {key} to “{label}”.").format(
                key=renamed.key, label=out.shown(renamed.label)
            )
        )
    if args.order:
        named = [catalogue.verdict_label(key).key for key in args.order]
        # the statuses not named keep their order, after those named
        rest = [v.key for v in catalogue.verdict_labels() if v.key not in named]
        catalogue.reorder_verdict_labels([*dict.fromkeys(named), *rest])
        done.append(translate("Cli", "Reordered the statuses."))
    if args.remove:
        gone = catalogue.verdict_label(args.remove)
        try:
            catalogue.remove_verdict_label(gone.key)
        except ClaimDeskError as error:
            # named as listed: a default label in the command line's language ("Unchecked" in
            # a Russian refusal)
            if error.values.get("label") == gone.label:
                error.values = {**error.values, "label": shown_status(gone.key, gone.label)}
            raise
        done.append(
            translate("Cli", "Removed “{label}” ({key}).").format(
                label=out.shown(gone.label), key=gone.key
            )
        )
    labels = catalogue.verdict_labels()
    if args.json:
        out.print_json([verdict_label_record(v) for v in labels])
        return
    for line in done:
        print(line)
    for v in labels:
        finding = translate("Cli", "finding") if v.rated else translate("Cli", "not a finding")
        clusters = v.clusters
        used = translate("Cli", "%n cluster(s)", None, PLURAL, clusters)
        print(f"{v.key}\t{out.shown(shown_status(v.key, v.label))}\t{finding}\t{used}")


def add_verdict_label_commands(command: Command, out: Output) -> None:
    """Add ``verdict-labels`` to claimdesk-cli."""
    p = command(
        "verdict-labels",
        partial(cmd_verdict_labels, out=out),
        "list the verdict statuses (key, label, whether a finding, clusters with it) in the "
        "catalogue's order; rename, add, reorder or remove them",
    )
    p.add_argument(
        "--rename",
        nargs=2,
        type=out.text_type,
        metavar=("KEY", "LABEL"),
        help="give the status KEY (or the one labelled so) a new label",
    )
    p.add_argument(
        "--add",
        nargs=2,
        type=out.text_type,
        metavar=("KEY", "LABEL"),
        help="add a status at the end (KEY: one word of letters, digits and _)",
    )
    p.add_argument(
        "--not-finding",
        action="store_true",
        help="with --add: the status is not a finding (no ClaimReview is published for it)",
    )
    p.add_argument(
        "--order",
        nargs="+",
        type=out.text_type,
        metavar="KEY",
        help="put these statuses first, in this order (the others follow as they were)",
    )
    p.add_argument(
        "--remove",
        type=out.text_type,
        metavar="KEY",
        help="remove a status no cluster has",
    )
    p.add_argument("--json", action="store_true")
