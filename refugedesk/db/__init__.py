"""The encrypted vault: key slots, the SQLCipher engine, the ORM models and migrations."""
