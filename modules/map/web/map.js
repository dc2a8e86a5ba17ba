// The desk's map page: Leaflet (Debian's libjs-leaflet) driven by the desk over QWebChannel.
// The desk sends a scene (points already in the basemap's datum, translated labels); the page
// draws it and reports back what it drew. Nothing from the scene is ever put into HTML as markup.
"use strict";

let map = null;
let bridge = null;
let content = null;
let grid = null;
let tileLayer = null;
let tileUrl = "";
let mode = "grid";
let tilesLoaded = 0;
let tilesFailed = 0;
let labels = {};
let reportTimer = 0;
let lastBounds = null; // what the last scene was fitted to; fitted again when the view is resized
let markersDrawn = 0;

function tip(title, detail) {
  const box = document.createElement("div");
  box.className = "sl-tip";
  const b = document.createElement("b");
  b.textContent = title || "";
  box.appendChild(b);
  if (detail) {
    box.appendChild(document.createElement("br"));
    const d = document.createElement("span");
    d.className = "detail";
    d.textContent = detail;
    box.appendChild(d);
  }
  return box;
}

function notice(text) {
  const n = document.getElementById("notice");
  n.textContent = text || "";
  n.hidden = !text;
}

// Grid lines at a round step that gives a handful across the view (the "plain grid" used when
// there is no basemap or it does not answer).
function drawGrid() {
  grid.clearLayers();
  if (mode === "tiles")
    return;
  const b = map.getBounds();
  const span = Math.max(b.getEast() - b.getWest(), b.getNorth() - b.getSouth());
  const steps = [10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001, 0.0005, 0.0002, 0.0001];
  let step = steps[steps.length - 1];
  for (const s of steps) {
    if (span / s >= 4) { step = s; break; }
  }
  const style = { color: "#c9cbc0", weight: 1, interactive: false };
  for (let x = Math.floor(b.getWest() / step) * step; x <= b.getEast(); x += step)
    L.polyline([[b.getSouth(), x], [b.getNorth(), x]], style).addTo(grid);
  for (let y = Math.floor(b.getSouth() / step) * step; y <= b.getNorth(); y += step)
    L.polyline([[y, b.getWest()], [y, b.getEast()]], style).addTo(grid);
  const metres = Math.round(step * 111320);
  const text = metres >= 1000 ? (metres / 1000).toFixed(1) + " km" : metres + " m";
  if (labels.scale)
    notice((mode === "tilesFailed" ? labels.tilesFailed : labels.noTiles) + " " + labels.scale.replace("%1", text));
}

function reportTiles() {
  if (reportTimer)
    return;
  reportTimer = setTimeout(() => {
    reportTimer = 0;
    if (bridge)
      bridge.tilesStatus(tilesLoaded, tilesFailed, mode);
  }, 200);
}

function setTiles(tiles) {
  const url = tiles ? tiles.url : "";
  if (url === tileUrl && (tileLayer || !tiles))
    return;
  if (tileLayer) {
    map.removeLayer(tileLayer);
    tileLayer = null;
  }
  tileUrl = url;
  tilesLoaded = 0;
  tilesFailed = 0;
  if (!tiles) {
    mode = "grid";
    document.getElementById("map").classList.add("grid");
    return;
  }
  mode = "tiles";
  document.getElementById("map").classList.remove("grid");
  notice("");
  const attribution = document.createElement("span");
  attribution.textContent = tiles.attribution || "";
  tileLayer = L.tileLayer(tiles.url, { maxZoom: tiles.maxZoom || 18, attribution: attribution.innerHTML });
  tileLayer.on("tileload", () => {
    tilesLoaded++;
    if (mode !== "tiles") {
      mode = "tiles";
      document.getElementById("map").classList.remove("grid");
      notice("");
      grid.clearLayers();
    }
    reportTiles();
  });
  tileLayer.on("tileerror", () => {
    tilesFailed++;
    if (tilesLoaded === 0 && tilesFailed >= 2 && mode === "tiles") {
      mode = "tilesFailed";
      document.getElementById("map").classList.add("grid");
      drawGrid();
    }
    reportTiles();
  });
  tileLayer.addTo(map);
}

