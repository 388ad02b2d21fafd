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

// ---- Analyst: model diagnostics and health (/analyst, /analyst/models/{version}) ------------------------------
// Reliability diagram, cumulative gain, lift by decile, feature importance and input drift; each chart's numbers
// are also in a <details> table on the page.
(function () {
  "use strict";
  function data(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }
  function canvas(id) { return window.Chart ? document.getElementById(id) : null; }
  // Horizontal bars need room per bar: the container grows with their number.
  function fitBars(element, count) {
    element.parentNode.style.height = Math.max(200, 28 * count + 60) + "px";
  }
  var percent = function (value) { return Math.round(value * 100) + "%"; };

  function drawReliability(chart, element) {
    var points = chart.predicted.map(function (x, i) { return { x: x, y: chart.observed[i] }; });
    new Chart(element, {
      type: "scatter",
      data: {
        datasets: [
          { label: "Observed", data: points, borderColor: "#1f6feb", backgroundColor: "#1f6feb", showLine: true,
            pointRadius: 4 },
          { label: "Perfect calibration", data: [{ x: 0, y: 0 }, { x: chart.axisMaximum, y: chart.axisMaximum }],
            borderColor: "#5b6478", borderDash: [6, 4], showLine: true, pointRadius: 0, fill: false }
        ]
      },
      options: {
        maintainAspectRatio: false, animation: false,
        scales: {
          x: { min: 0, max: chart.axisMaximum, title: { display: true, text: "Mean predicted" },
               ticks: { callback: percent } },
          y: { min: 0, max: chart.axisMaximum, title: { display: true, text: "Observed rate" },
               ticks: { callback: percent } }
        },
        plugins: { tooltip: { callbacks: { label: function (c) {
          if (c.datasetIndex !== 0) { return "diagonal"; }
          return "predicted " + percent(c.parsed.x) + ", observed " + percent(c.parsed.y) +
            " (" + chart.counts[c.dataIndex] + " leads)";
        } } } }
      }
    });
  }

  function drawGain(chart, element) {
    new Chart(element, {
      type: "line",
      data: {
        labels: chart.labels,
        datasets: [
          { label: "Model", data: chart.gain, borderColor: "#1f6feb", backgroundColor: "#1f6feb" },
          { label: "Random", data: chart.random, borderColor: "#5b6478", borderDash: [6, 4], pointRadius: 0 }
        ]
      },
      options: {
        maintainAspectRatio: false, animation: false,
        scales: {
          x: { title: { display: true, text: "Best-scored leads" } },
          y: { min: 0, max: 1, title: { display: true, text: "Conversions found" }, ticks: { callback: percent } }
        }
      }
    });
  }

  function drawLift(chart, element) {
    new Chart(element, {
      type: "bar",
      data: {
        labels: chart.lift.map(function (_, i) { return String(i + 1); }),
        datasets: [{ label: "Lift", data: chart.lift,
          backgroundColor: chart.lift.map(function (v) { return v >= 1 ? "#067647" : "#b42318"; }) }]
      },
      options: {
        maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } },
        scales: { x: { title: { display: true, text: "Decile (1 = best scored)" } },
                  y: { beginAtZero: true, title: { display: true, text: "Lift" } } }
      }
    });
  }

  function drawImportance(chart, element) {
    fitBars(element, chart.labels.length);
    new Chart(element, {
      type: "bar",
      data: {
        labels: chart.labels,
        datasets: [{ label: "Mean |SHAP|", data: chart.values, backgroundColor: "#1f6feb" }]
      },
      options: {
        indexAxis: "y", maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, title: { display: true, text: "Mean |SHAP| (log-odds)" } } }
      }
    });
  }

  // A vertical line at the flag threshold, drawn over the bars (Chart.js 3 has no annotation plugin here).
  var flagLine = {
    id: "uptakeFlagLine",
    afterDatasetsDraw: function (chart, _, options) {
      var x = chart.scales.x.getPixelForValue(options.value);
      var area = chart.chartArea, context = chart.ctx;
      context.save();
      context.strokeStyle = "#b42318";
      context.setLineDash([6, 4]);
      context.beginPath();
      context.moveTo(x, area.top);
      context.lineTo(x, area.bottom);
      context.stroke();
      context.restore();
    }
  };

  function drawDrift(chart, element) {
    fitBars(element, chart.labels.length);
    var largest = Math.max.apply(null, chart.values.concat([chart.flag]));
    new Chart(element, {
      type: "bar",
      data: {
        labels: chart.labels,
        datasets: [{ label: "PSI", data: chart.values,
          backgroundColor: chart.values.map(function (v) { return v > chart.flag ? "#b54708" : "#1f6feb"; }) }]
      },
      options: {
        indexAxis: "y", maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false }, uptakeFlagLine: { value: chart.flag } },
        scales: { x: { beginAtZero: true, suggestedMax: largest * 1.1,
                       title: { display: true, text: "PSI (flag at " + chart.flag + ")" } } }
      },
      plugins: [flagLine]
    });
  }

  [["reliability-data", "reliability-chart", drawReliability], ["gain-data", "gain-chart", drawGain],
   ["gain-data", "lift-chart", drawLift], ["importance-data", "importance-chart", drawImportance],
   ["drift-data", "drift-chart", drawDrift]].forEach(function (entry) {
    var chart = data(entry[0]), element = canvas(entry[1]);
    if (chart && element) { entry[2](chart, element); }
  });
})();
// ---- end of Analyst ----------------------------------------------------------------------------------------
