"""The SQLite this application runs on: SQLCipher 4, through the ``sqlcipher3`` package.

SQLCipher is SQLite with every page encrypted (AES-256) once a connection is given a
key; without one it reads and writes plain SQLite files as SQLite does. Every
connection the application opens, and every error class it catches, comes from here:
the standard library's ``sqlite3`` has classes of its own, which an ``except`` of them
would let SQLCipher's errors pass.
"""

from sqlcipher3 import dbapi2 as sqlite3

__all__ = ["sqlite3"]
