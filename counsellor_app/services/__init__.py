"""Use cases: a unit of work in, a result out; permissions are checked here."""
