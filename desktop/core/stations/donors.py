"""The donor registry: finding donors, registering new ones, spotting duplicates."""

import datetime as dt
import re
from dataclasses import dataclass, field

from db import donors as donor_queries
from db import registry_imports as import_queries
from db.records import write_transaction
from db.stamps import utc_now
from desktop.core.domain.card_qr import CardData, parse_card_qr
from desktop.core.domain.dates import iso, parse_date
from desktop.core.domain.identity import (
    check_cccd,
    check_old_id,
    check_phone,
    digits_only,
    normalize_phone,
)
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Donor
from desktop.core.domain.text import ADDRESS_MAX, NAME_MAX, PHONE_MAX, fold, nfc, too_long
from desktop.core.domain.vocabulary import ImportStatus, RecordSource, Sex, StaffRole
from desktop.core.foundation.base_service import Service, storage_refusals
from desktop.core.foundation.events import Topic
from desktop.core.stations.lookup import Query, QueryKind, classify

SEARCH_LIMIT = 50
DONOR_ROLES = (StaffRole.CLERK,)  # who registers donors and corrects their numbers
MAX_LOOKUP_DIGITS = 12  # a CCCD; a mobile number has 10, an old CMND 9 or 12
_NAME_FORBIDDEN = re.compile(r"[\d@#$%^&*_=+<>{}\[\]|\\/;:!?\"]")


@dataclass(frozen=True)
class DonorForm:
    """A new donor as typed (or filled from a card scan); every field is text."""

    national_id: str = ""
    old_id: str = ""
    full_name: str = ""
    birth_date: str = ""
    sex: str = ""
    address: str = ""
    phone: str = ""

    @classmethod
    def from_card(cls, card: CardData) -> "DonorForm":
        return cls(
            national_id=card.national_id,
            old_id=card.old_id,
            full_name=card.full_name,
            birth_date=card.birth_date.strftime("%d/%m/%Y"),
            sex=card.sex,
            address=card.address,
        )


@dataclass(frozen=True)
class LookupResult:
    """What the check-in field found.

    ``exact`` is set when the input names one donor beyond doubt (a card scan or a full
    ID of a known donor): the screen opens that donor directly. ``card`` is set for a
    scan, so an unknown person's new-donor form can be filled from it.
    """

    query: Query
    donors: list[Donor] = field(default_factory=list)
    exact: Donor | None = None
    card: CardData | None = None
    problems: list[Problem] = field(default_factory=list)


class PossibleDuplicate(Exception):
    """Someone with the same name and date of birth is already registered."""

    def __init__(self, donors: list[Donor]) -> None:
        super().__init__(", ".join(d.id for d in donors))
        self.donors = donors


