"""What travels between a PC and the server, declared once and imported by both ends.

``records``: one schema per kind of synced record (types, required fields, lengths, closed
lists, dates, centimes, references). ``wire``: the protocol version, the routes and the status
words. Plain Python over ``core`` and msgspec: the server, the sync client and storage use it.
"""
