"""Plain-Python domain logic: no Qt, no database. Reused verbatim by the server."""
