# Generated from ui/settings.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_Settings(object):
    def setupUi(self, Settings):
        if not Settings.objectName():
            Settings.setObjectName(u"Settings")
        Settings.setMinimumSize(QSize(560, 0))
        self.outer = QVBoxLayout(Settings)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.organizationLabel = QLabel(Settings)
        self.organizationLabel.setObjectName(u"organizationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organizationLabel)

        self.organization = QLineEdit(Settings)
        self.organization.setObjectName(u"organization")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organization)

        self.coachLabel = QLabel(Settings)
        self.coachLabel.setObjectName(u"coachLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.coachLabel)

        self.coach = QLineEdit(Settings)
        self.coach.setObjectName(u"coach")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.coach)

        self.paperLabel = QLabel(Settings)
        self.paperLabel.setObjectName(u"paperLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paper = QComboBox(Settings)
        self.paper.setObjectName(u"paper")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paper)

        self.logoLabel = QLabel(Settings)
        self.logoLabel.setObjectName(u"logoLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logo = QLabel(Settings)
        self.logo.setObjectName(u"logo")

        self.logoRow.addWidget(self.logo)

        self.chooseLogo = QPushButton(Settings)
        self.chooseLogo.setObjectName(u"chooseLogo")

        self.logoRow.addWidget(self.chooseLogo)

        self.clearLogo = QPushButton(Settings)
        self.clearLogo.setObjectName(u"clearLogo")

        self.logoRow.addWidget(self.clearLogo)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.logoRow)

        self.weekLabel = QLabel(Settings)
        self.weekLabel.setObjectName(u"weekLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.weekLabel)

        self.weekStart = QComboBox(Settings)
        self.weekStart.setObjectName(u"weekStart")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.weekStart)

        self.timeLabel = QLabel(Settings)
        self.timeLabel.setObjectName(u"timeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeFormat = QComboBox(Settings)
        self.timeFormat.setObjectName(u"timeFormat")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.timeFormat)

        self.lengthLabel = QLabel(Settings)
        self.lengthLabel.setObjectName(u"lengthLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.lengthLabel)

        self.meetingMinutes = QSpinBox(Settings)
        self.meetingMinutes.setObjectName(u"meetingMinutes")
        self.meetingMinutes.setMinimum(5)
        self.meetingMinutes.setMaximum(600)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.meetingMinutes)

        self.backupsLabel = QLabel(Settings)
        self.backupsLabel.setObjectName(u"backupsLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.backupsLabel)

        self.backupsKept = QSpinBox(Settings)
        self.backupsKept.setObjectName(u"backupsKept")
        self.backupsKept.setMinimum(1)
        self.backupsKept.setMaximum(365)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.backupsKept)

        self.isolationLabel = QLabel(Settings)
        self.isolationLabel.setObjectName(u"isolationLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.isolationLabel)

        self.isolationWeeks = QSpinBox(Settings)
        self.isolationWeeks.setObjectName(u"isolationWeeks")
        self.isolationWeeks.setMinimum(1)
        self.isolationWeeks.setMaximum(52)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.isolationWeeks)

        self.capacityLabel = QLabel(Settings)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.mentorCapacity = QSpinBox(Settings)
        self.mentorCapacity.setObjectName(u"mentorCapacity")
        self.mentorCapacity.setMinimum(1)
        self.mentorCapacity.setMaximum(20)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.mentorCapacity)


        self.outer.addLayout(self.form)

        self.note = QLabel(Settings)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.outer.addWidget(self.note)

        self.message = QLabel(Settings)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(Settings)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.organizationLabel.setBuddy(self.organization)
        self.coachLabel.setBuddy(self.coach)
        self.paperLabel.setBuddy(self.paper)
        self.logoLabel.setBuddy(self.chooseLogo)
        self.weekLabel.setBuddy(self.weekStart)
        self.timeLabel.setBuddy(self.timeFormat)
        self.lengthLabel.setBuddy(self.meetingMinutes)
        self.backupsLabel.setBuddy(self.backupsKept)
        self.isolationLabel.setBuddy(self.isolationWeeks)
        self.capacityLabel.setBuddy(self.mentorCapacity)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Settings)

        QMetaObject.connectSlotsByName(Settings)
    # setupUi

    def retranslateUi(self, Settings):
        Settings.setWindowTitle(QCoreApplication.translate("Settings", u"Settings", None))
        self.organizationLabel.setText(QCoreApplication.translate("Settings", u"&School or district", None))
