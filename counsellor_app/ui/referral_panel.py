"""A person's referrals to partners, and the dialogs to send one, key in the partner's answer
(also from a returned slip, by its code) and add a partner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.clock import local_today
from counsellor_app.core.problems import DomainError
from counsellor_app.core.referrals import (
    PARTNER_KINDS,
    REFUSAL_REASONS,
    ReferralState,
    allowed_next,
)
from counsellor_app.services.referrals import PartnerInput, ReferralService, ReferralView
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.conflict_dialog import is_stale
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.i18n import isolate
from counsellor_app.ui.widgets import (
    DateField,
    FieldBox,
    add_field,
    add_fields,
    combo_value,
    error_banner,
    fill_combo,
    ok_cancel,
    readonly_cell,
    set_combo_value,
    show_banner,
    show_problems,
)

PARTNER_KIND = {
    "anapec_agency": QT_TRANSLATE_NOOP("Vocabulary", "ANAPEC agency"),
    "ofppt_centre": QT_TRANSLATE_NOOP("Vocabulary", "OFPPT training centre"),
    "entraide_centre": QT_TRANSLATE_NOOP("Vocabulary", "Entraide Nationale centre"),
    "health_centre": QT_TRANSLATE_NOOP("Vocabulary", "Health centre"),
    "microfinance": QT_TRANSLATE_NOOP("Vocabulary", "Microfinance association"),
    "ngo": QT_TRANSLATE_NOOP("Vocabulary", "Association (NGO)"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other partner"),
}
REFERRAL_STATE = {
    "sent": QT_TRANSLATE_NOOP("Vocabulary", "Sent"),
    "received": QT_TRANSLATE_NOOP("Vocabulary", "Received by the partner"),
    "accepted": QT_TRANSLATE_NOOP("Vocabulary", "Accepted"),
    "refused": QT_TRANSLATE_NOOP("Vocabulary", "Refused"),
    "done": QT_TRANSLATE_NOOP("Vocabulary", "Service done"),
    "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
}
REFUSAL_REASON = {
    "no_places": QT_TRANSLATE_NOOP("Vocabulary", "No places left"),
    "not_eligible": QT_TRANSLATE_NOOP("Vocabulary", "Not eligible"),
    "documents_missing": QT_TRANSLATE_NOOP("Vocabulary", "Documents missing"),
    "did_not_attend": QT_TRANSLATE_NOOP("Vocabulary", "Did not come"),
    "out_of_area": QT_TRANSLATE_NOOP("Vocabulary", "Outside the partner's area"),
    "service_not_offered": QT_TRANSLATE_NOOP("Vocabulary", "Service not offered"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other reason (explain)"),
}


class PartnerDialog(Dialog):
    help_section = guide_sections.REFERRALS

    def __init__(
        self,
        referrals: ReferralService,
        cities: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partnerDialog")
        self.setWindowTitle(self.tr("New partner"))
        self.referrals = referrals
        self.partner_id: str | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name, self.address = QLineEdit(self), QLineEdit(self)
        self.kind, self.city = QComboBox(self), QComboBox(self)
        fill_combo(self.kind, [(k, labels.label(PARTNER_KIND, k)) for k in PARTNER_KINDS], "")
        fill_combo(self.city, cities, blank="")
        self.contact_name, self.contact_phone, self.email = (
            QLineEdit(self),
            QLineEdit(self),
            QLineEdit(self),
        )
        for ltr_field in (self.contact_phone, self.email):
            ltr_field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.boxes: dict[str, FieldBox] = {}
        add_fields(
            form,
            self.boxes,
            (
                ("name", self.tr("Name"), self.name),
                ("kind", self.tr("Kind of partner"), self.kind),
                ("city", self.tr("City"), self.city),
                ("address", self.tr("Address"), self.address),
                ("contact_name", self.tr("Contact person"), self.contact_name),
                ("contact_phone", self.tr("Contact phone"), self.contact_phone),
                ("email", self.tr("E-mail"), self.email),
            ),
        )
        layout.addLayout(form)
        buttons = ok_cancel(self, self.apply)
        layout.addWidget(buttons)

    def apply(self) -> None:
        data = PartnerInput(
            self.name.text(),
            combo_value(self.kind),
            combo_value(self.city) or None,
            self.address.text(),
            self.contact_name.text(),
            self.contact_phone.text(),
            self.email.text(),
        )
        try:
            self.partner_id = self.referrals.create_partner(data)
        except DomainError as error:
            show_problems(self.boxes, error.problems)
            return
        self.accept()


class ReferralDialog(Dialog):
    """Send the person to a partner: who, for what, when."""

    help_section = guide_sections.REFERRALS

    def __init__(
        self,
        referrals: ReferralService,
        person_id: str,
        cities: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralDialog")
        self.setWindowTitle(self.tr("Refer to a partner"))
        self.referrals, self.person_id, self.cities = referrals, person_id, cities
        self.referral_id: str | None = None
        layout = QVBoxLayout(self)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        form = QFormLayout()
        self.partner = QComboBox(self)
        self.partner.setMinimumContentsLength(30)
        new_partner = QPushButton(self.tr("New partner…"), self)
        new_partner.setObjectName("newPartner")
        new_partner.clicked.connect(self.new_partner)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.partner, 1)
        row_layout.addWidget(new_partner)
        self.service = QLineEdit(self)
        self.service.setPlaceholderText(self.tr("e.g. qualifying training in cooking"))
        self.sent_on = DateField(self)
        self.sent_on.set_value(local_today())
        self.boxes: dict[str, FieldBox] = {}
        add_fields(
            form,
            self.boxes,
            (
                ("partner", self.tr("&Partner"), row),
                ("service", self.tr("&Service requested"), self.service),
                ("sent_on", self.tr("Sent on"), self.sent_on),
            ),
        )
        self.partner.setAccessibleName(self.tr("Partner"))
        hint = QLabel(
            self.tr(
                "Only what the partner needs is shared: the legal status and sensitive notes "
                "stay in the file. The person must have agreed to sharing with partners."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        layout.addLayout(form)
        buttons = ok_cancel(self, self.apply)
        layout.addWidget(buttons)
        self._fill_partners()

    def _fill_partners(self, select: str | None = None) -> None:
        national = " · " + self.tr("national directory")
        fill_combo(
            self.partner,
            [
                # The national directory's partners are marked (read-only here, kept centrally).
                (p.id, f"{p.name} — {labels.label(PARTNER_KIND, p.kind)}" + national * p.national)
                for p in self.referrals.partners()
            ],
            blank="",
        )
        set_combo_value(self.partner, select)

    def new_partner(self) -> None:
        dialog = PartnerDialog(self.referrals, self.cities, self)
        if dialog.exec() and dialog.partner_id:
            self._fill_partners(dialog.partner_id)
        dialog.deleteLater()

    def apply(self) -> None:
        try:
            self.referral_id = self.referrals.refer(
                self.person_id, combo_value(self.partner), self.service.text(), self.sent_on.value()
            )
        except DomainError as error:
            show_banner(self.message, show_problems(self.boxes, error.problems))
            return
        self.accept()


class AnswerDialog(Dialog):
    """What the partner answered (or that the service was done), typed from the returned slip.

    Opened on a referral, or empty: the counsellor then types the slip's code first.
    """

    help_section = guide_sections.REFERRALS

    def __init__(
        self,
        referrals: ReferralService,
        referral: ReferralView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("answerDialog")
        self.setWindowTitle(self.tr("Partner's answer"))
        self.referrals = referrals
        self.referral: ReferralView | None = None
        self.saved: ReferralView | None = None
        layout = QVBoxLayout(self)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        form = QFormLayout()
        self.boxes: dict[str, FieldBox] = {}
        self.code = QLineEdit(self)
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setPlaceholderText("R-XXXX-XXXXX")
        self.code.returnPressed.connect(self.look_up)
        find = QPushButton(self.tr("Find"), self)
        find.setObjectName("findReferral")
        find.clicked.connect(self.look_up)
        code_row = QWidget(self)
        code_layout = QHBoxLayout(code_row)
        code_layout.setContentsMargins(0, 0, 0, 0)
        code_layout.addWidget(self.code, 1)
        code_layout.addWidget(find)
        add_field(form, self.boxes, "code", self.tr("&Code on the slip"), code_row)
        self.code.setAccessibleName(self.tr("Code on the slip"))
        self.summary = QLabel(self)
        self.summary.setObjectName("referralSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.summary)
        self.state = QComboBox(self)
        self.state.setObjectName("state")
        self.state.currentIndexChanged.connect(lambda _i: self._refusal_enabled())
        self.on = DateField(self)
        self.on.set_value(local_today())
        self.refusal_reason = QComboBox(self)
        fill_combo(
            self.refusal_reason,
            [(r, labels.label(REFUSAL_REASON, r)) for r in REFUSAL_REASONS],
            blank="",
        )
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        add_fields(
            form,
            self.boxes,
            (
                ("state", self.tr("&Answer"), self.state),
                ("on", self.tr("Date"), self.on),
                ("refusal_reason", self.tr("Reason for refusal"), self.refusal_reason),
                ("answer_note", self.tr("Note"), self.note),
            ),
        )
        layout.addLayout(form)
        self.buttons = ok_cancel(self, self.apply)
        layout.addWidget(self.buttons)
        if referral is not None:
            self.code.setText(referral.code)
            self.code.setReadOnly(True)
            find.hide()
            self._show(referral)
        else:
            self._show(None)

    def look_up(self) -> None:
        try:
            found = self.referrals.find_by_code(self.code.text())
        except DomainError as error:
            show_banner(self.message, show_problems(self.boxes, error.problems))
            self._show(None)
            return
        show_problems(self.boxes, [])
        show_banner(self.message, [])
        self.code.setText(found.code)  # the canonical spelling, as printed on the slip
        self._show(found)
        self.state.setFocus()

    def _show(self, referral: ReferralView | None) -> None:
        self.referral = referral
        choices = (
            sorted(allowed_next(referral.state), key=list(ReferralState).index) if referral else []
        )
        fill_combo(self.state, [(s.value, labels.label(REFERRAL_STATE, s.value)) for s in choices])
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(choices))
        if referral is None:
            self.summary.setText("")
        else:
            self.summary.setText(
                self.tr("%1 (%2) sent to %3 on %4 for: %5. Now: %6.")
                .replace("%1", isolate(referral.person_name))
                .replace("%2", isolate(referral.file_number))
                .replace("%3", isolate(referral.partner_name))
                .replace("%4", labels.format_date(referral.sent_on))
                .replace("%5", referral.service)
                .replace("%6", labels.label(REFERRAL_STATE, referral.state.value))
            )
            if not choices:
                show_banner(self.message, [self.tr("This referral is closed: nothing to add.")])
        self._refusal_enabled()

    def _refusal_enabled(self) -> None:
        refused = combo_value(self.state) == ReferralState.REFUSED.value
        self.refusal_reason.setEnabled(refused)
        if not refused:
            set_combo_value(self.refusal_reason, "")

    def apply(self) -> None:
        if self.referral is None:
            self.look_up()
            return
        try:
            self.saved = self.referrals.move(
                self.referral.id,
                ReferralState(combo_value(self.state)),
                self.on.value(),
                combo_value(self.refusal_reason),
                self.note.toPlainText(),
                seen=self.referral.version,  # answered elsewhere since: refused, not merged
            )
        except DomainError as error:
            if is_stale(error):  # show the referral as it is now, to decide again
                try:
                    self._show(self.referrals.find_by_code(self.referral.code))
                except DomainError:
                    self._show(None)
            show_banner(self.message, show_problems(self.boxes, error.problems))
            return
        self.accept()


class ReferralPanel(QWidget):
    """The person's referrals, newest first; overdue answers stand out."""

    changed = Signal()
    COLUMNS = 6

    def __init__(
        self,
        referrals: ReferralService,
        person_id: str,
        cities: list[tuple[str, str]],
        parent: QWidget | None = None,
        other_agency: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralPanel")
        self.referrals, self.person_id, self.cities = referrals, person_id, cities
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("referralTable")
        self.table.setAccessibleName(self.tr("Referrals"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Partner"),
                self.tr("Service requested"),
                self.tr("Sent on"),
                self.tr("State"),
                self.tr("Answer"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.answer())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Refer to a partner…"), self)
        self.new_button.setObjectName("newReferral")
        self.new_button.clicked.connect(self.new_referral)
        self.answer_button = QPushButton(self.tr("Record the answer…"), self)
        self.answer_button.setObjectName("answerReferral")
        self.answer_button.clicked.connect(self.answer)
        row.addWidget(self.new_button)
        row.addWidget(self.answer_button)
        row.addStretch(1)
        if other_agency is not None:  # only on a PC enrolled with the central server
            self.agency_button = QPushButton(self.tr("Another &agency…"), self)
            self.agency_button.setObjectName("otherAgency")
            self.agency_button.setToolTip(
                self.tr("Refer or transfer the file to another agency, or ask for its erasure")
            )
            self.agency_button.clicked.connect(other_agency)
            row.addWidget(self.agency_button)
        layout.addLayout(row)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self._views = self.referrals.referrals(self.person_id)
        self.table.setRowCount(len(self._views))
        for row, view in enumerate(self._views):
            state = labels.label(REFERRAL_STATE, view.state.value)
            if view.overdue:
                state = (
                    self.tr("%1 — no answer since %2")
                    .replace("%1", state)
                    .replace("%2", labels.format_date(view.due_on))
                )
            answer = view.answer_note
            if view.refusal_reason:
                answer = labels.label(REFUSAL_REASON, view.refusal_reason) + (
                    f" — {answer}" if answer else ""
                )
            cells = (
                view.code,
                view.partner_name,
                view.service,
                labels.format_date(view.sent_on),
                state,
                answer,
            )
            for column, text in enumerate(cells):
                item = readonly_cell(text, view.id)
                if view.overdue and column == 4:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
            if view.id == select:
                self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> ReferralView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._views[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        view = self.selected()
        self.answer_button.setEnabled(view is not None and bool(allowed_next(view.state)))

    def new_referral(self) -> None:
        dialog = ReferralDialog(self.referrals, self.person_id, self.cities, self)
        if dialog.exec() and dialog.referral_id:
            self.reload(dialog.referral_id)
            self.changed.emit()
        dialog.deleteLater()

    def answer(self) -> None:
        view = self.selected()
        if view is None or not allowed_next(view.state):
            return
        dialog = AnswerDialog(self.referrals, view, self)
        if dialog.exec() and dialog.saved is not None:
            self.reload(view.id)
            self.changed.emit()
        dialog.deleteLater()
