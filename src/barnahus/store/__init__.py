"""SQLAlchemy models, repositories, Alembic migrations and the autosave journal."""
