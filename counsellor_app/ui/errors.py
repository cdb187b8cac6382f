"""One error presenter: expected refusals get a clear message, bugs a report to copy."""

from __future__ import annotations

import logging
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from counsellor_app.core.problems import DomainError
from counsellor_app.services.errors import DatabaseUnavailable
from counsellor_app.ui import labels
from counsellor_app.ui.i18n import ltr

log = logging.getLogger(__name__)


def fault_text(reason: str, subject: str = "database", folder: str = "") -> str:
    """The one place a storage fault (storage.faults.FaultKind's value) becomes a message: what
    happened and the remedy that fits it. ``subject`` is ``database`` or ``keys`` (the key
    file, keys.json); ``folder`` is the data folder, named where IT needs it."""
    if subject == "keys" and reason == "missing":
        text = QCoreApplication.translate(
            "Errors",
            "The key file (keys.json) is missing from %1. Put it back (from where it was moved, "
            "or from the antivirus quarantine), restore a backup, or use the recovery key to "
            "set a new password.",
        )
    elif subject == "keys" and reason == "damaged":
        text = QCoreApplication.translate(
            "Errors",
            "The key file (keys.json) is damaged. Restore a backup, or use the recovery key to "
            "set a new password.",
        )
    else:
        texts = {
            "no_space": QCoreApplication.translate(
                "Errors",
                "The disk is full: Counsellor cannot write its data. Free some space on the disk "
                "(empty the recycle bin, move large files elsewhere), then try again. Nothing "
                "already saved is lost.",
            ),
            "io_error": QCoreApplication.translate(
                "Errors",
                "The disk could not be read or written (input/output error): it may be failing, "
                "or a USB key may have been pulled out. Check the disk or put the key back, then "
                "try again. If it happens again, call IT and restore the latest backup on "
                "another disk.",
            ),
            "read_only": QCoreApplication.translate(
                "Errors",
                "The data folder %1 is read-only: Counsellor cannot write there. Ask IT to make "
                "it writable again for your account. Nothing was changed.",
            ),
            "permission": QCoreApplication.translate(
                "Errors",
                "Counsellor is not allowed to read or write the data folder %1 (permission "
                "denied). Ask IT to give your account the right to read and write it.",
            ),
            "missing": QCoreApplication.translate(
                "Errors",
                "The database file (counsellor.db) is missing from %1, although its key file is "
                "there. It may have been moved, or quarantined by an antivirus. Put the file "
                "back, or restore a backup. An administrator with the recovery key may also "
                "start anew: the old files are then kept aside.",
            ),
            "damaged": QCoreApplication.translate(
                "Errors",
                "The database file is damaged or is not a Counsellor database. Choose «Restore "
                "a backup…» to put back the latest backup, or contact support.",
            ),
            "wrong_key": QCoreApplication.translate(
                "Errors",
                "The database file can be read, but it does not open with this account's key: "
                "the key file (keys.json) is not the one made with it. Put back its own key "
                "file, use the recovery key, or restore a backup.",
            ),
            "migration_failed": QCoreApplication.translate(
                "Errors",
                "The database could not be upgraded to this version of the app. It was restored "
                "as it was before the upgrade; nothing was lost. Contact support with the log "
                "file.",
            ),
            "remote_folder": QCoreApplication.translate(
                "Errors",
                "The data folder %1 is on a network share. Counsellor keeps its register on "
                "this PC's own disk: over a network its locks are not reliable, and a dropped "
                "connection can damage the data. Ask IT to choose a folder on this PC (the "
                "server is what shares the agency's work between PCs).",
            ),
            "already_set_up": QCoreApplication.translate(
                "Errors",
                "This data folder is already set up (its database or key file is there): it "
                "is never overwritten.",
            ),
        }
        text = texts.get(reason, reason)
    if not folder:  # "the data folder is read-only" reads well without its name
        return " ".join(text.replace("%1", "").split())
    return text.replace("%1", ltr(folder))


def database_problem_text(problem: DatabaseUnavailable, folder: str = "") -> str:
    return fault_text(problem.reason, problem.subject, folder)


def show_domain_error(parent: QWidget | None, error: DomainError) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Errors", "Not possible"),
        "\n".join(labels.problem_text(p) for p in error.problems),
    )


def present_error(parent: QWidget | None, error: BaseException) -> None:
    """The one presenter, for the foreground and for work finished in the background (the
    operations helper's default failure handler): a refusal gets its clear message, a bug a
    report to copy. Never personal data in the log: the traceback names code, not values."""
    if isinstance(error, DomainError):
        show_domain_error(parent, error)
        return
    if isinstance(error, DatabaseUnavailable):
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Errors", "Something went wrong"),
            database_problem_text(error),
        )
        return
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("unexpected error in background work\n%s", details)
    _show_unexpected(parent, details)


def install_excepthook() -> None:
    """Unexpected errors are logged and shown with details, never a silent crash."""
    import sys

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        _show_unexpected(QApplication.activeWindow(), details)

    sys.excepthook = hook


def _show_unexpected(parent: QWidget | None, details: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "Errors",
            "An unexpected error happened. What was saved is safe, and forms keep a draft of "
            "what you typed. Please send the details below to support.",
        )
    )
    box.setDetailedText(details)
    box.exec()
