import '@testing-library/jest-dom';

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar observes its size to reflow.
if (!('ResizeObserver' in globalThis)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = NoLayoutResizeObserver;
}
