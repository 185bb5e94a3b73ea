# Generated from ui/new_meeting.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

from stemlead.gui.widgets.dates import DateBox

class Ui_NewMeeting(object):
    def setupUi(self, NewMeeting):
        if not NewMeeting.objectName():
            NewMeeting.setObjectName(u"NewMeeting")
        NewMeeting.setMinimumSize(QSize(520, 0))
        self.outer = QVBoxLayout(NewMeeting)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.groupLabel = QLabel(NewMeeting)
        self.groupLabel.setObjectName(u"groupLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.group = QComboBox(NewMeeting)
        self.group.setObjectName(u"group")
        self.group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group.setMinimumContentsLength(18)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.group)

        self.titleLabel = QLabel(NewMeeting)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(NewMeeting)
        self.title.setObjectName(u"title")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.startLabel = QLabel(NewMeeting)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = QDateTimeEdit(NewMeeting)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start)

        self.lengthLabel = QLabel(NewMeeting)
        self.lengthLabel.setObjectName(u"lengthLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lengthLabel)

        self.length = QSpinBox(NewMeeting)
        self.length.setObjectName(u"length")
        self.length.setMinimum(5)
        self.length.setMaximum(1440)
        self.length.setValue(45)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.length)

        self.placeLabel = QLabel(NewMeeting)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(NewMeeting)
        self.place.setObjectName(u"place")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place)

        self.repeatLabel = QLabel(NewMeeting)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QComboBox(NewMeeting)
        self.repeat.setObjectName(u"repeat")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeat)

        self.untilLabel = QLabel(NewMeeting)
        self.untilLabel.setObjectName(u"untilLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.until = DateBox(NewMeeting)
        self.until.setObjectName(u"until")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.until)


        self.outer.addLayout(self.form)

        self.message = QLabel(NewMeeting)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(NewMeeting)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.groupLabel.setBuddy(self.group)
        self.titleLabel.setBuddy(self.title)
        self.startLabel.setBuddy(self.start)
        self.lengthLabel.setBuddy(self.length)
        self.placeLabel.setBuddy(self.place)
        self.repeatLabel.setBuddy(self.repeat)
        self.untilLabel.setBuddy(self.until)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.group, self.title)
        QWidget.setTabOrder(self.title, self.start)
        QWidget.setTabOrder(self.start, self.length)
        QWidget.setTabOrder(self.length, self.place)
        QWidget.setTabOrder(self.place, self.repeat)
        QWidget.setTabOrder(self.repeat, self.until)

        self.retranslateUi(NewMeeting)

        QMetaObject.connectSlotsByName(NewMeeting)
    # setupUi

    def retranslateUi(self, NewMeeting):
        NewMeeting.setWindowTitle(QCoreApplication.translate("NewMeeting", u"New meeting", None))
        self.groupLabel.setText(QCoreApplication.translate("NewMeeting", u"&Group", None))
#if QT_CONFIG(accessibility)
        self.group.setAccessibleName(QCoreApplication.translate("NewMeeting", u"Group", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("NewMeeting", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("NewMeeting", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.title.setPlaceholderText(QCoreApplication.translate("NewMeeting", u"The group's name if empty", None))
        self.startLabel.setText(QCoreApplication.translate("NewMeeting", u"&Starts", None))
#if QT_CONFIG(accessibility)
        self.start.setAccessibleName(QCoreApplication.translate("NewMeeting", u"Start", None))
#endif // QT_CONFIG(accessibility)
        self.lengthLabel.setText(QCoreApplication.translate("NewMeeting", u"&Length", None))
#if QT_CONFIG(accessibility)
        self.length.setAccessibleName(QCoreApplication.translate("NewMeeting", u"Length in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.length.setSuffix(QCoreApplication.translate("NewMeeting", u" min", None))
        self.placeLabel.setText(QCoreApplication.translate("NewMeeting", u"&Place", None))
#if QT_CONFIG(accessibility)
        self.place.setAccessibleName(QCoreApplication.translate("NewMeeting", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("NewMeeting", u"&Repeats", None))
#if QT_CONFIG(accessibility)
        self.repeat.setAccessibleName(QCoreApplication.translate("NewMeeting", u"Repeats", None))
#endif // QT_CONFIG(accessibility)
        self.untilLabel.setText(QCoreApplication.translate("NewMeeting", u"&Until", None))
#if QT_CONFIG(accessibility)
        self.until.setAccessibleName(QCoreApplication.translate("NewMeeting", u"Repeats until", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
    # retranslateUi

