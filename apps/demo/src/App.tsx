import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { CheckoutReturnPage } from './checkoutReturn/CheckoutReturnPage';
import { AppLayout } from './layout/AppLayout';
import { NewOrderPage } from './newOrder/NewOrderPage';
import { OrderPage } from './order/OrderPage';
import { OrdersPage } from './orders/OrdersPage';
import { PreferencesProvider } from './preferences/PreferencesProvider';
import { RequireUser } from './session/RequireUser';
import { SellersOnly } from './session/SellersOnly';
import { SignInPage } from './signIn/SignInPage';

/** One cache for the app's queries and the kit's (`EscrowKitProvider` uses the nearest one). */
const queryClient = new QueryClient();

/** The marketplace: its providers and pages. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <PreferencesProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<AppLayout />}>
              <Route path="sign-in" element={<SignInPage />} />
              <Route element={<RequireUser />}>
                <Route index element={<OrdersPage />} />
                <Route path="orders/:escrowId" element={<OrderPage />} />
                <Route path="checkout-return" element={<CheckoutReturnPage />} />
                <Route element={<SellersOnly />}>
                  <Route path="orders/new" element={<NewOrderPage />} />
                </Route>
                <Route path="*" element={<Navigate to="/" replace />} />
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </PreferencesProvider>
    </QueryClientProvider>
  );
}
