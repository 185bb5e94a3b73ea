# Generated from ui/about.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_About(object):
    def setupUi(self, About):
        if not About.objectName():
            About.setObjectName(u"About")
        About.resize(620, 520)
        self.outer = QVBoxLayout(About)
        self.outer.setObjectName(u"outer")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.icon = QLabel(About)
        self.icon.setObjectName(u"icon")

        self.top.addWidget(self.icon)

        self.summary = QLabel(About)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.top.addWidget(self.summary)


        self.outer.addLayout(self.top)

        self.licencesLabel = QLabel(About)
        self.licencesLabel.setObjectName(u"licencesLabel")

        self.outer.addWidget(self.licencesLabel)

        self.licences = QPlainTextEdit(About)
        self.licences.setObjectName(u"licences")
        self.licences.setReadOnly(True)

        self.outer.addWidget(self.licences)

        self.buttons = QDialogButtonBox(About)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(About)

        QMetaObject.connectSlotsByName(About)
    # setupUi

    def retranslateUi(self, About):
        About.setWindowTitle(QCoreApplication.translate("About", u"About STEM Lead", None))
        self.icon.setText("")
        self.summary.setText("")
        self.licencesLabel.setText(QCoreApplication.translate("About", u"Licences of the fonts and libraries STEM Lead ships with", None))
#if QT_CONFIG(accessibility)
        self.licences.setAccessibleName(QCoreApplication.translate("About", u"Licences", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

