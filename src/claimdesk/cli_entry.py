"""The ``claimdesk-cli`` console script: ``--version`` is answered before the command line module
is imported (argparse, re and the parser's set-up cost more than Python's own start), so a script
that checks the version pays for little more than starting Python; anything else runs
:func:`claimdesk.cli.main`."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        from claimdesk import __version__  # noqa: PLC0415  (only this: the package's constant)

        print(f"claimdesk-cli {__version__}")
        return 0
    from claimdesk.cli import main as cli_main  # noqa: PLC0415  (see the module's docstring)

    return cli_main(argv)
