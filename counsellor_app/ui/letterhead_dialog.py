"""The administrator's letterhead: what every printed document says about the agency.

Texts are typed per language (French, Arabic, English) because a document prints two of them
side by side; the logos are pictures kept in the database, so re-prints use the same ones.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.languages import LANGUAGES
from counsellor_app.core.problems import DomainError
from counsellor_app.documents.layout import Letterhead
from counsellor_app.services.documents import DocumentService
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.printed_panel import chosen_languages, language_combo
from counsellor_app.ui.widgets import error_banner, ok_cancel, show_banner

LOGO_FILTER = "*.png *.jpg *.jpeg"
THUMBNAIL = QSize(96, 64)


def _thumbnail(content: bytes | None) -> QPixmap:
    image = QImage.fromData(content or b"")
    if image.isNull():
        return QPixmap()
    return QPixmap.fromImage(image).scaled(
        THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class LetterheadDialog(Dialog):
    help_section = guide_sections.LETTERHEAD

    def __init__(self, service: DocumentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterheadDialog")
        self.setWindowTitle(self.tr("Letterhead of printed documents"))
        self.service = service
        current, _ = service.letterhead()
        self.logo: str | None = current.logo
        layout = QVBoxLayout(self)
        self.message = error_banner(self)
        layout.addWidget(self.message)

        texts = QGroupBox(self.tr("Texts, in each language"), self)
        grid = QGridLayout(texts)
        names = {code: labels.language_name(code, code) for code in LANGUAGES}
        for column, code in enumerate(LANGUAGES, start=1):
            header = QLabel(names[code], texts)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column)
        self.texts: dict[tuple[str, str], QLineEdit] = {}
        rows = (
            ("institution", self.tr("Institution")),
            ("agency", self.tr("Agency")),
            ("address", self.tr("Address")),
            ("city", self.tr("City (place of signature)")),
            ("signatory_title", self.tr("Signatory's title")),
        )
        for row, (part, title) in enumerate(rows, start=1):
            grid.addWidget(QLabel(title, texts), row, 0)
            values = getattr(current, part)
            for column, code in enumerate(LANGUAGES, start=1):
                edit = QLineEdit(values.get(code, ""), texts)
                edit.setObjectName(f"{part}_{code}")
                edit.setAccessibleName(f"{title} — {names[code]}")
                edit.setMaxLength(200)
                if code == "ar":
                    edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
                grid.addWidget(edit, row, column)
                self.texts[(part, code)] = edit
        hint = QLabel(
            self.tr("A text left empty in Arabic or English is printed in French."), texts
        )
        hint.setObjectName("hint")
        grid.addWidget(hint, len(rows) + 1, 0, 1, 4)
        layout.addWidget(texts)

        other = QFormLayout()
        self.signatory = QLineEdit(current.signatory_name, self)
        self.signatory.setObjectName("signatory_name")
        self.phone = QLineEdit(current.phone, self)
        self.phone.setObjectName("phone")
        self.email = QLineEdit(current.email, self)
        self.email.setObjectName("email")
        for ltr_field in (self.phone, self.email):
            ltr_field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.languages = language_combo(service, self)
        for text, widget in (
            (self.tr("Signatory's &name"), self.signatory),
            (self.tr("&Phone"), self.phone),
            (self.tr("&E-mail"), self.email),
            (self.tr("&Languages by default"), self.languages),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            other.addRow(label, widget)
        layout.addLayout(other)

        logos = QGroupBox(self.tr("Logos (PNG or JPEG, at most 2 MB)"), self)
        logos_layout = QGridLayout(logos)
        self.logo_view = QLabel(logos)
        self.logo_view.setObjectName("logoView")
        self.logo_view.setFixedSize(THUMBNAIL)
        self.logo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(self.tr("Institution's logo…"), logos)
        choose.setObjectName("chooseLogo")
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("No logo"), logos)
        remove.setObjectName("removeLogo")
        remove.clicked.connect(lambda: self._set_logo(None))
        logos_layout.addWidget(self.logo_view, 0, 0)
        logo_buttons = QHBoxLayout()
        logo_buttons.addWidget(choose)
        logo_buttons.addWidget(remove)
        logo_buttons.addStretch(1)
        logos_layout.addLayout(logo_buttons, 0, 1)
        self.donors = QListWidget(logos)
        self.donors.setObjectName("donorLogos")
        self.donors.setViewMode(QListWidget.ViewMode.IconMode)
        self.donors.setIconSize(THUMBNAIL)
        self.donors.setFixedHeight(THUMBNAIL.height() + 30)
        self.donors.setAccessibleName(self.tr("Donors' logos"))
        add_donor = QPushButton(self.tr("Add a donor's logo…"), logos)
        add_donor.setObjectName("addDonor")
        add_donor.clicked.connect(self.add_donor)
        remove_donor = QPushButton(self.tr("Remove"), logos)
        remove_donor.setObjectName("removeDonor")
        remove_donor.clicked.connect(lambda: self.donors.takeItem(self.donors.currentRow()))
        logos_layout.addWidget(self.donors, 1, 0, 1, 2)
        donor_buttons = QHBoxLayout()
        donor_buttons.addWidget(add_donor)
        donor_buttons.addWidget(remove_donor)
        donor_buttons.addStretch(1)
        logos_layout.addLayout(donor_buttons, 2, 0, 1, 2)
        layout.addWidget(logos)
        layout.addWidget(ok_cancel(self, self.apply))
        self._set_logo(current.logo)
        for sha in current.donor_logos:
            self._add_donor_item(sha)

    # -- logos -----------------------------------------------------------------------------
    def _pick_image(self, title: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, title, "", self.tr("Pictures (%1)").replace("%1", LOGO_FILTER)
        )
        return Path(path) if path else None

    def keep_image(self, path: Path) -> str | None:
        """Store a picture for the letterhead; its SHA-256, or None with the reason shown."""
        try:
            content = path.read_bytes()
        except OSError as error:
            show_banner(self.message, [error.strerror or str(error)])
            return None
        try:
            sha = self.service.add_logo(content)
        except DomainError as error:
            show_banner(self.message, [labels.problem_text(p) for p in error.problems])
            return None
        show_banner(self.message, [])
        return sha

    def choose_logo(self) -> None:
        path = self._pick_image(self.tr("Institution's logo"))
        if path is not None and (sha := self.keep_image(path)):
            self._set_logo(sha)

    def add_donor(self) -> None:
        path = self._pick_image(self.tr("Donor's logo"))
        if path is not None and (sha := self.keep_image(path)):
            self._add_donor_item(sha)

    def _set_logo(self, sha: str | None) -> None:
        self.logo = sha
        picture = _thumbnail(self.service.logo(sha)) if sha else QPixmap()
        self.logo_view.setPixmap(picture)
        if picture.isNull():
            self.logo_view.setText(self.tr("No logo"))

    def _add_donor_item(self, sha: str) -> None:
        item = QListWidgetItem(QIcon(_thumbnail(self.service.logo(sha))), "", self.donors)
        item.setData(Qt.ItemDataRole.UserRole, sha)
        item.setToolTip(sha[:12])

    def donor_logos(self) -> tuple[str, ...]:
        return tuple(
            str(self.donors.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.donors.count())
        )

    # -- save ------------------------------------------------------------------------------
    def letterhead(self) -> Letterhead:
        def per_language(part: str) -> dict[str, str]:
            values = {code: " ".join(self.texts[(part, code)].text().split()) for code in LANGUAGES}
            return {code: text for code, text in values.items() if text}

        return Letterhead(
            institution=per_language("institution"),
            agency=per_language("agency"),
            address=per_language("address"),
            city=per_language("city"),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            signatory_name=" ".join(self.signatory.text().split()),
            signatory_title=per_language("signatory_title"),
            logo=self.logo,
            donor_logos=self.donor_logos(),
        )

    def apply(self) -> None:
        letterhead = self.letterhead()
        if not letterhead.agency:
            show_banner(self.message, [self.tr("Type the agency's name, at least in French.")])
            self.texts[("agency", "fr")].setFocus()
            return
        try:
            self.service.save_letterhead(letterhead, chosen_languages(self.languages))
        except DomainError as error:
            show_banner(self.message, [labels.problem_text(p) for p in error.problems])
            return
        self.accept()
