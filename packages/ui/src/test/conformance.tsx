import { render, screen } from '@testing-library/react';
import { createRef, type ReactElement, type RefObject } from 'react';
import { describe, expect, it } from 'vitest';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { ar } from '../locales/ar';

interface ConformanceProps {
  /** Typed to fit any element's ref; the test compares it with the root it finds. */
  ref?: RefObject<never | null>;
  className?: string;
  'data-testid'?: string;
}

/**
 * The checks every @kit/ui component passes: it forwards its ref to the root, merges
 * `className`, spreads other props onto the root, and marks the root with the provider's
 * language and direction.
 */
export function describeConformance(
  name: string,
  renderComponent: (props: ConformanceProps) => ReactElement,
) {
  describe(`${name} conformance`, () => {
    it('forwards its ref, merges className and spreads other props onto its root', () => {
      const ref = createRef<never>();
      render(renderComponent({ ref, className: 'host-class', 'data-testid': 'root' }));
      const root = screen.getByTestId('root');
      expect(ref.current).toBe(root);
      expect(root).toHaveClass('host-class', 'kit-root');
    });

    it('takes its language and direction from EscrowUIProvider', () => {
      render(
        <EscrowUIProvider locale="ar-TN" messages={ar}>
          {renderComponent({ 'data-testid': 'root' })}
        </EscrowUIProvider>,
      );
      const root = screen.getByTestId('root');
      expect(root).toHaveAttribute('lang', 'ar-TN');
      expect(root).toHaveAttribute('dir', 'rtl');
    });
  });
}
