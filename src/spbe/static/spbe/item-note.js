/* The portal note of an evidence item: copy it, add the page references, count its characters.
   Plain script, no build. Copying uses the Clipboard API where the browser allows it (a secure
   context), and otherwise selects the text and asks the browser to copy it; if that fails too,
   the text stays selected for Ctrl+C. */
(function () {
  "use strict";

  function textOf(element) {
    return "value" in element ? element.value : element.textContent;
  }

  function selectText(element) {
    if ("select" in element) {
      element.focus();
      element.select();
      return;
    }
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copyBySelection(element) {
    // A temporary textarea keeps line breaks and works for text that is not in a field.
    var area = document.createElement("textarea");
    area.value = textOf(element);
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    document.body.removeChild(area);
    if (!copied) {
      selectText(element);
    }
    return copied;
  }

  function confirmCopied(button) {
    var label = button.textContent;
    button.textContent = "\u2713 " + label;
    window.setTimeout(function () { button.textContent = label; }, 1500);
  }

  function copy(button) {
    var element = document.getElementById(button.dataset.copyTarget);
    if (!element) {
      return;
    }
    var text = textOf(element);
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () { confirmCopied(button); },
        function () { if (copyBySelection(element)) { confirmCopied(button); } }
      );
    } else if (copyBySelection(element)) {
      confirmCopied(button);
    }
  }

  function count(area) {
    var counter = document.querySelector('[data-count-for="' + area.id + '"]');
    if (!counter) {
      return;
    }
    // Count as the server does: a line break is one character.
    var length = area.value.replace(/\r\n/g, "\n").trim().length;
    var limit = parseInt(counter.dataset.limit, 10);
    counter.textContent = length + "/" + limit + " \u00b7 ";
    counter.classList.toggle("over", length > limit);
  }

  function insert(button) {
    var area = document.getElementById(button.dataset.insertTarget);
    if (!area) {
      return;
    }
    var text = button.dataset.insertText;
    area.value = area.value.trim() ? area.value.replace(/\s+$/, "") + "\n" + text : text;
    count(area);
    area.focus();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) {
      return;
    }
    if (button.dataset.copyTarget) {
      copy(button);
    } else if (button.dataset.insertTarget) {
      insert(button);
    }
  });

  document.addEventListener("input", function (event) {
    if (event.target.matches("textarea")) {
      count(event.target);
    }
  });

  document.querySelectorAll("[data-count-for]").forEach(function (counter) {
    var area = document.getElementById(counter.dataset.countFor);
    if (area) {
      count(area);
    }
  });
})();
