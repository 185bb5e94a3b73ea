# Generated from ui/meeting_page.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateTimeEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

from stemlead.gui.widgets.dates import DateBox
from stemlead.gui.widgets.elided_label import ElidedLabel
from stemlead.gui.widgets.page_scroll import PageScroll

class Ui_MeetingPage(object):
    def setupUi(self, MeetingPage):
        if not MeetingPage.objectName():
            MeetingPage.setObjectName(u"MeetingPage")
        self.outer = QVBoxLayout(MeetingPage)
        self.outer.setObjectName(u"outer")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.back = QPushButton(MeetingPage)
        self.back.setObjectName(u"back")

        self.top.addWidget(self.back)

        self.heading = ElidedLabel(MeetingPage)
        self.heading.setObjectName(u"heading")

        self.top.addWidget(self.heading)

        self.markHeld = QPushButton(MeetingPage)
        self.markHeld.setObjectName(u"markHeld")

        self.top.addWidget(self.markHeld)

        self.top.setStretch(1, 1)

        self.outer.addLayout(self.top)

        self.subheading = QLabel(MeetingPage)
        self.subheading.setObjectName(u"subheading")
        self.subheading.setWordWrap(True)

        self.outer.addWidget(self.subheading)

        self.tabs = QTabWidget(MeetingPage)
        self.tabs.setObjectName(u"tabs")
        self.agendaTab = QWidget()
        self.agendaTab.setObjectName(u"agendaTab")
        self.agendaFrame = QVBoxLayout(self.agendaTab)
        self.agendaFrame.setObjectName(u"agendaFrame")
        self.agendaFrame.setContentsMargins(0, 0, 0, 0)
        self.agendaScroll = PageScroll(self.agendaTab)
        self.agendaScroll.setObjectName(u"agendaScroll")
        self.agendaContent = QWidget()
        self.agendaContent.setObjectName(u"agendaContent")
        self.agendaLayout = QHBoxLayout(self.agendaContent)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agendaLeft = QVBoxLayout()
        self.agendaLeft.setObjectName(u"agendaLeft")
        self.carriedBox = QGroupBox(self.agendaContent)
        self.carriedBox.setObjectName(u"carriedBox")
        self.carriedLayout = QVBoxLayout(self.carriedBox)
        self.carriedLayout.setObjectName(u"carriedLayout")
        self.carried = QListWidget(self.carriedBox)
        self.carried.setObjectName(u"carried")
        self.carried.setMaximumSize(QSize(16777215, 84))

        self.carriedLayout.addWidget(self.carried)


        self.agendaLeft.addWidget(self.carriedBox)

        self.items = QListWidget(self.agendaContent)
        self.items.setObjectName(u"items")
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items.setDefaultDropAction(Qt.DropAction.MoveAction)

        self.agendaLeft.addWidget(self.items)

        self.total = QLabel(self.agendaContent)
        self.total.setObjectName(u"total")
        self.total.setWordWrap(True)

        self.agendaLeft.addWidget(self.total)

        self.agendaButtons = QHBoxLayout()
        self.agendaButtons.setObjectName(u"agendaButtons")
        self.newItem = QLineEdit(self.agendaContent)
        self.newItem.setObjectName(u"newItem")

        self.agendaButtons.addWidget(self.newItem)

        self.fromTemplate = QPushButton(self.agendaContent)
        self.fromTemplate.setObjectName(u"fromTemplate")

        self.agendaButtons.addWidget(self.fromTemplate)

        self.copyLast = QPushButton(self.agendaContent)
        self.copyLast.setObjectName(u"copyLast")

        self.agendaButtons.addWidget(self.copyLast)

        self.agendaButtons.setStretch(0, 1)

        self.agendaLeft.addLayout(self.agendaButtons)

        self.agendaHint = QLabel(self.agendaContent)
        self.agendaHint.setObjectName(u"agendaHint")
        self.agendaHint.setWordWrap(True)

        self.agendaLeft.addWidget(self.agendaHint)

        self.agendaLeft.setStretch(1, 1)

        self.agendaLayout.addLayout(self.agendaLeft)

        self.itemBox = QGroupBox(self.agendaContent)
        self.itemBox.setObjectName(u"itemBox")
        self.itemForm = QFormLayout(self.itemBox)
        self.itemForm.setObjectName(u"itemForm")
        self.itemForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.itemTitleLabel = QLabel(self.itemBox)
        self.itemTitleLabel.setObjectName(u"itemTitleLabel")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemTitleLabel)

        self.itemTitle = QLineEdit(self.itemBox)
        self.itemTitle.setObjectName(u"itemTitle")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemTitle)

        self.purposeLabel = QLabel(self.itemBox)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.itemForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purpose = QComboBox(self.itemBox)
        self.purpose.setObjectName(u"purpose")

        self.itemForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.ownerLabel = QLabel(self.itemBox)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.itemForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.owner = QComboBox(self.itemBox)
        self.owner.setObjectName(u"owner")
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner.setMinimumContentsLength(12)

        self.itemForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.owner)

        self.minutesLabel = QLabel(self.itemBox)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.itemForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutes = QSpinBox(self.itemBox)
        self.minutes.setObjectName(u"minutes")
        self.minutes.setMaximum(600)

        self.itemForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.minutes)

        self.descriptionLabel = QLabel(self.itemBox)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.itemForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(self.itemBox)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.itemForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.description)


        self.agendaLayout.addWidget(self.itemBox)

        self.agendaLayout.setStretch(0, 4)
        self.agendaLayout.setStretch(1, 3)
        self.agendaScroll.setWidget(self.agendaContent)

        self.agendaFrame.addWidget(self.agendaScroll)

        self.tabs.addTab(self.agendaTab, "")
        self.runTab = QWidget()
        self.runTab.setObjectName(u"runTab")
        self.runFrame = QVBoxLayout(self.runTab)
        self.runFrame.setObjectName(u"runFrame")
        self.runFrame.setContentsMargins(0, 0, 0, 0)
        self.runScroll = PageScroll(self.runTab)
        self.runScroll.setObjectName(u"runScroll")
        self.runContent = QWidget()
        self.runContent.setObjectName(u"runContent")
        self.runLayout = QHBoxLayout(self.runContent)
        self.runLayout.setObjectName(u"runLayout")
        self.runLeft = QVBoxLayout()
        self.runLeft.setObjectName(u"runLeft")
        self.attendanceLabel = QLabel(self.runContent)
        self.attendanceLabel.setObjectName(u"attendanceLabel")
        self.attendanceLabel.setWordWrap(True)

        self.runLeft.addWidget(self.attendanceLabel)

        self.attendance = QListWidget(self.runContent)
        self.attendance.setObjectName(u"attendance")

        self.runLeft.addWidget(self.attendance)

        self.guest = QLineEdit(self.runContent)
        self.guest.setObjectName(u"guest")

        self.runLeft.addWidget(self.guest)

        self.decisionsLabel = QLabel(self.runContent)
        self.decisionsLabel.setObjectName(u"decisionsLabel")

        self.runLeft.addWidget(self.decisionsLabel)

        self.decisions = QListWidget(self.runContent)
        self.decisions.setObjectName(u"decisions")

        self.runLeft.addWidget(self.decisions)

        self.newDecision = QLineEdit(self.runContent)
        self.newDecision.setObjectName(u"newDecision")

        self.runLeft.addWidget(self.newDecision)

        self.runLeft.setStretch(1, 2)
        self.runLeft.setStretch(4, 1)

        self.runLayout.addLayout(self.runLeft)

        self.runRight = QVBoxLayout()
        self.runRight.setObjectName(u"runRight")
        self.minutesItemLabel = QLabel(self.runContent)
        self.minutesItemLabel.setObjectName(u"minutesItemLabel")

        self.runRight.addWidget(self.minutesItemLabel)

        self.runItem = QComboBox(self.runContent)
        self.runItem.setObjectName(u"runItem")
        self.runItem.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.runItem.setMinimumContentsLength(18)

        self.runRight.addWidget(self.runItem)

        self.itemNotes = QPlainTextEdit(self.runContent)
        self.itemNotes.setObjectName(u"itemNotes")
        self.itemNotes.setTabChangesFocus(True)

        self.runRight.addWidget(self.itemNotes)

        self.itemOutcome = QLineEdit(self.runContent)
        self.itemOutcome.setObjectName(u"itemOutcome")

        self.runRight.addWidget(self.itemOutcome)

        self.actionsLabel = QLabel(self.runContent)
        self.actionsLabel.setObjectName(u"actionsLabel")
        self.actionsLabel.setWordWrap(True)

        self.runRight.addWidget(self.actionsLabel)

        self.actions = QListWidget(self.runContent)
        self.actions.setObjectName(u"actions")

        self.runRight.addWidget(self.actions)

        self.newActionRow = QHBoxLayout()
        self.newActionRow.setObjectName(u"newActionRow")
        self.newAction = QLineEdit(self.runContent)
        self.newAction.setObjectName(u"newAction")

        self.newActionRow.addWidget(self.newAction)

        self.actionOwner = QComboBox(self.runContent)
        self.actionOwner.setObjectName(u"actionOwner")
        self.actionOwner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.actionOwner.setMinimumContentsLength(12)

        self.newActionRow.addWidget(self.actionOwner)

        self.actionDue = DateBox(self.runContent)
        self.actionDue.setObjectName(u"actionDue")

        self.newActionRow.addWidget(self.actionDue)

        self.newActionRow.setStretch(0, 1)

        self.runRight.addLayout(self.newActionRow)

        self.meetingNotesLabel = QLabel(self.runContent)
        self.meetingNotesLabel.setObjectName(u"meetingNotesLabel")

        self.runRight.addWidget(self.meetingNotesLabel)

        self.meetingNotes = QPlainTextEdit(self.runContent)
        self.meetingNotes.setObjectName(u"meetingNotes")
        self.meetingNotes.setTabChangesFocus(True)

        self.runRight.addWidget(self.meetingNotes)


        self.runLayout.addLayout(self.runRight)

        self.runLayout.setStretch(0, 2)
        self.runLayout.setStretch(1, 3)
        self.runScroll.setWidget(self.runContent)

        self.runFrame.addWidget(self.runScroll)

        self.tabs.addTab(self.runTab, "")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsFrame = QVBoxLayout(self.detailsTab)
        self.detailsFrame.setObjectName(u"detailsFrame")
        self.detailsFrame.setContentsMargins(0, 0, 0, 0)
        self.detailsScroll = PageScroll(self.detailsTab)
        self.detailsScroll.setObjectName(u"detailsScroll")
        self.detailsContent = QWidget()
        self.detailsContent.setObjectName(u"detailsContent")
        self.detailsLayout = QVBoxLayout(self.detailsContent)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.titleLabel = QLabel(self.detailsContent)
        self.titleLabel.setObjectName(u"titleLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.detailsContent)
        self.title.setObjectName(u"title")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.startLabel = QLabel(self.detailsContent)
        self.startLabel.setObjectName(u"startLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = QDateTimeEdit(self.detailsContent)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.start)

        self.lengthLabel = QLabel(self.detailsContent)
        self.lengthLabel.setObjectName(u"lengthLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lengthLabel)

        self.length = QSpinBox(self.detailsContent)
        self.length.setObjectName(u"length")
        self.length.setMinimum(5)
        self.length.setMaximum(1440)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.length)

        self.placeLabel = QLabel(self.detailsContent)
        self.placeLabel.setObjectName(u"placeLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(self.detailsContent)
        self.place.setObjectName(u"place")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place)

        self.scopeLabel = QLabel(self.detailsContent)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scope = QComboBox(self.detailsContent)
        self.scope.setObjectName(u"scope")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scope)


        self.detailsLayout.addLayout(self.detailsForm)

        self.detailsButtons = QHBoxLayout()
        self.detailsButtons.setObjectName(u"detailsButtons")
        self.apply = QPushButton(self.detailsContent)
        self.apply.setObjectName(u"apply")

        self.detailsButtons.addWidget(self.apply)

        self.skip = QPushButton(self.detailsContent)
        self.skip.setObjectName(u"skip")

        self.detailsButtons.addWidget(self.skip)

        self.detailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailsButtons.addItem(self.detailsSpacer)


        self.detailsLayout.addLayout(self.detailsButtons)

        self.seriesInfo = QLabel(self.detailsContent)
        self.seriesInfo.setObjectName(u"seriesInfo")
        self.seriesInfo.setWordWrap(True)

        self.detailsLayout.addWidget(self.seriesInfo)

        self.privateBox = QGroupBox(self.detailsContent)
        self.privateBox.setObjectName(u"privateBox")
        self.privateLayout = QVBoxLayout(self.privateBox)
        self.privateLayout.setObjectName(u"privateLayout")
        self.privateNotes = QPlainTextEdit(self.privateBox)
        self.privateNotes.setObjectName(u"privateNotes")
        self.privateNotes.setTabChangesFocus(True)

        self.privateLayout.addWidget(self.privateNotes)


        self.detailsLayout.addWidget(self.privateBox)

        self.detailsScroll.setWidget(self.detailsContent)

        self.detailsFrame.addWidget(self.detailsScroll)

        self.tabs.addTab(self.detailsTab, "")

        self.outer.addWidget(self.tabs)

        self.outer.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.itemTitleLabel.setBuddy(self.itemTitle)
        self.purposeLabel.setBuddy(self.purpose)
        self.ownerLabel.setBuddy(self.owner)
        self.minutesLabel.setBuddy(self.minutes)
        self.descriptionLabel.setBuddy(self.description)
        self.decisionsLabel.setBuddy(self.newDecision)
        self.meetingNotesLabel.setBuddy(self.meetingNotes)
        self.titleLabel.setBuddy(self.title)
        self.startLabel.setBuddy(self.start)
        self.lengthLabel.setBuddy(self.length)
        self.placeLabel.setBuddy(self.place)
        self.scopeLabel.setBuddy(self.scope)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.back, self.markHeld)
        QWidget.setTabOrder(self.markHeld, self.tabs)
        QWidget.setTabOrder(self.tabs, self.carried)
        QWidget.setTabOrder(self.carried, self.items)
        QWidget.setTabOrder(self.items, self.newItem)
        QWidget.setTabOrder(self.newItem, self.fromTemplate)
        QWidget.setTabOrder(self.fromTemplate, self.copyLast)
        QWidget.setTabOrder(self.copyLast, self.itemTitle)
        QWidget.setTabOrder(self.itemTitle, self.purpose)
        QWidget.setTabOrder(self.purpose, self.owner)
        QWidget.setTabOrder(self.owner, self.minutes)
        QWidget.setTabOrder(self.minutes, self.description)
        QWidget.setTabOrder(self.description, self.attendance)
        QWidget.setTabOrder(self.attendance, self.guest)
        QWidget.setTabOrder(self.guest, self.decisions)
        QWidget.setTabOrder(self.decisions, self.newDecision)
        QWidget.setTabOrder(self.newDecision, self.runItem)
        QWidget.setTabOrder(self.runItem, self.itemNotes)
        QWidget.setTabOrder(self.itemNotes, self.itemOutcome)
        QWidget.setTabOrder(self.itemOutcome, self.actions)
        QWidget.setTabOrder(self.actions, self.newAction)
        QWidget.setTabOrder(self.newAction, self.actionOwner)
        QWidget.setTabOrder(self.actionOwner, self.actionDue)
        QWidget.setTabOrder(self.actionDue, self.meetingNotes)
        QWidget.setTabOrder(self.meetingNotes, self.title)
        QWidget.setTabOrder(self.title, self.start)
        QWidget.setTabOrder(self.start, self.length)
        QWidget.setTabOrder(self.length, self.place)
        QWidget.setTabOrder(self.place, self.scope)
        QWidget.setTabOrder(self.scope, self.apply)
        QWidget.setTabOrder(self.apply, self.skip)
        QWidget.setTabOrder(self.skip, self.privateNotes)

        self.retranslateUi(MeetingPage)

        QMetaObject.connectSlotsByName(MeetingPage)
    # setupUi

    def retranslateUi(self, MeetingPage):
        self.back.setText(QCoreApplication.translate("MeetingPage", u"\u2190 All meetings", None))
