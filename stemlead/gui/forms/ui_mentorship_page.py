# Generated from ui/mentorship_page.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

from stemlead.gui.widgets.dates import DateBox

class Ui_MentorshipPage(object):
    def setupUi(self, MentorshipPage):
        if not MentorshipPage.objectName():
            MentorshipPage.setObjectName(u"MentorshipPage")
        self.outer = QVBoxLayout(MentorshipPage)
        self.outer.setObjectName(u"outer")
        self.heading = QLabel(MentorshipPage)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outer.addWidget(self.heading)

        self.summaryRow = QHBoxLayout()
        self.summaryRow.setObjectName(u"summaryRow")
        self.summary = QLabel(MentorshipPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.summaryRow.addWidget(self.summary)

        self.agreementPdf = QPushButton(MentorshipPage)
        self.agreementPdf.setObjectName(u"agreementPdf")

        self.summaryRow.addWidget(self.agreementPdf)

        self.summaryPdf = QPushButton(MentorshipPage)
        self.summaryPdf.setObjectName(u"summaryPdf")

        self.summaryRow.addWidget(self.summaryPdf)


        self.outer.addLayout(self.summaryRow)

        self.tabs = QTabWidget(MentorshipPage)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsOuter = QVBoxLayout(self.detailsTab)
        self.detailsOuter.setObjectName(u"detailsOuter")
        self.detailsOuter.setContentsMargins(0, -1, 0, -1)
        self.detailsScroll = QScrollArea(self.detailsTab)
        self.detailsScroll.setObjectName(u"detailsScroll")
        self.detailsScroll.setFocusPolicy(Qt.NoFocus)
        self.detailsScroll.setWidgetResizable(True)
        self.detailsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailsBody = QWidget()
        self.detailsBody.setObjectName(u"detailsBody")
        self.detailsLayout = QVBoxLayout(self.detailsBody)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.mentorLabel = QLabel(self.detailsBody)
        self.mentorLabel.setObjectName(u"mentorLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mentorLabel)

        self.mentorRow = QHBoxLayout()
        self.mentorRow.setObjectName(u"mentorRow")
        self.mentor = QLabel(self.detailsBody)
        self.mentor.setObjectName(u"mentor")
        self.mentor.setWordWrap(True)

        self.mentorRow.addWidget(self.mentor)

        self.changeMentor = QPushButton(self.detailsBody)
        self.changeMentor.setObjectName(u"changeMentor")

        self.mentorRow.addWidget(self.changeMentor)


        self.detailsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.mentorRow)

        self.statusLabel = QLabel(self.detailsBody)
        self.statusLabel.setObjectName(u"statusLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.status = QComboBox(self.detailsBody)
        self.status.setObjectName(u"status")

        self.statusRow.addWidget(self.status)

        self.ended = QLabel(self.detailsBody)
        self.ended.setObjectName(u"ended")

        self.statusRow.addWidget(self.ended)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusRow.addItem(self.statusSpacer)


        self.detailsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.statusRow)

        self.datesLabel = QLabel(self.detailsBody)
        self.datesLabel.setObjectName(u"datesLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.datesLabel)

        self.datesRow = QHBoxLayout()
        self.datesRow.setObjectName(u"datesRow")
        self.startedOn = DateBox(self.detailsBody)
        self.startedOn.setObjectName(u"startedOn")

        self.datesRow.addWidget(self.startedOn)

        self.plannedLabel = QLabel(self.detailsBody)
        self.plannedLabel.setObjectName(u"plannedLabel")

        self.datesRow.addWidget(self.plannedLabel)

        self.plannedEndOn = DateBox(self.detailsBody)
        self.plannedEndOn.setObjectName(u"plannedEndOn")

        self.datesRow.addWidget(self.plannedEndOn)

        self.datesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesRow.addItem(self.datesSpacer)


        self.detailsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.datesRow)

        self.cadenceLabel = QLabel(self.detailsBody)
        self.cadenceLabel.setObjectName(u"cadenceLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cadenceLabel)

        self.cadenceRow = QHBoxLayout()
        self.cadenceRow.setObjectName(u"cadenceRow")
        self.cadenceDays = QSpinBox(self.detailsBody)
        self.cadenceDays.setObjectName(u"cadenceDays")
        self.cadenceDays.setMinimum(0)
        self.cadenceDays.setMaximum(92)

        self.cadenceRow.addWidget(self.cadenceDays)

        self.monthlyLabel = QLabel(self.detailsBody)
        self.monthlyLabel.setObjectName(u"monthlyLabel")

        self.cadenceRow.addWidget(self.monthlyLabel)

        self.monthlyMinutes = QLineEdit(self.detailsBody)
        self.monthlyMinutes.setObjectName(u"monthlyMinutes")
        self.monthlyMinutes.setMaximumSize(QSize(70, 16777215))

        self.cadenceRow.addWidget(self.monthlyMinutes)

        self.monthlyUnit = QLabel(self.detailsBody)
        self.monthlyUnit.setObjectName(u"monthlyUnit")

        self.cadenceRow.addWidget(self.monthlyUnit)

        self.cadenceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cadenceRow.addItem(self.cadenceSpacer)


        self.detailsForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.cadenceRow)

        self.focusLabel = QLabel(self.detailsBody)
        self.focusLabel.setObjectName(u"focusLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.focusLabel)

        self.focusAreas = QLineEdit(self.detailsBody)
        self.focusAreas.setObjectName(u"focusAreas")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.focusAreas)

        self.focusHint = QLabel(self.detailsBody)
        self.focusHint.setObjectName(u"focusHint")
        self.focusHint.setWordWrap(True)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.focusHint)


        self.detailsLayout.addLayout(self.detailsForm)

        self.goalsLabel = QLabel(self.detailsBody)
        self.goalsLabel.setObjectName(u"goalsLabel")
        self.goalsLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.goalsLabel)

        self.goalButtons = QHBoxLayout()
        self.goalButtons.setObjectName(u"goalButtons")
        self.addGoal = QPushButton(self.detailsBody)
        self.addGoal.setObjectName(u"addGoal")

        self.goalButtons.addWidget(self.addGoal)

        self.deleteGoal = QPushButton(self.detailsBody)
        self.deleteGoal.setObjectName(u"deleteGoal")

        self.goalButtons.addWidget(self.deleteGoal)

        self.goalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalButtons.addItem(self.goalSpacer)


        self.detailsLayout.addLayout(self.goalButtons)

        self.goalList = QListWidget(self.detailsBody)
        self.goalList.setObjectName(u"goalList")
        self.goalList.setMaximumSize(QSize(16777215, 96))

        self.detailsLayout.addWidget(self.goalList)

        self.goalForm = QFormLayout()
        self.goalForm.setObjectName(u"goalForm")
        self.goalTextLabel = QLabel(self.detailsBody)
        self.goalTextLabel.setObjectName(u"goalTextLabel")

        self.goalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.goalTextLabel)

        self.goalText = QLineEdit(self.detailsBody)
        self.goalText.setObjectName(u"goalText")

        self.goalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.goalText)

        self.ratingLabel = QLabel(self.detailsBody)
        self.ratingLabel.setObjectName(u"ratingLabel")

        self.goalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ratingLabel)

        self.ratingRow = QHBoxLayout()
        self.ratingRow.setObjectName(u"ratingRow")
        self.startRating = QComboBox(self.detailsBody)
        self.startRating.setObjectName(u"startRating")

        self.ratingRow.addWidget(self.startRating)

        self.endRatingLabel = QLabel(self.detailsBody)
        self.endRatingLabel.setObjectName(u"endRatingLabel")

        self.ratingRow.addWidget(self.endRatingLabel)

        self.endRating = QComboBox(self.detailsBody)
        self.endRating.setObjectName(u"endRating")

        self.ratingRow.addWidget(self.endRating)

        self.ratingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ratingRow.addItem(self.ratingSpacer)


        self.goalForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.ratingRow)


        self.detailsLayout.addLayout(self.goalForm)

        self.endForm = QFormLayout()
        self.endForm.setObjectName(u"endForm")
        self.endReasonLabel = QLabel(self.detailsBody)
        self.endReasonLabel.setObjectName(u"endReasonLabel")

        self.endForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.endReasonLabel)

        self.endReason = QLineEdit(self.detailsBody)
        self.endReason.setObjectName(u"endReason")

        self.endForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.endReason)

        self.reflectionLabel = QLabel(self.detailsBody)
        self.reflectionLabel.setObjectName(u"reflectionLabel")

        self.endForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reflectionLabel)

        self.closingReflection = QPlainTextEdit(self.detailsBody)
        self.closingReflection.setObjectName(u"closingReflection")
        self.closingReflection.setTabChangesFocus(True)
        self.closingReflection.setMaximumSize(QSize(16777215, 70))

        self.endForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.closingReflection)


        self.detailsLayout.addLayout(self.endForm)

        self.privateBox = QGroupBox(self.detailsBody)
        self.privateBox.setObjectName(u"privateBox")
        self.privateLayout = QVBoxLayout(self.privateBox)
        self.privateLayout.setObjectName(u"privateLayout")
        self.privateNotes = QPlainTextEdit(self.privateBox)
        self.privateNotes.setObjectName(u"privateNotes")
        self.privateNotes.setTabChangesFocus(True)
        self.privateNotes.setMaximumSize(QSize(16777215, 70))

        self.privateLayout.addWidget(self.privateNotes)


        self.detailsLayout.addWidget(self.privateBox)

        self.detailsEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsEnd)

        self.detailsScroll.setWidget(self.detailsBody)

        self.detailsOuter.addWidget(self.detailsScroll)

        self.tabs.addTab(self.detailsTab, "")
        self.checkInsTab = QWidget()
        self.checkInsTab.setObjectName(u"checkInsTab")
        self.checkInsOuter = QVBoxLayout(self.checkInsTab)
        self.checkInsOuter.setObjectName(u"checkInsOuter")
        self.checkInsOuter.setContentsMargins(0, -1, 0, -1)
        self.checkInButtons = QHBoxLayout()
        self.checkInButtons.setObjectName(u"checkInButtons")
        self.logCheckIn = QPushButton(self.checkInsTab)
        self.logCheckIn.setObjectName(u"logCheckIn")

        self.checkInButtons.addWidget(self.logCheckIn)

        self.deleteCheckIn = QPushButton(self.checkInsTab)
        self.deleteCheckIn.setObjectName(u"deleteCheckIn")

        self.checkInButtons.addWidget(self.deleteCheckIn)

        self.checkInSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkInButtons.addItem(self.checkInSpacer)

        self.hours = QLabel(self.checkInsTab)
        self.hours.setObjectName(u"hours")

        self.checkInButtons.addWidget(self.hours)


        self.checkInsOuter.addLayout(self.checkInButtons)

        self.checkInList = QListWidget(self.checkInsTab)
        self.checkInList.setObjectName(u"checkInList")
        self.checkInList.setMaximumSize(QSize(16777215, 120))

        self.checkInsOuter.addWidget(self.checkInList)

        self.checkInScroll = QScrollArea(self.checkInsTab)
        self.checkInScroll.setObjectName(u"checkInScroll")
        self.checkInScroll.setFocusPolicy(Qt.NoFocus)
        self.checkInScroll.setWidgetResizable(True)
        self.checkInScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.checkInBody = QWidget()
        self.checkInBody.setObjectName(u"checkInBody")
        self.checkInLayout = QVBoxLayout(self.checkInBody)
        self.checkInLayout.setObjectName(u"checkInLayout")
        self.checkInBox = QGroupBox(self.checkInBody)
        self.checkInBox.setObjectName(u"checkInBox")
        self.checkInForm = QFormLayout(self.checkInBox)
        self.checkInForm.setObjectName(u"checkInForm")
        self.occurredLabel = QLabel(self.checkInBox)
        self.occurredLabel.setObjectName(u"occurredLabel")

        self.checkInForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.occurredLabel)

        self.occurredRow = QHBoxLayout()
        self.occurredRow.setObjectName(u"occurredRow")
        self.occurredOn = DateBox(self.checkInBox)
        self.occurredOn.setObjectName(u"occurredOn")

        self.occurredRow.addWidget(self.occurredOn)

        self.minutes = QSpinBox(self.checkInBox)
        self.minutes.setObjectName(u"minutes")
        self.minutes.setMaximum(1440)

        self.occurredRow.addWidget(self.minutes)

        self.kind = QComboBox(self.checkInBox)
        self.kind.setObjectName(u"kind")

        self.occurredRow.addWidget(self.kind)

        self.occurredSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.occurredRow.addItem(self.occurredSpacer)


        self.checkInForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.occurredRow)

        self.whatWorksLabel = QLabel(self.checkInBox)
        self.whatWorksLabel.setObjectName(u"whatWorksLabel")

        self.checkInForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whatWorksLabel)

        self.whatWorks = QPlainTextEdit(self.checkInBox)
        self.whatWorks.setObjectName(u"whatWorks")
        self.whatWorks.setTabChangesFocus(True)
        self.whatWorks.setMaximumSize(QSize(16777215, 60))

        self.checkInForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.whatWorks)

        self.checkInFocusLabel = QLabel(self.checkInBox)
        self.checkInFocusLabel.setObjectName(u"checkInFocusLabel")

        self.checkInForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.checkInFocusLabel)

        self.checkInFocus = QPlainTextEdit(self.checkInBox)
        self.checkInFocus.setObjectName(u"checkInFocus")
        self.checkInFocus.setTabChangesFocus(True)
        self.checkInFocus.setMaximumSize(QSize(16777215, 60))

        self.checkInForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.checkInFocus)

        self.nextLabel = QLabel(self.checkInBox)
        self.nextLabel.setObjectName(u"nextLabel")

        self.checkInForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nextLabel)

        self.nextCheckInOn = DateBox(self.checkInBox)
        self.nextCheckInOn.setObjectName(u"nextCheckInOn")
        self.nextCheckInOn.setMaximumSize(QSize(180, 16777215))

        self.checkInForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nextCheckInOn)

        self.stepsLabel = QLabel(self.checkInBox)
        self.stepsLabel.setObjectName(u"stepsLabel")

        self.checkInForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.stepsLabel)

        self.stepList = QListWidget(self.checkInBox)
        self.stepList.setObjectName(u"stepList")
        self.stepList.setMaximumSize(QSize(16777215, 80))

        self.checkInForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stepList)

        self.stepRow = QHBoxLayout()
        self.stepRow.setObjectName(u"stepRow")
        self.stepText = QLineEdit(self.checkInBox)
        self.stepText.setObjectName(u"stepText")

        self.stepRow.addWidget(self.stepText)

        self.stepSide = QComboBox(self.checkInBox)
        self.stepSide.setObjectName(u"stepSide")

        self.stepRow.addWidget(self.stepSide)

        self.addStep = QPushButton(self.checkInBox)
        self.addStep.setObjectName(u"addStep")

        self.stepRow.addWidget(self.addStep)


        self.checkInForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.stepRow)

        self.carriedLabel = QLabel(self.checkInBox)
        self.carriedLabel.setObjectName(u"carriedLabel")

        self.checkInForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.carriedLabel)

        self.carriedList = QListWidget(self.checkInBox)
        self.carriedList.setObjectName(u"carriedList")
        self.carriedList.setMaximumSize(QSize(16777215, 80))

        self.checkInForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.carriedList)


        self.checkInLayout.addWidget(self.checkInBox)

        self.checkInScroll.setWidget(self.checkInBody)

        self.checkInsOuter.addWidget(self.checkInScroll)

        self.tabs.addTab(self.checkInsTab, "")

        self.outer.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.mentorLabel.setBuddy(self.changeMentor)
        self.statusLabel.setBuddy(self.status)
        self.datesLabel.setBuddy(self.startedOn)
        self.plannedLabel.setBuddy(self.plannedEndOn)
        self.cadenceLabel.setBuddy(self.cadenceDays)
        self.monthlyLabel.setBuddy(self.monthlyMinutes)
        self.focusLabel.setBuddy(self.focusAreas)
        self.goalsLabel.setBuddy(self.goalList)
        self.goalTextLabel.setBuddy(self.goalText)
        self.ratingLabel.setBuddy(self.startRating)
        self.endRatingLabel.setBuddy(self.endRating)
        self.endReasonLabel.setBuddy(self.endReason)
        self.reflectionLabel.setBuddy(self.closingReflection)
        self.occurredLabel.setBuddy(self.occurredOn)
        self.whatWorksLabel.setBuddy(self.whatWorks)
        self.checkInFocusLabel.setBuddy(self.checkInFocus)
        self.nextLabel.setBuddy(self.nextCheckInOn)
        self.stepsLabel.setBuddy(self.stepList)
        self.carriedLabel.setBuddy(self.carriedList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.agreementPdf, self.summaryPdf)
        QWidget.setTabOrder(self.summaryPdf, self.tabs)
        QWidget.setTabOrder(self.tabs, self.changeMentor)
        QWidget.setTabOrder(self.changeMentor, self.status)
        QWidget.setTabOrder(self.status, self.startedOn)
        QWidget.setTabOrder(self.startedOn, self.plannedEndOn)
        QWidget.setTabOrder(self.plannedEndOn, self.cadenceDays)
        QWidget.setTabOrder(self.cadenceDays, self.monthlyMinutes)
        QWidget.setTabOrder(self.monthlyMinutes, self.focusAreas)
        QWidget.setTabOrder(self.focusAreas, self.addGoal)
        QWidget.setTabOrder(self.addGoal, self.deleteGoal)
        QWidget.setTabOrder(self.deleteGoal, self.goalList)
        QWidget.setTabOrder(self.goalList, self.goalText)
        QWidget.setTabOrder(self.goalText, self.startRating)
        QWidget.setTabOrder(self.startRating, self.endRating)
        QWidget.setTabOrder(self.endRating, self.endReason)
        QWidget.setTabOrder(self.endReason, self.closingReflection)
        QWidget.setTabOrder(self.closingReflection, self.privateNotes)
        QWidget.setTabOrder(self.privateNotes, self.logCheckIn)
        QWidget.setTabOrder(self.logCheckIn, self.deleteCheckIn)
        QWidget.setTabOrder(self.deleteCheckIn, self.checkInList)
        QWidget.setTabOrder(self.checkInList, self.occurredOn)
        QWidget.setTabOrder(self.occurredOn, self.minutes)
        QWidget.setTabOrder(self.minutes, self.kind)
        QWidget.setTabOrder(self.kind, self.whatWorks)
        QWidget.setTabOrder(self.whatWorks, self.checkInFocus)
        QWidget.setTabOrder(self.checkInFocus, self.nextCheckInOn)
        QWidget.setTabOrder(self.nextCheckInOn, self.stepList)
        QWidget.setTabOrder(self.stepList, self.stepText)
        QWidget.setTabOrder(self.stepText, self.stepSide)
        QWidget.setTabOrder(self.stepSide, self.addStep)
        QWidget.setTabOrder(self.addStep, self.carriedList)

        self.retranslateUi(MentorshipPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MentorshipPage)
    # setupUi

    def retranslateUi(self, MentorshipPage):
        self.heading.setText(QCoreApplication.translate("MentorshipPage", u"Mentoring pair", None))
        self.summary.setText("")
        self.agreementPdf.setText(QCoreApplication.translate("MentorshipPage", u"A&greement PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.agreementPdf.setToolTip(QCoreApplication.translate("MentorshipPage", u"Preview the mentoring agreement, then save it as a PDF (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.summaryPdf.setText(QCoreApplication.translate("MentorshipPage", u"Su&mmary PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.summaryPdf.setToolTip(QCoreApplication.translate("MentorshipPage", u"Preview the mentoring summary, then save it as a PDF", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Mentoring pair sections", None))
#endif // QT_CONFIG(accessibility)
        self.mentorLabel.setText(QCoreApplication.translate("MentorshipPage", u"Mentor", None))
        self.mentor.setText("")
        self.changeMentor.setText(QCoreApplication.translate("MentorshipPage", u"C&hange mentor\u2026", None))
#if QT_CONFIG(tooltip)
        self.changeMentor.setToolTip(QCoreApplication.translate("MentorshipPage", u"Pair the mentee with someone else, within that mentor's capacity", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText(QCoreApplication.translate("MentorshipPage", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Pair status", None))
#endif // QT_CONFIG(accessibility)
        self.ended.setText("")
        self.datesLabel.setText(QCoreApplication.translate("MentorshipPage", u"Fr&om", None))
#if QT_CONFIG(accessibility)
        self.startedOn.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.plannedLabel.setText(QCoreApplication.translate("MentorshipPage", u"planned to", None))
#if QT_CONFIG(accessibility)
        self.plannedEndOn.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Planned end date", None))
#endif // QT_CONFIG(accessibility)
        self.cadenceLabel.setText(QCoreApplication.translate("MentorshipPage", u"Check in e&very", None))
#if QT_CONFIG(accessibility)
        self.cadenceDays.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Check in every so many days", None))
#endif // QT_CONFIG(accessibility)
        self.cadenceDays.setSuffix(QCoreApplication.translate("MentorshipPage", u" days", None))
        self.cadenceDays.setSpecialValueText(QCoreApplication.translate("MentorshipPage", u"no fixed rhythm", None))
        self.monthlyLabel.setText(QCoreApplication.translate("MentorshipPage", u"and a&bout", None))
#if QT_CONFIG(accessibility)
        self.monthlyMinutes.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Hours together a month", None))
#endif // QT_CONFIG(accessibility)
        self.monthlyMinutes.setPlaceholderText(QCoreApplication.translate("MentorshipPage", u"0", None))
        self.monthlyUnit.setText(QCoreApplication.translate("MentorshipPage", u"hours a month", None))
        self.focusLabel.setText(QCoreApplication.translate("MentorshipPage", u"&Focus", None))
#if QT_CONFIG(accessibility)
        self.focusAreas.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Focus: growth areas, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.focusHint.setText("")
        self.goalsLabel.setText(QCoreApplication.translate("MentorshipPage", u"Goals, rated by the mentee at the start and at the end (1 = just starting, 5 = confident)", None))
        self.addGoal.setText(QCoreApplication.translate("MentorshipPage", u"&Add goal", None))
        self.deleteGoal.setText(QCoreApplication.translate("MentorshipPage", u"Delete goal", None))
#if QT_CONFIG(tooltip)
        self.deleteGoal.setToolTip(QCoreApplication.translate("MentorshipPage", u"Delete this goal; Ctrl+Shift+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.goalList.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Goals", None))
#endif // QT_CONFIG(accessibility)
        self.goalTextLabel.setText(QCoreApplication.translate("MentorshipPage", u"Goal", None))
#if QT_CONFIG(accessibility)
        self.goalText.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Goal", None))
#endif // QT_CONFIG(accessibility)
        self.ratingLabel.setText(QCoreApplication.translate("MentorshipPage", u"At the start", None))
#if QT_CONFIG(accessibility)
        self.startRating.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Rating at the start", None))
#endif // QT_CONFIG(accessibility)
        self.endRatingLabel.setText(QCoreApplication.translate("MentorshipPage", u"at the end", None))
#if QT_CONFIG(accessibility)
        self.endRating.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Rating at the end", None))
#endif // QT_CONFIG(accessibility)
        self.endReasonLabel.setText(QCoreApplication.translate("MentorshipPage", u"Why it ended", None))
#if QT_CONFIG(accessibility)
        self.endReason.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Why the pair ended early", None))
#endif // QT_CONFIG(accessibility)
        self.reflectionLabel.setText(QCoreApplication.translate("MentorshipPage", u"Closing &reflection", None))
#if QT_CONFIG(accessibility)
        self.closingReflection.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Closing reflection", None))
#endif // QT_CONFIG(accessibility)
        self.privateBox.setTitle(QCoreApplication.translate("MentorshipPage", u"Private notes \u2014 only you see these; never on a handout or in a report", None))
#if QT_CONFIG(accessibility)
        self.privateNotes.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Private notes, never exported", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("MentorshipPage", u"&Details", None))
        self.logCheckIn.setText(QCoreApplication.translate("MentorshipPage", u"Log check-in\u2026", None))
        self.deleteCheckIn.setText(QCoreApplication.translate("MentorshipPage", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteCheckIn.setToolTip(QCoreApplication.translate("MentorshipPage", u"Delete this check-in and its next steps (Delete key in the list); Ctrl+Shift+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
        self.hours.setText("")
#if QT_CONFIG(accessibility)
        self.checkInList.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Check-ins, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.checkInBox.setTitle(QCoreApplication.translate("MentorshipPage", u"Check-in", None))
        self.occurredLabel.setText(QCoreApplication.translate("MentorshipPage", u"Date", None))
#if QT_CONFIG(accessibility)
        self.occurredOn.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Date of the check-in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.minutes.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Minutes", None))
#endif // QT_CONFIG(accessibility)
        self.minutes.setSuffix(QCoreApplication.translate("MentorshipPage", u" min", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Kind of check-in", None))
#endif // QT_CONFIG(accessibility)
        self.whatWorksLabel.setText(QCoreApplication.translate("MentorshipPage", u"What is working", None))
#if QT_CONFIG(accessibility)
        self.whatWorks.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"What is working", None))
#endif // QT_CONFIG(accessibility)
        self.checkInFocusLabel.setText(QCoreApplication.translate("MentorshipPage", u"Focus or challenge", None))
#if QT_CONFIG(accessibility)
        self.checkInFocus.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Current focus or challenge", None))
#endif // QT_CONFIG(accessibility)
        self.nextLabel.setText(QCoreApplication.translate("MentorshipPage", u"Next check-in", None))
#if QT_CONFIG(accessibility)
        self.nextCheckInOn.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Next check-in date", None))
#endif // QT_CONFIG(accessibility)
        self.stepsLabel.setText(QCoreApplication.translate("MentorshipPage", u"Next steps", None))
#if QT_CONFIG(accessibility)
        self.stepList.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Next steps agreed at this check-in (Space marks done)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stepText.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"A new next step", None))
#endif // QT_CONFIG(accessibility)
        self.stepText.setPlaceholderText(QCoreApplication.translate("MentorshipPage", u"A next step, then Enter", None))
#if QT_CONFIG(accessibility)
        self.stepSide.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Whose step", None))
#endif // QT_CONFIG(accessibility)
        self.addStep.setText(QCoreApplication.translate("MentorshipPage", u"Add step", None))
        self.carriedLabel.setText(QCoreApplication.translate("MentorshipPage", u"Still open from earlier", None))
#if QT_CONFIG(accessibility)
        self.carriedList.setAccessibleName(QCoreApplication.translate("MentorshipPage", u"Next steps carried from earlier check-ins (Space marks done)", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.checkInsTab), QCoreApplication.translate("MentorshipPage", u"Chec&k-ins", None))
        pass
    # retranslateUi

