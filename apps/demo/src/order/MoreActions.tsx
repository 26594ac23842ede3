import { useEscrowKitConfig, useEscrowWithProof } from '@kit/hooks';
import { ActionButton } from '@kit/ui';
import { useId } from 'react';
import { usePreferences } from '../preferences/PreferencesProvider';
import { moreActionsFor } from './moreActionsFor';

/** The order's direct actions that `ProofPanel` does not offer (`moreActionsFor`), if any. */
export function MoreActions({ escrowId }: { escrowId: string }) {
  const { t } = usePreferences();
  const headingId = useId();
  const viewer = useEscrowKitConfig().viewer?.email;
  const { escrow, proof } = useEscrowWithProof(escrowId);
  const actions = moreActionsFor(escrow, proof, viewer);
  if (actions.length === 0) return null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('order.moreActions')}</h2>
      {actions.map(({ action, locked }) => (
        <div key={action} className="more-action">
          <ActionButton escrowId={escrowId} action={action} />
          {locked && <p className="muted">{t('order.deliverLocked')}</p>}
        </div>
      ))}
    </section>
  );
}
