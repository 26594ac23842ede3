import { useEscrow } from '@kit/hooks';
import { ProofPanel } from '@kit/ui';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../layout/PageTitle';
import { usePreferences } from '../preferences/PreferencesProvider';
import { useDemoSession, useOrders } from '../session/demoQueries';
import { DemoTools } from './DemoTools';
import { MoreActions } from './MoreActions';

/**
 * One order: its title, the other party, the kit's `ProofPanel` (status, proof timeline, proof
 * files, the viewer's next steps with its checkout and direct actions), the direct actions the
 * panel does not offer, and — with the simulator — the demo tools.
 */
export function OrderPage() {
  const { t } = usePreferences();
  const escrowId = useParams().escrowId ?? '';
  const session = useDemoSession().data;
  const order = useOrders().data?.find((o) => o.escrowId === escrowId);
  const escrowTitle = useEscrow(escrowId).data?.title;
  const title = order?.title ?? escrowTitle ?? escrowId;
  const user = session?.user;
  const sellerView = user?.role === 'seller';
  const otherEmail = order && (sellerView ? order.buyerEmail : order.sellerEmail);
  const other = session?.users.find((u) => u.email.toLowerCase() === otherEmail?.toLowerCase());
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>
        <Link to="/">{t('order.back')}</Link>
      </p>
      <h1>{title}</h1>
      {otherEmail && (
        <p>
          {t(sellerView ? 'order.buyer' : 'order.seller', {
            who: other ? `${other.name} (${otherEmail})` : otherEmail,
          })}
        </p>
      )}
      <ProofPanel escrowId={escrowId} headingLevel={2} />
      <MoreActions escrowId={escrowId} />
      {session?.mode === 'simulator' && <DemoTools />}
    </>
  );
}
