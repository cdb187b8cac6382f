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

log = logging.getLogger(__name__)


def database_problem_text(problem: DatabaseUnavailable) -> str:
    texts = {
        "wrong_key": QCoreApplication.translate(
            "Errors",
            "The database does not open with this account's key. Use the recovery key, or restore a backup.",
        ),
        "migration_failed": QCoreApplication.translate(
            "Errors",
            "The database could not be upgraded to this version of the app. It was restored as it "
            "was before the upgrade; nothing was lost. Contact support with the log file.",
        ),
        "damaged": QCoreApplication.translate(
            "Errors",
            "The database file is damaged or is not a Counsellor database. Choose «Restore a "
            "backup…» to put back the latest backup, or contact support.",
        ),
        "keystore_unreadable": QCoreApplication.translate(
            "Errors",
            "The file of keys (keys.json) is missing or damaged. Use the recovery key to regain access.",
        ),
        "already_set_up": QCoreApplication.translate(
            "Errors", "This data folder is already set up."
        ),
    }
    return texts.get(problem.reason, problem.reason)


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
