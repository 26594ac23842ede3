import { PROOF_TYPES, type ProofType } from '@kit/hooks';
import type { TimelineI18n } from './ProofTimeline';

const KNOWN: readonly unknown[] = PROOF_TYPES;

/**
 * The kinds of proof the escrow's `fulfillmentPolicy.allowedProofTypes` asks for, as one line in
 * the kit's language: "Proof asked for: receipt, tracking proof, or product photo" (an
 * `Intl.ListFormat` disjunction). DHMAD calls that list "optional UI hints for your app" and
 * does not check uploads against it (Quick Escrow with Proof page). A type the kit has no words
 * for is left out (DHMAD documents five, `PROOF_TYPES`); with none left, nothing is shown.
 */
export function ProofTypesHint({ types, i18n }: { types: unknown; i18n: TimelineI18n }) {
  const known = Array.isArray(types) ? [...new Set(types.filter((t) => KNOWN.includes(t)))] : [];
  if (known.length === 0) return null;
  const list = new Intl.ListFormat(i18n.locale, { type: 'disjunction' }).format(
    known.map((type: ProofType) => i18n.t(`proofType.${type}`)),
  );
  return (
    <p className="kit-timeline__proof-types">{i18n.t('timeline.proofTypes', { types: list })}</p>
  );
}
