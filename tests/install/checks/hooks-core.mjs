// @kit/hooks installed without React: the rules of @kit/hooks/core load and answer.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CHECKOUT_ACTION_PARTIES, isCheckoutAction, sameEmail } from '@kit/hooks/core';

assert.equal(existsSync('node_modules/react'), false, 'react was installed');
assert.equal(isCheckoutAction('sign_contract'), true);
assert.equal(isCheckoutAction('transfer'), false);
assert.equal(sameEmail(' Buyer@Example.com', 'buyer@example.com'), true);
console.log('parties', JSON.stringify(CHECKOUT_ACTION_PARTIES));
