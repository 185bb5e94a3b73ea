# Generated from ui/group_page.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

from stemlead.gui.widgets.elided_label import ElidedLabel
from stemlead.gui.widgets.page_scroll import PageScroll

class Ui_GroupPage(object):
    def setupUi(self, GroupPage):
        if not GroupPage.objectName():
            GroupPage.setObjectName(u"GroupPage")
        self.outer = QVBoxLayout(GroupPage)
        self.outer.setObjectName(u"outer")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.back = QPushButton(GroupPage)
        self.back.setObjectName(u"back")

        self.top.addWidget(self.back)

        self.heading = ElidedLabel(GroupPage)
        self.heading.setObjectName(u"heading")

        self.top.addWidget(self.heading)

        self.newMeeting = QPushButton(GroupPage)
        self.newMeeting.setObjectName(u"newMeeting")

        self.top.addWidget(self.newMeeting)

        self.top.setStretch(1, 1)

        self.outer.addLayout(self.top)

        self.bodyScroll = PageScroll(GroupPage)
        self.bodyScroll.setObjectName(u"bodyScroll")
        self.bodyContent = QWidget()
        self.bodyContent.setObjectName(u"bodyContent")
        self.body = QVBoxLayout(self.bodyContent)
        self.body.setObjectName(u"body")
        self.body.setContentsMargins(0, 0, 0, 0)
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.nameLabel = QLabel(self.bodyContent)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.bodyContent)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kindLabel = QLabel(self.bodyContent)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(self.bodyContent)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.goalLabel = QLabel(self.bodyContent)
        self.goalLabel.setObjectName(u"goalLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.goalLabel)

        self.goal = QPlainTextEdit(self.bodyContent)
        self.goal.setObjectName(u"goal")
        self.goal.setTabChangesFocus(True)
        self.goal.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.goal)

        self.normsLabel = QLabel(self.bodyContent)
        self.normsLabel.setObjectName(u"normsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.normsLabel)

        self.norms = QPlainTextEdit(self.bodyContent)
        self.norms.setObjectName(u"norms")
        self.norms.setTabChangesFocus(True)
        self.norms.setMaximumSize(QSize(16777215, 120))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.norms)

        self.lengthLabel = QLabel(self.bodyContent)
        self.lengthLabel.setObjectName(u"lengthLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lengthLabel)

        self.defaultMinutes = QSpinBox(self.bodyContent)
        self.defaultMinutes.setObjectName(u"defaultMinutes")
        self.defaultMinutes.setMinimum(5)
        self.defaultMinutes.setMaximum(600)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.defaultMinutes)

        self.placeLabel = QLabel(self.bodyContent)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.defaultPlace = QLineEdit(self.bodyContent)
        self.defaultPlace.setObjectName(u"defaultPlace")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.defaultPlace)


        self.columns.addLayout(self.form)

        self.membersColumn = QVBoxLayout()
        self.membersColumn.setObjectName(u"membersColumn")
        self.membersLabel = QLabel(self.bodyContent)
        self.membersLabel.setObjectName(u"membersLabel")

        self.membersColumn.addWidget(self.membersLabel)

        self.members = QListWidget(self.bodyContent)
        self.members.setObjectName(u"members")

        self.membersColumn.addWidget(self.members)

        self.addMember = QComboBox(self.bodyContent)
        self.addMember.setObjectName(u"addMember")
        self.addMember.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.addMember.setMinimumContentsLength(18)
        self.addMember.setEditable(True)
        self.addMember.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.membersColumn.addWidget(self.addMember)

        self.membersHint = QLabel(self.bodyContent)
        self.membersHint.setObjectName(u"membersHint")
        self.membersHint.setWordWrap(True)

        self.membersColumn.addWidget(self.membersHint)


        self.columns.addLayout(self.membersColumn)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 2)

        self.body.addLayout(self.columns)

        self.upcomingLabel = QLabel(self.bodyContent)
        self.upcomingLabel.setObjectName(u"upcomingLabel")

        self.body.addWidget(self.upcomingLabel)

        self.meetings = QListWidget(self.bodyContent)
        self.meetings.setObjectName(u"meetings")

        self.body.addWidget(self.meetings)

        self.bodyScroll.setWidget(self.bodyContent)

        self.outer.addWidget(self.bodyScroll)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.kindLabel.setBuddy(self.kind)
        self.goalLabel.setBuddy(self.goal)
        self.normsLabel.setBuddy(self.norms)
        self.lengthLabel.setBuddy(self.defaultMinutes)
        self.placeLabel.setBuddy(self.defaultPlace)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GroupPage)

        QMetaObject.connectSlotsByName(GroupPage)
    # setupUi

    def retranslateUi(self, GroupPage):
        self.back.setText(QCoreApplication.translate("GroupPage", u"\u2190 All meetings", None))
        self.heading.setText(QCoreApplication.translate("GroupPage", u"Group", None))
        self.newMeeting.setText(QCoreApplication.translate("GroupPage", u"New &meeting\u2026", None))
        self.nameLabel.setText(QCoreApplication.translate("GroupPage", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("GroupPage", u"Group name", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("GroupPage", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("GroupPage", u"Kind of group", None))
#endif // QT_CONFIG(accessibility)
        self.goalLabel.setText(QCoreApplication.translate("GroupPage", u"&Goal", None))
#if QT_CONFIG(accessibility)
        self.goal.setAccessibleName(QCoreApplication.translate("GroupPage", u"Goal", None))
#endif // QT_CONFIG(accessibility)
        self.normsLabel.setText(QCoreApplication.translate("GroupPage", u"N&orms", None))
#if QT_CONFIG(accessibility)
        self.norms.setAccessibleName(QCoreApplication.translate("GroupPage", u"Norms", None))
#endif // QT_CONFIG(accessibility)
        self.lengthLabel.setText(QCoreApplication.translate("GroupPage", u"Usual &length", None))
#if QT_CONFIG(accessibility)
        self.defaultMinutes.setAccessibleName(QCoreApplication.translate("GroupPage", u"Usual length in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.defaultMinutes.setSuffix(QCoreApplication.translate("GroupPage", u" min", None))
        self.placeLabel.setText(QCoreApplication.translate("GroupPage", u"Usual &place", None))
#if QT_CONFIG(accessibility)
        self.defaultPlace.setAccessibleName(QCoreApplication.translate("GroupPage", u"Usual place", None))
#endif // QT_CONFIG(accessibility)
        self.membersLabel.setText(QCoreApplication.translate("GroupPage", u"Members", None))
#if QT_CONFIG(accessibility)
        self.members.setAccessibleName(QCoreApplication.translate("GroupPage", u"Members", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addMember.setAccessibleName(QCoreApplication.translate("GroupPage", u"Add a member: a teacher or a partner contact", None))
#endif // QT_CONFIG(accessibility)
        self.membersHint.setText(QCoreApplication.translate("GroupPage", u"Type a name and press Enter to add \u00b7 Delete removes the selected member", None))
        self.upcomingLabel.setText(QCoreApplication.translate("GroupPage", u"Meetings", None))
#if QT_CONFIG(accessibility)
        self.meetings.setAccessibleName(QCoreApplication.translate("GroupPage", u"Meetings of this group", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

