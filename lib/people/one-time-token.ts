import { createHash, randomBytes } from "node:crypto";

export const LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** 256 random bits for the link; only the hash is stored, so a database dump opens nothing. */
export function mintOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashOneTimeToken(token) };
}

export function hashOneTimeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
