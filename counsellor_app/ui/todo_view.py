"""A counsellor's to-do list: sections of people to act on, each line one double-click away
from the person's file."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.money import format_mad
from counsellor_app.services.todo import TodoItem, TodoKind, TodoSection, TodoService
from counsellor_app.ui import labels
from counsellor_app.ui.agenda_view import APPOINTMENT_KIND
from counsellor_app.ui.i18n import isolate, ltr
from counsellor_app.ui.memory import return_free_heap
from counsellor_app.ui.operations import Operations
from counsellor_app.ui.widgets import (
    combo_value,
    error_banner,
    fill_combo,
    set_combo_value,
    show_banner,
)

SECTION_TITLE = {
    "appointment_to_record": QT_TRANSLATE_NOOP("TodoView", "Past appointments to record"),
    "appointment_missed": QT_TRANSLATE_NOOP("TodoView", "Missed appointments to book again"),
    "follow_up_due": QT_TRANSLATE_NOOP("TodoView", "Follow-up visits due"),
    "internship_ending": QT_TRANSLATE_NOOP("TodoView", "Internships ending or ended"),
    "committee": QT_TRANSLATE_NOOP("TodoView", "Grant applications awaiting the committee"),
    "referral_unanswered": QT_TRANSLATE_NOOP("TodoView", "Referrals without an answer"),
    "consent_pending": QT_TRANSLATE_NOOP("TodoView", "Consent not recorded"),
    "document_expiring": QT_TRANSLATE_NOOP("TodoView", "Residence documents expiring"),
    "duplicate_elsewhere": QT_TRANSLATE_NOOP("TodoView", "Also registered by another agency"),
}


def item_detail(item: TodoItem, language: str) -> str:
    d, day = item.detail, labels.format_date(item.due_on)
    kind = item.kind
    if kind in (TodoKind.APPOINTMENT_TO_RECORD, TodoKind.APPOINTMENT_MISSED):
        what = labels.label(APPOINTMENT_KIND, str(d.get("appointment_kind", "")))
        text = (
            QCoreApplication.translate("TodoView", "%1 on %2: attended, missed or excused?")
            if kind == TodoKind.APPOINTMENT_TO_RECORD
            else QCoreApplication.translate("TodoView", "%1 missed on %2: book a new date")
        )
        return text.replace("%1", what).replace("%2", day)
    if kind == TodoKind.FOLLOW_UP_DUE:
        return (
            QCoreApplication.translate("TodoView", "Visit due on %1 (%2 days late)")
            .replace("%1", day)
            .replace("%2", str(d.get("days_late", 0)))
        )
    if kind == TodoKind.INTERNSHIP_ENDING:
        text = (
            QCoreApplication.translate("TodoView", "Ended on %1: hired or not?")
            if d.get("ended")
            else QCoreApplication.translate("TodoView", "Ends on %1")
        )
        return text.replace("%1", day)
    if kind == TodoKind.COMMITTEE:
        text = QCoreApplication.translate("TodoView", "%1 requested").replace(
            "%1", format_mad(int(d.get("requested_centimes", 0)), language)
        )
        if item.due_on is not None:
            text += " · " + QCoreApplication.translate("TodoView", "committee on %1").replace(
                "%1", day
            )
        else:
            text += " · " + QCoreApplication.translate("TodoView", "no committee session booked")
        return text
    if kind == TodoKind.REFERRAL_UNANSWERED:
        return (
            QCoreApplication.translate("TodoView", "Slip %1: answer expected by %2")
            .replace("%1", ltr(str(d.get("code", ""))))
            .replace("%2", day)
        )
    if kind == TodoKind.DOCUMENT_EXPIRING:
        document = labels.label(labels.DOCUMENT_TYPE, str(d.get("document", "")))
        text = (
            QCoreApplication.translate("TodoView", "%1 expired on %2")
            if d.get("expired")
            else QCoreApplication.translate("TodoView", "%1 expires on %2")
        )
        return text.replace("%1", document).replace("%2", day)
    if kind == TodoKind.DUPLICATE_ELSEWHERE:
        return (
            QCoreApplication.translate("TodoView", "Same person as file %1 of %2")
            .replace("%1", ltr(str(d.get("other_file", ""))))
            .replace("%2", isolate(str(d.get("agency_name") or d.get("agency_code", ""))))
        )
    return QCoreApplication.translate("TodoView", "Ask for consent and record it in the profile")


class TodoView(QWidget):
    open_person = Signal(str)

    def __init__(
        self,
        service: TodoService,
        counsellors: list[tuple[str, str]],
        counsellor_id: str,
        can_see_others: bool,
        language: str,
        parent: QWidget | None = None,
        operations: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todoView")
        self.service, self.language = service, language
        self.operations = operations or Operations(self)
        self.loading = False
        self.counting = False  # the full sections' counts are on their way
        self._generation = 0  # a reload makes the counts asked for before it stale
        self._heads: dict[TodoKind, tuple[QTreeWidgetItem, TodoSection]] = {}
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.counsellor = QComboBox(self)
        self.counsellor.setObjectName("todoCounsellor")
        self.counsellor.setAccessibleName(self.tr("Counsellor"))
        fill_combo(self.counsellor, counsellors)
        set_combo_value(self.counsellor, counsellor_id)
        self.counsellor.setEnabled(can_see_others)
        self.counsellor.currentIndexChanged.connect(lambda _i: self.reload())
        self.refresh = QPushButton(self.tr("Refresh"), self)
        self.refresh.setObjectName("todoRefresh")
        self.refresh.clicked.connect(self.reload)
        self.summary = QLabel(self)
        self.summary.setObjectName("todoSummary")
        bar.addWidget(self.counsellor)
        bar.addWidget(self.refresh)
        bar.addWidget(self.summary, 1)
        layout.addLayout(bar)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("todoTree")
        self.tree.setAccessibleName(self.tr("To do"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [self.tr("Person"), self.tr("File number"), self.tr("What to do")]
        )
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 1)
        hint = QLabel(
            self.tr("Double-click a line (or press Enter) to open the person's file."), self
        )
        hint.setObjectName("hint")
        layout.addWidget(hint)

    def reload(self) -> None:
        """The lines on the GUI thread, under a wait cursor: each section's first lines come
        from an index in order and stop early (milliseconds, even for a counsellor of 100,000
        people). The full sections are then counted on a worker and their totals filled in:
        counting reads every line. (A worker-thread read of the whole list crashed the
        200,000-person benchmark once, refcount fault, cause not found: the lines stay here.)"""
        counsellor = combo_value(self.counsellor)
        if not counsellor or self.loading:
            return
        self.loading = True
        self._generation += 1
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sections = self.service.sections(counsellor, counted=False)
        except Exception as error:  # a database fault: say it, keep the screen usable
            self.loading = False
            self.summary.setText("")
            show_banner(
                self.message,
                [self.tr("The to-do list could not be read: %1").replace("%1", str(error))],
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._show(sections)
        uncounted = [section.kind for section in sections if not section.counted]
        if uncounted:
            self.counting = True
            generation, service = self._generation, self.service
            self.operations.run(
                lambda: service.totals(counsellor, uncounted),
                lambda totals: self._counted(generation, totals),
                lambda error: self._count_failed(generation, error),
            )

    def _show(self, sections: list[TodoSection]) -> None:
        self.loading = False
        show_banner(self.message, [])
        self.tree.clear()
        self._heads = {}
        for section in sections:
            head = QTreeWidgetItem([self._title(section.kind, section.total, section.counted)])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setData(0, Qt.ItemDataRole.UserRole, None)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            for item in section.items:
                line = QTreeWidgetItem(
                    [item.person_name, ltr(item.file_number), item_detail(item, self.language)]
                )
                line.setData(0, Qt.ItemDataRole.UserRole, item.person_id or None)
                head.addChild(line)
            self._add_more(head, section.total - len(section.items))
            head.setExpanded(0 < section.total <= 50)
            self._heads[section.kind] = (head, section)
        self._summarise()

    def _title(self, kind: TodoKind, total: int, counted: bool) -> str:
        title = QCoreApplication.translate("TodoView", str(SECTION_TITLE[kind.value]))
        return f"{title} ({total})" if counted else f"{title} ({total}+)"

    def _add_more(self, head: QTreeWidgetItem, more: int) -> None:
        if more > 0:
            head.addChild(QTreeWidgetItem([self.tr("… and %1 more").replace("%1", str(more))]))

    def _summarise(self) -> None:
        total = sum(section.total for _head, section in self._heads.values())
        if any(not section.counted for _head, section in self._heads.values()):
            self.summary.setText(self.tr("Counting…"))
        else:
            self.summary.setText(self.tr("%n thing(s) to do", "", total))

    def _counted(self, generation: int, totals: dict[TodoKind, int]) -> None:
        if generation != self._generation:
            return  # reloaded meanwhile: its own counts are on their way
        self.counting = False
        for kind, total in totals.items():
            head, section = self._heads[kind]
            counted = TodoSection(kind, total, section.items)
            head.setText(0, self._title(kind, total, True))
            self._add_more(head, total - len(section.items))
            self._heads[kind] = (head, counted)
        self._summarise()
        return_free_heap()  # what the counts' reading freed (ui/memory.py)

    def _count_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.counting = False
        self.summary.setText("")
        show_banner(
            self.message,
            [self.tr("The to-do list could not be read: %1").replace("%1", str(error))],
        )

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        person_id = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(person_id, str) and person_id:
            self.open_person.emit(person_id)
        elif item.childCount():
            item.setExpanded(not item.isExpanded())
