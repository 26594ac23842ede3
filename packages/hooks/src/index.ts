export type { EscrowApiErrorInit, KitErrorCode } from './EscrowApiError';
export { EscrowApiError, isBusinessRuleError, isEscrowApiError } from './EscrowApiError';
