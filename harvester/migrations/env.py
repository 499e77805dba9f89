"""Alembic environment: runs on the connection `harvester.schema` hands over.

The command line never calls alembic's own CLI, so there is no alembic.ini and no URL here:
`harvester db upgrade --db ...` opens the engine the same way every other command does.
"""
from __future__ import annotations

from alembic import context

import models

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=models.Base.metadata,
    # SQLite cannot ALTER most things; batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