#if QT_CONFIG(tooltip)
        self.back.setToolTip(QCoreApplication.translate("MeetingPage", u"Back to the list (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.heading.setText(QCoreApplication.translate("MeetingPage", u"Meeting", None))
        self.markHeld.setText(QCoreApplication.translate("MeetingPage", u"Mark as &held", None))
        self.subheading.setText("")
        self.carriedBox.setTitle(QCoreApplication.translate("MeetingPage", u"Review open action items", None))
#if QT_CONFIG(accessibility)
        self.carried.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Action items carried forward", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.items.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Agenda items", None))
#endif // QT_CONFIG(accessibility)
        self.total.setText("")
        self.newItem.setPlaceholderText(QCoreApplication.translate("MeetingPage", u"New agenda item \u2014 Enter adds it", None))
#if QT_CONFIG(accessibility)
        self.newItem.setAccessibleName(QCoreApplication.translate("MeetingPage", u"New agenda item", None))
#endif // QT_CONFIG(accessibility)
        self.fromTemplate.setText(QCoreApplication.translate("MeetingPage", u"From &template", None))
        self.copyLast.setText(QCoreApplication.translate("MeetingPage", u"&Copy last agenda", None))
#if QT_CONFIG(tooltip)
        self.copyLast.setToolTip(QCoreApplication.translate("MeetingPage", u"Copy the last meeting's agenda (titles, owners, minutes and agenda notes)", None))
