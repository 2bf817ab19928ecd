"use strict";
(function () {
  var $ = function (sel, root) { return (root || document).querySelector(sel); };
  var $$ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };

  var findings = $$(".finding");
  var kind = $("#f-kind"), sev = $("#f-sev"), src = $("#f-src"), query = $("#f-q"), count = $("#f-count");
  function filter() {
    var k = kind.value, s = sev.value, so = src.value, q = query.value.trim().toLowerCase();
    var shown = 0;
    findings.forEach(function (f) {
      var ok = (!k || f.dataset.kind === k) &&
        (!s || f.dataset.severity === s) &&
        (!so || f.dataset.sources.split(" ").indexOf(so) >= 0) &&
        (!q || f.textContent.toLowerCase().indexOf(q) >= 0);
      f.hidden = !ok;
      if (ok) { shown += 1; }
    });
    $$(".kind").forEach(function (group) {
      var n = $$(".finding", group).filter(function (f) { return !f.hidden; }).length;
      group.hidden = n === 0;
      $(".n", group).textContent = "(" + n + ")";
    });
    count.textContent = "Showing " + shown + " of " + findings.length + " findings";
  }
  // Filters can be preset from the address: report.html?kind=number&severity=high&source=0&q=army
  var params = new URLSearchParams(location.search);
  [["kind", kind], ["severity", sev], ["source", src], ["q", query]].forEach(function (p) {
    var value = params.get(p[0]);
    if (value !== null) { p[1].value = value; }
  });
  [kind, sev, src].forEach(function (el) { el.addEventListener("change", filter); });
  query.addEventListener("input", filter);
  $("#filters").addEventListener("submit", function (e) { e.preventDefault(); });
  filter();

  var pick = $("#pair"), pairs = $$(".pair");
  function showPair(id) {
    pairs.forEach(function (p) { p.hidden = p.dataset.pair !== id; });
    if (pick) { pick.value = id; }
  }
  function follow() {
    var m = /^#p(\d+-\d+)(-[ab]\d+)?$/.exec(location.hash);
    if (!m) { return; }
    showPair(m[1]);
    var target = document.getElementById(location.hash.slice(1));
    if (target) { target.scrollIntoView({ block: "center" }); }
  }
  if (pick) {
    pick.addEventListener("change", function () { showPair(pick.value); });
    showPair(pick.value);
  }
  // A printout shows every evidence sentence, folded or not.
  window.addEventListener("beforeprint", function () {
    $$("details").forEach(function (d) { d.open = true; });
  });
  window.addEventListener("hashchange", follow);
  follow();
  document.documentElement.setAttribute("data-ready", "");
})();
