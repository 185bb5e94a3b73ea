# Generated from ui/review_round.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from stemlead.gui.widgets.dates import DateBox

class Ui_ReviewRound(object):
    def setupUi(self, ReviewRound):
        if not ReviewRound.objectName():
            ReviewRound.setObjectName(u"ReviewRound")
        self.outer = QVBoxLayout(ReviewRound)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, -1, 0, -1)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.back = QPushButton(ReviewRound)
        self.back.setObjectName(u"back")

        self.top.addWidget(self.back)

        self.pdf = QPushButton(ReviewRound)
        self.pdf.setObjectName(u"pdf")

        self.top.addWidget(self.pdf)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)


        self.outer.addLayout(self.top)

        self.heading = QLabel(ReviewRound)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outer.addWidget(self.heading)

        self.status = QLabel(ReviewRound)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.outer.addWidget(self.status)

        self.tabs = QTabWidget(ReviewRound)
        self.tabs.setObjectName(u"tabs")
        self.setupTab = QWidget()
        self.setupTab.setObjectName(u"setupTab")
        self.setupLayout = QVBoxLayout(self.setupTab)
        self.setupLayout.setObjectName(u"setupLayout")
        self.setupLayout.setContentsMargins(0, -1, 0, -1)
        self.scroll = QScrollArea(self.setupTab)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollBody = QWidget()
        self.scrollBody.setObjectName(u"scrollBody")
        self.bodyLayout = QVBoxLayout(self.scrollBody)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.questionLabel = QLabel(self.scrollBody)
        self.questionLabel.setObjectName(u"questionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.focusingQuestion = QPlainTextEdit(self.scrollBody)
        self.focusingQuestion.setObjectName(u"focusingQuestion")
        self.focusingQuestion.setMaximumSize(QSize(16777215, 60))
        self.focusingQuestion.setTabChangesFocus(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.focusingQuestion)

        self.presenterLabel = QLabel(self.scrollBody)
        self.presenterLabel.setObjectName(u"presenterLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.presenterLabel)

        self.presenter = QComboBox(self.scrollBody)
        self.presenter.setObjectName(u"presenter")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.presenter)

        self.heldLabel = QLabel(self.scrollBody)
        self.heldLabel.setObjectName(u"heldLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldOn = DateBox(self.scrollBody)
        self.heldOn.setObjectName(u"heldOn")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.heldOn)

        self.meetingLabel = QLabel(self.scrollBody)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meeting = QComboBox(self.scrollBody)
        self.meeting.setObjectName(u"meeting")
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting.setMinimumContentsLength(8)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.meeting)

        self.meetingRow = QHBoxLayout()
        self.meetingRow.setObjectName(u"meetingRow")
        self.onAgenda = QPushButton(self.scrollBody)
        self.onAgenda.setObjectName(u"onAgenda")

        self.meetingRow.addWidget(self.onAgenda)

        self.offAgenda = QPushButton(self.scrollBody)
        self.offAgenda.setObjectName(u"offAgenda")

        self.meetingRow.addWidget(self.offAgenda)

        self.meetingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meetingRow.addItem(self.meetingSpacer)

        self.meetingRow.setStretch(2, 1)

        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.meetingRow)


        self.bodyLayout.addLayout(self.form)

        self.stepsLabel = QLabel(self.scrollBody)
        self.stepsLabel.setObjectName(u"stepsLabel")

        self.bodyLayout.addWidget(self.stepsLabel)

        self.steps = QListWidget(self.scrollBody)
        self.steps.setObjectName(u"steps")
        self.steps.setWordWrap(True)
        self.steps.setMinimumSize(QSize(0, 120))

        self.bodyLayout.addWidget(self.steps)

        self.stepsTotal = QLabel(self.scrollBody)
        self.stepsTotal.setObjectName(u"stepsTotal")
        self.stepsTotal.setWordWrap(True)

        self.bodyLayout.addWidget(self.stepsTotal)

        self.bodyLayout.setStretch(2, 1)
        self.scroll.setWidget(self.scrollBody)

        self.setupLayout.addWidget(self.scroll)

        self.tabs.addTab(self.setupTab, "")
        self.reviewersTab = QWidget()
        self.reviewersTab.setObjectName(u"reviewersTab")
        self.reviewersLayout = QVBoxLayout(self.reviewersTab)
        self.reviewersLayout.setObjectName(u"reviewersLayout")
        self.reviewersHint = QLabel(self.reviewersTab)
        self.reviewersHint.setObjectName(u"reviewersHint")
        self.reviewersHint.setWordWrap(True)

        self.reviewersLayout.addWidget(self.reviewersHint)

        self.reviewers = QListWidget(self.reviewersTab)
        self.reviewers.setObjectName(u"reviewers")

        self.reviewersLayout.addWidget(self.reviewers)

        self.teacherRow = QHBoxLayout()
        self.teacherRow.setObjectName(u"teacherRow")
        self.newTeacher = QComboBox(self.reviewersTab)
        self.newTeacher.setObjectName(u"newTeacher")
        self.newTeacher.setEditable(True)
        self.newTeacher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.newTeacher.setMinimumContentsLength(14)

        self.teacherRow.addWidget(self.newTeacher)

        self.addTeacher = QPushButton(self.reviewersTab)
        self.addTeacher.setObjectName(u"addTeacher")

        self.teacherRow.addWidget(self.addTeacher)

        self.teacherRow.setStretch(0, 1)

        self.reviewersLayout.addLayout(self.teacherRow)

        self.contactRow = QHBoxLayout()
        self.contactRow.setObjectName(u"contactRow")
        self.newContact = QComboBox(self.reviewersTab)
        self.newContact.setObjectName(u"newContact")
        self.newContact.setEditable(True)
        self.newContact.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.newContact.setMinimumContentsLength(14)

        self.contactRow.addWidget(self.newContact)

        self.addContact = QPushButton(self.reviewersTab)
        self.addContact.setObjectName(u"addContact")

        self.contactRow.addWidget(self.addContact)

        self.contactRow.setStretch(0, 1)

        self.reviewersLayout.addLayout(self.contactRow)

        self.removeRow = QHBoxLayout()
        self.removeRow.setObjectName(u"removeRow")
        self.removeReviewer = QPushButton(self.reviewersTab)
        self.removeReviewer.setObjectName(u"removeReviewer")

        self.removeRow.addWidget(self.removeReviewer)

        self.removeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.removeRow.addItem(self.removeSpacer)


        self.reviewersLayout.addLayout(self.removeRow)

        self.tabs.addTab(self.reviewersTab, "")
        self.feedbackTab = QWidget()
        self.feedbackTab.setObjectName(u"feedbackTab")
        self.feedbackLayout = QVBoxLayout(self.feedbackTab)
        self.feedbackLayout.setObjectName(u"feedbackLayout")
        self.entryRow = QHBoxLayout()
        self.entryRow.setObjectName(u"entryRow")
        self.feedbackKind = QComboBox(self.feedbackTab)
        self.feedbackKind.setObjectName(u"feedbackKind")

        self.entryRow.addWidget(self.feedbackKind)

        self.feedbackFrom = QComboBox(self.feedbackTab)
        self.feedbackFrom.setObjectName(u"feedbackFrom")
        self.feedbackFrom.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.feedbackFrom.setMinimumContentsLength(10)

        self.entryRow.addWidget(self.feedbackFrom)


        self.feedbackLayout.addLayout(self.entryRow)

        self.textRow = QHBoxLayout()
        self.textRow.setObjectName(u"textRow")
        self.feedbackText = QLineEdit(self.feedbackTab)
        self.feedbackText.setObjectName(u"feedbackText")

        self.textRow.addWidget(self.feedbackText)

        self.addFeedback = QPushButton(self.feedbackTab)
        self.addFeedback.setObjectName(u"addFeedback")

        self.textRow.addWidget(self.addFeedback)

        self.textRow.setStretch(0, 1)

        self.feedbackLayout.addLayout(self.textRow)

        self.prompt = QLabel(self.feedbackTab)
        self.prompt.setObjectName(u"prompt")
        self.prompt.setWordWrap(True)

        self.feedbackLayout.addWidget(self.prompt)

        self.feedback = QListWidget(self.feedbackTab)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setWordWrap(True)

        self.feedbackLayout.addWidget(self.feedback)

        self.feedbackButtons = QHBoxLayout()
        self.feedbackButtons.setObjectName(u"feedbackButtons")
        self.deleteFeedback = QPushButton(self.feedbackTab)
        self.deleteFeedback.setObjectName(u"deleteFeedback")

        self.feedbackButtons.addWidget(self.deleteFeedback)

        self.feedbackSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.feedbackButtons.addItem(self.feedbackSpacer)


        self.feedbackLayout.addLayout(self.feedbackButtons)

        self.tabs.addTab(self.feedbackTab, "")
        self.rubricTab = QWidget()
        self.rubricTab.setObjectName(u"rubricTab")
        self.rubricLayout = QVBoxLayout(self.rubricTab)
        self.rubricLayout.setObjectName(u"rubricLayout")
        self.rateRow = QHBoxLayout()
        self.rateRow.setObjectName(u"rateRow")
        self.rateAsLabel = QLabel(self.rubricTab)
        self.rateAsLabel.setObjectName(u"rateAsLabel")

        self.rateRow.addWidget(self.rateAsLabel)

        self.rateAs = QComboBox(self.rubricTab)
        self.rateAs.setObjectName(u"rateAs")

        self.rateRow.addWidget(self.rateAs)

        self.agreeMatching = QPushButton(self.rubricTab)
        self.agreeMatching.setObjectName(u"agreeMatching")

        self.rateRow.addWidget(self.agreeMatching)

        self.rateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rateRow.addItem(self.rateSpacer)


        self.rubricLayout.addLayout(self.rateRow)

        self.rubricSplit = QSplitter(self.rubricTab)
        self.rubricSplit.setObjectName(u"rubricSplit")
        self.rubricSplit.setOrientation(Qt.Orientation.Vertical)
        self.rubricSplit.setChildrenCollapsible(False)
        self.ratings = QTableWidget(self.rubricSplit)
        self.ratings.setObjectName(u"ratings")
        self.ratings.setTabKeyNavigation(False)
        self.rubricSplit.addWidget(self.ratings)
        self.calibration = QTableWidget(self.rubricSplit)
        self.calibration.setObjectName(u"calibration")
        self.calibration.setTabKeyNavigation(False)
        self.rubricSplit.addWidget(self.calibration)

        self.rubricLayout.addWidget(self.rubricSplit)

        self.tabs.addTab(self.rubricTab, "")
        self.closeTab = QWidget()
        self.closeTab.setObjectName(u"closeTab")
        self.closeLayout = QVBoxLayout(self.closeTab)
        self.closeLayout.setObjectName(u"closeLayout")
        self.reflectionLabel = QLabel(self.closeTab)
        self.reflectionLabel.setObjectName(u"reflectionLabel")

        self.closeLayout.addWidget(self.reflectionLabel)

        self.presenterReflection = QPlainTextEdit(self.closeTab)
        self.presenterReflection.setObjectName(u"presenterReflection")
        self.presenterReflection.setTabChangesFocus(True)

        self.closeLayout.addWidget(self.presenterReflection)

        self.closeRow = QHBoxLayout()
        self.closeRow.setObjectName(u"closeRow")
        self.closeRound = QPushButton(self.closeTab)
        self.closeRound.setObjectName(u"closeRound")

        self.closeRow.addWidget(self.closeRound)

        self.reopenRound = QPushButton(self.closeTab)
        self.reopenRound.setObjectName(u"reopenRound")

        self.closeRow.addWidget(self.reopenRound)

        self.closedText = QLabel(self.closeTab)
        self.closedText.setObjectName(u"closedText")
        self.closedText.setWordWrap(True)

        self.closeRow.addWidget(self.closedText)

        self.closeRow.setStretch(2, 1)

        self.closeLayout.addLayout(self.closeRow)

        self.privateBox = QGroupBox(self.closeTab)
        self.privateBox.setObjectName(u"privateBox")
        self.privateLayout = QVBoxLayout(self.privateBox)
        self.privateLayout.setObjectName(u"privateLayout")
        self.privateNotes = QPlainTextEdit(self.privateBox)
        self.privateNotes.setObjectName(u"privateNotes")
        self.privateNotes.setMaximumSize(QSize(16777215, 80))
        self.privateNotes.setTabChangesFocus(True)

        self.privateLayout.addWidget(self.privateNotes)


        self.closeLayout.addWidget(self.privateBox)

        self.closeLayout.setStretch(1, 1)
        self.tabs.addTab(self.closeTab, "")

        self.outer.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.questionLabel.setBuddy(self.focusingQuestion)
        self.presenterLabel.setBuddy(self.presenter)
        self.heldLabel.setBuddy(self.heldOn)
        self.meetingLabel.setBuddy(self.meeting)
        self.rateAsLabel.setBuddy(self.rateAs)
        self.reflectionLabel.setBuddy(self.presenterReflection)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.back, self.pdf)
        QWidget.setTabOrder(self.pdf, self.tabs)
        QWidget.setTabOrder(self.tabs, self.focusingQuestion)
        QWidget.setTabOrder(self.focusingQuestion, self.presenter)
        QWidget.setTabOrder(self.presenter, self.heldOn)
        QWidget.setTabOrder(self.heldOn, self.meeting)
        QWidget.setTabOrder(self.meeting, self.onAgenda)
        QWidget.setTabOrder(self.onAgenda, self.offAgenda)
        QWidget.setTabOrder(self.offAgenda, self.steps)
        QWidget.setTabOrder(self.steps, self.reviewers)
        QWidget.setTabOrder(self.reviewers, self.newTeacher)
        QWidget.setTabOrder(self.newTeacher, self.addTeacher)
        QWidget.setTabOrder(self.addTeacher, self.newContact)
        QWidget.setTabOrder(self.newContact, self.addContact)
        QWidget.setTabOrder(self.addContact, self.removeReviewer)
        QWidget.setTabOrder(self.removeReviewer, self.feedbackKind)
        QWidget.setTabOrder(self.feedbackKind, self.feedbackFrom)
        QWidget.setTabOrder(self.feedbackFrom, self.feedbackText)
        QWidget.setTabOrder(self.feedbackText, self.addFeedback)
        QWidget.setTabOrder(self.addFeedback, self.feedback)
        QWidget.setTabOrder(self.feedback, self.deleteFeedback)
        QWidget.setTabOrder(self.deleteFeedback, self.rateAs)
        QWidget.setTabOrder(self.rateAs, self.agreeMatching)
        QWidget.setTabOrder(self.agreeMatching, self.ratings)
        QWidget.setTabOrder(self.ratings, self.calibration)
        QWidget.setTabOrder(self.calibration, self.presenterReflection)
        QWidget.setTabOrder(self.presenterReflection, self.closeRound)
        QWidget.setTabOrder(self.closeRound, self.reopenRound)
        QWidget.setTabOrder(self.reopenRound, self.privateNotes)

        self.retranslateUi(ReviewRound)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ReviewRound)
    # setupUi

    def retranslateUi(self, ReviewRound):
        self.back.setText(QCoreApplication.translate("ReviewRound", u"\u2190 The plan", None))
