# Generated from ui/teacher_detail.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from stemlead.gui.widgets.elided_label import ElidedLabel

class Ui_TeacherDetail(object):
    def setupUi(self, TeacherDetail):
        if not TeacherDetail.objectName():
            TeacherDetail.setObjectName(u"TeacherDetail")
        self.outer = QVBoxLayout(TeacherDetail)
        self.outer.setObjectName(u"outer")
        self.heading = ElidedLabel(TeacherDetail)
        self.heading.setObjectName(u"heading")

        self.outer.addWidget(self.heading)

        self.scroll = QScrollArea(TeacherDetail)
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
        self.nameLabel = QLabel(self.scrollBody)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.scrollBody)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.emailLabel = QLabel(self.scrollBody)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(self.scrollBody)
        self.email.setObjectName(u"email")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.email)

        self.schoolLabel = QLabel(self.scrollBody)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.school = QComboBox(self.scrollBody)
        self.school.setObjectName(u"school")
        self.school.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.school)

        self.gradeBandLabel = QLabel(self.scrollBody)
        self.gradeBandLabel.setObjectName(u"gradeBandLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gradeBandLabel)

        self.gradeBand = QComboBox(self.scrollBody)
        self.gradeBand.setObjectName(u"gradeBand")
        self.gradeBand.setEditable(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gradeBand)

        self.subjectsLabel = QLabel(self.scrollBody)
        self.subjectsLabel.setObjectName(u"subjectsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.subjectsLabel)

        self.subjects = QLineEdit(self.scrollBody)
        self.subjects.setObjectName(u"subjects")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.subjects)

        self.mayBeNamed = QCheckBox(self.scrollBody)
        self.mayBeNamed.setObjectName(u"mayBeNamed")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.mayBeNamed)


        self.bodyLayout.addLayout(self.form)

        self.strengthsLabel = QLabel(self.scrollBody)
        self.strengthsLabel.setObjectName(u"strengthsLabel")

        self.bodyLayout.addWidget(self.strengthsLabel)

        self.strengths = QPlainTextEdit(self.scrollBody)
        self.strengths.setObjectName(u"strengths")
        self.strengths.setMaximumSize(QSize(16777215, 90))
        self.strengths.setTabChangesFocus(True)

        self.bodyLayout.addWidget(self.strengths)

        self.growthLabel = QLabel(self.scrollBody)
        self.growthLabel.setObjectName(u"growthLabel")

        self.bodyLayout.addWidget(self.growthLabel)

        self.growthAreas = QPlainTextEdit(self.scrollBody)
        self.growthAreas.setObjectName(u"growthAreas")
        self.growthAreas.setMaximumSize(QSize(16777215, 90))
        self.growthAreas.setTabChangesFocus(True)

        self.bodyLayout.addWidget(self.growthAreas)

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
        self.privateNotes.setMaximumSize(QSize(16777215, 90))
        self.privateNotes.setTabChangesFocus(True)

        self.privateLayout.addWidget(self.privateNotes)


        self.bodyLayout.addWidget(self.privateBox)

        self.cyclesLabel = QLabel(self.scrollBody)
        self.cyclesLabel.setObjectName(u"cyclesLabel")

        self.bodyLayout.addWidget(self.cyclesLabel)

        self.cycles = QListWidget(self.scrollBody)
        self.cycles.setObjectName(u"cycles")

        self.bodyLayout.addWidget(self.cycles)

        self.observationsLabel = QLabel(self.scrollBody)
        self.observationsLabel.setObjectName(u"observationsLabel")

        self.bodyLayout.addWidget(self.observationsLabel)

        self.observations = QListWidget(self.scrollBody)
        self.observations.setObjectName(u"observations")

        self.bodyLayout.addWidget(self.observations)

        self.coachingLogLabel = QLabel(self.scrollBody)
        self.coachingLogLabel.setObjectName(u"coachingLogLabel")
        self.coachingLogLabel.setWordWrap(True)

        self.bodyLayout.addWidget(self.coachingLogLabel)

        self.coachingLog = QListWidget(self.scrollBody)
        self.coachingLog.setObjectName(u"coachingLog")

        self.bodyLayout.addWidget(self.coachingLog)

        self.coachingLogButtons = QHBoxLayout()
        self.coachingLogButtons.setObjectName(u"coachingLogButtons")
        self.logCoaching = QPushButton(self.scrollBody)
        self.logCoaching.setObjectName(u"logCoaching")

        self.coachingLogButtons.addWidget(self.logCoaching)

        self.editLog = QPushButton(self.scrollBody)
        self.editLog.setObjectName(u"editLog")

        self.coachingLogButtons.addWidget(self.editLog)

        self.deleteLog = QPushButton(self.scrollBody)
        self.deleteLog.setObjectName(u"deleteLog")

        self.coachingLogButtons.addWidget(self.deleteLog)

        self.coachingLogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.coachingLogButtons.addItem(self.coachingLogSpacer)


        self.bodyLayout.addLayout(self.coachingLogButtons)

        self.meetingsLabel = QLabel(self.scrollBody)
        self.meetingsLabel.setObjectName(u"meetingsLabel")

        self.bodyLayout.addWidget(self.meetingsLabel)

        self.meetings = QListWidget(self.scrollBody)
        self.meetings.setObjectName(u"meetings")

        self.bodyLayout.addWidget(self.meetings)

        self.scroll.setWidget(self.scrollBody)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.emailLabel.setBuddy(self.email)
        self.schoolLabel.setBuddy(self.school)
        self.gradeBandLabel.setBuddy(self.gradeBand)
        self.subjectsLabel.setBuddy(self.subjects)
        self.strengthsLabel.setBuddy(self.strengths)
        self.growthLabel.setBuddy(self.growthAreas)
        self.coachingLogLabel.setBuddy(self.coachingLog)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.email)
        QWidget.setTabOrder(self.email, self.school)
        QWidget.setTabOrder(self.school, self.gradeBand)
        QWidget.setTabOrder(self.gradeBand, self.subjects)
        QWidget.setTabOrder(self.subjects, self.mayBeNamed)
        QWidget.setTabOrder(self.mayBeNamed, self.strengths)
        QWidget.setTabOrder(self.strengths, self.growthAreas)
        QWidget.setTabOrder(self.growthAreas, self.privateNotes)
        QWidget.setTabOrder(self.privateNotes, self.cycles)
        QWidget.setTabOrder(self.cycles, self.observations)
        QWidget.setTabOrder(self.observations, self.coachingLog)
        QWidget.setTabOrder(self.coachingLog, self.logCoaching)
        QWidget.setTabOrder(self.logCoaching, self.editLog)
        QWidget.setTabOrder(self.editLog, self.deleteLog)
        QWidget.setTabOrder(self.deleteLog, self.meetings)

        self.retranslateUi(TeacherDetail)

        QMetaObject.connectSlotsByName(TeacherDetail)
    # setupUi

    def retranslateUi(self, TeacherDetail):
        self.heading.setText(QCoreApplication.translate("TeacherDetail", u"Teacher", None))
        self.nameLabel.setText(QCoreApplication.translate("TeacherDetail", u"N&ame", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("TeacherDetail", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("TeacherDetail", u"E&mail", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("TeacherDetail", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.schoolLabel.setText(QCoreApplication.translate("TeacherDetail", u"&School", None))
#if QT_CONFIG(accessibility)
        self.school.setAccessibleName(QCoreApplication.translate("TeacherDetail", u"School", None))
#endif // QT_CONFIG(accessibility)
        self.gradeBandLabel.setText(QCoreApplication.translate("TeacherDetail", u"Gra&de band", None))
#if QT_CONFIG(accessibility)
        self.gradeBand.setAccessibleName(QCoreApplication.translate("TeacherDetail", u"Grade band", None))
#endif // QT_CONFIG(accessibility)
        self.subjectsLabel.setText(QCoreApplication.translate("TeacherDetail", u"S&ubjects", None))
        self.subjects.setPlaceholderText(QCoreApplication.translate("TeacherDetail", u"Science, Math, Engineering\u2026", None))
#if QT_CONFIG(accessibility)
        self.subjects.setAccessibleName(QCoreApplication.translate("TeacherDetail", u"Subjects, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.mayBeNamed.setText(QCoreApplication.translate("TeacherDetail", u"Agrees to be named in reports", None))
        self.strengthsLabel.setText(QCoreApplication.translate("TeacherDetail", u"S&trengths", None))
#if QT_CONFIG(accessibility)
        self.strengths.setAccessibleName(QCoreApplication.translate("TeacherDetail", u"Strengths", None))
#endif // QT_CONFIG(accessibility)
        self.strengths.setPlaceholderText(QCoreApplication.translate("TeacherDetail", u"What this teacher does well, in their words and yours", None))
        self.growthLabel.setText(QCoreApplication.translate("TeacherDetail", u"Self-identified g&rowth areas", None))
#if QT_CONFIG(accessibility)
        self.growthAreas.setAccessibleName(QCoreApplication.translate("TeacherDetail", u"Growth areas", None))
#endif // QT_CONFIG(accessibility)
        self.privateBox.setTitle(QCoreApplication.translate("TeacherDetail", u"Private notes \u2014 only you see these", None))
        self.privateHint.setText(QCoreApplication.translate("TeacherDetail", u"Never on a handout or in a report.", None))
#if QT_CONFIG(accessibility)
        self.privateNotes.setAccessibleName(QCoreApplication.translate("TeacherDetail", u"Private notes, never exported", None))
#endif // QT_CONFIG(accessibility)
        self.cyclesLabel.setText(QCoreApplication.translate("TeacherDetail", u"Coaching cycles", None))
#if QT_CONFIG(accessibility)
        self.cycles.setAccessibleName(QCoreApplication.translate("TeacherDetail", u"Coaching cycles", None))
#endif // QT_CONFIG(accessibility)
        self.observationsLabel.setText(QCoreApplication.translate("TeacherDetail", u"Observations", None))
#if QT_CONFIG(accessibility)
        self.observations.setAccessibleName(QCoreApplication.translate("TeacherDetail", u"Observations", None))
#endif // QT_CONFIG(accessibility)
        self.coachingLogLabel.setText(QCoreApplication.translate("TeacherDetail", u"Coaching &log \u2014 conversations, co-planning, resources shared", None))
#if QT_CONFIG(accessibility)
        self.coachingLog.setAccessibleName(QCoreApplication.translate("TeacherDetail", u"Coaching log", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.coachingLog.setToolTip(QCoreApplication.translate("TeacherDetail", u"Enter edits the entry; Delete removes it (Ctrl+Shift+Z brings it back)", None))
#endif // QT_CONFIG(tooltip)
        self.logCoaching.setText(QCoreApplication.translate("TeacherDetail", u"Log coaching\u2026", None))
#if QT_CONFIG(tooltip)
        self.logCoaching.setToolTip(QCoreApplication.translate("TeacherDetail", u"Log informal coaching with this teacher (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
        self.editLog.setText(QCoreApplication.translate("TeacherDetail", u"Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.editLog.setAccessibleName(QCoreApplication.translate("TeacherDetail", u"Edit the coaching log entry", None))
#endif // QT_CONFIG(accessibility)
        self.deleteLog.setText(QCoreApplication.translate("TeacherDetail", u"Delete", None))
#if QT_CONFIG(accessibility)
        self.deleteLog.setAccessibleName(QCoreApplication.translate("TeacherDetail", u"Delete the coaching log entry", None))
#endif // QT_CONFIG(accessibility)
        self.meetingsLabel.setText(QCoreApplication.translate("TeacherDetail", u"Meetings", None))
#if QT_CONFIG(accessibility)
        self.meetings.setAccessibleName(QCoreApplication.translate("TeacherDetail", u"Meetings", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

