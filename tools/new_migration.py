"""Generate a new Alembic migration from the difference between the models and the newest schema.

    make migration MSG="add speaker nickname"

Builds a throwaway SQLite catalogue at the current head, compares it with
claimdesk.core.storage.models, and writes src/claimdesk/migrations/versions/NNNN_<msg>.py for you to
review and edit; sets HEAD_REVISION in src/claimdesk/core/storage/schema.py to it (catalogues at
that constant open without loading Alembic, so it must name the newest revision).
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command

from claimdesk.core.storage.db import MIGRATIONS_DIR, alembic_config, open_engine

SCHEMA_MODULE = (
    Path(__file__).resolve().parents[1] / "src" / "claimdesk" / "core" / "storage" / "schema.py"
)


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
    source = SCHEMA_MODULE.read_text(encoding="utf-8")
    updated = re.sub(
        r'^HEAD_REVISION = "[^"]*"', f'HEAD_REVISION = "{revision}"', source, flags=re.M
    )
    SCHEMA_MODULE.write_text(updated, encoding="utf-8")
    print(f"HEAD_REVISION in {SCHEMA_MODULE} is now {revision}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