class DonorService(Service):
    def get(self, donor_id: str) -> Donor:
        row = donor_queries.get(self.db, donor_id)
        if row is None:
            raise UserError(Problem("donor_not_found"))
        return Donor.from_row(row)

    def count(self) -> int:
        unseen = import_queries.unseen_rows(self.db, ImportStatus.APPLIED)
        return donor_queries.count(self.db, unseen)

    # --- finding -------------------------------------------------------------------

    def lookup(self, raw: str) -> LookupResult:
        """Search for whatever was typed or scanned into the check-in field."""
        query = classify(raw)
        if query.kind is QueryKind.CARD:
            return self._lookup_card(query)
        if query.kind is QueryKind.DIGITS and len(query.text) > MAX_LOOKUP_DIGITS:
            # No identity number or phone is this long: say what each one has.
            return LookupResult(query, problems=[Problem("too_many_digits",
                                                         {"count": len(query.text)})])  # fmt: skip
        rows = self._search_rows(query)
        donors = [Donor.from_row(row) for row in rows]
        exact = None
        if query.kind is QueryKind.DIGITS and len(query.text) in (9, 12):
            exact_matches = [d for d in donors if query.text in (d.national_id, d.old_id)]
            exact = exact_matches[0] if len(exact_matches) == 1 else None
        return LookupResult(query, donors, exact)

    def warm_up(self) -> None:
        """Read the top pages of every search index, the donor table and the name index
        (cheap queries): called once on the search connection after a start, so the
        first search after a cold start need not wait on the disk for them."""
        donor_queries.warm_up(self.db)

    def _search_rows(self, query: Query) -> list[dict]:
        """At most ``SEARCH_LIMIT`` donors, each kind one index range or two read in
        the order shown. Read only, and nothing kept between calls: a search thread
        may run it on its own connection and interrupt it."""
        db, limit = self.db, SEARCH_LIMIT
        if query.kind not in (QueryKind.BIRTH_DATE, QueryKind.DIGITS, QueryKind.NAME):
            return []
        # A registry being staged holds donors no one sees yet: skipped by their rowid
        # range without reading them.
        unseen = import_queries.staging_ranges(db, utc_now(), ImportStatus.STAGING)
        seen = import_queries.applied_batches(db, ImportStatus.APPLIED)  # their donors are seen
        if query.kind is QueryKind.BIRTH_DATE:
            return donor_queries.born_on(db, iso(query.birth_date), limit, unseen, seen=seen)
        if query.kind is QueryKind.DIGITS:
            rows = []
            for column in ("national_id", "old_id", "phone"):
                rows += donor_queries.with_prefix(db, column, query.text, limit, unseen, seen=seen)
            if len(query.text) == 8 and (day := parse_date(query.text)):
                rows += donor_queries.born_on(db, iso(day), limit, unseen, seen=seen)
            return _unique(rows)[:limit]
        return self._name_rows(query.words, unseen, seen)

    def _name_rows(
        self, words: list[str], unseen: list[tuple[int, int]], seen: list[int]
    ) -> list[dict]:
        """Names starting with what was typed first ("nguyen van an" before "tran
        nguyen van anh"); for two words, a family and a given name without the middle
        ones ("nguyen an"); then any name holding every typed word."""
        db, limit = self.db, SEARCH_LIMIT
        rows = donor_queries.with_prefix(
            db, "name_folded", " ".join(words), limit, unseen, seen=seen
        )
        if len(rows) < limit and len(words) == 2:
            rows = _unique(rows + donor_queries.with_family_and_given(db, *words, limit, unseen,
                                                                       seen=seen))  # fmt: skip
        if len(rows) < limit:
            rows += donor_queries.matching_name_words(db, words, limit, unseen, seen=seen)
        return _unique(rows)[:limit]

    def _lookup_card(self, query: Query) -> LookupResult:
        try:
            card = parse_card_qr(query.text)
        except UserError as e:
            return LookupResult(query, problems=e.problems)
        try:
            donor = self._find_card_holder(card)
        except UserError as e:  # its number is being imported, the database is busy
            return LookupResult(query, problems=e.problems)
        if donor is None:
            return LookupResult(query, card=card)
        return LookupResult(query, [donor], exact=donor, card=card)

    def _find_card_holder(self, card: CardData) -> Donor | None:
        row = donor_queries.by_national_id(self.db, card.national_id)
        if row is not None:
            return Donor.from_row(row)
        if not card.old_id:
            return None
        # Registered under the old CMND only: the same person if the birth date agrees.
        # The chip card is authoritative, so the record learns its new CCCD number.
        for row in donor_queries.by_old_id(self.db, card.old_id):
            if row["national_id"] is None and row["birth_date"] == iso(card.birth_date):
                if not self.session.holds(*DONOR_ROLES):  # found, left for reception
                    return Donor.from_row(row)
                return self._attach_national_id(row["id"], card.national_id)
        return None

    def _attach_national_id(self, donor_id: str, national_id: str) -> Donor:
        return self._fill_ids(
            donor_id,
            {"national_id": national_id},
            "CCCD from the chip card of a donor registered by old CMND",
        )

    def adopt_ids(self, donor: Donor, form: DonorForm) -> Donor:
        """The clerk found the person already registered: the record learns the numbers
        from the form that it lacked (never overwriting one it has)."""
        problems = [p for p in self.validate(form) if p.field in ("national_id", "old_id")]
        if problems:
            raise UserError(*problems)
        values = _donor_values(form)
        missing = {
            name: values[name]
            for name in ("national_id", "old_id")
            if values[name] and not getattr(donor, name)
        }
        if "national_id" in missing:
            holder = donor_queries.by_national_id(self.db, missing["national_id"])
            if holder is not None:
                raise UserError(_registered_to(holder, "national_id"))
        if not missing:
            return donor
        return self._fill_ids(donor.id, missing, "numbers given at check-in")

    def _fill_ids(self, donor_id: str, ids: dict[str, str], note: str) -> Donor:
        self.session.require(*DONOR_ROLES)
        leftovers = self._refuse_ids_being_imported(ids)
        with storage_refusals(), write_transaction(self.db, self.session.actor) as w:
            self._remove_leftovers(leftovers)
            row = w.update("donor", donor_id, {**ids, "local_changed_at": w.now}, note=note)
        self.bus.publish(Topic.DONORS)
        return Donor.from_row(row)

    # --- registering -----------------------------------------------------------------

    def validate(self, form: DonorForm) -> list[Problem]:
        """Every problem with a new donor's form, each tied to its field."""
        problems = []
        name = nfc(form.full_name)
        if not name:
            problems.append(Problem("required", field="full_name"))
        elif len(name) > NAME_MAX or _NAME_FORBIDDEN.search(name):
            problems.append(Problem("name_invalid", field="full_name"))
        birth = parse_date(form.birth_date)
        if not form.birth_date.strip():
            problems.append(Problem("required", field="birth_date"))
        elif birth is None:
            problems.append(Problem("date_invalid", {"value": form.birth_date}, "birth_date"))
        elif birth > dt.date.today() or birth.year < 1900:
            problems.append(Problem("birth_date_implausible", field="birth_date"))
            birth = None
        if form.sex not in (Sex.MALE, Sex.FEMALE):
            problems.append(Problem("required", field="sex"))
        national_id = digits_only(form.national_id)
        old_id = digits_only(form.old_id)
        if form.national_id.strip():
            sex = form.sex if form.sex in (Sex.MALE, Sex.FEMALE) else None
            problems += check_cccd(form.national_id.strip(), birth, sex)
        if form.old_id.strip():
            problems += check_old_id(form.old_id.strip())
        if not national_id and not old_id:
            problems.append(Problem("id_required", field="national_id"))
        if len(nfc(form.phone)) > PHONE_MAX:  # not echoed back in a message either
            problems.append(Problem("too_long", {"max": PHONE_MAX}, "phone"))
        elif form.phone.strip():
            problems += check_phone(form.phone)
        if problem := too_long(nfc(form.address), ADDRESS_MAX, "address"):
            problems.append(problem)
        return problems

    def register(self, form: DonorForm, *, not_a_duplicate: bool = False) -> Donor:
        """Save a new donor registered at the drive.

        Raises UserError for invalid fields or a CCCD already registered, and
        PossibleDuplicate when someone with the same name and birth date exists
        (call again with ``not_a_duplicate=True`` once the clerk has checked).
        """
        self.session.require(*DONOR_ROLES)
        problems = self.validate(form)
        if problems:
            raise UserError(*problems)
        values = _donor_values(form)
        self._refuse_registered_ids(values)
        leftovers = self._refuse_ids_being_imported(values)
        if not not_a_duplicate:
            twins = [
                twin
                for twin in donor_queries.same_name_and_birth(
                    self.db, values["name_folded"], values["birth_date"]
                )
                # two different CCCD numbers are two different people
                if not (twin["national_id"] and values["national_id"])
            ]
            if twins:
                raise PossibleDuplicate([Donor.from_row(t) for t in twins])
        with storage_refusals(), write_transaction(self.db, self.session.actor) as w:
            self._remove_leftovers(leftovers)
            row = w.insert("donor", {**values, "local_changed_at": w.now})
        self.bus.publish(Topic.DONORS)
        return Donor.from_row(row)

    def _refuse_registered_ids(self, values: dict) -> None:
        """The same CCCD (or old CMND) never makes a second donor."""
        existing = None
        if values["national_id"]:
            existing = donor_queries.by_national_id(self.db, values["national_id"])
            id_field = "national_id"
        if existing is None and values["old_id"]:
            existing = next(iter(donor_queries.by_old_id(self.db, values["old_id"])), None)
            id_field = "old_id"
        if existing is not None:
            raise UserError(_registered_to(existing, id_field))

    def _refuse_ids_being_imported(self, values: dict) -> list[tuple[int, str]]:
        """A CCCD or old CMND that arrives with a registry import being stored right now
        (unseen until it is switched on) waits for it. Leftovers of an import whose
        process died are in the way only until removed: (rowid, import id) of each."""
        leftovers, now = [], utc_now()
        for column in ("national_id", "old_id"):
            if not values.get(column):
                continue
            staged = donor_queries.unseen_holders(
                self.db, column, [values[column]], ImportStatus.APPLIED
            )
            for rowid, batch in staged.values():
                owner = import_queries.by_batch(self.db, batch)
                if owner and import_queries.is_running(owner, now, ImportStatus.STAGING):
                    raise UserError(Problem("id_in_import", {"value": values[column]}, column))
                leftovers.append((rowid, owner["id"] if owner else ""))
        return leftovers

    def _remove_leftovers(self, leftovers: list[tuple[int, str]]) -> None:
        """Inside the caller's transaction: staged rows no import will ever show."""
        for rowid, import_id in leftovers:
            removed = donor_queries.delete_staged(self.db, [rowid], ImportStatus.APPLIED)
            import_queries.record_removed(self.db, import_id, removed)


def _registered_to(holder: dict, id_field: str) -> Problem:
    """The number in ``id_field`` already belongs to ``holder``."""
    return Problem(
        "id_registered", {"name": holder["full_name"], "donor_id": holder["id"]}, id_field
    )


def _donor_values(form: DonorForm) -> dict:
    name = nfc(form.full_name)
    return {
        "national_id": digits_only(form.national_id) or None,
        "old_id": digits_only(form.old_id) or None,
        "full_name": name,
        "name_folded": fold(name),
        "birth_date": iso(parse_date(form.birth_date)),
        "sex": form.sex,
        "address": nfc(form.address),
        "phone": normalize_phone(form.phone) if form.phone.strip() else "",
        "source": RecordSource.DRIVE,
    }


def _unique(rows: list[dict]) -> list[dict]:
    seen, unique = set(), []
    for row in rows:
        if row["id"] not in seen:
            seen.add(row["id"])
            unique.append(row)
    return unique
