"""Multi-step work that the desk and the command line share (label sets, certificates):
plan, render with progress and cancellation, then commit."""
