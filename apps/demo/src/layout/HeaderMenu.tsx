import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The header's controls folded into a native disclosure (`<details>`) on a narrow screen: the
 * summary is a button (name `accessibleName`, or its visible `label`; expanded or collapsed), the
 * panel opens over the page. Escape closes it and returns focus to the summary; a press or focus
 * anywhere outside it closes it. Not a `role="menu"`: the panel holds ordinary form controls.
 */
export function HeaderMenu({
  label,
  accessibleName,
  children,
}: {
  label: string;
  accessibleName?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const closeFromOutside = (event: Event) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', closeFromOutside);
    document.addEventListener('focusin', closeFromOutside);
    details.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeFromOutside);
      document.removeEventListener('focusin', closeFromOutside);
      details.removeEventListener('keydown', closeOnEscape);
    };
  }, []);

  return (
    <details ref={ref} className="header-menu">
      <summary className="button button--secondary" aria-label={accessibleName}>
        <span>{label}</span>
        <svg className="header-menu__chevron" viewBox="0 0 12 8" aria-hidden="true">
          <path d="M1 1.5l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </summary>
      <div className="header-menu__panel">{children}</div>
    </details>
  );
}
