/**
 * Input PostgreSQL cannot store or that costs too much to walk: a NUL character (text and jsonb
 * refuse U+0000, and the insert fails with a 500) and JSON nested deeper than any real payload.
 * Checked at every entry point so the answer is a 400 that names the field.
 */

/** Our deepest real payload (a webhook's data.outcome) is 3 levels; 32 is generous. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether JSON text nests arrays and objects deeper than `max`, found by one pass over the text
 * before JSON.parse builds anything (brackets inside strings do not count).
 */
export function exceedsJsonDepth(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) return true;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return false;
}

/** The path ("data.outcome.notes", "items[2]") of the first string or key holding U+0000, if any. */
export function findNulCharacter(value: unknown, path = ""): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path || "(body)" : null;
  if (value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNulCharacter(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes("\u0000")) return at.replaceAll("\u0000", "\\u0000");
    const found = findNulCharacter(item, at);
    if (found) return found;
  }
  return null;
}

/** The first search parameter whose name or value holds U+0000. */
export function findNulSearchParam(params: URLSearchParams): string | null {
  for (const [key, value] of params) {
    if (key.includes("\u0000") || value.includes("\u0000")) return key.replaceAll("\u0000", "\\u0000");
  }
  return null;
}

export function nulMessage(field: string): string {
  return `${field} holds a NUL character (\\u0000), which cannot be stored`;
}
