"""Alembic migration scripts; applied by :mod:`barnahus.store.migrate`, never by hand."""
