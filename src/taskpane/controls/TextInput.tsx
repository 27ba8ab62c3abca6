// A one-line text field on the native <input>, drawn as Fluent's outline Input in its medium size
// (the only one the pane uses): a 32 px box with a 1 px border, a stronger bottom border, the brand
// underline while focused, a red border when invalid.
import { makeResetStyles, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { InputHTMLAttributes } from 'react';
import { isInvalid, nativeFieldProps, type FieldControlProps } from './field-props';
import { underlineAtRest, underlineFocused } from './underline';

const useRootClassName = makeResetStyles({
  display: 'inline-flex',
  alignItems: 'center',
  flexWrap: 'nowrap',
  gap: tokens.spacingHorizontalXXS,
  borderRadius: tokens.borderRadiusMedium,
  position: 'relative',
  boxSizing: 'border-box',
  verticalAlign: 'middle',
  minHeight: '32px',
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightRegular,
  lineHeight: tokens.lineHeightBase300,
  backgroundColor: tokens.colorNeutralBackground1,
  border: `1px solid ${tokens.colorNeutralStroke1}`,
  borderBottomColor: tokens.colorNeutralStrokeAccessible,
  // A flat 2 px bar over the bottom border, as wide as the box, with the box's bottom corners: the
  // bar is the bottom border of a box as tall as the corner radius, clipped to its last 2 px.
  '::after': {
    ...underlineAtRest,
    left: '-1px',
    bottom: '-1px',
    right: '-1px',
    height: `max(2px, ${tokens.borderRadiusMedium})`,
    borderBottomLeftRadius: tokens.borderRadiusMedium,
    borderBottomRightRadius: tokens.borderRadiusMedium,
    borderBottom: `2px solid ${tokens.colorCompoundBrandStroke}`,
    clipPath: 'inset(calc(100% - 2px) 0 0 0)',
  },
  ':focus-within::after': underlineFocused,
  ':focus-within:active::after': { borderBottomColor: tokens.colorCompoundBrandStrokePressed },
  // Invisible, except in forced colours (high contrast), where it becomes the focus ring.
  ':focus-within': { outline: '2px solid transparent' },
});

const border = (color: string) => ({
  borderTopColor: color,
  borderRightColor: color,
  borderBottomColor: color,
  borderLeftColor: color,
});

const useRootStyles = makeStyles({
  interactive: {
    ':hover': {
      ...border(tokens.colorNeutralStroke1Hover),
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    ':active,:focus-within': {
      ...border(tokens.colorNeutralStroke1Pressed),
      borderBottomColor: tokens.colorNeutralStrokeAccessiblePressed,
    },
  },
  // Outranks :hover (one more pseudo-class) but not focus: a focused field shows the focus colours.
  invalid: { ':not(:focus-within),:hover:not(:focus-within)': border(tokens.colorPaletteRedBorder2) },
  disabled: {
    cursor: 'not-allowed',
    backgroundColor: tokens.colorTransparentBackground,
    ...border(tokens.colorNeutralStrokeDisabled),
    '@media (forced-colors: active)': border('GrayText'),
    '::after': { content: 'unset' },
    ':focus-within': { outlineStyle: 'none' },
  },
});

const useInputClassName = makeResetStyles({
  alignSelf: 'stretch',
  boxSizing: 'border-box',
  flexGrow: 1,
  minWidth: 0,
  borderStyle: 'none',
  padding: `0 ${tokens.spacingHorizontalM}`,
  color: tokens.colorNeutralForeground1,
  // Literal transparent, not a theme colour: the box's background shows through.
  backgroundColor: 'transparent',
  '::placeholder': { color: tokens.colorNeutralForeground4, opacity: 1 },
  outlineStyle: 'none',
  fontFamily: 'inherit',
  fontSize: 'inherit',
  fontWeight: 'inherit',
  lineHeight: 'inherit',
  ':disabled': {
    color: tokens.colorNeutralForegroundDisabled,
    cursor: 'not-allowed',
    '::placeholder': { color: tokens.colorNeutralForegroundDisabled },
  },
});

export interface TextInputProps
  extends
    FieldControlProps,
    Omit<
      InputHTMLAttributes<HTMLInputElement>,
      'value' | 'onChange' | 'className' | 'style' | keyof FieldControlProps
    > {
  value: string;
  onChange: (value: string) => void;
  /** On the outer box (its width), as Fluent's Input puts it. */
  className?: string;
}

/** A text field; inside a Field, pass the Field's props: `<Field>{(p) => <TextInput {...p} …/>}</Field>`. */
export function TextInput({ value, onChange, className, type = 'text', ...props }: TextInputProps) {
  const rootClassName = useRootClassName();
  const rootStyles = useRootStyles();
  const inputClassName = useInputClassName();
  const { disabled } = props;
  const invalid = isInvalid(props);
  return (
    <span
      className={mergeClasses(
        rootClassName,
        disabled ? rootStyles.disabled : rootStyles.interactive,
        !disabled && invalid && rootStyles.invalid,
        className,
      )}
    >
      <input
        {...nativeFieldProps(props)}
        type={type}
        className={inputClassName}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </span>
  );
}
