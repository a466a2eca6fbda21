"""Generate a new Alembic migration from the difference between the models and the newest schema.

    make migration MSG="add speaker nickname"

Builds a throwaway SQLite catalogue at the current head, compares it with claimdesk.core.models,
and writes src/claimdesk/migrations/versions/NNNN_<msg>.py for you to review and edit.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command

from claimdesk.core.db import MIGRATIONS_DIR, alembic_config, open_engine


def main() -> int:
    message = " ".join(sys.argv[1:]).strip()
    if not message:
        print('usage: make migration MSG="what the migration does"', file=sys.stderr)
        return 2
    versions = MIGRATIONS_DIR / "versions"
    numbers = [int(p.name[:4]) for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py")]
    revision = f"{max(numbers, default=0) + 1:04d}"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "head.sqlite"
        open_engine(path).dispose()
        config = alembic_config()
        config.cmd_opts = type("Options", (), {"x": [f"url=sqlite:///{path}"]})()
        slug = re.sub(r"\W+", "_", message.lower()).strip("_")[:40]
        command.revision(config, message=message, autogenerate=True, rev_id=revision)
        print(f"written: {versions}/{revision}_{slug}.py; review it before committing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
