"""One service per station of a drive and what it owns: drives, donor search and
registration, check-in, screening, collection with its DIN allocation, reconciliation
and the certificate desk."""
