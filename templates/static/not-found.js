/* Gazette's page for a missing address (404.html): what the address names, put to use. An old link
   such as /2024/03/07/tram-line/ names a day: its page, or else its month's or year's, is offered
   when it exists; and the address's last words are put in the search box. */
(function () {
  'use strict';
  var box = document.getElementById('not-found');
  if (!box || !window.fetch) return;
  var root = box.getAttribute('data-root');
  var lang = document.documentElement.lang || undefined;
  var path = location.pathname;
  try { path = decodeURIComponent(path); } catch (e) { /* a malformed escape: read the address as it is */ }
  if (path.indexOf(root) === 0) path = path.slice(root.length);
  var parts = path.split('/').filter(function (p) { return p; });

  /* the words of the address's last part that is not a date: "tram-line-approved" */
  var words = parts.filter(function (p) { return !/^\d+$/.test(p) && !/\.html?$/.test(p); });
  var input = document.getElementById('not-found-q');
  if (input && words.length) input.value = words[words.length - 1].replace(/[-_+.]+/g, ' ').trim();

  /* the date the address names, most precise first: the day, its month, its year */
  var y = /^\d{4}$/.test(parts[0]) ? parts[0] : null;
  var m = y && /^(0[1-9]|1[0-2])$/.test(parts[1]) ? parts[1] : null;
  var d = m && /^(0[1-9]|[12]\d|3[01])$/.test(parts[2]) ? parts[2] : null;
  if (!y) return;
  var candidates = [];
  if (d) candidates.push({ url: root + y + '/' + m + '/' + d + '/', text: format(y, m, d, { dateStyle: 'full' }) });
  if (m) candidates.push({ url: root + y + '/' + m + '/', text: format(y, m, 1, { year: 'numeric', month: 'long' }) });
  candidates.push({ url: root + y + '/', text: y });

  function format(year, month, day, style) {
    style.timeZone = 'UTC';
    return new Intl.DateTimeFormat(lang, style).format(new Date(Date.UTC(+year, month - 1, +day)));
  }

  /* the first that exists: a date page is there only when it has articles */
  (function next(k) {
    if (k >= candidates.length) return;
    fetch(candidates[k].url, { method: 'HEAD' }).then(function (r) {
      if (!r.ok) return next(k + 1);
      var p = document.getElementById('not-found-suggestion');
      var a = p.querySelector('a');
      a.href = candidates[k].url;
      a.textContent = candidates[k].text;
      p.hidden = false;
    }).catch(function () { next(k + 1); });
  })(0);
})();
