"""Alembic environment for ClaimDesk catalogues.

``claimdesk.core.db.upgrade_schema`` passes an open connection in ``config.attributes``; a developer
generating a new revision passes ``-x url=sqlite:///path`` (see CONTRIBUTING.md).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from claimdesk.core.db import create_catalogue_engine
from claimdesk.core.models import metadata

config = context.config


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds the table
        transactional_ddl=True,
        compare_type=True,
    )


def run_migrations_offline() -> None:
    context.configure(
        url=context.get_x_argument(as_dictionary=True).get("url"),
        target_metadata=metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("pass the catalogue as: alembic -x url=sqlite:///PATH ...")
    engine = create_catalogue_engine(url)
    with engine.connect().execution_options(claimdesk_write=True) as connection:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
