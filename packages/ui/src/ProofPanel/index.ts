export type { ProofPanelProps } from './ProofPanel';
export { ProofPanel } from './ProofPanel';
