"""Pull: the pages of changes a device may read, and the scope state a sync ends with."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import Text, cast, func, select, union
from sqlalchemy.orm import Session

from counsellor_app.server.bulk import among
from counsellor_app.server.changelog import erased_since
from counsellor_app.server.models import (
    AccessGrant,
    ChangeEntry,
    Device,
    Record,
    ScopeEvent,
    SyncCounter,
)
from counsellor_app.server.push import AGENCY_SHARED
from counsellor_app.server.scope import (
    AGENCY_INTERNAL,
    NATIONAL_OWNER,
    named_shared,
    shared_people,
)

# A new PC's first pull asks for pages this big (sync/first_pull.py): fewer requests and
# commits; the page is read through the same indexes, in order, and cut at this size.
MAX_PULL_PAGE = 20_000


class PullDesk:
    def __init__(self, session: Session, device: Device, now: datetime) -> None:
        self.session, self.device, self.now = session, device, now

    # -- pull ------------------------------------------------------------------------------
    def pull(self, cursor: int, limit: int) -> dict[str, Any]:
        page: dict[str, Any] = orjson.loads(self.pull_json(cursor, limit))
        return page

    def pull_json(self, cursor: int, limit: int) -> bytes:
        """The page as JSON. Each record's fields are copied as the database keeps them: a
        first pull reads a whole agency, and decoding then re-encoding every record cost more
        than the query."""
        limit = max(1, min(limit, MAX_PULL_PAGE))
        # Read first: every number up to it is committed (numbers are taken under the counter's
        # lock just before commit), so nothing at or below it can appear later.
        present = int(
            self.session.scalar(select(SyncCounter.value).where(SyncCounter.id == 1)) or 0
        )
        agency = self.device.agency_id
        referred = list(
            self.session.scalars(
                select(AccessGrant.person_id).where(
                    AccessGrant.agency_id == agency,
                    AccessGrant.kind == "referral",
                    AccessGrant.status == "active",
                )
            )
        )
        # Other agencies' own records the files held here name (a referred person's
        # counsellor…), not their whole staff lists, envelopes or programmes.
        partners = [
            record.id
            for record in named_shared(self.session, shared_people(self.session, agency))
            if record.owner_agency_id != agency
        ]
        # Each way a change reaches this agency is read through its own index in seq order and
        # cut at the page size, then merged; the page's records are joined last. Ways with
        # nothing to read are left out: one OR-ed query, or a way over an empty list, made the
        # database read every change after the cursor for each page (a first pull grew with
        # the square of the agency's size).
        window = (ChangeEntry.server_seq > cursor, ChangeEntry.server_seq <= present)

        def branch(*conditions: Any) -> Any:
            return select(
                select(
                    ChangeEntry.server_seq,
                    ChangeEntry.entity,
                    ChangeEntry.entity_id,
                    ChangeEntry.origin_device,
                )
                .where(*window, *conditions)
                .order_by(ChangeEntry.server_seq)
                .limit(limit + 1)
                .subquery()
            )

        branches = [
            branch(ChangeEntry.owner_agency_id == agency),
            branch(ChangeEntry.owner_agency_id == NATIONAL_OWNER),  # programmes: every PC's
        ]
        if referred:
            branches.append(
                branch(
                    among(self.session, ChangeEntry.person_id, referred),
                    ChangeEntry.entity.not_in(AGENCY_INTERNAL),
                )
            )
        if partners:
            branches.append(
                branch(
                    ChangeEntry.entity.in_(AGENCY_SHARED),
                    among(self.session, ChangeEntry.entity_id, partners),
                )
            )
        merged = union(*branches).subquery()
        page = select(merged).order_by(merged.c.server_seq).limit(limit + 1).subquery()
        rows = self.session.connection().execute(  # Core: no ORM loading of 5,000 rows
            select(
                page.c.server_seq,
                page.c.entity,
                page.c.entity_id,
                page.c.origin_device,
                Record.person_id,
                Record.version,
                cast(Record.fields, Text).label("fields"),
            )
            .outerjoin(Record, (Record.entity == page.c.entity) & (Record.id == page.c.entity_id))
            .order_by(page.c.server_seq)
        )
        entries = rows.all()  # plain tuples: read by position, 5,000 a page
        has_more = len(entries) > limit
        entries = entries[:limit]
        latest = {(entity, entity_id): seq for seq, entity, entity_id, *_rest in entries}
        changes = [
            {
                "server_seq": seq,
                "entity": entity,
                "entity_id": entity_id,
                "person_id": person_id,
                "version": version,
                "fields": orjson.Fragment(fields),
                "origin_device": origin,
            }
            for seq, entity, entity_id, origin, person_id, version, fields in entries
            # Gone (erased), or changed again later in this page: that change carries it.
            if fields is not None and latest[(entity, entity_id)] == seq
        ]
        upto = entries[-1][0] if has_more else max(present, cursor)
        leaving = self.session.scalars(
            select(ScopeEvent.person_id).where(
                ScopeEvent.agency_id == self.device.agency_id,
                ScopeEvent.server_seq > cursor,
                ScopeEvent.server_seq <= upto,
            )
        ).all()
        return orjson.dumps(
            {
                "changes": changes,
                "evictions": sorted(set(leaving)),
                "erasures": erased_since(self.session, cursor, upto),
                "next_cursor": upto,
                "has_more": has_more,
            }
        )


class ScopeState:
    """What a PC should hold, summed per kind of record, so a sync can end with a check: a
    lost row or a stale version shows as a different count or sum, and is repaired from the
    ids and versions of that kind alone."""

    def __init__(self, session: Session, device: Device) -> None:
        self.session, self.device = session, device
        self._shared: list[str] | None = None

    def _in_scope(self) -> Any:
        granted = select(AccessGrant.person_id).where(
            AccessGrant.agency_id == self.device.agency_id,
            AccessGrant.kind == "referral",
            AccessGrant.status == "active",
        )
        return (
            (Record.owner_agency_id == self.device.agency_id)
            | (Record.owner_agency_id == NATIONAL_OWNER)
            | (Record.person_id.in_(granted) & Record.entity.not_in(AGENCY_INTERNAL))
            | ((Record.entity == "person") & Record.id.in_(granted))
            | (Record.entity.in_(AGENCY_SHARED) & Record.id.in_(self._shared_ids()))
        )

    def _shared_ids(self) -> list[str]:
        if self._shared is None:
            people = shared_people(self.session, self.device.agency_id)
            self._shared = sorted({r.id for r in named_shared(self.session, people)})
        return self._shared

    def summary(self) -> dict[str, list[int]]:
        rows = self.session.execute(
            select(Record.entity, func.count(), func.sum(Record.version))
            .where(self._in_scope())
            .group_by(Record.entity)
        ).all()
        return {entity: [int(count), int(total or 0)] for entity, count, total in rows}

    def versions(self, entity: str, after: str, limit: int) -> list[list[Any]]:
        rows = self.session.execute(
            select(Record.id, Record.version)
            .where(self._in_scope(), Record.entity == entity, Record.id > after)
            .order_by(Record.id)
            .limit(min(limit, 5000))
        ).all()
        return [[record_id, version] for record_id, version in rows]

    def records(self, entity: str, ids: Sequence[str]) -> list[dict[str, Any]]:
        found = self.session.scalars(
            select(Record).where(
                self._in_scope(), Record.entity == entity, Record.id.in_(list(ids)[:1000])
            )
        )
        return [
            {
                "server_seq": r.updated_seq,
                "entity": r.entity,
                "entity_id": r.id,
                "person_id": r.person_id,
                "version": r.version,
                "fields": r.fields,
                "origin_device": None,
            }
            for r in found
        ]
