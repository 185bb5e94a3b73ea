# Generated from ui/observation_capture.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QTableWidget, QTableWidgetItem, QToolButton,
    QVBoxLayout, QWidget)

from stemlead.gui.widgets.elided_label import ElidedLabel

class Ui_ObservationCapture(object):
    def setupUi(self, ObservationCapture):
        if not ObservationCapture.objectName():
            ObservationCapture.setObjectName(u"ObservationCapture")
        self.outer = QVBoxLayout(ObservationCapture)
        self.outer.setObjectName(u"outer")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.back = QPushButton(ObservationCapture)
        self.back.setObjectName(u"back")

        self.top.addWidget(self.back)

        self.heading = ElidedLabel(ObservationCapture)
        self.heading.setObjectName(u"heading")

        self.top.addWidget(self.heading)

        self.clock = QLabel(ObservationCapture)
        self.clock.setObjectName(u"clock")

        self.top.addWidget(self.clock)

        self.endVisit = QPushButton(ObservationCapture)
        self.endVisit.setObjectName(u"endVisit")

        self.top.addWidget(self.endVisit)

        self.top.setStretch(1, 1)

        self.outer.addLayout(self.top)

        self.splitter = QSplitter(ObservationCapture)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.logPane = QWidget(self.splitter)
        self.logPane.setObjectName(u"logPane")
        self.logLayout = QVBoxLayout(self.logPane)
        self.logLayout.setObjectName(u"logLayout")
        self.logLayout.setContentsMargins(0, 0, 0, 0)
        self.log = QTableWidget(self.logPane)
        if (self.log.columnCount() < 4):
            self.log.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.log.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.log.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.log.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.log.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.log.setObjectName(u"log")
        self.log.setTabKeyNavigation(False)
        self.log.setTabKeyNavigation(False)
        self.log.setWordWrap(True)
        self.log.setAlternatingRowColors(True)
        self.log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.log.setShowGrid(False)
        self.log.horizontalHeader().setStretchLastSection(True)
        self.log.verticalHeader().setVisible(False)

        self.logLayout.addWidget(self.log)

        self.inputRow = QHBoxLayout()
        self.inputRow.setObjectName(u"inputRow")
        self.kindChip = QLabel(self.logPane)
        self.kindChip.setObjectName(u"kindChip")

        self.inputRow.addWidget(self.kindChip)

        self.input = QLineEdit(self.logPane)
        self.input.setObjectName(u"input")
        self.input.setClearButtonEnabled(False)

        self.inputRow.addWidget(self.input)


        self.logLayout.addLayout(self.inputRow)

        self.hint = ElidedLabel(self.logPane)
        self.hint.setObjectName(u"hint")

        self.logLayout.addWidget(self.hint)

        self.logLayout.setStretch(0, 1)
        self.splitter.addWidget(self.logPane)
        self.sidePane = QScrollArea(self.splitter)
        self.sidePane.setObjectName(u"sidePane")
        self.sidePane.setFocusPolicy(Qt.NoFocus)
        self.sidePane.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sidePane.setMinimumSize(QSize(240, 0))
        self.sidePane.setWidgetResizable(True)
        self.sidePane.setFrameShape(QFrame.Shape.NoFrame)
        self.sidePane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sideBody = QWidget()
        self.sideBody.setObjectName(u"sideBody")
        self.sideLayout = QVBoxLayout(self.sideBody)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.lookFors = QLabel(self.sideBody)
        self.lookFors.setObjectName(u"lookFors")
        self.lookFors.setWordWrap(True)

        self.sideLayout.addWidget(self.lookFors)

        self.cycleRow = QHBoxLayout()
        self.cycleRow.setObjectName(u"cycleRow")
        self.cycleLabel = QLabel(self.sideBody)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.cycleRow.addWidget(self.cycleLabel)

        self.cycle = QComboBox(self.sideBody)
        self.cycle.setObjectName(u"cycle")
        self.cycle.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.cycle.setMinimumContentsLength(6)

        self.cycleRow.addWidget(self.cycle)

        self.openCycle = QToolButton(self.sideBody)
        self.openCycle.setObjectName(u"openCycle")

        self.cycleRow.addWidget(self.openCycle)

        self.cycleRow.setStretch(1, 1)

        self.sideLayout.addLayout(self.cycleRow)

        self.focusLabel = QLabel(self.sideBody)
        self.focusLabel.setObjectName(u"focusLabel")
        self.focusLabel.setWordWrap(True)

        self.sideLayout.addWidget(self.focusLabel)

        self.focus = QPlainTextEdit(self.sideBody)
        self.focus.setObjectName(u"focus")
        self.focus.setTabChangesFocus(True)
        self.focus.setMinimumSize(QSize(0, 44))
        self.focus.setMaximumSize(QSize(16777215, 80))

        self.sideLayout.addWidget(self.focus)

        self.nextStepsLabel = QLabel(self.sideBody)
        self.nextStepsLabel.setObjectName(u"nextStepsLabel")
        self.nextStepsLabel.setWordWrap(True)

        self.sideLayout.addWidget(self.nextStepsLabel)

        self.nextSteps = QListWidget(self.sideBody)
        self.nextSteps.setObjectName(u"nextSteps")
        self.nextSteps.setWordWrap(True)
        self.nextSteps.setMinimumSize(QSize(0, 44))
        self.nextSteps.setMaximumSize(QSize(16777215, 120))

        self.sideLayout.addWidget(self.nextSteps)

        self.ownerRow = QHBoxLayout()
        self.ownerRow.setObjectName(u"ownerRow")
        self.ownerLabel = QLabel(self.sideBody)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.ownerRow.addWidget(self.ownerLabel)

        self.nextStepOwner = QComboBox(self.sideBody)
        self.nextStepOwner.setObjectName(u"nextStepOwner")
        self.nextStepOwner.setEditable(True)
        self.nextStepOwner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.nextStepOwner.setMinimumContentsLength(8)

        self.ownerRow.addWidget(self.nextStepOwner)

        self.ownerRow.setStretch(1, 1)

        self.sideLayout.addLayout(self.ownerRow)

        self.nextStepInput = QLineEdit(self.sideBody)
        self.nextStepInput.setObjectName(u"nextStepInput")

        self.sideLayout.addWidget(self.nextStepInput)

        self.privateBox = QGroupBox(self.sideBody)
        self.privateBox.setObjectName(u"privateBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.privateBox.sizePolicy().hasHeightForWidth())
        self.privateBox.setSizePolicy(sizePolicy)
        self.privateLayout = QVBoxLayout(self.privateBox)
        self.privateLayout.setObjectName(u"privateLayout")
        self.privateHint = QLabel(self.privateBox)
        self.privateHint.setObjectName(u"privateHint")
        self.privateHint.setWordWrap(True)

        self.privateLayout.addWidget(self.privateHint)

        self.privateNotes = QPlainTextEdit(self.privateBox)
        self.privateNotes.setObjectName(u"privateNotes")
        self.privateNotes.setTabChangesFocus(True)
        self.privateNotes.setMinimumSize(QSize(0, 60))
        self.privateNotes.setMaximumSize(QSize(16777215, 120))

        self.privateLayout.addWidget(self.privateNotes)


        self.sideLayout.addWidget(self.privateBox)

        self.sideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideSpacer)

        self.sidePane.setWidget(self.sideBody)
        self.splitter.addWidget(self.sidePane)

        self.outer.addWidget(self.splitter)

        self.outer.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.cycleLabel.setBuddy(self.cycle)
        self.focusLabel.setBuddy(self.focus)
        self.nextStepsLabel.setBuddy(self.nextStepInput)
        self.ownerLabel.setBuddy(self.nextStepOwner)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.back, self.endVisit)
        QWidget.setTabOrder(self.endVisit, self.log)
        QWidget.setTabOrder(self.log, self.input)
        QWidget.setTabOrder(self.input, self.cycle)
        QWidget.setTabOrder(self.cycle, self.openCycle)
        QWidget.setTabOrder(self.openCycle, self.focus)
        QWidget.setTabOrder(self.focus, self.nextSteps)
        QWidget.setTabOrder(self.nextSteps, self.nextStepOwner)
        QWidget.setTabOrder(self.nextStepOwner, self.nextStepInput)
        QWidget.setTabOrder(self.nextStepInput, self.privateNotes)

        self.retranslateUi(ObservationCapture)

        QMetaObject.connectSlotsByName(ObservationCapture)
    # setupUi

    def retranslateUi(self, ObservationCapture):
        self.back.setText(QCoreApplication.translate("ObservationCapture", u"\u2190 Observations", None))
