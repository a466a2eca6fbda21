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

from claimdesk.i18n_text import PLURAL, translate

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


def cmd_export_qdpx(catalogue: Catalogue, args: argparse.Namespace) -> None:
    result = catalogue.export_qdpx(args.output, project_name=args.name or "")
    if args.json:
        print(json.dumps({"file": str(Path(args.output).resolve()), **asdict(result)}))
    # one count a message: the sentence is put together from whole phrases, each a plural
    n_articles = result.articles
    articles = translate("CliQdpx", "%n article(s)", None, PLURAL, n_articles)
    n_claims = result.claims
    claims = translate("CliQdpx", "%n claim(s)", None, PLURAL, n_claims)
    n_speakers = result.speakers
    speakers = translate("CliQdpx", "%n speaker(s)", None, PLURAL, n_speakers)
    written = translate("CliQdpx", "{articles}, {claims} and {speakers} written to {path}").format(
        articles=articles,
        claims=claims,
        speakers=speakers,
        path=_shown(str(Path(args.output).resolve())),
    )
    if result.left_out:
        n_left_out = result.left_out
        left_out = translate("CliQdpx", "%n orphaned claim(s) left out", None, PLURAL, n_left_out)
        written = f"{written} ({left_out})"
    print(written, file=sys.stderr)


def cmd_import_qdpx(catalogue: Catalogue, args: argparse.Namespace) -> None:
    result = catalogue.import_qdpx(args.file)
    if args.json:
        print(json.dumps(asdict(result)))
    n_articles_created = result.articles_created
    articles = translate("CliQdpx", "%n article(s)", None, PLURAL, n_articles_created)
    if result.articles_found:
        n_articles_found = result.articles_found
        there = translate("CliQdpx", "%n already there", None, PLURAL, n_articles_found)
        articles = f"{articles} ({there})"
    n_speakers_created = result.speakers_created
    speakers = translate("CliQdpx", "%n new speaker(s)", None, PLURAL, n_speakers_created)
    n_claims = result.claims
    claims = translate("CliQdpx", "%n claim(s)", None, PLURAL, n_claims)
    if result.claims_skipped:
        n_claims_skipped = result.claims_skipped
        there = translate("CliQdpx", "%n already there", None, PLURAL, n_claims_skipped)
        claims = f"{claims}, {there}"
    if result.links:
        n_links = result.links
        links = translate("CliQdpx", "%n link(s)", None, PLURAL, n_links)
        claims = f"{claims}, {links}"
    print(
        translate("CliQdpx", "{articles}, {speakers}, {claims} imported from {path}").format(
            articles=articles, speakers=speakers, claims=claims, path=_shown(str(args.file))
        ),
        file=sys.stderr,
    )


def add_qdpx_commands(command: Command) -> None:
    """Add ``export-qdpx`` and ``import-qdpx`` to claimdesk-cli."""
    p = command(
        "export-qdpx",
        cmd_export_qdpx,
        translate(
            "CliQdpx", "export the whole catalogue as a REFI-QDA project (.qdpx) for QDA software"
        ),
    )
    p.add_argument("--output", "-o", required=True, type=Path, metavar="OUT.qdpx")
    p.add_argument("--name", help=translate("CliQdpx", "the project's name (default: ClaimDesk)"))
    p.add_argument(
        "--json", action="store_true", help=translate("CliQdpx", "print what was written as JSON")
    )
    p = command(
        "import-qdpx",
        cmd_import_qdpx,
        translate(
            "CliQdpx",
            "import a REFI-QDA project (.qdpx): its text sources as articles, its selections as "
            "claims, its cases as speakers; all of it or, on any error, nothing",
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE.qdpx")
    p.add_argument(
        "--json", action="store_true", help=translate("CliQdpx", "print what was imported as JSON")
    )