#if QT_CONFIG(accessibility)
        self.organization.setAccessibleName(QCoreApplication.translate("Settings", u"School or district name", None))
#endif // QT_CONFIG(accessibility)
        self.coachLabel.setText(QCoreApplication.translate("Settings", u"Your &name", None))
#if QT_CONFIG(accessibility)
        self.coach.setAccessibleName(QCoreApplication.translate("Settings", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.paperLabel.setText(QCoreApplication.translate("Settings", u"&Paper", None))
#if QT_CONFIG(accessibility)
        self.paper.setAccessibleName(QCoreApplication.translate("Settings", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
        self.logoLabel.setText(QCoreApplication.translate("Settings", u"&Logo", None))
        self.logo.setText(QCoreApplication.translate("Settings", u"None", None))
        self.chooseLogo.setText(QCoreApplication.translate("Settings", u"&Choose\u2026", None))
        self.clearLogo.setText(QCoreApplication.translate("Settings", u"No logo", None))
        self.weekLabel.setText(QCoreApplication.translate("Settings", u"&Week starts on", None))
#if QT_CONFIG(accessibility)
        self.weekStart.setAccessibleName(QCoreApplication.translate("Settings", u"Week starts on", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("Settings", u"&Time format", None))
#if QT_CONFIG(accessibility)
        self.timeFormat.setAccessibleName(QCoreApplication.translate("Settings", u"Time format", None))
#endif // QT_CONFIG(accessibility)
        self.lengthLabel.setText(QCoreApplication.translate("Settings", u"Default &meeting length", None))
#if QT_CONFIG(accessibility)
        self.meetingMinutes.setAccessibleName(QCoreApplication.translate("Settings", u"Default meeting length in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.meetingMinutes.setSuffix(QCoreApplication.translate("Settings", u" min", None))
        self.backupsLabel.setText(QCoreApplication.translate("Settings", u"&Backups kept", None))
#if QT_CONFIG(accessibility)
        self.backupsKept.setAccessibleName(QCoreApplication.translate("Settings", u"Number of automatic backups kept", None))
#endif // QT_CONFIG(accessibility)
        self.isolationLabel.setText(QCoreApplication.translate("Settings", u"No coaching contact &for", None))
#if QT_CONFIG(accessibility)
        self.isolationWeeks.setAccessibleName(QCoreApplication.translate("Settings", u"Weeks without coaching contact that count toward being on an island", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.isolationWeeks.setToolTip(QCoreApplication.translate("Settings", u"How long without a coaching log entry, a visit or cycle work before Mentoring says so", None))
#endif // QT_CONFIG(tooltip)
        self.isolationWeeks.setSuffix(QCoreApplication.translate("Settings", u" weeks", None))
        self.capacityLabel.setText(QCoreApplication.translate("Settings", u"Mentees per mentor (&usual)", None))
#if QT_CONFIG(accessibility)
        self.mentorCapacity.setAccessibleName(QCoreApplication.translate("Settings", u"How many mentees a mentor usually takes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.mentorCapacity.setToolTip(QCoreApplication.translate("Settings", u"A mentor's own capacity, raised on a pair, wins over this", None))
#endif // QT_CONFIG(tooltip)
        self.note.setText(QCoreApplication.translate("Settings", u"A verified backup is made each day the app opens and before every upgrade, in the backups folder beside your database.", None))
        self.message.setText("")
    # retranslateUi

