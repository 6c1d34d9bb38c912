// errcodes: instant search, filters and the language switch of the index.
// The page works without it: every row is shown, every language too.
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
  if (!table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  // What each row is found by, lowercased once.
  var texts = rows.map(function (row) { return (row.getAttribute("data-search") || "").toLowerCase(); });
  var groups = rows.map(function (row) { return row.getAttribute("data-group") || ""; });
  var tags = rows.map(function (row) { return " " + (row.getAttribute("data-tags") || "") + " "; });
  var numbers = rows.map(function (row) { return row.id; });
  var query = document.getElementById("q");
  var group = document.getElementById("group");
  var tag = document.getElementById("tag");
  var count = document.getElementById("count");
  function apply() {
    var words = query.value.toLowerCase().split(/\s+/).filter(Boolean);
    var g = group ? group.value : "";
    var t = tag ? tag.value : "";
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var ok = (!g || groups[i] === g || groups[i].indexOf(g + ".") === 0) && (!t || tags[i].indexOf(" " + t + " ") >= 0);
      // A number finds the codes it begins (`101`, not `2101`); a word, the
      // rows with it anywhere in their texts.
      for (var w = 0; ok && w < words.length; w++) {
        ok = /^[0-9]+$/.test(words[w]) ? numbers[i].indexOf(words[w]) === 0 : texts[i].indexOf(words[w]) >= 0;
      }
      if (rows[i].hidden === ok) { rows[i].hidden = !ok; }
      if (ok) { shown++; }
    }
    if (count) { count.textContent = shown + " of " + rows.length + " codes"; }
  }
  [query, group, tag].forEach(function (input) { if (input) { input.addEventListener("input", apply); } });
  if (query.value || (group && group.value) || (tag && tag.value)) { apply(); }
})();
