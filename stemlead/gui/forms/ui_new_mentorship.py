# Generated from ui/new_mentorship.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

from stemlead.gui.widgets.dates import DateBox

class Ui_NewMentorship(object):
    def setupUi(self, NewMentorship):
        if not NewMentorship.objectName():
            NewMentorship.setObjectName(u"NewMentorship")
        NewMentorship.setMinimumSize(QSize(560, 0))
        self.outer = QVBoxLayout(NewMentorship)
        self.outer.setObjectName(u"outer")
        self.menteeForm = QFormLayout()
        self.menteeForm.setObjectName(u"menteeForm")
        self.menteeLabel = QLabel(NewMentorship)
        self.menteeLabel.setObjectName(u"menteeLabel")

        self.menteeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.menteeLabel)

        self.mentee = QComboBox(NewMentorship)
        self.mentee.setObjectName(u"mentee")
        self.mentee.setEditable(True)

        self.menteeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mentee)


        self.outer.addLayout(self.menteeForm)

        self.suggestionsLabel = QLabel(NewMentorship)
        self.suggestionsLabel.setObjectName(u"suggestionsLabel")
        self.suggestionsLabel.setWordWrap(True)

        self.outer.addWidget(self.suggestionsLabel)

        self.suggestions = QTableView(NewMentorship)
        self.suggestions.setObjectName(u"suggestions")
        self.suggestions.setTabKeyNavigation(False)
        self.suggestions.setMinimumSize(QSize(0, 110))

        self.outer.addWidget(self.suggestions)

        self.why = QLabel(NewMentorship)
        self.why.setObjectName(u"why")
        self.why.setWordWrap(True)

        self.outer.addWidget(self.why)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.mentorLabel = QLabel(NewMentorship)
        self.mentorLabel.setObjectName(u"mentorLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mentorLabel)

        self.mentor = QComboBox(NewMentorship)
        self.mentor.setObjectName(u"mentor")
        self.mentor.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mentor)

        self.focusLabel = QLabel(NewMentorship)
        self.focusLabel.setObjectName(u"focusLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.focusLabel)

        self.focus = QLineEdit(NewMentorship)
        self.focus.setObjectName(u"focus")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.focus)

        self.goalsLabel = QLabel(NewMentorship)
        self.goalsLabel.setObjectName(u"goalsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.goalsLabel)

        self.goals = QPlainTextEdit(NewMentorship)
        self.goals.setObjectName(u"goals")
        self.goals.setTabChangesFocus(True)
        self.goals.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.goals)

        self.startLabel = QLabel(NewMentorship)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startRow = QHBoxLayout()
        self.startRow.setObjectName(u"startRow")
        self.startedOn = DateBox(NewMentorship)
        self.startedOn.setObjectName(u"startedOn")

        self.startRow.addWidget(self.startedOn)

        self.cadenceLabel = QLabel(NewMentorship)
        self.cadenceLabel.setObjectName(u"cadenceLabel")

        self.startRow.addWidget(self.cadenceLabel)

        self.cadenceDays = QSpinBox(NewMentorship)
        self.cadenceDays.setObjectName(u"cadenceDays")
        self.cadenceDays.setMinimum(0)
        self.cadenceDays.setMaximum(92)
        self.cadenceDays.setValue(14)

        self.startRow.addWidget(self.cadenceDays)

        self.active = QCheckBox(NewMentorship)
        self.active.setObjectName(u"active")

        self.startRow.addWidget(self.active)

        self.startSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startRow.addItem(self.startSpacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.startRow)


        self.outer.addLayout(self.form)

        self.message = QLabel(NewMentorship)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.raiseCapacity = QPushButton(NewMentorship)
        self.raiseCapacity.setObjectName(u"raiseCapacity")
        self.raiseCapacity.setVisible(False)

        self.buttonRow.addWidget(self.raiseCapacity)

        self.buttons = QDialogButtonBox(NewMentorship)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonRow.addWidget(self.buttons)


        self.outer.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.menteeLabel.setBuddy(self.mentee)
        self.suggestionsLabel.setBuddy(self.suggestions)
        self.mentorLabel.setBuddy(self.mentor)
        self.focusLabel.setBuddy(self.focus)
        self.goalsLabel.setBuddy(self.goals)
        self.startLabel.setBuddy(self.startedOn)
        self.cadenceLabel.setBuddy(self.cadenceDays)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mentee, self.suggestions)
        QWidget.setTabOrder(self.suggestions, self.mentor)
        QWidget.setTabOrder(self.mentor, self.focus)
        QWidget.setTabOrder(self.focus, self.goals)
        QWidget.setTabOrder(self.goals, self.startedOn)
        QWidget.setTabOrder(self.startedOn, self.cadenceDays)
        QWidget.setTabOrder(self.cadenceDays, self.active)
        QWidget.setTabOrder(self.active, self.raiseCapacity)
        QWidget.setTabOrder(self.raiseCapacity, self.buttons)

        self.retranslateUi(NewMentorship)

        QMetaObject.connectSlotsByName(NewMentorship)
    # setupUi

    def retranslateUi(self, NewMentorship):
        NewMentorship.setWindowTitle(QCoreApplication.translate("NewMentorship", u"New mentoring pair", None))
        self.menteeLabel.setText(QCoreApplication.translate("NewMentorship", u"M&entee", None))
