import { createHash, createHmac, randomBytes } from "node:crypto";

/** Marks the string as ours, so a leaked token is recognisable in logs and secret scanners. */
export const TOKEN_PREFIX = "cbm_";
/** How much of the token is kept in clear to tell tokens apart: the marker and 8 characters. */
const SHOWN = TOKEN_PREFIX.length + 8;

export type MintedToken = { token: string; tokenHash: string; prefix: string };

/** SHA-256 is enough here: the token is 256 random bits, so there is nothing to brute-force. */
export function hashIngestToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

function fromSecret(secret: string): MintedToken {
  const token = `${TOKEN_PREFIX}${secret}`;
  return { token, tokenHash: hashIngestToken(token), prefix: token.slice(0, SHOWN) };
}

export function mintIngestToken(): MintedToken {
  return fromSecret(randomBytes(32).toString("base64url"));
}

/**
 * The simulator's token, derived from the server secret and the token row's id, so the plaintext
 * is never stored yet the server can present it again; revoking the row ends it like any token.
 */
export function deriveIngestToken(serverSecret: string, tokenId: string): MintedToken {
  return fromSecret(createHmac("sha256", serverSecret).update(`missed-call-simulator:${tokenId}`).digest("base64url"));
}

/** The token from an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null): string | null {
  const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return m ? m[1] : null;
}
