// A group of radio buttons on native <input type="radio">, drawn as Fluent's Radio (label after the
// indicator, stacked vertically): the browser gives the group one tab stop and moves the selection
// with the arrow keys. The input is invisible over a 16 px circle; the circle and the label follow
// the input's state through sibling selectors, and the keyboard focus ring is Fluent's, shown when
// FluentProvider's focus tracking marks the input as focused from the keyboard.
import { createFocusOutlineStyle, Label, makeResetStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { FieldControlProps } from './field-props';

const INDICATOR = '16px';
const INDICATOR_CLASS = 'pcr-Radio__indicator';
const LABEL_CLASS = 'pcr-Radio__label';
const indicator = `& ~ .${INDICATOR_CLASS}`;
const label = `& ~ .${LABEL_CLASS}`;

const useGroupClassName = makeResetStyles({
  display: 'flex',
  alignItems: 'flex-start',
  flexDirection: 'column',
});

const useRadioClassName = makeResetStyles({ display: 'inline-flex', position: 'relative' });

const useInputClassName = makeResetStyles({
  // Over the circle and its margins, the whole height of the row: that is where a click lands.
  position: 'absolute',
  left: 0,
  top: 0,
  width: `calc(${INDICATOR} + 2 * ${tokens.spacingHorizontalS})`,
  height: '100%',
  boxSizing: 'border-box',
  margin: 0,
  opacity: 0,
  ':enabled': { cursor: 'pointer', [label]: { cursor: 'pointer' } },
  ':enabled:not(:checked)': {
    [label]: { color: tokens.colorNeutralForeground3 },
    [indicator]: {
      borderColor: tokens.colorNeutralStrokeAccessible,
      '@media (forced-colors: active)': { borderColor: 'ButtonBorder' },
    },
    ':hover': {
      [label]: { color: tokens.colorNeutralForeground2 },
      [indicator]: { borderColor: tokens.colorNeutralStrokeAccessibleHover },
    },
    ':hover:active': {
      [label]: { color: tokens.colorNeutralForeground1 },
      [indicator]: { borderColor: tokens.colorNeutralStrokeAccessiblePressed },
    },
  },
  ':enabled:checked': {
    [label]: { color: tokens.colorNeutralForeground1 },
    [indicator]: {
      borderColor: tokens.colorCompoundBrandStroke,
      color: tokens.colorCompoundBrandForeground1,
      '@media (forced-colors: active)': {
        borderColor: 'Highlight',
        color: 'Highlight',
        '::after': { backgroundColor: 'Highlight' },
      },
    },
    ':hover': {
      [indicator]: {
        borderColor: tokens.colorCompoundBrandStrokeHover,
        color: tokens.colorCompoundBrandForeground1Hover,
      },
    },
    ':hover:active': {
      [indicator]: {
        borderColor: tokens.colorCompoundBrandStrokePressed,
        color: tokens.colorCompoundBrandForeground1Pressed,
      },
    },
  },
  ':disabled': {
    [label]: {
      color: tokens.colorNeutralForegroundDisabled,
      cursor: 'default',
      '@media (forced-colors: active)': { color: 'GrayText' },
    },
    [indicator]: {
      borderColor: tokens.colorNeutralStrokeDisabled,
      color: tokens.colorNeutralForegroundDisabled,
      '@media (forced-colors: active)': {
        borderColor: 'GrayText',
        color: 'GrayText',
        '::after': { backgroundColor: 'GrayText' },
      },
    },
  },
  // The dot exists only while checked.
  [`:checked ~ .${INDICATOR_CLASS}::after`]: { content: '""' },
  // Fluent's keyboard focus ring around the circle and its label: the label's ::after, placed
  // against the row (the nearest positioned box), since the invisible input cannot show it.
  ...createFocusOutlineStyle({ selector: 'focus', customizeSelector: (s) => `${s} ~ .${LABEL_CLASS}` }),
});

const useIndicatorClassName = makeResetStyles({
  position: 'relative',
  width: INDICATOR,
  height: INDICATOR,
  fontSize: '12px',
  boxSizing: 'border-box',
  flexShrink: 0,
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  overflow: 'hidden',
  border: `${tokens.strokeWidthThin} solid`,
  borderRadius: tokens.borderRadiusCircular,
  margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  fill: 'currentColor',
  pointerEvents: 'none',
  // The dot: a full-size circle scaled down (a transform, not a smaller size, so that it stays
  // centred at fractional display scales such as 125 %).
  '::after': {
    position: 'absolute',
    width: INDICATOR,
    height: INDICATOR,
    borderRadius: tokens.borderRadiusCircular,
    transform: 'scale(0.625)',
    backgroundColor: 'currentColor',
  },
});

const useLabelClassName = makeResetStyles({
  alignSelf: 'center',
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  paddingLeft: tokens.spacingHorizontalXS,
  // The label's line is taller than the circle: negative margins keep the row the circle's height
  // (plus padding) while a wrapped label still gets its full line height.
  marginTop: `calc((${INDICATOR} - ${tokens.lineHeightBase300}) / 2)`,
  marginBottom: `calc((${INDICATOR} - ${tokens.lineHeightBase300}) / 2)`,
});

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
}

export interface RadioGroupProps<V extends string> extends FieldControlProps {
  options: readonly RadioOption<V>[];
  value: V;
  onChange: (value: V) => void;
  disabled?: boolean;
  /** The radios' shared name; a generated one by default. */
  name?: string;
}

/**
 * Radio buttons in a role="radiogroup" container; inside a Field, pass the Field's props
 * (`<Field>{(p) => <RadioGroup {...p} …/>}</Field>`): the group is then named by the Field's label
 * and described by its hint and message.
 */
export function RadioGroup<V extends string>({
  options,
  value,
  onChange,
  disabled,
  name,
  ...field
}: RadioGroupProps<V>) {
  const generated = useId();
  const groupName = name ?? generated;
  const groupClassName = useGroupClassName();
  const radioClassName = useRadioClassName();
  const inputClassName = useInputClassName();
  const indicatorClassName = `${INDICATOR_CLASS} ${useIndicatorClassName()}`;
  const labelClassName = `${LABEL_CLASS} ${useLabelClassName()}`;
  const required = field['aria-required'] === true || field['aria-required'] === 'true';
  return (
    <div role="radiogroup" {...field} className={groupClassName}>
      {options.map((option, i) => {
        const id = `${generated}-${i}`;
        return (
          <span key={option.value} className={radioClassName}>
            <input
              type="radio"
              id={id}
              name={groupName}
              value={option.value}
              checked={option.value === value}
              disabled={disabled}
              required={required}
              aria-describedby={field['aria-describedby']}
              className={inputClassName}
              onChange={() => onChange(option.value)}
            />
            <span aria-hidden="true" className={indicatorClassName} />
            <Label htmlFor={id} disabled={disabled} className={labelClassName}>
              {option.label}
            </Label>
          </span>
        );
      })}
    </div>
  );
}
