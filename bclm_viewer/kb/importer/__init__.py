"""Slide deck (PPTX or plain text) -> a content folder of slides and *draft* studies.

Nothing an importer guesses is a fact: citations become draft studies (``draft: true``) and every
figure or prognostic statement found on a slide becomes a *candidate* (``candidates:``) with its
verbatim line and slide, which a person accepts, edits or rejects (``review``; the app's review
page). ``check`` counts what is left to review; the build leaves it out unless asked.

Qt-free. python-pptx is imported only by ``pptx_reader``, and only when a PPTX is read.
"""
