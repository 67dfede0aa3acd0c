import { createHash } from "node:crypto";

/** A number in [0, 1) fixed by its inputs, so a call id always plays out the same way. */
export function unitHash(...parts: string[]): number {
  const digest = createHash("sha256").update(parts.join("\u0000")).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

export function pickOne<T>(items: readonly T[], ...parts: string[]): T {
  return items[Math.min(items.length - 1, Math.floor(unitHash(...parts) * items.length))];
}

/** Picks by weight; weights need not sum to 1. */
export function pickWeighted<T>(choices: readonly (readonly [T, number])[], ...parts: string[]): T {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  let roll = unitHash(...parts) * total;
  for (const [value, weight] of choices) {
    if (roll < weight) return value;
    roll -= weight;
  }
  return choices[choices.length - 1][0];
}
