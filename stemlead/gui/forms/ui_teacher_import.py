# Generated from ui/teacher_import.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_TeacherImport(object):
    def setupUi(self, TeacherImport):
        if not TeacherImport.objectName():
            TeacherImport.setObjectName(u"TeacherImport")
        TeacherImport.setMinimumSize(QSize(820, 520))
        self.outer = QVBoxLayout(TeacherImport)
        self.outer.setObjectName(u"outer")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.file = QLabel(TeacherImport)
        self.file.setObjectName(u"file")

        self.fileRow.addWidget(self.file)

        self.choose = QPushButton(TeacherImport)
        self.choose.setObjectName(u"choose")

        self.fileRow.addWidget(self.choose)


        self.outer.addLayout(self.fileRow)

        self.summary = QLabel(TeacherImport)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.outer.addWidget(self.summary)

        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.progress = QProgressBar(TeacherImport)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(100)

        self.progressRow.addWidget(self.progress)

        self.cancelReading = QPushButton(TeacherImport)
        self.cancelReading.setObjectName(u"cancelReading")

        self.progressRow.addWidget(self.cancelReading)


        self.outer.addLayout(self.progressRow)

        self.preview = QTableView(TeacherImport)
        self.preview.setObjectName(u"preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.outer.addWidget(self.preview)

        self.buttons = QDialogButtonBox(TeacherImport)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(TeacherImport)

        QMetaObject.connectSlotsByName(TeacherImport)
    # setupUi

    def retranslateUi(self, TeacherImport):
        TeacherImport.setWindowTitle(QCoreApplication.translate("TeacherImport", u"Import teachers from a CSV file", None))
        self.file.setText(QCoreApplication.translate("TeacherImport", u"No file chosen", None))
        self.choose.setText(QCoreApplication.translate("TeacherImport", u"&Choose file\u2026", None))
        self.summary.setText(QCoreApplication.translate("TeacherImport", u"Choose a CSV exported from Excel or Google Sheets. Nothing is imported until you press Import.", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("TeacherImport", u"How much of the file has been read", None))
#endif // QT_CONFIG(accessibility)
        self.cancelReading.setText(QCoreApplication.translate("TeacherImport", u"Cancel &reading", None))
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("TeacherImport", u"Preview of the rows", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

