// A push button on the native <button>, drawn as Fluent's Button in the appearances and sizes the
// pane uses: secondary (the default), primary and transparent; medium, and small (inside a
// MessageBar's actions, where Fluent's MessageBar makes its buttons small). Rounded, no icon.
// The styles are Fluent's, in Fluent's structure (a base class, then appearance, size and disabled
// classes merged over it), so that the cascade between hover, pressed, keyboard focus and disabled
// resolves as it does for Fluent's own. The colours fade over Fluent's duration and curve: the e2e
// tests wait for that motion to end before they measure contrast or take pictures.
import {
  createCustomFocusIndicatorStyle,
  makeResetStyles,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from '@fluentui/react-components';
import type { ButtonHTMLAttributes } from 'react';

// The pressed state, as Fluent writes it: pressed by the pointer while hovering, or by the keyboard.
const PRESSED = ':hover:active,:active:focus-visible';
// Firefox draws a 1 px inset shadow unevenly at some zoom levels; a quarter pixel more evens it.
const FIREFOX = '@supports (-moz-appearance:button)';
const insetFirefox = `calc(${tokens.strokeWidthThin} + 0.25px)`;

const useBaseClassName = makeResetStyles({
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
  ':hover': {
    backgroundColor: tokens.colorNeutralBackground1Hover,
    borderColor: tokens.colorNeutralStroke1Hover,
    color: tokens.colorNeutralForeground1Hover,
    cursor: 'pointer',
  },
  [PRESSED]: {
    backgroundColor: tokens.colorNeutralBackground1Pressed,
    borderColor: tokens.colorNeutralStroke1Pressed,
    color: tokens.colorNeutralForeground1Pressed,
    outlineStyle: 'none',
  },
  padding: `5px ${tokens.spacingHorizontalM}`,
  minWidth: '96px',
  borderRadius: tokens.borderRadiusMedium,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightSemibold,
  lineHeight: tokens.lineHeightBase300,
  transitionDuration: tokens.durationFaster,
  transitionProperty: 'background, border, color',
  transitionTimingFunction: tokens.curveEasyEase,
  '@media screen and (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
  '@media (forced-colors: active)': {
    ':focus': { borderColor: 'ButtonText' },
    ':hover': {
      backgroundColor: 'HighlightText',
      borderColor: 'Highlight',
      color: 'Highlight',
      forcedColorAdjust: 'none',
    },
    [PRESSED]: {
      backgroundColor: 'HighlightText',
      borderColor: 'Highlight',
      color: 'Highlight',
      forcedColorAdjust: 'none',
    },
  },
  // Fluent's keyboard focus ring: FluentProvider's focus tracking marks the button with
  // data-fui-focus-visible when it was reached from the keyboard.
  ...createCustomFocusIndicatorStyle({
    borderColor: tokens.colorStrokeFocus2,
    borderRadius: tokens.borderRadiusMedium,
    borderWidth: '1px',
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorTransparentStroke}`,
    boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
    zIndex: 1,
  }),
  [FIREFOX]: createCustomFocusIndicatorStyle({
    boxShadow: `0 0 0 ${insetFirefox} ${tokens.colorStrokeFocus2} inset`,
  }),
});

const useStyles = makeStyles({
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    ...shorthands.borderColor('transparent'),
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': {
      backgroundColor: tokens.colorBrandBackgroundHover,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    [PRESSED]: {
      backgroundColor: tokens.colorBrandBackgroundPressed,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    '@media (forced-colors: active)': {
      backgroundColor: 'Highlight',
      ...shorthands.borderColor('HighlightText'),
      color: 'HighlightText',
      forcedColorAdjust: 'none',
      ':hover': {
        backgroundColor: 'HighlightText',
        ...shorthands.borderColor('Highlight'),
        color: 'Highlight',
      },
      [PRESSED]: {
        backgroundColor: 'HighlightText',
        ...shorthands.borderColor('Highlight'),
        color: 'Highlight',
      },
    },
  },
  transparent: {
    backgroundColor: tokens.colorTransparentBackground,
    ...shorthands.borderColor('transparent'),
    color: tokens.colorNeutralForeground2,
    ':hover': {
      backgroundColor: tokens.colorTransparentBackgroundHover,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForeground2BrandHover,
    },
    [PRESSED]: {
      backgroundColor: tokens.colorTransparentBackgroundPressed,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForeground2BrandPressed,
    },
    '@media (forced-colors: active)': {
      ':hover': { backgroundColor: tokens.colorTransparentBackground, color: 'Highlight' },
      [PRESSED]: { backgroundColor: tokens.colorTransparentBackground, color: 'Highlight' },
    },
  },
  small: {
    minWidth: '64px',
    padding: `3px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
  },
  // A primary button's ring: a white inner line inside the focus line, over a light shadow.
  primaryFocus: {
    ...createCustomFocusIndicatorStyle({
      ...shorthands.borderColor(tokens.colorStrokeFocus2),
      boxShadow: `${tokens.shadow2}, 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset,  0 0 0 ${tokens.strokeWidthThick} ${tokens.colorNeutralForegroundOnBrand} inset`,
      ':hover': {
        boxShadow: `${tokens.shadow2}, 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
        ...shorthands.borderColor(tokens.colorStrokeFocus2),
      },
    }),
    [FIREFOX]: createCustomFocusIndicatorStyle({
      boxShadow: `${tokens.shadow2}, 0 0 0 ${insetFirefox} ${tokens.colorStrokeFocus2} inset,  0 0 0 ${tokens.strokeWidthThick} ${tokens.colorNeutralForegroundOnBrand} inset`,
      ':hover': { boxShadow: `${tokens.shadow2}, 0 0 0 ${insetFirefox} ${tokens.colorStrokeFocus2} inset` },
    }),
  },
  smallFocus: createCustomFocusIndicatorStyle({ borderRadius: tokens.borderRadiusSmall }),
});

// Disabled: the same colours whatever the pointer does; a primary or transparent button keeps no
// border, a transparent one no background.
const disabledColours = {
  backgroundColor: tokens.colorNeutralBackgroundDisabled,
  ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
  color: tokens.colorNeutralForegroundDisabled,
  cursor: 'not-allowed',
} as const;
const forcedDisabled = {
  backgroundColor: 'ButtonFace',
  ...shorthands.borderColor('GrayText'),
  color: 'GrayText',
} as const;
const noBorder = { ...shorthands.borderColor('transparent') } as const;
const noBackground = { backgroundColor: tokens.colorTransparentBackground, ...noBorder } as const;

const useDisabledStyles = makeStyles({
  base: { ...disabledColours, ':hover': disabledColours, [PRESSED]: disabledColours },
  forcedColors: {
    '@media (forced-colors: active)': {
      ...forcedDisabled,
      ':focus': shorthands.borderColor('GrayText'),
      ':hover': forcedDisabled,
      [PRESSED]: forcedDisabled,
    },
  },
  primary: { ...noBorder, ':hover': noBorder, [PRESSED]: noBorder },
  transparent: { ...noBackground, ':hover': noBackground, [PRESSED]: noBackground },
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
  const base = useBaseClassName();
  const styles = useStyles();
  const disabledStyles = useDisabledStyles();
  const { disabled } = props;
  return (
    <button
      {...props}
      type={type}
      className={mergeClasses(
        base,
        appearance !== 'secondary' && styles[appearance],
        size === 'small' && styles.small,
        disabled && disabledStyles.base,
        disabled && disabledStyles.forcedColors,
        disabled && appearance !== 'secondary' && disabledStyles[appearance],
        appearance === 'primary' && styles.primaryFocus,
        size === 'small' && styles.smallFocus,
        className,
      )}
    />
  );
}
