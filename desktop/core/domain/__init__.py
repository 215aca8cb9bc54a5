"""The domain's values and vocabulary, with no database: the states and codes every
station shares, problems reported to the user, dates, Vietnamese text and identity
numbers, chip-card QR codes, ISBT 128 donation numbers, places, and the plain records
the core hands to the screens."""
