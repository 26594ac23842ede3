import { Link } from 'react-router';
import { LoadFailure } from '../layout/LoadFailure';
import { PageTitle } from '../layout/PageTitle';
import { usePreferences } from '../preferences/PreferencesProvider';
import { useDemoSession, useOrders } from '../session/demoQueries';
import { OrderRow } from './OrderRow';

/** "My orders": the signed-in user's orders as a table (stacked on a phone); sellers may add one. */
export function OrdersPage() {
  const { t } = usePreferences();
  const user = useDemoSession().data?.user;
  const orders = useOrders();
  return (
    <>
      <PageTitle>{t('orders.title')}</PageTitle>
      <div className="page-heading">
        <h1 id="orders-title">{t('orders.title')}</h1>
        {user?.role === 'seller' && (
          <Link className="button" to="/orders/new">
            {t('orders.newOrder')}
          </Link>
        )}
      </div>
      {orders.isPending && <p aria-busy="true">{t('app.loading')}</p>}
      {orders.error && <LoadFailure error={orders.error} onRetry={orders.refetch} />}
      {orders.data?.length === 0 && <p>{t('orders.empty')}</p>}
      {!!orders.data?.length && (
        <table className="orders" aria-labelledby="orders-title">
          <thead>
            <tr>
              <th scope="col">{t('orders.col.title')}</th>
              <th scope="col">{t('orders.col.amount')}</th>
              <th scope="col">{t('orders.col.status')}</th>
              <th scope="col">{t('orders.col.deadline')}</th>
              <th scope="col">{t('orders.col.turn')}</th>
            </tr>
          </thead>
          <tbody>
            {orders.data.map((order) => (
              <OrderRow key={order.escrowId} order={order} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
