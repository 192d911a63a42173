/**
 * Compile-time honesty checks for the fakes: every public member of a fake must exist on the
 * Office.js class it stands for (a misspelt or invented API fails to compile), and its data
 * properties must have types Office accepts. Each fake declares
 * `const _honest: HonestFake<FakeX, Excel.X> = true;`.
 */

type Fn = (...args: never[]) => unknown;

/** Public members of the fake F that the Office class T does not have. */
export type NotInOffice<F, T> = Exclude<keyof F, keyof T | symbol>;

/** Keys of T that hold plain data (strings, numbers, booleans, arrays of them; not Office objects). */
type DataKeys<T> = {
  [K in keyof T]-?: T[K] extends Fn
    ? never
    : T[K] extends readonly (infer E)[]
      ? E extends readonly unknown[]
        ? K
        : E extends object
          ? never
          : K
      : T[K] extends object
        ? never
        : K;
}[keyof T];

/** Data properties of F whose type T's property would not accept. */
export type WrongTypes<F, T> = {
  [K in keyof F & DataKeys<T>]-?: F[K] extends T[K] ? never : K;
}[keyof F & DataKeys<T>];

/** `true` when F is an honest subset of T, else a type naming the offending members. */
export type HonestFake<F, T> = [NotInOffice<F, T>] extends [never]
  ? [WrongTypes<F, T>] extends [never]
    ? true
    : { wrongTypes: WrongTypes<F, T> }
  : { notInOfficeJs: NotInOffice<F, T> };
