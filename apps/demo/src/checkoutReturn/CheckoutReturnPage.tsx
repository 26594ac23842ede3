import { useCheckoutReturn } from '@kit/hooks';
import { CheckoutReturnStatus } from '@kit/ui';
import { Link } from 'react-router';
import { PageTitle } from '../layout/PageTitle';
import { usePreferences } from '../preferences/PreferencesProvider';

/**
 * Where DHMAD's hosted checkout sends the user back: the kit's `CheckoutReturnStatus` (checking,
 * "processing" until the escrow shows the change, then confirmed) and a link back to the order.
 */
export function CheckoutReturnPage() {
  const { t } = usePreferences();
  const { escrowId } = useCheckoutReturn();
  return (
    <>
      <PageTitle>{t('return.title')}</PageTitle>
      <h1>{t('return.title')}</h1>
      <CheckoutReturnStatus className="card" />
      <p className="button-row">
        {escrowId && (
          <Link className="button" to={`/orders/${encodeURIComponent(escrowId)}`}>
            {t('return.toOrder')}
          </Link>
        )}
        <Link className="standalone-link" to="/">
          {t('order.back')}
        </Link>
      </p>
    </>
  );
}
