# Generated from ui/cycle_detail.ui by stemlead.gui.forms.compile; do not edit.

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
    QVBoxLayout, QWidget)

from stemlead.gui.widgets.dates import DateBox
from stemlead.gui.widgets.elided_label import ElidedLabel

class Ui_CycleDetail(object):
    def setupUi(self, CycleDetail):
        if not CycleDetail.objectName():
            CycleDetail.setObjectName(u"CycleDetail")
        self.outer = QVBoxLayout(CycleDetail)
        self.outer.setObjectName(u"outer")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.back = QPushButton(CycleDetail)
        self.back.setObjectName(u"back")

        self.top.addWidget(self.back)

        self.heading = ElidedLabel(CycleDetail)
        self.heading.setObjectName(u"heading")

        self.top.addWidget(self.heading)

        self.top.setStretch(1, 1)

        self.outer.addLayout(self.top)

        self.scroll = QScrollArea(CycleDetail)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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

        self.teachersLabel = QLabel(self.scrollBody)
        self.teachersLabel.setObjectName(u"teachersLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.teachersLabel)

        self.teachers = QLabel(self.scrollBody)
        self.teachers.setObjectName(u"teachers")
        self.teachers.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.teachers)

        self.stageLabel = QLabel(self.scrollBody)
        self.stageLabel.setObjectName(u"stageLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageRow = QHBoxLayout()
        self.stageRow.setObjectName(u"stageRow")
        self.stage = QComboBox(self.scrollBody)
        self.stage.setObjectName(u"stage")

        self.stageRow.addWidget(self.stage)

        self.nextStage = QPushButton(self.scrollBody)
        self.nextStage.setObjectName(u"nextStage")

        self.stageRow.addWidget(self.nextStage)

        self.stageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stageRow.addItem(self.stageSpacer)

        self.stageRow.setStretch(2, 1)

        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.stageRow)

        self.startedLabel = QLabel(self.scrollBody)
        self.startedLabel.setObjectName(u"startedLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startedLabel)

        self.startedOn = DateBox(self.scrollBody)
        self.startedOn.setObjectName(u"startedOn")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startedOn)

        self.targetLabel = QLabel(self.scrollBody)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetEndOn = DateBox(self.scrollBody)
        self.targetEndOn.setObjectName(u"targetEndOn")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.targetEndOn)


        self.bodyLayout.addLayout(self.form)

        self.goalLabel = QLabel(self.scrollBody)
        self.goalLabel.setObjectName(u"goalLabel")

        self.bodyLayout.addWidget(self.goalLabel)

        self.goal = QPlainTextEdit(self.scrollBody)
        self.goal.setObjectName(u"goal")
        self.goal.setMaximumSize(QSize(16777215, 96))
        self.goal.setTabChangesFocus(True)

        self.bodyLayout.addWidget(self.goal)

        self.criteriaLabel = QLabel(self.scrollBody)
        self.criteriaLabel.setObjectName(u"criteriaLabel")

        self.bodyLayout.addWidget(self.criteriaLabel)

        self.successCriteria = QPlainTextEdit(self.scrollBody)
        self.successCriteria.setObjectName(u"successCriteria")
        self.successCriteria.setMaximumSize(QSize(16777215, 96))
        self.successCriteria.setTabChangesFocus(True)

        self.bodyLayout.addWidget(self.successCriteria)

        self.strategyLabel = QLabel(self.scrollBody)
        self.strategyLabel.setObjectName(u"strategyLabel")

        self.bodyLayout.addWidget(self.strategyLabel)

        self.strategy = QPlainTextEdit(self.scrollBody)
        self.strategy.setObjectName(u"strategy")
        self.strategy.setMaximumSize(QSize(16777215, 96))
        self.strategy.setTabChangesFocus(True)

        self.bodyLayout.addWidget(self.strategy)

        self.observationsLabel = QLabel(self.scrollBody)
        self.observationsLabel.setObjectName(u"observationsLabel")

        self.bodyLayout.addWidget(self.observationsLabel)

        self.observations = QListWidget(self.scrollBody)
        self.observations.setObjectName(u"observations")
        self.observations.setMaximumSize(QSize(16777215, 110))

        self.bodyLayout.addWidget(self.observations)

        self.actionItemsLabel = QLabel(self.scrollBody)
        self.actionItemsLabel.setObjectName(u"actionItemsLabel")

        self.bodyLayout.addWidget(self.actionItemsLabel)

        self.actionItems = QListWidget(self.scrollBody)
        self.actionItems.setObjectName(u"actionItems")
        self.actionItems.setMaximumSize(QSize(16777215, 110))

        self.bodyLayout.addWidget(self.actionItems)

        self.timeBox = QGroupBox(self.scrollBody)
        self.timeBox.setObjectName(u"timeBox")
        self.timeLayout = QVBoxLayout(self.timeBox)
        self.timeLayout.setObjectName(u"timeLayout")
        self.timeEntry = QHBoxLayout()
        self.timeEntry.setObjectName(u"timeEntry")
        self.minutes = QSpinBox(self.timeBox)
        self.minutes.setObjectName(u"minutes")
        self.minutes.setMinimum(1)
        self.minutes.setMaximum(1440)
        self.minutes.setValue(30)

        self.timeEntry.addWidget(self.minutes)

        self.activity = QComboBox(self.timeBox)
        self.activity.setObjectName(u"activity")

        self.timeEntry.addWidget(self.activity)

        self.timeNote = QLineEdit(self.timeBox)
        self.timeNote.setObjectName(u"timeNote")

        self.timeEntry.addWidget(self.timeNote)

        self.addTime = QPushButton(self.timeBox)
        self.addTime.setObjectName(u"addTime")

        self.timeEntry.addWidget(self.addTime)


        self.timeLayout.addLayout(self.timeEntry)

        self.timeTotal = QLabel(self.timeBox)
        self.timeTotal.setObjectName(u"timeTotal")

        self.timeLayout.addWidget(self.timeTotal)

        self.timeLog = QListWidget(self.timeBox)
        self.timeLog.setObjectName(u"timeLog")

        self.timeLayout.addWidget(self.timeLog)


        self.bodyLayout.addWidget(self.timeBox)

        self.timelineLabel = QLabel(self.scrollBody)
        self.timelineLabel.setObjectName(u"timelineLabel")

        self.bodyLayout.addWidget(self.timelineLabel)

        self.timeline = QListWidget(self.scrollBody)
        self.timeline.setObjectName(u"timeline")

        self.bodyLayout.addWidget(self.timeline)

        self.reflectionsLabel = QLabel(self.scrollBody)
        self.reflectionsLabel.setObjectName(u"reflectionsLabel")

        self.bodyLayout.addWidget(self.reflectionsLabel)

        self.reflections = QPlainTextEdit(self.scrollBody)
        self.reflections.setObjectName(u"reflections")
        self.reflections.setMaximumSize(QSize(16777215, 140))
        self.reflections.setTabChangesFocus(True)

        self.bodyLayout.addWidget(self.reflections)

        self.privateBox = QGroupBox(self.scrollBody)
        self.privateBox.setObjectName(u"privateBox")
        self.privateLayout = QVBoxLayout(self.privateBox)
        self.privateLayout.setObjectName(u"privateLayout")
        self.privateHint = QLabel(self.privateBox)
        self.privateHint.setObjectName(u"privateHint")
        self.privateHint.setWordWrap(True)

        self.privateLayout.addWidget(self.privateHint)

        self.privateNotes = QPlainTextEdit(self.privateBox)
        self.privateNotes.setObjectName(u"privateNotes")
        self.privateNotes.setMaximumSize(QSize(16777215, 120))
        self.privateNotes.setTabChangesFocus(True)

        self.privateLayout.addWidget(self.privateNotes)


        self.bodyLayout.addWidget(self.privateBox)

        self.scroll.setWidget(self.scrollBody)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.stageLabel.setBuddy(self.stage)
        self.startedLabel.setBuddy(self.startedOn)
        self.targetLabel.setBuddy(self.targetEndOn)
        self.goalLabel.setBuddy(self.goal)
        self.criteriaLabel.setBuddy(self.successCriteria)
        self.strategyLabel.setBuddy(self.strategy)
        self.observationsLabel.setBuddy(self.observations)
        self.actionItemsLabel.setBuddy(self.actionItems)
        self.reflectionsLabel.setBuddy(self.reflections)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.back, self.title)
        QWidget.setTabOrder(self.title, self.stage)
        QWidget.setTabOrder(self.stage, self.nextStage)
        QWidget.setTabOrder(self.nextStage, self.startedOn)
        QWidget.setTabOrder(self.startedOn, self.targetEndOn)
        QWidget.setTabOrder(self.targetEndOn, self.goal)
        QWidget.setTabOrder(self.goal, self.successCriteria)
        QWidget.setTabOrder(self.successCriteria, self.strategy)
        QWidget.setTabOrder(self.strategy, self.observations)
        QWidget.setTabOrder(self.observations, self.actionItems)
        QWidget.setTabOrder(self.actionItems, self.minutes)
        QWidget.setTabOrder(self.minutes, self.activity)
        QWidget.setTabOrder(self.activity, self.timeNote)
        QWidget.setTabOrder(self.timeNote, self.addTime)
        QWidget.setTabOrder(self.addTime, self.timeLog)
        QWidget.setTabOrder(self.timeLog, self.timeline)
        QWidget.setTabOrder(self.timeline, self.reflections)
        QWidget.setTabOrder(self.reflections, self.privateNotes)

        self.retranslateUi(CycleDetail)

        QMetaObject.connectSlotsByName(CycleDetail)
    # setupUi

    def retranslateUi(self, CycleDetail):
        self.back.setText(QCoreApplication.translate("CycleDetail", u"\u2190 All cycles", None))
