"""Alembic migrations, shipped inside the package; claimdesk.core.storage.db runs them on open."""
