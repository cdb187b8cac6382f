"""The central server (optional extra ``.[server]``): FastAPI over SQLAlchemy, PostgreSQL in
production and SQLite for a single-site trial. It imports the plain-Python rules of ``core``
and never the desktop's storage or Qt."""
