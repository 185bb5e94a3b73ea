# Generated from ui/offering_page.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from stemlead.gui.widgets.dates import DateBox

class Ui_OfferingPage(object):
    def setupUi(self, OfferingPage):
        if not OfferingPage.objectName():
            OfferingPage.setObjectName(u"OfferingPage")
        self.outer = QVBoxLayout(OfferingPage)
        self.outer.setObjectName(u"outer")
        self.heading = QLabel(OfferingPage)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outer.addWidget(self.heading)

        self.summary = QLabel(OfferingPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.outer.addWidget(self.summary)

        self.scroll = QScrollArea(OfferingPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(self.body)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.body)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.formatLabel = QLabel(self.body)
        self.formatLabel.setObjectName(u"formatLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.format = QComboBox(self.body)
        self.format.setObjectName(u"format")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.format)

        self.providerLabel = QLabel(self.body)
        self.providerLabel.setObjectName(u"providerLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.providerLabel)

        self.providerRow = QHBoxLayout()
        self.providerRow.setObjectName(u"providerRow")
        self.providerPartnerId = QComboBox(self.body)
        self.providerPartnerId.setObjectName(u"providerPartnerId")

        self.providerRow.addWidget(self.providerPartnerId)

        self.provider = QLineEdit(self.body)
        self.provider.setObjectName(u"provider")

        self.providerRow.addWidget(self.provider)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.providerRow)

        self.datesLabel = QLabel(self.body)
        self.datesLabel.setObjectName(u"datesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.datesLabel)

        self.datesRow = QHBoxLayout()
        self.datesRow.setObjectName(u"datesRow")
        self.startsOn = DateBox(self.body)
        self.startsOn.setObjectName(u"startsOn")

        self.datesRow.addWidget(self.startsOn)

        self.toLabel = QLabel(self.body)
        self.toLabel.setObjectName(u"toLabel")

        self.datesRow.addWidget(self.toLabel)

        self.endsOn = DateBox(self.body)
        self.endsOn.setObjectName(u"endsOn")

        self.datesRow.addWidget(self.endsOn)

        self.datesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesRow.addItem(self.datesSpacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.datesRow)

        self.hoursLabel = QLabel(self.body)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.costRow = QHBoxLayout()
        self.costRow.setObjectName(u"costRow")
        self.minutes = QLineEdit(self.body)
        self.minutes.setObjectName(u"minutes")
        self.minutes.setMaximumSize(QSize(80, 16777215))

        self.costRow.addWidget(self.minutes)

        self.costLabel = QLabel(self.body)
        self.costLabel.setObjectName(u"costLabel")

        self.costRow.addWidget(self.costLabel)

        self.costCents = QLineEdit(self.body)
        self.costCents.setObjectName(u"costCents")
        self.costCents.setMaximumSize(QSize(120, 16777215))

        self.costRow.addWidget(self.costCents)

        self.currency = QComboBox(self.body)
        self.currency.setObjectName(u"currency")
        self.currency.setEditable(True)

        self.costRow.addWidget(self.currency)

        self.costSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.costRow.addItem(self.costSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.costRow)

        self.areasLabel = QLabel(self.body)
        self.areasLabel.setObjectName(u"areasLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.areasLabel)

        self.areas = QLineEdit(self.body)
        self.areas.setObjectName(u"areas")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.areas)

        self.areasHint = QLabel(self.body)
        self.areasHint.setObjectName(u"areasHint")
        self.areasHint.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.areasHint)

        self.subjectsLabel = QLabel(self.body)
        self.subjectsLabel.setObjectName(u"subjectsLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.subjectsLabel)

        self.subjects = QLineEdit(self.body)
        self.subjects.setObjectName(u"subjects")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.subjects)

        self.linkLabel = QLabel(self.body)
        self.linkLabel.setObjectName(u"linkLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.linkLabel)

        self.link = QLineEdit(self.body)
        self.link.setObjectName(u"link")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.link)


        self.bodyLayout.addLayout(self.form)

        self.descriptionLabel = QLabel(self.body)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.bodyLayout.addWidget(self.descriptionLabel)

        self.description = QPlainTextEdit(self.body)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.bodyLayout.addWidget(self.description)

        self.scroll.setWidget(self.body)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.formatLabel.setBuddy(self.format)
        self.providerLabel.setBuddy(self.providerPartnerId)
        self.datesLabel.setBuddy(self.startsOn)
        self.toLabel.setBuddy(self.endsOn)
        self.hoursLabel.setBuddy(self.minutes)
        self.costLabel.setBuddy(self.costCents)
        self.areasLabel.setBuddy(self.areas)
        self.subjectsLabel.setBuddy(self.subjects)
        self.linkLabel.setBuddy(self.link)
        self.descriptionLabel.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.format)
        QWidget.setTabOrder(self.format, self.providerPartnerId)
        QWidget.setTabOrder(self.providerPartnerId, self.provider)
        QWidget.setTabOrder(self.provider, self.startsOn)
        QWidget.setTabOrder(self.startsOn, self.endsOn)
        QWidget.setTabOrder(self.endsOn, self.minutes)
        QWidget.setTabOrder(self.minutes, self.costCents)
        QWidget.setTabOrder(self.costCents, self.currency)
        QWidget.setTabOrder(self.currency, self.areas)
        QWidget.setTabOrder(self.areas, self.subjects)
        QWidget.setTabOrder(self.subjects, self.link)
        QWidget.setTabOrder(self.link, self.description)

        self.retranslateUi(OfferingPage)

        QMetaObject.connectSlotsByName(OfferingPage)
    # setupUi

    def retranslateUi(self, OfferingPage):
        self.heading.setText(QCoreApplication.translate("OfferingPage", u"Offering", None))
        self.summary.setText("")
        self.titleLabel.setText(QCoreApplication.translate("OfferingPage", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("OfferingPage", u"Offering title", None))
#endif // QT_CONFIG(accessibility)
        self.formatLabel.setText(QCoreApplication.translate("OfferingPage", u"&Format", None))
#if QT_CONFIG(accessibility)
        self.format.setAccessibleName(QCoreApplication.translate("OfferingPage", u"Format", None))
#endif // QT_CONFIG(accessibility)
        self.providerLabel.setText(QCoreApplication.translate("OfferingPage", u"P&rovider", None))
#if QT_CONFIG(accessibility)
        self.providerPartnerId.setAccessibleName(QCoreApplication.translate("OfferingPage", u"Provider: a partner, if it is one", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.provider.setAccessibleName(QCoreApplication.translate("OfferingPage", u"Provider's name", None))
#endif // QT_CONFIG(accessibility)
        self.provider.setPlaceholderText(QCoreApplication.translate("OfferingPage", u"or who offers it", None))
        self.datesLabel.setText(QCoreApplication.translate("OfferingPage", u"&Dates", None))
#if QT_CONFIG(accessibility)
        self.startsOn.setAccessibleName(QCoreApplication.translate("OfferingPage", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("OfferingPage", u"to", None))
#if QT_CONFIG(accessibility)
        self.endsOn.setAccessibleName(QCoreApplication.translate("OfferingPage", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.hoursLabel.setText(QCoreApplication.translate("OfferingPage", u"&Hours", None))
#if QT_CONFIG(accessibility)
        self.minutes.setAccessibleName(QCoreApplication.translate("OfferingPage", u"Hours", None))
#endif // QT_CONFIG(accessibility)
        self.costLabel.setText(QCoreApplication.translate("OfferingPage", u"c&ost", None))
#if QT_CONFIG(accessibility)
        self.costCents.setAccessibleName(QCoreApplication.translate("OfferingPage", u"Cost", None))
#endif // QT_CONFIG(accessibility)
        self.costCents.setPlaceholderText(QCoreApplication.translate("OfferingPage", u"0.00", None))
#if QT_CONFIG(accessibility)
        self.currency.setAccessibleName(QCoreApplication.translate("OfferingPage", u"Currency", None))
#endif // QT_CONFIG(accessibility)
        self.areasLabel.setText(QCoreApplication.translate("OfferingPage", u"&Growth areas", None))
#if QT_CONFIG(accessibility)
        self.areas.setAccessibleName(QCoreApplication.translate("OfferingPage", u"Growth areas it serves, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.areasHint.setText("")
        self.subjectsLabel.setText(QCoreApplication.translate("OfferingPage", u"S&ubjects", None))
#if QT_CONFIG(accessibility)
        self.subjects.setAccessibleName(QCoreApplication.translate("OfferingPage", u"Subjects it serves, separated by commas (empty: any)", None))
#endif // QT_CONFIG(accessibility)
        self.subjects.setPlaceholderText(QCoreApplication.translate("OfferingPage", u"Any subject", None))
        self.linkLabel.setText(QCoreApplication.translate("OfferingPage", u"&Link", None))
#if QT_CONFIG(accessibility)
        self.link.setAccessibleName(QCoreApplication.translate("OfferingPage", u"Link", None))
#endif // QT_CONFIG(accessibility)
        self.link.setPlaceholderText(QCoreApplication.translate("OfferingPage", u"https://\u2026", None))
        self.descriptionLabel.setText(QCoreApplication.translate("OfferingPage", u"D&escription", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("OfferingPage", u"Description", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

