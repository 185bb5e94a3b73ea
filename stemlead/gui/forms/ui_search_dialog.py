# Generated from ui/search_dialog.ui by stemlead.gui.forms.compile; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_SearchDialog(object):
    def setupUi(self, SearchDialog):
        if not SearchDialog.objectName():
            SearchDialog.setObjectName(u"SearchDialog")
        SearchDialog.resize(680, 460)
        self.outer = QVBoxLayout(SearchDialog)
        self.outer.setObjectName(u"outer")
        self.query = QLineEdit(SearchDialog)
        self.query.setObjectName(u"query")
        self.query.setClearButtonEnabled(True)

        self.outer.addWidget(self.query)

        self.results = QListWidget(SearchDialog)
        self.results.setObjectName(u"results")
        self.results.setWordWrap(True)

        self.outer.addWidget(self.results)

        self.status = QLabel(SearchDialog)
        self.status.setObjectName(u"status")

        self.outer.addWidget(self.status)


        self.retranslateUi(SearchDialog)

        QMetaObject.connectSlotsByName(SearchDialog)
    # setupUi

    def retranslateUi(self, SearchDialog):
        SearchDialog.setWindowTitle(QCoreApplication.translate("SearchDialog", u"Search everything", None))
#if QT_CONFIG(accessibility)
        self.query.setAccessibleName(QCoreApplication.translate("SearchDialog", u"Search", None))
#endif // QT_CONFIG(accessibility)
        self.query.setPlaceholderText(QCoreApplication.translate("SearchDialog", u"Search teachers, notes, meetings, partners\u2026 (Enter opens, \u2193 moves)", None))
#if QT_CONFIG(accessibility)
        self.results.setAccessibleName(QCoreApplication.translate("SearchDialog", u"Results", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
    # retranslateUi

