"""The knowledge-base layer: content, validation, build and read-only queries. No Qt here."""
