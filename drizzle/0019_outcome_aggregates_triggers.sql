-- Keeps outcome_daily and outcome_daily_rollups (db/schema/outcome-aggregates.ts) in step with
-- calls, in the transaction of whatever statement changes a call: the webhook statements, terminal
-- effects, reviews, reclassifications, the reconciler, sends and any writer added later.
-- db/queries/outcome-aggregates.ts holds the same grouping as a rebuild; a property test checks the
-- two agree. Every row lock a change takes comes after the (workspace, local day) advisory lock, and
-- within it in one order (outcome_daily first, then the rollups by dimension; the lesser group first).

-- Writers wait until the counts below are built and the triggers are in place.
LOCK TABLE calls IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
-- Open callback tasks mark their source call (kept from here on by calls_callback_open_track).
UPDATE calls c SET callback_open = true
WHERE EXISTS (SELECT 1 FROM callback_tasks k WHERE k.source_call_id = c.id AND k.completed_at IS NULL);
--> statement-breakpoint
-- The group of a call as text, to take the two group rows of an update in one fixed order: two
-- transactions moving calls between the same two groups in opposite directions then queue
-- instead of deadlocking.
CREATE FUNCTION outcome_daily_order(c calls) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT concat_ws('|', c.workspace_id, c.created_at, c.purpose, c.assistant_id, coalesce(c.placed_by::text, '-'), c.status,
                   coalesce(c.answered_by::text, '-'), coalesce(c.outcome_type, '-'), c.needs_review, c.reviewed_at IS NOT NULL)
