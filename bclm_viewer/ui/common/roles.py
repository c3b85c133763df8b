"""Every custom item role of the app's models, numbered once.

A role is how a view or a delegate asks a model for something beyond the text it shows (the
study behind a row, the slide a figure was read from...). Numbered here, each once, a view can
ask any model for ``StudyIdRole`` and never get another model's ``KeyRole`` by accident. To add
a role, add a line with the next number.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

StudyIdRole = Qt.ItemDataRole.UserRole + 1  # the study id behind a row / column / reference
SlideRole = Qt.ItemDataRole.UserRole + 2  # the slide a row or cell was read from
QuoteRole = Qt.ItemDataRole.UserRole + 3  # the verbatim quote behind a figure or finding
NotReportedRole = Qt.ItemDataRole.UserRole + 4  # True when the cell says "n.r."
EffectRole = Qt.ItemDataRole.UserRole + 5  # a finding's effect ("poor", "favourable"...)
SortKeyRole = Qt.ItemDataRole.UserRole + 6  # the studies list's sort key of a column
KeyRole = Qt.ItemDataRole.UserRole + 7  # a facet's key (factor id, effect, endpoint)
CountRole = Qt.ItemDataRole.UserRole + 8  # a facet's study count
KindLabelRole = Qt.ItemDataRole.UserRole + 9  # a search hit's kind, as shown
SnippetRole = Qt.ItemDataRole.UserRole + 10  # a search hit's marked snippet
HitRole = Qt.ItemDataRole.UserRole + 11  # the search hit behind a row
KindRole = Qt.ItemDataRole.UserRole + 12  # a search hit's kind ("study", "slide"...)
SlideNumberRole = Qt.ItemDataRole.UserRole + 13  # a slide list row's slide number
RefKindRole = Qt.ItemDataRole.UserRole + 14  # what a slide reference is (study, figure...)
TermRole = Qt.ItemDataRole.UserRole + 15  # a glossary row's term
FactorIdRole = Qt.ItemDataRole.UserRole + 16  # the factor of a matrix row
StatusRole = Qt.ItemDataRole.UserRole + 17  # a matrix factor's agreement status
RowKeyRole = Qt.ItemDataRole.UserRole + 18  # a comparison row's key ("measure:os5"...)
MarkRole = Qt.ItemDataRole.UserRole + 19  # a comparison cell's best / worst mark
SectionRole = Qt.ItemDataRole.UserRole + 20  # True on a comparison category band
RowRole = Qt.ItemDataRole.UserRole + 21  # the record behind a notes / lists row
ReadingRole = Qt.ItemDataRole.UserRole + 22  # the reason when a cell is a reading, else None
ReviewItemRole = Qt.ItemDataRole.UserRole + 23  # the importer's candidate or study behind a row
