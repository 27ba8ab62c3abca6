// A push button on the native <button>, drawn as Fluent's Button in the appearances and sizes the
// pane uses: secondary (the default), primary and transparent; medium, and small (inside a
// MessageBar's actions, where Fluent's MessageBar makes its buttons small). Rounded, no icon.
// The values are those of Fluent's style source, with Fluent's tokens (both themes, forced colours).
// The colours fade over Fluent's duration and curve: the e2e tests wait for that motion to end
// before they measure contrast or take pictures.
import { makeResetStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ButtonHTMLAttributes } from 'react';

// Every state is a pseudo-class or attribute of the <button>, in one class (Fluent's atomic classes
// per appearance and size would cost the first screen more than the rest of the button). The
// selectors keep the cascade of Fluent's: each state rule carries :enabled (a disabled button shows
// its disabled colours whatever the pointer does, as Fluent's disabled classes ensure), so among
// themselves pressed outranks keyboard focus, which outranks hover, as in Fluent's stylesheet; an
// appearance or size is an attribute, one level more specific than the secondary medium base.
const HOVER = ':enabled:hover';
// Pressed, as Fluent writes it: by the pointer while hovering, or by the keyboard.
const pressed = (on = '&') => `${on}:enabled:hover:active,${on}:enabled:active:focus-visible`;
// FluentProvider's focus tracking marks the button with this attribute when the keyboard reached it.
const FOCUSED = ':enabled[data-fui-focus-visible]';
const PRIMARY = '&[data-appearance="primary"]';
const TRANSPARENT = '&[data-appearance="transparent"]';
const SMALL = '&[data-size="small"]';
const colours = (backgroundColor: string, borderColor: string, color: string) => ({
  backgroundColor,
  borderColor,
  color,
});
const disabledColours = {
  ...colours(
    tokens.colorNeutralBackgroundDisabled,
    tokens.colorNeutralStrokeDisabled,
    tokens.colorNeutralForegroundDisabled,
  ),
  cursor: 'not-allowed',
} as const;
// A primary button's ring: a white inner line inside the focus line, over a light shadow; while
// hovered, the focus line alone. Firefox draws a 1 px inset shadow unevenly at some zoom levels: a
// quarter pixel more evens it.
const primaryRing = (inset: string) =>
  `${tokens.shadow2}, 0 0 0 ${inset} ${tokens.colorStrokeFocus2} inset, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorNeutralForegroundOnBrand} inset`;
const primaryRingHovered = (inset: string) =>
  `${tokens.shadow2}, 0 0 0 ${inset} ${tokens.colorStrokeFocus2} inset`;
const FIREFOX = '@supports (-moz-appearance:button)';
const insetFirefox = `calc(${tokens.strokeWidthThin} + 0.25px)`;
const forcedHover = {
  ...colours('HighlightText', 'Highlight', 'Highlight'),
  forcedColorAdjust: 'none',
} as const;

