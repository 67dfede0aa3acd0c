/**
 * One EventSource per stream URL per tab, shared by every component that follows it (the nav's
 * counts, the board, the missed-calls list). Browsers allow six HTTP/1.1 connections per origin
 * across all tabs, so a second source per tab would starve a third tab. EventSource reconnects by
 * itself and sends Last-Event-ID; when the server cannot replay the gap it sends `reset` and each
 * listener refetches. If the browser gives up (the server answered an error), a new source is
 * opened with the last id, so a restart of the app server costs at most one refetch.
 */
export type LiveState = "connecting" | "live" | "reconnecting";

export type StreamListener = {
  eventName: string;
  onEvent: (payload: unknown) => void;
  onReset: () => void;
  onState: (state: LiveState) => void;
};

type Channel = {
  listeners: Set<StreamListener>;
  names: Set<string>;
  source: EventSource | null;
  lastId: string;
  state: LiveState;
  retry?: ReturnType<typeof setTimeout>;
};

const RETRY_MS = 3000;
const channels = new Map<string, Channel>();

function setState(channel: Channel, state: LiveState) {
  channel.state = state;
  for (const l of channel.listeners) l.onState(state);
}

function listenFor(channel: Channel, name: string) {
  channel.source?.addEventListener(name, (e) => {
    const m = e as MessageEvent<string>;
    channel.lastId = m.lastEventId || channel.lastId;
    const payload: unknown = JSON.parse(m.data);
    for (const l of channel.listeners) if (l.eventName === name) l.onEvent(payload);
  });
}

function open(url: string, channel: Channel) {
  const source = new EventSource(`${url}${channel.lastId ? `?lastEventId=${encodeURIComponent(channel.lastId)}` : ""}`);
  channel.source = source;
  for (const name of channel.names) listenFor(channel, name);
  source.addEventListener("reset", (e) => {
    channel.lastId = (e as MessageEvent<string>).lastEventId || channel.lastId;
    for (const l of channel.listeners) l.onReset();
  });
  source.addEventListener("ready", () => setState(channel, "live"));
  // The server ended the stream because the session ended (signed out elsewhere, disabled):
  // reconnecting would only be refused, so go to the sign-in page.
  source.addEventListener("signed_out", () => {
    channels.delete(url);
    source.close();
    window.location.assign("/login");
  });
  source.onerror = () => {
    setState(channel, "reconnecting");
    if (source.readyState === EventSource.CLOSED && channels.get(url) === channel) {
      channel.retry = setTimeout(() => open(url, channel), RETRY_MS);
    }
  };
}

/** Follows a stream; returns the function that stops following it. */
export function subscribe(url: string, listener: StreamListener): () => void {
  let channel = channels.get(url);
  if (!channel) {
    channel = { listeners: new Set(), names: new Set(), source: null, lastId: "", state: "connecting" };
    channels.set(url, channel);
  }
  channel.listeners.add(listener);
  if (!channel.names.has(listener.eventName)) {
    channel.names.add(listener.eventName);
    listenFor(channel, listener.eventName);
  }
  if (!channel.source) open(url, channel);
  listener.onState(channel.state);

  const joined = channel;
  return () => {
    joined.listeners.delete(listener);
    if (joined.listeners.size > 0) return;
    clearTimeout(joined.retry);
    joined.source?.close();
    channels.delete(url);
  };
}
