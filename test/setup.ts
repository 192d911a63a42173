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

// The pane's tests render the whole Fluent UI tree; on a busy two-core CI machine a re-render
// can take longer than testing-library's 1 s default for findBy*/waitFor. They still fail when
// the text never comes; they only wait longer for it. (Browser-free suites are unaffected.)
if (typeof window !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { configure } = require("@testing-library/dom") as typeof import("@testing-library/dom");
  configure({ asyncUtilTimeout: 10_000 });
}

// jsdom has no TextEncoder or TextDecoder; the letters use the platform's, as in the browser (the
// .docx is encoded with one; src/features/gb2312.ts asks the other which characters GB2312 holds).
if (typeof window !== "undefined" && typeof globalThis.TextDecoder === "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { TextDecoder, TextEncoder } = require("node:util") as typeof import("node:util");
  Object.assign(globalThis, { TextDecoder, TextEncoder });
}
