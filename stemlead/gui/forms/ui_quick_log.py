# Generated from ui/quick_log.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from stemlead.gui.widgets.dates import DateBox

class Ui_QuickLog(object):
    def setupUi(self, QuickLog):
        if not QuickLog.objectName():
            QuickLog.setObjectName(u"QuickLog")
        QuickLog.setMinimumSize(QSize(520, 0))
        self.outer = QVBoxLayout(QuickLog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.teacherLabel = QLabel(QuickLog)
        self.teacherLabel.setObjectName(u"teacherLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.teacherLabel)

        self.teacher = QComboBox(QuickLog)
        self.teacher.setObjectName(u"teacher")
        self.teacher.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.teacher)

        self.kindLabel = QLabel(QuickLog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(QuickLog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.minutesLabel = QLabel(QuickLog)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutes = QSpinBox(QuickLog)
        self.minutes.setObjectName(u"minutes")
        self.minutes.setMinimum(0)
        self.minutes.setMaximum(1440)
        self.minutes.setValue(10)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.minutes)

        self.dayLabel = QLabel(QuickLog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.day = DateBox(QuickLog)
        self.day.setObjectName(u"day")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.day)

        self.noteLabel = QLabel(QuickLog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(QuickLog)
        self.note.setObjectName(u"note")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note)


        self.outer.addLayout(self.form)

        self.message = QLabel(QuickLog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(QuickLog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.teacherLabel.setBuddy(self.teacher)
        self.kindLabel.setBuddy(self.kind)
        self.minutesLabel.setBuddy(self.minutes)
        self.dayLabel.setBuddy(self.day)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.teacher, self.kind)
        QWidget.setTabOrder(self.kind, self.minutes)
        QWidget.setTabOrder(self.minutes, self.day)
        QWidget.setTabOrder(self.day, self.note)

        self.retranslateUi(QuickLog)

        QMetaObject.connectSlotsByName(QuickLog)
    # setupUi

    def retranslateUi(self, QuickLog):
        QuickLog.setWindowTitle(QCoreApplication.translate("QuickLog", u"Quick log", None))
        self.teacherLabel.setText(QCoreApplication.translate("QuickLog", u"&Teacher", None))
#if QT_CONFIG(accessibility)
        self.teacher.setAccessibleName(QCoreApplication.translate("QuickLog", u"Teacher", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("QuickLog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("QuickLog", u"Kind of support", None))
#endif // QT_CONFIG(accessibility)
        self.minutesLabel.setText(QCoreApplication.translate("QuickLog", u"&Minutes", None))
#if QT_CONFIG(accessibility)
        self.minutes.setAccessibleName(QCoreApplication.translate("QuickLog", u"Minutes", None))
#endif // QT_CONFIG(accessibility)
        self.dayLabel.setText(QCoreApplication.translate("QuickLog", u"&Day", None))
#if QT_CONFIG(accessibility)
        self.day.setAccessibleName(QCoreApplication.translate("QuickLog", u"Day", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("QuickLog", u"&Note", None))
        self.note.setPlaceholderText(QCoreApplication.translate("QuickLog", u"One line \u2014 Enter logs it", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("QuickLog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
    # retranslateUi

