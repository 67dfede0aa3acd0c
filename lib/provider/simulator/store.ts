import type { ProviderCallAccepted, ProviderCallRequest } from "../types";
import type { SimulatedCallStatus, WebhookEventName } from "./events";

/** A call the simulator accepted; the full request is kept so its lifecycle can be played out. */
export type SimulatorCall = {
  callId: string;
  workspaceId: string;
  idempotencyKey: string;
  /** As validated: phone_number in E.164, defaults applied. */
  request: ProviderCallRequest;
  response: ProviderCallAccepted;
  acceptedAt: Date;
};

/** The first answer given to an idempotency key, replayed byte for byte. */
export type IdempotencyRecord = {
  bodyHash: string;
  status: number;
  responseText: string;
  callId: string;
};

/** One delivery attempt of one webhook event; `statusCode` null means no HTTP answer (or refused). */
export type DeliveryAttempt = {
  event: WebhookEventName;
  webhookId: string;
  attempt: number;
  at: Date;
  statusCode: number | null;
  error: string | null;
  ms: number;
};

/** A call being played out: its provider-side status, delivery log and pending timers. */
export type CallPlayback = {
  status: SimulatedCallStatus;
  /** Events emitted so far, in lifecycle order, whether or not they were delivered. */
  events: { event: WebhookEventName; webhookId: string; at: Date }[];
  deliveries: DeliveryAttempt[];
  timers: Set<ReturnType<typeof setTimeout>>;
  /** Aborts in-flight deliveries and stops the script when the simulator shuts down. */
  abort: AbortController;
};

export type SimulatorStore = {
  calls: Map<string, SimulatorCall>;
  /** Keyed by `${workspaceId}\n${idempotencyKey}`. */
  idempotency: Map<string, IdempotencyRecord>;
  /** Attempts per idempotency key, which the test numbers' faults count. */
  attempts: Map<string, number>;
  /** Per api key: timestamps (ms) of requests in the current sliding minute, oldest first. */
  rateWindows: Map<string, number[]>;
  /** Keyed by call id; presence means the call is (or was) being played, so it never plays twice. */
  playback: Map<string, CallPlayback>;
  /** The outage switch (POST /v1/_control/outage): while on, every call request answers 503. */
  outage?: boolean;
};

export function createSimulatorStore(): SimulatorStore {
  return { calls: new Map(), idempotency: new Map(), attempts: new Map(), rateWindows: new Map(), playback: new Map() };
}

export function idempotencyScope(workspaceId: string, key: string): string {
  return `${workspaceId}\n${key}`;
}

const globalForSimulator = globalThis as typeof globalThis & { __callboardSimulatorStore?: SimulatorStore };

/** One store per process, kept on globalThis so Next dev reloads do not forget placed calls. */
export function defaultSimulatorStore(): SimulatorStore {
  globalForSimulator.__callboardSimulatorStore ??= createSimulatorStore();
  // A store made before playback existed (a dev server kept across an update) gains the map here.
  globalForSimulator.__callboardSimulatorStore.playback ??= new Map();
  return globalForSimulator.__callboardSimulatorStore;
}

export function getSimulatorCall(callId: string, store: SimulatorStore = defaultSimulatorStore()): SimulatorCall | undefined {
  return store.calls.get(callId);
}
