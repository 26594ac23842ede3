import { CHECKOUT_CSS } from './checkoutStyles';
import { type Html, html, trustedHtml } from './html';

/**
 * A whole hosted checkout page: English, phone-sized viewport, the one style sheet, a banner
 * saying it is the simulator, then `main` (which holds the page's one `<h1>`).
 */
export function checkoutDocument(title: string, main: Html): Html {
  return html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · DHMAD sandbox checkout</title>
<style>${trustedHtml(CHECKOUT_CSS)}</style>
</head>
<body>
<header><p>DHMAD sandbox checkout — simulated, no money moves</p></header>
<main>
${main}
</main>
</body>
</html>
`;
}
