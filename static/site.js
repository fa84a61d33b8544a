// statusdoc: tabs for the framework snippets, copy buttons and the index filter.
// Every page works without this script: snippets are stacked, lists are complete.
(function () {
  "use strict";
  var STORE = "statusdoc-framework";

  function remember(id) {
    try { localStorage.setItem(STORE, id); } catch (e) { /* storage may be off */ }
  }
  function remembered() {
    try { return localStorage.getItem(STORE); } catch (e) { return null; }
  }

  function setupTabs(root) {
    var tabs = Array.prototype.slice.call(root.querySelectorAll('[role="tab"]'));
    if (!tabs.length) return;
    var section = root.parentNode;
    section.classList.add("js-tabs");
    root.hidden = false;
    function select(tab, focus) {
      tabs.forEach(function (t) {
        var on = t === tab;
        t.setAttribute("aria-selected", on ? "true" : "false");
        t.tabIndex = on ? 0 : -1;
        var panel = document.getElementById(t.getAttribute("aria-controls"));
        if (panel) {
          panel.hidden = !on;
          panel.setAttribute("aria-labelledby", t.id);
          panel.tabIndex = 0;
        }
      });
      if (focus) tab.focus();
    }
    tabs.forEach(function (tab, i) {
      tab.addEventListener("click", function () { select(tab, false); remember(tab.dataset.framework); });
      tab.addEventListener("keydown", function (event) {
        var next = null;
        if (event.key === "ArrowRight") next = tabs[(i + 1) % tabs.length];
        else if (event.key === "ArrowLeft") next = tabs[(i - 1 + tabs.length) % tabs.length];
        else if (event.key === "Home") next = tabs[0];
        else if (event.key === "End") next = tabs[tabs.length - 1];
        if (next) {
          event.preventDefault();
          select(next, true);
          remember(next.dataset.framework);
        }
      });
    });
    var saved = remembered();
    var initial = tabs.filter(function (t) { return t.dataset.framework === saved; })[0] || tabs[0];
    select(initial, false);
  }

  function setupCopy(button) {
    var code = button.parentNode.querySelector("code");
    if (!code || !navigator.clipboard) return;
    button.hidden = false;
    var label = button.textContent;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(code.textContent).then(function () {
        button.textContent = button.dataset.copied;
        setTimeout(function () { button.textContent = label; }, 1500);
      });
    });
  }

  function setupSearch(box) {
    var input = box.querySelector("input");
    var empty = box.querySelector(".search-empty");
    var items = Array.prototype.slice.call(document.querySelectorAll("[data-search]"));
    box.hidden = false;
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var text = item.dataset.search;
        var match = words.every(function (w) { return text.indexOf(w) !== -1; });
        item.hidden = !match;
        if (match) shown += 1;
      });
      document.querySelectorAll(".class-group").forEach(function (group) {
        group.hidden = !group.querySelector("li:not([hidden])");
      });
      empty.textContent = shown === 0 ? empty.dataset.empty : "";
    });
  }

  document.querySelectorAll("[data-tabs]").forEach(setupTabs);
  document.querySelectorAll(".copy").forEach(setupCopy);
  document.querySelectorAll("[data-search-box]").forEach(setupSearch);
})();
