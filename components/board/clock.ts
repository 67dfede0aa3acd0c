"use client";

import { useSyncExternalStore } from "react";

/**
 * One clock for the whole board: a single interval, started by the first timer on screen and
 * stopped with the last, instead of an interval per card.
 */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/**
 * The current time rounded down to `stepMs`; a component re-renders only when that value
 * changes. Null while server-rendering and hydrating, so server and browser markup agree.
 */
export function useNow(stepMs = 1000): number | null {
  return useSyncExternalStore(
    subscribe,
    () => Math.floor(now / stepMs) * stepMs,
    () => null,
  );
}

/** "04:07" or "1:02:09": elapsed time as a dispatcher reads a call length. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  const mm = String(m).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${s}` : `${mm}:${s}`;
}