function showLegend(entries) {
  const box = document.getElementById("legend");
  box.textContent = "";
  for (const e of entries || []) {
    const row = document.createElement("div");
    const dot = document.createElement("span");
    dot.className = "dot";
    dot.style.background = e.color;
    row.appendChild(dot);
    row.appendChild(document.createTextNode(e.text));
    box.appendChild(row);
  }
  box.hidden = !(entries && entries.length);
}

function render(scene) {
  labels = scene.labels || {};
  showLegend(scene.legend);
  setTiles(scene.tiles || null);
  content.clearLayers();
  const bounds = L.latLngBounds([]);
  let markers = 0;
  if (scene.home) {
    const at = [scene.home.lat, scene.home.lon];
    L.circleMarker(at, { radius: 9, color: "#ffffff", weight: 3, fillColor: "#263238", fillOpacity: 1 })
      .bindTooltip(tip(scene.home.title, ""), { permanent: true, direction: "top", offset: [0, -8] })
      .bindPopup(tip(scene.home.title, scene.home.detail))
      .addTo(content);
    bounds.extend(at);
    markers++;
  }
  for (const f of scene.fixes || []) {
    const at = [f.lat, f.lon];
    const colour = f.stale ? "#8d8d8d" : "#d32f2f";
    if (f.accuracy > 0) {
      const c = L.circle(at, { radius: f.accuracy, color: colour, weight: 1, fillColor: colour, fillOpacity: 0.12, interactive: false });
      c.addTo(content);
      bounds.extend(L.latLng(at).toBounds(f.accuracy * 2));
    }
    L.circleMarker(at, { radius: 7, color: "#ffffff", weight: 2, fillColor: colour, fillOpacity: 1 })
      .bindTooltip(tip(f.title, f.detail), { permanent: !f.stale, direction: "left", offset: [-10, 0] })
      .addTo(content);
    bounds.extend(at);
    markers++;
  }
  if (scene.caseLocation) {
    const at = [scene.caseLocation.lat, scene.caseLocation.lon];
    L.circleMarker(at, { radius: 5, color: "#ff6f00", weight: 2, fillOpacity: 0 })
      .bindTooltip(tip(scene.caseLocation.title, ""), { direction: "top" })
      .addTo(content);
    bounds.extend(at);
    markers++;
  }
  for (const r of scene.resources || []) {
    const at = [r.lat, r.lon];
    const m = L.circleMarker(at, { radius: 6, color: r.color, weight: 2, fillColor: r.color, fillOpacity: 0.55 })
      .bindTooltip(tip(r.title, r.detail), { direction: "top" })
      .addTo(content);
    m.on("click", () => bridge && bridge.resourceActivated(r.id));
    bounds.extend(at);
    markers++;
  }
  lastBounds = bounds.isValid() ? bounds : null;
  markersDrawn = markers;
  fit();
}

// Fits the view to the scene and tells the desk what it drew.
function fit() {
  map.invalidateSize();
  if (lastBounds) {
    if (lastBounds.getNorthEast().equals(lastBounds.getSouthWest()))
      map.setView(lastBounds.getCenter(), 16);
    else
      map.fitBounds(lastBounds, { maxZoom: 17, padding: [36, 36] });
  } else {
    map.setView([35, 105], 4);
  }
  if (mode !== "tiles")
    drawGrid();
  if (!markersDrawn)
    notice(labels.nothing || "");
  const c = map.getCenter();
  if (bridge)
    bridge.rendered(JSON.stringify({ markers: markersDrawn, mode: mode, zoom: map.getZoom(), lat: c.lat, lon: c.lng }));
}

function start() {
  map = L.map("map", { preferCanvas: false, zoomControl: true, attributionControl: true });
  map.attributionControl.setPrefix("Leaflet");
  content = L.layerGroup().addTo(map);
  grid = L.layerGroup().addTo(map);
  L.control.scale({ imperial: false }).addTo(map);
  map.setView([35, 105], 4);
  map.on("moveend", drawGrid);
  let resizeTimer = 0;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(fit, 100);
  });
  new QWebChannel(qt.webChannelTransport, (channel) => {
    bridge = channel.objects.bridge;
    bridge.sceneChanged.connect((json) => render(JSON.parse(json)));
    bridge.pageReady();
  });
}

window.addEventListener("load", start);
