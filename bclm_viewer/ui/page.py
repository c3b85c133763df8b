"""What the main window asks of its pages, in one place.

A page is a QWidget built as ``cls(kb, parent)`` the first time its tab is shown
(``PageClass``); it may remember its layout (``StatefulPage``: ``save_state`` /
``restore_state``) and ask the window to show something elsewhere by defining one of the
signals of ``REQUESTS``. The calls the window makes on one page in particular (``show_slide``
on the slides page, ``set_studies`` on the comparison...) go through that page's typed accessor
in ``main_window`` (``slides_page()``, ``compare_page()``...), so mypy checks each one against
the page's class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from bclm_viewer.query.knowledge_base import KnowledgeBase


class PageClass(Protocol):
    """A page's class: ``PageClass(kb, parent)`` builds the page."""

    def __call__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> QWidget: ...


@runtime_checkable
class StatefulPage(Protocol):
    """A page that remembers its layout (splitters, sort, scope) across sessions."""

    def save_state(self, s: QSettings) -> None: ...

    def restore_state(self, s: QSettings) -> None: ...


# (signal a page may define, the main window's method it is connected to)
REQUESTS: tuple[tuple[str, str], ...] = (
    ("slideRequested", "show_slide"),  # (int) show this slide on the slides page
    ("studyRequested", "show_study"),  # (str) show this study on the studies page
    ("glossaryRequested", "show_glossary_term"),  # (str) show this term in the glossary
    ("listRequested", "show_list"),  # (int) show this talk list
    ("factorFilterRequested", "filter_studies_by_factor"),  # (str) studies with this factor
)
