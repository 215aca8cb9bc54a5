"""Who may give blood: the versioned rule set (``rulesets/``), the pure rules engine,
the questionnaire and measurements it reads, the warnings shown at check-in, the names
of deferral reasons, and the harness that validates a rule set against its cases.
The installed rule set reaches every station through one provider (``provider``)."""
