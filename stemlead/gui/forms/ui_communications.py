# Generated from ui/communications.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from stemlead.gui.widgets.dates import DateBox

class Ui_Communications(object):
    def setupUi(self, Communications):
        if not Communications.objectName():
            Communications.setObjectName(u"Communications")
        self.outer = QVBoxLayout(Communications)
        self.outer.setObjectName(u"outer")
        self.heading = QLabel(Communications)
        self.heading.setObjectName(u"heading")

        self.outer.addWidget(self.heading)

        self.tabs = QTabWidget(Communications)
        self.tabs.setObjectName(u"tabs")
        self.logTab = QWidget()
        self.logTab.setObjectName(u"logTab")
        self.logLayout = QVBoxLayout(self.logTab)
        self.logLayout.setObjectName(u"logLayout")
        self.logSplitter = QSplitter(self.logTab)
        self.logSplitter.setObjectName(u"logSplitter")
        self.logSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.logSplitter.setChildrenCollapsible(False)
        self.logLeft = QWidget(self.logSplitter)
        self.logLeft.setObjectName(u"logLeft")
        self.logLeftLayout = QVBoxLayout(self.logLeft)
        self.logLeftLayout.setObjectName(u"logLeftLayout")
        self.logLeftLayout.setContentsMargins(0, 0, 0, 0)
        self.logFilter = QLineEdit(self.logLeft)
        self.logFilter.setObjectName(u"logFilter")
        self.logFilter.setClearButtonEnabled(True)

        self.logLeftLayout.addWidget(self.logFilter)

        self.logTable = QTableView(self.logLeft)
        self.logTable.setObjectName(u"logTable")
        self.logTable.setTabKeyNavigation(False)

        self.logLeftLayout.addWidget(self.logTable)

        self.logButtons = QHBoxLayout()
        self.logButtons.setObjectName(u"logButtons")
        self.newCommunication = QPushButton(self.logLeft)
        self.newCommunication.setObjectName(u"newCommunication")

        self.logButtons.addWidget(self.newCommunication)

        self.deleteCommunication = QPushButton(self.logLeft)
        self.deleteCommunication.setObjectName(u"deleteCommunication")

        self.logButtons.addWidget(self.deleteCommunication)

        self.logSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logButtons.addItem(self.logSpacer)


        self.logLeftLayout.addLayout(self.logButtons)

        self.logSplitter.addWidget(self.logLeft)
        self.logScroll = QScrollArea(self.logSplitter)
        self.logScroll.setObjectName(u"logScroll")
        self.logScroll.setFocusPolicy(Qt.NoFocus)
        self.logScroll.setWidgetResizable(True)
        self.logScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.logBody = QWidget()
        self.logBody.setObjectName(u"logBody")
        self.logForm = QFormLayout(self.logBody)
        self.logForm.setObjectName(u"logForm")
        self.sentOnLabel = QLabel(self.logBody)
        self.sentOnLabel.setObjectName(u"sentOnLabel")

        self.logForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sentOnLabel)

        self.sentRow = QHBoxLayout()
        self.sentRow.setObjectName(u"sentRow")
        self.sentOn = DateBox(self.logBody)
        self.sentOn.setObjectName(u"sentOn")

        self.sentRow.addWidget(self.sentOn)

        self.communicationKind = QComboBox(self.logBody)
        self.communicationKind.setObjectName(u"communicationKind")
        self.communicationKind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.communicationKind.setMinimumContentsLength(10)

        self.sentRow.addWidget(self.communicationKind)

        self.sentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sentRow.addItem(self.sentSpacer)


        self.logForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.sentRow)

        self.communicationTitleLabel = QLabel(self.logBody)
        self.communicationTitleLabel.setObjectName(u"communicationTitleLabel")

        self.logForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.communicationTitleLabel)

        self.communicationTitle = QLineEdit(self.logBody)
        self.communicationTitle.setObjectName(u"communicationTitle")

        self.logForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.communicationTitle)

        self.aboutLabel = QLabel(self.logBody)
        self.aboutLabel.setObjectName(u"aboutLabel")

        self.logForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.aboutLabel)

        self.about = QPlainTextEdit(self.logBody)
        self.about.setObjectName(u"about")
        self.about.setTabChangesFocus(True)
        self.about.setMaximumSize(QSize(16777215, 80))

        self.logForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.about)

        self.sharesProgramCounts = QCheckBox(self.logBody)
        self.sharesProgramCounts.setObjectName(u"sharesProgramCounts")

        self.logForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sharesProgramCounts)

        self.audiencesLabel = QLabel(self.logBody)
        self.audiencesLabel.setObjectName(u"audiencesLabel")

        self.logForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.audiencesLabel)

        self.audiences = QListWidget(self.logBody)
        self.audiences.setObjectName(u"audiences")
        self.audiences.setMaximumSize(QSize(16777215, 130))

        self.logForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.audiences)

        self.topicsLabel = QLabel(self.logBody)
        self.topicsLabel.setObjectName(u"topicsLabel")

        self.logForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.topicsLabel)

        self.topics = QListWidget(self.logBody)
        self.topics.setObjectName(u"topics")
        self.topics.setMaximumSize(QSize(16777215, 130))

        self.logForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.topics)

        self.communicationNotesLabel = QLabel(self.logBody)
        self.communicationNotesLabel.setObjectName(u"communicationNotesLabel")

        self.logForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.communicationNotesLabel)

        self.communicationNotes = QPlainTextEdit(self.logBody)
        self.communicationNotes.setObjectName(u"communicationNotes")
        self.communicationNotes.setTabChangesFocus(True)
        self.communicationNotes.setMaximumSize(QSize(16777215, 80))

        self.logForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.communicationNotes)

        self.logScroll.setWidget(self.logBody)
        self.logSplitter.addWidget(self.logScroll)

        self.logLayout.addWidget(self.logSplitter)

        self.tabs.addTab(self.logTab, "")
        self.stakeholdersTab = QWidget()
        self.stakeholdersTab.setObjectName(u"stakeholdersTab")
        self.stakeholdersLayout = QVBoxLayout(self.stakeholdersTab)
        self.stakeholdersLayout.setObjectName(u"stakeholdersLayout")
        self.stakeholderSplitter = QSplitter(self.stakeholdersTab)
        self.stakeholderSplitter.setObjectName(u"stakeholderSplitter")
        self.stakeholderSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.stakeholderSplitter.setChildrenCollapsible(False)
        self.stakeholderLeft = QWidget(self.stakeholderSplitter)
        self.stakeholderLeft.setObjectName(u"stakeholderLeft")
        self.stakeholderLeftLayout = QVBoxLayout(self.stakeholderLeft)
        self.stakeholderLeftLayout.setObjectName(u"stakeholderLeftLayout")
        self.stakeholderLeftLayout.setContentsMargins(0, 0, 0, 0)
        self.stakeholderTable = QTableView(self.stakeholderLeft)
        self.stakeholderTable.setObjectName(u"stakeholderTable")
        self.stakeholderTable.setTabKeyNavigation(False)

        self.stakeholderLeftLayout.addWidget(self.stakeholderTable)

        self.stakeholderButtons = QHBoxLayout()
        self.stakeholderButtons.setObjectName(u"stakeholderButtons")
        self.newStakeholder = QPushButton(self.stakeholderLeft)
        self.newStakeholder.setObjectName(u"newStakeholder")

        self.stakeholderButtons.addWidget(self.newStakeholder)

        self.deleteStakeholder = QPushButton(self.stakeholderLeft)
        self.deleteStakeholder.setObjectName(u"deleteStakeholder")

        self.stakeholderButtons.addWidget(self.deleteStakeholder)

        self.stakeholderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stakeholderButtons.addItem(self.stakeholderSpacer)


        self.stakeholderLeftLayout.addLayout(self.stakeholderButtons)

        self.stakeholderSplitter.addWidget(self.stakeholderLeft)
        self.stakeholderScroll = QScrollArea(self.stakeholderSplitter)
        self.stakeholderScroll.setObjectName(u"stakeholderScroll")
        self.stakeholderScroll.setFocusPolicy(Qt.NoFocus)
        self.stakeholderScroll.setWidgetResizable(True)
        self.stakeholderScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stakeholderBody = QWidget()
        self.stakeholderBody.setObjectName(u"stakeholderBody")
        self.stakeholderForm = QFormLayout(self.stakeholderBody)
        self.stakeholderForm.setObjectName(u"stakeholderForm")
        self.stakeholderNameLabel = QLabel(self.stakeholderBody)
        self.stakeholderNameLabel.setObjectName(u"stakeholderNameLabel")

        self.stakeholderForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stakeholderNameLabel)

        self.stakeholderName = QLineEdit(self.stakeholderBody)
        self.stakeholderName.setObjectName(u"stakeholderName")

        self.stakeholderForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stakeholderName)

        self.stakeholderKindLabel = QLabel(self.stakeholderBody)
        self.stakeholderKindLabel.setObjectName(u"stakeholderKindLabel")

        self.stakeholderForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stakeholderKindLabel)

        self.stakeholderKind = QComboBox(self.stakeholderBody)
        self.stakeholderKind.setObjectName(u"stakeholderKind")
        self.stakeholderKind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stakeholderKind.setMinimumContentsLength(10)

        self.stakeholderForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stakeholderKind)

        self.schoolLabel = QLabel(self.stakeholderBody)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.stakeholderForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.school = QLineEdit(self.stakeholderBody)
        self.school.setObjectName(u"school")

        self.stakeholderForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.school)

        self.estimatedSizeLabel = QLabel(self.stakeholderBody)
        self.estimatedSizeLabel.setObjectName(u"estimatedSizeLabel")

        self.stakeholderForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.estimatedSizeLabel)

        self.estimatedSize = QSpinBox(self.stakeholderBody)
        self.estimatedSize.setObjectName(u"estimatedSize")
        self.estimatedSize.setMaximum(10000000)
        self.estimatedSize.setMaximumSize(QSize(160, 16777215))

        self.stakeholderForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.estimatedSize)

        self.groupLabel = QLabel(self.stakeholderBody)
        self.groupLabel.setObjectName(u"groupLabel")

        self.stakeholderForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupId = QComboBox(self.stakeholderBody)
        self.groupId.setObjectName(u"groupId")
        self.groupId.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.groupId.setMinimumContentsLength(12)

        self.stakeholderForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.groupId)

        self.membersLabel = QLabel(self.stakeholderBody)
        self.membersLabel.setObjectName(u"membersLabel")

        self.stakeholderForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.members = QListWidget(self.stakeholderBody)
        self.members.setObjectName(u"members")
        self.members.setMaximumSize(QSize(16777215, 120))

        self.stakeholderForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.members)

        self.addMember = QComboBox(self.stakeholderBody)
        self.addMember.setObjectName(u"addMember")
        self.addMember.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.addMember.setMinimumContentsLength(12)
        self.addMember.setEditable(True)

        self.stakeholderForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addMember)

        self.stakeholderNotesLabel = QLabel(self.stakeholderBody)
        self.stakeholderNotesLabel.setObjectName(u"stakeholderNotesLabel")

        self.stakeholderForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.stakeholderNotesLabel)

        self.stakeholderNotes = QPlainTextEdit(self.stakeholderBody)
        self.stakeholderNotes.setObjectName(u"stakeholderNotes")
        self.stakeholderNotes.setTabChangesFocus(True)
        self.stakeholderNotes.setMaximumSize(QSize(16777215, 70))

        self.stakeholderForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.stakeholderNotes)

        self.heardLabel = QLabel(self.stakeholderBody)
        self.heardLabel.setObjectName(u"heardLabel")

        self.stakeholderForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.heardLabel)

        self.heard = QListWidget(self.stakeholderBody)
        self.heard.setObjectName(u"heard")
        self.heard.setMaximumSize(QSize(16777215, 120))

        self.stakeholderForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.heard)

        self.stakeholderScroll.setWidget(self.stakeholderBody)
        self.stakeholderSplitter.addWidget(self.stakeholderScroll)

        self.stakeholdersLayout.addWidget(self.stakeholderSplitter)

        self.tabs.addTab(self.stakeholdersTab, "")
        self.quietTab = QWidget()
        self.quietTab.setObjectName(u"quietTab")
        self.quietLayout = QVBoxLayout(self.quietTab)
        self.quietLayout.setObjectName(u"quietLayout")
        self.quietHint = QLabel(self.quietTab)
        self.quietHint.setObjectName(u"quietHint")
        self.quietHint.setWordWrap(True)

        self.quietLayout.addWidget(self.quietHint)

        self.quietList = QListWidget(self.quietTab)
        self.quietList.setObjectName(u"quietList")

        self.quietLayout.addWidget(self.quietList)

        self.tabs.addTab(self.quietTab, "")
        self.newslettersTab = QWidget()
        self.newslettersTab.setObjectName(u"newslettersTab")
        self.newslettersLayout = QVBoxLayout(self.newslettersTab)
        self.newslettersLayout.setObjectName(u"newslettersLayout")
        self.newsletterSplitter = QSplitter(self.newslettersTab)
        self.newsletterSplitter.setObjectName(u"newsletterSplitter")
        self.newsletterSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.newsletterSplitter.setChildrenCollapsible(False)
        self.newsletterLeft = QWidget(self.newsletterSplitter)
        self.newsletterLeft.setObjectName(u"newsletterLeft")
        self.newsletterLeftLayout = QVBoxLayout(self.newsletterLeft)
        self.newsletterLeftLayout.setObjectName(u"newsletterLeftLayout")
        self.newsletterLeftLayout.setContentsMargins(0, 0, 0, 0)
        self.newsletterTable = QTableView(self.newsletterLeft)
        self.newsletterTable.setObjectName(u"newsletterTable")
        self.newsletterTable.setTabKeyNavigation(False)

        self.newsletterLeftLayout.addWidget(self.newsletterTable)

        self.buildBox = QGroupBox(self.newsletterLeft)
        self.buildBox.setObjectName(u"buildBox")
        self.buildForm = QFormLayout(self.buildBox)
        self.buildForm.setObjectName(u"buildForm")
        self.fromLabel = QLabel(self.buildBox)
        self.fromLabel.setObjectName(u"fromLabel")

        self.buildForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.newsletterFrom = DateBox(self.buildBox)
        self.newsletterFrom.setObjectName(u"newsletterFrom")

        self.periodRow.addWidget(self.newsletterFrom)

        self.untilLabel = QLabel(self.buildBox)
        self.untilLabel.setObjectName(u"untilLabel")

        self.periodRow.addWidget(self.untilLabel)

        self.newsletterTo = DateBox(self.buildBox)
        self.newsletterTo.setObjectName(u"newsletterTo")

        self.periodRow.addWidget(self.newsletterTo)


        self.buildForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.periodRow)

        self.forLabel = QLabel(self.buildBox)
        self.forLabel.setObjectName(u"forLabel")

        self.buildForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.forLabel)

        self.newsletterAudience = QComboBox(self.buildBox)
        self.newsletterAudience.setObjectName(u"newsletterAudience")
        self.newsletterAudience.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.newsletterAudience.setMinimumContentsLength(12)

        self.buildForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newsletterAudience)

        self.buildButtons = QHBoxLayout()
        self.buildButtons.setObjectName(u"buildButtons")
        self.createNewsletter = QPushButton(self.buildBox)
        self.createNewsletter.setObjectName(u"createNewsletter")

        self.buildButtons.addWidget(self.createNewsletter)

        self.deleteNewsletter = QPushButton(self.buildBox)
        self.deleteNewsletter.setObjectName(u"deleteNewsletter")

        self.buildButtons.addWidget(self.deleteNewsletter)


        self.buildForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.buildButtons)


        self.newsletterLeftLayout.addWidget(self.buildBox)

        self.newsletterSplitter.addWidget(self.newsletterLeft)
        self.newsletterScroll = QScrollArea(self.newsletterSplitter)
        self.newsletterScroll.setObjectName(u"newsletterScroll")
        self.newsletterScroll.setFocusPolicy(Qt.NoFocus)
        self.newsletterScroll.setWidgetResizable(True)
        self.newsletterScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.newsletterBody = QWidget()
        self.newsletterBody.setObjectName(u"newsletterBody")
        self.newsletterBodyLayout = QVBoxLayout(self.newsletterBody)
        self.newsletterBodyLayout.setObjectName(u"newsletterBodyLayout")
        self.newsletterForm = QFormLayout()
        self.newsletterForm.setObjectName(u"newsletterForm")
        self.newsletterTitleLabel = QLabel(self.newsletterBody)
        self.newsletterTitleLabel.setObjectName(u"newsletterTitleLabel")

        self.newsletterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.newsletterTitleLabel)

        self.newsletterTitle = QLineEdit(self.newsletterBody)
        self.newsletterTitle.setObjectName(u"newsletterTitle")

        self.newsletterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newsletterTitle)

        self.newsletterForLabel = QLabel(self.newsletterBody)
        self.newsletterForLabel.setObjectName(u"newsletterForLabel")

        self.newsletterForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newsletterForLabel)

        self.newsletterFor = QComboBox(self.newsletterBody)
        self.newsletterFor.setObjectName(u"newsletterFor")
        self.newsletterFor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.newsletterFor.setMinimumContentsLength(12)

        self.newsletterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newsletterFor)


        self.newsletterBodyLayout.addLayout(self.newsletterForm)

        self.newsletterInfo = QLabel(self.newsletterBody)
        self.newsletterInfo.setObjectName(u"newsletterInfo")
        self.newsletterInfo.setWordWrap(True)

        self.newsletterBodyLayout.addWidget(self.newsletterInfo)

        self.blockList = QListWidget(self.newsletterBody)
        self.blockList.setObjectName(u"blockList")
        self.blockList.setMinimumSize(QSize(0, 90))

        self.newsletterBodyLayout.addWidget(self.blockList)

        self.blockButtons = QHBoxLayout()
        self.blockButtons.setObjectName(u"blockButtons")
        self.blockUp = QPushButton(self.newsletterBody)
        self.blockUp.setObjectName(u"blockUp")

        self.blockButtons.addWidget(self.blockUp)

        self.blockDown = QPushButton(self.newsletterBody)
        self.blockDown.setObjectName(u"blockDown")

        self.blockButtons.addWidget(self.blockDown)

        self.addTextBlock = QPushButton(self.newsletterBody)
        self.addTextBlock.setObjectName(u"addTextBlock")

        self.blockButtons.addWidget(self.addTextBlock)

        self.deleteBlock = QPushButton(self.newsletterBody)
        self.deleteBlock.setObjectName(u"deleteBlock")

        self.blockButtons.addWidget(self.deleteBlock)

        self.blockSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.blockButtons.addItem(self.blockSpacer)


        self.newsletterBodyLayout.addLayout(self.blockButtons)

        self.blockBox = QGroupBox(self.newsletterBody)
        self.blockBox.setObjectName(u"blockBox")
        self.blockForm = QFormLayout(self.blockBox)
        self.blockForm.setObjectName(u"blockForm")
        self.blockHeadingLabel = QLabel(self.blockBox)
        self.blockHeadingLabel.setObjectName(u"blockHeadingLabel")

        self.blockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.blockHeadingLabel)

        self.blockHeading = QLineEdit(self.blockBox)
        self.blockHeading.setObjectName(u"blockHeading")

        self.blockForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.blockHeading)

        self.blockBodyLabel = QLabel(self.blockBox)
        self.blockBodyLabel.setObjectName(u"blockBodyLabel")

        self.blockForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.blockBodyLabel)

        self.blockBody = QPlainTextEdit(self.blockBox)
        self.blockBody.setObjectName(u"blockBody")
        self.blockBody.setTabChangesFocus(True)
        self.blockBody.setMinimumSize(QSize(0, 70))

        self.blockForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.blockBody)

        self.blockPhotoLabel = QLabel(self.blockBox)
        self.blockPhotoLabel.setObjectName(u"blockPhotoLabel")

        self.blockForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.blockPhotoLabel)

        self.blockPhoto = QComboBox(self.blockBox)
        self.blockPhoto.setObjectName(u"blockPhoto")
        self.blockPhoto.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.blockPhoto.setMinimumContentsLength(12)

        self.blockForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.blockPhoto)


        self.newsletterBodyLayout.addWidget(self.blockBox)

        self.withheld = QLabel(self.newsletterBody)
        self.withheld.setObjectName(u"withheld")
        self.withheld.setWordWrap(True)

        self.newsletterBodyLayout.addWidget(self.withheld)

        self.outputButtons = QHBoxLayout()
        self.outputButtons.setObjectName(u"outputButtons")
        self.previewPdf = QPushButton(self.newsletterBody)
        self.previewPdf.setObjectName(u"previewPdf")

        self.outputButtons.addWidget(self.previewPdf)

        self.saveText = QPushButton(self.newsletterBody)
        self.saveText.setObjectName(u"saveText")

        self.outputButtons.addWidget(self.saveText)

        self.saveHtml = QPushButton(self.newsletterBody)
        self.saveHtml.setObjectName(u"saveHtml")

        self.outputButtons.addWidget(self.saveHtml)

        self.outputSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outputButtons.addItem(self.outputSpacer)


        self.newsletterBodyLayout.addLayout(self.outputButtons)

        self.loggedLabel = QLabel(self.newsletterBody)
        self.loggedLabel.setObjectName(u"loggedLabel")
        self.loggedLabel.setWordWrap(True)

        self.newsletterBodyLayout.addWidget(self.loggedLabel)

        self.newsletterScroll.setWidget(self.newsletterBody)
        self.newsletterSplitter.addWidget(self.newsletterScroll)

        self.newslettersLayout.addWidget(self.newsletterSplitter)

        self.tabs.addTab(self.newslettersTab, "")

        self.outer.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.sentOnLabel.setBuddy(self.sentOn)
        self.communicationTitleLabel.setBuddy(self.communicationTitle)
        self.aboutLabel.setBuddy(self.about)
        self.audiencesLabel.setBuddy(self.audiences)
        self.topicsLabel.setBuddy(self.topics)
        self.communicationNotesLabel.setBuddy(self.communicationNotes)
        self.stakeholderNameLabel.setBuddy(self.stakeholderName)
        self.stakeholderKindLabel.setBuddy(self.stakeholderKind)
        self.schoolLabel.setBuddy(self.school)
        self.estimatedSizeLabel.setBuddy(self.estimatedSize)
        self.groupLabel.setBuddy(self.groupId)
        self.membersLabel.setBuddy(self.members)
        self.stakeholderNotesLabel.setBuddy(self.stakeholderNotes)
        self.heardLabel.setBuddy(self.heard)
        self.fromLabel.setBuddy(self.newsletterFrom)
        self.untilLabel.setBuddy(self.newsletterTo)
        self.forLabel.setBuddy(self.newsletterAudience)
        self.newsletterTitleLabel.setBuddy(self.newsletterTitle)
        self.newsletterForLabel.setBuddy(self.newsletterFor)
        self.blockHeadingLabel.setBuddy(self.blockHeading)
        self.blockBodyLabel.setBuddy(self.blockBody)
        self.blockPhotoLabel.setBuddy(self.blockPhoto)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Communications)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(Communications)
    # setupUi

    def retranslateUi(self, Communications):
        self.heading.setText(QCoreApplication.translate("Communications", u"Communications", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("Communications", u"Communications sections", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.logFilter.setAccessibleName(QCoreApplication.translate("Communications", u"Filter the communications log", None))
#endif // QT_CONFIG(accessibility)
        self.logFilter.setPlaceholderText(QCoreApplication.translate("Communications", u"Filter the log", None))
#if QT_CONFIG(accessibility)
        self.logTable.setAccessibleName(QCoreApplication.translate("Communications", u"Communications, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.newCommunication.setText(QCoreApplication.translate("Communications", u"&Log a communication", None))
        self.deleteCommunication.setText(QCoreApplication.translate("Communications", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteCommunication.setToolTip(QCoreApplication.translate("Communications", u"Delete this entry; Ctrl+Shift+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
        self.sentOnLabel.setText(QCoreApplication.translate("Communications", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.sentOn.setAccessibleName(QCoreApplication.translate("Communications", u"When it was sent or presented", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.communicationKind.setAccessibleName(QCoreApplication.translate("Communications", u"Kind of communication", None))
#endif // QT_CONFIG(accessibility)
        self.communicationTitleLabel.setText(QCoreApplication.translate("Communications", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.communicationTitle.setAccessibleName(QCoreApplication.translate("Communications", u"Title of the communication", None))
#endif // QT_CONFIG(accessibility)
        self.aboutLabel.setText(QCoreApplication.translate("Communications", u"What it &said", None))
#if QT_CONFIG(accessibility)
        self.about.setAccessibleName(QCoreApplication.translate("Communications", u"What it said", None))
#endif // QT_CONFIG(accessibility)
        self.sharesProgramCounts.setText(QCoreApplication.translate("Communications", u"It shared the program's counts (cycles, visits, PLC meetings)", None))
        self.audiencesLabel.setText(QCoreApplication.translate("Communications", u"Sent &to", None))
#if QT_CONFIG(accessibility)
        self.audiences.setAccessibleName(QCoreApplication.translate("Communications", u"Stakeholder groups it went to: Space ticks one", None))
#endif // QT_CONFIG(accessibility)
        self.topicsLabel.setText(QCoreApplication.translate("Communications", u"A&bout", None))
#if QT_CONFIG(accessibility)
        self.topics.setAccessibleName(QCoreApplication.translate("Communications", u"Events and partners it was about: Space ticks one", None))
#endif // QT_CONFIG(accessibility)
        self.communicationNotesLabel.setText(QCoreApplication.translate("Communications", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.communicationNotes.setAccessibleName(QCoreApplication.translate("Communications", u"Notes on the communication", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.logTab), QCoreApplication.translate("Communications", u"&Log", None))
#if QT_CONFIG(accessibility)
        self.stakeholderTable.setAccessibleName(QCoreApplication.translate("Communications", u"Stakeholder groups", None))
#endif // QT_CONFIG(accessibility)
        self.newStakeholder.setText(QCoreApplication.translate("Communications", u"New stakeholder &group", None))
        self.deleteStakeholder.setText(QCoreApplication.translate("Communications", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteStakeholder.setToolTip(QCoreApplication.translate("Communications", u"Delete this stakeholder group; Ctrl+Shift+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
        self.stakeholderNameLabel.setText(QCoreApplication.translate("Communications", u"Na&me", None))
#if QT_CONFIG(accessibility)
        self.stakeholderName.setAccessibleName(QCoreApplication.translate("Communications", u"Name of the stakeholder group", None))
#endif // QT_CONFIG(accessibility)
        self.stakeholderKindLabel.setText(QCoreApplication.translate("Communications", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.stakeholderKind.setAccessibleName(QCoreApplication.translate("Communications", u"Kind of stakeholder group", None))
#endif // QT_CONFIG(accessibility)
        self.schoolLabel.setText(QCoreApplication.translate("Communications", u"Sc&hool", None))
#if QT_CONFIG(accessibility)
        self.school.setAccessibleName(QCoreApplication.translate("Communications", u"School, for the families of a school", None))
#endif // QT_CONFIG(accessibility)
        self.estimatedSizeLabel.setText(QCoreApplication.translate("Communications", u"About how &many", None))
#if QT_CONFIG(accessibility)
        self.estimatedSize.setAccessibleName(QCoreApplication.translate("Communications", u"About how many people, for an audience you hold no contacts for", None))
#endif // QT_CONFIG(accessibility)
        self.estimatedSize.setSpecialValueText(QCoreApplication.translate("Communications", u"not typed", None))
        self.groupLabel.setText(QCoreApplication.translate("Communications", u"&Everyone in", None))
#if QT_CONFIG(accessibility)
        self.groupId.setAccessibleName(QCoreApplication.translate("Communications", u"A group whose members all belong", None))
#endif // QT_CONFIG(accessibility)
        self.membersLabel.setText(QCoreApplication.translate("Communications", u"People", None))
#if QT_CONFIG(accessibility)
        self.members.setAccessibleName(QCoreApplication.translate("Communications", u"People in the stakeholder group", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addMember.setAccessibleName(QCoreApplication.translate("Communications", u"Add a teacher or a partner contact: type a name and press Enter", None))
#endif // QT_CONFIG(accessibility)
        self.stakeholderNotesLabel.setText(QCoreApplication.translate("Communications", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.stakeholderNotes.setAccessibleName(QCoreApplication.translate("Communications", u"Notes on the stakeholder group", None))
#endif // QT_CONFIG(accessibility)
        self.heardLabel.setText(QCoreApplication.translate("Communications", u"What they heard", None))
#if QT_CONFIG(accessibility)
        self.heard.setAccessibleName(QCoreApplication.translate("Communications", u"Communications they received, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.stakeholdersTab), QCoreApplication.translate("Communications", u"&Stakeholders", None))
        self.quietHint.setText(QCoreApplication.translate("Communications", u"Stakeholder groups that have heard nothing from the program in 90 days", None))
#if QT_CONFIG(accessibility)
        self.quietList.setAccessibleName(QCoreApplication.translate("Communications", u"Stakeholder groups not heard from in 90 days: Enter opens one", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.quietTab), QCoreApplication.translate("Communications", u"Not &heard from", None))
#if QT_CONFIG(accessibility)
        self.newsletterTable.setAccessibleName(QCoreApplication.translate("Communications", u"Newsletters", None))
#endif // QT_CONFIG(accessibility)
        self.buildBox.setTitle(QCoreApplication.translate("Communications", u"Build a newsletter", None))
        self.fromLabel.setText(QCoreApplication.translate("Communications", u"Fro&m", None))
#if QT_CONFIG(accessibility)
        self.newsletterFrom.setAccessibleName(QCoreApplication.translate("Communications", u"First day the newsletter covers", None))
#endif // QT_CONFIG(accessibility)
        self.untilLabel.setText(QCoreApplication.translate("Communications", u"to", None))
#if QT_CONFIG(accessibility)
        self.newsletterTo.setAccessibleName(QCoreApplication.translate("Communications", u"Last day the newsletter covers", None))
#endif // QT_CONFIG(accessibility)
        self.forLabel.setText(QCoreApplication.translate("Communications", u"F&or", None))
#if QT_CONFIG(accessibility)
        self.newsletterAudience.setAccessibleName(QCoreApplication.translate("Communications", u"Who the new newsletter is for", None))
#endif // QT_CONFIG(accessibility)
        self.createNewsletter.setText(QCoreApplication.translate("Communications", u"&Build from the data", None))
#if QT_CONFIG(tooltip)
        self.createNewsletter.setToolTip(QCoreApplication.translate("Communications", u"A new newsletter with the blocks STEM Lead proposes for the period", None))
#endif // QT_CONFIG(tooltip)
        self.deleteNewsletter.setText(QCoreApplication.translate("Communications", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteNewsletter.setToolTip(QCoreApplication.translate("Communications", u"Delete the selected newsletter; Ctrl+Shift+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
        self.newsletterTitleLabel.setText(QCoreApplication.translate("Communications", u"T&itle", None))
#if QT_CONFIG(accessibility)
        self.newsletterTitle.setAccessibleName(QCoreApplication.translate("Communications", u"Newsletter title", None))
#endif // QT_CONFIG(accessibility)
        self.newsletterForLabel.setText(QCoreApplication.translate("Communications", u"For", None))
#if QT_CONFIG(accessibility)
        self.newsletterFor.setAccessibleName(QCoreApplication.translate("Communications", u"Who this newsletter is for", None))
#endif // QT_CONFIG(accessibility)
        self.newsletterInfo.setText("")
#if QT_CONFIG(accessibility)
        self.blockList.setAccessibleName(QCoreApplication.translate("Communications", u"Blocks in order: Alt+Up and Alt+Down move one", None))
#endif // QT_CONFIG(accessibility)
        self.blockUp.setText(QCoreApplication.translate("Communications", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.blockUp.setToolTip(QCoreApplication.translate("Communications", u"Move the block up (Alt+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.blockDown.setText(QCoreApplication.translate("Communications", u"Move do&wn", None))
#if QT_CONFIG(tooltip)
        self.blockDown.setToolTip(QCoreApplication.translate("Communications", u"Move the block down (Alt+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.addTextBlock.setText(QCoreApplication.translate("Communications", u"Add &text", None))
#if QT_CONFIG(tooltip)
        self.addTextBlock.setToolTip(QCoreApplication.translate("Communications", u"A block of your own words, at the end", None))
#endif // QT_CONFIG(tooltip)
        self.deleteBlock.setText(QCoreApplication.translate("Communications", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteBlock.setToolTip(QCoreApplication.translate("Communications", u"Delete the block; Ctrl+Shift+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
        self.blockBox.setTitle(QCoreApplication.translate("Communications", u"Block", None))
        self.blockHeadingLabel.setText(QCoreApplication.translate("Communications", u"Heading", None))
#if QT_CONFIG(accessibility)
        self.blockHeading.setAccessibleName(QCoreApplication.translate("Communications", u"Block heading", None))
#endif // QT_CONFIG(accessibility)
        self.blockBodyLabel.setText(QCoreApplication.translate("Communications", u"Text", None))
#if QT_CONFIG(accessibility)
        self.blockBody.setAccessibleName(QCoreApplication.translate("Communications", u"Block text: a line starting with \u2022 is a bullet", None))
#endif // QT_CONFIG(accessibility)
        self.blockPhotoLabel.setText(QCoreApplication.translate("Communications", u"Photo", None))
#if QT_CONFIG(accessibility)
        self.blockPhoto.setAccessibleName(QCoreApplication.translate("Communications", u"The block's photo: only photos with consent to share are offered", None))
#endif // QT_CONFIG(accessibility)
        self.withheld.setText("")
        self.previewPdf.setText(QCoreApplication.translate("Communications", u"&PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.previewPdf.setToolTip(QCoreApplication.translate("Communications", u"See the two-column PDF exactly as it will print, then save it (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.saveText.setText(QCoreApplication.translate("Communications", u"Plain te&xt\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveText.setToolTip(QCoreApplication.translate("Communications", u"See the newsletter as plain text to paste into an email", None))
#endif // QT_CONFIG(tooltip)
        self.saveHtml.setText(QCoreApplication.translate("Communications", u"HT&ML\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveHtml.setToolTip(QCoreApplication.translate("Communications", u"See the newsletter as one simple web page for the school's site", None))
#endif // QT_CONFIG(tooltip)
        self.loggedLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.newslettersTab), QCoreApplication.translate("Communications", u"&Newsletters", None))
        pass
    # retranslateUi

