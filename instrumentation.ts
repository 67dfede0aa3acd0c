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
