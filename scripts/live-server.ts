// The live streams without the dashboard: /api/live/* (and, if the proxy sends them, the provider's
// webhooks) on a plain node:http server, for a front proxy to route /api/live/ to (README, "Live
// streams"). PostgreSQL only: it LISTENs on the app's database beside the app's own processes.
// Run: npm run live (DATABASE_URL, AUTH_SECRET as the app's; LIVE_PORT, LIVE_HOST).
import { handle } from "@/db";
import { ConfigError, env, providerConfig, setSimulatorCredentials, simulatorEnabled } from "@/lib/env";
import { loadSimulatorCredentials } from "@/lib/provider/simulator-credentials";
import { shutdownHubs } from "@/lib/live/fanout-hub";
import { createLiveServer } from "@/lib/live/stream-server";

function configuration() {
  try {
    return env();
  } catch (error) {
    // The app's own check, with the variable's name: no stack trace for a missing setting.
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[live-server] ${error.message}`);
    process.exit(1);
  }
}

const config = configuration();
if (!config.DATABASE_URL) {
  console.error(
    "[live-server] needs DATABASE_URL: the embedded database opens in one process only, so without PostgreSQL the app serves its streams itself",
  );
  process.exit(1);
}
if (config.NODE_ENV === "production" && !config.AUTH_SECRET) {
  console.error("[live-server] needs AUTH_SECRET, the app's: it reads the session cookie the app signs");
  process.exit(1);
}

// The webhooks it may take are checked with the provider's secret: the same configuration as the
// app's, checked the same way, so a missing secret stops the start rather than 500 every delivery.
try {
  if (simulatorEnabled()) setSimulatorCredentials(await loadSimulatorCredentials());
  providerConfig();
} catch (error) {
  console.error(
    `[live-server] ${error instanceof ConfigError ? error.message : `cannot read the provider's settings (start the app first: it migrates the database): ${String(error)}`}`,
  );
  process.exit(1);
}

const server = createLiveServer({ production: config.NODE_ENV === "production" });
server.listen(config.LIVE_PORT, config.LIVE_HOST, () => {
  console.log(`[live-server] ready on http://${config.LIVE_HOST}:${config.LIVE_PORT}/api/live/`);
});

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    console.log(`[live-server] ${signal}: stopping`);
    // Streams end with a retry hint, so browsers reconnect (to another process or this one restarted).
    shutdownHubs();
    server.close(
      () =>
        void handle()
          .close()
          .finally(() => process.exit(0)),
    );
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
