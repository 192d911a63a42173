/**
 * Errors the fake host throws, shaped like Office's `OfficeExtension.Error` ("RichApi.Error"
 * with a `code` and `debugInfo`), so adapter code maps them exactly as it maps Excel's.
 */

/** An error as Excel's request pipeline reports it. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    /** Office's error code: "InvalidArgument", "ItemNotFound", "RequestPayloadSizeLimitExceeded"… */
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, ...(errorLocation !== undefined && { errorLocation }) };
  }
}

/** The fake was asked for something real Excel has but the fake does not model: a test gap, not a host error. */
export class FakeNotModeledError extends Error {
  constructor(what: string) {
    super(`FakeExcel does not model ${what}; extend the fake (and keep it faithful to Excel) before relying on it.`);
    this.name = "FakeNotModeledError";
  }
}

/** Shorthands for the codes the fake raises. */
export const officeErrors = {
  invalidArgument: (message: string, where?: string) => new FakeOfficeError("InvalidArgument", message, where),
  invalidOperation: (message: string, where?: string) => new FakeOfficeError("InvalidOperation", message, where),
  itemNotFound: (message: string, where?: string) => new FakeOfficeError("ItemNotFound", message, where),
  itemAlreadyExists: (message: string, where?: string) => new FakeOfficeError("ItemAlreadyExists", message, where),
  propertyNotLoaded: (property: string) =>
    new FakeOfficeError(
      "PropertyNotLoaded",
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    ),
  general: (message: string, where?: string) => new FakeOfficeError("GeneralException", message, where),
};
