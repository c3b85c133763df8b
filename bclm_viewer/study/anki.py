"""Export the generated questions to an Anki package (``.apkg``) with ``genanki``.

One note per question. The front holds the question (and its options, if any); the back the
answer, the verbatim quote(s) and "Diapositive N, Auteur année". The note's GUID is derived
from the question's stable id, and the deck and note type have fixed ids, so re-importing a new
export into Anki updates the notes already there instead of duplicating them. Every field is
HTML-escaped: nothing from the content is live HTML in Anki either. ``genanki`` is imported
when an export is first made, never at start-up.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from bclm_viewer.study.choices import with_choices
from bclm_viewer.study.questions import Question, QuestionBank

DECK_ID = 1_733_270_400_014  # fixed: the same deck across exports
MODEL_ID = 1_733_270_400_114  # fixed: the same note type across exports
DECK_NAME = "MHKS — chirurgie des métastases hépatiques du cancer du sein"
FIELDS = ("Question", "Choix", "Réponse", "Citation", "Source", "Identifiant")
TAG_PREFIX = "bclm::"

_CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; }
.choices { margin-top: .6em; } .quote { color: #444; font-style: italic; margin-top: .8em; }
.source { color: #666; font-size: 15px; margin-top: .4em; }"""
_FRONT = "{{Question}}{{#Choix}}<div class=choices>{{Choix}}</div>{{/Choix}}"
_BACK = ("{{FrontSide}}<hr id=answer><b>{{Réponse}}</b>"
         "<div class=quote>{{Citation}}</div><div class=source>{{Source}}</div>")


def note_guid(question_id: str) -> str:
    """The note's GUID: the same question always gets the same one."""
    import genanki

    return str(genanki.guid_for("bclm-viewer", question_id))


def source_line(q: Question) -> str:
    """"Diapositive 4, Adam 2006" (each slide once, with its studies)."""
    parts: dict[int, list[str]] = {}
    for s in q.sources:
        labels = parts.setdefault(s.slide, [])
        if s.study_label not in labels:
            labels.append(s.study_label)
    return " ; ".join(f"Diapositive {n}, {', '.join(labels)}" for n, labels in parts.items())


def note_fields(q: Question) -> list[str]:
    esc = html.escape
    choices = "<br>".join(f"{chr(65 + i)}. {esc(c)}" for i, c in enumerate(q.choices))
    quotes = "<br>".join(f"« {esc(s.quote)} »" for s in dict.fromkeys(q.sources))
    return [esc(q.prompt), choices, esc(q.answer), quotes, esc(source_line(q)), esc(q.id)]


def _tags(q: Question) -> list[str]:
    tags = [f"{TAG_PREFIX}{q.kind}"]
    tags += [f"{TAG_PREFIX}study::{s}" for s in q.study_ids[:8]]
    tags += [f"{TAG_PREFIX}factor::{f}" for f in q.factor_ids]
    return [t.replace(" ", "_") for t in tags]


def export_apkg(questions: Sequence[Question], bank: QuestionBank, path: Path,
                seed: int = 0) -> int:
    """Write ``questions`` (options drawn for ``seed``) to ``path``; returns the note count."""
    import genanki

    model = genanki.Model(
        MODEL_ID, "bclm-viewer — question",
        fields=[{"name": f} for f in FIELDS],
        templates=[{"name": "Carte", "qfmt": _FRONT, "afmt": _BACK}],
        css=_CSS, sort_field_index=FIELDS.index("Identifiant"),
    )
    deck = genanki.Deck(DECK_ID, DECK_NAME)
    for q in questions:
        shown = with_choices(q, bank, seed)
        deck.add_note(genanki.Note(model=model, fields=note_fields(shown),
                                   guid=note_guid(q.id), tags=_tags(q)))
    genanki.Package(deck).write_to_file(str(path))
    return len(deck.notes)
