/* Small page behaviours, bound here instead of in on*= attributes, which the
   Content-Security-Policy (script-src 'self') blocks. Listeners sit on the document, so
   elements that htmx swaps in later behave the same.
   - data-autosubmit on a select: choosing a value submits its form (year, language, status).
   - data-print on a button: prints the page.
   - data-unit-picker on a <details> of checkboxes (the assignment table's supporting units):
     the chips in its summary follow the boxes as they are ticked, and Escape closes it with
     the focus back on its summary. Without this script the list still works; the chips then
     show what was saved.
   - .nav-toggle in the header: on a phone, folds the header's links into a menu it opens and
     closes (without JS the button stays hidden and the links simply show).
   - Every table of the page's main content sits in a box of its own that scrolls sideways on
     a narrow screen, focusable and labelled, so that a keyboard can scroll it too (without JS
     the table itself scrolls, see app.css). */
(function () {
  "use strict";

  document.addEventListener("change", function (event) {
    var field = event.target;
    if (field instanceof Element && field.matches("[data-autosubmit]") && field.form) {
      field.form.submit();
    }
  });

  document.addEventListener("change", function (event) {
    var box = event.target;
    var picker = box instanceof Element ? box.closest("[data-unit-picker]") : null;
    if (!picker) {
      return;
    }
    var chips = picker.querySelector("[data-chips]");
    var names = [];
    picker.querySelectorAll("input[type=checkbox]:checked").forEach(function (checked) {
      names.push(checked.parentElement ? checked.parentElement.textContent.trim() : "");
    });
    chips.replaceChildren();
    names.forEach(function (name) {
      var chip = document.createElement("span");
      chip.className = "chip";
      chip.textContent = name;
      chips.appendChild(chip);
    });
    if (!names.length) {
      var none = document.createElement("span");
      none.className = "muted";
      none.textContent = chips.getAttribute("data-empty") || "";
      chips.appendChild(none);
    }
  });

  document.addEventListener("keydown", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var picker = target ? target.closest("[data-unit-picker][open]") : null;
    if (event.key === "Escape" && picker) {
      picker.open = false;
      picker.querySelector("summary").focus();
    }
  });

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target.closest("[data-print]") : null;
    if (target) {
      window.print();
    }
  });

  var PHONE = window.matchMedia("(max-width: 48rem)");

  function setMenu(header, open) {
    var toggle = header.querySelector(".nav-toggle");
    header.classList.toggle("menu-closed", !open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  }

  function bindMenu() {
    var header = document.querySelector("body > header");
    var toggle = header ? header.querySelector(".nav-toggle") : null;
    if (!toggle) {
      return;
    }
    toggle.hidden = false;
    setMenu(header, !PHONE.matches);
    toggle.addEventListener("click", function () {
      setMenu(header, header.classList.contains("menu-closed"));
    });
    PHONE.addEventListener("change", function () {
      setMenu(header, !PHONE.matches);
    });
  }

  // The table's own name for its box: its caption, else the heading just before it.
  function tableName(table) {
    if (table.caption && table.caption.textContent.trim()) {
      return table.caption.textContent.trim();
    }
    var node = table.closest("details, section, article, main");
    var heading = null;
    for (var before = table.previousElementSibling; before; before = before.previousElementSibling) {
      if (/^H[1-6]$/.test(before.tagName)) {
        heading = before;
        break;
      }
    }
    if (!heading && node && node.tagName === "DETAILS") {
      heading = node.querySelector("summary");
    }
    return heading ? heading.textContent.trim() : "";
  }

  function boxTables(root) {
    var label = document.body.getAttribute("data-scroll-label") || "";
    root.querySelectorAll("main table").forEach(function (table) {
      var box = table.parentElement;
      if (!box.matches(".table-scroll, .overflow-auto, .scroll-box")) {
        box = document.createElement("div");
        table.parentNode.insertBefore(box, table);
        box.appendChild(table);
      }
      if (box.hasAttribute("data-boxed")) {
        return;
      }
      box.classList.add("table-scroll");
      box.setAttribute("data-boxed", "");
      box.setAttribute("role", "region");
      box.setAttribute("tabindex", "0");
      var name = tableName(table);
      box.setAttribute("aria-label", name ? name + " (" + label + ")" : label);
    });
  }

  function start() {
    document.documentElement.classList.add("js");
    bindMenu();
    boxTables(document);
    document.body.addEventListener("htmx:afterSettle", function (event) {
      boxTables(event.target instanceof Element ? event.target : document);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
