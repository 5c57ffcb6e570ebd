// The toolbar popup: tags (completed from the library's tags), Clip, and the result.
"use strict";

const popupApi = CuttingsApi.api;
const $ = (id) => document.getElementById(id);
let knownTags = [];
let page = null;

function setStatus(text, isError = false) {
  $("status").textContent = text;
  $("status").classList.toggle("error", isError);
}

function enteredTags() {
  return $("tags").value.split(",").map((t) => t.trim()).filter(Boolean);
}

// A datalist completes the whole field: offer "what is typed so far, <tag>".
function updateCompletion() {
  const parts = $("tags").value.split(",");
  const last = parts.pop().trim().toLowerCase();
  const before = parts.map((t) => t.trim()).filter(Boolean);
  const taken = new Set(before.map((t) => t.toLowerCase()));
  const prefix = before.length ? before.join(", ") + ", " : "";
  const list = $("tag-list");
  list.replaceChildren();
  knownTags
    .filter((tag) => !taken.has(tag.toLowerCase()) && tag.toLowerCase().startsWith(last))
    .slice(0, 20)
    .forEach((tag) => {
      const option = document.createElement("option");
      option.value = prefix + tag;
      list.appendChild(option);
    });
}

// The tab to clip: the active one; when this popup is opened as a page of its own
// (a pinned tab, or tests), the web tab used last.
async function targetTab() {
  const self = await popupApi.tabs.getCurrent();
  if (!self) {
    const [active] = await popupApi.tabs.query({ active: true, currentWindow: true });
    return active;
  }
  const tabs = await popupApi.tabs.query({});
  return tabs
    .filter((tab) => tab.id !== self.id && CuttingsApi.isWebPage(tab.url))
    .sort((a, b) => (b.lastAccessed || 0) - (a.lastAccessed || 0))[0];
}

function showResult(clip) {
  const states = { added: "Clipped:", refreshed: "Updated:", exists: "Already in Cuttings:" };
  $("result-state").textContent = states[clip.status] || "Clipped:";
  $("result-title").textContent = clip.title;
  $("result-words").textContent = `${clip.word_count.toLocaleString()} words`;
  $("original").href = clip.url;
  $("open").onclick = async () => {
    try {
      await CuttingsApi.open(clip.id);
      window.close();
    } catch (error) {
      setStatus(error.message, true);
    }
  };
  $("result").hidden = false;
  $("result").dataset.clipId = String(clip.id);
}

async function clip() {
  $("clip").disabled = true;
  $("result").hidden = true;
  setStatus("Clipping\u2026");
  try {
    const result = await CuttingsApi.clipPage(page, enteredTags(), $("only-selection").checked);
    setStatus("");
    showResult(result);
  } catch (error) {
    setStatus(error.message || String(error), true);
    $("clip").disabled = false;
  }
}

async function start() {
  $("tags").addEventListener("input", updateCompletion);
  $("clip").addEventListener("click", clip);
  $("tags").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !$("clip").disabled) clip();
  });
  const tab = await targetTab();
  if (!tab || !CuttingsApi.isWebPage(tab.url)) {
    setStatus("Open a web page to clip it.", true);
    return;
  }
  $("page").textContent = tab.title || tab.url;
  try {
    page = await CuttingsApi.readTab(tab.id);
  } catch (error) {
    setStatus(error.message || "This page cannot be read.", true);
    return;
  }
  $("selection-row").hidden = !page.selection_html;
  $("only-selection").checked = Boolean(page.selection_html);
  $("clip").disabled = false;
  try {
    knownTags = await CuttingsApi.tags();
    updateCompletion();
  } catch (error) {
    setStatus(error.message, true);
  }
  $("tags").focus();
}

start();
