/**
 * Under Stryker only (stryker.config.mjs): fast-check runs 25 cases per property instead of 100,
 * so that a folder's mutants are tried within 30 minutes. The table tests are unchanged.
 */
import fc from "fast-check";

fc.configureGlobal({ numRuns: 25 });
