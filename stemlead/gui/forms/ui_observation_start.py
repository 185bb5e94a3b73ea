# Generated from ui/observation_start.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ObservationStart(object):
    def setupUi(self, ObservationStart):
        if not ObservationStart.objectName():
            ObservationStart.setObjectName(u"ObservationStart")
        ObservationStart.resize(620, 520)
        self.outer = QVBoxLayout(ObservationStart)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.teacherLabel = QLabel(ObservationStart)
        self.teacherLabel.setObjectName(u"teacherLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.teacherLabel)

        self.teacher = QComboBox(ObservationStart)
        self.teacher.setObjectName(u"teacher")
        self.teacher.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.teacher)

        self.cycleLabel = QLabel(ObservationStart)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cycleLabel)

        self.cycle = QComboBox(ObservationStart)
        self.cycle.setObjectName(u"cycle")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cycle)

        self.classLabel = QLabel(ObservationStart)
        self.classLabel.setObjectName(u"classLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.classLabel)

        self.classContext = QLineEdit(ObservationStart)
        self.classContext.setObjectName(u"classContext")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.classContext)

        self.focusLabel = QLabel(ObservationStart)
        self.focusLabel.setObjectName(u"focusLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.focusLabel)

        self.focus = QLineEdit(ObservationStart)
        self.focus.setObjectName(u"focus")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.focus)


        self.outer.addLayout(self.form)

        self.lookForsLabel = QLabel(ObservationStart)
        self.lookForsLabel.setObjectName(u"lookForsLabel")

        self.outer.addWidget(self.lookForsLabel)

        self.frameworkRow = QHBoxLayout()
        self.frameworkRow.setObjectName(u"frameworkRow")
        self.framework = QComboBox(ObservationStart)
        self.framework.setObjectName(u"framework")

        self.frameworkRow.addWidget(self.framework)

        self.tagFilter = QLineEdit(ObservationStart)
        self.tagFilter.setObjectName(u"tagFilter")

        self.frameworkRow.addWidget(self.tagFilter)


        self.outer.addLayout(self.frameworkRow)

        self.tags = QListWidget(ObservationStart)
        self.tags.setObjectName(u"tags")

        self.outer.addWidget(self.tags)

        self.ownLookFor = QLineEdit(ObservationStart)
        self.ownLookFor.setObjectName(u"ownLookFor")

        self.outer.addWidget(self.ownLookFor)

        self.chosen = QLabel(ObservationStart)
        self.chosen.setObjectName(u"chosen")
        self.chosen.setWordWrap(True)

        self.outer.addWidget(self.chosen)

        self.buttons = QDialogButtonBox(ObservationStart)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.teacherLabel.setBuddy(self.teacher)
        self.cycleLabel.setBuddy(self.cycle)
        self.classLabel.setBuddy(self.classContext)
        self.focusLabel.setBuddy(self.focus)
        self.lookForsLabel.setBuddy(self.tagFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.teacher, self.cycle)
        QWidget.setTabOrder(self.cycle, self.classContext)
        QWidget.setTabOrder(self.classContext, self.focus)
        QWidget.setTabOrder(self.focus, self.framework)
        QWidget.setTabOrder(self.framework, self.tagFilter)
        QWidget.setTabOrder(self.tagFilter, self.tags)
        QWidget.setTabOrder(self.tags, self.ownLookFor)

        self.retranslateUi(ObservationStart)

        QMetaObject.connectSlotsByName(ObservationStart)
    # setupUi

    def retranslateUi(self, ObservationStart):
        ObservationStart.setWindowTitle(QCoreApplication.translate("ObservationStart", u"Start an observation", None))
        self.teacherLabel.setText(QCoreApplication.translate("ObservationStart", u"&Teacher", None))
#if QT_CONFIG(accessibility)
        self.teacher.setAccessibleName(QCoreApplication.translate("ObservationStart", u"Teacher", None))
#endif // QT_CONFIG(accessibility)
        self.cycleLabel.setText(QCoreApplication.translate("ObservationStart", u"C&ycle", None))
#if QT_CONFIG(accessibility)
        self.cycle.setAccessibleName(QCoreApplication.translate("ObservationStart", u"Coaching cycle (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.classLabel.setText(QCoreApplication.translate("ObservationStart", u"C&lass", None))
        self.classContext.setPlaceholderText(QCoreApplication.translate("ObservationStart", u"e.g. Period 3 \u00b7 Grade 7 Science", None))
#if QT_CONFIG(accessibility)
        self.classContext.setAccessibleName(QCoreApplication.translate("ObservationStart", u"Class", None))
#endif // QT_CONFIG(accessibility)
        self.focusLabel.setText(QCoreApplication.translate("ObservationStart", u"&Focus", None))
        self.focus.setPlaceholderText(QCoreApplication.translate("ObservationStart", u"What the teacher asked you to look at", None))
#if QT_CONFIG(accessibility)
        self.focus.setAccessibleName(QCoreApplication.translate("ObservationStart", u"Focus", None))
#endif // QT_CONFIG(accessibility)
        self.lookForsLabel.setText(QCoreApplication.translate("ObservationStart", u"&Look-fors (tick from a framework, or type your own below)", None))
#if QT_CONFIG(accessibility)
        self.framework.setAccessibleName(QCoreApplication.translate("ObservationStart", u"Framework", None))
#endif // QT_CONFIG(accessibility)
        self.tagFilter.setPlaceholderText(QCoreApplication.translate("ObservationStart", u"Filter look-fors", None))
#if QT_CONFIG(accessibility)
        self.tagFilter.setAccessibleName(QCoreApplication.translate("ObservationStart", u"Filter look-fors", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tags.setAccessibleName(QCoreApplication.translate("ObservationStart", u"Framework look-fors", None))
#endif // QT_CONFIG(accessibility)
        self.ownLookFor.setPlaceholderText(QCoreApplication.translate("ObservationStart", u"Your own look-for \u2014 Enter adds it", None))
#if QT_CONFIG(accessibility)
        self.ownLookFor.setAccessibleName(QCoreApplication.translate("ObservationStart", u"Your own look-for", None))
#endif // QT_CONFIG(accessibility)
        self.chosen.setText("")
    # retranslateUi

