# Generated from ui/lesson_plan_page.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QVBoxLayout, QWidget)

class Ui_LessonPlanPage(object):
    def setupUi(self, LessonPlanPage):
        if not LessonPlanPage.objectName():
            LessonPlanPage.setObjectName(u"LessonPlanPage")
        self.outer = QVBoxLayout(LessonPlanPage)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, -1, 0, -1)
        self.heading = QLabel(LessonPlanPage)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outer.addWidget(self.heading)

        self.status = QLabel(LessonPlanPage)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.outer.addWidget(self.status)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.newVersion = QPushButton(LessonPlanPage)
        self.newVersion.setObjectName(u"newVersion")

        self.actions.addWidget(self.newVersion)

        self.newRound = QPushButton(LessonPlanPage)
        self.newRound.setObjectName(u"newRound")

        self.actions.addWidget(self.newRound)

        self.share = QPushButton(LessonPlanPage)
        self.share.setObjectName(u"share")

        self.actions.addWidget(self.share)

        self.pdf = QPushButton(LessonPlanPage)
        self.pdf.setObjectName(u"pdf")

        self.actions.addWidget(self.pdf)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsSpacer)


        self.outer.addLayout(self.actions)

        self.tabs = QTabWidget(LessonPlanPage)
        self.tabs.setObjectName(u"tabs")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planLayout = QVBoxLayout(self.planTab)
        self.planLayout.setObjectName(u"planLayout")
        self.planLayout.setContentsMargins(0, -1, 0, -1)
        self.scroll = QScrollArea(self.planTab)
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
        self.titleLabel = QLabel(self.scrollBody)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.scrollBody)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.authorsLabel = QLabel(self.scrollBody)
        self.authorsLabel.setObjectName(u"authorsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authorsLabel)

        self.authorsBox = QVBoxLayout()
        self.authorsBox.setObjectName(u"authorsBox")
        self.authors = QListWidget(self.scrollBody)
        self.authors.setObjectName(u"authors")
        self.authors.setMaximumSize(QSize(16777215, 76))

        self.authorsBox.addWidget(self.authors)

        self.authorRow = QHBoxLayout()
        self.authorRow.setObjectName(u"authorRow")
        self.newAuthor = QComboBox(self.scrollBody)
        self.newAuthor.setObjectName(u"newAuthor")
        self.newAuthor.setEditable(True)
        self.newAuthor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.newAuthor.setMinimumContentsLength(6)

        self.authorRow.addWidget(self.newAuthor)

        self.addAuthor = QPushButton(self.scrollBody)
        self.addAuthor.setObjectName(u"addAuthor")

        self.authorRow.addWidget(self.addAuthor)

        self.removeAuthor = QPushButton(self.scrollBody)
        self.removeAuthor.setObjectName(u"removeAuthor")

        self.authorRow.addWidget(self.removeAuthor)

        self.authorRow.setStretch(0, 1)

        self.authorsBox.addLayout(self.authorRow)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.authorsBox)

        self.gradeBandLabel = QLabel(self.scrollBody)
        self.gradeBandLabel.setObjectName(u"gradeBandLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gradeBandLabel)

        self.gradeBand = QComboBox(self.scrollBody)
        self.gradeBand.setObjectName(u"gradeBand")
        self.gradeBand.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gradeBand)

        self.subjectsLabel = QLabel(self.scrollBody)
        self.subjectsLabel.setObjectName(u"subjectsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.subjectsLabel)

        self.subjects = QLineEdit(self.scrollBody)
        self.subjects.setObjectName(u"subjects")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subjects)

        self.durationLabel = QLabel(self.scrollBody)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationMinutes = QSpinBox(self.scrollBody)
        self.durationMinutes.setObjectName(u"durationMinutes")
        self.durationMinutes.setMaximum(3000)
        self.durationMinutes.setSingleStep(5)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.durationMinutes)

        self.tagsLabel = QLabel(self.scrollBody)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tags = QLineEdit(self.scrollBody)
        self.tags.setObjectName(u"tags")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tags)

        self.originLabel = QLabel(self.scrollBody)
        self.originLabel.setObjectName(u"originLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.originLabel)

        self.originRow = QHBoxLayout()
        self.originRow.setObjectName(u"originRow")
        self.originKind = QComboBox(self.scrollBody)
        self.originKind.setObjectName(u"originKind")
        self.originKind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.originKind.setMinimumContentsLength(8)

        self.originRow.addWidget(self.originKind)

        self.originItem = QComboBox(self.scrollBody)
        self.originItem.setObjectName(u"originItem")
        self.originItem.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.originItem.setMinimumContentsLength(8)

        self.originRow.addWidget(self.originItem)

        self.originRow.setStretch(1, 1)

        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.originRow)

        self.originNote = QLineEdit(self.scrollBody)
        self.originNote.setObjectName(u"originNote")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.originNote)


        self.bodyLayout.addLayout(self.form)

        self.summaryLabel = QLabel(self.scrollBody)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.bodyLayout.addWidget(self.summaryLabel)

        self.summary = QPlainTextEdit(self.scrollBody)
        self.summary.setObjectName(u"summary")
        self.summary.setMaximumSize(QSize(16777215, 70))
        self.summary.setTabChangesFocus(True)

        self.bodyLayout.addWidget(self.summary)

        self.objectivesLabel = QLabel(self.scrollBody)
        self.objectivesLabel.setObjectName(u"objectivesLabel")

        self.bodyLayout.addWidget(self.objectivesLabel)

        self.objectives = QPlainTextEdit(self.scrollBody)
        self.objectives.setObjectName(u"objectives")
        self.objectives.setMaximumSize(QSize(16777215, 84))
        self.objectives.setTabChangesFocus(True)

        self.bodyLayout.addWidget(self.objectives)

        self.materialsLabel = QLabel(self.scrollBody)
        self.materialsLabel.setObjectName(u"materialsLabel")

        self.bodyLayout.addWidget(self.materialsLabel)

        self.materials = QPlainTextEdit(self.scrollBody)
        self.materials.setObjectName(u"materials")
        self.materials.setMaximumSize(QSize(16777215, 84))
        self.materials.setTabChangesFocus(True)

        self.bodyLayout.addWidget(self.materials)

        self.bodyLabel = QLabel(self.scrollBody)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.bodyLayout.addWidget(self.bodyLabel)

        self.body = QPlainTextEdit(self.scrollBody)
        self.body.setObjectName(u"body")
        self.body.setMinimumSize(QSize(0, 160))
        self.body.setTabChangesFocus(True)

        self.bodyLayout.addWidget(self.body)

        self.connectionsLabel = QLabel(self.scrollBody)
        self.connectionsLabel.setObjectName(u"connectionsLabel")

        self.bodyLayout.addWidget(self.connectionsLabel)

        self.connections = QListWidget(self.scrollBody)
        self.connections.setObjectName(u"connections")
        self.connections.setMinimumSize(QSize(0, 120))
        self.connections.setMaximumSize(QSize(16777215, 180))

        self.bodyLayout.addWidget(self.connections)

        self.privateBox = QGroupBox(self.scrollBody)
        self.privateBox.setObjectName(u"privateBox")
        self.privateLayout = QVBoxLayout(self.privateBox)
        self.privateLayout.setObjectName(u"privateLayout")
        self.privateNotes = QPlainTextEdit(self.privateBox)
        self.privateNotes.setObjectName(u"privateNotes")
        self.privateNotes.setMaximumSize(QSize(16777215, 70))
        self.privateNotes.setTabChangesFocus(True)

        self.privateLayout.addWidget(self.privateNotes)


        self.bodyLayout.addWidget(self.privateBox)

        self.scroll.setWidget(self.scrollBody)

        self.planLayout.addWidget(self.scroll)

        self.tabs.addTab(self.planTab, "")
        self.filesTab = QWidget()
        self.filesTab.setObjectName(u"filesTab")
        self.filesLayout = QVBoxLayout(self.filesTab)
        self.filesLayout.setObjectName(u"filesLayout")
        self.filesHint = QLabel(self.filesTab)
        self.filesHint.setObjectName(u"filesHint")
        self.filesHint.setWordWrap(True)

        self.filesLayout.addWidget(self.filesHint)

        self.files = QListWidget(self.filesTab)
        self.files.setObjectName(u"files")

        self.filesLayout.addWidget(self.files)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.addFile = QPushButton(self.filesTab)
        self.addFile.setObjectName(u"addFile")

        self.fileButtons.addWidget(self.addFile)

        self.openFile = QPushButton(self.filesTab)
        self.openFile.setObjectName(u"openFile")

        self.fileButtons.addWidget(self.openFile)

        self.saveFile = QPushButton(self.filesTab)
        self.saveFile.setObjectName(u"saveFile")

        self.fileButtons.addWidget(self.saveFile)

        self.removeFile = QPushButton(self.filesTab)
        self.removeFile.setObjectName(u"removeFile")

        self.fileButtons.addWidget(self.removeFile)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.fileSpacer)


        self.filesLayout.addLayout(self.fileButtons)

        self.tabs.addTab(self.filesTab, "")
        self.versionsTab = QWidget()
        self.versionsTab.setObjectName(u"versionsTab")
        self.versionsLayout = QVBoxLayout(self.versionsTab)
        self.versionsLayout.setObjectName(u"versionsLayout")
        self.versionRow = QHBoxLayout()
        self.versionRow.setObjectName(u"versionRow")
        self.versionNote = QLineEdit(self.versionsTab)
        self.versionNote.setObjectName(u"versionNote")

        self.versionRow.addWidget(self.versionNote)

        self.saveVersion = QPushButton(self.versionsTab)
        self.saveVersion.setObjectName(u"saveVersion")

        self.versionRow.addWidget(self.saveVersion)

        self.versionRow.setStretch(0, 1)

        self.versionsLayout.addLayout(self.versionRow)

        self.versions = QListWidget(self.versionsTab)
        self.versions.setObjectName(u"versions")
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.versionsLayout.addWidget(self.versions)

        self.compareRow = QHBoxLayout()
        self.compareRow.setObjectName(u"compareRow")
        self.compare = QPushButton(self.versionsTab)
        self.compare.setObjectName(u"compare")

        self.compareRow.addWidget(self.compare)

        self.compareHint = QLabel(self.versionsTab)
        self.compareHint.setObjectName(u"compareHint")
        self.compareHint.setWordWrap(True)

        self.compareRow.addWidget(self.compareHint)


        self.versionsLayout.addLayout(self.compareRow)

        self.tabs.addTab(self.versionsTab, "")
        self.reviewsTab = QWidget()
        self.reviewsTab.setObjectName(u"reviewsTab")
        self.reviewsLayout = QVBoxLayout(self.reviewsTab)
        self.reviewsLayout.setObjectName(u"reviewsLayout")
        self.roundForm = QFormLayout()
        self.roundForm.setObjectName(u"roundForm")
        self.protocolLabel = QLabel(self.reviewsTab)
        self.protocolLabel.setObjectName(u"protocolLabel")

        self.roundForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.protocolLabel)

        self.protocol = QComboBox(self.reviewsTab)
        self.protocol.setObjectName(u"protocol")
        self.protocol.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.protocol.setMinimumContentsLength(12)

        self.roundForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.protocol)

        self.questionLabel = QLabel(self.reviewsTab)
        self.questionLabel.setObjectName(u"questionLabel")

        self.roundForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.question = QLineEdit(self.reviewsTab)
        self.question.setObjectName(u"question")

        self.roundForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.question)

        self.startRound = QPushButton(self.reviewsTab)
        self.startRound.setObjectName(u"startRound")

        self.roundForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startRound)


        self.reviewsLayout.addLayout(self.roundForm)

        self.protocolAbout = QLabel(self.reviewsTab)
        self.protocolAbout.setObjectName(u"protocolAbout")
        self.protocolAbout.setWordWrap(True)

        self.reviewsLayout.addWidget(self.protocolAbout)

        self.roundsLabel = QLabel(self.reviewsTab)
        self.roundsLabel.setObjectName(u"roundsLabel")

        self.reviewsLayout.addWidget(self.roundsLabel)

        self.rounds = QListWidget(self.reviewsTab)
        self.rounds.setObjectName(u"rounds")
        self.rounds.setWordWrap(True)

        self.reviewsLayout.addWidget(self.rounds)

        self.tabs.addTab(self.reviewsTab, "")

        self.outer.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.authorsLabel.setBuddy(self.authors)
        self.gradeBandLabel.setBuddy(self.gradeBand)
        self.subjectsLabel.setBuddy(self.subjects)
        self.durationLabel.setBuddy(self.durationMinutes)
        self.tagsLabel.setBuddy(self.tags)
        self.originLabel.setBuddy(self.originKind)
        self.summaryLabel.setBuddy(self.summary)
        self.objectivesLabel.setBuddy(self.objectives)
        self.materialsLabel.setBuddy(self.materials)
        self.bodyLabel.setBuddy(self.body)
        self.connectionsLabel.setBuddy(self.connections)
        self.protocolLabel.setBuddy(self.protocol)
        self.questionLabel.setBuddy(self.question)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newVersion, self.newRound)
        QWidget.setTabOrder(self.newRound, self.share)
        QWidget.setTabOrder(self.share, self.pdf)
        QWidget.setTabOrder(self.pdf, self.tabs)
        QWidget.setTabOrder(self.tabs, self.title)
        QWidget.setTabOrder(self.title, self.authors)
        QWidget.setTabOrder(self.authors, self.newAuthor)
        QWidget.setTabOrder(self.newAuthor, self.addAuthor)
        QWidget.setTabOrder(self.addAuthor, self.removeAuthor)
        QWidget.setTabOrder(self.removeAuthor, self.gradeBand)
        QWidget.setTabOrder(self.gradeBand, self.subjects)
        QWidget.setTabOrder(self.subjects, self.durationMinutes)
        QWidget.setTabOrder(self.durationMinutes, self.tags)
        QWidget.setTabOrder(self.tags, self.originKind)
        QWidget.setTabOrder(self.originKind, self.originItem)
        QWidget.setTabOrder(self.originItem, self.originNote)
        QWidget.setTabOrder(self.originNote, self.summary)
        QWidget.setTabOrder(self.summary, self.objectives)
        QWidget.setTabOrder(self.objectives, self.materials)
        QWidget.setTabOrder(self.materials, self.body)
        QWidget.setTabOrder(self.body, self.connections)
        QWidget.setTabOrder(self.connections, self.privateNotes)
        QWidget.setTabOrder(self.privateNotes, self.files)
        QWidget.setTabOrder(self.files, self.addFile)
        QWidget.setTabOrder(self.addFile, self.openFile)
        QWidget.setTabOrder(self.openFile, self.saveFile)
        QWidget.setTabOrder(self.saveFile, self.removeFile)
        QWidget.setTabOrder(self.removeFile, self.versionNote)
        QWidget.setTabOrder(self.versionNote, self.saveVersion)
        QWidget.setTabOrder(self.saveVersion, self.versions)
        QWidget.setTabOrder(self.versions, self.compare)
        QWidget.setTabOrder(self.compare, self.protocol)
        QWidget.setTabOrder(self.protocol, self.question)
        QWidget.setTabOrder(self.question, self.startRound)
        QWidget.setTabOrder(self.startRound, self.rounds)

        self.retranslateUi(LessonPlanPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(LessonPlanPage)
    # setupUi

    def retranslateUi(self, LessonPlanPage):
        self.heading.setText(QCoreApplication.translate("LessonPlanPage", u"No lesson plan selected", None))
        self.status.setText("")
        self.newVersion.setText(QCoreApplication.translate("LessonPlanPage", u"New &version\u2026", None))
#if QT_CONFIG(tooltip)
        self.newVersion.setToolTip(QCoreApplication.translate("LessonPlanPage", u"Keep the plan as it is now as its next version", None))
#endif // QT_CONFIG(tooltip)
        self.newRound.setText(QCoreApplication.translate("LessonPlanPage", u"Re&view\u2026", None))
#if QT_CONFIG(tooltip)
        self.newRound.setToolTip(QCoreApplication.translate("LessonPlanPage", u"Start a review round on the latest version", None))
#endif // QT_CONFIG(tooltip)
        self.share.setText(QCoreApplication.translate("LessonPlanPage", u"S&hare\u2026", None))
#if QT_CONFIG(tooltip)
        self.share.setToolTip(QCoreApplication.translate("LessonPlanPage", u"Save the plan with its versions and files for another STEM Lead (no reviews, no private notes)", None))
#endif // QT_CONFIG(tooltip)
        self.pdf.setText(QCoreApplication.translate("LessonPlanPage", u"&PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdf.setToolTip(QCoreApplication.translate("LessonPlanPage", u"Preview the plan as a handout, then save it (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.titleLabel.setText(QCoreApplication.translate("LessonPlanPage", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.authorsLabel.setText(QCoreApplication.translate("LessonPlanPage", u"&Authors", None))
#if QT_CONFIG(accessibility)
        self.authors.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Authors", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newAuthor.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Teacher to add as an author", None))
#endif // QT_CONFIG(accessibility)
        self.addAuthor.setText(QCoreApplication.translate("LessonPlanPage", u"Add", None))
#if QT_CONFIG(tooltip)
        self.addAuthor.setToolTip(QCoreApplication.translate("LessonPlanPage", u"Add the teacher chosen on the left as an author (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.removeAuthor.setText(QCoreApplication.translate("LessonPlanPage", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.removeAuthor.setToolTip(QCoreApplication.translate("LessonPlanPage", u"Remove the selected author (a plan keeps at least one)", None))
#endif // QT_CONFIG(tooltip)
        self.gradeBandLabel.setText(QCoreApplication.translate("LessonPlanPage", u"&Grade band", None))
#if QT_CONFIG(accessibility)
        self.gradeBand.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Grade band", None))
#endif // QT_CONFIG(accessibility)
        self.subjectsLabel.setText(QCoreApplication.translate("LessonPlanPage", u"S&ubjects", None))
        self.subjects.setPlaceholderText(QCoreApplication.translate("LessonPlanPage", u"Science, Math, Art, Social Studies\u2026", None))
#if QT_CONFIG(accessibility)
        self.subjects.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Subjects, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.durationLabel.setText(QCoreApplication.translate("LessonPlanPage", u"&Duration", None))
#if QT_CONFIG(accessibility)
        self.durationMinutes.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.durationMinutes.setSuffix(QCoreApplication.translate("LessonPlanPage", u" min", None))
        self.tagsLabel.setText(QCoreApplication.translate("LessonPlanPage", u"Free ta&gs", None))
        self.tags.setPlaceholderText(QCoreApplication.translate("LessonPlanPage", u"structures, local history\u2026", None))
#if QT_CONFIG(accessibility)
        self.tags.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Free tags, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.originLabel.setText(QCoreApplication.translate("LessonPlanPage", u"Came &from", None))
#if QT_CONFIG(accessibility)
        self.originKind.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Where the plan came from", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.originItem.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Which meeting, cycle or partner", None))
#endif // QT_CONFIG(accessibility)
        self.originNote.setPlaceholderText(QCoreApplication.translate("LessonPlanPage", u"e.g. Summer internship at the water lab", None))
#if QT_CONFIG(accessibility)
        self.originNote.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Where it came from, in words", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("LessonPlanPage", u"&Summary", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setPlaceholderText(QCoreApplication.translate("LessonPlanPage", u"What students do and why, in two sentences", None))
        self.objectivesLabel.setText(QCoreApplication.translate("LessonPlanPage", u"&Objectives", None))
#if QT_CONFIG(accessibility)
        self.objectives.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Objectives", None))
#endif // QT_CONFIG(accessibility)
        self.objectives.setPlaceholderText(QCoreApplication.translate("LessonPlanPage", u"- Students will explain\u2026", None))
        self.materialsLabel.setText(QCoreApplication.translate("LessonPlanPage", u"&Materials", None))
#if QT_CONFIG(accessibility)
        self.materials.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Materials", None))
#endif // QT_CONFIG(accessibility)
        self.bodyLabel.setText(QCoreApplication.translate("LessonPlanPage", u"The &lesson \u2014 headings with #, lists with - or 1.", None))
#if QT_CONFIG(accessibility)
        self.body.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"The lesson", None))
#endif // QT_CONFIG(accessibility)
        self.body.setPlaceholderText(QCoreApplication.translate("LessonPlanPage", u"## Engage\n"
"- \u2026", None))
        self.connectionsLabel.setText(QCoreApplication.translate("LessonPlanPage", u"&Connections \u2014 framework tags and other subjects' standards", None))
#if QT_CONFIG(accessibility)
        self.connections.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Framework tags; check the ones the plan connects to", None))
#endif // QT_CONFIG(accessibility)
        self.privateBox.setTitle(QCoreApplication.translate("LessonPlanPage", u"Private notes \u2014 never shared, never on a handout", None))
#if QT_CONFIG(accessibility)
        self.privateNotes.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Private notes, never exported", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.planTab), QCoreApplication.translate("LessonPlanPage", u"Plan", None))
        self.filesHint.setText(QCoreApplication.translate("LessonPlanPage", u"Worksheets, slides and photos are kept inside the database, so they travel with the plan.", None))
#if QT_CONFIG(accessibility)
        self.files.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Files of the plan", None))
#endif // QT_CONFIG(accessibility)
        self.addFile.setText(QCoreApplication.translate("LessonPlanPage", u"Add\u2026", None))
        self.openFile.setText(QCoreApplication.translate("LessonPlanPage", u"Open", None))
#if QT_CONFIG(tooltip)
        self.openFile.setToolTip(QCoreApplication.translate("LessonPlanPage", u"Open with the system's viewer (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.saveFile.setText(QCoreApplication.translate("LessonPlanPage", u"Save copy\u2026", None))
        self.removeFile.setText(QCoreApplication.translate("LessonPlanPage", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.removeFile.setToolTip(QCoreApplication.translate("LessonPlanPage", u"Into the trash (Delete); Ctrl+Shift+Z brings it back", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.filesTab), QCoreApplication.translate("LessonPlanPage", u"Files", None))
        self.versionNote.setPlaceholderText(QCoreApplication.translate("LessonPlanPage", u"What changed in this version? (Enter keeps it)", None))
#if QT_CONFIG(accessibility)
        self.versionNote.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"What changed in the new version", None))
#endif // QT_CONFIG(accessibility)
        self.saveVersion.setText(QCoreApplication.translate("LessonPlanPage", u"Keep as a new version", None))
#if QT_CONFIG(accessibility)
        self.versions.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Versions kept, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.compare.setText(QCoreApplication.translate("LessonPlanPage", u"Compare\u2026", None))
#if QT_CONFIG(tooltip)
        self.compare.setToolTip(QCoreApplication.translate("LessonPlanPage", u"Select two versions (or one, to compare it with the working copy)", None))
#endif // QT_CONFIG(tooltip)
        self.compareHint.setText(QCoreApplication.translate("LessonPlanPage", u"Select two versions to compare them, or one to compare it with the working copy.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.versionsTab), QCoreApplication.translate("LessonPlanPage", u"Versions", None))
        self.protocolLabel.setText(QCoreApplication.translate("LessonPlanPage", u"Pr&otocol", None))
#if QT_CONFIG(accessibility)
        self.protocol.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Review protocol", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.protocol.setToolTip(QCoreApplication.translate("LessonPlanPage", u"The round reviews the latest version (the working copy is kept as one first if it changed)", None))
#endif // QT_CONFIG(tooltip)
        self.questionLabel.setText(QCoreApplication.translate("LessonPlanPage", u"Focusing &question", None))
        self.question.setPlaceholderText(QCoreApplication.translate("LessonPlanPage", u"What the author most wants help with (Enter starts the round)", None))
#if QT_CONFIG(accessibility)
        self.question.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"The presenter's focusing question", None))
#endif // QT_CONFIG(accessibility)
        self.startRound.setText(QCoreApplication.translate("LessonPlanPage", u"Start the round", None))
        self.protocolAbout.setText("")
        self.roundsLabel.setText(QCoreApplication.translate("LessonPlanPage", u"Rounds so far (Enter opens one, Delete removes it with undo)", None))
#if QT_CONFIG(accessibility)
        self.rounds.setAccessibleName(QCoreApplication.translate("LessonPlanPage", u"Review rounds of this plan; Enter opens one", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.reviewsTab), QCoreApplication.translate("LessonPlanPage", u"Reviews", None))
        pass
    # retranslateUi

