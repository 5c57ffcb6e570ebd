// Pairing: the token copied from Cuttings, and an optional fixed port.
"use strict";

const optionsApi = CuttingsApi.api;
const byId = (id) => document.getElementById(id);

async function load() {
  const stored = await optionsApi.storage.local.get(["token", "port"]);
  // What was typed while the settings loaded wins over them.
  byId("token").value ||= stored.token || "";
  byId("port").value ||= stored.port || "";
  document.body.dataset.ready = "yes"; // typing before this would be overwritten
}

async function save() {
  const status = byId("status");
  const port = Number(byId("port").value) || 0;
  await optionsApi.storage.local.set({ token: byId("token").value.trim(), port });
  await optionsApi.storage.session?.remove("foundPort");
  status.classList.remove("error");
  status.textContent = "Saved. Testing\u2026";
  try {
    const hello = await CuttingsApi.hello();
    status.textContent = `Paired with Cuttings ${hello.version}.`;
  } catch (error) {
    status.classList.add("error");
    status.textContent = error.message;
  }
}

byId("save").addEventListener("click", save);
load();
