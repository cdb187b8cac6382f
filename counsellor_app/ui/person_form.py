"""The intake form: registers a new person or edits an existing file.

Everything typed stays in the form on a validation error, and is written as a draft while the
counsellor types, so a crash or power cut loses nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core import vocab
from counsellor_app.core.clock import local_today
from counsellor_app.core.merge import EditConflict, Opened
from counsellor_app.core.person import (
    ConsentInput,
    DocumentWarning,
    IdentityDocumentInput,
    PersonInput,
    person_from_dict,
    person_to_dict,
)
from counsellor_app.core.person_merge import DOCUMENT_PREFIX
from counsellor_app.core.phone import display_phone
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.vocab import SENSITIVE_FLAGS
from counsellor_app.services.people import DuplicatesFound
from counsellor_app.services.people import PersonFile as PersonFileRecord
from counsellor_app.services.reference import cities
from counsellor_app.storage.faults import FaultKind, classify_write_failure
from counsellor_app.ui import labels
from counsellor_app.ui.conflict_dialog import EditConflictDialog
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.duplicate_dialog import DuplicateDialog
from counsellor_app.ui.errors import fault_text, show_domain_error
from counsellor_app.ui.history_panel import field_label, field_value
from counsellor_app.ui.i18n import isolate, ltr
from counsellor_app.ui.widgets import (
    CheckGrid,
    DateField,
    FieldBox,
    add_field,
    combo_value,
    fill_combo,
    set_combo_value,
)

log = logging.getLogger(__name__)
DRAFT_KIND = "person"
DRAFT_DELAY_MS = 1200
OPENED_KEY = "opened"  # in a draft of an existing file: the version and values it was typed over
DRAFT_RETRY_MS = 60_000


class DocumentsEditor(QWidget):
    """Identity documents: several per person, or none. One row per document."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("documentsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Number"), self.tr("Expires on")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(110)
        self.table.setAccessibleName(self.tr("Identity documents"))
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a document"), self)
        self.add_button.setObjectName("addDocument")
        self.remove_button = QPushButton(self.tr("Remove the selected document"), self)
        self.remove_button.setObjectName("removeDocument")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.errors = QLabel(self)
        self.errors.setObjectName("fieldError")
        self.errors.setWordWrap(True)
        self.errors.hide()
        layout.addWidget(self.errors)
        self._ids: list[str | None] = []
        self._issued: list[date | None] = []  # not shown, kept as stored

    def add_row(self, doc: IdentityDocumentInput | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox(self.table)
        fill_combo(
            kind,
            [(c, labels.label(labels.DOCUMENT_TYPE, c)) for c in vocab.DOCUMENT_TYPES],
            blank="",
        )
        kind.setAccessibleName(self.tr("Document type"))
        number = QLineEdit(self.table)
        number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        number.setAccessibleName(self.tr("Document number"))
        number.setMaxLength(60)
        expires = DateField(self.table)
        expires.setAccessibleName(self.tr("Expiry date"))
        if doc is not None:
            set_combo_value(kind, doc.doc_type)
            number.setText(doc.number)
            expires.set_value(doc.expires_on)
        for widget, signal in (
            (kind, kind.currentIndexChanged),
            (number, number.textChanged),
            (expires, expires.dateChanged),
        ):
            signal.connect(self.changed)
            del widget
        self.table.setCellWidget(row, 0, kind)
        self.table.setCellWidget(row, 1, number)
        self.table.setCellWidget(row, 2, expires)
        self._ids.append(doc.id if doc else None)
        self._issued.append(doc.issued_on if doc else None)
        if doc is None:
            kind.setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0 and self.table.rowCount():
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            del self._ids[row]
            del self._issued[row]
            self.changed.emit()

    def values(self) -> tuple[IdentityDocumentInput, ...]:
        docs = []
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, 0)
            number = self.table.cellWidget(row, 1)
            expires = self.table.cellWidget(row, 2)
            assert isinstance(kind, QComboBox) and isinstance(number, QLineEdit)
            assert isinstance(expires, DateField)
            if not combo_value(kind) and not number.text().strip() and expires.value() is None:
                continue  # an untouched empty row is not a document
            docs.append(
                IdentityDocumentInput(
                    combo_value(kind),
                    number.text(),
                    expires.value(),
                    self._issued[row],
                    self._ids[row],
                )
            )
        return tuple(docs)

    def set_values(self, docs: tuple[IdentityDocumentInput, ...]) -> None:
        self.table.setRowCount(0)
        self._ids.clear()
        self._issued.clear()
        for doc in docs:
            self.add_row(doc)

    def show_errors(self, lines: list[str]) -> None:
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))


