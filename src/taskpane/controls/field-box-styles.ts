// Style pieces the text field and the select share (both are Fluent's outline field box).

// The focus underline's motion, as Fluent's fields have it: it grows from the middle while focus is
// inside and shrinks when focus leaves. (Fluent also sets a transition-delay to an easing curve,
// which browsers drop as invalid; the effective motion is the duration with the default easing.)
import { tokens } from '@fluentui/react-components';

const reducedMotion = {
  '@media screen and (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
} as const;

export const underlineAtRest = {
  boxSizing: 'border-box',
  content: '""',
  position: 'absolute',
  transform: 'scaleX(0)',
  transitionProperty: 'transform',
  transitionDuration: tokens.durationUltraFast,
  ...reducedMotion,
} as const;

export const underlineFocused = {
  transform: 'scaleX(1)',
  transitionDuration: tokens.durationNormal,
  ...reducedMotion,
} as const;

/** The four border colours at once. */
export const border = (color: string) => ({
  borderTopColor: color,
  borderRightColor: color,
  borderBottomColor: color,
  borderLeftColor: color,
});
