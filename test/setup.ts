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
