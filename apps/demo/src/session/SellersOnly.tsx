import { Navigate, Outlet } from 'react-router';
import { useDemoSession } from './demoQueries';

/** Pages for sellers (behind `RequireUser`): a buyer goes to "My orders" instead. */
export function SellersOnly() {
  const user = useDemoSession().data?.user;
  return user?.role === 'seller' ? <Outlet /> : <Navigate to="/" replace />;
}
