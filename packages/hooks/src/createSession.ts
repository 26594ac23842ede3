import * as v from 'valibot';
import type { CheckoutSessionCreated, CreateCheckoutSessionInput } from './model';
import { type EscrowClientOptions, request, seg } from './request';

/** `POST {baseUrl}/escrows/:id/sessions` → `{ sessionId, url, expiresAt }` */
export const sessionCreatedResponse: v.GenericSchema<unknown, CheckoutSessionCreated> =
  v.looseObject({
    sessionId: v.string(),
    url: v.string(),
    expiresAt: v.string(),
  });

/** `POST {baseUrl}/escrows/:id/sessions` */
export const createSession = (
  options: EscrowClientOptions,
  id: string,
  input: CreateCheckoutSessionInput,
) =>
  request(options, `/escrows/${seg(id)}/sessions`, sessionCreatedResponse, {
    method: 'POST',
    body: JSON.stringify(input),
  });
