/* The tags page's filter: shows only the tags whose name contains what is typed, ignoring case
   and accents. Without this script the filter stays hidden and the full list is shown. */
(function () {
  'use strict';
  var box = document.querySelector('.tag-filter');
  var input = document.getElementById('tag-filter');
  var status = document.getElementById('tag-filter-status');
  var items = document.querySelectorAll('#tag-index li');
  if (!box || !input) return;
  function fold(s) {
    return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  }
  var names = Array.prototype.map.call(items, function (li) { return fold(li.querySelector('a').textContent); });
  box.hidden = false;
  function filter() {
    var q = fold(input.value.trim());
    var n = 0;
    names.forEach(function (name, i) {
      var show = name.indexOf(q) >= 0;
      items[i].hidden = !show;
      if (show) n++;
    });
    /* a letter with no tag left shown is hidden with its heading */
    document.querySelectorAll('#tag-index ul').forEach(function (ul) {
      var empty = !ul.querySelector('li:not([hidden])');
      ul.hidden = empty;
      if (ul.previousElementSibling) ul.previousElementSibling.hidden = empty;
    });
    status.textContent = q ? n + (n === 1 ? ' tag' : ' tags') + ' found' : '';
    /* the most used are the whole list again: out of the way while a name is looked for */
    var largest = document.querySelector('.tags-largest');
    if (largest) largest.hidden = !!q;
  }
  input.addEventListener('input', filter);
  /* ?tag= fills the filter, so a filtered list can be linked */
  var given = new URLSearchParams(location.search).get('tag');
  if (given) { input.value = given; filter(); }
})();
