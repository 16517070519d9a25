-- A decision record is final: sellers were debriefed against it and its checksum was published
-- with it. The database itself refuses to change or remove one, whatever the application does;
-- only the demo seed's sample records may be removed, so that `db:seed --force` can start again.
CREATE TRIGGER approach_decisions_no_update BEFORE UPDATE ON approach_decisions
BEGIN
  SELECT RAISE(ABORT, 'A decision record is final and cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER approach_decisions_no_delete BEFORE DELETE ON approach_decisions WHEN OLD.sample = 0
BEGIN
  SELECT RAISE(ABORT, 'A decision record is final and cannot be removed');
END;
