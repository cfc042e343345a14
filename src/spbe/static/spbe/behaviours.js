/* Small page behaviours, bound here instead of in on*= attributes, which the
   Content-Security-Policy (script-src 'self') blocks. Listeners sit on the document, so
   elements that htmx swaps in later behave the same.
   - data-autosubmit on a select: choosing a value submits its form (year, language, status).
   - data-print on a button: prints the page.
   - data-unit-picker on a <details> of checkboxes (the assignment table's supporting units):
     the chips in its summary follow the boxes as they are ticked, and Escape closes it with
     the focus back on its summary. Without this script the list still works; the chips then
     show what was saved. */
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
})();
