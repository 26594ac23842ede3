import type { Escrow } from '@kit/hooks/core';

/** A scenario's proof: its phase and what happened to it, deadlines counted from the simulated now. */
export interface ScenarioProof {
  phase: string;
  correctionRounds?: number;
  /** Upload deadline, in hours from now (negative: already passed). */
  uploadInHours?: number;
  /** Review deadline, in hours from now. */
  reviewInHours?: number;
  submissions?: {
    note?: string;
    hoursAgo?: number;
    attachments: { mimeType: string; fileName: string }[];
  }[];
}

/** A ready escrow of `SCENARIOS`. */
export interface Scenario {
  /** One line saying what the escrow shows. */
  description: string;
  /** The create-escrow body it starts from. */
  create: Record<string, unknown>;
  /** What has happened to it since. */
  state: { escrow?: Partial<Escrow>; proof?: ScenarioProof };
}