#endif // QT_CONFIG(tooltip)
        self.agendaHint.setText(QCoreApplication.translate("MeetingPage", u"Alt+\u2191 / Alt+\u2193 move the selected item \u00b7 Delete removes it (Ctrl+Shift+Z brings it back)", None))
        self.itemBox.setTitle(QCoreApplication.translate("MeetingPage", u"Selected item", None))
        self.itemTitleLabel.setText(QCoreApplication.translate("MeetingPage", u"T&itle", None))
#if QT_CONFIG(accessibility)
        self.itemTitle.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Item title", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("MeetingPage", u"&Purpose", None))
#if QT_CONFIG(accessibility)
        self.purpose.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("MeetingPage", u"O&wner", None))
#if QT_CONFIG(accessibility)
        self.owner.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Owner", None))
#endif // QT_CONFIG(accessibility)
        self.minutesLabel.setText(QCoreApplication.translate("MeetingPage", u"&Minutes", None))
#if QT_CONFIG(accessibility)
        self.minutes.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Minutes allotted", None))
#endif // QT_CONFIG(accessibility)
        self.minutes.setSuffix(QCoreApplication.translate("MeetingPage", u" min", None))
        self.descriptionLabel.setText(QCoreApplication.translate("MeetingPage", u"Agenda &notes", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Notes for the agenda", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.agendaTab), QCoreApplication.translate("MeetingPage", u"&Agenda", None))
        self.attendanceLabel.setText(QCoreApplication.translate("MeetingPage", u"Attendance \u2014 Space cycles present / late / absent / excused", None))
#if QT_CONFIG(accessibility)
        self.attendance.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Attendance", None))
#endif // QT_CONFIG(accessibility)
        self.guest.setPlaceholderText(QCoreApplication.translate("MeetingPage", u"A guest's name \u2014 Enter adds them", None))
#if QT_CONFIG(accessibility)
        self.guest.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Guest", None))
#endif // QT_CONFIG(accessibility)
        self.decisionsLabel.setText(QCoreApplication.translate("MeetingPage", u"&Decisions", None))
#if QT_CONFIG(accessibility)
        self.decisions.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Decisions", None))
#endif // QT_CONFIG(accessibility)
        self.newDecision.setPlaceholderText(QCoreApplication.translate("MeetingPage", u"What we decided \u2014 Enter records it", None))
#if QT_CONFIG(accessibility)
        self.newDecision.setAccessibleName(QCoreApplication.translate("MeetingPage", u"New decision", None))
#endif // QT_CONFIG(accessibility)
        self.minutesItemLabel.setText(QCoreApplication.translate("MeetingPage", u"Minutes per item", None))
#if QT_CONFIG(accessibility)
        self.runItem.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Agenda item to take minutes for", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.itemNotes.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Minutes for this item", None))
