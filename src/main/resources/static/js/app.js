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

// Fields that only some meeting types use carry data-show-for="TYPE TYPE …"; they follow the type
// select marked data-type-toggle (the server renders the first state, so pages work without this).
function showFieldsForType(select) {
  var type = select.value;
  select.form.querySelectorAll('[data-show-for]').forEach(function (element) {
    var types = element.getAttribute('data-show-for').split(' ');
    element.classList.toggle('d-none', types.indexOf(type) < 0);
  });
}

document.addEventListener('change', function (event) {
  if (event.target.matches('[data-type-toggle]')) {
    showFieldsForType(event.target);
  }
});

// With htmx the attendance list follows type and day by itself; the plain refresh button is for pages without it.
if (window.htmx) {
  document.querySelectorAll('[data-no-htmx]').forEach(function (element) {
    element.classList.add('d-none');
  });
}
