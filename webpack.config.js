/* eslint-disable */
// Builds the task pane (inside Excel: taskpane.html; browser edition: index.html, the same
// bundle without office.js), the ribbon's function file (commands.html), and copies the icons,
// the sample ledger and the manifest (its localhost URLs swapped for LUOSHI_ADDIN_URL in production).
// No page loads its bundle by a tag of its own: legacy-boot.js (ES5, src/legacy/legacyBoot.js,
// copied as it is) loads it where the web view can run it and otherwise shows the legacy message,
// whose text webpack takes from the message catalogue here (scripts/legacy-page.js).
// Chunks are found relative to the page (publicPath ""), and every chunk loader can run a chunk
// the page holds itself (scripts/inline-chunks.js): scripts/package-single.js makes dist/ into
// the single-file browser edition, the same bundle with every script inside one .html.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { toProductionManifest } = require("./scripts/manifest-url.js");
const { legacyPage } = require("./scripts/legacy-page.js");
const { InlineChunkLoading } = require("./scripts/inline-chunks.js");

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const PROD_URL = process.env.LUOSHI_ADDIN_URL || "https://luoshi.example.gov.cn/addin/";

module.exports = (_env, options) => {
  const dev = options.mode === "development";
  const legacy = legacyPage();
  /** A page whose bundle legacy-boot.js loads: its scripts and the legacy message go into the template. */
  const page = (filename, template, chunks) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      inject: false,
      templateParameters: (_compilation, assets) => ({
        scripts: assets.js.join(" "),
        legacyStyle: legacy.style,
        legacyNotice: legacy.notice,
        legacyDialogNotice: legacy.dialogNotice,
        browserNotice: legacy.browserNotice,
      }),
    });
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", chunkFilename: "[name].[contenthash:8].js", publicPath: "", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"], fallback: { fs: false, path: false, os: false, crypto: false, stream: false } },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.(png|xlsx)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new InlineChunkLoading(),
      page("taskpane.html", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("index.html", "./src/taskpane/browser.html", ["taskpane"]),
      page("commands.html", "./src/commands/commands.html", ["commands"]),
      page("legacy.html", "./src/legacy/legacy.html", []),
      new HtmlWebpackPlugin({ filename: "notice.html", template: "./src/commands/notice.html", chunks: ["notice"] }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/help/help.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]", info: { minimized: true } },
          { from: "assets/*.xlsx", to: "assets/[name][ext]", info: { minimized: true } },
          // ES5 as written and tested (test/manifest/legacy.test.ts): never minified.
          { from: "src/legacy/legacyBoot.js", to: "legacy-boot.js", info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : Buffer.from(toProductionManifest(content.toString(), PROD_URL))),
          },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      host: "localhost",
      static: false,
      hot: false,
      liveReload: false,
      client: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: process.env.LUOSHI_HTTPS_CERT
        ? { type: "https", options: { cert: process.env.LUOSHI_HTTPS_CERT, key: process.env.LUOSHI_HTTPS_KEY } }
        : "http",
    },
  };
};
