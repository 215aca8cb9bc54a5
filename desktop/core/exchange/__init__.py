"""The exchange with the provincial center: this installation's identity (incarnation
and epoch, the restore marker), the keys (the device's signing key, the center's age
and signing keys, the escrow key), enrolment of devices at the center."""
