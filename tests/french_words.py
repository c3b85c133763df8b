"""French words in a text that should be English, once the KB's own text is taken out (no Qt).

The English UI's walker (``tests/ui_texts.py``) and the English exports' tests (PowerPoint,
handout, quiz) share this detector: ``french_words(text, kb_texts(kb_path))`` lists the words
of ``text`` that only French writes, the deck's quotes and names removed first (the deck stays
French).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

# Words English never writes (and short French function words); any accented word is French
# too. Kept small and specific: "Question", "Note", "Perspective"... are English as well.
FRENCH_WORDS = set(
    """le la les des du de un une et ou pour sur dans avec pas aucun aucune sont cette ces
    par au aux qui que leur leurs ne mes ma vos votre nouvelle liste listes étude études
    diapositive diapositives facteur facteurs rechercher recherche ouvrir exporter retirer
    ajouter sélection mesure mesures valeur valeurs critère année revue période résultat
    résultats rapporté lecture lectures péjoratif chiffre chiffres constat constats glossaire
    graphique matrice comparaison fichier affichage aide quitter édition langue signification
    terme filtrer filtre filtres tous toutes précédente suivante présenter enregistré
    supprimer renommer annuler aperçu favori groupe niveau effet auteur patientes intervalle
    extrêmes""".split()
)  # not "est", "plus", "analyse", "centre", "borne", "mon": English writes them too
ALLOWED = {"Français"}  # a language named in itself (Affichage -> Langue)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_ACCENTED = re.compile(r"[éèêëàâîïôöùûüçœÉÈÊÀÂÎÔÙÛÇŒ]")


def kb_texts(kb_path: Path) -> list[str]:
    """Every text the KB holds (its French content may show in any language), longest first."""
    texts: set[str] = set()
    con = sqlite3.connect(f"file:{kb_path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")]
        for table in tables:
            for row in con.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str) and len(value.strip()) >= 2:
                        texts.add(value.strip())
                        plain = re.sub(r"[*_#`>]|^\s*[-•]\s*", "", value, flags=re.M)
                        texts.update(p.strip() for p in re.split(r"[\n;]", plain)
                                     if len(p.strip()) >= 3)
    finally:
        con.close()
    return sorted(texts, key=len, reverse=True)


def french_words(text: str, allowed: list[str]) -> list[str]:
    """The French words of ``text`` once the KB's texts ``allowed`` are removed from it."""
    def found(t: str) -> list[str]:
        return [w for w in _WORD.findall(t) if w not in ALLOWED
                and (w.lower() in FRENCH_WORDS or _ACCENTED.search(w))]

    if not found(text):
        return []
    for piece in allowed:
        if piece in text:
            text = text.replace(piece, " ")
    return found(text) if "\n" not in text else [
        w for line in text.split("\n") for w in french_words(line, allowed)]
