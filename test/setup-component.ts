import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Ceilings, not delays: a test ends as soon as its condition holds. Rendering Fluent in jsdom on a
// shared 2-core machine can take longer than the defaults (5 s a test, 1 s a findBy), and a test
// that fails only when the machine is busy teaches people to ignore red.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar observes its size to reflow.
if (!('ResizeObserver' in globalThis)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = NoLayoutResizeObserver;
}
