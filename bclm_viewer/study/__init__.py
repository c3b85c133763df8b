"""Study mode: self-test questions generated from the KB, spaced repetition, export to Anki.

Qt-free. ``questions`` makes the questions (right by construction: every answer is the deck's
value with its verbatim quote and slide), ``choices`` their multiple-choice options and the
free-entry check, ``scheduler`` wraps the ``fsrs`` package, ``anki`` writes an ``.apkg``
(``genanki``). ``fsrs`` and ``genanki`` are imported only when those modules are first used.
"""
