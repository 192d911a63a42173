/* eslint-disable */
// The production URL swap for manifest.xml, used by webpack.config.js when it copies the
// manifest into dist/ (and by test/manifest). Development URLs are https://localhost:3000/;
// a production manifest must point every URL at the site that serves dist/.
"use strict";

const DEV_BASE = "https://localhost:3000/";

/**
 * Check a production base URL: absolute https, ends with "/", no query, fragment, credentials
 * or characters that would need escaping in an XML attribute, and not a loopback host.
 * Returns the URL; throws an Error that says what is wrong.
 */
function checkProductionBaseUrl(url) {
  if (typeof url !== "string" || url.length === 0) {
    throw new Error("manifest URL: the production base URL is empty (set LUOSHI_ADDIN_URL, e.g. https://oa.example.gov.cn/luoshi/)");
  }
  if (/[\s"'<>&]/.test(url)) {
    throw new Error(`manifest URL: "${url}" contains a space or one of " ' < > &`);
  }
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`manifest URL: "${url}" is not an absolute URL`);
  }
  if (parsed.protocol !== "https:") {
    throw new Error(`manifest URL: "${url}" must use https (Office loads add-in pages over https only)`);
  }
  if (!url.endsWith("/")) {
    throw new Error(`manifest URL: "${url}" must end with "/" (page names are appended to it)`);
  }
  if (parsed.search || parsed.hash || url.includes("?") || url.includes("#")) {
    throw new Error(`manifest URL: "${url}" must not have a query or a fragment`);
  }
  if (parsed.username || parsed.password) {
    throw new Error(`manifest URL: "${url}" must not carry a user name or password`);
  }
  const host = parsed.hostname.toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost") || host === "127.0.0.1" || host === "[::1]") {
    throw new Error(`manifest URL: "${url}" is a loopback address, not a production site`);
  }
  return url;
}

/**
 * The production manifest: every "https://localhost:3000/" replaced by `url`. Throws when the
 * URL is not acceptable or when the result still mentions localhost (a development URL that was
 * not written in the swappable form).
 */
function toProductionManifest(xml, url) {
  const base = checkProductionBaseUrl(url);
  const out = String(xml).split(DEV_BASE).join(base);
  const left = out.match(/.{0,40}localhost.{0,40}/i);
  if (left) {
    throw new Error(`manifest URL: the production manifest still mentions localhost near: ${left[0].trim()}`);
  }
  return out;
}

module.exports = { DEV_BASE, checkProductionBaseUrl, toProductionManifest };
