/*
 * A webpack plugin for the single-file browser edition (scripts/package-single.js): it adds to
 * the runtime of every bundle that loads chunks a hook around webpack's script loader
 * (`__webpack_require__.l`). Where the page holds a chunk itself — its code as a JSON string in a
 * `<script type="application/json" data-chunk="exceljs.f076f4b4.js">`, which the browser does
 * not run — the hook runs that code as an inline script (the page's Content-Security-Policy
 * allows it by its hash) instead of asking for the file. Everywhere else (the served pages, the
 * add-in) no page holds a chunk and the hook hands over to webpack's loader: chunks are fetched
 * as before.
 */
const NAME = "InlineChunkLoading";

/** The code the runtime runs (ES5: it is in every bundle, before anything else). */
const HOOK = [
  "var loadScript = __webpack_require__.l;",
  "__webpack_require__.l = function (url, done, key, chunkId) {",
  "  var held = typeof document !== 'undefined' && /^[\\w.-]+$/.test(url) && document.querySelector('script[type=\"application/json\"][data-chunk=\"' + url + '\"]');",
  "  if (!held) return loadScript(url, done, key, chunkId);",
  "  var script = document.createElement('script');",
  // Which chunk ran from the page's copy (what the tests and a curious IT person look at).
  "  script.setAttribute('data-chunk-ran', url);",
  "  var event = { type: 'load', target: script };",
  "  try {",
  "    script.text = JSON.parse(held.text);",
  "  } catch (e) {",
  "    event = { type: 'error', target: script };",
  "  }",
  // Runs as it is added; a script the policy refuses does not run, and the chunk is then
  // reported missing (a ChunkLoadError), as when a file is not there.
  "  document.head.appendChild(script);",
  "  setTimeout(function () { done(event); }, 0);",
  "};",
].join("\n");

class InlineChunkLoading {
  apply(compiler) {
    const { RuntimeGlobals, RuntimeModule } = compiler.webpack;
    class InlineChunkRuntimeModule extends RuntimeModule {
      constructor() {
        // After webpack's own loader is defined.
        super("inline chunk loading", RuntimeModule.STAGE_TRIGGER);
      }
      generate() {
        return HOOK.replace(/__webpack_require__\.l/g, RuntimeGlobals.loadScript);
      }
    }
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.runtimeRequirementInTree.for(RuntimeGlobals.loadScript).tap(NAME, (chunk) => {
        compilation.addRuntimeModule(chunk, new InlineChunkRuntimeModule());
      });
    });
  }
}

module.exports = { InlineChunkLoading };
