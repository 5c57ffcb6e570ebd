// The context menu: Clip this page / this link / the selection.  The result shows
// on the toolbar button (a badge, and its tooltip says what happened).
"use strict";

if (typeof CuttingsApi === "undefined") {
  importScripts("api.js"); // Chromium's service worker; Firefox lists api.js in the manifest
}

const menuApi = CuttingsApi.api;

menuApi.runtime.onInstalled.addListener(() => {
  menuApi.contextMenus.removeAll(() => {
    menuApi.contextMenus.create({ id: "clip-page", title: "Clip this page to Cuttings", contexts: ["page"] });
    menuApi.contextMenus.create({ id: "clip-link", title: "Clip this link to Cuttings", contexts: ["link"] });
    menuApi.contextMenus.create({
      id: "clip-selection", title: "Clip selection to Cuttings", contexts: ["selection"],
    });
  });
});

async function show(tabId, ok, message) {
  await menuApi.action.setBadgeBackgroundColor({ color: ok ? "#2e7d32" : "#c62828", tabId });
  await menuApi.action.setBadgeText({ text: ok ? "\u2713" : "!", tabId });
  await menuApi.action.setTitle({ title: message, tabId });
}

menuApi.contextMenus.onClicked.addListener(async (info, tab) => {
  const tabId = tab && tab.id;
  try {
    let clip;
    if (info.menuItemId === "clip-link") {
      if (!CuttingsApi.isWebPage(info.linkUrl)) {
        throw new CuttingsApi.ApiError("Only web links (http or https) can be clipped.");
      }
      clip = await CuttingsApi.clipLink(info.linkUrl, []);
    } else {
      const page = await CuttingsApi.readTab(tabId);
      clip = await CuttingsApi.clipPage(page, [], info.menuItemId === "clip-selection");
    }
    const done = clip.status === "exists" ? "Already in Cuttings" : "Clipped to Cuttings";
    await show(tabId, true, `${done}: ${clip.title}`);
  } catch (error) {
    await show(tabId, false, error.message || String(error));
  }
});
