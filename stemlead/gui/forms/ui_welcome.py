# Generated from ui/welcome.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_Welcome(object):
    def setupUi(self, Welcome):
        if not Welcome.objectName():
            Welcome.setObjectName(u"Welcome")
        Welcome.setMinimumSize(QSize(560, 0))
        self.outer = QVBoxLayout(Welcome)
        self.outer.setObjectName(u"outer")
        self.heading = QLabel(Welcome)
        self.heading.setObjectName(u"heading")

        self.outer.addWidget(self.heading)

        self.intro = QLabel(Welcome)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.startBox = QGroupBox(Welcome)
        self.startBox.setObjectName(u"startBox")
        self.startLayout = QVBoxLayout(self.startBox)
        self.startLayout.setObjectName(u"startLayout")
        self.startEmpty = QRadioButton(self.startBox)
        self.startEmpty.setObjectName(u"startEmpty")
        self.startEmpty.setChecked(True)

        self.startLayout.addWidget(self.startEmpty)

        self.startDemo = QRadioButton(self.startBox)
        self.startDemo.setObjectName(u"startDemo")

        self.startLayout.addWidget(self.startDemo)


        self.outer.addWidget(self.startBox)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.organizationLabel = QLabel(Welcome)
        self.organizationLabel.setObjectName(u"organizationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organizationLabel)

        self.organization = QLineEdit(Welcome)
        self.organization.setObjectName(u"organization")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organization)

        self.coachLabel = QLabel(Welcome)
        self.coachLabel.setObjectName(u"coachLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.coachLabel)

        self.coach = QLineEdit(Welcome)
        self.coach.setObjectName(u"coach")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.coach)

        self.paperLabel = QLabel(Welcome)
        self.paperLabel.setObjectName(u"paperLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paper = QComboBox(Welcome)
        self.paper.setObjectName(u"paper")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paper)

        self.logoLabel = QLabel(Welcome)
        self.logoLabel.setObjectName(u"logoLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logo = QLabel(Welcome)
        self.logo.setObjectName(u"logo")

        self.logoRow.addWidget(self.logo)

        self.chooseLogo = QPushButton(Welcome)
        self.chooseLogo.setObjectName(u"chooseLogo")

        self.logoRow.addWidget(self.chooseLogo)

        self.clearLogo = QPushButton(Welcome)
        self.clearLogo.setObjectName(u"clearLogo")

        self.logoRow.addWidget(self.clearLogo)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.logoRow)


        self.outer.addLayout(self.form)

        self.message = QLabel(Welcome)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(Welcome)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.organizationLabel.setBuddy(self.organization)
        self.coachLabel.setBuddy(self.coach)
        self.paperLabel.setBuddy(self.paper)
        self.logoLabel.setBuddy(self.chooseLogo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.startEmpty, self.startDemo)
        QWidget.setTabOrder(self.startDemo, self.organization)
        QWidget.setTabOrder(self.organization, self.coach)
        QWidget.setTabOrder(self.coach, self.paper)
        QWidget.setTabOrder(self.paper, self.chooseLogo)

        self.retranslateUi(Welcome)

        QMetaObject.connectSlotsByName(Welcome)
    # setupUi

    def retranslateUi(self, Welcome):
        Welcome.setWindowTitle(QCoreApplication.translate("Welcome", u"Welcome to STEM Lead", None))
        self.heading.setText(QCoreApplication.translate("Welcome", u"Welcome to STEM Lead", None))
        self.intro.setText(QCoreApplication.translate("Welcome", u"Everything you write stays on this computer, in one file, saved as you type. A few questions so your handouts look right; you can change them later in Settings.", None))
        self.startBox.setTitle(QCoreApplication.translate("Welcome", u"How would you like to start?", None))
        self.startEmpty.setText(QCoreApplication.translate("Welcome", u"With an &empty database \u2014 I'll add my own teachers", None))
        self.startDemo.setText(QCoreApplication.translate("Welcome", u"With a &demo district to explore (you can start a fresh file later)", None))
        self.organizationLabel.setText(QCoreApplication.translate("Welcome", u"&School or district", None))
#if QT_CONFIG(accessibility)
        self.organization.setAccessibleName(QCoreApplication.translate("Welcome", u"School or district name, printed on handouts", None))
#endif // QT_CONFIG(accessibility)
        self.organization.setPlaceholderText(QCoreApplication.translate("Welcome", u"Printed at the top of every handout", None))
        self.coachLabel.setText(QCoreApplication.translate("Welcome", u"Your &name", None))
#if QT_CONFIG(accessibility)
        self.coach.setAccessibleName(QCoreApplication.translate("Welcome", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.paperLabel.setText(QCoreApplication.translate("Welcome", u"&Paper", None))
#if QT_CONFIG(accessibility)
        self.paper.setAccessibleName(QCoreApplication.translate("Welcome", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
        self.logoLabel.setText(QCoreApplication.translate("Welcome", u"&Logo (optional)", None))
        self.logo.setText(QCoreApplication.translate("Welcome", u"None", None))
        self.chooseLogo.setText(QCoreApplication.translate("Welcome", u"&Choose\u2026", None))
        self.clearLogo.setText(QCoreApplication.translate("Welcome", u"No logo", None))
        self.message.setText("")
    # retranslateUi

