import { catalogueTokens } from '@kit/test-utils';

// The stylesheet's own text, as shipped: the table below is generated from it.
const css = import.meta.glob<string>('../../../../packages/ui/src/**/*.css', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const tokensCss = Object.entries(css).find(([path]) => path.endsWith('/src/tokens.css'))?.[1] ?? '';
const componentCss = Object.entries(css)
  .filter(([path]) => !path.endsWith('/src/tokens.css') && !path.endsWith('/src/styles.css'))
  .map(([, text]) => text);

/** Every public `--kit-*` token with its default, read from the stylesheet at build time. */
export function TokenTable() {
  const tokens = [...catalogueTokens(tokensCss, componentCss)];
  return (
    <table>
      <caption>{tokens.length} public tokens</caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Default</th>
          <th scope="col">Tier</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map(([name, value]) => (
          <tr key={name}>
            <td>
              <code>{name}</code>
            </td>
            <td>
              <code>{value}</code>
            </td>
            <td>
              {/^--kit-(space|radius|font|line|duration)/.test(name)
                ? 'base'
                : /^--kit-(color|focus)/.test(name)
                  ? 'semantic'
                  : 'component'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
