"use client";

import { useEffect, useRef, useState } from "react";

export type LiveState = "connecting" | "live" | "reconnecting";

/**
 * Subscribes once to one of the server's event streams. EventSource reconnects by itself and sends
 * Last-Event-ID; when the server cannot replay the gap it sends `reset` and the caller refetches.
 * If the browser gives up (the server answered an error), we open a new stream ourselves and pass
 * the last id along, so a restart of the app server costs at most one refetch.
 */
export function useEventStream<T>(
  url: string,
  eventName: string,
  { onEvent, onReset }: { onEvent: (payload: T) => void; onReset: () => void },
): LiveState {
  const [state, setState] = useState<LiveState>("connecting");
  const handlers = useRef({ onEvent, onReset });
  useEffect(() => {
    handlers.current = { onEvent, onReset };
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let lastId = "";
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const open = () => {
      source = new EventSource(`${url}${lastId ? `?lastEventId=${encodeURIComponent(lastId)}` : ""}`);
      source.addEventListener(eventName, (e) => {
        const m = e as MessageEvent<string>;
        lastId = m.lastEventId || lastId;
        handlers.current.onEvent(JSON.parse(m.data) as T);
      });
      source.addEventListener("reset", (e) => {
        lastId = (e as MessageEvent<string>).lastEventId || lastId;
        handlers.current.onReset();
      });
      source.addEventListener("ready", () => setState("live"));
      // The server ended the stream because the session ended (signed out elsewhere, disabled):
      // reconnecting would only be refused, so go to the sign-in page.
      source.addEventListener("signed_out", () => {
        stopped = true;
        source?.close();
        window.location.assign("/login");
      });
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
  }, [url, eventName]);

  return state;
}
