// Uptake: draws the charts and maps whose data the page carries in <script type="application/json"> blocks.
// No inline script (the content security policy forbids it); Chart.js and Leaflet come from Debian.
(function () {
  "use strict";
  function data(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  var map = data("map-data");
  if (map && window.L && document.getElementById("map")) {
    var leaflet = L.map("map", { attributionControl: !!map.tileURL });
    if (map.tileURL) { L.tileLayer(map.tileURL, { maxZoom: 18 }).addTo(leaflet); }
    var points = map.points.map(function (p) { return [p.latitude, p.longitude]; });
    L.polyline(points, { color: "#1f6feb", weight: 3, opacity: 0.7 }).addTo(leaflet);
    map.points.forEach(function (p, i) {
      var colour = p.kind === "home" ? "#1d2433" : (p.kind === "suggested" ? "#b54708" : "#1f6feb");
      L.circleMarker([p.latitude, p.longitude], { radius: 7, color: colour, fillColor: colour, fillOpacity: 0.9 })
        .bindTooltip(p.label).addTo(leaflet);
    });
    leaflet.fitBounds(L.latLngBounds(points).pad(0.15));
  }

  var bars = data("bar-data");
  if (bars && window.Chart && document.getElementById("bar-chart")) {
    new Chart(document.getElementById("bar-chart"), {
      type: "bar",
      data: { labels: bars.labels, datasets: [{ label: bars.label, data: bars.values, backgroundColor: "#1f6feb" }] },
      options: { maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } } }
    });
  }

  var lines = data("line-data");
  if (lines && window.Chart && document.getElementById("line-chart")) {
    new Chart(document.getElementById("line-chart"), {
      type: "line",
      data: {
        labels: lines.labels,
        datasets: [
          { label: "Visits", data: lines.visits, borderColor: "#1f6feb", backgroundColor: "#1f6feb", yAxisID: "y" },
          { label: "Conversions", data: lines.conversions, borderColor: "#067647", backgroundColor: "#067647", yAxisID: "y1" }
        ]
      },
      options: {
        maintainAspectRatio: false, animation: false,
        scales: { y: { beginAtZero: true, position: "left" }, y1: { beginAtZero: true, position: "right", grid: { drawOnChartArea: false } } }
      }
    });
  }
  var intervals = data("interval-data");
  if (intervals && window.Chart && document.getElementById("interval-chart")) {
    // Floating bars: each interval from its low to its high end; the estimate is in the tooltip.
    new Chart(document.getElementById("interval-chart"), {
      type: "bar",
      data: { labels: intervals.labels, datasets: [{ label: intervals.label, data: intervals.intervals, backgroundColor: "#1f6feb88", borderColor: "#1f6feb", borderWidth: 1 }] },
      options: {
        indexAxis: "y", maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: function (c) {
          var i = c.dataIndex; return "estimate " + intervals.estimates[i].toFixed(3) + " (" + intervals.intervals[i][0].toFixed(3) + " to " + intervals.intervals[i][1].toFixed(3) + ")";
        } } } }
      }
    });
  }

  var roi = data("roi-data");
  if (roi && window.Chart && document.getElementById("roi-chart")) {
    new Chart(document.getElementById("roi-chart"), {
      type: "bar",
      data: { labels: roi.labels, datasets: [{ label: "NPV", data: roi.values, backgroundColor: roi.values.map(function (v) { return v >= 0 ? "#067647" : "#b42318"; }) }] },
      options: { maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } } }
    });
  }

  var adoption = data("adoption-data");
  if (adoption && window.Chart && document.getElementById("adoption-chart")) {
    new Chart(document.getElementById("adoption-chart"), {
      type: "line",
      data: {
        labels: adoption.labels,
        datasets: [
          { label: "Accepted of shown (%)", data: adoption.rates, borderColor: "#b54708", backgroundColor: "#b54708", yAxisID: "y", spanGaps: true },
          { label: "Shown", data: adoption.shown, borderColor: "#5b6478", backgroundColor: "#5b6478", yAxisID: "y1", type: "bar" }
        ]
      },
      options: {
        maintainAspectRatio: false, animation: false,
        scales: { y: { beginAtZero: true, max: 100, position: "left" }, y1: { beginAtZero: true, position: "right", grid: { drawOnChartArea: false } } }
      }
    });
  }
})();
