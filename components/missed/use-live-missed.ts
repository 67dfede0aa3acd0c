"use client";

import { useEffect, useRef, useState } from "react";
import type { LiveState } from "@/components/live/use-live-calls";
import type { MissedCallItem } from "@/lib/missed-calls/item";

/**
 * The missed-calls stream, handled like the board's: EventSource reconnects by itself with
 * Last-Event-ID; `reset` means the server cannot replay the gap and the caller refetches; if the
 * browser gives up, a new stream is opened with the last id.
 */
export function useLiveMissed({ onItem, onReset }: { onItem: (item: MissedCallItem) => void; onReset: () => void }): LiveState {
  const [state, setState] = useState<LiveState>("connecting");
  const handlers = useRef({ onItem, onReset });
  useEffect(() => {
    handlers.current = { onItem, onReset };
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let lastId = "";
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const open = () => {
      source = new EventSource(`/api/live/missed${lastId ? `?lastEventId=${encodeURIComponent(lastId)}` : ""}`);
      source.addEventListener("missed", (e) => {
        const m = e as MessageEvent<string>;
        lastId = m.lastEventId || lastId;
        handlers.current.onItem(JSON.parse(m.data) as MissedCallItem);
      });
      source.addEventListener("reset", (e) => {
        lastId = (e as MessageEvent<string>).lastEventId || lastId;
        handlers.current.onReset();
      });
      source.addEventListener("ready", () => setState("live"));
      source.onerror = () => {
        setState("reconnecting");
        if (source?.readyState === EventSource.CLOSED && !stopped) retry = setTimeout(open, 3000);
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, []);

  return state;
}
