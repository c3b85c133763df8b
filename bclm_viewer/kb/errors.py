"""Errors of the knowledge-base layer: ``str()`` is a message a user can act on."""

from __future__ import annotations


class KbError(Exception):
    """The knowledge base cannot be opened or read (missing, not SQLite, not ours)."""
