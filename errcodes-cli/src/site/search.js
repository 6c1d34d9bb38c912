// errcodes: instant search, filters, keyboard navigation and the language
// switch of the site. Every page works without it: every row is shown,
// every language too.
(function () {
  "use strict";
  var root = document.documentElement;
  var languages = (root.getAttribute("data-languages") || "").split(" ").filter(Boolean);
  var langSelect = document.getElementById("lang");
  function setLanguage(lang) {
    if (languages.indexOf(lang) < 0) { return; }
    root.setAttribute("data-lang", lang);
    if (langSelect) { langSelect.value = lang; }
    try { localStorage.setItem("errcodes-lang", lang); } catch (e) { /* private mode */ }
  }
  var stored = null;
  try { stored = localStorage.getItem("errcodes-lang"); } catch (e) { stored = null; }
  if (languages.length) { setLanguage(stored && languages.indexOf(stored) >= 0 ? stored : languages[0]); }
  if (langSelect) { langSelect.addEventListener("change", function () { setLanguage(langSelect.value); }); }

  var table = document.getElementById("codes");
  var query = document.getElementById("q");
  if (!table || !query) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  // What each row is found by, lowercased once.
  var texts = rows.map(function (row) { return (row.getAttribute("data-search") || "").toLowerCase(); });
  var groups = rows.map(function (row) { return row.getAttribute("data-group") || ""; });
  var tags = rows.map(function (row) { return " " + (row.getAttribute("data-tags") || "") + " "; });
  var numbers = rows.map(function (row) { return row.id; });
  var group = document.getElementById("group");
  var tag = document.getElementById("tag");
  var count = document.getElementById("count");
  var more = document.getElementById("more");
  // The table holds the rows shown and no others: a page of matches at a
  // time, so a search of a large catalog lays out a page of rows, not all.
  var PAGE = 150;
  function every() { return rows.map(function (row, i) { return i; }); }
  var matches = every();
  function render(upTo) {
    var fragment = document.createDocumentFragment();
    var shown = Math.min(matches.length, upTo);
    for (var i = 0; i < shown; i++) { fragment.appendChild(rows[matches[i]]); }
    body.textContent = "";
    body.appendChild(fragment);
    if (count) {
      count.textContent = matches.length + " of " + rows.length + " codes" +
        (shown < matches.length ? ", the first " + shown + " shown" : "");
    }
    if (more) {
      more.hidden = shown === matches.length;
      more.textContent = "Show all " + matches.length;
    }
  }
  function apply() {
    var words = query.value.toLowerCase().split(/\s+/).filter(Boolean);
    var g = group ? group.value : "";
    var t = tag ? tag.value : "";
    matches = [];
    for (var i = 0; i < rows.length; i++) {
      var ok = (!g || groups[i] === g || groups[i].indexOf(g + ".") === 0) && (!t || tags[i].indexOf(" " + t + " ") >= 0);
      // A number finds the codes it begins (`101`, not `2101`); a word, the
      // rows with it anywhere in their texts.
      for (var w = 0; ok && w < words.length; w++) {
        ok = /^[0-9]+$/.test(words[w]) ? numbers[i].indexOf(words[w]) === 0 : texts[i].indexOf(words[w]) >= 0;
      }
      if (ok) { matches.push(i); }
    }
    render(PAGE);
  }
  [query, group, tag].forEach(function (input) { if (input) { input.addEventListener("input", apply); } });
  if (more) { more.addEventListener("click", function () { render(matches.length); }); }
  if (query.value || (group && group.value) || (tag && tag.value)) { apply(); }
  // An anchor to a row the search left out brings every row back.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id && !document.getElementById(id) && numbers.indexOf(id) >= 0) {
      query.value = "";
      if (group) { group.value = ""; }
      if (tag) { tag.value = ""; }
      matches = every();
      render(rows.length);
      document.getElementById(id).scrollIntoView();
    }
  }
  window.addEventListener("hashchange", reveal);

  // Keys: `/` finds, Escape clears, the arrows walk the rows shown and
  // Enter in the search opens the first of them.
  function link(row) { return row && row.cells[0].querySelector("a"); }
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var target = event.target;
    var inField = target === query || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);
    if (event.key === "/" && !inField) {
      event.preventDefault();
      query.focus();
      query.select();
    } else if (target === query && event.key === "Escape") {
      if (query.value) { query.value = ""; apply(); }
    } else if (target === query && (event.key === "ArrowDown" || event.key === "Enter") && body.rows.length) {
      event.preventDefault();
      if (event.key === "Enter") { link(body.rows[0]).click(); } else { link(body.rows[0]).focus(); }
    } else if (target.parentNode && target.parentNode.parentNode && target.parentNode.parentNode.parentNode === body) {
      var row = target.parentNode.parentNode;
      var next = event.key === "ArrowDown" ? row.nextElementSibling : event.key === "ArrowUp" ? row.previousElementSibling : undefined;
      if (next === undefined && event.key !== "Escape") { return; }
      event.preventDefault();
      if (next) { link(next).focus(); } else if (event.key !== "ArrowDown") { query.focus(); }
    }
  });
})();