class PersonForm(QWidget):
    """Intake of a new person (``person_id`` None) or the edit form of an existing file."""

    saved = Signal(str)  # person id
    open_person = Signal(str)
    title_changed = Signal(str)
    closed = Signal()
    exported = Signal(object)  # the whole file's PDF, written on a worker

    def __init__(
        self,
        context: UiContext,
        person_id: str | None = None,
        parent: QWidget | None = None,
        start: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personForm")
        self.context = context
        self.person_id = person_id
        self.file_number = ""
        self._dirty = False
        self._loading = False
        self._confirmed_new = False
        self._saved_snapshot: PersonInput | None = None
        # What the open file was read at, and the values chosen in conflicts since: a save
        # over a newer copy merges instead of overwriting (services.people.update).
        self._opened: Opened[PersonInput] | None = None
        self._chosen: dict[str, Any] = {}
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._boxes: dict[str, FieldBox] = {}
        self._labels: dict[str, str] = {}
        self._pending_draft: dict[str, object] = {}
        # While the disk refuses the draft (full, pulled out), it is tried again now and then;
        # what was typed stays in the form, and can be copied out.
        self.draft_problem: FaultKind | None = None
        self._draft_retry = QTimer(self)
        self._draft_retry.setInterval(DRAFT_RETRY_MS)
        self._draft_retry.timeout.connect(self.save_draft)
        self._build()
        if person_id is not None:
            self.open_person_file(person_id)
        elif start:
            self.start_new_intake()

    def start_new_intake(self) -> None:
        self.person_id = None
        self._offer_draft()
        self._update_title()

    def open_person_file(self, person_id: str) -> None:
        """Show an existing file in this form (also used on a form built ahead of time)."""
        self.person_id = person_id
        self.draft_banner.hide()
        self._load_existing(person_id)
        self._offer_draft()
        self._update_title()

    # -- building --------------------------------------------------------------------------
    def _line(
        self, name: str, max_length: int = 80, ltr_only: bool = False, rtl: bool = False
    ) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        if ltr_only:
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if rtl:
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        edit.textChanged.connect(self._changed)
        return edit

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        fill_combo(combo, items, blank="")
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _add(self, form: QFormLayout, name: str, text: str, widget: QWidget) -> None:
        add_field(form, self._boxes, name, text, widget)
        self._labels[name] = text.replace("&", "")

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title, self)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return group, form

    def _build(self) -> None:
        language = self.context.language
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        self.draft_banner = QFrame(self)
        self.draft_banner.setObjectName("draftBanner")
        banner_layout = QHBoxLayout(self.draft_banner)
        self.draft_label = QLabel(self.draft_banner)
        self.draft_label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore it"), self.draft_banner)
        self.restore_button.setObjectName("restoreDraft")
        self.discard_button = QPushButton(self.tr("Discard it"), self.draft_banner)
        self.discard_button.setObjectName("discardDraft")
        banner_layout.addWidget(self.draft_label, 1)
        banner_layout.addWidget(self.restore_button)
        banner_layout.addWidget(self.discard_button)
        self.draft_banner.hide()
        outer.addWidget(self.draft_banner)

        self.unsaved_banner = QFrame(self)
        self.unsaved_banner.setObjectName("draftFailedBanner")
        unsaved_layout = QHBoxLayout(self.unsaved_banner)
        self.unsaved_label = QLabel(self.unsaved_banner)
        self.unsaved_label.setObjectName("draftFailedText")
        self.unsaved_label.setWordWrap(True)
        self.unsaved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.copy_button = QPushButton(self.tr("&Copy what I typed"), self.unsaved_banner)
        self.copy_button.setObjectName("copyTyped")
        self.copy_button.clicked.connect(self.copy_typed_text)
        unsaved_layout.addWidget(self.unsaved_label, 1)
        unsaved_layout.addWidget(self.copy_button)
        self.unsaved_banner.hide()
        outer.addWidget(self.unsaved_banner)

        self.masked_banner = QFrame(self)
        self.masked_banner.setObjectName("maskedBanner")
        masked_layout = QHBoxLayout(self.masked_banner)
        self.masked_label = QLabel(
            self.tr(
                "Sensitive information of this file is hidden from you (health, violence, "
                "trafficking, identity numbers): you are not this person's counsellor."
            ),
            self.masked_banner,
        )
        self.masked_label.setWordWrap(True)
        self.reveal_button = QPushButton(self.tr("Show it, giving a reason…"), self.masked_banner)
        self.reveal_button.setObjectName("revealSensitive")
        self.reveal_button.clicked.connect(self.reveal_sensitive)
        masked_layout.addWidget(self.masked_label, 1)
        masked_layout.addWidget(self.reveal_button)
        self.masked_banner.hide()
        outer.addWidget(self.masked_banner)

        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("warningBanner")
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        outer.addWidget(self.warning_label)
        self.error_summary = QLabel(self)
        self.error_summary.setObjectName("errorBanner")
        self.error_summary.setWordWrap(True)
        self.error_summary.hide()
        outer.addWidget(self.error_summary)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        group, form = self._group(self.tr("Identity"))
        self.last_name = self._line("last_name")
        self.first_name = self._line("first_name")
        self.last_name_ar = self._line("last_name_ar", rtl=True)
        self.first_name_ar = self._line("first_name_ar", rtl=True)
        self.sex = self._combo("sex", [(c, labels.label(labels.SEX, c)) for c in vocab.SEXES])
        self.date_of_birth = DateField(self)
        self.date_of_birth.setObjectName("date_of_birth")
        self.date_of_birth.dateChanged.connect(self._changed)
        self.nationality = self._combo("nationality", labels.countries(language))
        self.nationality.setEditable(True)
        self.nationality.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.nationality.completer()
        if completer is not None:  # type to find a country by any part of its name
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.legal_status = self._combo(
            "legal_status",
            [(c, labels.label(labels.LEGAL_STATUS, c)) for c in vocab.LEGAL_STATUSES],
        )
        self._add(form, "last_name", self.tr("&Last name (Latin letters)"), self.last_name)
        self._add(form, "first_name", self.tr("&First name (Latin letters)"), self.first_name)
        self._add(form, "last_name_ar", self.tr("Last name in Arabic"), self.last_name_ar)
        self._add(form, "first_name_ar", self.tr("First name in Arabic"), self.first_name_ar)
        self._add(form, "sex", self.tr("Se&x"), self.sex)
        self._add(form, "date_of_birth", self.tr("&Date of birth"), self.date_of_birth)
        self._add(form, "nationality", self.tr("&Nationality"), self.nationality)
        self._add(form, "legal_status", self.tr("Legal &status"), self.legal_status)
        left.addWidget(group)

        group, form = self._group(self.tr("Identity documents"))
        self.documents = DocumentsEditor(self)
        self.documents.changed.connect(self._changed)
        form.addRow(self.documents)
        left.addWidget(group)

        group, form = self._group(self.tr("Contact"))
        self.phone = self._line("phone", 32, ltr_only=True)
        self.phone.setPlaceholderText("06 12 34 56 78")
        self.email = self._line("email", 200, ltr_only=True)
        self.city = self._combo(
            "city",
            [
                (p.id, p.name(language))
                for p in sorted(cities(self.context.db), key=lambda p: p.name(language))
            ],
        )
        self.address = self._line("address", 200)
        self._add(form, "phone", self.tr("&Phone"), self.phone)
        self._add(form, "email", self.tr("E-mail"), self.email)
        self._add(form, "city_id", self.tr("&City"), self.city)
        self._add(form, "address", self.tr("Address"), self.address)
        left.addWidget(group)
        left.addStretch()

        group, form = self._group(self.tr("Profile"))
        self.languages = CheckGrid(
            [(c, labels.language_name(c, language)) for c in vocab.LANGUAGES], 3, self
        )
        self.languages.setObjectName("languages")
        self.languages.changed.connect(self._changed)
        self.education = self._combo(
            "education_level",
            [(c, labels.label(labels.EDUCATION, c)) for c in vocab.EDUCATION_LEVELS],
        )
        self.experience = QPlainTextEdit(self)
        self.experience.setObjectName("experience")
        self.experience.setTabChangesFocus(True)
        self.experience.setFixedHeight(70)
        self.experience.textChanged.connect(self._changed)
        self.skills = QPlainTextEdit(self)
        self.skills.setObjectName("skills")
        self.skills.setTabChangesFocus(True)
        self.skills.setFixedHeight(70)
        self.skills.textChanged.connect(self._changed)
        self._add(form, "languages", self.tr("Languages spoken"), self.languages)
        self._add(form, "education_level", self.tr("&Education"), self.education)
        self._add(form, "experience", self.tr("Work e&xperience"), self.experience)
        self._add(form, "skills", self.tr("S&kills"), self.skills)
        right.addWidget(group)

        group, form = self._group(self.tr("Vulnerability"))
        self.vulnerabilities = CheckGrid(
            [(c, labels.label(labels.VULNERABILITY, c)) for c in vocab.VULNERABILITY_FLAGS], 2, self
        )
        self.vulnerabilities.setObjectName("vulnerabilities")
        self.vulnerabilities.changed.connect(self._changed)
        self._add(form, "vulnerabilities", self.tr("Situations"), self.vulnerabilities)
        right.addWidget(group)

        group, form = self._group(self.tr("Referral and consent"))
        self.referral_source = self._combo(
            "referral_source",
            [(c, labels.label(labels.REFERRAL_SOURCE, c)) for c in vocab.REFERRAL_SOURCES],
        )
        self.referral_detail = self._line("referral_detail", 200)
        self.consent_given = QCheckBox(
            self.tr("The person gave consent to the processing of their file"), self
        )
        self.consent_given.setObjectName("consent_given")
        self.consent_given.toggled.connect(self._consent_toggled)
        self.consent_date = DateField(self)
        self.consent_date.setObjectName("consent_date")
        self.consent_date.dateChanged.connect(self._changed)
        self.consent_purposes = CheckGrid(
            [(c, labels.label(labels.CONSENT_PURPOSE, c)) for c in vocab.CONSENT_PURPOSES], 1, self
        )
        self.consent_purposes.setObjectName("consent_purposes")
        self.consent_purposes.changed.connect(self._changed)
        self._add(form, "referral_source", self.tr("Referred by"), self.referral_source)
        self._add(form, "referral_detail", self.tr("Referral details"), self.referral_detail)
        self._add(form, "consent_given", self.tr("Consent"), self.consent_given)
        self._add(form, "consent_date", self.tr("Consent date"), self.consent_date)
        self.consent_expires = DateField(self)
        self.consent_expires.setObjectName("consent_expires")
        self.consent_expires.setToolTip(
            self.tr("Optional: the day after which the consent must be asked again")
        )
        self.consent_expires.clear_value()
        self.consent_expires.dateChanged.connect(self._changed)
        self._add(form, "consent_expires", self.tr("Consent valid until"), self.consent_expires)
        self._add(form, "consent_purposes", self.tr("Consent covers"), self.consent_purposes)
        self.consent_hint = QLabel(
            self.tr(
                "Without consent the file is saved as “consent pending”: "
                "nothing can be printed or shared for this person."
            ),
            self,
        )
        self.consent_hint.setWordWrap(True)
        self.consent_hint.setObjectName("hint")
        form.addRow(self.consent_hint)
        right.addWidget(group)
        right.addStretch()

        buttons = QHBoxLayout()
        self.meta_label = QLabel(self)
        self.meta_label.setObjectName("hint")
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeButton")
        self.export_button = QPushButton(self.tr("Export the whole file…"), self)
        self.export_button.setObjectName("exportWholeFile")
        self.export_button.setToolTip(
            self.tr("For the person's access request: a PDF for them and a JSON file")
        )
        self.export_button.clicked.connect(lambda: self._run(self.export_whole_file))
        self.export_button.hide()
        buttons.addWidget(self.meta_label, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        # Slots return None: Qt gets nothing back from save()'s or request_close()'s result.
        self.save_button.clicked.connect(lambda: self._run(self.save))
        self.close_button.clicked.connect(lambda: self._run(self.request_close))
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self._run(self.save))
        self.restore_button.clicked.connect(self._restore_draft)
        self.discard_button.clicked.connect(self._discard_draft)
        self._consent_toggled(False)
        self._dirty = False

    @staticmethod
    def _run(action: Callable[[], object]) -> None:
        action()

    # -- state -----------------------------------------------------------------------------
    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self._draft_timer.start()
        self._update_title()

    def _consent_toggled(self, given: bool) -> None:
        self.consent_date.setEnabled(given)
        self.consent_expires.setEnabled(given)
        self.consent_purposes.setEnabled(given)
        if given and self.consent_date.value() is None and not self._loading:
            today = local_today()
            self.consent_date.setDate(QDate(today.year, today.month, today.day))
            self.consent_purposes.box(vocab.REQUIRED_CONSENT_PURPOSE).setChecked(True)
        self.consent_hint.setVisible(not given)
        self._changed()

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def to_input(self) -> PersonInput:
        nationality = combo_value(self.nationality)
        if not nationality and self.nationality.currentText().strip():
            nationality = "?"  # typed something that is not in the list: refused with a reason
        return PersonInput(
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            last_name_ar=self.last_name_ar.text(),
            first_name_ar=self.first_name_ar.text(),
            sex=combo_value(self.sex),
            date_of_birth=self.date_of_birth.value(),
            nationality=nationality,
            legal_status=combo_value(self.legal_status),
            documents=self.documents.values(),
            phone=self.phone.text(),
            email=self.email.text(),
            city_id=combo_value(self.city) or None,
            address=self.address.text(),
            languages=self.languages.values(),
            education_level=combo_value(self.education),
            experience=self.experience.toPlainText(),
            skills=self.skills.toPlainText(),
            vulnerabilities=self.vulnerabilities.values(),
            referral_source=combo_value(self.referral_source),
            referral_detail=self.referral_detail.text(),
            consent=ConsentInput(
                self.consent_given.isChecked(),
                self.consent_date.value(),
                frozenset(self.consent_purposes.values()),
                self.consent_expires.value(),
            ),
        )

    def load_input(self, data: PersonInput) -> None:
        self._loading = True
        try:
            self.last_name.setText(data.last_name)
            self.first_name.setText(data.first_name)
            self.last_name_ar.setText(data.last_name_ar)
            self.first_name_ar.setText(data.first_name_ar)
            set_combo_value(self.sex, data.sex)
            self.date_of_birth.set_value(data.date_of_birth)
            set_combo_value(self.nationality, data.nationality)
            set_combo_value(self.legal_status, data.legal_status)
            self.documents.set_values(tuple(data.documents))
            phone = data.phone
            self.phone.setText(display_phone(phone) if phone.startswith("+") else phone)
            self.email.setText(data.email)
            self._keep_city(data.city_id)
            set_combo_value(self.city, data.city_id)
            self.address.setText(data.address)
            self.languages.set_values(data.languages)
            set_combo_value(self.education, data.education_level)
            self.experience.setPlainText(data.experience)
            self.skills.setPlainText(data.skills)
            self.vulnerabilities.set_values(data.vulnerabilities)
            set_combo_value(self.referral_source, data.referral_source)
            self.referral_detail.setText(data.referral_detail)
            self.consent_given.setChecked(data.consent.given)
            self.consent_date.set_value(data.consent.given_on)
            self.consent_expires.set_value(data.consent.expires_on)
            self.consent_purposes.set_values(tuple(data.consent.purposes))
            self._consent_toggled(data.consent.given)
        finally:
            self._loading = False

    def _keep_city(self, city_id: str | None) -> None:
        """A file's city retired from the national list since stays offered in its own form:
        saving the file must not lose where the person lives."""
        if not city_id or self.city.findData(city_id) >= 0:
            return
        known = {p.id: p for p in cities(self.context.db, retired=True)}
        if city_id in known:
            self.city.addItem(known[city_id].name(self.context.language), city_id)

    def _load_existing(self, person_id: str) -> None:
        self._show_record(self.context.people.get(person_id))

    def _show_record(self, record: PersonFileRecord) -> None:
        self.file_number = record.file_number
        self.load_input(record.data)
        self.masked_banner.setVisible(record.masked)
        self.export_button.setVisible(not record.masked)
        for code in SENSITIVE_FLAGS:
            box = self.vulnerabilities.box(code)
            box.setEnabled(not record.masked)
            box.setToolTip(self.tr("Hidden from you") if record.masked else "")
        self._saved_snapshot = self.to_input()
        self._opened = Opened(record.version, self._saved_snapshot)
        self._chosen = {}
        self._dirty = False
        self._show_warnings(record.warnings, record.data.consent)
        self.meta_label.setText(
            self.tr("File %1 · counsellor %2 · consent %3")
            .replace("%1", ltr(record.file_number))
            .replace("%2", isolate(record.counsellor_name))
            .replace("%3", labels.label(labels.CONSENT_STATUS, record.consent_status))
        )

    def export_whole_file(self, target: Path | None = None) -> Path | None:
        from counsellor_app.ui.subject_export import export_whole_file

        if self.person_id is None:
            return None
        return export_whole_file(self, self.context, self.person_id, target, self._exported)

    def _exported(self, written: Path) -> None:
        self.meta_label.setText(
            self.tr("Whole file written to %1 and its JSON beside it.").replace(
                "%1", isolate(str(written))
            )
        )
        self.exported.emit(written)

    def reveal_sensitive(self, reason: str | None = None) -> None:
        """Break-glass: the reason goes into the audit trail, the file shows everything."""
        if self.person_id is None:
            return
        if self._dirty:
            QMessageBox.information(
                self,
                self.tr("Save first"),
                self.tr("Save or undo your changes to this file before showing what is hidden."),
            )
            return
        if reason is None:
            reason, given = QInputDialog.getText(
                self,
                self.tr("Show hidden information"),
                self.tr(
                    "Why do you need to see it? Your reason and your name are recorded and "
                    "can be read by the supervisor."
                ),
            )
            if not given:
                return
        try:
            record = self.context.people.reveal(self.person_id, reason)
        except DomainError as error:
            show_domain_error(self, error)
            return
        self._show_record(record)

    def _show_warnings(
        self, warnings: tuple[DocumentWarning, ...], consent: ConsentInput | None = None
    ) -> None:
        lines = [
            labels.message(labels.WARNINGS, warning.code, {
                "document": labels.label(labels.DOCUMENT_TYPE, warning.doc_type),
                "number": ltr(warning.number),
                "date": labels.format_date(warning.expires_on),
                "days": warning.days,
            })
            for warning in warnings
        ]  # fmt: skip
        expires = consent.expires_on if consent is not None and consent.given else None
        if expires is not None and expires < local_today():
            lines.append(
                self.tr(
                    "The consent expired on %1: ask the person again before printing or "
                    "sharing anything."
                ).replace("%1", labels.format_date(expires))
            )
        self.warning_label.setText("\n".join(lines))
        self.warning_label.setVisible(bool(lines))

    def _update_title(self) -> None:
        if self.person_id is None:
            title = self.tr("New intake")
        else:
            name = f"{self.first_name.text()} {self.last_name.text()}".strip()
            title = name or self.file_number
        self.title_changed.emit(("* " if self._dirty else "") + title)

    # -- drafts ----------------------------------------------------------------------------
    def save_draft(self) -> None:
        """Write what is typed as a draft. When the disk refuses it, the form says so plainly,
        keeps the text, and tries again now and then (the next start offers it once written)."""
        if not self._dirty:
            self._draft_written()
            return
        payload = person_to_dict(self.to_input())
        if self._opened is not None:  # what it was typed over: a restored draft merges too
            payload[OPENED_KEY] = {
                "version": self._opened.version,
                "values": person_to_dict(self._opened.values),
            }
        try:
            self.context.drafts.save(DRAFT_KIND, self.person_id, payload)
        except Exception as exc:
            kind = classify_write_failure(exc, self.context.workspace.paths.root)
            if kind is None:
                log.exception("draft not saved")
            else:
                log.warning("draft not saved: %s", kind.value)
            self._draft_refused(kind or FaultKind.IO_ERROR)
        else:
            self._draft_written()

    def _draft_refused(self, kind: FaultKind) -> None:
        self.draft_problem = kind
        self.unsaved_label.setText(
            self.tr(
                "The draft of this form could not be saved. %1 What you typed stays in this "
                "form as long as it is open: keep it open, or copy what you typed. The draft is "
                "tried again every minute."
            ).replace("%1", fault_text(kind.value))
        )
        self.unsaved_banner.show()
        if not self._draft_retry.isActive():
            self._draft_retry.start()

    def _draft_written(self) -> None:
        self.draft_problem = None
        self._draft_retry.stop()
        self.unsaved_banner.hide()

    def typed_text(self) -> str:
        """What the form holds, as plain lines "label: value", to paste elsewhere."""
        lines = []
        for name, value in person_to_dict(self.to_input()).items():
            if value in (None, "", [], {}, False):
                continue
            shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            lines.append(f"{self._labels.get(name, name)}: {shown}")
        return "\n".join(lines)

    def copy_typed_text(self) -> None:
        QGuiApplication.clipboard().setText(self.typed_text())

    def _offer_draft(self) -> None:
        draft = self.context.drafts.load(DRAFT_KIND, self.person_id)
        if draft is None:
            return
        when = draft.updated_at.astimezone()
        self.draft_label.setText(
            self.tr("An unsaved version of this form from %1 was kept. Restore it?").replace(
                "%1", labels.format_date(when.date()) + " " + when.strftime("%H:%M")
            )
        )
        self._pending_draft = draft.payload
        self.draft_banner.show()

    def _restore_draft(self) -> None:
        opened = self._pending_draft.get(OPENED_KEY)
        if self.person_id is not None and isinstance(opened, dict):
            # Typed over an older copy: saved, it merges with what changed since, as if the
            # form had stayed open (a draft never reverts a newer value it did not touch).
            values = opened.get("values")
            self._opened = Opened(
                str(opened.get("version", "")),
                person_from_dict(values if isinstance(values, dict) else {}),
            )
        self.load_input(person_from_dict(self._pending_draft))
        self.draft_banner.hide()
        self._changed()

    def _discard_draft(self) -> None:
        self._discard_draft_quietly()  # on a full disk it is only offered again next time
        self.draft_banner.hide()

    # -- saving ----------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for box in self._boxes.values():
            box.show_error("")
        self.documents.show_errors([])
        self.error_summary.hide()

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        self.clear_errors()
        doc_lines: list[str] = []
        first_widget: QWidget | None = None
        general: list[str] = []
        for problem in problems:
            text = labels.problem_text(problem)
            field = problem.field or ""
            if field.startswith("documents."):
                row = int(field.split(".")[1]) + 1
                doc_lines.append(
                    self.tr("Document %1: %2").replace("%1", str(row)).replace("%2", text)
                )
                first_widget = first_widget or self.documents.table
            elif field in self._boxes:
                box = self._boxes[field]
                if not box.has_error():
                    box.show_error(text)
                first_widget = first_widget or box.field
            else:
                general.append(text)
        self.documents.show_errors(doc_lines)
        count = len(problems)
        summary = self.tr(
            "%n problem(s) to correct before saving. Nothing you typed was lost.", "", count
        )
        self.error_summary.setText("\n".join([summary, *general]))
        self.error_summary.show()
        if first_widget is not None:
            first_widget.setFocus()

    def save(self) -> bool:
        """Validate and save; on any refusal the form keeps everything typed."""
        data = self.to_input()
        try:
            if self.person_id is None:
                person_id = self.context.people.register(data, confirmed_new=self._confirmed_new)
            else:
                self.context.people.update(self.person_id, data, self._opened, self._chosen)
                person_id = self.person_id
        except EditConflict as conflict:
            self._ask_about_conflicts(conflict)
            return False
        except DomainError as error:
            self.show_problems(error.problems)
            return False
        except DuplicatesFound as found:
            self._ask_about_duplicates(found)
            return False
        except Exception as exc:
            kind = classify_write_failure(exc, self.context.workspace.paths.root)
            if kind is None:
                raise
            log.warning("person not saved: %s", kind.value)
            self._not_saved(kind)
            return False
        self.clear_errors()
        self._draft_timer.stop()
        self._discard_draft_quietly()
        self.person_id = person_id
        self._dirty = False
        self._load_existing(person_id)
        self._update_title()
        self.saved.emit(person_id)
        return True

    def _ask_about_conflicts(self, conflict: EditConflict) -> None:
        """The same field changed here and elsewhere: both values shown, the person chooses,
        then the form saves again (asking anew if it changed once more meanwhile)."""
        self.save_draft()
        dialog = EditConflictDialog(conflict.conflicts, self._field_label, self._value_text, self)

        def finished(result: int) -> None:
            if result == EditConflictDialog.DialogCode.Accepted:
                self._chosen.update(dialog.chosen())
                self.save()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def _field_label(self, field: str) -> str:
        if field.startswith(DOCUMENT_PREFIX):
            parts = field.split(":")
            shown = self._opened.values.documents if self._opened else ()
            number = next((d.number for d in shown if d.id == parts[1]), "")
            document = self.tr("Identity document") + (f" {ltr(number)}" if number else "")
            return document if len(parts) < 3 else f"{document}: {field_label(parts[2])}"
        if field == "consent":
            return field_label("consent_status")
        return field_label(field)

    def _value_text(self, field: str, value: object) -> str:
        name = field.rsplit(":", maxsplit=1)[-1] if field.startswith(DOCUMENT_PREFIX) else field
        if field.startswith(DOCUMENT_PREFIX) and field.count(":") == 1:  # kept or removed
            return self.tr("kept") if value else self.tr("removed")
        if value in (None, "", ()):
            return "—"
        if name == "phone_e164" and isinstance(value, str):
            return ltr(display_phone(value) if value.startswith("+") else value)
        if name == "number" and isinstance(value, str):
            return ltr(value)
        if isinstance(value, ConsentInput):
            if not value.given:
                return labels.label(labels.CONSENT_STATUS, "pending")
            purposes = ", ".join(
                labels.label(labels.CONSENT_PURPOSE, p) for p in sorted(value.purposes)
            )
            return (
                self.tr("given on %1 (%2)")
                .replace("%1", labels.format_date(value.given_on))
                .replace("%2", purposes)
            )
        if name == "city_id":
            index = self.city.findData(value)
            return self.city.itemText(index) if index >= 0 else str(value)
        if isinstance(value, date):
            return labels.format_date(value)
        shown = list(value) if isinstance(value, tuple) else value
        return field_value(name, shown, self.context.language)

    def _not_saved(self, kind: FaultKind) -> None:
        """The disk refused the save: say why, keep everything, try the draft too."""
        self.clear_errors()
        self.error_summary.setText(
            self.tr("Not saved. %1 Nothing you typed is lost: the form stays open.").replace(
                "%1", fault_text(kind.value)
            )
        )
        self.error_summary.show()
        self.save_draft()

    def _discard_draft_quietly(self) -> None:
        """A draft left behind by a full disk is only offered again: never a reason to fail."""
        try:
            self.context.drafts.discard(DRAFT_KIND, self.person_id)
        except Exception:
            log.warning("draft not discarded", exc_info=True)

    def _ask_about_duplicates(self, found: DuplicatesFound) -> None:
        self.save_draft()
        dialog = DuplicateDialog(found.candidates, self)

        def finished(result: int) -> None:
            if result == DuplicateDialog.OPEN_EXISTING and dialog.chosen_id:
                self.open_person.emit(dialog.chosen_id)
            elif result == DuplicateDialog.REGISTER_ANYWAY:
                self._confirmed_new = True
                self.save()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def request_close(self, ask: Callable[[], QMessageBox.StandardButton] | None = None) -> bool:
        """Close unless unsaved changes should be kept; returns True when the form may close."""
        if self._dirty:
            answer = (ask or self._ask_unsaved)()
            if answer == QMessageBox.StandardButton.Save:
                if not self.save():
                    return False
            elif answer == QMessageBox.StandardButton.Discard:
                self._draft_timer.stop()
                self._discard_draft_quietly()
            else:
                return False
        self._draft_timer.stop()
        self._draft_retry.stop()
        self.closed.emit()
        return True

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This form has changes that are not saved yet."),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
