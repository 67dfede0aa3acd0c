import { z } from "zod";

/** A page edge of the customers list: the row's name and id, and which way to read. Opaque base64url. */
export type CustomerCursor = { name: string; id: string; direction: "next" | "prev" };

const shape = z.tuple([z.string().max(300), z.uuid(), z.enum(["n", "p"])]);

export function encodeCustomerCursor(c: CustomerCursor): string {
  return Buffer.from(JSON.stringify([c.name, c.id, c.direction === "next" ? "n" : "p"])).toString("base64url");
}

/** A cursor that does not decode gives the first page, not an error. */
export function decodeCustomerCursor(raw: string | undefined): CustomerCursor | null {
  if (!raw) return null;
  try {
    const parsed = shape.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    if (!parsed.success) return null;
    const [name, id, d] = parsed.data;
    return { name, id, direction: d === "n" ? "next" : "prev" };
  } catch {
    return null;
  }
}
