# Generated from ui/new_offering.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewOffering(object):
    def setupUi(self, NewOffering):
        if not NewOffering.objectName():
            NewOffering.setObjectName(u"NewOffering")
        NewOffering.setMinimumSize(QSize(480, 0))
        self.outer = QVBoxLayout(NewOffering)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(NewOffering)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(NewOffering)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.formatLabel = QLabel(NewOffering)
        self.formatLabel.setObjectName(u"formatLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.format = QComboBox(NewOffering)
        self.format.setObjectName(u"format")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.format)

        self.areasLabel = QLabel(NewOffering)
        self.areasLabel.setObjectName(u"areasLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.areasLabel)

        self.areas = QLineEdit(NewOffering)
        self.areas.setObjectName(u"areas")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.areas)

        self.hint = QLabel(NewOffering)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hint)


        self.outer.addLayout(self.form)

        self.message = QLabel(NewOffering)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(NewOffering)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.formatLabel.setBuddy(self.format)
        self.areasLabel.setBuddy(self.areas)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.format)
        QWidget.setTabOrder(self.format, self.areas)

        self.retranslateUi(NewOffering)

        QMetaObject.connectSlotsByName(NewOffering)
    # setupUi

    def retranslateUi(self, NewOffering):
        NewOffering.setWindowTitle(QCoreApplication.translate("NewOffering", u"New offering", None))
        self.titleLabel.setText(QCoreApplication.translate("NewOffering", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("NewOffering", u"Offering title", None))
#endif // QT_CONFIG(accessibility)
        self.formatLabel.setText(QCoreApplication.translate("NewOffering", u"&Format", None))
#if QT_CONFIG(accessibility)
        self.format.setAccessibleName(QCoreApplication.translate("NewOffering", u"Format", None))
#endif // QT_CONFIG(accessibility)
        self.areasLabel.setText(QCoreApplication.translate("NewOffering", u"&Growth areas", None))
#if QT_CONFIG(accessibility)
        self.areas.setAccessibleName(QCoreApplication.translate("NewOffering", u"Growth areas it serves, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.areas.setPlaceholderText(QCoreApplication.translate("NewOffering", u"At least one, e.g. Student discourse", None))
        self.hint.setText("")
        self.message.setText("")
    # retranslateUi

