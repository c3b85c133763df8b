"""Errors of the knowledge-base layer: ``str()`` is a message a user can act on."""

from __future__ import annotations


class KbError(Exception):
    """The knowledge base cannot be opened or read (missing, not SQLite, not ours)."""


class KbDamagedError(KbError):
    """The KB file is damaged (SQLite reads it as malformed): say so once, exit 2."""

    def __init__(self, path: object, exc: BaseException) -> None:
        super().__init__(
            f"La base de connaissances « {path} » est abîmée ({exc}) : ses données ne peuvent "
            "pas être lues sans risque d'erreur. Relancez sans --kb pour utiliser la base "
            "intégrée (reconstruite si besoin), ou reconstruisez ce fichier avec "
            f"« bclm-viewer build --output {path} »."
        )
        self.path = path
        self.detail = str(exc)
