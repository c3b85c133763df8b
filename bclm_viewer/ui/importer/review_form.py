"""The form beside the slide: the fields of the selected study or candidate, to confirm or edit.

The choices are the content's own vocabularies (measures, factors) and the schema's values
(effect, endpoint, analysis), so what the form can say is what ``check`` accepts. A field can be
marked as a *reading* (what the layout suggests, not what the slide says) with its reason; the
reasons are written to the entry's ``readings:`` map.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.i18n import QT_TRANSLATE_NOOP, localized
from bclm_viewer.kb.content import STUDY_KINDS
from bclm_viewer.kb.importer.review import (
    FIGURE_FIELDS,
    FINDING_FIELDS,
    STUDY_FIELDS,
    ReviewItem,
    ReviewSession,
)
from bclm_viewer.kb.schema import ANALYSES, EFFECTS, ENDPOINTS
from bclm_viewer.ui.common.labels import analysis_label, effect_label
from bclm_viewer.ui.common.qt import translator

_tr = translator("Importer")
FIELD_LABELS = {  # translated where shown (_tr)
    "first_author": QT_TRANSLATE_NOOP("Importer", "Premier auteur"),
    "year": QT_TRANSLATE_NOOP("Importer", "Année"),
    "journal": QT_TRANSLATE_NOOP("Importer", "Revue"),
    "title": QT_TRANSLATE_NOOP("Importer", "Titre"),
    "kind": QT_TRANSLATE_NOOP("Importer", "Type d'étude"),
    "measure": QT_TRANSLATE_NOOP("Importer", "Mesure"),
    "value": QT_TRANSLATE_NOOP("Importer", "Valeur"),
    "group": QT_TRANSLATE_NOOP("Importer", "Groupe"),
    "p": "p",
    "factor": QT_TRANSLATE_NOOP("Importer", "Facteur"),
    "level": QT_TRANSLATE_NOOP("Importer", "Niveau"),
    "effect": QT_TRANSLATE_NOOP("Importer", "Effet"),
    "endpoint": QT_TRANSLATE_NOOP("Importer", "Critère (OS / DFS)"),
    "analysis": QT_TRANSLATE_NOOP("Importer", "Analyse"),
}


def _combo(choices: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    box.addItem(_tr("— non renseigné —"), "")
    for value, label in choices:
        box.addItem(label, value)
    return box


class ReviewForm(QWidget):
    def __init__(self, session: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.readings: dict[str, str] = {}
        self._kind = "figure"
        self.study = QComboBox()
        self.study.addItems(session.study_ids)
        self.study.setObjectName("review-study")
        measures = [(m.id, f"{localized(m.name_fr, m.name_en)} ({m.unit})")
                    for m in session.measures]
        factors = [(f.id, localized(f.name_fr, f.name_en)) for f in session.factors]
        self.editors: dict[str, dict[str, QWidget]] = {
            "study": {k: QLineEdit() for k in STUDY_FIELDS if k != "kind"},
            "figure": {k: QLineEdit() for k in FIGURE_FIELDS if k != "measure"},
            "finding": {k: QLineEdit() for k in FINDING_FIELDS if k in ("level", "p")},
        }
        self.editors["study"]["kind"] = _combo([(k, k) for k in STUDY_KINDS])
        self.editors["figure"]["measure"] = _combo(measures)
        self.editors["finding"]["factor"] = _combo(factors)
        self.editors["finding"]["effect"] = _combo([(e, effect_label(e)) for e in EFFECTS])
        self.editors["finding"]["endpoint"] = _combo([(e, e) for e in ENDPOINTS])
        self.editors["finding"]["analysis"] = _combo(
            [(a, analysis_label(a)) for a in ANALYSES]
        )
        self.stack = QStackedWidget()
        order = {"study": STUDY_FIELDS, "figure": FIGURE_FIELDS, "finding": FINDING_FIELDS}
        self._pages: dict[str, int] = {}
        for kind, keys in order.items():
            page = QWidget()
            form = QFormLayout(page)
            form.setContentsMargins(0, 0, 0, 0)
            for key in keys:
                editor = self.editors[kind][key]
                editor.setObjectName(f"review-{kind}-{key}")
                form.addRow(_tr(FIELD_LABELS[key]), editor)
            self._pages[kind] = self.stack.addWidget(page)
        self.reading_field = QComboBox()
        self.reading_reason = QLineEdit()
        self.reading_reason.setPlaceholderText(_tr("raison : ce que la mise en page suggère…"))
        self.reading_button = QPushButton(_tr("Marquer comme lecture"))
        self.reading_button.clicked.connect(self._mark_reading)
        self.readings_label = QLabel()
        self.readings_label.setWordWrap(True)
        self.readings_label.setTextFormat(self.readings_label.textFormat().PlainText)
        reading_row = QHBoxLayout()
        reading_row.addWidget(self.reading_field)
        reading_row.addWidget(self.reading_reason, 1)
        reading_row.addWidget(self.reading_button)
        self.study_row = QFormLayout()
        self.study_row.addRow(_tr("Étude"), self.study)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.study_row)
        layout.addWidget(self.stack)
        layout.addLayout(reading_row)
        layout.addWidget(self.readings_label)

    # ----- item <-> form ----------------------------------------------------------------
    def show_item(self, item: ReviewItem) -> None:
        self._kind = item.kind
        self.stack.setCurrentIndex(self._pages[item.kind])
        self.study.setCurrentText(item.study_id)
        self.study.setEnabled(item.kind != "study")
        for key, editor in self.editors[item.kind].items():
            value = item.fields.get(key) or ""
            if isinstance(editor, QComboBox):
                at = editor.findData(value)
                editor.setCurrentIndex(at if at >= 0 else 0)
            elif isinstance(editor, QLineEdit):
                editor.setText(value)
        self.reading_field.clear()
        if item.kind != "study":
            for key in self.editors[item.kind]:
                self.reading_field.addItem(_tr(FIELD_LABELS[key]), key)
        for w in (self.reading_field, self.reading_reason, self.reading_button):
            w.setEnabled(item.kind != "study")
        self.readings = dict(item.readings)
        self._show_readings()

    def values(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for key, editor in self.editors[self._kind].items():
            if isinstance(editor, QComboBox):
                value = str(editor.currentData() or "")
            elif isinstance(editor, QLineEdit):
                value = editor.text().strip()
            else:
                continue
            out[key] = value or None
        return out

    def target_study(self) -> str:
        return self.study.currentText()

    def _mark_reading(self) -> None:
        key = self.reading_field.currentData()
        reason = self.reading_reason.text().strip()
        if not key:
            return
        if reason:
            self.readings[str(key)] = reason
        else:
            self.readings.pop(str(key), None)
        self.reading_reason.clear()
        self._show_readings()

    def _show_readings(self) -> None:
        if not self.readings:
            self.readings_label.setText(_tr("Aucun champ marqué comme lecture."))
            return
        self.readings_label.setText(_tr("Lectures : {fields}").format(fields=_tr(" ; ").join(
            f"{_tr(FIELD_LABELS[k]) if k in FIELD_LABELS else k} — {v}"
            for k, v in self.readings.items())))
