"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { useEventStream } from "@/components/live/use-event-stream";
import type { DayCounts } from "@/db/queries/day-counts";
import type { AlertPreferences } from "@/db/queries/preferences";
import type { BoardCall } from "@/lib/calls/board-call";
import { DayAlertDetector } from "@/lib/live/day-alerts";
import type { MissedCallItem } from "@/lib/missed-calls/item";
import { readRoute } from "@/lib/routes/read-route";
import { announce } from "./announce";
import { useTabTitleCount } from "./use-tab-title-count";

type Day = {
  counts: DayCounts;
  prefs: AlertPreferences;
  setPrefs: (prefs: AlertPreferences) => void;
};

const DayContext = createContext<Day | null>(null);

export function useDay(): Day {
  const day = useContext(DayContext);
  if (!day) throw new Error("useDay needs a DayProvider");
  return day;
}

/** Calls and missed calls change in bursts (a webhook and its effects): one read per burst. */
const BURST_MS = 400;

/**
 * What waits for someone, kept live for the whole dashboard: the nav's counts, the tab title's, and
 * the person's own sound and desktop alerts. It follows the calls and missed-calls streams (shared
 * with the board and the list, so no extra connection) and reads the counts again after a change;
 * a callback falling due moves the count by a timer set for that moment. Nothing polls.
 */
export function DayProvider({
  initialCounts,
  initialPrefs,
  children,
}: {
  initialCounts: DayCounts;
  initialPrefs: AlertPreferences;
  children: ReactNode;
}) {
  const [counts, setCounts] = useState(initialCounts);
  const [prefs, setPrefs] = useState(initialPrefs);
  // A server render (navigation, router.refresh) brings fresher counts: take them.
  const [fromServer, setFromServer] = useState(initialCounts);
  if (initialCounts !== fromServer) {
    setFromServer(initialCounts);
    setCounts(initialCounts);
  }

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refresh = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const result = await readRoute<DayCounts>("/api/day/counts");
      if (result.ok) setCounts(result.data);
    }, BURST_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);

  const prefsRef = useRef(prefs);
  useEffect(() => {
    prefsRef.current = prefs;
  });
  const detector = useRef<DayAlertDetector | null>(null);
  detector.current ??= new DayAlertDetector();

  const onMissed = useCallback(
    (item: MissedCallItem) => {
      const alert = detector.current?.fromMissed(item, new Date());
      if (alert) announce(alert, prefsRef.current);
      refresh();
    },
    [refresh],
  );
  const onCall = useCallback(
    (call: BoardCall) => {
      const alert = detector.current?.fromCall(call, new Date());
      if (alert) announce(alert, prefsRef.current);
      refresh();
    },
    [refresh],
  );
  const missedState = useEventStream<MissedCallItem>("/api/live/missed", "missed", { onEvent: onMissed, onReset: refresh });
  const callsState = useEventStream<BoardCall>("/api/live/calls", "call", { onEvent: onCall, onReset: refresh });

  // Nothing from before a stream connected is replayed: catch up once each time both are live.
  const live = missedState === "live" && callsState === "live";
  useEffect(() => {
    if (live) refresh();
  }, [live, refresh]);

  // A callback falls due with no event to say so.
  useEffect(() => {
    if (!counts.nextCallbackDueAt) return;
    const wait = Math.min(new Date(counts.nextCallbackDueAt).getTime() - Date.now() + 1000, 2 ** 31 - 1);
    const due = setTimeout(refresh, Math.max(wait, 0));
    return () => clearTimeout(due);
  }, [counts.nextCallbackDueAt, refresh]);

  useTabTitleCount(counts.openMissed + counts.callbacksDue + counts.attention);

  return <DayContext value={{ counts, prefs, setPrefs }}>{children}</DayContext>;
}
