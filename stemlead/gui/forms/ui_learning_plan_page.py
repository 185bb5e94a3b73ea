# Generated from ui/learning_plan_page.ui by stemlead.gui.forms.compile; do not edit.

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
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from stemlead.gui.widgets.dates import DateBox

class Ui_LearningPlanPage(object):
    def setupUi(self, LearningPlanPage):
        if not LearningPlanPage.objectName():
            LearningPlanPage.setObjectName(u"LearningPlanPage")
        self.outer = QVBoxLayout(LearningPlanPage)
        self.outer.setObjectName(u"outer")
        self.heading = QLabel(LearningPlanPage)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outer.addWidget(self.heading)

        self.summaryRow = QHBoxLayout()
        self.summaryRow.setObjectName(u"summaryRow")
        self.summary = QLabel(LearningPlanPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.summaryRow.addWidget(self.summary)

        self.planPdf = QPushButton(LearningPlanPage)
        self.planPdf.setObjectName(u"planPdf")

        self.summaryRow.addWidget(self.planPdf)


        self.outer.addLayout(self.summaryRow)

        self.scroll = QScrollArea(LearningPlanPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.areasLabel = QLabel(self.body)
        self.areasLabel.setObjectName(u"areasLabel")

        self.bodyLayout.addWidget(self.areasLabel)

        self.areaButtons = QHBoxLayout()
        self.areaButtons.setObjectName(u"areaButtons")
        self.areaChoice = QComboBox(self.body)
        self.areaChoice.setObjectName(u"areaChoice")
        self.areaChoice.setEditable(True)

        self.areaButtons.addWidget(self.areaChoice)

        self.addArea = QPushButton(self.body)
        self.addArea.setObjectName(u"addArea")

        self.areaButtons.addWidget(self.addArea)

        self.fromWords = QPushButton(self.body)
        self.fromWords.setObjectName(u"fromWords")

        self.areaButtons.addWidget(self.fromWords)

        self.deleteArea = QPushButton(self.body)
        self.deleteArea.setObjectName(u"deleteArea")

        self.areaButtons.addWidget(self.deleteArea)


        self.bodyLayout.addLayout(self.areaButtons)

        self.areaList = QListWidget(self.body)
        self.areaList.setObjectName(u"areaList")
        self.areaList.setMaximumSize(QSize(16777215, 100))

        self.bodyLayout.addWidget(self.areaList)

        self.areaForm = QFormLayout()
        self.areaForm.setObjectName(u"areaForm")
        self.areaLabel = QLabel(self.body)
        self.areaLabel.setObjectName(u"areaLabel")

        self.areaForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QLineEdit(self.body)
        self.area.setObjectName(u"area")

        self.areaForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.area)

        self.wordsLabel = QLabel(self.body)
        self.wordsLabel.setObjectName(u"wordsLabel")

        self.areaForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.wordsLabel)

        self.inTheirWords = QPlainTextEdit(self.body)
        self.inTheirWords.setObjectName(u"inTheirWords")
        self.inTheirWords.setTabChangesFocus(True)
        self.inTheirWords.setMaximumSize(QSize(16777215, 56))

        self.areaForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.inTheirWords)


        self.bodyLayout.addLayout(self.areaForm)

        self.itemsLabel = QLabel(self.body)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.bodyLayout.addWidget(self.itemsLabel)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.addOffering = QPushButton(self.body)
        self.addOffering.setObjectName(u"addOffering")

        self.itemButtons.addWidget(self.addOffering)

        self.addOwn = QPushButton(self.body)
        self.addOwn.setObjectName(u"addOwn")

        self.itemButtons.addWidget(self.addOwn)

        self.deleteItem = QPushButton(self.body)
        self.deleteItem.setObjectName(u"deleteItem")

        self.itemButtons.addWidget(self.deleteItem)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.itemSpacer)


        self.bodyLayout.addLayout(self.itemButtons)

        self.itemList = QListWidget(self.body)
        self.itemList.setObjectName(u"itemList")
        self.itemList.setMaximumSize(QSize(16777215, 100))

        self.bodyLayout.addWidget(self.itemList)

        self.itemBox = QGroupBox(self.body)
        self.itemBox.setObjectName(u"itemBox")
        self.itemForm = QFormLayout(self.itemBox)
        self.itemForm.setObjectName(u"itemForm")
        self.titleLabel = QLabel(self.itemBox)
        self.titleLabel.setObjectName(u"titleLabel")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.itemBox)
        self.title.setObjectName(u"title")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.statusLabel = QLabel(self.itemBox)
        self.statusLabel.setObjectName(u"statusLabel")

        self.itemForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.status = QComboBox(self.itemBox)
        self.status.setObjectName(u"status")

        self.statusRow.addWidget(self.status)

        self.chosenBy = QComboBox(self.itemBox)
        self.chosenBy.setObjectName(u"chosenBy")

        self.statusRow.addWidget(self.chosenBy)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusRow.addItem(self.statusSpacer)


        self.itemForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.statusRow)

        self.minutesLabel = QLabel(self.itemBox)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.itemForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.hoursRow = QHBoxLayout()
        self.hoursRow.setObjectName(u"hoursRow")
        self.minutes = QLineEdit(self.itemBox)
        self.minutes.setObjectName(u"minutes")
        self.minutes.setMaximumSize(QSize(80, 16777215))

        self.hoursRow.addWidget(self.minutes)

        self.attendedLabel = QLabel(self.itemBox)
        self.attendedLabel.setObjectName(u"attendedLabel")

        self.hoursRow.addWidget(self.attendedLabel)

        self.attendedOn = DateBox(self.itemBox)
        self.attendedOn.setObjectName(u"attendedOn")

        self.hoursRow.addWidget(self.attendedOn)

        self.hoursSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursRow.addItem(self.hoursSpacer)


        self.itemForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.hoursRow)

        self.reflectionLabel = QLabel(self.itemBox)
        self.reflectionLabel.setObjectName(u"reflectionLabel")

        self.itemForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reflectionLabel)

        self.reflection = QPlainTextEdit(self.itemBox)
        self.reflection.setObjectName(u"reflection")
        self.reflection.setTabChangesFocus(True)
        self.reflection.setMaximumSize(QSize(16777215, 60))

        self.itemForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reflection)

        self.evidenceLabel = QLabel(self.itemBox)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.itemForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidenceRow = QHBoxLayout()
        self.evidenceRow.setObjectName(u"evidenceRow")
        self.evidenceList = QListWidget(self.itemBox)
        self.evidenceList.setObjectName(u"evidenceList")
        self.evidenceList.setMaximumSize(QSize(16777215, 64))

        self.evidenceRow.addWidget(self.evidenceList)

        self.evidenceButtons = QVBoxLayout()
        self.evidenceButtons.setObjectName(u"evidenceButtons")
        self.addEvidence = QPushButton(self.itemBox)
        self.addEvidence.setObjectName(u"addEvidence")

        self.evidenceButtons.addWidget(self.addEvidence)

        self.removeEvidence = QPushButton(self.itemBox)
        self.removeEvidence.setObjectName(u"removeEvidence")

        self.evidenceButtons.addWidget(self.removeEvidence)


        self.evidenceRow.addLayout(self.evidenceButtons)


        self.itemForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.evidenceRow)


        self.bodyLayout.addWidget(self.itemBox)

        self.bodyEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bodyLayout.addItem(self.bodyEnd)

        self.scroll.setWidget(self.body)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.areasLabel.setBuddy(self.areaChoice)
        self.areaLabel.setBuddy(self.area)
        self.wordsLabel.setBuddy(self.inTheirWords)
        self.itemsLabel.setBuddy(self.itemList)
        self.titleLabel.setBuddy(self.title)
        self.statusLabel.setBuddy(self.status)
        self.minutesLabel.setBuddy(self.minutes)
        self.attendedLabel.setBuddy(self.attendedOn)
        self.reflectionLabel.setBuddy(self.reflection)
        self.evidenceLabel.setBuddy(self.evidenceList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.planPdf, self.areaChoice)
        QWidget.setTabOrder(self.areaChoice, self.addArea)
        QWidget.setTabOrder(self.addArea, self.fromWords)
        QWidget.setTabOrder(self.fromWords, self.deleteArea)
        QWidget.setTabOrder(self.deleteArea, self.areaList)
        QWidget.setTabOrder(self.areaList, self.area)
        QWidget.setTabOrder(self.area, self.inTheirWords)
        QWidget.setTabOrder(self.inTheirWords, self.addOffering)
        QWidget.setTabOrder(self.addOffering, self.addOwn)
        QWidget.setTabOrder(self.addOwn, self.deleteItem)
        QWidget.setTabOrder(self.deleteItem, self.itemList)
        QWidget.setTabOrder(self.itemList, self.title)
        QWidget.setTabOrder(self.title, self.status)
        QWidget.setTabOrder(self.status, self.chosenBy)
        QWidget.setTabOrder(self.chosenBy, self.minutes)
        QWidget.setTabOrder(self.minutes, self.attendedOn)
        QWidget.setTabOrder(self.attendedOn, self.reflection)
        QWidget.setTabOrder(self.reflection, self.evidenceList)
        QWidget.setTabOrder(self.evidenceList, self.addEvidence)
        QWidget.setTabOrder(self.addEvidence, self.removeEvidence)

        self.retranslateUi(LearningPlanPage)

        QMetaObject.connectSlotsByName(LearningPlanPage)
    # setupUi

    def retranslateUi(self, LearningPlanPage):
        self.heading.setText(QCoreApplication.translate("LearningPlanPage", u"Learning plan", None))
        self.summary.setText("")
        self.planPdf.setText(QCoreApplication.translate("LearningPlanPage", u"Learning plan P&DF\u2026", None))
