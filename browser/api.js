// Talking to the Cuttings app on this computer (shared by the popup, the options
// page and the background script).  The app listens on 127.0.0.1 only, on port
// 47823 or, when that one is taken, one of the next four; every request carries
// the pairing token copied from the app (Tools > Browser Extension...).
"use strict";

const CuttingsApi = (() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const PORTS = [47823, 47824, 47825, 47826, 47827];
  // A port with nothing behind it refuses at once; this only bounds a busy Cuttings.
  const PROBE_TIMEOUT_MS = 5000;
  const CLIP_TIMEOUT_MS = 120000;

  class ApiError extends Error {}

  async function settings() {
    const stored = await api.storage.local.get(["token", "port"]);
    return { token: (stored.token || "").trim(), port: Number(stored.port) || 0 };
  }

  async function call(port, token, method, path, body, timeoutMs) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        headers: Object.assign(
          { Authorization: `Bearer ${token}` },
          body === undefined ? {} : { "Content-Type": "application/json" },
        ),
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
        credentials: "omit",
        cache: "no-store",
      });
      let data = {};
      try {
        data = await response.json();
      } catch (_) {
        data = {};
      }
      return { status: response.status, data };
    } finally {
      clearTimeout(timer);
    }
  }

  // The port Cuttings answers on with this token: the one set in the options, else
  // the last one that worked, else the first of the usual ports that answers.
  async function findPort(token, fixed) {
    const remembered = (await api.storage.session?.get("foundPort"))?.foundPort;
    const candidates = fixed ? [fixed] : [...new Set([remembered, ...PORTS].filter(Boolean))];
    let refused = null;
    for (const port of candidates) {
      try {
        const reply = await call(port, token, "GET", "/v1/hello", undefined, PROBE_TIMEOUT_MS);
        if (reply.status === 200 && reply.data.app === "cuttings") {
          await api.storage.session?.set({ foundPort: port });
          return port;
        }
        if (reply.status === 401) refused = reply.data.error;
      } catch (_) {
        // Nothing listening there (or too slow): try the next port.
      }
    }
    if (refused) {
      throw new ApiError("Cuttings refused the pairing token: copy it again from Cuttings " +
        "(Tools > Browser Extension...) into this extension's options.");
    }
    throw new ApiError("Cuttings is not running: open the Cuttings window " +
      "(or run \u201ccuttings serve\u201d) and try again.");
  }

  async function request(method, path, body) {
    const { token, port } = await settings();
    if (!token) {
      throw new ApiError("Not paired yet: paste the pairing token from Cuttings " +
        "(Tools > Browser Extension...) in this extension's options.");
    }
    const found = await findPort(token, port);
    const timeout = method === "GET" ? PROBE_TIMEOUT_MS : CLIP_TIMEOUT_MS;
    let reply;
    try {
      reply = await call(found, token, method, path, body, timeout);
    } catch (error) {
      throw new ApiError(error.name === "AbortError"
        ? "Cuttings took too long to answer." : "Cuttings stopped answering.");
    }
    if (reply.status !== 200) {
      throw new ApiError(reply.data.error
        ? `Cuttings could not do it: ${reply.data.error}`
        : `Cuttings answered with an error (HTTP ${reply.status}).`);
    }
    return reply.data;
  }

  // Runs inside the page: its DOM as the scripts left it, and the selection if any.
  function capturePage() {
    const selection = window.getSelection();
    let selectionHtml = "";
    if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
      const holder = document.createElement("div");
      for (let i = 0; i < selection.rangeCount; i += 1) {
        holder.appendChild(selection.getRangeAt(i).cloneContents());
      }
      selectionHtml = holder.innerHTML;
    }
    const doctype = document.doctype ? "<!DOCTYPE html>\n" : "";
    return {
      url: location.href,
      html: doctype + document.documentElement.outerHTML,
      selection_html: selectionHtml,
    };
  }

  async function readTab(tabId) {
    const [result] = await api.scripting.executeScript({ target: { tabId }, func: capturePage });
    if (!result || !result.result) {
      throw new ApiError("This page cannot be read by extensions (a browser page or the store).");
    }
    return result.result;
  }

  function isWebPage(url) {
    return /^https?:\/\//i.test(url || "");
  }

  return {
    api,
    ApiError,
    isWebPage,
    readTab,
    tags: async () => (await request("GET", "/v1/tags")).tags,
    clipPage: async (page, tags, onlySelection) => (await request("POST", "/v1/clip/page", {
      url: page.url,
      html: page.html,
      ...(onlySelection && page.selection_html ? { selection_html: page.selection_html } : {}),
      tags,
    })).clip,
    clipLink: async (url, tags) => (await request("POST", "/v1/clip/link", { url, tags })).clip,
    open: async (id) => request("POST", "/v1/open", { id }),
    hello: async () => request("GET", "/v1/hello"),
  };
})();
