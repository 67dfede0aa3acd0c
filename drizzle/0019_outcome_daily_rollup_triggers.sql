-- The triggers of 0016, now keeping outcome_daily_rollups as well. Every row lock a change takes is
-- taken in one global order (outcome_daily first, then the rollups by dimension; within one, the
-- lesser group first), so concurrent writers queue rather than deadlock.
DROP TRIGGER calls_outcome_daily_insert ON calls;
--> statement-breakpoint
DROP TRIGGER calls_outcome_daily_update ON calls;
--> statement-breakpoint
DROP FUNCTION outcome_daily_track();
--> statement-breakpoint
DROP FUNCTION outcome_daily_add(calls, integer);
--> statement-breakpoint
CREATE FUNCTION outcome_daily_add(c calls, zone text, delta integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  left_calls integer;
  row_id tid;
BEGIN
  INSERT INTO outcome_daily AS o (workspace_id, day, purpose, assistant_id, placed_by, status, answered_by, outcome_type,
                                  needs_review, reviewed, calls, duration_sum, duration_count)
  VALUES (c.workspace_id, (c.created_at AT TIME ZONE zone)::date, c.purpose, c.assistant_id, c.placed_by, c.status,
          c.answered_by, c.outcome_type, c.needs_review, c.reviewed_at IS NOT NULL, delta,
          delta * coalesce(c.duration_seconds, 0), delta * (c.duration_seconds IS NOT NULL)::integer)
  ON CONFLICT ON CONSTRAINT outcome_daily_key DO UPDATE SET
    calls = o.calls + excluded.calls,
    duration_sum = o.duration_sum + excluded.duration_sum,
    duration_count = o.duration_count + excluded.duration_count
  RETURNING o.calls, o.ctid INTO left_calls, row_id;
  IF left_calls = 0 THEN
    DELETE FROM outcome_daily WHERE ctid = row_id;
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION outcome_daily_rollup_key(c calls, dimension text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE dimension WHEN 'all' THEN NULL WHEN 'purpose' THEN c.purpose::text WHEN 'assistant' THEN c.assistant_id::text
         ELSE c.placed_by::text END
$$;
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
                                          calls, duration_sum, duration_count)
  VALUES (c.workspace_id, (c.created_at AT TIME ZONE zone)::date, dimension, outcome_daily_rollup_key(c, dimension),
          c.answered_by, c.outcome_type, c.needs_review AND c.reviewed_at IS NULL, delta,
          delta * coalesce(c.duration_seconds, 0), delta * (c.duration_seconds IS NOT NULL)::integer)
  ON CONFLICT ON CONSTRAINT outcome_daily_rollups_key DO UPDATE SET
    calls = o.calls + excluded.calls,
    duration_sum = o.duration_sum + excluded.duration_sum,
    duration_count = o.duration_count + excluded.duration_count
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
      OLD.needs_review AND OLD.reviewed_at IS NULL, OLD.duration_seconds)
     IS NOT DISTINCT FROM
     (NEW.created_at, NEW.purpose, NEW.assistant_id, NEW.placed_by, NEW.answered_by, NEW.outcome_type,
      NEW.needs_review AND NEW.reviewed_at IS NULL, NEW.duration_seconds) THEN
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
CREATE TRIGGER calls_outcome_daily_insert AFTER INSERT OR DELETE ON calls
  FOR EACH ROW EXECUTE FUNCTION outcome_daily_track();
--> statement-breakpoint
CREATE TRIGGER calls_outcome_daily_update AFTER UPDATE ON calls
  FOR EACH ROW WHEN (
    (OLD.workspace_id, OLD.created_at, OLD.purpose, OLD.assistant_id, OLD.placed_by, OLD.status, OLD.answered_by,
     OLD.outcome_type, OLD.needs_review, OLD.reviewed_at IS NOT NULL, OLD.duration_seconds)
    IS DISTINCT FROM
    (NEW.workspace_id, NEW.created_at, NEW.purpose, NEW.assistant_id, NEW.placed_by, NEW.status, NEW.answered_by,
     NEW.outcome_type, NEW.needs_review, NEW.reviewed_at IS NOT NULL, NEW.duration_seconds)
  ) EXECUTE FUNCTION outcome_daily_track();
--> statement-breakpoint
-- The calls already stored, rolled up from outcome_daily (0016 filled it).
INSERT INTO outcome_daily_rollups (workspace_id, day, dimension, key, answered_by, outcome_type, open_review, calls, duration_sum, duration_count)
SELECT o.workspace_id, o.day, d.dimension, d.key, o.answered_by, o.outcome_type, o.needs_review AND NOT o.reviewed,
       sum(o.calls)::integer, sum(o.duration_sum), sum(o.duration_count)::integer
FROM outcome_daily o
CROSS JOIN LATERAL (VALUES ('all', NULL), ('purpose', o.purpose::text), ('assistant', o.assistant_id::text), ('dispatcher', o.placed_by::text)) d(dimension, key)
GROUP BY 1, 2, 3, 4, 5, 6, 7;
