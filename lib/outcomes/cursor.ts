import { z } from "zod";

/**
 * The keyset position of a page edge: the row's sort value (as text, so a timestamp keeps its
 * microseconds) and its id, plus which way to read. Opaque to the browser: base64url JSON.
 */
export type Cursor = { key: string; id: string; direction: "next" | "prev" };

const cursorShape = z.tuple([z.string().max(200), z.uuid(), z.enum(["n", "p"])]);

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id, c.direction === "next" ? "n" : "p"])).toString("base64url");
}

/** A cursor that does not decode is ignored: the reader gets the first page, not an error. */
export function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const parsed = cursorShape.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    if (!parsed.success) return null;
    const [key, id, d] = parsed.data;
    return { key, id, direction: d === "n" ? "next" : "prev" };
  } catch {
    return null;
  }
}
