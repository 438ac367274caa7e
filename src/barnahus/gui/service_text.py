"""Show the core's messages in the person's language.

Services are Qt-free and write their sentences in English (the command line prints them as
they are). The desktop app passes every such sentence through :func:`translated`: the ones a
person can meet in the workspace are listed here for the translation tools, and the few that
carry a number are matched by pattern. A sentence not listed is shown in English, never hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ServiceMessage"

KNOWN = (
    QT_TRANSLATE_NOOP("ServiceMessage", "The account name or passphrase is not right."),
    QT_TRANSLATE_NOOP("ServiceMessage", "This account is disabled; ask an administrator."),
    QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "This account's key protection is weaker than allowed, so it was refused; "
        "an administrator must reset it with the recovery key.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "This account's key slot is damaged; an administrator can restore it "
        "from a backup or reset it with the recovery key.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "The passphrase must be at least 10 characters; a few words work well.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessage", "That passphrase is on a list of common passwords; choose another."
    ),
    QT_TRANSLATE_NOOP("ServiceMessage", "The passphrase must not be the account name."),
    QT_TRANSLATE_NOOP(
        "ServiceMessage", "The passphrase repeats too few characters; choose another."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "Account names use lower-case letters, digits, dots, dashes or underscores "
        "(2 to 64 characters).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessage", "An account with that name already exists."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Give an account at least one role."),
    QT_TRANSLATE_NOOP("ServiceMessage", "There is no active account with that name."),
    QT_TRANSLATE_NOOP("ServiceMessage", "There is no account with that name."),
    QT_TRANSLATE_NOOP("ServiceMessage", "You cannot disable your own account."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That account is disabled; its roles cannot be changed."),
    QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "The store needs at least one administrator; make another account administrator first.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "You cannot remove your own administrator role; ask another administrator.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessage", "That recovery key does not belong to this store."),
    QT_TRANSLATE_NOOP(
        "ServiceMessage", "A store already exists at that location; choose another path."
    ),
    QT_TRANSLATE_NOOP("ServiceMessage", "That file is not a Barnahus Desk store."),
    QT_TRANSLATE_NOOP(
        "ServiceMessage", "The store file is damaged or is not a Barnahus Desk store."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "The store is busy in another program; nothing was lost, please try again.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "The disk is full, so the last change could not be saved; free some space and save again.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessage", "The store cannot be written: it is read-only."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The store could not be reached."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The workspace is locked; sign in again."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Only the person who locked the workspace can unlock it."),
    QT_TRANSLATE_NOOP(
        "ServiceMessage", "A case number uses letters, digits and - _ . / (up to 40)."
    ),
    QT_TRANSLATE_NOOP("ServiceMessage", "A case with that number already exists."),
    QT_TRANSLATE_NOOP("ServiceMessage", "There is no case with that number."),
    QT_TRANSLATE_NOOP(
        "ServiceMessage", "Give the child a pseudonym; it is shown instead of their name."
    ),
    QT_TRANSLATE_NOOP("ServiceMessage", "There is nothing new to save."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The key of this case is damaged."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The backup file is damaged."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That file is not a Barnahus Desk backup."),
    QT_TRANSLATE_NOOP(
        "ServiceMessage", "That backup was made by a newer version of Barnahus Desk."
    ),
    QT_TRANSLATE_NOOP("ServiceMessage", "The backup file could not be read."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The backup file could not be written there."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The folder for the backup file does not exist."),
    QT_TRANSLATE_NOOP(
        "ServiceMessage", "A backup cannot be written over the store itself; choose another file."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessage", "Back up a server database with the database server's own tools."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessage", "A file already exists where the store would go; choose another path."
    ),
    QT_TRANSLATE_NOOP("ServiceMessage", "The folder for the restored store does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The restored store could not be written there."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The settings could not be saved."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Something went wrong; the details are in the log."),
    QT_TRANSLATE_NOOP("ServiceMessage", "This case has no records of that kind yet."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That record was removed; it can no longer be changed."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Records can only be removed while their case is open."),
)

_THROTTLED = re.compile(r"^Too many failed attempts; wait (\d+) seconds and try again\.$")
_RECORD_DAMAGED = re.compile(r"^Record ([0-9a-f-]+) is damaged and cannot be read\.$")
_ONLY_ROLE = re.compile(r"^Only an? ([a-z ]+) can do this\.$")
_CANNOT_OPEN = re.compile(r"^Your account cannot open (\w+) records; ")


def translated(message: str) -> str:
    """``message`` in the UI language when it is known, else as it is."""
    if match := _THROTTLED.match(message):
        seconds = int(match.group(1))
        # Two plain messages rather than one plural: pyside6-lupdate 6.11 does not see the
        # count argument of translate() and would drop the plural forms from the .ts files.
        if seconds == 1:
            return QCoreApplication.translate(
                "ServiceMessage", "Too many failed attempts. Wait one second, then try again."
            )
        return QCoreApplication.translate(
            "ServiceMessage", "Too many failed attempts. Wait %1 seconds, then try again."
        ).replace("%1", str(seconds))
    if match := _RECORD_DAMAGED.match(message):
        return QCoreApplication.translate(
            "ServiceMessage", "Record %1 is damaged and cannot be read; the rest is safe."
        ).replace("%1", match.group(1))
    if _ONLY_ROLE.match(message):
        return QCoreApplication.translate("ServiceMessage", "Your role does not allow this.")
    if _CANNOT_OPEN.match(message):
        return QCoreApplication.translate(
            "ServiceMessage",
            "Your account cannot open these records yet; ask a colleague who can to grant you "
            "access.",
        )
    return QCoreApplication.translate(CONTEXT, message)