#if QT_CONFIG(tooltip)
        self.back.setToolTip(QCoreApplication.translate("ReviewRound", u"Back to the lesson plan (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.pdf.setText(QCoreApplication.translate("ReviewRound", u"&Feedback PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdf.setToolTip(QCoreApplication.translate("ReviewRound", u"Preview the feedback for the author(s), then save it (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.heading.setText(QCoreApplication.translate("ReviewRound", u"Review round", None))
        self.status.setText("")
        self.questionLabel.setText(QCoreApplication.translate("ReviewRound", u"Focusing &question", None))
#if QT_CONFIG(accessibility)
        self.focusingQuestion.setAccessibleName(QCoreApplication.translate("ReviewRound", u"The presenter's focusing question", None))
#endif // QT_CONFIG(accessibility)
        self.presenterLabel.setText(QCoreApplication.translate("ReviewRound", u"P&resenter", None))
#if QT_CONFIG(accessibility)
        self.presenter.setAccessibleName(QCoreApplication.translate("ReviewRound", u"Presenter", None))
#endif // QT_CONFIG(accessibility)
        self.heldLabel.setText(QCoreApplication.translate("ReviewRound", u"&Held on", None))
#if QT_CONFIG(accessibility)
        self.heldOn.setAccessibleName(QCoreApplication.translate("ReviewRound", u"Held on", None))
#endif // QT_CONFIG(accessibility)
        self.meetingLabel.setText(QCoreApplication.translate("ReviewRound", u"&Meeting", None))
#if QT_CONFIG(accessibility)
        self.meeting.setAccessibleName(QCoreApplication.translate("ReviewRound", u"Meeting to run the round in", None))
#endif // QT_CONFIG(accessibility)
        self.onAgenda.setText(QCoreApplication.translate("ReviewRound", u"Put on its agenda", None))
        self.offAgenda.setText(QCoreApplication.translate("ReviewRound", u"Take off the agenda", None))
#if QT_CONFIG(tooltip)
        self.offAgenda.setToolTip(QCoreApplication.translate("ReviewRound", u"The agenda item goes to the trash; Ctrl+Shift+Z brings it back", None))
#endif // QT_CONFIG(tooltip)
        self.stepsLabel.setText(QCoreApplication.translate("ReviewRound", u"The protocol's steps", None))
#if QT_CONFIG(accessibility)
        self.steps.setAccessibleName(QCoreApplication.translate("ReviewRound", u"The protocol's steps with their minutes", None))
#endif // QT_CONFIG(accessibility)
        self.stepsTotal.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.setupTab), QCoreApplication.translate("ReviewRound", u"Round", None))
        self.reviewersHint.setText(QCoreApplication.translate("ReviewRound", u"Any teacher of any subject, or a partner contact. A check means they agree to be named on the feedback handout.", None))
#if QT_CONFIG(accessibility)
        self.reviewers.setAccessibleName(QCoreApplication.translate("ReviewRound", u"Reviewers; checked ones agree to be named", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newTeacher.setAccessibleName(QCoreApplication.translate("ReviewRound", u"Teacher to add as a reviewer", None))
#endif // QT_CONFIG(accessibility)
        self.addTeacher.setText(QCoreApplication.translate("ReviewRound", u"Add teacher", None))
#if QT_CONFIG(accessibility)
        self.newContact.setAccessibleName(QCoreApplication.translate("ReviewRound", u"Partner contact to add as a reviewer", None))
#endif // QT_CONFIG(accessibility)
        self.addContact.setText(QCoreApplication.translate("ReviewRound", u"Add contact", None))
        self.removeReviewer.setText(QCoreApplication.translate("ReviewRound", u"Remove reviewer", None))
#if QT_CONFIG(tooltip)
        self.removeReviewer.setToolTip(QCoreApplication.translate("ReviewRound", u"Into the trash with their ratings; Ctrl+Shift+Z brings them back", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.reviewersTab), QCoreApplication.translate("ReviewRound", u"Reviewers", None))
#if QT_CONFIG(accessibility)
        self.feedbackKind.setAccessibleName(QCoreApplication.translate("ReviewRound", u"Kind of feedback", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.feedbackFrom.setAccessibleName(QCoreApplication.translate("ReviewRound", u"Who gives it", None))
#endif // QT_CONFIG(accessibility)
        self.feedbackText.setPlaceholderText(QCoreApplication.translate("ReviewRound", u"Type the feedback; Enter adds it", None))
#if QT_CONFIG(accessibility)
        self.feedbackText.setAccessibleName(QCoreApplication.translate("ReviewRound", u"Feedback text", None))
#endif // QT_CONFIG(accessibility)
        self.addFeedback.setText(QCoreApplication.translate("ReviewRound", u"Add", None))
        self.prompt.setText("")
#if QT_CONFIG(accessibility)
        self.prompt.setAccessibleName(QCoreApplication.translate("ReviewRound", u"A gentle suggestion about the wording", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.feedback.setAccessibleName(QCoreApplication.translate("ReviewRound", u"Feedback given, warm first", None))
#endif // QT_CONFIG(accessibility)
        self.deleteFeedback.setText(QCoreApplication.translate("ReviewRound", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.deleteFeedback.setToolTip(QCoreApplication.translate("ReviewRound", u"Into the trash (Delete); Ctrl+Shift+Z brings it back", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.feedbackTab), QCoreApplication.translate("ReviewRound", u"Feedback", None))
        self.rateAsLabel.setText(QCoreApplication.translate("ReviewRound", u"Ratings &of", None))
#if QT_CONFIG(accessibility)
        self.rateAs.setAccessibleName(QCoreApplication.translate("ReviewRound", u"Whose ratings to show and change", None))
#endif // QT_CONFIG(accessibility)
        self.agreeMatching.setText(QCoreApplication.translate("ReviewRound", u"Agree where all match", None))
#if QT_CONFIG(tooltip)
        self.agreeMatching.setToolTip(QCoreApplication.translate("ReviewRound", u"Take the rating wherever every reviewer gave the same one", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.ratings.setAccessibleName(QCoreApplication.translate("ReviewRound", u"Ratings by criterion, with evidence and a suggestion", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.calibration.setAccessibleName(QCoreApplication.translate("ReviewRound", u"Every reviewer's rating side by side, with the spread and the agreed rating", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.rubricTab), QCoreApplication.translate("ReviewRound", u"Rubric", None))
        self.reflectionLabel.setText(QCoreApplication.translate("ReviewRound", u"The presenter's r&eflection, in their words", None))
#if QT_CONFIG(accessibility)
        self.presenterReflection.setAccessibleName(QCoreApplication.translate("ReviewRound", u"The presenter's reflection", None))
#endif // QT_CONFIG(accessibility)
        self.closeRound.setText(QCoreApplication.translate("ReviewRound", u"Close the round", None))
#if QT_CONFIG(tooltip)
        self.closeRound.setToolTip(QCoreApplication.translate("ReviewRound", u"Keeps the revised plan as its next version", None))
#endif // QT_CONFIG(tooltip)
        self.reopenRound.setText(QCoreApplication.translate("ReviewRound", u"Open it again", None))
        self.closedText.setText("")
        self.privateBox.setTitle(QCoreApplication.translate("ReviewRound", u"Private notes \u2014 never on a handout", None))
#if QT_CONFIG(accessibility)
        self.privateNotes.setAccessibleName(QCoreApplication.translate("ReviewRound", u"Private notes, never exported", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.closeTab), QCoreApplication.translate("ReviewRound", u"Reflection", None))
        pass
    # retranslateUi

