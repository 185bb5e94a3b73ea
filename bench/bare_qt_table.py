"""Reference for start-up: a bare Qt window with a 10,000-row table, nothing else."""

import os
import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 10_000

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"row {index.row()} col {index.column()}"
        return None


app = QApplication(sys.argv)
window = QMainWindow()
table = QTableView()
table.setModel(Model())
window.setCentralWidget(table)
window.resize(1240, 800)
window.show()
if os.environ.get("STEMLEAD_QUIT_AFTER_SHOW"):
    QTimer.singleShot(0, app.quit)
app.exec()
