"""The states of a drive's records and the only ways they move.

``machines`` holds one state machine per record kind (ticket, donation, DIN,
certificate, drive): the allowed moves, checked before anything is written. A move
that carries consequences for other records (a donation amended to "not collected"
releases its ticket, voids its DIN and its certificate) is made here too, in
``donations``, so every service that moves a record gets the same rules.
"""
