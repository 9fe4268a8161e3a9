"""RefugeDesk on a PostgreSQL server (issue 17): one service's records shared by several
offices. So far only the schema and its protections (schema.py); see docs/server.md."""
