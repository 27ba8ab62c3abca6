// The brand-coloured bar that grows from the middle along the bottom edge of a focused text field
// or select, as Fluent's outline fields draw it. Fluent also sets a transition-delay to an easing
// curve, which browsers drop as invalid: the effective animation is the duration with the default
// easing, and that is what is written here.
import { tokens } from '@fluentui/react-components';

const reducedMotion = {
  '@media screen and (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
};

/** The bar at rest (scaled to nothing) and its shrinking when focus leaves. */
export const underlineAtRest = {
  boxSizing: 'border-box',
  content: '""',
  position: 'absolute',
  transform: 'scaleX(0)',
  transitionProperty: 'transform',
  transitionDuration: tokens.durationUltraFast,
  ...reducedMotion,
} as const;

/** The bar grown across while focus is inside. */
export const underlineFocused = {
  transform: 'scaleX(1)',
  transitionDuration: tokens.durationNormal,
  ...reducedMotion,
} as const;
