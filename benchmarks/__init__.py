"""Speed targets of HMTN Desk, measured on generated data (figures in the README)."""
