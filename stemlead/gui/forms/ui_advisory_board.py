# Generated from ui/advisory_board.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from stemlead.gui.widgets.dates import DateBox

class Ui_AdvisoryBoard(object):
    def setupUi(self, AdvisoryBoard):
        if not AdvisoryBoard.objectName():
            AdvisoryBoard.setObjectName(u"AdvisoryBoard")
        self.outer = QVBoxLayout(AdvisoryBoard)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, -1, 0, -1)
        self.boardLabel = QLabel(AdvisoryBoard)
        self.boardLabel.setObjectName(u"boardLabel")

        self.outer.addWidget(self.boardLabel)

        self.boardTabs = QTabWidget(AdvisoryBoard)
        self.boardTabs.setObjectName(u"boardTabs")
        self.termsTab = QWidget()
        self.termsTab.setObjectName(u"termsTab")
        self.termsLayout = QVBoxLayout(self.termsTab)
        self.termsLayout.setObjectName(u"termsLayout")
        self.terms = QTableWidget(self.termsTab)
        self.terms.setObjectName(u"terms")
        self.terms.setTabKeyNavigation(False)
        self.terms.setMinimumSize(QSize(0, 80))

        self.termsLayout.addWidget(self.terms)

        self.termRow = QHBoxLayout()
        self.termRow.setObjectName(u"termRow")
        self.sectorLabel = QLabel(self.termsTab)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.termRow.addWidget(self.sectorLabel)

        self.sector = QComboBox(self.termsTab)
        self.sector.setObjectName(u"sector")

        self.termRow.addWidget(self.sector)

        self.termFromLabel = QLabel(self.termsTab)
        self.termFromLabel.setObjectName(u"termFromLabel")

        self.termRow.addWidget(self.termFromLabel)

        self.startsOn = DateBox(self.termsTab)
        self.startsOn.setObjectName(u"startsOn")

        self.termRow.addWidget(self.startsOn)

        self.termToLabel = QLabel(self.termsTab)
        self.termToLabel.setObjectName(u"termToLabel")

        self.termRow.addWidget(self.termToLabel)

        self.endsOn = DateBox(self.termsTab)
        self.endsOn.setObjectName(u"endsOn")

        self.termRow.addWidget(self.endsOn)

        self.termSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.termRow.addItem(self.termSpacer)


        self.termsLayout.addLayout(self.termRow)

        self.boardTabs.addTab(self.termsTab, "")
        self.representationTab = QWidget()
        self.representationTab.setObjectName(u"representationTab")
        self.representationLayout = QVBoxLayout(self.representationTab)
        self.representationLayout.setObjectName(u"representationLayout")
        self.representation = QTableWidget(self.representationTab)
        self.representation.setObjectName(u"representation")
        self.representation.setTabKeyNavigation(False)
        self.representation.setMinimumSize(QSize(0, 80))

        self.representationLayout.addWidget(self.representation)

        self.gaps = QLabel(self.representationTab)
        self.gaps.setObjectName(u"gaps")
        self.gaps.setWordWrap(True)

        self.representationLayout.addWidget(self.gaps)

        self.boardTabs.addTab(self.representationTab, "")
        self.workTab = QWidget()
        self.workTab.setObjectName(u"workTab")
        self.workLayout = QVBoxLayout(self.workTab)
        self.workLayout.setObjectName(u"workLayout")
        self.workButtons = QHBoxLayout()
        self.workButtons.setObjectName(u"workButtons")
        self.addWork = QPushButton(self.workTab)
        self.addWork.setObjectName(u"addWork")

        self.workButtons.addWidget(self.addWork)

        self.workUp = QPushButton(self.workTab)
        self.workUp.setObjectName(u"workUp")

        self.workButtons.addWidget(self.workUp)

        self.workDown = QPushButton(self.workTab)
        self.workDown.setObjectName(u"workDown")

        self.workButtons.addWidget(self.workDown)

        self.deleteWork = QPushButton(self.workTab)
        self.deleteWork.setObjectName(u"deleteWork")

        self.workButtons.addWidget(self.deleteWork)

        self.workSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workButtons.addItem(self.workSpacer)


        self.workLayout.addLayout(self.workButtons)

        self.workList = QListWidget(self.workTab)
        self.workList.setObjectName(u"workList")
        self.workList.setMinimumSize(QSize(0, 60))

        self.workLayout.addWidget(self.workList)

        self.workRow = QHBoxLayout()
        self.workRow.setObjectName(u"workRow")
        self.title = QLineEdit(self.workTab)
        self.title.setObjectName(u"title")

        self.workRow.addWidget(self.title)

        self.status = QComboBox(self.workTab)
        self.status.setObjectName(u"status")

        self.workRow.addWidget(self.status)

        self.targetLabel = QLabel(self.workTab)
        self.targetLabel.setObjectName(u"targetLabel")

        self.workRow.addWidget(self.targetLabel)

        self.targetOn = DateBox(self.workTab)
        self.targetOn.setObjectName(u"targetOn")

        self.workRow.addWidget(self.targetOn)

        self.workRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.workRow.addItem(self.workRowSpacer)

        self.workRow.setStretch(0, 1)

        self.workLayout.addLayout(self.workRow)

        self.notes = QLineEdit(self.workTab)
        self.notes.setObjectName(u"notes")

        self.workLayout.addWidget(self.notes)

        self.boardTabs.addTab(self.workTab, "")

        self.outer.addWidget(self.boardTabs)

