# Generated from ui/log_interaction.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from stemlead.gui.widgets.dates import DateBox

class Ui_LogInteraction(object):
    def setupUi(self, LogInteraction):
        if not LogInteraction.objectName():
            LogInteraction.setObjectName(u"LogInteraction")
        LogInteraction.setMinimumSize(QSize(560, 0))
        self.outer = QVBoxLayout(LogInteraction)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.partnerLabel = QLabel(LogInteraction)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partnerLabel)

        self.partner = QComboBox(LogInteraction)
        self.partner.setObjectName(u"partner")
        self.partner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.partner.setMinimumContentsLength(18)
        self.partner.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partner)

        self.kindLabel = QLabel(LogInteraction)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kind = QComboBox(LogInteraction)
        self.kind.setObjectName(u"kind")

        self.kindRow.addWidget(self.kind)

        self.dateLabel = QLabel(LogInteraction)
        self.dateLabel.setObjectName(u"dateLabel")

        self.kindRow.addWidget(self.dateLabel)

        self.date = DateBox(LogInteraction)
        self.date.setObjectName(u"date")

        self.kindRow.addWidget(self.date)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.whoLabel = QLabel(LogInteraction)
        self.whoLabel.setObjectName(u"whoLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.who = QListWidget(LogInteraction)
        self.who.setObjectName(u"who")
        self.who.setMaximumSize(QSize(16777215, 96))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.who)

        self.notesLabel = QLabel(LogInteraction)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(LogInteraction)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes)

        self.followUp = QCheckBox(LogInteraction)
        self.followUp.setObjectName(u"followUp")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.followUp)

        self.followUpRow = QHBoxLayout()
        self.followUpRow.setObjectName(u"followUpRow")
        self.followUpOn = DateBox(LogInteraction)
        self.followUpOn.setObjectName(u"followUpOn")
        self.followUpOn.setEnabled(False)

        self.followUpRow.addWidget(self.followUpOn)

        self.followUpHint = QLabel(LogInteraction)
        self.followUpHint.setObjectName(u"followUpHint")
        self.followUpHint.setProperty(u"muted", True)

        self.followUpRow.addWidget(self.followUpHint)

        self.followUpSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpRow.addItem(self.followUpSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.followUpRow)


        self.outer.addLayout(self.form)

        self.message = QLabel(LogInteraction)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(LogInteraction)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.partnerLabel.setBuddy(self.partner)
        self.kindLabel.setBuddy(self.kind)
        self.dateLabel.setBuddy(self.date)
        self.whoLabel.setBuddy(self.who)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.partner, self.kind)
        QWidget.setTabOrder(self.kind, self.date)
        QWidget.setTabOrder(self.date, self.who)
        QWidget.setTabOrder(self.who, self.notes)
        QWidget.setTabOrder(self.notes, self.followUp)
        QWidget.setTabOrder(self.followUp, self.followUpOn)

        self.retranslateUi(LogInteraction)

        QMetaObject.connectSlotsByName(LogInteraction)
    # setupUi

    def retranslateUi(self, LogInteraction):
        LogInteraction.setWindowTitle(QCoreApplication.translate("LogInteraction", u"Log an interaction with a partner", None))
        self.partnerLabel.setText(QCoreApplication.translate("LogInteraction", u"&Partner", None))
#if QT_CONFIG(accessibility)
        self.partner.setAccessibleName(QCoreApplication.translate("LogInteraction", u"Partner", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("LogInteraction", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("LogInteraction", u"Kind of interaction", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("LogInteraction", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.date.setAccessibleName(QCoreApplication.translate("LogInteraction", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.whoLabel.setText(QCoreApplication.translate("LogInteraction", u"&Who", None))
#if QT_CONFIG(accessibility)
        self.who.setAccessibleName(QCoreApplication.translate("LogInteraction", u"Who took part (Space ticks)", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("LogInteraction", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("LogInteraction", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notes.setPlaceholderText(QCoreApplication.translate("LogInteraction", u"What was said or agreed \u2014 Ctrl+Enter logs it", None))
        self.followUp.setText(QCoreApplication.translate("LogInteraction", u"Follow &up by", None))
#if QT_CONFIG(accessibility)
        self.followUpOn.setAccessibleName(QCoreApplication.translate("LogInteraction", u"Follow-up date", None))
#endif // QT_CONFIG(accessibility)
        self.followUpHint.setText(QCoreApplication.translate("LogInteraction", u"shows on Today and in Action items until done", None))
        self.message.setText("")
    # retranslateUi

