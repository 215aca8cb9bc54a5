"""HMTN Desk: the application package.

``desktop.core`` is the Qt-free heart of the application (domain rules, workflow
services, data exchange, settings). ``desktop.app`` is the composition root that
opens the database and builds the main window; ``desktop.cli`` is the entry point.
"""

__version__ = "0.1.0"
