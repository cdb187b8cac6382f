"""The app started on a data folder another Counsellor process holds: say who, and stop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from counsellor_app.storage.folder_lock import FolderInUse
from counsellor_app.ui.i18n import isolate, ltr


def folder_in_use_text(busy: FolderInUse) -> str:
    """The message, in the user's language, naming the holder as its note does."""
    holder = busy.holder
    if holder is None or holder.pid is None:
        who = QCoreApplication.translate(
            "FolderInUse", "Another Counsellor window or command is using this data folder."
        )
    else:
        since = QDateTime.fromString(holder.since, Qt.DateFormat.ISODate)
        who = (
            QCoreApplication.translate(
                "FolderInUse", "It is used by %1 (process %2 on the computer %3, since %4)."
            )
            .replace("%1", isolate(holder.program or "Counsellor"))
            .replace("%2", ltr(str(holder.pid)))
            .replace("%3", isolate(holder.host or "?"))
            .replace(
                "%4",
                QLocale().toString(since.toLocalTime(), QLocale.FormatType.ShortFormat)
                if since.isValid()
                else "?",
            )
        )
    return "\n\n".join(
        (
            QCoreApplication.translate(
                "FolderInUse", "Counsellor is already open on this data folder."
            ),
            who,
            QCoreApplication.translate(
                "FolderInUse",
                "Close it there (or wait for the command to finish), then start Counsellor again.",
            ),
        )
    )


def folder_in_use_box(busy: FolderInUse, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("FolderInUse", "Data folder in use"))
    box.setText(folder_in_use_text(busy))
    box.setDetailedText(str(busy.folder))
    return box
