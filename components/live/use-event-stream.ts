"use client";

import { useEffect, useRef, useState } from "react";
import { subscribe, type LiveState } from "./shared-stream";

export type { LiveState };

/** Follows one of the server's event streams, sharing its connection with the rest of the tab. */
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

  useEffect(
    () =>
      subscribe(url, {
        eventName,
        onEvent: (payload) => handlers.current.onEvent(payload as T),
        onReset: () => handlers.current.onReset(),
        onState: setState,
      }),
    [url, eventName],
  );

  return state;
}
