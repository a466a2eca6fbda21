"""The schema revision this version of ClaimDesk writes: the head of its Alembic migrations.

Written down here so that opening a catalogue that is already at it costs one query and no
import of Alembic (whose import took longer than a whole ``claimdesk-cli articles``); Alembic is
loaded only when a catalogue's schema must change. A new migration must update it:
tests/core/storage/test_db.py checks that it equals the head Alembic finds in the migrations folder.
"""

from __future__ import annotations

HEAD_REVISION = "0017"
"""The newest revision in src/claimdesk/migrations/versions/."""
