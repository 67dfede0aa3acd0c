/** NOTIFY channel of the breaker opening ("down") or closing ("up"): migration 0026's trigger. */
export const PROVIDER_CHANNEL = "callboard_provider";

/** The live streams' event telling open dashboards to re-read the provider's status. */
export const PROVIDER_EVENT = "provider";
