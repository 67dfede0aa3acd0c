import { format, stripVTControlCharacters } from "node:util";
import { log } from "./logger";

/**
 * Next and libraries write to console (Next prints a failed render's error, message and all).
 * Sent through the logger instead, those lines are JSON in production and pass the redaction.
 */
export function captureConsole() {
  const forward =
    (level: "info" | "warn" | "error") =>
    (...args: unknown[]) => {
      const err = args.find((arg) => arg instanceof Error);
      const rest = args.filter((arg) => arg !== err);
      // Next colours its markers (the red "⨯"); a log line is plain text.
      const message = stripVTControlCharacters(rest.length ? format(...rest) : err instanceof Error ? err.name : "");
      if (err) log[level]({ err }, message);
      else log[level](message);
    };
  console.log = forward("info");
  console.info = forward("info");
  console.warn = forward("warn");
  console.error = forward("error");
}
