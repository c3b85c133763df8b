"""Writing a talk to a file for the CLI: PowerPoint (python-pptx), the PDF handout, Markdown.

The PDF is laid out by Qt's text engine (the same as the app's handouts), reached through one
lazy import of ``bclm_viewer.ui.common.handout_pdf`` (see ``.importlinter``): the handout's
content is built here without Qt (``evidence.talk.handout``), only its printing needs Qt.
"""

from __future__ import annotations

from pathlib import Path

from bclm_viewer.evidence.talk.model import Talk

OUTPUT_FORMATS = ("pptx", "pdf", "md")


def write_talk(talk: Talk, fmt: str, output: Path, template: Path | None = None) -> Path:
    """Write ``talk`` as ``fmt`` to ``output`` (atomically). Raises ``OSError``,
    ``TemplateError`` (a template that is not a readable .pptx)."""
    if fmt == "pptx":
        from bclm_viewer.evidence.talk.pptx_writer import write_pptx
        from bclm_viewer.evidence.talk.slides import talk_slides

        return write_pptx(talk_slides(talk), output, template)
    if fmt == "md":
        from bclm_viewer.evidence.talk.files import write_atomically
        from bclm_viewer.evidence.talk.handout import talk_markdown

        text = talk_markdown(talk)
        return write_atomically(output, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    from bclm_viewer.ui.common.handout_pdf import write_handout_pdf

    return write_handout_pdf(talk, output)
