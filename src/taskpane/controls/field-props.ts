// What a Field (ours, ./Field, or Fluent's, the same shape) gives a control through its
// render-function child (`<Field>{(props) => …}</Field>`): the control's id (the Field's label points
// at it), its description (validation message and hint), aria-invalid when the Field's state is an
// error, and aria-required when the Field is required.
import type { FieldControlProps } from '@fluentui/react-components';

export type { FieldControlProps };

/**
 * Field's props for a native <input> or <select>. Its <label for> already names the element, so
 * Field's aria-labelledby is left off (as Fluent's own Input and Select do), and "required" becomes
 * the native attribute, which also sets the accessible required state.
 */
export function nativeFieldProps<P extends FieldControlProps>({
  'aria-labelledby': _labelledBy,
  'aria-required': ariaRequired,
  ...rest
}: P): Omit<P, 'aria-labelledby' | 'aria-required'> & { required?: boolean } {
  return ariaRequired === true || ariaRequired === 'true' ? { ...rest, required: true } : rest;
}

/** Whether Field marked the control invalid (its validation state is an error). */
export const isInvalid = (props: FieldControlProps): boolean =>
  props['aria-invalid'] === true || props['aria-invalid'] === 'true';
