"""Every string a window shows, and a check for French words in it (the English UI's test).

``window_texts`` walks a widget tree: labels, buttons, tooltips, placeholders, tab titles, combo
items, text views, item views (headers and cells, with their tooltips), actions and menus.
``french_words`` (from ``tests/french_words.py``, Qt-free, shared with the exports' tests) finds
the words of a string that only French writes, once the KB's own text is taken out of it.
"""

from __future__ import annotations

from collections.abc import Iterator

from french_words import ALLOWED, FRENCH_WORDS, french_words, kb_texts
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)


def _plain(text: str) -> str:
    if GuiQt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # QAbstractListModel keeps columnCount private: one column
        return 1 if not parent.isValid() else 0


def _model_texts(model: QAbstractItemModel, where: str) -> Iterator[tuple[str, str]]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = _columns(model, QModelIndex()) if orientation == Qt.Orientation.Horizontal \
            else model.rowCount(QModelIndex())
        for section in range(min(count, 200)):
            for role in roles:
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield f"{where} header {section}", value

    def walk(parent: QModelIndex, depth: int) -> Iterator[tuple[str, str]]:
        for row in range(min(model.rowCount(parent), 200)):
            for col in range(_columns(model, parent)):
                index = model.index(row, col, parent)
                for role in roles:
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield f"{where} [{row},{col}]", value
                if col == 0 and depth < 3 and _columns(model, index) and model.rowCount(index):
                    yield from walk(index, depth + 1)

    yield from walk(QModelIndex(), 0)


def action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    yield f"{where} action", action.text()
    yield f"{where} action tip", action.toolTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield f"{where} menu", menu.title()
        for sub in menu.actions():
            yield from action_texts(sub, f"{where}/{menu.title()}")


def window_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """``(where, text)`` for every string under ``root`` (hidden widgets included)."""
    for w in [root, *root.findChildren(QWidget)]:
        where = f"{type(w).__name__}:{w.objectName()}"
        if w.isWindow():
            yield where + " title", w.windowTitle()
        yield where + " tooltip", _plain(w.toolTip())
        yield where + " status tip", w.statusTip()
        yield where + " accessible", w.accessibleName()
        if isinstance(w, QLabel):
            yield where, _plain(w.text())
        elif isinstance(w, QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QLineEdit):
            yield where + " placeholder", w.placeholderText()
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            yield where + " placeholder", w.placeholderText()
            yield where, w.toPlainText()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{where} tab {i}", w.tabText(i)
                yield f"{where} tab tip {i}", w.tabToolTip(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{where} item {i}", w.itemText(i)
        menu = w.menu() if isinstance(w, QPushButton | QToolButton) else None
        if menu is not None:
            for action in menu.actions():
                yield from action_texts(action, where + " menu")
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            yield from _model_texts(w.model(), where)
        for action in w.actions():
            yield from action_texts(action, where)


__all__ = ["ALLOWED", "FRENCH_WORDS", "french_words", "kb_texts", "window_texts"]
