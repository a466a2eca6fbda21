"""Write (or check) the SQLite schema snapshot new catalogues are made from.

    make schema                                  # after writing or changing a migration
    .venv/bin/python tools/sqlite_schema.py --check

Builds an empty SQLite catalogue with the migrations alone (the snapshot left out), and writes
what they made to src/claimdesk/core/storage/sqlite_schema.sql
(:mod:`claimdesk.core.storage.sqlite_snapshot`). ``--check`` writes nothing and exits with 1 when
the file differs from what the migrations make now.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

from claimdesk.core.storage.db import create_catalogue_engine, head_revision, upgrade_schema
from claimdesk.core.storage.sqlite_snapshot import SNAPSHOT, dump_schema


def snapshot_of_migrations() -> str:
    """The snapshot of a catalogue the migrations build in a new file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "migrated.sqlite"
        engine = create_catalogue_engine(f"sqlite:///{path}")
        try:
            upgrade_schema(engine, from_snapshot=False)
        finally:
            engine.dispose()
        revision = head_revision()
        assert revision is not None, "the migrations have no head"
        connection = sqlite3.connect(path)
        try:
            return dump_schema(connection, revision)
        finally:
            connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args()
    wanted = snapshot_of_migrations()
    current = SNAPSHOT.read_text("utf-8") if SNAPSHOT.exists() else ""
    if args.check:
        if current != wanted:
            print(f"{SNAPSHOT} is not what the migrations make: run make schema", file=sys.stderr)
            return 1
        print(f"{SNAPSHOT} matches the migrations")
        return 0
    if current == wanted:
        print(f"{SNAPSHOT} was up to date")
    else:
        SNAPSHOT.write_text(wanted, "utf-8")
        print(f"wrote {SNAPSHOT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
