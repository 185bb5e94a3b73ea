# Generated from ui/import_dialog.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.setMinimumSize(QSize(900, 540))
        self.outer = QVBoxLayout(ImportDialog)
        self.outer.setObjectName(u"outer")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.file = QLabel(ImportDialog)
        self.file.setObjectName(u"file")
        self.file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fileRow.addWidget(self.file)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileRow.addItem(self.fileSpacer)

        self.choose = QPushButton(ImportDialog)
        self.choose.setObjectName(u"choose")

        self.fileRow.addWidget(self.choose)


        self.outer.addLayout(self.fileRow)

        self.summary = QLabel(ImportDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.outer.addWidget(self.summary)

        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.progress = QProgressBar(ImportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(100)

        self.progressRow.addWidget(self.progress)

        self.cancelReading = QPushButton(ImportDialog)
        self.cancelReading.setObjectName(u"cancelReading")

        self.progressRow.addWidget(self.cancelReading)


        self.outer.addLayout(self.progressRow)

        self.showRow = QHBoxLayout()
        self.showRow.setObjectName(u"showRow")
        self.showLabel = QLabel(ImportDialog)
        self.showLabel.setObjectName(u"showLabel")

        self.showRow.addWidget(self.showLabel)

        self.showNew = QCheckBox(ImportDialog)
        self.showNew.setObjectName(u"showNew")
        self.showNew.setChecked(True)

        self.showRow.addWidget(self.showNew)

        self.showDuplicates = QCheckBox(ImportDialog)
        self.showDuplicates.setObjectName(u"showDuplicates")
        self.showDuplicates.setChecked(True)

        self.showRow.addWidget(self.showDuplicates)

        self.showSkipped = QCheckBox(ImportDialog)
        self.showSkipped.setObjectName(u"showSkipped")
        self.showSkipped.setChecked(True)

        self.showRow.addWidget(self.showSkipped)

        self.showSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.showRow.addItem(self.showSpacer)


        self.outer.addLayout(self.showRow)

        self.preview = QTableView(ImportDialog)
        self.preview.setObjectName(u"preview")
        self.preview.setTabKeyNavigation(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setWordWrap(False)

        self.outer.addWidget(self.preview)

        self.notImported = QLabel(ImportDialog)
        self.notImported.setObjectName(u"notImported")
        self.notImported.setWordWrap(True)
        self.notImported.setProperty(u"muted", True)

        self.outer.addWidget(self.notImported)

        self.buttons = QDialogButtonBox(ImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

        QWidget.setTabOrder(self.choose, self.cancelReading)
        QWidget.setTabOrder(self.cancelReading, self.showNew)
        QWidget.setTabOrder(self.showNew, self.showDuplicates)
        QWidget.setTabOrder(self.showDuplicates, self.showSkipped)
        QWidget.setTabOrder(self.showSkipped, self.preview)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import", None))
        self.file.setText(QCoreApplication.translate("ImportDialog", u"No file chosen", None))
        self.choose.setText(QCoreApplication.translate("ImportDialog", u"&Choose file\u2026", None))
        self.summary.setText(QCoreApplication.translate("ImportDialog", u"Choose a file. Nothing is imported until you press Import.", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("ImportDialog", u"How much of the file has been read", None))
#endif // QT_CONFIG(accessibility)
        self.cancelReading.setText(QCoreApplication.translate("ImportDialog", u"Cancel &reading", None))
        self.showLabel.setText(QCoreApplication.translate("ImportDialog", u"Show:", None))
        self.showNew.setText(QCoreApplication.translate("ImportDialog", u"&New", None))
        self.showDuplicates.setText(QCoreApplication.translate("ImportDialog", u"&Duplicates", None))
        self.showSkipped.setText(QCoreApplication.translate("ImportDialog", u"&Skipped", None))
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("ImportDialog", u"What the file holds, person by person", None))
#endif // QT_CONFIG(accessibility)
        self.notImported.setText("")
    # retranslateUi

