"""What every service stands on: the service base class, the event bus, the signed-in
session, settings and secrets of this installation, and the staff who may sign in."""
