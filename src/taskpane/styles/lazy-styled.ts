// React.lazy for the pane's on-demand parts: the part's code and the whole stylesheet
// (all-styles.ts) load side by side, and the part shows once both are there.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { allStyles } from './all-styles';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React.lazy's own signature
export function lazyStyled<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): LazyExoticComponent<T> {
  return lazy(() => Promise.all([load(), allStyles()]).then(([module]) => module));
}
