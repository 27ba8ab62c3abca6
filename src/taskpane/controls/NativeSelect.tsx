// A drop-down list on the native <select>, drawn as Fluent's outline Select in its medium size (the
// only one the pane uses): the browser's own list and keyboard behaviour, Fluent's box, chevron and
// focus underline. Every state is a pseudo-class or attribute of the <select> itself, so the styles
// need no class switching.
import { ChevronDownRegular } from '@fluentui/react-icons';
import { makeResetStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode, SelectHTMLAttributes } from 'react';
import { border, underlineAtRest, underlineFocused } from './field-box-styles';
import { nativeFieldProps, type FieldControlProps } from './field-props';

// The chevron is drawn over the <select> (which can have no other children): the text stops short
// of it by the box's padding, the icon and the gaps around it.

const ICON = '20px';
const ICON_CLASS = 'pcr-Select__icon';

const useRootClassName = makeResetStyles({
  alignItems: 'center',
  boxSizing: 'border-box',
  display: 'flex',
  flexWrap: 'nowrap',
  fontFamily: tokens.fontFamilyBase,
  position: 'relative',
  // The focus underline: the lower half of a bar as tall as the corner radius, in the brand colour.
  '::after': {
    ...underlineAtRest,
    backgroundImage: `linear-gradient(0deg, ${tokens.colorCompoundBrandStroke} 0%, ${tokens.colorCompoundBrandStroke} 50%, transparent 50%, transparent 100%)`,
    borderRadius: `0 0 ${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium}`,
    height: tokens.borderRadiusMedium,
    bottom: '0',
    left: '0',
    right: '0',
  },
  ':focus-within::after': underlineFocused,
});

const useSelectClassName = makeResetStyles({
  appearance: 'none',
  border: `1px solid ${tokens.colorNeutralStroke1}`,
  borderBottomColor: tokens.colorNeutralStrokeAccessible,
  borderRadius: tokens.borderRadiusMedium,
  boxShadow: 'none',
  boxSizing: 'border-box',
  color: tokens.colorNeutralForeground1,
  backgroundColor: tokens.colorNeutralBackground1,
  cursor: 'pointer',
  flexGrow: 1,
  maxWidth: '100%',
  height: '32px',
  padding: `0 calc(${tokens.spacingHorizontalMNudge} + ${ICON} + 2 * ${tokens.spacingHorizontalXXS}) 0 calc(${tokens.spacingHorizontalMNudge} + ${tokens.spacingHorizontalXXS})`,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightRegular,
  lineHeight: tokens.lineHeightBase300,
  // Invisible, except in forced colours (high contrast), where it becomes the focus ring.
  ':focus': { outline: '2px solid transparent' },
  ':enabled:hover': {
    ...border(tokens.colorNeutralStroke1Hover),
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
  },
  ':enabled:active': {
    ...border(tokens.colorNeutralStroke1Pressed),
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
  },
  // Outranks hover and pressed; a focused select shows the focus colours instead.
  '&[aria-invalid="true"]:enabled:not(:focus)': border(tokens.colorPaletteRedBorder2),
  ':disabled': {
    backgroundColor: tokens.colorTransparentBackground,
    ...border(tokens.colorNeutralStrokeDisabled),
    color: tokens.colorNeutralForegroundDisabled,
    cursor: 'not-allowed',
    '@media (forced-colors: active)': border('GrayText'),
    [`& ~ .${ICON_CLASS}`]: {
      color: tokens.colorNeutralForegroundDisabled,
      '@media (forced-colors: active)': { color: 'GrayText' },
    },
  },
});

const useIconClassName = makeResetStyles({
  boxSizing: 'border-box',
  color: tokens.colorNeutralStrokeAccessible,
  display: 'block',
  position: 'absolute',
  pointerEvents: 'none',
  fontSize: ICON,
  height: ICON,
  width: ICON,
  right: tokens.spacingHorizontalMNudge,
  // A block SVG: an inline one would add the line's descent below it.
  '& svg': { display: 'block' },
});

export interface NativeSelectProps
  extends
    FieldControlProps,
    Omit<
      SelectHTMLAttributes<HTMLSelectElement>,
      'value' | 'onChange' | 'className' | 'style' | keyof FieldControlProps
    > {
  value: string;
  onChange: (value: string) => void;
  /** On the outer box (its width), as Fluent's Select puts it. */
  className?: string;
  children: ReactNode;
}

/** A select; inside a Field, pass the Field's props: `<Field>{(p) => <NativeSelect {...p} …/>}</Field>`. */
export function NativeSelect({ value, onChange, className, children, ...props }: NativeSelectProps) {
  const rootClassName = useRootClassName();
  const selectClassName = useSelectClassName();
  const iconClassName = useIconClassName();
  return (
    <span className={mergeClasses(rootClassName, className)}>
      <select
        {...nativeFieldProps(props)}
        className={selectClassName}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {children}
      </select>
      <span className={mergeClasses(ICON_CLASS, iconClassName)}>
        <ChevronDownRegular />
      </span>
    </span>
  );
}