#if QT_CONFIG(tooltip)
        self.back.setToolTip(QCoreApplication.translate("CycleDetail", u"Back to the board (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.heading.setText(QCoreApplication.translate("CycleDetail", u"Coaching cycle", None))
        self.titleLabel.setText(QCoreApplication.translate("CycleDetail", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("CycleDetail", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.teachersLabel.setText(QCoreApplication.translate("CycleDetail", u"Teachers", None))
        self.stageLabel.setText(QCoreApplication.translate("CycleDetail", u"&Stage", None))
#if QT_CONFIG(accessibility)
        self.stage.setAccessibleName(QCoreApplication.translate("CycleDetail", u"Stage", None))
#endif // QT_CONFIG(accessibility)
        self.nextStage.setText(QCoreApplication.translate("CycleDetail", u"Next stage", None))
#if QT_CONFIG(tooltip)
        self.nextStage.setToolTip(QCoreApplication.translate("CycleDetail", u"Move to the next stage (Alt+Shift+\u2192)", None))
#endif // QT_CONFIG(tooltip)
        self.startedLabel.setText(QCoreApplication.translate("CycleDetail", u"St&arted", None))
#if QT_CONFIG(accessibility)
        self.startedOn.setAccessibleName(QCoreApplication.translate("CycleDetail", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.targetLabel.setText(QCoreApplication.translate("CycleDetail", u"Ta&rget end", None))
#if QT_CONFIG(accessibility)
        self.targetEndOn.setAccessibleName(QCoreApplication.translate("CycleDetail", u"Target end date", None))
#endif // QT_CONFIG(accessibility)
        self.goalLabel.setText(QCoreApplication.translate("CycleDetail", u"G&oal \u2014 what students will know or do", None))
#if QT_CONFIG(accessibility)
        self.goal.setAccessibleName(QCoreApplication.translate("CycleDetail", u"Goal", None))
#endif // QT_CONFIG(accessibility)
        self.goal.setPlaceholderText(QCoreApplication.translate("CycleDetail", u"Students will\u2026", None))
        self.criteriaLabel.setText(QCoreApplication.translate("CycleDetail", u"S&uccess criteria \u2014 how we will know", None))
#if QT_CONFIG(accessibility)
        self.successCriteria.setAccessibleName(QCoreApplication.translate("CycleDetail", u"Success criteria", None))
#endif // QT_CONFIG(accessibility)
        self.strategyLabel.setText(QCoreApplication.translate("CycleDetail", u"Strateg&y \u2014 the teaching move we are trying", None))
#if QT_CONFIG(accessibility)
        self.strategy.setAccessibleName(QCoreApplication.translate("CycleDetail", u"Strategy", None))
#endif // QT_CONFIG(accessibility)
        self.observationsLabel.setText(QCoreApplication.translate("CycleDetail", u"Classroom &visits in this cycle", None))
#if QT_CONFIG(accessibility)
        self.observations.setAccessibleName(QCoreApplication.translate("CycleDetail", u"Observations in this cycle", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.observations.setToolTip(QCoreApplication.translate("CycleDetail", u"Enter opens the visit; a visit joins this cycle from its own page", None))
#endif // QT_CONFIG(tooltip)
        self.actionItemsLabel.setText(QCoreApplication.translate("CycleDetail", u"Act&ion items and next steps (open first)", None))
#if QT_CONFIG(accessibility)
        self.actionItems.setAccessibleName(QCoreApplication.translate("CycleDetail", u"Action items of this cycle", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.actionItems.setToolTip(QCoreApplication.translate("CycleDetail", u"Enter opens the action item", None))
#endif // QT_CONFIG(tooltip)
        self.timeBox.setTitle(QCoreApplication.translate("CycleDetail", u"Time spent", None))
#if QT_CONFIG(accessibility)
        self.minutes.setAccessibleName(QCoreApplication.translate("CycleDetail", u"Minutes to add", None))
#endif // QT_CONFIG(accessibility)
        self.minutes.setSuffix(QCoreApplication.translate("CycleDetail", u" min", None))
#if QT_CONFIG(accessibility)
        self.activity.setAccessibleName(QCoreApplication.translate("CycleDetail", u"Activity", None))
#endif // QT_CONFIG(accessibility)
        self.timeNote.setPlaceholderText(QCoreApplication.translate("CycleDetail", u"Note (optional) \u2014 Enter adds the time", None))
#if QT_CONFIG(accessibility)
        self.timeNote.setAccessibleName(QCoreApplication.translate("CycleDetail", u"Time note", None))
#endif // QT_CONFIG(accessibility)
        self.addTime.setText(QCoreApplication.translate("CycleDetail", u"Add time", None))
#if QT_CONFIG(tooltip)
        self.addTime.setToolTip(QCoreApplication.translate("CycleDetail", u"Ctrl+T", None))
#endif // QT_CONFIG(tooltip)
        self.timeTotal.setText("")
#if QT_CONFIG(accessibility)
        self.timeLog.setAccessibleName(QCoreApplication.translate("CycleDetail", u"Time log", None))
#endif // QT_CONFIG(accessibility)
        self.timelineLabel.setText(QCoreApplication.translate("CycleDetail", u"Stage timeline", None))
#if QT_CONFIG(accessibility)
        self.timeline.setAccessibleName(QCoreApplication.translate("CycleDetail", u"Stage timeline", None))
#endif // QT_CONFIG(accessibility)
        self.reflectionsLabel.setText(QCoreApplication.translate("CycleDetail", u"Ref&lections", None))
#if QT_CONFIG(accessibility)
        self.reflections.setAccessibleName(QCoreApplication.translate("CycleDetail", u"Reflections", None))
#endif // QT_CONFIG(accessibility)
        self.privateBox.setTitle(QCoreApplication.translate("CycleDetail", u"Private notes \u2014 only you see these", None))
        self.privateHint.setText(QCoreApplication.translate("CycleDetail", u"Never on a handout or in a report.", None))
#if QT_CONFIG(accessibility)
        self.privateNotes.setAccessibleName(QCoreApplication.translate("CycleDetail", u"Private notes, never exported", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

