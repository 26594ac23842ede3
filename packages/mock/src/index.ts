export type { CompleteSessionAttachment, CompleteSessionOptions } from './applyCheckoutAction';
export type { Fault, FaultRoute } from './applyFault';
export { BUSINESS_ERRORS } from './businessErrors';
export type { DhmadSimulator } from './createDhmadSimulator';
export { createDhmadSimulator } from './createDhmadSimulator';
export type { MockHandlersOptions } from './createMockHandlers';
export { createMockHandlers } from './createMockHandlers';
export type { SimulatorEvent } from './recordEvent';
export type { Scenario, ScenarioId } from './scenarios';
export { SCENARIO_BUYER, SCENARIO_SELLER, SCENARIOS } from './scenarios';
export type { DhmadSimulatorOptions } from './simulatorOptions';
export { MOCK_API_KEY } from './simulatorOptions';
export type { SimulatorWebhooks } from './webhooks/createWebhookDispatcher';
export type {
  SimulatorWebhookOptions,
  WebhookDelivery,
  WebhookDeliveryRecord,
} from './webhooks/SimulatorWebhookOptions';
export type { WebhookEventName } from './webhooks/WEBHOOK_EVENTS';
export { WEBHOOK_EVENTS } from './webhooks/WEBHOOK_EVENTS';
