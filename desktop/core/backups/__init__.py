"""Backups of this laptop's database and their restore (see README "Backups and
restore"): copies in rotation in the user data folder, an encrypted file for a USB
stick, and a checked restore that keeps the current file aside."""