$$;
--> statement-breakpoint
CREATE FUNCTION outcome_daily_rollup_key(c calls, dimension text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE dimension WHEN 'all' THEN NULL WHEN 'purpose' THEN c.purpose::text WHEN 'assistant' THEN c.assistant_id::text
         ELSE c.placed_by::text END
$$;
--> statement-breakpoint
CREATE FUNCTION outcome_daily_add(c calls, zone text, delta integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  left_calls integer;
  row_id tid;
BEGIN
  INSERT INTO outcome_daily AS o (workspace_id, day, purpose, assistant_id, placed_by, status, answered_by, outcome_type,
                                  needs_review, reviewed, calls, duration_sum, duration_count, callbacks_open)
  VALUES (c.workspace_id, (c.created_at AT TIME ZONE zone)::date, c.purpose, c.assistant_id, c.placed_by, c.status,
          c.answered_by, c.outcome_type, c.needs_review, c.reviewed_at IS NOT NULL, delta,
          delta * coalesce(c.duration_seconds, 0), delta * (c.duration_seconds IS NOT NULL)::integer, delta * c.callback_open::integer)
  ON CONFLICT ON CONSTRAINT outcome_daily_key DO UPDATE SET
    calls = o.calls + excluded.calls,
    duration_sum = o.duration_sum + excluded.duration_sum,
    duration_count = o.duration_count + excluded.duration_count,
    callbacks_open = o.callbacks_open + excluded.callbacks_open
  RETURNING o.calls, o.ctid INTO left_calls, row_id;
  IF left_calls = 0 THEN
    DELETE FROM outcome_daily WHERE ctid = row_id;
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION outcome_daily_rollup_order(c calls, dimension text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT concat_ws('|', c.created_at, coalesce(outcome_daily_rollup_key(c, dimension), '-'), coalesce(c.answered_by::text, '-'),
                   coalesce(c.outcome_type, '-'), c.needs_review AND c.reviewed_at IS NULL)
$$;
--> statement-breakpoint
CREATE FUNCTION outcome_daily_rollup_add(c calls, zone text, dimension text, delta integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  left_calls integer;
  row_id tid;
BEGIN
  INSERT INTO outcome_daily_rollups AS o (workspace_id, day, dimension, key, answered_by, outcome_type, open_review,
                                          calls, duration_sum, duration_count, callbacks_open)
  VALUES (c.workspace_id, (c.created_at AT TIME ZONE zone)::date, dimension, outcome_daily_rollup_key(c, dimension),
          c.answered_by, c.outcome_type, c.needs_review AND c.reviewed_at IS NULL, delta,
          delta * coalesce(c.duration_seconds, 0), delta * (c.duration_seconds IS NOT NULL)::integer, delta * c.callback_open::integer)
  ON CONFLICT ON CONSTRAINT outcome_daily_rollups_key DO UPDATE SET
    calls = o.calls + excluded.calls,
    duration_sum = o.duration_sum + excluded.duration_sum,
    duration_count = o.duration_count + excluded.duration_count,
    callbacks_open = o.callbacks_open + excluded.callbacks_open
  RETURNING o.calls, o.ctid INTO left_calls, row_id;
  IF left_calls = 0 THEN
    DELETE FROM outcome_daily_rollups WHERE ctid = row_id;
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION outcome_daily_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  zone text;
  dimension text;
BEGIN
  SELECT w.time_zone INTO zone FROM workspaces w WHERE w.id = coalesce(NEW.workspace_id, OLD.workspace_id);
  -- The workspace itself is being deleted (its calls go with it, by cascade).
  IF zone IS NULL THEN RETURN NULL; END IF;
  -- One committing writer at a time per workspace and local day. A transaction moves a call in
  -- several statements (the event, its terminal fields, its callback task), each taking group rows
  -- in its own order, and two such transactions deadlocked on today's groups at 8 concurrent
  -- terminal events. Holding the day first makes the group rows uncontended.
  PERFORM pg_advisory_xact_lock(1700, hashtext(coalesce(NEW.workspace_id, OLD.workspace_id)::text || ':'
                                                  || (coalesce(NEW.created_at, OLD.created_at) AT TIME ZONE zone)::date::text));
  IF TG_OP = 'INSERT' OR TG_OP = 'DELETE' THEN
    PERFORM outcome_daily_add(coalesce(NEW, OLD), zone, CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END);
    FOREACH dimension IN ARRAY ARRAY['all', 'purpose', 'assistant', 'dispatcher'] LOOP
      PERFORM outcome_daily_rollup_add(coalesce(NEW, OLD), zone, dimension, CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END);
    END LOOP;
    RETURN NULL;
  END IF;
  IF outcome_daily_order(OLD) <= outcome_daily_order(NEW) THEN
    PERFORM outcome_daily_add(OLD, zone, -1);
    PERFORM outcome_daily_add(NEW, zone, 1);
  ELSE
    PERFORM outcome_daily_add(NEW, zone, 1);
    PERFORM outcome_daily_add(OLD, zone, -1);
  END IF;
  -- Most webhook updates change the status only, which no rollup counts by.
  IF (OLD.created_at, OLD.purpose, OLD.assistant_id, OLD.placed_by, OLD.answered_by, OLD.outcome_type,
      OLD.needs_review AND OLD.reviewed_at IS NULL, OLD.duration_seconds, OLD.callback_open)
     IS NOT DISTINCT FROM
     (NEW.created_at, NEW.purpose, NEW.assistant_id, NEW.placed_by, NEW.answered_by, NEW.outcome_type,
      NEW.needs_review AND NEW.reviewed_at IS NULL, NEW.duration_seconds, NEW.callback_open) THEN
    RETURN NULL;
  END IF;
  FOREACH dimension IN ARRAY ARRAY['all', 'purpose', 'assistant', 'dispatcher'] LOOP
    IF outcome_daily_rollup_order(OLD, dimension) <= outcome_daily_rollup_order(NEW, dimension) THEN
      PERFORM outcome_daily_rollup_add(OLD, zone, dimension, -1);
      PERFORM outcome_daily_rollup_add(NEW, zone, dimension, 1);
    ELSE
      PERFORM outcome_daily_rollup_add(NEW, zone, dimension, 1);
      PERFORM outcome_daily_rollup_add(OLD, zone, dimension, -1);
    END IF;
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Deferred to the commit: the counts change when the call's transaction commits, and the day's lock
-- is held only from there to the end of the commit, not across the transaction's round trips.
CREATE CONSTRAINT TRIGGER calls_outcome_daily_insert AFTER INSERT OR DELETE ON calls
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION outcome_daily_track();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER calls_outcome_daily_update AFTER UPDATE ON calls
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (
    (OLD.workspace_id, OLD.created_at, OLD.purpose, OLD.assistant_id, OLD.placed_by, OLD.status, OLD.answered_by,
     OLD.outcome_type, OLD.needs_review, OLD.reviewed_at IS NOT NULL, OLD.duration_seconds, OLD.callback_open)
    IS DISTINCT FROM
    (NEW.workspace_id, NEW.created_at, NEW.purpose, NEW.assistant_id, NEW.placed_by, NEW.status, NEW.answered_by,
     NEW.outcome_type, NEW.needs_review, NEW.reviewed_at IS NOT NULL, NEW.duration_seconds, NEW.callback_open)
  ) EXECUTE FUNCTION outcome_daily_track();
--> statement-breakpoint
-- A callback task opened, completed or removed marks its source call; the calls trigger above moves
-- the count. The call row's lock also orders this after any concurrent change of the same call.
CREATE FUNCTION calls_callback_open_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  source uuid := coalesce(NEW.source_call_id, OLD.source_call_id);
BEGIN
  UPDATE calls c SET callback_open = EXISTS (SELECT 1 FROM callback_tasks k WHERE k.source_call_id = source AND k.completed_at IS NULL)
  WHERE c.id = source
    AND c.callback_open IS DISTINCT FROM EXISTS (SELECT 1 FROM callback_tasks k WHERE k.source_call_id = source AND k.completed_at IS NULL);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER callback_tasks_callback_open AFTER INSERT OR DELETE OR UPDATE OF completed_at ON callback_tasks
  FOR EACH ROW EXECUTE FUNCTION calls_callback_open_track();
--> statement-breakpoint
-- The calls already stored.
INSERT INTO outcome_daily (workspace_id, day, purpose, assistant_id, placed_by, status, answered_by, outcome_type,
                           needs_review, reviewed, calls, duration_sum, duration_count, callbacks_open)
SELECT c.workspace_id, (c.created_at AT TIME ZONE w.time_zone)::date, c.purpose, c.assistant_id, c.placed_by, c.status,
       c.answered_by, c.outcome_type, c.needs_review, c.reviewed_at IS NOT NULL, count(*)::integer,
       coalesce(sum(c.duration_seconds), 0), count(c.duration_seconds)::integer, count(*) FILTER (WHERE c.callback_open)::integer
FROM calls c JOIN workspaces w ON w.id = c.workspace_id
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
--> statement-breakpoint
INSERT INTO outcome_daily_rollups (workspace_id, day, dimension, key, answered_by, outcome_type, open_review, calls, duration_sum,
                                   duration_count, callbacks_open)
SELECT o.workspace_id, o.day, d.dimension, d.key, o.answered_by, o.outcome_type, o.needs_review AND NOT o.reviewed,
       sum(o.calls)::integer, sum(o.duration_sum), sum(o.duration_count)::integer, sum(o.callbacks_open)::integer
FROM outcome_daily o
CROSS JOIN LATERAL (VALUES ('all', NULL), ('purpose', o.purpose::text), ('assistant', o.assistant_id::text), ('dispatcher', o.placed_by::text)) d(dimension, key)
GROUP BY 1, 2, 3, 4, 5, 6, 7;
