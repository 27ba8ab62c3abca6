// A labelled question around one control, drawn as Fluent's Field in the layout the pane uses
// (vertical, medium): Fluent's Label (with its required asterisk) above the control, then the
// validation message with its icon, then the hint. The control gets the wiring through a render
// function, as with Fluent's Field: its id (the label's `for`), the label's id, its description
// (message first, then hint), aria-invalid for an error and aria-required when required.
import { DiamondDismiss12Filled, Warning12Filled } from '@fluentui/react-icons';
import { Label, makeResetStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useId, type AriaRole, type ReactNode } from 'react';
import type { FieldControlProps } from './field-props';

const ICON = '12px';

const useRootClassName = makeResetStyles({ display: 'grid' });

const useLabelClassName = makeResetStyles({
  maxWidth: 'max-content',
  maxHeight: 'max-content',
  paddingTop: tokens.spacingVerticalXXS,
  paddingBottom: tokens.spacingVerticalXXS,
  marginBottom: tokens.spacingVerticalXXS,
});

// The hint, and the validation message (red for an error; with an icon, a gutter for it so that
// wrapped lines align to the right of the icon).
const useSecondaryClassName = makeResetStyles({
  marginTop: tokens.spacingVerticalXXS,
  color: tokens.colorNeutralForeground3,
  ...typographyStyles.caption1,
  '&[data-state]': { paddingLeft: `calc(${ICON} + ${tokens.spacingHorizontalXS})` },
  '&[data-state="error"]': { color: tokens.colorPaletteRedForeground1 },
});

const useIconClassName = makeResetStyles({
  display: 'inline-block',
  fontSize: ICON,
  // In the message's gutter.
  marginLeft: `calc(-${ICON} - ${tokens.spacingHorizontalXS})`,
  marginRight: tokens.spacingHorizontalXS,
  // No effect on the line's height; shifted down to the text.
  lineHeight: '0',
  verticalAlign: '-1px',
  '&[data-state="error"]': { color: tokens.colorPaletteRedForeground1 },
  '&[data-state="warning"]': { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const ICONS = { error: <DiamondDismiss12Filled />, warning: <Warning12Filled /> };

export type ValidationState = 'error' | 'warning' | 'none';

export interface FieldProps {
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  /** 'error' by default when there is a message, as with Fluent's Field. */
  validationState?: ValidationState;
  /** Text, or text with a role: an error or warning is role="alert" unless told otherwise. */
  validationMessage?: ReactNode | { children: ReactNode; role?: AriaRole };
  children: (control: FieldControlProps) => ReactNode;
}

function isSlot(m: FieldProps['validationMessage']): m is { children: ReactNode; role?: AriaRole } {
  return typeof m === 'object' && m !== null && 'children' in m && !('$$typeof' in m);
}

export function Field({
  label,
  required = false,
  hint,
  validationMessage,
  validationState = validationMessage ? 'error' : 'none',
  children,
}: FieldProps) {
  const base = useId();
  const ids = {
    control: `${base}control`,
    label: `${base}label`,
    message: `${base}message`,
    hint: `${base}hint`,
  };
  const rootClassName = useRootClassName();
  const labelClassName = useLabelClassName();
  const secondaryClassName = useSecondaryClassName();
  const iconClassName = useIconClassName();
  const alerting = validationState === 'error' || validationState === 'warning';
  const message = isSlot(validationMessage)
    ? { text: validationMessage.children, role: validationMessage.role }
    : { text: validationMessage, role: alerting ? ('alert' as const) : undefined };
  const hasMessage = message.text !== undefined && message.text !== null && message.text !== false;
  const hasHint = hint !== undefined && hint !== null && hint !== false;
  const describedBy = [hasMessage && ids.message, hasHint && ids.hint].filter(Boolean).join(' ');
  const icon = validationState === 'none' ? undefined : ICONS[validationState];
  return (
    <div className={rootClassName}>
      <Label htmlFor={ids.control} id={ids.label} required={required} className={labelClassName}>
        {label}
      </Label>
      {children({
        id: ids.control,
        'aria-labelledby': ids.label,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(validationState === 'error' ? { 'aria-invalid': true } : {}),
        ...(required ? { 'aria-required': true } : {}),
      })}
      {hasMessage ? (
        <div
          id={ids.message}
          role={message.role}
          className={secondaryClassName}
          data-state={icon && validationState}
        >
          {icon ? (
            <span className={iconClassName} data-state={validationState}>
              {icon}
            </span>
          ) : null}
          {message.text}
        </div>
      ) : null}
      {hasHint ? (
        <div id={ids.hint} className={secondaryClassName}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
