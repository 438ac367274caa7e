"""The administration area: accounts and grants, the audit trail, checks and backups."""
