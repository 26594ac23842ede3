export { BUSINESS_ERRORS } from './businessErrors';
export type {
  CompleteSessionOptions,
  DhmadSimulator,
  DhmadSimulatorOptions,
  Fault,
  FaultRoute,
  SimulatorEvent,
} from './createDhmadSimulator';
export { createDhmadSimulator, MOCK_API_KEY } from './createDhmadSimulator';
export type { MockHandlersOptions } from './createMockHandlers';
export { createMockHandlers } from './createMockHandlers';
export type { Scenario, ScenarioId } from './scenarios';
export { SCENARIO_BUYER, SCENARIO_SELLER, SCENARIOS } from './scenarios';
