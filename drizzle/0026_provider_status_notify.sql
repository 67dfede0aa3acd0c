-- Tells every app process the moment the provider goes down or comes back (the breaker opening or
-- closing, from whichever instance saw it), so open dashboards show or clear the outage notice
-- through their live stream instead of polling. Probes and failure counts do not notify.
CREATE FUNCTION provider_breaker_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.opened_at IS NOT NULL THEN PERFORM pg_notify('callboard_provider', 'down'); END IF;
  ELSIF (OLD.opened_at IS NULL) <> (NEW.opened_at IS NULL) THEN
    PERFORM pg_notify('callboard_provider', CASE WHEN NEW.opened_at IS NULL THEN 'up' ELSE 'down' END);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER provider_breaker_notify AFTER INSERT OR UPDATE ON provider_breaker
  FOR EACH ROW EXECUTE FUNCTION provider_breaker_notify();
