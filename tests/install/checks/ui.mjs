// @kit/ui as installed: a component renders on the server, the locales and stylesheet resolve.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EscrowStatusBadge } from '@kit/ui';
import { fr } from '@kit/ui/locales/fr';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const html = renderToString(createElement(EscrowStatusBadge, { status: 'paid' }));
assert.match(html, /data-status="paid"/);
assert.equal(typeof fr, 'object');
assert.ok(existsSync(fileURLToPath(import.meta.resolve('@kit/ui/styles.css'))));
console.log(html);
