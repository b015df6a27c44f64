// The article editor: a light Markdown toolbar, autosave, a word count and the image picker.
// The form works without this script; it only adds conveniences. Kept small on purpose: typing
// into a 5,000-word story must never wait on it.
(function () {
  "use strict";

  var form = document.getElementById("editor");
  var body = document.getElementById("body");
  if (!form || !body) {
    return;
  }
  var toolbar = form.querySelector(".toolbar");
  var status = document.getElementById("autosave-status");
  var count = document.getElementById("word-count");
  toolbar.hidden = false;

  function replaceSelection(before, after, placeholder) {
    var start = body.selectionStart;
    var end = body.selectionEnd;
    var selected = body.value.slice(start, end) || placeholder;
    body.setRangeText(before + selected + after, start, end, "end");
    body.setSelectionRange(start + before.length, start + before.length + selected.length);
    changed();
  }

  function prefixLines(prefix) {
    var value = body.value;
    var start = value.lastIndexOf("\n", body.selectionStart - 1) + 1;
    var end = value.indexOf("\n", body.selectionEnd);
    if (end < 0) {
      end = value.length;
    }
    var lines = value.slice(start, end).split("\n");
    var text = lines.map(function (line, i) {
      return (typeof prefix === "function" ? prefix(i) : prefix) + line;
    }).join("\n");
    body.setRangeText(text, start, end, "select");
    changed();
  }

  function insertBlock(text) {
    var at = body.selectionEnd;
    var before = body.value.slice(0, at);
    var gap = before.length === 0 || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
    body.setRangeText(gap + text + "\n\n", at, at, "end");
    body.focus();
    changed();
  }

  var formats = {
    h2: function () { prefixLines("## "); },
    h3: function () { prefixLines("### "); },
    bold: function () { replaceSelection("**", "**", "bold text"); },
    italic: function () { replaceSelection("*", "*", "italic text"); },
    link: function () {
      var url = window.prompt("Link to (https://…)", "https://");
      if (url && url !== "https://") {
        replaceSelection("[", "](" + url.trim() + ")", "link text");
      }
    },
    ul: function () { prefixLines("- "); },
    ol: function () { prefixLines(function (i) { return (i + 1) + ". "; }); },
    quote: function () { prefixLines("> "); },
    pullquote: function () { prefixLines(">> "); },
    image: function () { openPicker(); },
    embed: function () {
      var url = window.prompt("Address of the post or video (YouTube, Vimeo, X, Bluesky, Instagram, Spotify…)",
        "https://");
      if (url && url !== "https://") {
        insertBlock("<" + url.trim() + ">");
      }
    }
  };

  toolbar.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-format]");
    if (button) {
      body.focus();
      formats[button.dataset.format]();
    }
  });

  body.addEventListener("keydown", function (event) {
    if (!(event.ctrlKey || event.metaKey)) {
      return;
    }
    var key = event.key.toLowerCase();
    var format = key === "b" ? "bold" : key === "i" ? "italic" : key === "k" ? "link" : null;
    if (format) {
      event.preventDefault();
      formats[format]();
    }
    else if (key === "s") {
      event.preventDefault();
      autosave();
    }
  });

  // Word count: recomputed when typing pauses, never on every key.
  var countTimer = 0;
  function recount() {
    var words = body.value.match(/\S+/g);
    count.textContent = (words ? words.length : 0).toLocaleString() + " words";
  }

  // Autosave: the whole form, a few seconds after the last change, one request at a time.
  var url = form.dataset.autosave;
  var dirty = false;
  var saving = false;
  var saveTimer = 0;
  function changed() {
    clearTimeout(countTimer);
    countTimer = setTimeout(recount, 400);
    if (!url) {
      return;
    }
    dirty = true;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(autosave, 3000);
  }

  function autosave() {
    if (!url || !dirty || saving) {
      return;
    }
    saving = true;
    dirty = false;
    status.textContent = "Saving…";
    fetch(url, { method: "POST", body: new FormData(form), credentials: "same-origin",
      headers: { "Accept": "application/json" } })
      .then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (result) {
        if (result.ok) {
          status.textContent = "Saved " + result.data.savedAt;
        }
        else {
          var problems = result.data.errors ? Object.values(result.data.errors) : ["please check the form"];
          status.textContent = "Not saved: " + problems[0];
        }
      })
      .catch(function () {
        dirty = true;
        status.textContent = "Not saved: the connection failed. Your text is still here.";
      })
      .finally(function () {
        saving = false;
        if (dirty) {
          clearTimeout(saveTimer);
          saveTimer = setTimeout(autosave, 3000);
        }
      });
  }

  // The edit lock: renewed every half minute while this editor is open, so that it lapses soon
  // after the tab is closed. When somebody takes it over, say so at once and stop autosaving.
  var lockUrl = form.dataset.lock;
  var lockNotice = document.getElementById("edit-lock");
  var lockLost = document.getElementById("lock-lost");
  var held = !lockNotice;
  function heartbeat() {
    var beat = new FormData();
    var token = form.querySelector("input[type=hidden]");
    beat.append(token.name, token.value);
    fetch(lockUrl, { method: "POST", body: beat, credentials: "same-origin",
      headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (lock) {
        if (!lock) {
          return;
        }
        if (lock.mine) {
          if (lockNotice) {
            lockNotice.hidden = true;
          }
          lockLost.hidden = true;
          held = true;
        }
        else if (held) {
          held = false;
          lockLost.textContent = lock.holder + " took over editing at " + lock.since
            + ". Copy anything you still need: this editor can no longer save.";
          lockLost.hidden = false;
          url = null;
          status.textContent = "Autosave stopped";
        }
      })
      .catch(function () { /* the next beat tries again */ });
  }
  if (lockUrl) {
    setInterval(heartbeat, 30000);
  }

  form.addEventListener("input", changed);
  form.addEventListener("submit", function () {
    dirty = false;
    clearTimeout(saveTimer);
  });
  recount();

  // The image picker: the newest described images, searchable, inserted as Markdown.
  var picker = document.getElementById("picker");
  var list = document.getElementById("picker-list");
  var search = document.getElementById("picker-search");
  var searchTimer = 0;
  var caret = 0;

  function openPicker() {
    caret = body.selectionEnd;
    picker.hidden = false;
    search.focus();
    load("");
  }

  function load(words) {
    fetch(form.dataset.picker + "?q=" + encodeURIComponent(words), { credentials: "same-origin",
      headers: { "Accept": "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (items) {
        list.replaceChildren();
        if (items.length === 0) {
          var empty = document.createElement("li");
          empty.textContent = "No images match.";
          list.append(empty);
        }
        items.forEach(function (item) {
          var entry = document.createElement("li");
          var button = document.createElement("button");
          button.type = "button";
          button.className = "picker__item";
          var image = document.createElement("img");
          image.src = item.thumbnail;
          image.alt = "";
          var label = document.createElement("span");
          label.textContent = item.described ? item.alt : item.name + " (needs alt text)";
          button.append(image, label);
          button.disabled = !item.described;
          button.addEventListener("click", function () {
            picker.hidden = true;
            body.setSelectionRange(caret, caret);
            insertBlock(item.markdown);
          });
          entry.append(button);
          list.append(entry);
        });
      });
  }

  // Uploading from the picker: the same checks as the media library, then straight into the story.
  var upload = document.getElementById("picker-upload");
  function uploadProblem(field, message) {
    var error = document.getElementById("upload-" + field + "-error");
    error.textContent = message || "";
    error.hidden = !message;
    document.getElementById("upload-" + field).setAttribute("aria-invalid", message ? "true" : "false");
  }
  if (upload) {
    var uploadStatus = document.getElementById("upload-status");
    upload.querySelector("[data-picker-upload]").addEventListener("click", function () {
      var file = document.getElementById("upload-file");
      var alt = document.getElementById("upload-alt");
      uploadProblem("file", file.files.length ? "" : "Please choose an image to upload.");
      uploadProblem("alt", alt.value.trim() ? "" : "Please describe the image for readers who cannot see it.");
      if (!file.files.length || !alt.value.trim()) {
        return;
      }
      var data = new FormData();
      var token = form.querySelector("input[type=hidden]");
      data.append(token.name, token.value);
      data.append("file", file.files[0]);
      data.append("alt", alt.value);
      data.append("caption", document.getElementById("upload-caption").value);
      data.append("credit", document.getElementById("upload-credit").value);
      uploadStatus.textContent = "Uploading…";
      fetch(upload.dataset.upload, { method: "POST", body: data, credentials: "same-origin",
        headers: { "Accept": "application/json" } })
        .then(function (response) {
          return response.json().then(function (answer) { return { ok: response.ok, answer: answer }; });
        })
        .then(function (result) {
          if (!result.ok) {
            var errors = result.answer.errors || { file: "The upload failed. Please try again." };
            uploadProblem("file", errors.file);
            uploadProblem("alt", errors.alt);
            uploadStatus.textContent = "Not uploaded";
            return;
          }
          uploadStatus.textContent = "";
          upload.querySelectorAll("input").forEach(function (input) { input.value = ""; });
          picker.hidden = true;
          body.setSelectionRange(caret, caret);
          insertBlock(result.answer.markdown);
        })
        .catch(function () {
          uploadStatus.textContent = "Not uploaded: the connection failed.";
        });
    });
  }

  search.addEventListener("input", function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () { load(search.value); }, 250);
  });
  picker.querySelector("[data-picker-close]").addEventListener("click", function () {
    picker.hidden = true;
    body.focus();
  });
  picker.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      picker.hidden = true;
      body.focus();
    }
  });
}());
