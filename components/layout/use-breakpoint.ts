"use client";

import { useSyncExternalStore } from "react";
import type { NavTier } from "./nav-items";

const QUERIES: [Exclude<NavTier, "always">, string][] = [
  ["2xl", "(min-width: 1536px)"],
  ["xl", "(min-width: 1280px)"],
  ["lg", "(min-width: 1024px)"],
];

function subscribe(onChange: () => void) {
  const lists = QUERIES.map(([, q]) => matchMedia(q));
  for (const l of lists) l.addEventListener("change", onChange);
  return () => lists.forEach((l) => l.removeEventListener("change", onChange));
}

function snapshot(): NavTier {
  return QUERIES.find(([, q]) => matchMedia(q).matches)?.[0] ?? "always";
}

/** The widest tier the window reaches now ("always" below lg), the same widths the bar's CSS uses. */
export function useBreakpoint(): NavTier {
  return useSyncExternalStore(subscribe, snapshot, () => "always");
}

const ORDER: NavTier[] = ["always", "lg", "xl", "2xl"];

/** Whether a link of this tier sits in the bar at this width (else it is in "More"). */
export function inBar(tier: NavTier, width: NavTier): boolean {
  return ORDER.indexOf(tier) <= ORDER.indexOf(width);
}
