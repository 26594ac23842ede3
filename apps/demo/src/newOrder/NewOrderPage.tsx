import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ChangeEvent,
  type FormEvent,
  type InputHTMLAttributes,
  useRef,
  useState,
} from 'react';
import { useNavigate } from 'react-router';
import { type DemoOrder, demoApi } from '../api/demoApi';
import { PageTitle } from '../layout/PageTitle';
import { usePreferences } from '../preferences/PreferencesProvider';
import { demoKeys, useDemoSession } from '../session/demoQueries';
import { FormField } from './FormField';
import { initialOrderForm, ORDER_FIELDS, type OrderField, toNewOrderInput } from './orderForm';
import { orderFormErrors } from './orderFormErrors';
import { ProofTypesField } from './ProofTypesField';

type TextField = Exclude<OrderField, 'allowedProofTypes' | 'buyerEmail'>;

/** How each typed field is entered: its input type, and the bounds DHMAD states. */
const INPUTS: Record<TextField, InputHTMLAttributes<HTMLInputElement>> = {
  title: { type: 'text', required: true, autoComplete: 'off' },
  amount: { type: 'text', inputMode: 'decimal', required: true, autoComplete: 'off' },
  estimatedDeliveryDays: { type: 'number', min: 1, step: 1 },
  proofUploadDeadlineHours: { type: 'number', min: 6, max: 72, step: 1 },
  buyerReviewDeadlineHours: { type: 'number', min: 6, max: 72, step: 1 },
};

/**
 * A seller's new order: a quick escrow with proof of purchase, created by the demo server with
 * DHMAD's server-side client. A refusal shows under each field (the first one focused) and
 * keeps everything typed; an unreachable DHMAD says so, to try again. Once created, the order's
 * page opens.
 */
export function NewOrderPage() {
  const { t } = usePreferences();
  const buyers = useDemoSession().data?.users.filter((user) => user.role === 'buyer') ?? [];
  const [values, setValues] = useState(() => initialOrderForm(buyers[0]?.email));
  const controls = useRef<Partial<Record<OrderField, HTMLElement | null>>>({});
  const summary = useRef<HTMLDivElement>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: demoApi.createOrder,
    onSuccess: ({ order }) => {
      // The new order's page finds it at once; the list is then refreshed from the server.
      queryClient.setQueryData<DemoOrder[]>(demoKeys.orders, (orders) =>
        orders ? [order, ...orders] : orders,
      );
      void queryClient.invalidateQueries({ queryKey: demoKeys.orders });
      navigate(`/orders/${encodeURIComponent(order.escrowId)}`);
    },
    onError: (error) => {
      const { fields } = orderFormErrors(error, t);
      const first = ORDER_FIELDS.find((field) => fields[field]);
      // After React has shown the messages, so the focused field is read with its error.
      requestAnimationFrame(() => (first ? controls.current[first] : summary.current)?.focus());
    },
  });
  const errors = create.error ? orderFormErrors(create.error, t) : undefined;
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!create.isPending) create.mutate(toNewOrderInput(values));
  };
  const change =
    (field: OrderField) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setValues((previous) => ({ ...previous, [field]: event.target.value }));
  const keep = (field: OrderField) => (node: HTMLElement | null) => {
    controls.current[field] = node;
  };

  const textField = (field: TextField) => (
    <FormField label={t(`newOrder.field.${field}`)} error={errors?.fields[field]}>
      {(props) => (
        <input
          ref={keep(field)}
          name={field}
          value={values[field]}
          onChange={change(field)}
          {...INPUTS[field]}
          {...props}
        />
      )}
    </FormField>
  );

  return (
    <>
      <PageTitle>{t('newOrder.title')}</PageTitle>
      <h1>{t('newOrder.title')}</h1>
      <p>{t('newOrder.intro')}</p>
      <form className="order-form card" noValidate onSubmit={submit}>
        <div ref={summary} tabIndex={-1} role="alert" className="form-summary">
          {errors && (
            <div className="notice notice--danger">
              <ul>
                {errors.form.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
              {errors.unreachable && (
                <button type="button" className="button" onClick={() => submit()}>
                  {t('app.retry')}
                </button>
              )}
            </div>
          )}
        </div>
        {textField('title')}
        {textField('amount')}
        <FormField label={t('newOrder.field.buyerEmail')} error={errors?.fields.buyerEmail}>
          {(props) => (
            <select
              ref={keep('buyerEmail')}
              name="buyerEmail"
              value={values.buyerEmail}
              onChange={change('buyerEmail')}
              required
              {...props}
            >
              {buyers.map((buyer) => (
                <option key={buyer.email} value={buyer.email}>
                  {`${buyer.name} (${buyer.email})`}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {textField('estimatedDeliveryDays')}
        {textField('proofUploadDeadlineHours')}
        {textField('buyerReviewDeadlineHours')}
        <ProofTypesField
          value={values.allowedProofTypes}
          onChange={(allowedProofTypes) =>
            setValues((previous) => ({ ...previous, allowedProofTypes }))
          }
          error={errors?.fields.allowedProofTypes}
          firstRef={keep('allowedProofTypes')}
        />
        <button type="submit" className="button" aria-busy={create.isPending || undefined}>
          {create.isPending ? t('newOrder.sending') : t('newOrder.submit')}
        </button>
      </form>
    </>
  );
}