#if QT_CONFIG(tooltip)
        self.back.setToolTip(QCoreApplication.translate("ObservationCapture", u"Back to all observations (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.heading.setText(QCoreApplication.translate("ObservationCapture", u"Observation", None))
        self.clock.setText("")
#if QT_CONFIG(accessibility)
        self.clock.setAccessibleName(QCoreApplication.translate("ObservationCapture", u"Minutes into the visit", None))
#endif // QT_CONFIG(accessibility)
        self.endVisit.setText(QCoreApplication.translate("ObservationCapture", u"End visit", None))
#if QT_CONFIG(tooltip)
        self.endVisit.setToolTip(QCoreApplication.translate("ObservationCapture", u"Ctrl+Shift+Enter: record the end time", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.log.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ObservationCapture", u"Time", None))
        ___qtablewidgetitem1 = self.log.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ObservationCapture", u"Min", None))
        ___qtablewidgetitem2 = self.log.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ObservationCapture", u"Kind", None))
        ___qtablewidgetitem3 = self.log.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ObservationCapture", u"What you saw", None))
#if QT_CONFIG(accessibility)
        self.log.setAccessibleName(QCoreApplication.translate("ObservationCapture", u"Evidence log", None))
#endif // QT_CONFIG(accessibility)
        self.kindChip.setText(QCoreApplication.translate("ObservationCapture", u"Evidence", None))
#if QT_CONFIG(accessibility)
        self.kindChip.setAccessibleName(QCoreApplication.translate("ObservationCapture", u"Kind of the next line", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.input.setAccessibleName(QCoreApplication.translate("ObservationCapture", u"New evidence line", None))
#endif // QT_CONFIG(accessibility)
        self.input.setPlaceholderText(QCoreApplication.translate("ObservationCapture", u"Type what you see and press Enter", None))
        self.hint.setText(QCoreApplication.translate("ObservationCapture", u"Enter saves the line \u00b7 Ctrl+1 evidence \u00b7 Ctrl+2 strength \u00b7 Ctrl+3 student thinking \u00b7 Ctrl+4 wondering (a question) \u00b7 Ctrl+Up re-marks the last line \u00b7 Ctrl+Shift+S next steps \u00b7 Ctrl+Shift+P private notes", None))
        self.lookFors.setText("")
#if QT_CONFIG(accessibility)
        self.lookFors.setAccessibleName(QCoreApplication.translate("ObservationCapture", u"Look-fors", None))
#endif // QT_CONFIG(accessibility)
        self.cycleLabel.setText(QCoreApplication.translate("ObservationCapture", u"C&ycle", None))
#if QT_CONFIG(accessibility)
        self.cycle.setAccessibleName(QCoreApplication.translate("ObservationCapture", u"Coaching cycle this visit belongs to", None))
#endif // QT_CONFIG(accessibility)
        self.openCycle.setText(QCoreApplication.translate("ObservationCapture", u"Open", None))
#if QT_CONFIG(tooltip)
        self.openCycle.setToolTip(QCoreApplication.translate("ObservationCapture", u"Open the coaching cycle", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.openCycle.setAccessibleName(QCoreApplication.translate("ObservationCapture", u"Open the coaching cycle", None))
#endif // QT_CONFIG(accessibility)
        self.focusLabel.setText(QCoreApplication.translate("ObservationCapture", u"Foc&us agreed with the teacher", None))
#if QT_CONFIG(accessibility)
        self.focus.setAccessibleName(QCoreApplication.translate("ObservationCapture", u"Focus", None))
#endif // QT_CONFIG(accessibility)
        self.nextStepsLabel.setText(QCoreApplication.translate("ObservationCapture", u"Next &steps, written with the teacher", None))
#if QT_CONFIG(accessibility)
        self.nextSteps.setAccessibleName(QCoreApplication.translate("ObservationCapture", u"Next steps", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("ObservationCapture", u"O&wner", None))
#if QT_CONFIG(accessibility)
        self.nextStepOwner.setAccessibleName(QCoreApplication.translate("ObservationCapture", u"Owner of the next step", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.nextStepOwner.setToolTip(QCoreApplication.translate("ObservationCapture", u"Who will do it: the teacher, you, another teacher, a partner contact, or type any name", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextStepInput.setAccessibleName(QCoreApplication.translate("ObservationCapture", u"New next step", None))
#endif // QT_CONFIG(accessibility)
        self.nextStepInput.setPlaceholderText(QCoreApplication.translate("ObservationCapture", u"A next step we agreed on \u2014 Enter adds it", None))
#if QT_CONFIG(tooltip)
        self.nextStepInput.setToolTip(QCoreApplication.translate("ObservationCapture", u"Ctrl+Shift+S", None))
#endif // QT_CONFIG(tooltip)
        self.privateBox.setTitle(QCoreApplication.translate("ObservationCapture", u"Private notes (only you)", None))
        self.privateHint.setText(QCoreApplication.translate("ObservationCapture", u"Only you see these: never on a handout, a report or an export for others. Ctrl+Shift+P", None))
#if QT_CONFIG(accessibility)
        self.privateNotes.setAccessibleName(QCoreApplication.translate("ObservationCapture", u"Private notes, never exported", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

