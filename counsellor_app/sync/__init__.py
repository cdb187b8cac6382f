"""The desktop's side of synchronisation: enrolment, push, pull, applying the server's changes.

Plain Python over the storage layer (no Qt): the sync worker of the UI, the command line and
the tests drive the same code.
"""
