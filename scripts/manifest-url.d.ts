/** Types for scripts/manifest-url.js (CommonJS, used by webpack.config.js and test/manifest). */

/** The development base URL written in manifest.xml: "https://localhost:3000/". */
export const DEV_BASE: string;

/** Returns `url` when it is an acceptable production base URL (https, ends with "/"); throws otherwise. */
export function checkProductionBaseUrl(url: string): string;

/** `xml` with every development base URL replaced by `url`; throws if localhost would remain. */
export function toProductionManifest(xml: string, url: string): string;
