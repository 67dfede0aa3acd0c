import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/startup");
  try {
    await startServer();
  } catch (error) {
    // Serving 500s from a half-started process helps nobody: say why and stop, so the supervisor sees it.
    console.error(`[callboard] cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

/**
 * Errors Next catches while rendering a page or running a route: logged once, redacted, with the
 * request id the error page shows and the digest Next gives the browser.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./lib/log/logger");
  const header = request.headers["x-request-id"];
  log.error(
    {
      err: error,
      requestId: Array.isArray(header) ? header[0] : header,
      digest: (error as { digest?: string }).digest,
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
    },
    "request failed",
  );
};
