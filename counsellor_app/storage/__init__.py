"""Persistence: the encrypted SQLite file, its schema, migrations, search index and key store."""
