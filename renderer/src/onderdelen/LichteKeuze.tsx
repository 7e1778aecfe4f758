import { useId, type ChangeEvent, type CSSProperties, type HTMLAttributes, type ReactNode } from 'react';

/**
 * Mantine's Checkbox and Chip as plain markup, for the Variant panel's switches that follow every
 * what-if click. Mantine's components run a dozen hooks per switch (props, styles, variables, ids)
 * inside the click, several milliseconds for a scope change that flips ten switches; these render the
 * same elements with the same classes and variables, so they look and behave the same (native inputs,
 * labels, focus ring), in a fraction of the time. A unit test compares their markup with Mantine's
 * own, so a Mantine upgrade that changes the markup fails there instead of looking different.
 */

type Maat = 'xs' | 'sm';

const VINKJE = 'M4 4.586L1.707 2.293A1 1 0 1 0 .293 3.707l3 3a.997.997 0 0 0 1.414 0l5-5A1 1 0 1 0 8.293.293L4 4.586z';

function Vinkje({ className }: { className: string }) {
  return (
    <svg viewBox="0 0 10 7" fill="none" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" className={className}>
      <path d={VINKJE} fill="currentColor" fillRule="evenodd" clipRule="evenodd" />
    </svg>
  );
}

/** The CSS variables Mantine's Checkbox sets for a size, in the theme's primary colour (teal). */
const VINK_VARIABELEN: Record<Maat, CSSProperties> = Object.fromEntries(
  (['xs', 'sm'] as const).map((m) => [
    m,
    {
      '--checkbox-size': `var(--checkbox-size-${m})`,
      '--checkbox-radius': 'var(--mantine-radius-sm)',
      '--checkbox-color': 'var(--mantine-color-teal-filled)',
      '--label-fz': `var(--mantine-font-size-${m})`,
      '--label-lh': `var(--label-lh-${m})`,
    } as CSSProperties,
  ]),
) as Record<Maat, CSSProperties>;

interface LichteVinkProps {
  label: ReactNode;
  checked: boolean;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
  size?: Maat;
  /** On the outer element, as Mantine's `wrapperProps` (the panel's hover forecast). */
  wrapperProps?: HTMLAttributes<HTMLDivElement>;
  'aria-label'?: string;
}

/** A checkbox with a label, as Mantine's `<Checkbox>` draws it. */
export function LichteVink({ label, checked, onChange, size = 'xs', wrapperProps, 'aria-label': ariaLabel }: LichteVinkProps) {
  const id = `mantine-${useId()}`;
  return (
    <div
      style={VINK_VARIABELEN[size]}
      className="m_bf2d988c mantine-Checkbox-root m_5f75b09e mantine-Checkbox-root"
      data-variant="filled"
      data-size={size}
      data-label-position="right"
      data-checked={checked || undefined}
      {...wrapperProps}
    >
      <div className="m_5f6e695e mantine-Checkbox-body">
        <div className="m_26062bec mantine-Checkbox-inner" data-label-position="right">
          <input className="mantine-focus-auto m_26063560 mantine-Checkbox-input" data-with-error-styles="true" id={id} type="checkbox" checked={checked} onChange={onChange} aria-label={ariaLabel} />
          <Vinkje className="m_bf295423 mantine-Checkbox-icon" />
        </div>
        <div className="m_d3ea56bb mantine-Checkbox-labelWrapper">
          <label className="m_8ee546b8 mantine-Checkbox-label" htmlFor={id}>
            {label}
          </label>
        </div>
      </div>
    </div>
  );
}

/** The variables of Mantine's `<Chip size="sm" variant="outline">` in the theme's primary colour. */
const CHIP_VARIABELEN = {
  '--chip-fz': 'var(--mantine-font-size-sm)',
  '--chip-size': 'var(--chip-size-sm)',
  '--chip-checked-padding': 'var(--chip-checked-padding-sm)',
  '--chip-padding': 'var(--chip-padding-sm)',
  '--chip-icon-size': 'var(--chip-icon-size-sm)',
  '--chip-bg': 'transparent',
  '--chip-hover': 'var(--mantine-color-teal-outline-hover)',
  '--chip-color': 'var(--mantine-color-teal-outline)',
  '--chip-bd': 'calc(0.0625rem * var(--mantine-scale)) solid var(--mantine-color-teal-outline)',
  '--chip-spacing': 'var(--chip-spacing-sm)',
} as CSSProperties;

interface LichteChipProps {
  value: string;
  checked: boolean;
  onKies: (value: string) => void;
  children: ReactNode;
  wrapperProps?: HTMLAttributes<HTMLDivElement>;
}

/** One choice of a radio group, as Mantine's `<Chip type="radio" size="sm" variant="outline">` in a `Chip.Group` draws it (each chip its own tab stop, as there). */
export function LichteChip({ value, checked, onKies, children, wrapperProps }: LichteChipProps) {
  const id = `mantine-${useId()}`;
  return (
    <div style={CHIP_VARIABELEN} className="m_f59ffda3 mantine-Chip-root" data-variant="outline" data-size="sm" {...wrapperProps}>
      <input type="radio" className="m_bde07329 mantine-Chip-input" id={id} checked={checked} value={value} onChange={(e) => e.currentTarget.checked && onKies(value)} />
      <label className="m_3904c1af m_be049a53 mantine-Chip-label" data-checked={checked || undefined} htmlFor={id}>
        {checked && (
          <span className="m_9ac86df9 mantine-Chip-iconWrapper">
            <Vinkje className="m_d6d72580 mantine-Chip-checkIcon" />
          </span>
        )}
        <span>{children}</span>
      </label>
    </div>
  );
}
