"""The Qt widgets of HMTN Desk: one module per screen or dialog, plus table models.

Screens get their services through the constructor and never touch the database.
"""
