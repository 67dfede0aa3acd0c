import pino, { type DestinationStream } from "pino";
import { logSettings } from "@/lib/env";
import { maskPhones, redactFields } from "./redact";
import { currentRequestId } from "./request-context";

/** Development: one readable line per entry ("12:01:02 ERROR message key=value …"). */
function readableStream(): DestinationStream {
  const levels: Record<number, string> = { 10: "TRACE", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL" };
  return {
    write(line: string) {
      const { level, time, msg, pid: _pid, hostname: _host, ...rest } = JSON.parse(line) as Record<string, unknown>;
      const stamp = typeof time === "string" ? time.slice(11, 19) : "";
      const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : "";
      const out = `${stamp} ${levels[Number(level)] ?? level} ${msg ?? ""}${extra}\n`;
      (Number(level) >= 50 ? process.stderr : process.stdout).write(out);
    },
  };
}

/**
 * The one logger of the server. JSON lines in production, readable lines in development; no
 * transport (pino's transports run in worker threads, which the Next bundle cannot load). Every
 * line carries the request id of the request it belongs to, and passes through the redaction.
 */
function createLogger() {
  const settings = logSettings();
  return pino(
    {
      level: settings.level,
      base: { app: "callboard" },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      formatters: { log: (fields) => redactFields(fields) },
      hooks: {
        logMethod(args, method) {
          const safe = args.map((arg) => (typeof arg === "string" ? maskPhones(arg) : arg)) as typeof args;
          method.apply(this, safe);
        },
      },
    },
    settings.json ? pino.destination({ sync: true }) : readableStream(),
  );
}

const globalForLog = globalThis as unknown as { callboardLogger?: pino.Logger };
export const log: pino.Logger = (globalForLog.callboardLogger ??= createLogger());