#if QT_CONFIG(accessibility)
        self.mentee.setAccessibleName(QCoreApplication.translate("NewMentorship", u"Mentee", None))
#endif // QT_CONFIG(accessibility)
        self.suggestionsLabel.setText(QCoreApplication.translate("NewMentorship", u"&Suggested mentors: points for each of the mentee's growth areas they are strong in, the same school or grade band, minus one for each mentee they have. Choosing one only fills in the pair below.", None))
#if QT_CONFIG(accessibility)
        self.suggestions.setAccessibleName(QCoreApplication.translate("NewMentorship", u"Suggested mentors, best first", None))
#endif // QT_CONFIG(accessibility)
        self.why.setText("")
        self.mentorLabel.setText(QCoreApplication.translate("NewMentorship", u"&Mentor", None))
#if QT_CONFIG(accessibility)
        self.mentor.setAccessibleName(QCoreApplication.translate("NewMentorship", u"Mentor: any teacher, or a partner contact", None))
#endif // QT_CONFIG(accessibility)
        self.focusLabel.setText(QCoreApplication.translate("NewMentorship", u"&Focus", None))
#if QT_CONFIG(accessibility)
        self.focus.setAccessibleName(QCoreApplication.translate("NewMentorship", u"Focus: the mentee's growth areas, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.goalsLabel.setText(QCoreApplication.translate("NewMentorship", u"&Goals", None))
#if QT_CONFIG(accessibility)
        self.goals.setAccessibleName(QCoreApplication.translate("NewMentorship", u"Goals, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.goals.setPlaceholderText(QCoreApplication.translate("NewMentorship", u"One goal per line, in the mentee's words", None))
        self.startLabel.setText(QCoreApplication.translate("NewMentorship", u"S&tarts", None))
#if QT_CONFIG(accessibility)
        self.startedOn.setAccessibleName(QCoreApplication.translate("NewMentorship", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.cadenceLabel.setText(QCoreApplication.translate("NewMentorship", u"check in e&very", None))
#if QT_CONFIG(accessibility)
        self.cadenceDays.setAccessibleName(QCoreApplication.translate("NewMentorship", u"Check in every so many days", None))
#endif // QT_CONFIG(accessibility)
        self.cadenceDays.setSuffix(QCoreApplication.translate("NewMentorship", u" days", None))
        self.cadenceDays.setSpecialValueText(QCoreApplication.translate("NewMentorship", u"no fixed rhythm", None))
        self.active.setText(QCoreApplication.translate("NewMentorship", u"Sta&rted already", None))
#if QT_CONFIG(tooltip)
        self.active.setToolTip(QCoreApplication.translate("NewMentorship", u"Unticked, the pair is proposed; its first check-in starts it", None))
#endif // QT_CONFIG(tooltip)
        self.message.setText("")
        self.raiseCapacity.setText(QCoreApplication.translate("NewMentorship", u"Raise capacity and pair", None))
    # retranslateUi

