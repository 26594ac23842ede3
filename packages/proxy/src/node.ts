export type { NodeRequestListener } from './toNodeHandler';
export { toNodeHandler } from './toNodeHandler';
