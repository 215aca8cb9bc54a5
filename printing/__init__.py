"""Printed documents (certificates, labels, reports) made with reportlab. No Qt."""
