// The form token in a cached page is shared by every reader it was served to. This swaps it for a
// fresh one of the reader's own, which says when this reader opened the page. Without it the form
// still works with the page's token.
document.querySelectorAll('input[data-refresh]').forEach(function (input) {
  fetch(input.getAttribute('data-refresh'), { credentials: 'omit', cache: 'no-store' })
    .then(function (response) { return response.ok ? response.text() : null; })
    .then(function (token) { if (token) { input.value = token.trim(); } })
    .catch(function () { /* keep the page's token */ });
});
