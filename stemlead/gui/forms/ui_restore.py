# Generated from ui/restore.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_Restore(object):
    def setupUi(self, Restore):
        if not Restore.objectName():
            Restore.setObjectName(u"Restore")
        Restore.resize(600, 420)
        self.outer = QVBoxLayout(Restore)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(Restore)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.backups = QListWidget(Restore)
        self.backups.setObjectName(u"backups")

        self.outer.addWidget(self.backups)

        self.folder = QLabel(Restore)
        self.folder.setObjectName(u"folder")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outer.addWidget(self.folder)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.other = QPushButton(Restore)
        self.other.setObjectName(u"other")

        self.buttonsRow.addWidget(self.other)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.spacer)

        self.restore = QPushButton(Restore)
        self.restore.setObjectName(u"restore")

        self.buttonsRow.addWidget(self.restore)

        self.cancel = QPushButton(Restore)
        self.cancel.setObjectName(u"cancel")

        self.buttonsRow.addWidget(self.cancel)


        self.outer.addLayout(self.buttonsRow)


        self.retranslateUi(Restore)

        self.restore.setDefault(True)


        QMetaObject.connectSlotsByName(Restore)
    # setupUi

    def retranslateUi(self, Restore):
        Restore.setWindowTitle(QCoreApplication.translate("Restore", u"Restore from a backup", None))
        self.intro.setText(QCoreApplication.translate("Restore", u"Choose a backup to put back. What the database holds now is backed up first, so you can change your mind.", None))
#if QT_CONFIG(accessibility)
        self.backups.setAccessibleName(QCoreApplication.translate("Restore", u"Backups, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.folder.setText("")
        self.other.setText(QCoreApplication.translate("Restore", u"Choose &another file\u2026", None))
        self.restore.setText(QCoreApplication.translate("Restore", u"&Restore selected", None))
        self.cancel.setText(QCoreApplication.translate("Restore", u"Cancel", None))
    # retranslateUi

