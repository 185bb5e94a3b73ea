# Generated from ui/log_check_in.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

from stemlead.gui.widgets.dates import DateBox

class Ui_LogCheckIn(object):
    def setupUi(self, LogCheckIn):
        if not LogCheckIn.objectName():
            LogCheckIn.setObjectName(u"LogCheckIn")
        LogCheckIn.setMinimumSize(QSize(520, 0))
        self.outer = QVBoxLayout(LogCheckIn)
        self.outer.setObjectName(u"outer")
        self.pair = QLabel(LogCheckIn)
        self.pair.setObjectName(u"pair")
        self.pair.setWordWrap(True)

        self.outer.addWidget(self.pair)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(LogCheckIn)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.occurredOn = DateBox(LogCheckIn)
        self.occurredOn.setObjectName(u"occurredOn")

        self.dateRow.addWidget(self.occurredOn)

        self.minutes = QSpinBox(LogCheckIn)
        self.minutes.setObjectName(u"minutes")
        self.minutes.setMaximum(1440)
        self.minutes.setValue(30)

        self.dateRow.addWidget(self.minutes)

        self.kind = QComboBox(LogCheckIn)
        self.kind.setObjectName(u"kind")

        self.dateRow.addWidget(self.kind)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateRow)

        self.whatWorksLabel = QLabel(LogCheckIn)
        self.whatWorksLabel.setObjectName(u"whatWorksLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whatWorksLabel)

        self.whatWorks = QPlainTextEdit(LogCheckIn)
        self.whatWorks.setObjectName(u"whatWorks")
        self.whatWorks.setTabChangesFocus(True)
        self.whatWorks.setMaximumSize(QSize(16777215, 56))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.whatWorks)

        self.focusLabel = QLabel(LogCheckIn)
        self.focusLabel.setObjectName(u"focusLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.focusLabel)

        self.focus = QPlainTextEdit(LogCheckIn)
        self.focus.setObjectName(u"focus")
        self.focus.setTabChangesFocus(True)
        self.focus.setMaximumSize(QSize(16777215, 56))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.focus)

        self.menteeStepsLabel = QLabel(LogCheckIn)
        self.menteeStepsLabel.setObjectName(u"menteeStepsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.menteeStepsLabel)

        self.menteeSteps = QPlainTextEdit(LogCheckIn)
        self.menteeSteps.setObjectName(u"menteeSteps")
        self.menteeSteps.setTabChangesFocus(True)
        self.menteeSteps.setMaximumSize(QSize(16777215, 48))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.menteeSteps)

        self.mentorStepsLabel = QLabel(LogCheckIn)
        self.mentorStepsLabel.setObjectName(u"mentorStepsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mentorStepsLabel)

        self.mentorSteps = QPlainTextEdit(LogCheckIn)
        self.mentorSteps.setObjectName(u"mentorSteps")
        self.mentorSteps.setTabChangesFocus(True)
        self.mentorSteps.setMaximumSize(QSize(16777215, 48))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mentorSteps)

        self.nextLabel = QLabel(LogCheckIn)
        self.nextLabel.setObjectName(u"nextLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.nextLabel)

        self.nextCheckInOn = DateBox(LogCheckIn)
        self.nextCheckInOn.setObjectName(u"nextCheckInOn")
        self.nextCheckInOn.setMaximumSize(QSize(180, 16777215))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nextCheckInOn)


        self.outer.addLayout(self.form)

        self.message = QLabel(LogCheckIn)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(LogCheckIn)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.occurredOn)
        self.whatWorksLabel.setBuddy(self.whatWorks)
        self.focusLabel.setBuddy(self.focus)
        self.menteeStepsLabel.setBuddy(self.menteeSteps)
        self.mentorStepsLabel.setBuddy(self.mentorSteps)
        self.nextLabel.setBuddy(self.nextCheckInOn)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredOn, self.minutes)
        QWidget.setTabOrder(self.minutes, self.kind)
        QWidget.setTabOrder(self.kind, self.whatWorks)
        QWidget.setTabOrder(self.whatWorks, self.focus)
        QWidget.setTabOrder(self.focus, self.menteeSteps)
        QWidget.setTabOrder(self.menteeSteps, self.mentorSteps)
        QWidget.setTabOrder(self.mentorSteps, self.nextCheckInOn)

        self.retranslateUi(LogCheckIn)

        QMetaObject.connectSlotsByName(LogCheckIn)
    # setupUi

    def retranslateUi(self, LogCheckIn):
        LogCheckIn.setWindowTitle(QCoreApplication.translate("LogCheckIn", u"Log a mentoring check-in", None))
        self.pair.setText("")
        self.dateLabel.setText(QCoreApplication.translate("LogCheckIn", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.occurredOn.setAccessibleName(QCoreApplication.translate("LogCheckIn", u"Date of the check-in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.minutes.setAccessibleName(QCoreApplication.translate("LogCheckIn", u"Minutes", None))
#endif // QT_CONFIG(accessibility)
        self.minutes.setSuffix(QCoreApplication.translate("LogCheckIn", u" min", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("LogCheckIn", u"Kind of check-in", None))
#endif // QT_CONFIG(accessibility)
        self.whatWorksLabel.setText(QCoreApplication.translate("LogCheckIn", u"What is &working", None))
#if QT_CONFIG(accessibility)
        self.whatWorks.setAccessibleName(QCoreApplication.translate("LogCheckIn", u"What is working", None))
#endif // QT_CONFIG(accessibility)
        self.focusLabel.setText(QCoreApplication.translate("LogCheckIn", u"&Focus or challenge", None))
#if QT_CONFIG(accessibility)
        self.focus.setAccessibleName(QCoreApplication.translate("LogCheckIn", u"Current focus or challenge", None))
#endif // QT_CONFIG(accessibility)
        self.menteeStepsLabel.setText(QCoreApplication.translate("LogCheckIn", u"M&entee's next steps", None))
#if QT_CONFIG(accessibility)
        self.menteeSteps.setAccessibleName(QCoreApplication.translate("LogCheckIn", u"The mentee's next steps, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.menteeSteps.setPlaceholderText(QCoreApplication.translate("LogCheckIn", u"One per line; each becomes an action item", None))
        self.mentorStepsLabel.setText(QCoreApplication.translate("LogCheckIn", u"Mentor's next &steps", None))
#if QT_CONFIG(accessibility)
        self.mentorSteps.setAccessibleName(QCoreApplication.translate("LogCheckIn", u"The mentor's next steps, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.mentorSteps.setPlaceholderText(QCoreApplication.translate("LogCheckIn", u"One per line; each becomes an action item", None))
        self.nextLabel.setText(QCoreApplication.translate("LogCheckIn", u"&Next check-in", None))
#if QT_CONFIG(accessibility)
        self.nextCheckInOn.setAccessibleName(QCoreApplication.translate("LogCheckIn", u"Next check-in date", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
    # retranslateUi

