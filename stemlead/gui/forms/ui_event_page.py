# Generated from ui/event_page.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTimeEdit, QVBoxLayout, QWidget)

from stemlead.gui.widgets.dates import DateBox

class Ui_EventPage(object):
    def setupUi(self, EventPage):
        if not EventPage.objectName():
            EventPage.setObjectName(u"EventPage")
        self.outer = QVBoxLayout(EventPage)
        self.outer.setObjectName(u"outer")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.heading = QLabel(EventPage)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.top.addWidget(self.heading)

        self.handout = QPushButton(EventPage)
        self.handout.setObjectName(u"handout")

        self.top.addWidget(self.handout)

        self.top.setStretch(0, 1)

        self.outer.addLayout(self.top)

        self.summary = QLabel(EventPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.outer.addWidget(self.summary)

        self.tabs = QTabWidget(EventPage)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.titleLabel = QLabel(self.detailsTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.detailsTab)
        self.title.setObjectName(u"title")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.kindLabel = QLabel(self.detailsTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kind = QComboBox(self.detailsTab)
        self.kind.setObjectName(u"kind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(12)

        self.kindRow.addWidget(self.kind)

        self.statusLabel = QLabel(self.detailsTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.kindRow.addWidget(self.statusLabel)

        self.status = QComboBox(self.detailsTab)
        self.status.setObjectName(u"status")

        self.kindRow.addWidget(self.status)

        self.kindRow.setStretch(0, 1)

        self.detailsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.whenLabel = QLabel(self.detailsTab)
        self.whenLabel.setObjectName(u"whenLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenRow = QHBoxLayout()
        self.whenRow.setObjectName(u"whenRow")
        self.startsOn = DateBox(self.detailsTab)
        self.startsOn.setObjectName(u"startsOn")

        self.whenRow.addWidget(self.startsOn)

        self.startTime = QTimeEdit(self.detailsTab)
        self.startTime.setObjectName(u"startTime")

        self.whenRow.addWidget(self.startTime)

        self.toLabel = QLabel(self.detailsTab)
        self.toLabel.setObjectName(u"toLabel")

        self.whenRow.addWidget(self.toLabel)

        self.endTime = QTimeEdit(self.detailsTab)
        self.endTime.setObjectName(u"endTime")

        self.whenRow.addWidget(self.endTime)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenRow.addItem(self.whenSpacer)


        self.detailsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.whenRow)

        self.placeLabel = QLabel(self.detailsTab)
        self.placeLabel.setObjectName(u"placeLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(self.detailsTab)
        self.place.setObjectName(u"place")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place)

        self.schoolsLabel = QLabel(self.detailsTab)
        self.schoolsLabel.setObjectName(u"schoolsLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.schoolsLabel)

        self.schools = QLineEdit(self.detailsTab)
        self.schools.setObjectName(u"schools")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.schools)

        self.audienceLabel = QLabel(self.detailsTab)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.audienceLabel)

        self.audience = QLineEdit(self.detailsTab)
        self.audience.setObjectName(u"audience")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.audience)


        self.detailsLayout.addLayout(self.detailsForm)

        self.descriptionLabel = QLabel(self.detailsTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.detailsLayout.addWidget(self.descriptionLabel)

        self.description = QPlainTextEdit(self.detailsTab)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.detailsLayout.addWidget(self.description)

        self.detailsLayout.setStretch(2, 1)
        self.tabs.addTab(self.detailsTab, "")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleLayout = QVBoxLayout(self.peopleTab)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.partnersLabel = QLabel(self.peopleTab)
        self.partnersLabel.setObjectName(u"partnersLabel")

        self.peopleLayout.addWidget(self.partnersLabel)

        self.partnerList = QListWidget(self.peopleTab)
        self.partnerList.setObjectName(u"partnerList")
        self.partnerList.setMaximumSize(QSize(16777215, 110))

        self.peopleLayout.addWidget(self.partnerList)

        self.partnerRow = QHBoxLayout()
        self.partnerRow.setObjectName(u"partnerRow")
        self.addPartner = QComboBox(self.peopleTab)
        self.addPartner.setObjectName(u"addPartner")
        self.addPartner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.addPartner.setMinimumContentsLength(10)
        self.addPartner.setEditable(True)

        self.partnerRow.addWidget(self.addPartner)

        self.brings = QLineEdit(self.peopleTab)
        self.brings.setObjectName(u"brings")

        self.partnerRow.addWidget(self.brings)

        self.removePartner = QPushButton(self.peopleTab)
        self.removePartner.setObjectName(u"removePartner")

        self.partnerRow.addWidget(self.removePartner)

        self.partnerRow.setStretch(0, 2)
        self.partnerRow.setStretch(1, 3)

        self.peopleLayout.addLayout(self.partnerRow)

        self.volunteersLabel = QLabel(self.peopleTab)
        self.volunteersLabel.setObjectName(u"volunteersLabel")

        self.peopleLayout.addWidget(self.volunteersLabel)

        self.volunteerList = QListWidget(self.peopleTab)
        self.volunteerList.setObjectName(u"volunteerList")

        self.peopleLayout.addWidget(self.volunteerList)

        self.volunteerRow = QHBoxLayout()
        self.volunteerRow.setObjectName(u"volunteerRow")
        self.addVolunteer = QComboBox(self.peopleTab)
        self.addVolunteer.setObjectName(u"addVolunteer")
        self.addVolunteer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.addVolunteer.setMinimumContentsLength(12)
        self.addVolunteer.setEditable(True)

        self.volunteerRow.addWidget(self.addVolunteer)

        self.role = QComboBox(self.peopleTab)
        self.role.setObjectName(u"role")
        self.role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role.setMinimumContentsLength(8)

        self.volunteerRow.addWidget(self.role)

        self.mayBeNamed = QCheckBox(self.peopleTab)
        self.mayBeNamed.setObjectName(u"mayBeNamed")

        self.volunteerRow.addWidget(self.mayBeNamed)

        self.removeVolunteer = QPushButton(self.peopleTab)
        self.removeVolunteer.setObjectName(u"removeVolunteer")

        self.volunteerRow.addWidget(self.removeVolunteer)

        self.volunteerRow.setStretch(0, 3)
        self.volunteerRow.setStretch(1, 1)

        self.peopleLayout.addLayout(self.volunteerRow)

        self.peopleHint = QLabel(self.peopleTab)
        self.peopleHint.setObjectName(u"peopleHint")
        self.peopleHint.setWordWrap(True)

        self.peopleLayout.addWidget(self.peopleHint)

        self.tabs.addTab(self.peopleTab, "")
        self.budgetTab = QWidget()
        self.budgetTab.setObjectName(u"budgetTab")
        self.budgetLayout = QVBoxLayout(self.budgetTab)
        self.budgetLayout.setObjectName(u"budgetLayout")
        self.budgetButtons = QHBoxLayout()
        self.budgetButtons.setObjectName(u"budgetButtons")
        self.addCost = QPushButton(self.budgetTab)
        self.addCost.setObjectName(u"addCost")

        self.budgetButtons.addWidget(self.addCost)

        self.addInKind = QComboBox(self.budgetTab)
        self.addInKind.setObjectName(u"addInKind")
        self.addInKind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.addInKind.setMinimumContentsLength(16)

        self.budgetButtons.addWidget(self.addInKind)

        self.deleteCost = QPushButton(self.budgetTab)
        self.deleteCost.setObjectName(u"deleteCost")

        self.budgetButtons.addWidget(self.deleteCost)

        self.budgetButtons.setStretch(1, 1)

        self.budgetLayout.addLayout(self.budgetButtons)

        self.costList = QListWidget(self.budgetTab)
        self.costList.setObjectName(u"costList")

        self.budgetLayout.addWidget(self.costList)

        self.costBox = QGroupBox(self.budgetTab)
        self.costBox.setObjectName(u"costBox")
        self.costForm = QFormLayout(self.costBox)
        self.costForm.setObjectName(u"costForm")
        self.costItemLabel = QLabel(self.costBox)
        self.costItemLabel.setObjectName(u"costItemLabel")

        self.costForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.costItemLabel)

        self.costItem = QLineEdit(self.costBox)
        self.costItem.setObjectName(u"costItem")

        self.costForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.costItem)

        self.amountLabel = QLabel(self.costBox)
        self.amountLabel.setObjectName(u"amountLabel")

        self.costForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountRow = QHBoxLayout()
        self.amountRow.setObjectName(u"amountRow")
        self.amount = QLineEdit(self.costBox)
        self.amount.setObjectName(u"amount")
        self.amount.setMaximumSize(QSize(160, 16777215))

        self.amountRow.addWidget(self.amount)

        self.currency = QComboBox(self.costBox)
        self.currency.setObjectName(u"currency")
        self.currency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currency.setMinimumContentsLength(3)
        self.currency.setEditable(True)

        self.amountRow.addWidget(self.currency)

        self.inKind = QCheckBox(self.costBox)
        self.inKind.setObjectName(u"inKind")

        self.amountRow.addWidget(self.inKind)

        self.amountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.amountRow.addItem(self.amountSpacer)


        self.costForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.amountRow)

        self.paidByLabel = QLabel(self.costBox)
        self.paidByLabel.setObjectName(u"paidByLabel")

        self.costForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paidByLabel)

        self.paidBy = QLineEdit(self.costBox)
        self.paidBy.setObjectName(u"paidBy")

        self.costForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paidBy)


        self.budgetLayout.addWidget(self.costBox)

        self.totals = QLabel(self.budgetTab)
        self.totals.setObjectName(u"totals")
        self.totals.setWordWrap(True)

        self.budgetLayout.addWidget(self.totals)

        self.tabs.addTab(self.budgetTab, "")
        self.checklistTab = QWidget()
        self.checklistTab.setObjectName(u"checklistTab")
        self.checklistLayout = QVBoxLayout(self.checklistTab)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.templateRow = QHBoxLayout()
        self.templateRow.setObjectName(u"templateRow")
        self.template = QComboBox(self.checklistTab)
        self.template.setObjectName(u"template")
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(16)

        self.templateRow.addWidget(self.template)

        self.planButton = QPushButton(self.checklistTab)
        self.planButton.setObjectName(u"planButton")

        self.templateRow.addWidget(self.planButton)

        self.templateRow.setStretch(0, 1)

        self.checklistLayout.addLayout(self.templateRow)

        self.steps = QListWidget(self.checklistTab)
        self.steps.setObjectName(u"steps")

        self.checklistLayout.addWidget(self.steps)

        self.newStepRow = QHBoxLayout()
        self.newStepRow.setObjectName(u"newStepRow")
        self.newStep = QLineEdit(self.checklistTab)
        self.newStep.setObjectName(u"newStep")

        self.newStepRow.addWidget(self.newStep)

        self.newStepDue = DateBox(self.checklistTab)
        self.newStepDue.setObjectName(u"newStepDue")

        self.newStepRow.addWidget(self.newStepDue)

        self.addStep = QPushButton(self.checklistTab)
        self.addStep.setObjectName(u"addStep")

        self.newStepRow.addWidget(self.addStep)

        self.newStepRow.setStretch(0, 1)

        self.checklistLayout.addLayout(self.newStepRow)

        self.stepsHint = QLabel(self.checklistTab)
        self.stepsHint.setObjectName(u"stepsHint")
        self.stepsHint.setWordWrap(True)

        self.checklistLayout.addWidget(self.stepsHint)

        self.tabs.addTab(self.checklistTab, "")
        self.photosTab = QWidget()
        self.photosTab.setObjectName(u"photosTab")
        self.photosLayout = QVBoxLayout(self.photosTab)
        self.photosLayout.setObjectName(u"photosLayout")
        self.photoButtons = QHBoxLayout()
        self.photoButtons.setObjectName(u"photoButtons")
        self.addPhoto = QPushButton(self.photosTab)
        self.addPhoto.setObjectName(u"addPhoto")

        self.photoButtons.addWidget(self.addPhoto)

        self.deletePhoto = QPushButton(self.photosTab)
        self.deletePhoto.setObjectName(u"deletePhoto")

        self.photoButtons.addWidget(self.deletePhoto)

        self.photoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.photoButtons.addItem(self.photoSpacer)


        self.photosLayout.addLayout(self.photoButtons)

        self.photoList = QListWidget(self.photosTab)
        self.photoList.setObjectName(u"photoList")

        self.photosLayout.addWidget(self.photoList)

        self.photoForm = QFormLayout()
        self.photoForm.setObjectName(u"photoForm")
        self.captionLabel = QLabel(self.photosTab)
        self.captionLabel.setObjectName(u"captionLabel")

        self.photoForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.captionLabel)

        self.caption = QLineEdit(self.photosTab)
        self.caption.setObjectName(u"caption")

        self.photoForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.caption)

        self.consent = QCheckBox(self.photosTab)
        self.consent.setObjectName(u"consent")

        self.photoForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consent)


        self.photosLayout.addLayout(self.photoForm)

        self.tabs.addTab(self.photosTab, "")
        self.debriefTab = QWidget()
        self.debriefTab.setObjectName(u"debriefTab")
        self.debriefLayout = QVBoxLayout(self.debriefTab)
        self.debriefLayout.setObjectName(u"debriefLayout")
        self.countsRow = QHBoxLayout()
        self.countsRow.setObjectName(u"countsRow")
        self.studentsLabel = QLabel(self.debriefTab)
        self.studentsLabel.setObjectName(u"studentsLabel")

        self.countsRow.addWidget(self.studentsLabel)

        self.students = QSpinBox(self.debriefTab)
        self.students.setObjectName(u"students")
        self.students.setMaximum(1000000)

        self.countsRow.addWidget(self.students)

        self.familiesLabel = QLabel(self.debriefTab)
        self.familiesLabel.setObjectName(u"familiesLabel")

        self.countsRow.addWidget(self.familiesLabel)

        self.families = QSpinBox(self.debriefTab)
        self.families.setObjectName(u"families")
        self.families.setMaximum(1000000)

        self.countsRow.addWidget(self.families)

        self.visitorsLabel = QLabel(self.debriefTab)
        self.visitorsLabel.setObjectName(u"visitorsLabel")

        self.countsRow.addWidget(self.visitorsLabel)

        self.visitors = QSpinBox(self.debriefTab)
        self.visitors.setObjectName(u"visitors")
        self.visitors.setMaximum(1000000)

        self.countsRow.addWidget(self.visitors)

        self.countsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countsRow.addItem(self.countsSpacer)


        self.debriefLayout.addLayout(self.countsRow)

        self.debriefLabel = QLabel(self.debriefTab)
        self.debriefLabel.setObjectName(u"debriefLabel")

        self.debriefLayout.addWidget(self.debriefLabel)

        self.debrief = QPlainTextEdit(self.debriefTab)
        self.debrief.setObjectName(u"debrief")
        self.debrief.setTabChangesFocus(True)

        self.debriefLayout.addWidget(self.debrief)

        self.privateNotesLabel = QLabel(self.debriefTab)
        self.privateNotesLabel.setObjectName(u"privateNotesLabel")

        self.debriefLayout.addWidget(self.privateNotesLabel)

        self.privateNotes = QPlainTextEdit(self.debriefTab)
        self.privateNotes.setObjectName(u"privateNotes")
        self.privateNotes.setTabChangesFocus(True)
        self.privateNotes.setMaximumSize(QSize(16777215, 110))

        self.debriefLayout.addWidget(self.privateNotes)

        self.tabs.addTab(self.debriefTab, "")

        self.outer.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.kindLabel.setBuddy(self.kind)
        self.statusLabel.setBuddy(self.status)
        self.whenLabel.setBuddy(self.startsOn)
        self.toLabel.setBuddy(self.endTime)
        self.placeLabel.setBuddy(self.place)
        self.schoolsLabel.setBuddy(self.schools)
        self.audienceLabel.setBuddy(self.audience)
        self.descriptionLabel.setBuddy(self.description)
        self.costItemLabel.setBuddy(self.costItem)
        self.amountLabel.setBuddy(self.amount)
        self.paidByLabel.setBuddy(self.paidBy)
        self.captionLabel.setBuddy(self.caption)
        self.studentsLabel.setBuddy(self.students)
        self.familiesLabel.setBuddy(self.families)
        self.visitorsLabel.setBuddy(self.visitors)
        self.debriefLabel.setBuddy(self.debrief)
        self.privateNotesLabel.setBuddy(self.privateNotes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(EventPage)
    # setupUi

    def retranslateUi(self, EventPage):
        self.heading.setText(QCoreApplication.translate("EventPage", u"Event", None))
        self.handout.setText(QCoreApplication.translate("EventPage", u"Event &PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.handout.setToolTip(QCoreApplication.translate("EventPage", u"Preview the event's summary for its team and partners, then save it (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.summary.setText("")
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("EventPage", u"Event sections", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("EventPage", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("EventPage", u"Event title", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("EventPage", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("EventPage", u"Kind of event", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("EventPage", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("EventPage", u"Event status", None))
#endif // QT_CONFIG(accessibility)
        self.whenLabel.setText(QCoreApplication.translate("EventPage", u"&When", None))
#if QT_CONFIG(accessibility)
        self.startsOn.setAccessibleName(QCoreApplication.translate("EventPage", u"Date of the event", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.startTime.setAccessibleName(QCoreApplication.translate("EventPage", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("EventPage", u"to", None))
#if QT_CONFIG(accessibility)
        self.endTime.setAccessibleName(QCoreApplication.translate("EventPage", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("EventPage", u"&Place", None))
#if QT_CONFIG(accessibility)
        self.place.setAccessibleName(QCoreApplication.translate("EventPage", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.schoolsLabel.setText(QCoreApplication.translate("EventPage", u"Sc&hools", None))
#if QT_CONFIG(accessibility)
        self.schools.setAccessibleName(QCoreApplication.translate("EventPage", u"Schools taking part, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.schools.setPlaceholderText(QCoreApplication.translate("EventPage", u"Riverside Elementary, Jemison Elementary\u2026", None))
        self.audienceLabel.setText(QCoreApplication.translate("EventPage", u"&Audience", None))
#if QT_CONFIG(accessibility)
        self.audience.setAccessibleName(QCoreApplication.translate("EventPage", u"Audience", None))
#endif // QT_CONFIG(accessibility)
        self.audience.setPlaceholderText(QCoreApplication.translate("EventPage", u"K\u20135 students and their families", None))
        self.descriptionLabel.setText(QCoreApplication.translate("EventPage", u"What it &is (for invitations and newsletters)", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("EventPage", u"What the event is", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("EventPage", u"&Details", None))
        self.partnersLabel.setText(QCoreApplication.translate("EventPage", u"Partners and what they bring", None))
#if QT_CONFIG(accessibility)
        self.partnerList.setAccessibleName(QCoreApplication.translate("EventPage", u"Partners involved", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addPartner.setAccessibleName(QCoreApplication.translate("EventPage", u"Add a partner: type its name and press Enter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.brings.setAccessibleName(QCoreApplication.translate("EventPage", u"What the selected partner brings", None))
#endif // QT_CONFIG(accessibility)
        self.brings.setPlaceholderText(QCoreApplication.translate("EventPage", u"What they bring: judges, a planetarium, snacks\u2026", None))
        self.removePartner.setText(QCoreApplication.translate("EventPage", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.removePartner.setToolTip(QCoreApplication.translate("EventPage", u"Take the selected partner off this event; Ctrl+Shift+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
        self.volunteersLabel.setText(QCoreApplication.translate("EventPage", u"Volunteers and their roles", None))
#if QT_CONFIG(accessibility)
        self.volunteerList.setAccessibleName(QCoreApplication.translate("EventPage", u"Volunteers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addVolunteer.setAccessibleName(QCoreApplication.translate("EventPage", u"Add a volunteer: a teacher, a partner contact, or type a guest's name and press Enter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.role.setAccessibleName(QCoreApplication.translate("EventPage", u"Role of the selected volunteer", None))
#endif // QT_CONFIG(accessibility)
        self.mayBeNamed.setText(QCoreApplication.translate("EventPage", u"May be &named", None))
#if QT_CONFIG(tooltip)
        self.mayBeNamed.setToolTip(QCoreApplication.translate("EventPage", u"A contact or guest may be named on handouts; a teacher's consent is set on their page", None))
#endif // QT_CONFIG(tooltip)
        self.removeVolunteer.setText(QCoreApplication.translate("EventPage", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.removeVolunteer.setToolTip(QCoreApplication.translate("EventPage", u"Remove the selected volunteer; Ctrl+Shift+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
        self.peopleHint.setText(QCoreApplication.translate("EventPage", u"Type a name and press Enter to add \u00b7 only people who agreed are named on handouts; the others are counted", None))
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("EventPage", u"P&eople", None))
        self.addCost.setText(QCoreApplication.translate("EventPage", u"New &cost", None))
#if QT_CONFIG(accessibility)
        self.addInKind.setAccessibleName(QCoreApplication.translate("EventPage", u"Add what a partner gives under an agreement", None))
#endif // QT_CONFIG(accessibility)
        self.deleteCost.setText(QCoreApplication.translate("EventPage", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteCost.setToolTip(QCoreApplication.translate("EventPage", u"Delete this budget line; Ctrl+Shift+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.costList.setAccessibleName(QCoreApplication.translate("EventPage", u"Budget lines", None))
#endif // QT_CONFIG(accessibility)
        self.costBox.setTitle(QCoreApplication.translate("EventPage", u"Budget line", None))
        self.costItemLabel.setText(QCoreApplication.translate("EventPage", u"Item", None))
#if QT_CONFIG(accessibility)
        self.costItem.setAccessibleName(QCoreApplication.translate("EventPage", u"Budget item", None))
#endif // QT_CONFIG(accessibility)
        self.amountLabel.setText(QCoreApplication.translate("EventPage", u"Amount", None))
#if QT_CONFIG(accessibility)
        self.amount.setAccessibleName(QCoreApplication.translate("EventPage", u"Amount", None))
#endif // QT_CONFIG(accessibility)
        self.amount.setPlaceholderText(QCoreApplication.translate("EventPage", u"1,250.00", None))
#if QT_CONFIG(accessibility)
        self.currency.setAccessibleName(QCoreApplication.translate("EventPage", u"Currency", None))
#endif // QT_CONFIG(accessibility)
        self.inKind.setText(QCoreApplication.translate("EventPage", u"Given in kind", None))
        self.paidByLabel.setText(QCoreApplication.translate("EventPage", u"Who pays", None))
#if QT_CONFIG(accessibility)
        self.paidBy.setAccessibleName(QCoreApplication.translate("EventPage", u"Who pays", None))
#endif // QT_CONFIG(accessibility)
        self.paidBy.setPlaceholderText(QCoreApplication.translate("EventPage", u"PTA, campus budget, a partner\u2026", None))
        self.totals.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.budgetTab), QCoreApplication.translate("EventPage", u"&Budget", None))
#if QT_CONFIG(accessibility)
        self.template.setAccessibleName(QCoreApplication.translate("EventPage", u"Event template", None))
#endif // QT_CONFIG(accessibility)
        self.planButton.setText(QCoreApplication.translate("EventPage", u"&Plan with this template", None))
#if QT_CONFIG(tooltip)
        self.planButton.setToolTip(QCoreApplication.translate("EventPage", u"Add the template's steps, each due counted back from the event's date", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.steps.setAccessibleName(QCoreApplication.translate("EventPage", u"Planning checklist: Space ticks a step done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newStep.setAccessibleName(QCoreApplication.translate("EventPage", u"A step of your own", None))
#endif // QT_CONFIG(accessibility)
        self.newStep.setPlaceholderText(QCoreApplication.translate("EventPage", u"Add a step of your own and press Enter", None))
#if QT_CONFIG(accessibility)
        self.newStepDue.setAccessibleName(QCoreApplication.translate("EventPage", u"When the new step is due", None))
#endif // QT_CONFIG(accessibility)
        self.addStep.setText(QCoreApplication.translate("EventPage", u"Add step", None))
        self.stepsHint.setText(QCoreApplication.translate("EventPage", u"Steps are action items: they show on Today when due and in Action items \u00b7 moving the event moves the open steps with it", None))
        self.tabs.setTabText(self.tabs.indexOf(self.checklistTab), QCoreApplication.translate("EventPage", u"C&hecklist", None))
        self.addPhoto.setText(QCoreApplication.translate("EventPage", u"&Add photos\u2026", None))
#if QT_CONFIG(tooltip)
        self.addPhoto.setToolTip(QCoreApplication.translate("EventPage", u"Copy pictures into the database (PNG, JPEG, GIF or WebP, up to 5 MB each)", None))
#endif // QT_CONFIG(tooltip)
        self.deletePhoto.setText(QCoreApplication.translate("EventPage", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deletePhoto.setToolTip(QCoreApplication.translate("EventPage", u"Delete this photo; Ctrl+Shift+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.photoList.setAccessibleName(QCoreApplication.translate("EventPage", u"Photos of the event", None))
#endif // QT_CONFIG(accessibility)
        self.captionLabel.setText(QCoreApplication.translate("EventPage", u"Caption", None))
#if QT_CONFIG(accessibility)
        self.caption.setAccessibleName(QCoreApplication.translate("EventPage", u"Photo caption", None))
#endif // QT_CONFIG(accessibility)
        self.consent.setText(QCoreApplication.translate("EventPage", u"Consent to share (on handouts and newsletters)", None))
#if QT_CONFIG(tooltip)
        self.consent.setToolTip(QCoreApplication.translate("EventPage", u"Only photos with consent to share may appear on a handout, a newsletter or an HTML page", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.photosTab), QCoreApplication.translate("EventPage", u"Ph&otos", None))
        self.studentsLabel.setText(QCoreApplication.translate("EventPage", u"Students", None))
#if QT_CONFIG(accessibility)
        self.students.setAccessibleName(QCoreApplication.translate("EventPage", u"How many students came", None))
#endif // QT_CONFIG(accessibility)
        self.familiesLabel.setText(QCoreApplication.translate("EventPage", u"Families", None))
#if QT_CONFIG(accessibility)
        self.families.setAccessibleName(QCoreApplication.translate("EventPage", u"How many families came", None))
#endif // QT_CONFIG(accessibility)
        self.visitorsLabel.setText(QCoreApplication.translate("EventPage", u"Visitors", None))
#if QT_CONFIG(accessibility)
        self.visitors.setAccessibleName(QCoreApplication.translate("EventPage", u"How many visitors came", None))
#endif // QT_CONFIG(accessibility)
        self.debriefLabel.setText(QCoreApplication.translate("EventPage", u"Debrief: what worked, what to change", None))
#if QT_CONFIG(accessibility)
        self.debrief.setAccessibleName(QCoreApplication.translate("EventPage", u"Debrief", None))
#endif // QT_CONFIG(accessibility)
        self.privateNotesLabel.setText(QCoreApplication.translate("EventPage", u"Private notes (only you see these)", None))
#if QT_CONFIG(accessibility)
        self.privateNotes.setAccessibleName(QCoreApplication.translate("EventPage", u"Private notes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.debriefTab), QCoreApplication.translate("EventPage", u"Debrie&f", None))
        pass
    # retranslateUi