#if QT_CONFIG(shortcut)
        self.sectorLabel.setBuddy(self.sector)
        self.termFromLabel.setBuddy(self.startsOn)
        self.termToLabel.setBuddy(self.endsOn)
        self.targetLabel.setBuddy(self.targetOn)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdvisoryBoard)

        self.boardTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AdvisoryBoard)
    # setupUi

    def retranslateUi(self, AdvisoryBoard):
        self.boardLabel.setText(QCoreApplication.translate("AdvisoryBoard", u"Advisory board", None))
#if QT_CONFIG(accessibility)
        self.boardTabs.setAccessibleName(QCoreApplication.translate("AdvisoryBoard", u"Advisory board: terms, representation, program of work", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.terms.setAccessibleName(QCoreApplication.translate("AdvisoryBoard", u"Members with the sector they represent and their term", None))
#endif // QT_CONFIG(accessibility)
        self.sectorLabel.setText(QCoreApplication.translate("AdvisoryBoard", u"&Sector", None))
#if QT_CONFIG(accessibility)
        self.sector.setAccessibleName(QCoreApplication.translate("AdvisoryBoard", u"Sector the selected member represents", None))
#endif // QT_CONFIG(accessibility)
        self.termFromLabel.setText(QCoreApplication.translate("AdvisoryBoard", u"Term &from", None))
#if QT_CONFIG(accessibility)
        self.startsOn.setAccessibleName(QCoreApplication.translate("AdvisoryBoard", u"Start of the member's term", None))
#endif // QT_CONFIG(accessibility)
        self.termToLabel.setText(QCoreApplication.translate("AdvisoryBoard", u"to", None))
#if QT_CONFIG(accessibility)
        self.endsOn.setAccessibleName(QCoreApplication.translate("AdvisoryBoard", u"End of the member's term", None))
#endif // QT_CONFIG(accessibility)
        self.boardTabs.setTabText(self.boardTabs.indexOf(self.termsTab), QCoreApplication.translate("AdvisoryBoard", u"Member &terms", None))
#if QT_CONFIG(accessibility)
        self.representation.setAccessibleName(QCoreApplication.translate("AdvisoryBoard", u"Members serving today, by the sector they represent", None))
#endif // QT_CONFIG(accessibility)
        self.gaps.setText("")
        self.boardTabs.setTabText(self.boardTabs.indexOf(self.representationTab), QCoreApplication.translate("AdvisoryBoard", u"&Representation", None))
        self.addWork.setText(QCoreApplication.translate("AdvisoryBoard", u"&Add", None))
        self.workUp.setText(QCoreApplication.translate("AdvisoryBoard", u"Up", None))
#if QT_CONFIG(tooltip)
        self.workUp.setToolTip(QCoreApplication.translate("AdvisoryBoard", u"Move up (Alt+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.workDown.setText(QCoreApplication.translate("AdvisoryBoard", u"Down", None))
#if QT_CONFIG(tooltip)
        self.workDown.setToolTip(QCoreApplication.translate("AdvisoryBoard", u"Move down (Alt+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteWork.setText(QCoreApplication.translate("AdvisoryBoard", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteWork.setToolTip(QCoreApplication.translate("AdvisoryBoard", u"Delete this item; Ctrl+Shift+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.workList.setAccessibleName(QCoreApplication.translate("AdvisoryBoard", u"The board's program of work, in order", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("AdvisoryBoard", u"What the board will do", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("AdvisoryBoard", u"Status of the item", None))
#endif // QT_CONFIG(accessibility)
        self.targetLabel.setText(QCoreApplication.translate("AdvisoryBoard", u"by", None))
#if QT_CONFIG(accessibility)
        self.targetOn.setAccessibleName(QCoreApplication.translate("AdvisoryBoard", u"Target date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("AdvisoryBoard", u"Notes on the item", None))
#endif // QT_CONFIG(accessibility)
        self.notes.setPlaceholderText(QCoreApplication.translate("AdvisoryBoard", u"Notes", None))
        self.boardTabs.setTabText(self.boardTabs.indexOf(self.workTab), QCoreApplication.translate("AdvisoryBoard", u"Program of &work", None))
        pass
    # retranslateUi

