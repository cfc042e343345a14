/* Small page behaviours, bound here instead of in on*= attributes, which the
   Content-Security-Policy (script-src 'self') blocks. Listeners sit on the document, so
   elements that htmx swaps in later behave the same.
   - data-autosubmit on a select: choosing a value submits its form (year, language, status).
   - data-print on a button: prints the page. */
(function () {
  "use strict";

  document.addEventListener("change", function (event) {
    var field = event.target;
    if (field instanceof Element && field.matches("[data-autosubmit]") && field.form) {
      field.form.submit();
    }
  });

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target.closest("[data-print]") : null;
    if (target) {
      window.print();
    }
  });
})();