const useButtonClassName = makeResetStyles({
  alignItems: 'center',
  boxSizing: 'border-box',
  display: 'inline-flex',
  justifyContent: 'center',
  textDecorationLine: 'none',
  verticalAlign: 'middle',
  margin: 0,
  overflow: 'hidden',
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  fontFamily: tokens.fontFamilyBase,
  outlineStyle: 'none',
  padding: `5px ${tokens.spacingHorizontalM}`,
  minWidth: '96px',
  borderRadius: tokens.borderRadiusMedium,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightSemibold,
  lineHeight: tokens.lineHeightBase300,
  transitionDuration: tokens.durationFaster,
  transitionProperty: 'background, border, color',
  transitionTimingFunction: tokens.curveEasyEase,
  [HOVER]: {
    ...colours(
      tokens.colorNeutralBackground1Hover,
      tokens.colorNeutralStroke1Hover,
      tokens.colorNeutralForeground1Hover,
    ),
    cursor: 'pointer',
  },
  [pressed()]: {
    ...colours(
      tokens.colorNeutralBackground1Pressed,
      tokens.colorNeutralStroke1Pressed,
      tokens.colorNeutralForeground1Pressed,
    ),
    outlineStyle: 'none',
  },
  [FOCUSED]: {
    borderColor: tokens.colorStrokeFocus2,
    borderRadius: tokens.borderRadiusMedium,
    borderWidth: '1px',
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorTransparentStroke}`,
    boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
    zIndex: 1,
  },
  ':disabled': disabledColours,

  [PRIMARY]: colours(tokens.colorBrandBackground, 'transparent', tokens.colorNeutralForegroundOnBrand),
  [`${PRIMARY}${HOVER}`]: colours(
    tokens.colorBrandBackgroundHover,
    'transparent',
    tokens.colorNeutralForegroundOnBrand,
  ),
  [`${PRIMARY}${FOCUSED}`]: {
    borderColor: tokens.colorStrokeFocus2,
    boxShadow: primaryRing(tokens.strokeWidthThin),
  },
  [`${PRIMARY}${FOCUSED}:hover`]: {
    borderColor: tokens.colorStrokeFocus2,
    boxShadow: primaryRingHovered(tokens.strokeWidthThin),
  },
  [pressed(PRIMARY)]: colours(
    tokens.colorBrandBackgroundPressed,
    'transparent',
    tokens.colorNeutralForegroundOnBrand,
  ),
  [`${PRIMARY}:disabled`]: { ...disabledColours, borderColor: 'transparent' },

  [TRANSPARENT]: colours(tokens.colorTransparentBackground, 'transparent', tokens.colorNeutralForeground2),
  [`${TRANSPARENT}${HOVER}`]: colours(
    tokens.colorTransparentBackgroundHover,
    'transparent',
    tokens.colorNeutralForeground2BrandHover,
  ),
  [pressed(TRANSPARENT)]: colours(
    tokens.colorTransparentBackgroundPressed,
    'transparent',
    tokens.colorNeutralForeground2BrandPressed,
  ),
  [`${TRANSPARENT}:disabled`]: {
    ...disabledColours,
    backgroundColor: tokens.colorTransparentBackground,
    borderColor: 'transparent',
  },

  [SMALL]: {
    minWidth: '64px',
    padding: `3px ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
  },
  [`${SMALL}${FOCUSED}`]: { borderRadius: tokens.borderRadiusSmall },

  '@media screen and (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
  // Fluent's forced-colours rules come last in its stylesheet, so they win over the others of the
  // same specificity: here, each is as specific as the rule it has to beat.
  '@media (forced-colors: active)': {
    ':enabled:focus': { borderColor: 'ButtonText' },
    [HOVER]: forcedHover,
    [pressed()]: forcedHover,
    [PRIMARY]: { ...colours('Highlight', 'HighlightText', 'HighlightText'), forcedColorAdjust: 'none' },
    // Focused (by the keyboard too), a primary button has the system's text colour as its border.
    [`${PRIMARY}:enabled:focus`]: { borderColor: 'ButtonText' },
    [`${PRIMARY}${HOVER}`]: colours('HighlightText', 'Highlight', 'Highlight'),
    [pressed(PRIMARY)]: colours('HighlightText', 'Highlight', 'Highlight'),
    [`${TRANSPARENT}${HOVER},${pressed(TRANSPARENT)}`]: colours(
      tokens.colorTransparentBackground,
      'Highlight',
      'Highlight',
    ),
    // Above the appearances' disabled rules: in forced colours every disabled button is the same.
    ':disabled,&[data-appearance]:disabled': colours('ButtonFace', 'GrayText', 'GrayText'),
  },
  [FIREFOX]: {
    [FOCUSED]: { boxShadow: `0 0 0 ${insetFirefox} ${tokens.colorStrokeFocus2} inset` },
    [`${PRIMARY}${FOCUSED}`]: { boxShadow: primaryRing(insetFirefox) },
    [`${PRIMARY}${FOCUSED}:hover`]: { boxShadow: primaryRingHovered(insetFirefox) },
  },
});

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Secondary (bordered, the default), primary (brand fill) or transparent (text only). */
  appearance?: 'secondary' | 'primary' | 'transparent';
  /** Small inside a MessageBar's actions, as Fluent's MessageBar makes its buttons. */
  size?: 'medium' | 'small';
}

/** A button; type="button" unless told otherwise, so that it never submits a form by accident. */
export function Button({
  appearance = 'secondary',
  size = 'medium',
  type = 'button',
  className,
  ...props
}: ButtonProps) {
  return (
    <button
      {...props}
      type={type}
      data-appearance={appearance === 'secondary' ? undefined : appearance}
      data-size={size === 'small' ? 'small' : undefined}
      className={mergeClasses(useButtonClassName(), className)}
    />
  );
}
