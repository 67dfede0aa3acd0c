/**
 * What may reach a log line. People's phone numbers, names, transcripts and request bodies never
 * do: fields with such names are replaced, phone-like digit runs are masked to their last two
 * digits, and errors keep their type, code and stack frames but not the values a failed query
 * carried (drizzle puts the parameters in the message, PostgreSQL puts the row in `detail`).
 */

const SECRET_KEYS =
  /^(.*phone.*|.*name|from|to|caller.*|transcript.*|.*body|raw.*|params|parameters|detail|notes?|summary|ai_summary|email|password.*|.*token.*|.*secret.*|authorization|cookie|set-cookie|headers|payload|before|after|values?)$/i;

/** Keys that end in "name" but name a thing, not a person. */
const SAFE_NAME_KEYS = new Set(["route", "kind", "event", "table", "column", "constraint", "routine", "schema", "code", "type"]);

// Not inside a longer token: ids (UUIDs), dates and hashes hold digit runs too.
const PHONE_RUN = /(?<![\w.-])\+?\d[\d ().-]{6,}\d(?![\w-])/g;

/** Ids a person quotes back to us: never masked, whatever digits they hold. */
const QUOTABLE_KEYS = new Set(["requestId", "digest"]);

export function maskPhones(text: string): string {
  return text.replace(PHONE_RUN, (run) => {
    const digits = run.replace(/\D/g, "");
    return digits.length < 7 ? run : `[phone …${digits.slice(-2)}]`;
  });
}

/** Only the frames: the first line of a stack repeats the message, values included. */
function frames(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const lines = stack.split("\n").filter((line) => /^\s+at /.test(line));
  return lines.length ? lines.join("\n") : undefined;
}

function errorMessage(error: Error & { query?: unknown }): string {
  // DrizzleQueryError: "Failed query: <sql>\nparams: <values>"; the SQL has placeholders only.
  const message = typeof error.query === "string" ? `Failed query: ${error.query}` : error.message.split("\nparams:")[0];
  return maskPhones(message.slice(0, 2000));
}

export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return redactValue(error, "", depth + 1);
  const e = error as Error & {
    code?: unknown;
    severity?: unknown;
    table?: unknown;
    column?: unknown;
    constraint?: unknown;
    routine?: unknown;
  };
  const out: Record<string, unknown> = { type: e.name, message: errorMessage(e) };
  for (const key of ["code", "severity", "table", "column", "constraint", "routine"] as const) {
    if (typeof e[key] === "string" || typeof e[key] === "number") out[key] = e[key];
  }
  const stack = frames(e.stack);
  if (stack) out.stack = stack;
  if (e.cause !== undefined && depth < 4) out.cause = serializeError(e.cause, depth + 1);
  return out;
}

function redactValue(value: unknown, key: string, depth: number): unknown {
  if (key && SECRET_KEYS.test(key) && !SAFE_NAME_KEYS.has(key)) {
    return value === null || value === undefined ? value : "[redacted]";
  }
  if (value instanceof Error) return serializeError(value, depth);
  if (typeof value === "string" && QUOTABLE_KEYS.has(key)) return value;
  if (typeof value === "string") return maskPhones(value.length > 2000 ? `${value.slice(0, 2000)}…` : value);
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return value.toISOString();
  if (depth > 6) return "[nested]";
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redactValue(item, "", depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, k, depth + 1);
  return out;
}

/** The fields of one log line, made safe to keep. */
export function redactFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = key === "err" || key === "error" ? serializeError(value) : redactValue(value, key, 0);
  }
  return out;
}
