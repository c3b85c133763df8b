"""The one-click facet offered beside the search box: "Filtrer par : Statut HER2 = HER2-".

When the typed text names a factor (``KnowledgeBase.search_concepts``: "HER2-", "bone
metastases", "age > 50"), the button offers to tick it in the factors panel, which then counts
and keeps the studies with a finding on it (the filter has no level, so the level stays in the
words typed). It keeps its place when hidden and a fixed width, its text cut with "…" (whole
in the tooltip): what it offers changes at every keystroke, and a button that grew or shrank
would lay out and repaint the whole window each time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from bclm_viewer.ui.common.labels import safe_tooltip
from bclm_viewer.ui.common.qt import translator

if TYPE_CHECKING:
    from bclm_viewer.query.clinical_search import Recognised

WIDTH = 300


_tr = translator("FacetOffer")


class FacetOffer(QToolButton):
    """Offers the factor the search text names; ``accepted(factor_id)`` when clicked."""

    accepted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetOffer")
        self.setAutoRaise(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedWidth(WIDTH)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        self._factor: str | None = None
        self._label = ""
        self.clicked.connect(self._click)
        self.hide()

    @property
    def factor_id(self) -> str | None:
        """The factor offered (None when nothing is)."""
        return self._factor

    def label(self) -> str:
        """The whole text offered ("Filtrer par : Statut HER2 = HER2-"), "" when none."""
        return self._label

    def offer(self, found: list[Recognised], ticked: tuple[str, ...],
              name_of: Callable[[str], str]) -> None:
        """Offer the first factor of ``found`` not already ``ticked`` (else hide)."""
        concept = next((c for c in found if c.factor_id and c.factor_id not in ticked), None)
        if concept is None or concept.factor_id is None:
            self._factor, self._label = None, ""
            self.hide()
            return
        name = name_of(concept.factor_id)
        what = f"{name} = {concept.level}" if concept.level else name
        label = _tr("Filtrer par : {0}").format(what)
        if (concept.factor_id, label) != (self._factor, self._label):
            self._factor, self._label = concept.factor_id, label
            width = self.width() - 2 * self.fontMetrics().horizontalAdvance("M")
            self.setText(self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                        width))
            self.setToolTip(safe_tooltip(_tr(
                "Cocher le facteur « {0} » dans le panneau des facteurs (le filtre garde les "
                "études ayant un résultat sur ce facteur ; le niveau reste dans la recherche)"
            ).format(name)))
        self.show()

    def _click(self) -> None:
        if self._factor is not None:
            self.accepted.emit(self._factor)
