// The step form of a person's development page: show only the fields the chosen step uses, and
// propose who decides it until the user types their own.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var select = document.querySelector('[data-step-select]');
    if (!select) {
      return;
    }
    var decidedBy = document.getElementById('decidedBy');
    // the value the page came with is kept (it may be the user's own, re-displayed after an error)
    var proposed = decidedBy ? decidedBy.value : '';
    if (decidedBy) {
      decidedBy.addEventListener('input', function () {
        proposed = null;
      });
    }
    function hasError(block) {
      return block.querySelector('.is-invalid') !== null;
    }
    function update(propose) {
      var option = select.options[select.selectedIndex];
      var people = option ? option.getAttribute('data-people') || '' : '';
      var extension = option ? option.getAttribute('data-extension') === 'true' : false;
      document.querySelectorAll('[data-for-people]').forEach(function (block) {
        block.hidden = block.getAttribute('data-for-people') !== people && !hasError(block);
      });
      document.querySelectorAll('[data-for-extension]').forEach(function (block) {
        block.hidden = !extension && !hasError(block);
      });
      if (propose && decidedBy && proposed !== null && option && option.getAttribute('data-decider')) {
        decidedBy.value = option.getAttribute('data-decider');
        proposed = decidedBy.value;
      }
    }
    select.addEventListener('change', function () {
      update(true);
    });
    update(false);
  });
})();
