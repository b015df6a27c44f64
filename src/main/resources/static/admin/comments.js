// Keyboard shortcuts for the comment queue: j and k move between comments, a / s / t press the
// comment's Approve, Spam or Trash button, x ticks it for a bulk action. Typing in a field is
// left alone. Without this script every action is still a button.
(function () {
  'use strict';
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-queue-item]'));
  if (items.length === 0) {
    return;
  }
  var current = -1;

  function select(index) {
    if (index < 0 || index >= items.length) {
      return;
    }
    if (current >= 0) {
      items[current].classList.remove('queue-item--current');
    }
    current = index;
    items[current].classList.add('queue-item--current');
    items[current].focus();
  }

  items.forEach(function (item, index) {
    item.addEventListener('focusin', function () {
      if (current !== index) {
        if (current >= 0) {
          items[current].classList.remove('queue-item--current');
        }
        current = index;
        item.classList.add('queue-item--current');
      }
    });
  });

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey || (target && target.closest &&
        target.closest('input:not([type=checkbox]), textarea, select'))) {
      return;
    }
    var key = event.key;
    if (key === 'j') {
      select(current + 1);
    } else if (key === 'k') {
      select(current - 1);
    } else if (current >= 0 && (key === 'a' || key === 's' || key === 't')) {
      var button = items[current].querySelector('button[data-key="' + key + '"]');
      if (button) {
        button.click();
      }
    } else if (current >= 0 && key === 'x') {
      var box = items[current].querySelector('[data-select]');
      if (box) {
        box.checked = !box.checked;
      }
    } else {
      return;
    }
    event.preventDefault();
  });
  select(0);
}());
