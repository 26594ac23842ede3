import { nextDeadline, nextStepsFor, useEscrowKitConfig, useEscrowWithProof } from '@kit/hooks';
import { DeadlineCountdown, EscrowStatusBadge, useKitI18n } from '@kit/ui';
import { Link } from 'react-router';
import type { DemoOrder } from '../api/demoApi';
import { usePreferences } from '../preferences/PreferencesProvider';

/**
 * One order of "My orders": its title (a link to its page), then, from its escrow: the amount
 * (in the locale, `Intl`), the status badge, the next deadline and whose turn it is
 * (`nextStepsFor`: the viewer has a step the kit's rules give them now). Each cell carries its
 * column's name for the stacked layout on a phone.
 */
export function OrderRow({ order }: { order: DemoOrder }) {
  const { t } = usePreferences();
  const kit = useKitI18n();
  const viewer = useEscrowKitConfig().viewer?.email;
  const { escrow, proof, escrowQuery } = useEscrowWithProof(order.escrowId);
  const steps = nextStepsFor(escrow, proof, viewer);
  const deadline = nextDeadline(escrow, proof);
  const pending = !escrow && !escrowQuery.error;
  return (
    <tr aria-busy={pending || undefined}>
      <th scope="row" data-label={t('orders.col.title')}>
        <Link to={`/orders/${encodeURIComponent(order.escrowId)}`}>{order.title}</Link>
      </th>
      <td className="orders__amount" data-label={t('orders.col.amount')}>
        {typeof escrow?.amount === 'number'
          ? kit.formatAmount(escrow.amount, escrow.currency)
          : '–'}
      </td>
      <td data-label={t('orders.col.status')}>
        {escrow ? (
          <EscrowStatusBadge escrow={escrow} proof={proof} />
        ) : (
          <EscrowStatusBadge escrowId={order.escrowId} />
        )}
      </td>
      <td data-label={t('orders.col.deadline')}>
        {deadline ? (
          <>
            {t(`deadline.${deadline.field}`)} <DeadlineCountdown deadline={deadline.deadline} />
          </>
        ) : (
          <span className="muted">{t('orders.noDeadline')}</span>
        )}
      </td>
      <td data-label={t('orders.col.turn')}>
        {steps[0] ? (
          <strong className="turn">
            {t('orders.turn', { step: kit.t(`action.${steps[0]}`) })}
          </strong>
        ) : (
          <span className="muted">{t('orders.noTurn')}</span>
        )}
      </td>
    </tr>
  );
}
