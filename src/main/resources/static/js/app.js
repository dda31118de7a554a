// Asks before any form marked data-confirm is submitted; the question comes from the page's messages.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// Buttons marked data-print print the page (the print stylesheet hides navigation and controls).
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
