"""Aide -> Raccourcis (F1): every key the app answers to, on one page.

The menu part is read from the window's menus when the dialog opens, so it never drifts from
what the menus hold (a page or an action added later shows up by itself); the keys that belong
to a page (a list's arrows, Enter on a figure, Esc in a presentation) are listed below it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.ui.common.qt import translator

_tr = translator("Shortcuts")


def page_keys() -> list[tuple[str, str, str]]:
    """(where, what, keys) of the keys a page handles itself."""
    return [
        (_tr("Études"), _tr("Aller de la recherche à la liste des résultats"), _tr("Bas")),
        (_tr("Études"), _tr("Sélectionner plusieurs études (pour comparer)"),
         _tr("Maj+Haut/Bas, Ctrl+clic")),
        (_tr("Études"), _tr("Ouvrir la diapositive d'un chiffre ou d'un constat, citation "
                            "surlignée"), _tr("Entrée, clic")),
        (_tr("Diapositives"), _tr("Diapositive suivante / précédente"),
         _tr("Droite, Page suivante / Gauche, Page précédente")),
        (_tr("Diapositives"), _tr("Première / dernière diapositive"), _tr("Début / Fin")),
        (_tr("Présentation"), _tr("Quitter la présentation"), _tr("Échap")),
        (_tr("Matrice, Comparaison"), _tr("Ouvrir la diapositive de la cellule, citation "
                                           "surlignée"), _tr("Entrée, double-clic")),
        (_tr("Questions"), _tr("Ouvrir la diapositive de la question"), _tr("Entrée")),
        (_tr("Listes"), _tr("Retirer l'élément choisi"), _tr("Suppr")),
        (_tr("Partout"), _tr("Page précédente / suivante de l'historique"),
         _tr("Boutons précédent / suivant de la souris")),
        (_tr("Partout"), _tr("Passer d'un élément à l'autre"), _tr("Tab / Maj+Tab")),
    ]


def menu_keys(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action of the window's menus, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{where} › {sub.title().replace('&', '')}")
                continue
            if action.isSeparator() or not action.text():
                continue
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in action.shortcuts() if not k.isEmpty())
            rows.append((where, action.text().replace("&", ""),
                         keys or _tr("par le menu (Alt, puis la lettre soulignée)")))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, menu.title().replace("&", ""))
    return rows


class ShortcutsDialog(QDialog):
    """A read-only table: where, what, which keys."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(_tr("Raccourcis clavier"))
        rows = menu_keys(window) + page_keys()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([_tr("Où"), _tr("Action"), _tr("Touches")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(960, 640)


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    """Open the overview (window-modal, closed by Esc or "Fermer")."""
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
