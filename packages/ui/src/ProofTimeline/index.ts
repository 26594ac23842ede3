export type { ProofTimelineProps } from './ProofTimeline';
export { ProofTimeline } from './ProofTimeline';
