"""claimdesk-cli's REFI-QDA commands: ``export-qdpx --output FILE`` writes the whole catalogue
as a ``.qdpx`` project for QDA software (QualCoder, NVivo, ATLAS.ti, MAXQDA); ``import-qdpx
FILE`` reads one back, whole or not at all.

Both go through the door (``Catalogue.export_qdpx`` and ``Catalogue.import_qdpx``); nothing of
the core is imported until a command runs. :func:`add_qdpx_commands` is all claimdesk.cli calls.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue

Command = Callable[[str, Callable[..., None], str], argparse.ArgumentParser]
"""How claimdesk.cli adds a command: ``command(name, handler, help)`` gives its parser."""

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _shown(text: str) -> str:
    """A file name as printed: control characters and lone surrogates escaped (as
    claimdesk.cli shows text), so a name cannot send terminal escape sequences."""
    return _CONTROL.sub(
        lambda m: m.group().encode("unicode_escape", "backslashreplace").decode(), text
    )


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def cmd_export_qdpx(catalogue: Catalogue, args: argparse.Namespace) -> None:
    result = catalogue.export_qdpx(args.output, project_name=args.name or "")
    if args.json:
        print(json.dumps({"file": str(Path(args.output).resolve()), **asdict(result)}))
    left_out = f" ({_count(result.left_out, 'orphaned claim')} left out)" if result.left_out else ""
    print(
        f"{_count(result.articles, 'article')}, {_count(result.claims, 'claim')} and "
        f"{_count(result.speakers, 'speaker')} written to "
        f"{_shown(str(Path(args.output).resolve()))}{left_out}",
        file=sys.stderr,
    )


def cmd_import_qdpx(catalogue: Catalogue, args: argparse.Namespace) -> None:
    result = catalogue.import_qdpx(args.file)
    if args.json:
        print(json.dumps(asdict(result)))
    found = f" ({result.articles_found} already there)" if result.articles_found else ""
    skipped = f", {result.claims_skipped} already there" if result.claims_skipped else ""
    print(
        f"{_count(result.articles_created, 'article')}{found}, "
        f"{_count(result.speakers_created, 'new speaker')}, "
        f"{_count(result.claims, 'claim')}{skipped}"
        + (f", {_count(result.links, 'link')}" if result.links else "")
        + f" imported from {_shown(str(args.file))}",
        file=sys.stderr,
    )


def add_qdpx_commands(command: Command) -> None:
    """Add ``export-qdpx`` and ``import-qdpx`` to claimdesk-cli."""
    p = command(
        "export-qdpx",
        cmd_export_qdpx,
        "export the whole catalogue as a REFI-QDA project (.qdpx) for QDA software",
    )
    p.add_argument("--output", "-o", required=True, type=Path, metavar="OUT.qdpx")
    p.add_argument("--name", help="the project's name (default: ClaimDesk)")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p = command(
        "import-qdpx",
        cmd_import_qdpx,
        "import a REFI-QDA project (.qdpx): its text sources as articles, its selections as "
        "claims, its cases as speakers; all of it or, on any error, nothing",
    )
    p.add_argument("file", type=Path, metavar="FILE.qdpx")
    p.add_argument("--json", action="store_true", help="print what was imported as JSON")