#if QT_CONFIG(tooltip)
        self.planPdf.setToolTip(QCoreApplication.translate("LearningPlanPage", u"Preview the learning plan handout, then save it as a PDF (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.areasLabel.setText(QCoreApplication.translate("LearningPlanPage", u"Self-identified &growth areas", None))
#if QT_CONFIG(accessibility)
        self.areaChoice.setAccessibleName(QCoreApplication.translate("LearningPlanPage", u"A growth area to add: choose one or type your own", None))
#endif // QT_CONFIG(accessibility)
        self.addArea.setText(QCoreApplication.translate("LearningPlanPage", u"&Add area", None))
        self.fromWords.setText(QCoreApplication.translate("LearningPlanPage", u"From their wo&rds", None))
#if QT_CONFIG(tooltip)
        self.fromWords.setToolTip(QCoreApplication.translate("LearningPlanPage", u"Name the areas the teacher's own growth areas (on their page) point to", None))
#endif // QT_CONFIG(tooltip)
        self.deleteArea.setText(QCoreApplication.translate("LearningPlanPage", u"Delete area", None))
#if QT_CONFIG(tooltip)
        self.deleteArea.setToolTip(QCoreApplication.translate("LearningPlanPage", u"Delete this area and its learning; Ctrl+Shift+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.areaList.setAccessibleName(QCoreApplication.translate("LearningPlanPage", u"Growth areas on this plan", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("LearningPlanPage", u"Area", None))
#if QT_CONFIG(accessibility)
        self.area.setAccessibleName(QCoreApplication.translate("LearningPlanPage", u"Growth area", None))
#endif // QT_CONFIG(accessibility)
        self.wordsLabel.setText(QCoreApplication.translate("LearningPlanPage", u"In their &words", None))
#if QT_CONFIG(accessibility)
        self.inTheirWords.setAccessibleName(QCoreApplication.translate("LearningPlanPage", u"The growth area in the teacher's own words", None))
#endif // QT_CONFIG(accessibility)
        self.itemsLabel.setText(QCoreApplication.translate("LearningPlanPage", u"&Learning for this area", None))
        self.addOffering.setText(QCoreApplication.translate("LearningPlanPage", u"Add from the catalog&ue\u2026", None))
        self.addOwn.setText(QCoreApplication.translate("LearningPlanPage", u"Add their &own", None))
#if QT_CONFIG(tooltip)
        self.addOwn.setToolTip(QCoreApplication.translate("LearningPlanPage", u"Learning that is not in the catalogue (a book, a visit)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteItem.setText(QCoreApplication.translate("LearningPlanPage", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteItem.setToolTip(QCoreApplication.translate("LearningPlanPage", u"Delete this learning; Ctrl+Shift+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.itemList.setAccessibleName(QCoreApplication.translate("LearningPlanPage", u"Learning for this growth area", None))
#endif // QT_CONFIG(accessibility)
        self.itemBox.setTitle(QCoreApplication.translate("LearningPlanPage", u"Learning", None))
        self.titleLabel.setText(QCoreApplication.translate("LearningPlanPage", u"Title", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("LearningPlanPage", u"Learning title", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("LearningPlanPage", u"Status", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("LearningPlanPage", u"Where it stands", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chosenBy.setAccessibleName(QCoreApplication.translate("LearningPlanPage", u"Chosen by the teacher or suggested", None))
#endif // QT_CONFIG(accessibility)
        self.minutesLabel.setText(QCoreApplication.translate("LearningPlanPage", u"Hours", None))
#if QT_CONFIG(accessibility)
        self.minutes.setAccessibleName(QCoreApplication.translate("LearningPlanPage", u"Hours", None))
#endif // QT_CONFIG(accessibility)
        self.attendedLabel.setText(QCoreApplication.translate("LearningPlanPage", u"attended on", None))
#if QT_CONFIG(accessibility)
        self.attendedOn.setAccessibleName(QCoreApplication.translate("LearningPlanPage", u"Attended on", None))
#endif // QT_CONFIG(accessibility)
        self.reflectionLabel.setText(QCoreApplication.translate("LearningPlanPage", u"In their words", None))
#if QT_CONFIG(accessibility)
        self.reflection.setAccessibleName(QCoreApplication.translate("LearningPlanPage", u"The teacher's reflection, in their words", None))
#endif // QT_CONFIG(accessibility)
        self.evidenceLabel.setText(QCoreApplication.translate("LearningPlanPage", u"Where it showed", None))
#if QT_CONFIG(accessibility)
        self.evidenceList.setAccessibleName(QCoreApplication.translate("LearningPlanPage", u"Observations and cycles where it was applied (Enter opens)", None))
#endif // QT_CONFIG(accessibility)
        self.addEvidence.setText(QCoreApplication.translate("LearningPlanPage", u"Link\u2026", None))
#if QT_CONFIG(tooltip)
        self.addEvidence.setToolTip(QCoreApplication.translate("LearningPlanPage", u"Link an observation or a coaching cycle of this teacher where the learning showed", None))
#endif // QT_CONFIG(tooltip)
        self.removeEvidence.setText(QCoreApplication.translate("LearningPlanPage", u"Unlink", None))
        pass
    # retranslateUi

