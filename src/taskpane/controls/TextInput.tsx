// A one-line text field on the native <input>, drawn as Fluent's outline Input in its medium size
// (the only one the pane uses): a 32 px box with a 1 px border, a stronger bottom border, the brand
// underline while focused, a red border when invalid.
import { makeResetStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { InputHTMLAttributes } from 'react';
import { border, underlineAtRest, underlineFocused } from './field-box-styles';
import { isInvalid, nativeFieldProps, type FieldControlProps } from './field-props';

const pressed = {
  ...border(tokens.colorNeutralStroke1Pressed),
  borderBottomColor: tokens.colorNeutralStrokeAccessiblePressed,
};

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
  // The states are attributes of the box (its input's state cannot be read by a selector on the
  // box), so one class covers them; each later rule outranks the ones above it.
  ':not([data-disabled]):hover': {
    ...border(tokens.colorNeutralStroke1Hover),
    borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
  },
  ':not([data-disabled]):active': pressed,
  ':not([data-disabled]):focus-within': pressed,
  // Red whether hovered or pressed, but a focused field shows the focus colours.
  '&[data-invalid]:not(:focus-within)': border(tokens.colorPaletteRedBorder2),
  '&[data-disabled]': {
    cursor: 'not-allowed',
    backgroundColor: tokens.colorTransparentBackground,
    ...border(tokens.colorNeutralStrokeDisabled),
    '::after': { content: 'unset' },
    ':focus-within': { outlineStyle: 'none' },
  },
  '@media (forced-colors: active)': { '&[data-disabled]': border('GrayText') },
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
  const inputClassName = useInputClassName();
  const { disabled } = props;
  return (
    <span
      className={mergeClasses(rootClassName, className)}
      data-disabled={disabled || undefined}
      data-invalid={(!disabled && isInvalid(props)) || undefined}
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
