import type { ProviderCallAccepted, ProviderCallRequest } from "../types";

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

export type SimulatorStore = {
  calls: Map<string, SimulatorCall>;
  /** Keyed by `${workspaceId}\n${idempotencyKey}`. */
  idempotency: Map<string, IdempotencyRecord>;
  /** Attempts per idempotency key, which the test numbers' faults count. */
  attempts: Map<string, number>;
  /** Per api key: timestamps (ms) of requests in the current sliding minute, oldest first. */
  rateWindows: Map<string, number[]>;
};

export function createSimulatorStore(): SimulatorStore {
  return { calls: new Map(), idempotency: new Map(), attempts: new Map(), rateWindows: new Map() };
}

export function idempotencyScope(workspaceId: string, key: string): string {
  return `${workspaceId}\n${key}`;
}

const globalForSimulator = globalThis as typeof globalThis & { __callboardSimulatorStore?: SimulatorStore };

/** One store per process, kept on globalThis so Next dev reloads do not forget placed calls. */
export function defaultSimulatorStore(): SimulatorStore {
  globalForSimulator.__callboardSimulatorStore ??= createSimulatorStore();
  return globalForSimulator.__callboardSimulatorStore;
}

export function getSimulatorCall(callId: string, store: SimulatorStore = defaultSimulatorStore()): SimulatorCall | undefined {
  return store.calls.get(callId);
}
