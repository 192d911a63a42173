/*
 * The first script of the add-in's pages (taskpane.html, index.html, commands.html, legacy.html),
 * in ES5 only: it must run where the bundle cannot — Internet Explorer 11, the web view of
 * volume-licensed Excel 2016 and 2019 (docs/decisions.md "Editions and hosts"). It checks for
 * what the bundle needs and IE11 (and Edge Legacy) lack; where something is missing it does not
 * load the bundle and, instead:
 * - the pane (data-role="pane") shows the hidden #luoshi-legacy message (its text comes from the
 *   catalogue at build time: src/legacy/legacyPage.ts) with the browser edition's address (the
 *   single file's message has no address: it names the browsers to open the file in);
 * - the ribbon's function file (data-role="commands") registers every button of
 *   data-functions with a handler that opens data-dialog (legacy.html, the same message) in a
 *   dialog and completes when the clerk closes it, so no button does nothing;
 * - the dialog (data-role="dialog") shows the message and wires its button.
 * Where nothing is missing it adds the bundle's scripts (data-scripts), in order (files, or
 * scripts the page holds: the single-file edition).
 *
 * test/manifest/legacy.test.ts parses this file with acorn at ecmaVersion 5 and runs it with
 * the modern globals removed; test/e2e/excelMode.e2e.ts runs the built pages in Chromium.
 * Copied to dist/ as it is (legacy-boot.js), never minified or transpiled.
 */
