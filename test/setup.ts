// A test that logs an error has hidden a failure: make it fail loudly.
const originalError = console.error;
beforeEach(() => {
  console.error = (...args: unknown[]) => {
    originalError(...args);
    throw new Error("console.error was called: " + args.map(String).join(" "));
  };
});
afterEach(() => {
  console.error = originalError;
});

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class NoResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: NoResizeObserver });
}
