"""Alembic migrations, shipped inside the package; claimdesk.core.db runs them on open."""
