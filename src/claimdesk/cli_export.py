"""claimdesk-cli ``export`` and ``import-annotations``: the catalogue's claims out to a file in
one of the export formats, and W3C Web Annotations back in.

``export --format csv|jsonl|json|webannotation --output FILE`` writes the claims the filters
(the same as ``claims`` has) choose; without ``--format`` the format follows the file's suffix
(.csv, .jsonl, .json, .jsonld). ``export --csv FILE`` still writes CSV, as it always has. The
core writes the file whole or not at all. ``import-annotations FILE`` stores the annotations of
a Web Annotation file as claims on the articles they name (by text hash or url), storing the
articles the file carries that the catalogue lacks with them, all or none.

:mod:`claimdesk.cli` registers these commands (:func:`add_commands`) and hands over what they
share with its other commands (the filters, how text is shown); this module imports only the
door, the domain and the standard library, and those only when a command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.domain.export_formats import ExportFormat, NetworkKind
from claimdesk.i18n_text import PLURAL, translate

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.domain.records import ClaimFilter

CommandMaker = Callable[[str, Callable[..., None], str], argparse.ArgumentParser]
FilterAdder = Callable[..., None]
FilterMaker = Callable[["Catalogue", argparse.Namespace], "ClaimFilter"]
Shown = Callable[[str], str]


def add_commands(
    command: CommandMaker, add_filters: FilterAdder, claim_filter: FilterMaker, shown: Shown
) -> None:
    """Register ``export`` and ``import-annotations`` with ``command`` (the CLI's maker of a
    subcommand), with the CLI's claim filters."""

    def network_name(kind: str) -> str:
        """The network's kind in the command line's language ("speakers" was left in English
        in a Russian line)."""
        names = {
            NetworkKind.SPEAKERS.value: translate("CliExport", "speakers"),
            NetworkKind.SPEAKER_TAG.value: translate("CliExport", "speaker–tag"),
            NetworkKind.SPEAKER_CLUSTER.value: translate("CliExport", "speaker–cluster"),
        }
        return names.get(kind, kind)

    def export(catalogue: Catalogue, args: argparse.Namespace) -> None:
        path, chosen = export_target(args)
        count = catalogue.export_claims(
            path,
            chosen,
            claim_filter(catalogue, args),
            excel=args.excel,
            neutralise_formulas=not args.keep_formulas,
            network=args.network,
        )
        where = shown(str(path.resolve()))
        said = (
            translate("CliExport", "the {network} network of %n claim(s) written to {path}",
                      None, PLURAL, count).format(network=network_name(args.network), path=where)
            if chosen.is_network
            else translate("CliExport", "%n claim(s) written to {path}", None, PLURAL,
                           count).format(path=where)
        )  # fmt: skip
        print(said, file=sys.stderr)

    def import_annotations(catalogue: Catalogue, args: argparse.Namespace) -> None:
        result = catalogue.import_annotations(args.file)
        if args.json:
            record = {
                "claim_ids": [c.id for c in result.claims],
                "new_articles": result.new_articles,
                "new_speakers": result.new_speakers,
                "skipped": result.skipped,
            }
            print(json.dumps(record, ensure_ascii=False, indent=2))
            return
        n_claims = len(result.claims)
        claims = translate(
            "CliExport", "%n claim(s) imported from {path}", None, PLURAL, n_claims
        ).format(path=shown(str(Path(args.file))))
        counts = []
        if result.new_articles:
            n_new_articles = result.new_articles
            counts.append(translate("CliExport", "%n new article(s)", None, PLURAL, n_new_articles))
        n_new_speakers = result.new_speakers
        counts.append(translate("CliExport", "%n new speaker(s)", None, PLURAL, n_new_speakers))
        if result.skipped:
            n_skipped = result.skipped
            counts.append(translate("CliExport", "%n already there", None, PLURAL, n_skipped))
        print(f"{claims} ({', '.join(counts)})")

    formats = [f.value for f in ExportFormat]
    p = command(
        "export",
        export,
        translate(
            "CliExport",
            "export claims to a file: CSV, JSON Lines, JSON (every field; schema "
            "claimdesk/core/export/schemas/claims-v1.schema.json), W3C Web Annotation, a REFI-QDA "
            "project (.qdpx), or the network of their speakers as GraphML or GEXF (for Gephi)",
        ),
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar="FILE",
        help=translate("CliExport", "the file to write"),
    )
    target.add_argument(
        "--csv", type=Path, metavar="OUT.csv", help=translate("CliExport", "write CSV to this file")
    )
    p.add_argument(
        "--format",
        choices=formats,
        help=translate(
            "CliExport",
            "csv, jsonl, json, webannotation, qdpx, graphml or gexf (default: from the "
            "--output file's suffix: .csv, .jsonl, .json, .jsonld, .qdpx, .graphml, .gexf)",
        ),
    )
    add_filters(p, text=True)
    p.add_argument(
        "--network",
        choices=[k.value for k in NetworkKind],
        default=NetworkKind.SPEAKERS.value,
        help=translate(
            "CliExport",
            "GraphML/GEXF: speakers (linked by shared clusters and contradictions), "
            "speaker-tag or speaker-cluster (two-mode); the filters, --since/--until too, choose "
            "the claims (default: speakers)",
        ),
    )
    p.add_argument(
        "--excel",
        action="store_true",
        help=translate("CliExport", "CSV: add a byte-order mark for spreadsheet programs"),
    )
    p.add_argument(
        "--keep-formulas",
        action="store_true",
        help=translate(
            "CliExport", "CSV: do not neutralise cells starting with = + - @ (for data pipelines)"
        ),
    )

    p = command(
        "import-annotations",
        import_annotations,
        translate(
            "CliExport",
            "store the W3C Web Annotations of a file (as export --format webannotation writes "
            "them) as claims on the articles they name (by text or url; the articles the file "
            "carries that the catalogue lacks are stored with them): all or none",
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true")


def export_target(args: argparse.Namespace) -> tuple[Path, ExportFormat]:
    """The file to write and its format, from ``--csv`` or ``--output`` and ``--format``."""
    if args.csv is not None:
        if args.format not in (None, ExportFormat.CSV.value):
            raise InvalidValueError(
                translate(
                    "CliExport",
                    "--csv writes CSV; for --format {format} give --output FILE instead.",
                ).format(format=args.format)
            )
        return args.csv, ExportFormat.CSV
    path: Path = args.output
    if args.format is not None:
        chosen = ExportFormat(args.format)
    else:
        by_suffix = {f.suffix: f for f in ExportFormat}
        found = by_suffix.get(path.suffix.lower())
        if found is None:
            raise InvalidValueError(
                translate("CliExport", "Which format is {name}? Give --format ({formats}).").format(
                    name=path.name, formats=", ".join(f.value for f in ExportFormat)
                )
            )
        chosen = found
    if chosen is not ExportFormat.CSV and (args.excel or args.keep_formulas):
        raise InvalidValueError(
            translate("CliExport", "--excel and --keep-formulas concern CSV exports only.")
        )
    return path, chosen
