# Generated from ui/partner_detail.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

from stemlead.gui.widgets.dates import DateBox
from stemlead.gui.widgets.elided_label import ElidedLabel
from stemlead.gui.widgets.page_scroll import PageScroll

class Ui_PartnerDetail(object):
    def setupUi(self, PartnerDetail):
        if not PartnerDetail.objectName():
            PartnerDetail.setObjectName(u"PartnerDetail")
        self.outer = QVBoxLayout(PartnerDetail)
        self.outer.setObjectName(u"outer")
        self.heading = ElidedLabel(PartnerDetail)
        self.heading.setObjectName(u"heading")

        self.outer.addWidget(self.heading)

        self.summary = QLabel(PartnerDetail)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.outer.addWidget(self.summary)

        self.tabs = QTabWidget(PartnerDetail)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsFrame = QVBoxLayout(self.detailsTab)
        self.detailsFrame.setObjectName(u"detailsFrame")
        self.detailsFrame.setContentsMargins(0, 0, 0, 0)
        self.detailsScroll = PageScroll(self.detailsTab)
        self.detailsScroll.setObjectName(u"detailsScroll")
        self.detailsContent = QWidget()
        self.detailsContent.setObjectName(u"detailsContent")
        self.detailsLayout = QVBoxLayout(self.detailsContent)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.nameLabel = QLabel(self.detailsContent)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.detailsContent)
        self.name.setObjectName(u"name")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kindLabel = QLabel(self.detailsContent)
        self.kindLabel.setObjectName(u"kindLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kind = QComboBox(self.detailsContent)
        self.kind.setObjectName(u"kind")

        self.kindRow.addWidget(self.kind)

        self.statusLabel = QLabel(self.detailsContent)
        self.statusLabel.setObjectName(u"statusLabel")

        self.kindRow.addWidget(self.statusLabel)

        self.status = QComboBox(self.detailsContent)
        self.status.setObjectName(u"status")

        self.kindRow.addWidget(self.status)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.detailsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.websiteLabel = QLabel(self.detailsContent)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.website = QLineEdit(self.detailsContent)
        self.website.setObjectName(u"website")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.website)

        self.addressLabel = QLabel(self.detailsContent)
        self.addressLabel.setObjectName(u"addressLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QPlainTextEdit(self.detailsContent)
        self.address.setObjectName(u"address")
        self.address.setMaximumSize(QSize(16777215, 64))
        self.address.setTabChangesFocus(True)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address)

        self.tagsLabel = QLabel(self.detailsContent)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tags = QLineEdit(self.detailsContent)
        self.tags.setObjectName(u"tags")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tags)


        self.detailsLayout.addLayout(self.detailsForm)

        self.notesLabel = QLabel(self.detailsContent)
        self.notesLabel.setObjectName(u"notesLabel")

        self.detailsLayout.addWidget(self.notesLabel)

        self.notes = QPlainTextEdit(self.detailsContent)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.detailsLayout.addWidget(self.notes)

        self.detailsLayout.setStretch(2, 1)
        self.detailsScroll.setWidget(self.detailsContent)

        self.detailsFrame.addWidget(self.detailsScroll)

        self.tabs.addTab(self.detailsTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsFrame = QVBoxLayout(self.contactsTab)
        self.contactsFrame.setObjectName(u"contactsFrame")
        self.contactsFrame.setContentsMargins(0, 0, 0, 0)
        self.contactsScroll = PageScroll(self.contactsTab)
        self.contactsScroll.setObjectName(u"contactsScroll")
        self.contactsContent = QWidget()
        self.contactsContent.setObjectName(u"contactsContent")
        self.contactsLayout = QVBoxLayout(self.contactsContent)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.addContact = QPushButton(self.contactsContent)
        self.addContact.setObjectName(u"addContact")

        self.contactButtons.addWidget(self.addContact)

        self.contactSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.contactSpacer)

        self.importContacts = QPushButton(self.contactsContent)
        self.importContacts.setObjectName(u"importContacts")

        self.contactButtons.addWidget(self.importContacts)

        self.exportContacts = QPushButton(self.contactsContent)
        self.exportContacts.setObjectName(u"exportContacts")

        self.contactButtons.addWidget(self.exportContacts)


        self.contactsLayout.addLayout(self.contactButtons)

        self.contactList = QListWidget(self.contactsContent)
        self.contactList.setObjectName(u"contactList")
        self.contactList.setMaximumSize(QSize(16777215, 150))

        self.contactsLayout.addWidget(self.contactList)

        self.contactBox = QGroupBox(self.contactsContent)
        self.contactBox.setObjectName(u"contactBox")
        self.contactForm = QFormLayout(self.contactBox)
        self.contactForm.setObjectName(u"contactForm")
        self.contactForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.contactActions = QHBoxLayout()
        self.contactActions.setObjectName(u"contactActions")
        self.moveContact = QPushButton(self.contactBox)
        self.moveContact.setObjectName(u"moveContact")

        self.contactActions.addWidget(self.moveContact)

        self.deleteContact = QPushButton(self.contactBox)
        self.deleteContact.setObjectName(u"deleteContact")

        self.contactActions.addWidget(self.deleteContact)

        self.contactActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactActions.addItem(self.contactActionsSpacer)


        self.contactForm.setLayout(0, QFormLayout.ItemRole.SpanningRole, self.contactActions)

        self.contactNameLabel = QLabel(self.contactBox)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactNameLabel)

        self.contactName = QLineEdit(self.contactBox)
        self.contactName.setObjectName(u"contactName")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contactName)

        self.contactRoleLabel = QLabel(self.contactBox)
        self.contactRoleLabel.setObjectName(u"contactRoleLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactRoleLabel)

        self.contactRole = QLineEdit(self.contactBox)
        self.contactRole.setObjectName(u"contactRole")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactRole)

        self.contactEmailsLabel = QLabel(self.contactBox)
        self.contactEmailsLabel.setObjectName(u"contactEmailsLabel")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactEmailsLabel)

        self.contactEmails = QLineEdit(self.contactBox)
        self.contactEmails.setObjectName(u"contactEmails")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactEmails)

        self.contactPhonesLabel = QLabel(self.contactBox)
        self.contactPhonesLabel.setObjectName(u"contactPhonesLabel")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactPhonesLabel)

        self.contactPhones = QLineEdit(self.contactBox)
        self.contactPhones.setObjectName(u"contactPhones")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactPhones)

        self.contactNotesLabel = QLabel(self.contactBox)
        self.contactNotesLabel.setObjectName(u"contactNotesLabel")

        self.contactForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactNotesLabel)

        self.contactNotes = QPlainTextEdit(self.contactBox)
        self.contactNotes.setObjectName(u"contactNotes")
        self.contactNotes.setTabChangesFocus(True)

        self.contactForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactNotes)


        self.contactsLayout.addWidget(self.contactBox)

        self.contactsLayout.setStretch(2, 1)
        self.contactsScroll.setWidget(self.contactsContent)

        self.contactsFrame.addWidget(self.contactsScroll)

        self.tabs.addTab(self.contactsTab, "")
        self.interactionsTab = QWidget()
        self.interactionsTab.setObjectName(u"interactionsTab")
        self.interactionsFrame = QVBoxLayout(self.interactionsTab)
        self.interactionsFrame.setObjectName(u"interactionsFrame")
        self.interactionsFrame.setContentsMargins(0, 0, 0, 0)
        self.interactionsScroll = PageScroll(self.interactionsTab)
        self.interactionsScroll.setObjectName(u"interactionsScroll")
        self.interactionsContent = QWidget()
        self.interactionsContent.setObjectName(u"interactionsContent")
        self.interactionsLayout = QVBoxLayout(self.interactionsContent)
        self.interactionsLayout.setObjectName(u"interactionsLayout")
        self.interactionButtons = QHBoxLayout()
        self.interactionButtons.setObjectName(u"interactionButtons")
        self.logInteraction = QPushButton(self.interactionsContent)
        self.logInteraction.setObjectName(u"logInteraction")

        self.interactionButtons.addWidget(self.logInteraction)

        self.interactionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.interactionButtons.addItem(self.interactionSpacer)


        self.interactionsLayout.addLayout(self.interactionButtons)

        self.timeline = QListWidget(self.interactionsContent)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setSpacing(3)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setMaximumSize(QSize(16777215, 190))

        self.interactionsLayout.addWidget(self.timeline)

        self.interactionBox = QGroupBox(self.interactionsContent)
        self.interactionBox.setObjectName(u"interactionBox")
        self.interactionForm = QFormLayout(self.interactionBox)
        self.interactionForm.setObjectName(u"interactionForm")
        self.interactionForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.interactionActions = QHBoxLayout()
        self.interactionActions.setObjectName(u"interactionActions")
        self.followUpDone = QPushButton(self.interactionBox)
        self.followUpDone.setObjectName(u"followUpDone")

        self.interactionActions.addWidget(self.followUpDone)

        self.deleteInteraction = QPushButton(self.interactionBox)
        self.deleteInteraction.setObjectName(u"deleteInteraction")

        self.interactionActions.addWidget(self.deleteInteraction)

        self.interactionActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.interactionActions.addItem(self.interactionActionsSpacer)


        self.interactionForm.setLayout(0, QFormLayout.ItemRole.SpanningRole, self.interactionActions)

        self.occurredLabel = QLabel(self.interactionBox)
        self.occurredLabel.setObjectName(u"occurredLabel")

        self.interactionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.occurredLabel)

        self.occurredRow = QHBoxLayout()
        self.occurredRow.setObjectName(u"occurredRow")
        self.occurredOn = DateBox(self.interactionBox)
        self.occurredOn.setObjectName(u"occurredOn")

        self.occurredRow.addWidget(self.occurredOn)

        self.interactionKind = QComboBox(self.interactionBox)
        self.interactionKind.setObjectName(u"interactionKind")

        self.occurredRow.addWidget(self.interactionKind)

        self.occurredSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.occurredRow.addItem(self.occurredSpacer)


        self.interactionForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.occurredRow)

        self.followUpLabel = QLabel(self.interactionBox)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.interactionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.followUpOn = DateBox(self.interactionBox)
        self.followUpOn.setObjectName(u"followUpOn")
        self.followUpOn.setMaximumSize(QSize(180, 16777215))

        self.interactionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.followUpOn)

        self.whoLabel = QLabel(self.interactionBox)
        self.whoLabel.setObjectName(u"whoLabel")

        self.interactionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.who = QListWidget(self.interactionBox)
        self.who.setObjectName(u"who")
        self.who.setMaximumSize(QSize(16777215, 76))

        self.interactionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.who)

        self.interactionNotesLabel = QLabel(self.interactionBox)
        self.interactionNotesLabel.setObjectName(u"interactionNotesLabel")

        self.interactionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.interactionNotesLabel)

        self.interactionNotes = QPlainTextEdit(self.interactionBox)
        self.interactionNotes.setObjectName(u"interactionNotes")
        self.interactionNotes.setTabChangesFocus(True)

        self.interactionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.interactionNotes)


        self.interactionsLayout.addWidget(self.interactionBox)

        self.interactionsScroll.setWidget(self.interactionsContent)

        self.interactionsFrame.addWidget(self.interactionsScroll)

        self.tabs.addTab(self.interactionsTab, "")
        self.agreementsTab = QWidget()
        self.agreementsTab.setObjectName(u"agreementsTab")
        self.agreementsFrame = QVBoxLayout(self.agreementsTab)
        self.agreementsFrame.setObjectName(u"agreementsFrame")
        self.agreementsFrame.setContentsMargins(0, 0, 0, 0)
        self.agreementsScroll = PageScroll(self.agreementsTab)
        self.agreementsScroll.setObjectName(u"agreementsScroll")
        self.agreementsContent = QWidget()
        self.agreementsContent.setObjectName(u"agreementsContent")
        self.agreementsLayout = QVBoxLayout(self.agreementsContent)
        self.agreementsLayout.setObjectName(u"agreementsLayout")
        self.agreementButtons = QHBoxLayout()
        self.agreementButtons.setObjectName(u"agreementButtons")
        self.addAgreement = QPushButton(self.agreementsContent)
        self.addAgreement.setObjectName(u"addAgreement")

        self.agreementButtons.addWidget(self.addAgreement)

        self.deleteAgreement = QPushButton(self.agreementsContent)
        self.deleteAgreement.setObjectName(u"deleteAgreement")

        self.agreementButtons.addWidget(self.deleteAgreement)

        self.agreementSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agreementButtons.addItem(self.agreementSpacer)


        self.agreementsLayout.addLayout(self.agreementButtons)

        self.agreementList = QListWidget(self.agreementsContent)
        self.agreementList.setObjectName(u"agreementList")
        self.agreementList.setMaximumSize(QSize(16777215, 110))

        self.agreementsLayout.addWidget(self.agreementList)

        self.agreementBox = QGroupBox(self.agreementsContent)
        self.agreementBox.setObjectName(u"agreementBox")
        self.agreementForm = QFormLayout(self.agreementBox)
        self.agreementForm.setObjectName(u"agreementForm")
        self.agreementForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.agreementTitleLabel = QLabel(self.agreementBox)
        self.agreementTitleLabel.setObjectName(u"agreementTitleLabel")

        self.agreementForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agreementTitleLabel)

        self.agreementTitle = QLineEdit(self.agreementBox)
        self.agreementTitle.setObjectName(u"agreementTitle")

        self.agreementForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agreementTitle)

        self.datesLabel = QLabel(self.agreementBox)
        self.datesLabel.setObjectName(u"datesLabel")

        self.agreementForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.datesLabel)

        self.datesRow = QHBoxLayout()
        self.datesRow.setObjectName(u"datesRow")
        self.startsOn = DateBox(self.agreementBox)
        self.startsOn.setObjectName(u"startsOn")

        self.datesRow.addWidget(self.startsOn)

        self.endsLabel = QLabel(self.agreementBox)
        self.endsLabel.setObjectName(u"endsLabel")

        self.datesRow.addWidget(self.endsLabel)

        self.endsOn = DateBox(self.agreementBox)
        self.endsOn.setObjectName(u"endsOn")

        self.datesRow.addWidget(self.endsOn)

        self.datesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesRow.addItem(self.datesSpacer)


        self.agreementForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.datesRow)

        self.agreementStatusLabel = QLabel(self.agreementBox)
        self.agreementStatusLabel.setObjectName(u"agreementStatusLabel")

        self.agreementForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agreementStatusLabel)

        self.agreementStatus = QComboBox(self.agreementBox)
        self.agreementStatus.setObjectName(u"agreementStatus")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.agreementStatus.sizePolicy().hasHeightForWidth())
        self.agreementStatus.setSizePolicy(sizePolicy)

        self.agreementForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agreementStatus)

        self.valueLabel = QLabel(self.agreementBox)
        self.valueLabel.setObjectName(u"valueLabel")

        self.agreementForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueRow = QHBoxLayout()
        self.valueRow.setObjectName(u"valueRow")
        self.valueKind = QComboBox(self.agreementBox)
        self.valueKind.setObjectName(u"valueKind")

        self.valueRow.addWidget(self.valueKind)

        self.amount = QLineEdit(self.agreementBox)
        self.amount.setObjectName(u"amount")
        self.amount.setMinimumSize(QSize(90, 0))
        self.amount.setMaximumSize(QSize(140, 16777215))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.valueRow.addWidget(self.amount)

        self.currency = QComboBox(self.agreementBox)
        self.currency.setObjectName(u"currency")
        self.currency.setEditable(True)

        self.valueRow.addWidget(self.currency)

        self.valueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.valueRow.addItem(self.valueSpacer)


        self.agreementForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.valueRow)

        self.renewLabel = QLabel(self.agreementBox)
        self.renewLabel.setObjectName(u"renewLabel")

        self.agreementForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.renewLabel)

        self.renewBy = DateBox(self.agreementBox)
        self.renewBy.setObjectName(u"renewBy")
        self.renewBy.setMaximumSize(QSize(180, 16777215))

        self.agreementForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.renewBy)

        self.partnerProvidesLabel = QLabel(self.agreementBox)
        self.partnerProvidesLabel.setObjectName(u"partnerProvidesLabel")

        self.agreementForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.partnerProvidesLabel)

        self.partnerProvides = QPlainTextEdit(self.agreementBox)
        self.partnerProvides.setObjectName(u"partnerProvides")
        self.partnerProvides.setTabChangesFocus(True)
        self.partnerProvides.setMaximumSize(QSize(16777215, 64))

        self.agreementForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.partnerProvides)

        self.weProvideLabel = QLabel(self.agreementBox)
        self.weProvideLabel.setObjectName(u"weProvideLabel")

        self.agreementForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.weProvideLabel)

        self.weProvide = QPlainTextEdit(self.agreementBox)
        self.weProvide.setObjectName(u"weProvide")
        self.weProvide.setTabChangesFocus(True)
        self.weProvide.setMaximumSize(QSize(16777215, 64))

        self.agreementForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.weProvide)

        self.agreementNotesLabel = QLabel(self.agreementBox)
        self.agreementNotesLabel.setObjectName(u"agreementNotesLabel")

        self.agreementForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.agreementNotesLabel)

        self.agreementNotes = QPlainTextEdit(self.agreementBox)
        self.agreementNotes.setObjectName(u"agreementNotes")
        self.agreementNotes.setTabChangesFocus(True)

        self.agreementForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.agreementNotes)


        self.agreementsLayout.addWidget(self.agreementBox)

        self.agreementsScroll.setWidget(self.agreementsContent)

        self.agreementsFrame.addWidget(self.agreementsScroll)

        self.tabs.addTab(self.agreementsTab, "")

        self.outer.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.kindLabel.setBuddy(self.kind)
        self.statusLabel.setBuddy(self.status)
        self.websiteLabel.setBuddy(self.website)
        self.addressLabel.setBuddy(self.address)
        self.tagsLabel.setBuddy(self.tags)
        self.notesLabel.setBuddy(self.notes)
        self.contactNameLabel.setBuddy(self.contactName)
        self.contactRoleLabel.setBuddy(self.contactRole)
        self.contactEmailsLabel.setBuddy(self.contactEmails)
        self.contactPhonesLabel.setBuddy(self.contactPhones)
        self.contactNotesLabel.setBuddy(self.contactNotes)
        self.occurredLabel.setBuddy(self.occurredOn)
        self.followUpLabel.setBuddy(self.followUpOn)
        self.whoLabel.setBuddy(self.who)
        self.interactionNotesLabel.setBuddy(self.interactionNotes)
        self.agreementTitleLabel.setBuddy(self.agreementTitle)
        self.datesLabel.setBuddy(self.startsOn)
        self.endsLabel.setBuddy(self.endsOn)
        self.agreementStatusLabel.setBuddy(self.agreementStatus)
        self.valueLabel.setBuddy(self.valueKind)
        self.renewLabel.setBuddy(self.renewBy)
        self.partnerProvidesLabel.setBuddy(self.partnerProvides)
        self.weProvideLabel.setBuddy(self.weProvide)
        self.agreementNotesLabel.setBuddy(self.agreementNotes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.name)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.status)
        QWidget.setTabOrder(self.status, self.website)
        QWidget.setTabOrder(self.website, self.address)
        QWidget.setTabOrder(self.address, self.tags)
        QWidget.setTabOrder(self.tags, self.notes)
        QWidget.setTabOrder(self.notes, self.addContact)
        QWidget.setTabOrder(self.addContact, self.importContacts)
        QWidget.setTabOrder(self.importContacts, self.exportContacts)
        QWidget.setTabOrder(self.exportContacts, self.contactList)
        QWidget.setTabOrder(self.contactList, self.moveContact)
        QWidget.setTabOrder(self.moveContact, self.deleteContact)
        QWidget.setTabOrder(self.deleteContact, self.contactName)
        QWidget.setTabOrder(self.contactName, self.contactRole)
        QWidget.setTabOrder(self.contactRole, self.contactEmails)
        QWidget.setTabOrder(self.contactEmails, self.contactPhones)
        QWidget.setTabOrder(self.contactPhones, self.contactNotes)
        QWidget.setTabOrder(self.contactNotes, self.logInteraction)
        QWidget.setTabOrder(self.logInteraction, self.timeline)
        QWidget.setTabOrder(self.timeline, self.followUpDone)
        QWidget.setTabOrder(self.followUpDone, self.deleteInteraction)
        QWidget.setTabOrder(self.deleteInteraction, self.occurredOn)
        QWidget.setTabOrder(self.occurredOn, self.interactionKind)
        QWidget.setTabOrder(self.interactionKind, self.followUpOn)
        QWidget.setTabOrder(self.followUpOn, self.who)
        QWidget.setTabOrder(self.who, self.interactionNotes)
        QWidget.setTabOrder(self.interactionNotes, self.addAgreement)
        QWidget.setTabOrder(self.addAgreement, self.deleteAgreement)
        QWidget.setTabOrder(self.deleteAgreement, self.agreementList)
        QWidget.setTabOrder(self.agreementList, self.agreementTitle)
        QWidget.setTabOrder(self.agreementTitle, self.startsOn)
        QWidget.setTabOrder(self.startsOn, self.endsOn)
        QWidget.setTabOrder(self.endsOn, self.agreementStatus)
        QWidget.setTabOrder(self.agreementStatus, self.valueKind)
        QWidget.setTabOrder(self.valueKind, self.amount)
        QWidget.setTabOrder(self.amount, self.currency)
        QWidget.setTabOrder(self.currency, self.renewBy)
        QWidget.setTabOrder(self.renewBy, self.partnerProvides)
        QWidget.setTabOrder(self.partnerProvides, self.weProvide)
        QWidget.setTabOrder(self.weProvide, self.agreementNotes)

        self.retranslateUi(PartnerDetail)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PartnerDetail)
    # setupUi

    def retranslateUi(self, PartnerDetail):
        self.heading.setText(QCoreApplication.translate("PartnerDetail", u"Partner", None))
        self.summary.setText("")
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Partner sections", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("PartnerDetail", u"Na&me", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Partner name", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("PartnerDetail", u"T&ype", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Partner type", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("PartnerDetail", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Partner status", None))
#endif // QT_CONFIG(accessibility)
        self.websiteLabel.setText(QCoreApplication.translate("PartnerDetail", u"&Website", None))
