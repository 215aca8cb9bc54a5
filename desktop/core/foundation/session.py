"""Who is operating this laptop right now; every write is recorded in their name."""

from db.records import Actor

SYSTEM_ACTOR = Actor(staff_id=None, name="HMTN Desk")


class Session:
    def __init__(self, actor: Actor = SYSTEM_ACTOR) -> None:
        self.actor = actor

    def sign_in(self, staff_id: str, full_name: str) -> None:
        self.actor = Actor(staff_id=staff_id, name=full_name)
