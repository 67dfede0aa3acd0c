export { handleSimulatorRequest, type SimulatorOptions } from "./handler";
export {
  createSimulatorStore,
  defaultSimulatorStore,
  getSimulatorCall,
  type IdempotencyRecord,
  type SimulatorCall,
  type SimulatorStore,
} from "./store";
export { findTestNumber, simulatorTestNumbers, type SimulatedFault, type TestNumber } from "./test-numbers";