#if QT_CONFIG(accessibility)
        self.website.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Website", None))
#endif // QT_CONFIG(accessibility)
        self.website.setPlaceholderText(QCoreApplication.translate("PartnerDetail", u"https://\u2026", None))
        self.addressLabel.setText(QCoreApplication.translate("PartnerDetail", u"Add&ress", None))
#if QT_CONFIG(accessibility)
        self.address.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.tagsLabel.setText(QCoreApplication.translate("PartnerDetail", u"Ta&gs", None))
#if QT_CONFIG(accessibility)
        self.tags.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Tags, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.tags.setPlaceholderText(QCoreApplication.translate("PartnerDetail", u"robotics, field trips, mentors\u2026", None))
        self.notesLabel.setText(QCoreApplication.translate("PartnerDetail", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Partner notes", None))
#endif // QT_CONFIG(accessibility)
        self.notes.setPlaceholderText(QCoreApplication.translate("PartnerDetail", u"What they offer, who they reach, how the partnership started\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("PartnerDetail", u"&Details", None))
        self.addContact.setText(QCoreApplication.translate("PartnerDetail", u"Ne&w contact", None))
        self.importContacts.setText(QCoreApplication.translate("PartnerDetail", u"Import\u2026", None))
#if QT_CONFIG(tooltip)
        self.importContacts.setToolTip(QCoreApplication.translate("PartnerDetail", u"Import people from a vCard or CSV file; people with no organisation join this partner", None))
#endif // QT_CONFIG(tooltip)
        self.exportContacts.setText(QCoreApplication.translate("PartnerDetail", u"Export\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportContacts.setToolTip(QCoreApplication.translate("PartnerDetail", u"Save this partner's contacts as vCard or CSV", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.contactList.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Contacts at this partner", None))
#endif // QT_CONFIG(accessibility)
        self.contactBox.setTitle(QCoreApplication.translate("PartnerDetail", u"Contact", None))
        self.moveContact.setText(QCoreApplication.translate("PartnerDetail", u"Mo&ve to\u2026", None))
#if QT_CONFIG(tooltip)
        self.moveContact.setToolTip(QCoreApplication.translate("PartnerDetail", u"Move this person to another partner (they changed jobs)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteContact.setText(QCoreApplication.translate("PartnerDetail", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteContact.setToolTip(QCoreApplication.translate("PartnerDetail", u"Delete this person (Delete key in the list); Ctrl+Shift+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
        self.contactNameLabel.setText(QCoreApplication.translate("PartnerDetail", u"Name", None))
#if QT_CONFIG(accessibility)
        self.contactName.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Contact name", None))
#endif // QT_CONFIG(accessibility)
        self.contactRoleLabel.setText(QCoreApplication.translate("PartnerDetail", u"Role", None))
#if QT_CONFIG(accessibility)
        self.contactRole.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.contactRole.setPlaceholderText(QCoreApplication.translate("PartnerDetail", u"Education director, engineer, volunteer coordinator\u2026", None))
        self.contactEmailsLabel.setText(QCoreApplication.translate("PartnerDetail", u"Emails", None))
#if QT_CONFIG(accessibility)
        self.contactEmails.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Emails, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.contactEmails.setPlaceholderText(QCoreApplication.translate("PartnerDetail", u"name@example.org, another@example.org", None))
        self.contactPhonesLabel.setText(QCoreApplication.translate("PartnerDetail", u"Phones", None))
#if QT_CONFIG(accessibility)
        self.contactPhones.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Phones, separated by semicolons", None))
#endif // QT_CONFIG(accessibility)
        self.contactPhones.setPlaceholderText(QCoreApplication.translate("PartnerDetail", u"+1 555 010 0100; 555 010 0101", None))
        self.contactNotesLabel.setText(QCoreApplication.translate("PartnerDetail", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.contactNotes.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Contact notes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.contactsTab), QCoreApplication.translate("PartnerDetail", u"Con&tacts", None))
        self.logInteraction.setText(QCoreApplication.translate("PartnerDetail", u"&Log an interaction\u2026", None))
#if QT_CONFIG(accessibility)
        self.timeline.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Interactions, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.interactionBox.setTitle(QCoreApplication.translate("PartnerDetail", u"Interaction", None))
        self.followUpDone.setText(QCoreApplication.translate("PartnerDetail", u"Follow-up d&one", None))
#if QT_CONFIG(tooltip)
        self.followUpDone.setToolTip(QCoreApplication.translate("PartnerDetail", u"Mark the selected interaction's follow-up done (or open it again)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteInteraction.setText(QCoreApplication.translate("PartnerDetail", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteInteraction.setToolTip(QCoreApplication.translate("PartnerDetail", u"Delete this interaction; Ctrl+Shift+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
        self.occurredLabel.setText(QCoreApplication.translate("PartnerDetail", u"Date", None))
#if QT_CONFIG(accessibility)
        self.occurredOn.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Date of the interaction", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.interactionKind.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Kind of interaction", None))
#endif // QT_CONFIG(accessibility)
        self.followUpLabel.setText(QCoreApplication.translate("PartnerDetail", u"Follow up by", None))
#if QT_CONFIG(accessibility)
        self.followUpOn.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Follow-up date", None))
#endif // QT_CONFIG(accessibility)
        self.whoLabel.setText(QCoreApplication.translate("PartnerDetail", u"Who", None))
#if QT_CONFIG(accessibility)
        self.who.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Who took part", None))
#endif // QT_CONFIG(accessibility)
        self.interactionNotesLabel.setText(QCoreApplication.translate("PartnerDetail", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.interactionNotes.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Interaction notes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.interactionsTab), QCoreApplication.translate("PartnerDetail", u"&Interactions", None))
        self.addAgreement.setText(QCoreApplication.translate("PartnerDetail", u"Ne&w agreement", None))
        self.deleteAgreement.setText(QCoreApplication.translate("PartnerDetail", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteAgreement.setToolTip(QCoreApplication.translate("PartnerDetail", u"Delete this agreement; Ctrl+Shift+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.agreementList.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Agreements with this partner", None))
#endif // QT_CONFIG(accessibility)
        self.agreementBox.setTitle(QCoreApplication.translate("PartnerDetail", u"Agreement", None))
        self.agreementTitleLabel.setText(QCoreApplication.translate("PartnerDetail", u"Title", None))
#if QT_CONFIG(accessibility)
        self.agreementTitle.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Agreement title", None))
#endif // QT_CONFIG(accessibility)
        self.datesLabel.setText(QCoreApplication.translate("PartnerDetail", u"From", None))
#if QT_CONFIG(accessibility)
        self.startsOn.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.endsLabel.setText(QCoreApplication.translate("PartnerDetail", u"to", None))
#if QT_CONFIG(accessibility)
        self.endsOn.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.agreementStatusLabel.setText(QCoreApplication.translate("PartnerDetail", u"Status", None))
#if QT_CONFIG(accessibility)
        self.agreementStatus.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Agreement status", None))
#endif // QT_CONFIG(accessibility)
        self.valueLabel.setText(QCoreApplication.translate("PartnerDetail", u"Value", None))
#if QT_CONFIG(accessibility)
        self.valueKind.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Kind of value", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.amount.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Amount", None))
#endif // QT_CONFIG(accessibility)
        self.amount.setPlaceholderText(QCoreApplication.translate("PartnerDetail", u"0.00", None))
#if QT_CONFIG(accessibility)
        self.currency.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Currency", None))
#endif // QT_CONFIG(accessibility)
        self.renewLabel.setText(QCoreApplication.translate("PartnerDetail", u"Renewal reminder", None))
#if QT_CONFIG(accessibility)
        self.renewBy.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Renewal reminder date", None))
#endif // QT_CONFIG(accessibility)
        self.partnerProvidesLabel.setText(QCoreApplication.translate("PartnerDetail", u"They provide", None))
#if QT_CONFIG(accessibility)
        self.partnerProvides.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"What the partner provides", None))
#endif // QT_CONFIG(accessibility)
        self.weProvideLabel.setText(QCoreApplication.translate("PartnerDetail", u"We provide", None))
#if QT_CONFIG(accessibility)
        self.weProvide.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"What we provide", None))
#endif // QT_CONFIG(accessibility)
        self.agreementNotesLabel.setText(QCoreApplication.translate("PartnerDetail", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.agreementNotes.setAccessibleName(QCoreApplication.translate("PartnerDetail", u"Agreement notes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.agreementsTab), QCoreApplication.translate("PartnerDetail", u"&Agreements", None))
        pass
    # retranslateUi

