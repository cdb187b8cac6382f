"""Scans and photos of a person: thumbnails, attach (button or drag and drop), view in the app.

Contents are decrypted in memory to be shown: a PDF in the PDF viewer, an image scaled to the
window; nothing is written in clear to disk unless the counsellor saves a copy herself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.pathway import Stage
from counsellor_app.core.problems import DomainError
from counsellor_app.services.attachments import AttachmentService, AttachmentView
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.i18n import isolate
from counsellor_app.ui.pdf_pane import PdfPane
from counsellor_app.ui.widgets import (
    FieldBox,
    add_fields,
    combo_value,
    error_banner,
    fill_combo,
    ok_cancel,
    show_banner,
    show_problems,
)

FILE_FILTER = "*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp"


def _size_text(size: int) -> str:
    if size >= 1_048_576:
        return QCoreApplication.translate("AttachmentPanel", "%1 MB").replace(
            "%1", f"{size / 1_048_576:.1f}"
        )
    return QCoreApplication.translate("AttachmentPanel", "%1 KB").replace(
        "%1", str(max(size // 1024, 1))
    )


class AttachDialog(Dialog):
    """Title and stage for a file about to be attached."""

    help_section = guide_sections.ATTACHMENTS

    def __init__(
        self, service: AttachmentService, person_id: str, path: Path, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachDialog")
        self.setWindowTitle(self.tr("Attach a document"))
        self.service, self.person_id, self.path = service, person_id, path
        self.attachment_id: str | None = None
        layout = QVBoxLayout(self)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        form = QFormLayout()
        self.boxes: dict[str, FieldBox] = {}
        file_label = QLabel(path.name, self)
        file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Registration card, front and back"))
        self.stage = QComboBox(self)
        fill_combo(
            self.stage,
            [(s.value, labels.label(labels.STAGE, s.value)) for s in Stage],
            blank=self.tr("The whole file"),
        )
        add_fields(
            form,
            self.boxes,
            (
                ("file", self.tr("File"), file_label),
                ("title", self.tr("&Title"), self.title),
                ("stage", self.tr("Stage"), self.stage),
            ),
        )
        limit = service.max_kib() // 1024
        hint = QLabel(
            self.tr("PDF or picture (JPEG, PNG, TIFF, WebP), at most %1 MB.").replace(
                "%1", str(limit)
            ),
            self,
        )
        hint.setObjectName("hint")
        form.addRow(hint)
        layout.addLayout(form)
        buttons = ok_cancel(self, self.apply)
        layout.addWidget(buttons)

    def apply(self) -> None:
        try:
            data = self.path.read_bytes()
        except OSError as error:
            show_banner(
                self.message,
                [self.tr("The file cannot be read: %1").replace("%1", error.strerror or "")],
            )
            return
        stage = combo_value(self.stage)
        try:
            self.attachment_id = self.service.attach(
                self.person_id,
                self.path.name,
                data,
                self.title.text(),
                Stage(stage) if stage else None,
            )
        except DomainError as error:
            show_banner(self.message, show_problems(self.boxes, error.problems))
            return
        self.accept()


class AttachmentViewer(Dialog):
    """Shows one attachment from memory; a copy can be saved for printing or e-mailing."""

    help_section = guide_sections.ATTACHMENTS

    def __init__(self, view: AttachmentView, content: bytes, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.setWindowTitle(view.title)
        self.view, self.content = view, content
        self.resize(800, 900)
        layout = QVBoxLayout(self)
        if view.media_type == "application/pdf":
            pdf = PdfPane(self)
            pdf.show_pdf(content)
            self.document = pdf.pdf
            layout.addWidget(pdf, 1)
        else:
            image = QImage.fromData(content)
            picture = QLabel(self)
            picture.setObjectName("picture")
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if image.isNull():
                picture.setText(self.tr("This picture cannot be shown."))
            else:
                picture.setPixmap(
                    QPixmap.fromImage(image).scaled(
                        QSize(760, 820),
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            scroll = QScrollArea(self)
            scroll.setWidget(picture)
            scroll.setWidgetResizable(True)
            layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        save = QPushButton(self.tr("Save a copy…"), self)
        save.setObjectName("saveCopy")
        save.clicked.connect(self.save_copy)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        row.addWidget(save)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)

    def save_copy(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), self.view.file_name)
        if target:
            try:
                Path(target).write_bytes(self.content)
            except OSError as error:
                QMessageBox.warning(self, self.windowTitle(), error.strerror or str(error))


class AttachmentPanel(QWidget):
    changed = Signal()

    def __init__(
        self, service: AttachmentService, person_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentPanel")
        self.service, self.person_id = service, person_id
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentList")
        self.list.setAccessibleName(self.tr("Attached documents"))
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(120, 120))
        self.list.setGridSize(QSize(180, 190))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.list, 1)
        hint = QLabel(self.tr("Drop scans or photos here, or use the button."), self)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach a file…"), self)
        self.attach_button.setObjectName("attachFile")
        self.attach_button.clicked.connect(self.choose_file)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("openAttachment")
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.setObjectName("removeAttachment")
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.attach_button, self.open_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self._pdf_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        self._views = {v.id: v for v in self.service.attachments(self.person_id)}
        for view in self._views.values():
            icon = self._pdf_icon
            if view.thumbnail:
                icon = QIcon(QPixmap.fromImage(QImage.fromData(view.thumbnail)))
            lines = [view.title, labels.format_date(view.added_at.astimezone().date())]
            if view.stage:
                lines.append(labels.label(labels.STAGE, view.stage))
            if not view.available:
                lines.append(self.tr("(not on this PC yet)"))
            item = QListWidgetItem(icon, "\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            item.setToolTip(f"{view.file_name} — {_size_text(view.size_bytes)}")
            self.list.addItem(item)
            if view.id == select:
                self.list.setCurrentItem(item)
        self._selection_changed()

    def selected(self) -> AttachmentView | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        return self._views.get(item.data(Qt.ItemDataRole.UserRole))

    def _selection_changed(self) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a file"),
            "",
            self.tr("Scans and photos (%1)").replace("%1", FILE_FILTER),
        )
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        dialog = AttachDialog(self.service, self.person_id, path, self)
        if dialog.exec() and dialog.attachment_id:
            self.reload(dialog.attachment_id)
            self.changed.emit()
        dialog.deleteLater()

    def open_selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        try:
            view, content = self.service.content(view.id)
        except DomainError as error:
            show_banner(self.message, [labels.problem_text(p) for p in error.problems])
            return
        show_banner(self.message, [])
        viewer = AttachmentViewer(view, content, self)
        viewer.exec()
        viewer.deleteLater()

    def remove_selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove a document"),
            self.tr("Remove “%1” from the file? The history keeps a trace of it.").replace(
                "%1", isolate(view.title)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.service.remove(view.id)
            self.reload()
            self.changed.emit()

    # -- drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.attach(Path(url.toLocalFile()))
        event.acceptProposedAction()
