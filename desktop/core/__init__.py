"""The Qt-free core of HMTN Desk: domain rules, workflow services, data exchange, settings.

Nothing in this package imports PySide6 (import-linter checks it), so every rule can be
used from the command line, from tests and from worker threads alike.
"""
