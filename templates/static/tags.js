/* The tags page's filter: shows only the tags whose name contains what is typed, ignoring case
   and accents. Without this script the filter stays hidden and the full list is shown. */
(function () {
  'use strict';
  var box = document.querySelector('.tag-filter');
  var input = document.getElementById('tag-filter');
  var status = document.getElementById('tag-filter-status');
  var items = document.querySelectorAll('#tag-index li');
  if (!box || !input) return;
  var lang = document.documentElement.lang || undefined;
  var messages = JSON.parse(box.getAttribute('data-messages') || '{}');
  var plural = new Intl.PluralRules(lang);
  /* as the search's words: accents off Latin, Greek and Cyrillic letters, kana keep their voicing marks */
  function fold(s) {
    return s.normalize('NFKD').replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1').normalize('NFC').toLowerCase();
  }
  /* a count in the page's language: the form for its plural category, # the number */
  function count(key, n) {
    var forms = messages[key] || {};
    return (forms[plural.select(n)] || forms.other || '#').replace('#', n.toLocaleString(lang));
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
    status.textContent = q ? count('tags.found', n) : '';
    /* the most used are the whole list again: out of the way while a name is looked for */
    var largest = document.querySelector('.tags-largest');
    if (largest) largest.hidden = !!q;
  }
  input.addEventListener('input', filter);
  /* ?tag= fills the filter, so a filtered list can be linked */
  var given = new URLSearchParams(location.search).get('tag');
  if (given) { input.value = given; filter(); }
})();
