"""The HTTP API, one router per area over the protocol of ``protocol.wire``; ``server.app``
puts them together."""