(function (window, document) {
  "use strict";

  var boot = document.getElementById("luoshi-boot");
  if (!boot) return;
  var role = boot.getAttribute("data-role") || "pane";

  /** What the bundle uses that IE11 lacks (Object.hasOwn and Array.prototype.at: ES2022, as the bundle's syntax). */
  function missingFeatures() {
    var checks = [
      ["Promise", function () { return typeof window.Promise === "function"; }],
      ["fetch", function () { return typeof window.fetch === "function"; }],
      ["Symbol", function () { return typeof window.Symbol === "function"; }],
      ["CSS.supports", function () { return typeof window.CSS !== "undefined" && window.CSS !== null && typeof window.CSS.supports === "function"; }],
      ["Object.hasOwn", function () { return typeof Object.hasOwn === "function"; }],
      ["Array.prototype.at", function () { return typeof Array.prototype.at === "function"; }]
    ];
    var missing = [];
    for (var i = 0; i < checks.length; i++) {
      var ok = false;
      try {
        ok = checks[i][1]();
      } catch (e) {
        ok = false;
      }
      if (!ok) missing.push(checks[i][0]);
    }
    return missing;
  }

  function words(list) {
    var out = [];
    var parts = String(list || "").split(" ");
    for (var i = 0; i < parts.length; i++) if (parts[i]) out.push(parts[i]);
    return out;
  }

  function setText(el, text) {
    if ("textContent" in el) el.textContent = text;
    else el.innerText = text;
  }

  /** The browser edition: index.html beside this page. */
  function browserUrl() {
    var href = String(window.location.href).split("#")[0].split("?")[0];
    return href.replace(/[^\/]*$/, "") + "index.html";
  }

  function fillSlots(box, missing) {
    var all = box.getElementsByTagName("*");
    for (var i = 0; i < all.length; i++) {
      var el = all[i];
      var name = el.getAttribute("data-slot");
      if (name === "url") {
        el.setAttribute("href", browserUrl());
        setText(el, browserUrl());
      } else if (name === "missing") {
        setText(el, missing.join("、"));
      }
      if (el.getAttribute("data-slot-parent") === "missing" && !missing.length) el.setAttribute("hidden", "");
    }
  }

  /** Show the message in place of the pane (which never loads). */
  function showMessage(missing) {
    var box = document.getElementById("luoshi-legacy");
    if (!box) return;
    fillSlots(box, missing);
    var container = document.getElementById("container");
    if (container && container.parentNode) container.parentNode.removeChild(container);
    box.removeAttribute("hidden");
  }

  /** Office wants to hear that the page is ready (Office.onReady, or Office.initialize on an old office.js). */
  function initOffice() {
    var office = window.Office;
    if (!office) return;
    try {
      if (typeof office.onReady === "function") office.onReady(function () {});
      else office.initialize = function () {};
    } catch (e) {
      // Nothing more to do: the message is on the page.
    }
  }

  /**
   * Add the bundle's scripts, in order. A name "#id" is a script the page holds itself (the
   * single-file edition, scripts/package-single.js): its code, a JSON string in the non-running
   * element of that id, runs as an inline script (allowed by the page's policy by its hash) as it
   * is added. A page holds all its scripts or none, so the order stays.
   */
  function loadScripts(list) {
    var names = words(list);
    var head = document.head || document.getElementsByTagName("head")[0];
    for (var i = 0; i < names.length; i++) {
      var script = document.createElement("script");
      if (names[i].charAt(0) === "#") {
        var held = document.getElementById(names[i].substring(1));
        if (!held) continue;
        script.text = JSON.parse(held.text);
      } else {
        script.src = names[i];
        script.async = false;
      }
      head.appendChild(script);
    }
  }

  /** A ribbon button on a host that cannot run it: the message in a dialog, then completed. */
  function legacyCommand(dialogUrl) {
    return function (event) {
      var office = window.Office;
      var finished = false;
      var dialog = null;
      var timer = null;
      function finish() {
        if (finished) return;
        finished = true;
        if (timer !== null) clearTimeout(timer);
        if (dialog) {
          try {
            dialog.close();
          } catch (e) {
            // Already closed.
          }
        }
        try {
          if (event && typeof event.completed === "function") event.completed();
        } catch (e2) {
          // The command is over either way.
        }
      }
      // Office ends a function command after 5 minutes: close before that.
      timer = setTimeout(finish, 270000);
      try {
        office.context.ui.displayDialogAsync(dialogUrl, { height: 45, width: 40, displayInIframe: true }, function (result) {
          if (!result || result.status !== office.AsyncResultStatus.Succeeded) {
            finish();
            return;
          }
          dialog = result.value;
          if (finished) {
            try {
              dialog.close();
            } catch (e) {
              // Already closed.
            }
            return;
          }
          dialog.addEventHandler(office.EventType.DialogMessageReceived, finish);
          dialog.addEventHandler(office.EventType.DialogEventReceived, function () {
            dialog = null;
            finish();
          });
        });
      } catch (e) {
        finish();
      }
    };
  }

  function registerLegacyCommands() {
    var names = words(boot.getAttribute("data-functions"));
    var dialogUrl = String(window.location.href).split("#")[0].split("?")[0].replace(/[^\/]*$/, "") + (boot.getAttribute("data-dialog") || "legacy.html");
    var handler = legacyCommand(dialogUrl);
    var office = window.Office;
    for (var i = 0; i < names.length; i++) {
      // Old hosts look the FunctionName up as a global function; newer ones use Office.actions.
      window[names[i]] = handler;
      try {
        if (office && office.actions && typeof office.actions.associate === "function") office.actions.associate(names[i], handler);
      } catch (e) {
        // The global function is there.
      }
    }
  }

  function wireDialogButton() {
    var ok = document.getElementById("luoshi-legacy-ok");
    if (!ok) return;
    ok.onclick = function () {
      try {
        window.Office.context.ui.messageParent("close");
      } catch (e) {
        try {
          window.close();
        } catch (e2) {
          // Nothing else can close it.
        }
      }
    };
  }

  var missing = missingFeatures();
  if (role === "dialog") {
    showMessage(missing);
    wireDialogButton();
    initOffice();
    return;
  }
  if (!missing.length) {
    loadScripts(boot.getAttribute("data-scripts"));
    return;
  }
  if (role === "commands") registerLegacyCommands();
  else showMessage(missing);
  initOffice();
})(window, document);
