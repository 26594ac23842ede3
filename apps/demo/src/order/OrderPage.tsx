import { sameEmail } from '@kit/hooks';
import { ProofPanel } from '@kit/ui';
import { Link, useParams } from 'react-router';
import type { DemoOrder } from '../api/demoApi';
import { LoadFailure } from '../layout/LoadFailure';
import { PageTitle } from '../layout/PageTitle';
import { usePreferences } from '../preferences/PreferencesProvider';
import { useDemoSession, useOrders } from '../session/demoQueries';
import { DemoTools } from './DemoTools';
import { MoreActions } from './MoreActions';

/**
 * The order of the URL among the user's orders: its page, or "No such order" (an id that is not
 * theirs never reaches DHMAD from this page).
 */
export function OrderPage() {
  const { t } = usePreferences();
  const escrowId = useParams().escrowId ?? '';
  const orders = useOrders();
  const order = orders.data?.find((o) => o.escrowId === escrowId);
  if (order) return <OrderView order={order} />;
  if (orders.error) return <LoadFailure error={orders.error} onRetry={orders.refetch} />;
  if (orders.isPending || orders.isFetching) return <p aria-busy="true">{t('app.loading')}</p>;
  return (
    <>
      <PageTitle>{t('order.notFound')}</PageTitle>
      <h1>{t('order.notFound')}</h1>
      <p>{t('order.notFoundHint')}</p>
      <p>
        <Link className="standalone-link" to="/">
          {t('order.back')}
        </Link>
      </p>
    </>
  );
}

/**
 * One order: its title, the other party, the kit's `ProofPanel` (status, proof timeline, proof
 * files, the viewer's next steps with its checkout and direct actions), the direct actions the
 * panel does not offer, and — with the simulator — the demo tools.
 */
function OrderView({ order }: { order: DemoOrder }) {
  const { t } = usePreferences();
  const { escrowId, title } = order;
  const session = useDemoSession().data;
  const sellerView = session?.user?.role === 'seller';
  const otherEmail = sellerView ? order.buyerEmail : order.sellerEmail;
  const other = session?.users.find((u) => sameEmail(u.email, otherEmail));
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>
        <Link className="standalone-link" to="/">
          {t('order.back')}
        </Link>
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
