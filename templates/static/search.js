/* Gazette search: runs in the browser over the static index in search/ (README, "Search").
   It loads index.json, then only the term shards of the query's words and the article shards of
   the results it shows. Its words come from search-words.js (window.GazetteWords), loaded first. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form || !window.fetch || !window.GazetteWords) return;
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var base = form.getAttribute('data-index');
  var root = form.getAttribute('data-root');
  var PAGE = 20;
  var W = window.GazetteWords;
  var files = {};
  var run = 0;
  var shown = null;
  var lang = document.documentElement.lang || undefined;
  var dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  /* the words it shows, in the page's language: a text, or a count's forms by plural category */
  var messages = JSON.parse(form.getAttribute('data-messages') || '{}');
  var plural = new Intl.PluralRules(lang);

  /* message key, with {0} filled; for a count, n picks the form and fills # */
  function t(key, arg, n) {
    var m = messages[key];
    if (m && typeof m === 'object') m = (m[plural.select(n)] || m.other).split('#').join(n.toLocaleString(lang));
    /* split and join, not replace: a query's "$&" is text, not a replacement pattern */
    return String(m === undefined ? key : m).split('{0}').join(arg === undefined ? '' : arg);
  }

  /* every file is fetched once, however many queries need it */
  function load(name) {
    if (!files[name]) {
      files[name] = fetch(base + name).then(function (r) {
        if (!r.ok) throw new Error(name + ': ' + r.status);
        return r.json();
      });
      files[name].catch(function () { delete files[name]; });
    }
    return files[name];
  }


  /* text into el, the ranges in <mark>; from and to cut it, with an ellipsis where the text goes on */
  function marked(el, cs, ranges, from, to) {
    if (from > 0) el.appendChild(document.createTextNode('…'));
    var at = from;
    ranges.forEach(function (r) {
      if (r[1] <= from || r[0] >= to) return;
      var a = Math.max(r[0], from), b = Math.min(r[1], to);
      if (a > at) el.appendChild(document.createTextNode(cs.slice(at, a).join('')));
      el.appendChild(document.createElement('mark')).textContent = cs.slice(a, b).join('');
      at = b;
    });
    if (to > at) el.appendChild(document.createTextNode(cs.slice(at, to).join('')));
    if (to < cs.length) el.appendChild(document.createTextNode('…'));
    return el;
  }

  /* an article's text (its summary, a line break, its body as plain text): its bytes in its day's
     file, where its doc record says ([file, offset, length]), asked for by a range request; a
     host that ignores ranges sends the whole file, and the text is cut from it */
  function articleText(d) {
    var at = d[4];
    var name = 'texts/' + d[2].slice(0, 4) + '/' + d[2].slice(5) + (at[0] ? '-' + (at[0] + 1) : '') + '.txt';
    var range = 'bytes=' + at[1] + '-' + (at[1] + at[2] - 1);
    return fetch(base + name, { headers: { Range: range } }).then(function (r) {
      if (!r.ok) return '';
      return r.arrayBuffer().then(function (b) {
        if (r.status === 206) return new TextDecoder().decode(b);
        /* a file shorter than the record says is from another build than the record: no text */
        return b.byteLength < at[1] + at[2] ? '' : new TextDecoder().decode(new Uint8Array(b, at[1], at[2]));
      });
    });
  }

  var SNIPPET = 220;
  /* gazette.search.SnippetTexts.MAX_CHARS: a longer text is cut there */
  var TEXT_LIMIT = 20000;

  /* the part of the text, about SNIPPET characters, that holds the most of the words found, starting
     a little before the first of them at a word's start; null when the text has none */
  function snippet(text, wanted, meta) {
    var cs = Array.from(text);
    var ranges = W.places(cs, wanted, meta);
    if (!ranges.length) return null;
    var best = 0, most = 0;
    for (var k = 0; k < ranges.length && k < 200; k++) {
      var seen = {}, n = 0;
      for (var m = k; m < ranges.length && ranges[m][1] - ranges[k][0] <= SNIPPET - 40; m++) {
        var w = W.fold(cs.slice(ranges[m][0], ranges[m][1]).join(''));
        if (!seen[w]) { seen[w] = true; n++; }
      }
      if (n > most) { most = n; best = k; }
    }
    var from = Math.max(0, ranges[best][0] - 40);
    while (from > 0 && from < ranges[best][0] && cs[from - 1] !== ' ') from++;
    var to = Math.min(cs.length, from + SNIPPET);
    while (to < cs.length && to > from + SNIPPET - 30 && cs[to] !== ' ') to--;
    if (to < cs.length && cs[to] !== ' ') to = Math.min(cs.length, from + SNIPPET);
    return marked(el('p', 'summary snippet'), cs, ranges, from, to);
  }

  /* what the address narrows the search to: ?year=2005&section=politics&tag=iraq (slugs), and ?sort=date */
  function filters() {
    var p = new URLSearchParams(location.search);
    return { year: p.get('year') || '', section: p.get('section') || '', tag: p.get('tag') || '', sort: p.get('sort') || '' };
  }

  /* the filters as the index's terms ("year:2005"), which an article must all have */
  function filterTerms(f) {
    var out = [];
    if (f.year) out.push('year:' + f.year);
    if (f.section) out.push('section:' + f.section);
    if (f.tag) out.push('tag:' + f.tag);
    return out;
  }

  function search(query, f) {
    var mine = ++run;
    list.textContent = '';
    more.hidden = true;
    shown = null;
    if (!query.trim()) { status.textContent = ''; return; }
    status.textContent = t('search.searching');
    load('index.json').then(function (meta) {
      controls(meta, f);
      var words = W.terms(query, meta).slice(0, 12);
      f.phrases = W.phrases(query, meta);
      if (!words.length) return say(mine, t('search.short'));
      var must = filterTerms(f);
      var all = words.concat(must);
      /* each word's postings are in its term shard, and the newest articles' in its recent file;
         a tier without articles (a small archive has no older one) is not asked for */
      var older = meta.recentFrom > 0, newer = meta.recentShards > 0 && meta.recentFrom < meta.docs;
      var needed = [];
      all.forEach(function (w) {
        if (older) needed.push('terms-' + W.shard(w, meta.termShards) + '.json');
        if (newer) needed.push('recent-' + W.shard(w, meta.recentShards) + '.json');
      });
      return Promise.all(needed.map(load)).then(function (files) {
        if (mine !== run) return;
        var own = Object.prototype.hasOwnProperty;
        var at = 0;
        /* a word's own entry only: "constructor" is not the object's */
        function postings(file, w) { return file && own.call(file, w) ? file[w] : ''; }
        var shards = all.map(function (w) {
          var o = older ? postings(files[at++], w) : '', n = newer ? postings(files[at++], w) : '';
          var found = Object.create(null);
          if (o || n) found[w] = [o, n];
          return found;
        });
        rank(mine, words, must, shards, meta, f, query.trim());
      });
    }).catch(function () {
      say(mine, t('search.failed'));
    });
  }

  /* the year and section lists from the index, the sort, and the tag the address names, set as the address says */
  function controls(meta, f) {
    var box = document.getElementById('search-filters');
    if (!box) return;
    var year = document.getElementById('search-year');
    var section = document.getElementById('search-section');
    if (year.options.length === 1) {
      meta.years.forEach(function (y) { year.appendChild(new Option(String(y), String(y))); });
      meta.sections.forEach(function (s) { section.appendChild(new Option(s[1], s[0])); });
      if (!meta.sections.length) section.parentNode.hidden = true;
    }
    year.value = f.year;
    section.value = f.section;
    document.getElementById('search-sort').value = f.sort === 'date' ? 'date' : '';
    document.getElementById('search-tag').value = f.tag;
    box.hidden = false;
    var chip = document.getElementById('search-tag-filter');
    chip.hidden = !f.tag;
    if (f.tag) {
      var url = new URL(location.href);
      url.searchParams.delete('tag');
      chip.querySelector('a').href = url.pathname + url.search;
      chip.querySelector('.name').textContent = f.tag;
    }
  }

  /* articles with every word come first; among them, the most relevant (BM25: each word's weight in
     the article, a level in its posting, times its rarity in the archive, summed); then newest
     first (ids count from the oldest article); sorted by date, newest first only. An article must have
     every filter term. */
  function rank(mine, words, must, shards, meta, f, asked) {
    var L = meta.levels;
    var allowed = null;
    if (must.length) {
      allowed = new Uint8Array(meta.docs);
      must.forEach(function (w, k) {
        var p = shards[words.length + k][w];
        if (p) p.forEach(function (part) { W.decode(part, function (v) { allowed[Math.floor(v / L)]++; }); });
      });
    }
    var found = new Uint8Array(meta.docs);
    var score = new Float64Array(meta.docs);
    var hits = [];
    words.forEach(function (w, k) {
      var p = shards[k][w];
      if (!p) return;
      var postings = [];
      p.forEach(function (part) { W.decode(part, function (v) { postings.push(v); }); });
      var idf = Math.log(1 + (meta.docs - postings.length + 0.5) / (postings.length + 0.5));
      postings.forEach(function (v) {
        var id = Math.floor(v / L);
        if (allowed && allowed[id] !== must.length) return;
        if (found[id]++ === 0) hits.push(id);
        score[id] += idf * meta.weights[v % L];
      });
    });
    var all = hits.filter(function (id) { return found[id] === words.length; });
    var partial = !all.length && hits.length > 0;
    var results = partial ? hits : all;
    results.sort(f.sort === 'date' ? function (a, b) { return found[b] - found[a] || b - a; }
      : function (a, b) { return found[b] - found[a] || score[b] - score[a] || b - a; });
    var quoted = t('search.quoted', asked);
    if (!results.length) return say(mine, t('search.none', quoted));
    if (f.phrases.length && partial) return say(mine, t('search.none', quoted));
    if (!f.phrases.length) say(mine, t(partial ? 'search.partial' : 'search.match', quoted, results.length));
    shown = { results: results, next: 0, meta: meta, mine: mine, words: words, filters: f, phrases: f.phrases, verified: 0, quoted: quoted };
    page();
  }

  function query() { return input.value.trim(); }

  function say(mine, text) {
    if (mine === run) status.textContent = text;
  }

  /* the article of id, from its file of the index */
  function doc(id, meta) {
    return load('docs-' + Math.floor(id / meta.docsPerShard) + '.json').then(function (docs) { return docs[id % meta.docsPerShard]; });
  }


  /* a query with phrases: the articles with every word are read in order, a few at a time, and
     those whose headline or text has each phrase shown, PAGE at most, reading 200 at most a time */
  function phrasePage(s) {
    var shownNow = 0, read = 0;
    more.hidden = true;
    (function batch() {
      if (s.mine !== run) return;
      if (shownNow >= PAGE || s.next >= s.results.length || read >= 200) {
        var done = s.next >= s.results.length;
        if (!s.verified && done) say(s.mine, t('search.none', s.quoted));
        else say(s.mine, done ? t('search.match', s.quoted, s.verified) : t('search.phraseSome', s.quoted, s.verified));
        more.hidden = done;
        return;
      }
      var from = s.next;
      var ids = s.results.slice(from, from + 10);
      s.next += ids.length;
      read += ids.length;
      Promise.all(ids.map(function (id) {
        return doc(id, s.meta).then(function (d) {
          return articleText(d).then(function (text) {
            /* a text cut at its limit may hold the phrase past its end: kept, as the index has its words */
            var cut = text.length - text.indexOf('\n') - 1 >= TEXT_LIMIT;
            var ok = cut || s.phrases.every(function (seq) { return W.hasPhrase(d[0], seq, s.meta) || W.hasPhrase(text, seq, s.meta); });
            /* the summary and the text are read as one: a phrase across them would be rare, and is taken */
            return ok ? { d: d, text: text } : null;
          });
        });
      })).then(function (found) {
        if (s.mine !== run) return;
        for (var k = 0; k < found.length; k++) {
          /* a page full: the rest of this batch waits for "More results" */
          if (shownNow >= PAGE) { s.next = from + k; break; }
          if (!found[k]) continue;
          list.appendChild(item(found[k].d, s, found[k].text));
          shownNow++;
          s.verified++;
        }
        batch();
      }).catch(function () {
        /* the batch is read again on "More results" */
        s.next = from;
        say(s.mine, t('search.pageFailed'));
        more.hidden = false;
      });
    })();
  }

  /* the next PAGE results, each in its place (the order of rank) as soon as its article file arrives */
  function page() {
    var s = shown;
    if (s.phrases.length) return phrasePage(s);
    var from = s.next;
    var ids = s.results.slice(from, from + PAGE);
    s.next += ids.length;
    more.hidden = true;
    var shownHere = ids.map(function () {
      var slot = list.appendChild(el('li'));
      slot.hidden = true;
      return slot;
    });
    Promise.all(ids.map(function (id, k) {
      return doc(id, s.meta).then(function (d) {
        /* another query, or this page failed and was taken away */
        if (s.mine !== run || shownHere[k].parentNode !== list) return;
        var li = item(d, s);
        list.replaceChild(li, shownHere[k]);
        shownHere[k] = li;
      });
    })).then(function () {
      if (s.mine === run) more.hidden = s.next >= s.results.length;
    }).catch(function () {
      if (s.mine !== run) return;
      /* this page is asked for again, whole, on "More results" */
      shownHere.forEach(function (li) { if (li.parentNode === list) list.removeChild(li); });
      s.next = from;
      say(s.mine, t('search.pageFailed'));
      more.hidden = false;
    });
  }

  /* a result looks like a listing's teaser: thumbnail, headline, date, summary, tags (text only, never HTML);
     the words found are marked in the headline, and the summary gives way to the text around them
     once the article's text arrives */
  function item(d, s, known) {
    var li = el('li', 'teaser');
    if (d[5]) {
      li.className += ' with-thumb';
      li.appendChild(el('div', 'thumb')).appendChild(picture(d[5]));
    }
    var h = li.appendChild(el('h2'));
    var a = h.appendChild(el('a'));
    a.href = root + d[1];
    var title = Array.from(d[0]);
    marked(a, title, W.places(title, s.words, s.meta), 0, title.length);
    var meta = li.appendChild(el('p', 'meta'));
    var time = meta.appendChild(el('time'));
    time.dateTime = d[2];
    time.textContent = dates.format(new Date(d[2] + 'T00:00:00Z'));
    /* the text: the summary on its first line, then the body; the snippet is cut from the text where the
       words are, else from the summary, else the summary is shown as it is */
    var place = li.appendChild(el('p', 'summary'));
    (known !== undefined ? Promise.resolve(known) : articleText(d)).then(function (text) {
      if (s.mine !== run) return;
      var cut = text.indexOf('\n');
      var summary = cut < 0 ? '' : text.slice(0, cut);
      var p = snippet(text.slice(cut + 1), s.words, s.meta) || snippet(summary, s.words, s.meta);
      if (p) li.replaceChild(p, place);
      else if (summary) place.textContent = summary;
      else li.removeChild(place);
    }).catch(function () { li.removeChild(place); });
    if (d[3].length) {
      var tags = li.appendChild(el('ul', 'tags'));
      tags.setAttribute('aria-label', t('list.tags'));
      /* a tag narrows the search to it */
      d[3].forEach(function (tag) {
        var url = new URL(location.href);
        url.searchParams.set('tag', tag[1]);
        var a = tags.appendChild(el('li')).appendChild(el('a'));
        a.href = url.pathname + url.search;
        a.textContent = tag[0];
        if (tag[1] === s.filters.tag) document.querySelector('#search-tag-filter .name').textContent = tag[0];
      });
    }
    return li;
  }

  /* [src, srcset, webpSrcset, width, height], addresses under the root: as the listings' thumbnail, small and lazy; its alt is
     empty since the headline beside it says what it shows */
  function picture(t) {
    var under = function (srcset) { return srcset.split(', ').map(function (s) { return root + s; }).join(', '); };
    var p = el('picture');
    var source = p.appendChild(el('source'));
    source.type = 'image/webp';
    source.srcset = under(t[2]);
    source.sizes = '6rem';
    var img = p.appendChild(el('img'));
    img.src = root + t[0];
    img.srcset = under(t[1]);
    img.sizes = '6rem';
    img.width = t[3];
    img.height = t[4];
    img.alt = '';
    img.loading = 'lazy';
    img.decoding = 'async';
    return p;
  }

  function el(name, cls) {
    var e = document.createElement(name);
    if (cls) e.className = cls;
    return e;
  }

  /* for themes and tests: the words a query is looked up by (with another stemmer than the site's, if named) */
  window.GazetteSearch = {
    terms: function (text, stemmer) {
      return load('index.json').then(function (meta) {
        return W.terms(text, stemmer ? Object.assign({}, meta, { stemmer: stemmer }) : meta);
      });
    }
  };

  more.addEventListener('click', function () { if (shown) page(); });
  /* a new query updates the address (so it can be shared and the back button works) without reloading */
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var url = new URL(location.href);
    url.search = '';
    new FormData(form).forEach(function (v, k) { if (v) url.searchParams.set(k, v); });
    url.searchParams.set('q', query());
    history.pushState(null, '', url);
    search(query(), filters());
  });
  window.addEventListener('popstate', start);

  function start() {
    input.value = new URLSearchParams(location.search).get('q') || '';
    search(input.value, filters());
  }
  start();
})();
