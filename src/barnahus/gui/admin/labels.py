"""Words for what administrators see: compartments and audit actions, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from barnahus.roles import Compartment
from barnahus.services import audit


def compartment_name(compartment: Compartment) -> str:
    names = {
        Compartment.IDENTITY: QCoreApplication.translate("Compartment", "profiles and contacts"),
        Compartment.INTERVIEW: QCoreApplication.translate("Compartment", "interviews"),
        Compartment.CAREPLAN: QCoreApplication.translate("Compartment", "care plans"),
    }
    return names[compartment]


def compartment_list(compartments: frozenset[Compartment]) -> str:
    return ", ".join(compartment_name(c) for c in sorted(compartments))


def action_name(action: str) -> str:
    translate = QCoreApplication.translate
    names = {
        audit.LOGIN: translate("AuditAction", "Signed in"),
        audit.LOGIN_FAILED: translate("AuditAction", "Sign-in failed"),
        audit.LOGIN_THROTTLED: translate("AuditAction", "Sign-in slowed down after failures"),
        audit.LOGIN_REFUSED: translate("AuditAction", "Sign-in refused"),
        audit.STORE_CREATED: translate("AuditAction", "Store created"),
        audit.USER_ADDED: translate("AuditAction", "Account created"),
        audit.USER_DISABLED: translate("AuditAction", "Account disabled"),
        audit.ROLES_CHANGED: translate("AuditAction", "Roles changed"),
        audit.PASSPHRASE_CHANGED: translate("AuditAction", "Passphrase changed"),
        audit.GRANT_CREATED: translate("AuditAction", "Access granted"),
        audit.GRANT_ACCEPTED: translate("AuditAction", "Granted access taken up"),
        audit.GRANT_REJECTED: translate("AuditAction", "Granted access refused as invalid"),
        audit.RECOVERY_USED: translate("AuditAction", "Recovery key used"),
        audit.CASE_CREATED: translate("AuditAction", "Case opened"),
        audit.CASE_CLOSED: translate("AuditAction", "Case closed"),
        audit.CASE_ERASED: translate("AuditAction", "Case erased"),
        audit.RECORD_VIEWED: translate("AuditAction", "Record read"),
        audit.CASE_LIST_VIEWED: translate("AuditAction", "Case list opened"),
        audit.RECORD_SAVED: translate("AuditAction", "Record saved"),
        audit.RECORD_REMOVED: translate("AuditAction", "Record removed from its list"),
        audit.DRAFT_RECOVERED: translate("AuditAction", "Unsaved work recovered"),
        audit.DRAFT_DISCARDED: translate("AuditAction", "Unsaved work discarded"),
        audit.EXPORTED: translate("AuditAction", "Exported"),
        audit.IMPORTED: translate("AuditAction", "Imported"),
        audit.PRINTED: translate("AuditAction", "Printed"),
        audit.BACKUP_CREATED: translate("AuditAction", "Backup made"),
        audit.STORE_RESTORED: translate("AuditAction", "Store restored from a backup"),
        audit.VERIFIED: translate("AuditAction", "Store checked"),
        audit.INTEGRITY_FAILURE: translate("AuditAction", "Damage or tampering found"),
    }
    return names.get(action, action)