#endif // QT_CONFIG(accessibility)
        self.itemNotes.setPlaceholderText(QCoreApplication.translate("MeetingPage", u"What was said, in a line or two", None))
#if QT_CONFIG(accessibility)
        self.itemOutcome.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Outcome of this item", None))
#endif // QT_CONFIG(accessibility)
        self.itemOutcome.setPlaceholderText(QCoreApplication.translate("MeetingPage", u"Outcome", None))
        self.actionsLabel.setText(QCoreApplication.translate("MeetingPage", u"Action items \u2014 Space marks the selected one done in this meeting", None))
#if QT_CONFIG(accessibility)
        self.actions.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Action items from this meeting and carried forward", None))
#endif // QT_CONFIG(accessibility)
        self.newAction.setPlaceholderText(QCoreApplication.translate("MeetingPage", u"New action item \u2014 Enter adds it", None))
#if QT_CONFIG(accessibility)
        self.newAction.setAccessibleName(QCoreApplication.translate("MeetingPage", u"New action item", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionOwner.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Owner of the new action item", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionDue.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Due date of the new action item", None))
#endif // QT_CONFIG(accessibility)
        self.meetingNotesLabel.setText(QCoreApplication.translate("MeetingPage", u"General &minutes", None))
#if QT_CONFIG(accessibility)
        self.meetingNotes.setAccessibleName(QCoreApplication.translate("MeetingPage", u"General minutes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.runTab), QCoreApplication.translate("MeetingPage", u"&Run the meeting", None))
        self.titleLabel.setText(QCoreApplication.translate("MeetingPage", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Meeting title", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("MeetingPage", u"&Starts", None))
#if QT_CONFIG(accessibility)
        self.start.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Start", None))
#endif // QT_CONFIG(accessibility)
        self.lengthLabel.setText(QCoreApplication.translate("MeetingPage", u"&Length", None))
#if QT_CONFIG(accessibility)
        self.length.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Length in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.length.setSuffix(QCoreApplication.translate("MeetingPage", u" min", None))
        self.placeLabel.setText(QCoreApplication.translate("MeetingPage", u"&Place", None))
#if QT_CONFIG(accessibility)
        self.place.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.scopeLabel.setText(QCoreApplication.translate("MeetingPage", u"A&pply changes to", None))
#if QT_CONFIG(accessibility)
        self.scope.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Apply changes to", None))
#endif // QT_CONFIG(accessibility)
        self.apply.setText(QCoreApplication.translate("MeetingPage", u"Appl&y time, length and place", None))
        self.skip.setText(QCoreApplication.translate("MeetingPage", u"S&kip this occurrence", None))
        self.seriesInfo.setText("")
        self.privateBox.setTitle(QCoreApplication.translate("MeetingPage", u"Private notes \u2014 only you see these; never on a handout", None))
#if QT_CONFIG(accessibility)
        self.privateNotes.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Private notes, never exported", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("MeetingPage", u"D&etails", None))
        pass
    # retranslateUi

