export { handleSimulatorRequest, type SimulatorOptions } from "./handler";
export {
  createSimulatorStore,
  defaultSimulatorStore,
  getSimulatorCall,
  type CallPlayback,
  type DeliveryAttempt,
  type IdempotencyRecord,
  type SimulatorCall,
  type SimulatorStore,
} from "./store";
export { findTestNumber, simulatorTestNumbers, type SimulatedFault, type TestNumber } from "./test-numbers";
export {
  findOutcomeNumber,
  planCall,
  simulatorOutcomeNumbers,
  type CallEnding,
  type OutcomeChoice,
  type OutcomeNumber,
} from "./outcome-numbers";
export { conversationOf, generateConversation, mediaUrls, type Conversation, type ConversationInput } from "./conversation";
export { playCall, simulatorSpeed, stopPlayback, type PlayerOptions } from "./player";
export { DELIVERY_TIMEOUT_MS, isAllowedWebhookUrl, RETRY_DELAYS_MS } from "./webhook-sender";
export { trackPageResponse } from "./track-page";
export type * from "./events";
