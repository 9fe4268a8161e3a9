"""Alembic migrations. One file per schema change under versions/; never edit an old one."""
