/* Gazette search's words: the rules by which the search page splits a query and reads an article's
   text, the same as gazette.search.SearchTerms splits articles for the index (a table of cases holds
   the two together), and by which it finds a term's shard and reads its postings. No page uses it alone: search.js reads it as window.GazetteWords. */
(function () {
  'use strict';
  var LETTER = /[\p{L}\p{N}]/u;
  var MARK = /\p{M}/u;
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC\uFF70\uFF9E\uFF9F]/u;
  var ACCENTS = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
  var HYPHEN = /[-\u2010\u2011]/;
  var DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

  /* accents off Latin, Greek and Cyrillic letters only: kana keep their voicing marks */
  function fold(w) {
    return w.normalize('NFKD').replace(ACCENTS, '$1').normalize('NFC').toLowerCase().replace(/ς/g, 'σ');
  }

  /* English plurals to their singular, as gazette.search.SearchTerms.Stemmer.ENGLISH */
  function stem(w, stemmer) {
    var n = w.length;
    if (stemmer !== 'english' || n < 3 || w.charAt(n - 1) !== 's') return w;
    var before = w.charAt(n - 2);
    if (before === 'u' || before === 's') return w;
    if (before === 'e') {
      var third = w.charAt(n - 3);
      if (n > 3 && third === 'i' && w.charAt(n - 4) !== 'a' && w.charAt(n - 4) !== 'e') return w.slice(0, n - 3) + 'y';
      if ('iaoe'.indexOf(third) >= 0) return w;
    }
    return w.slice(0, n - 1);
  }

  function word(w, meta, add) {
    if (meta.stopWords.indexOf(w) >= 0) return;
    var cs = Array.from(stem(w, meta.stemmer));
    if (cs.length >= 2) add(cs.slice(0, meta.maxLength).join(''));
  }

  /* words are runs of letters and digits (with their combining marks), each folded on its own;
     words joined by hyphens are one word, written together ("e-mail" is "email"). Calls
     each(term, from, to) with the term's place in cs (code points); with parts (for marking a
     text, as the index reads it), a hyphenated word's parts and each CJK character come too;
     with parts 'split', a hyphenated word's parts come instead of the whole (for phrases) */
  function scan(cs, meta, parts, each) {
    var end = function (i, cjk) {
      var j = i + 1;
      while (j < cs.length && (MARK.test(cs[j]) || LETTER.test(cs[j]) && CJK.test(cs[j]) === cjk)) j++;
      return j;
    };
    var i = 0;
    while (i < cs.length) {
      if (!LETTER.test(cs[i])) { i++; continue; }
      var cjk = CJK.test(cs[i]);
      var j = end(i, cjk);
      if (cjk) {
        var w = Array.from(fold(cs.slice(i, j).join('')));
        /* folding keeps a run's length but for half-width kana: then the whole run is marked */
        var at = function (k, n) { return w.length === j - i ? [i + k, i + k + n] : [i, j]; };
        if (w.length === 1) each(w[0], i, j);
        for (var k = 0; k < w.length; k++) {
          if (parts === true) each(w[k], at(k, 1)[0], at(k, 1)[1]);
          if (k + 1 < w.length) each(w[k] + w[k + 1], at(k, 2)[0], at(k, 2)[1]);
        }
        i = j;
        continue;
      }
      var from = [i], to = [j];
      while (j + 1 < cs.length && HYPHEN.test(cs[j]) && LETTER.test(cs[j + 1]) && !CJK.test(cs[j + 1])) {
        from.push(j + 1);
        j = end(j + 1, false);
        to.push(j);
      }
      var whole = '';
      for (var p = 0; p < from.length; p++) whole += cs.slice(from[p], to[p]).join('');
      if (parts !== 'split' || from.length === 1) word(fold(whole), meta, function (t) { each(t, i, j); });
      for (p = 0; parts && from.length > 1 && p < from.length; p++) {
        word(fold(cs.slice(from[p], to[p]).join('')), meta, function (t) { each(t, from[p], to[p]); });
      }
      i = j;
    }
  }

  function terms(text, meta) {
    var out = [];
    scan(Array.from(text), meta, false, function (t) { if (out.indexOf(t) < 0) out.push(t); });
    return out;
  }

  /* where the query's words are in a text: merged [from, to) ranges of code points */
  function places(cs, wanted, meta) {
    var r = [];
    scan(cs, meta, true, function (t, a, b) { if (wanted.indexOf(t) >= 0) r.push([a, b]); });
    r.sort(function (x, y) { return x[0] - y[0] || y[1] - x[1]; });
    var out = [];
    r.forEach(function (x) {
      var last = out[out.length - 1];
      if (last && x[0] <= last[1]) last[1] = Math.max(last[1], x[1]);
      else out.push([x[0], x[1]]);
    });
    return out;
  }

  /* a text's terms in order: hyphenated words whole, or (split) in their parts */
  function sequence(text, meta, split) {
    var all = [];
    scan(Array.from(text), meta, split ? 'split' : false, function (term) { all.push(term); });
    return all;
  }

  /* "in quotes": each quoted part, as its terms in order both ways (a phrase of one word is only a word) */
  function phrases(query, meta) {
    var out = [];
    var re = /["“”„«»]([^"“”„«»]+)["“”„«»]/g, m;
    while ((m = re.exec(query))) {
      var whole = sequence(m[1], meta, false), split = sequence(m[1], meta, true);
      if (split.length > 1) out.push([whole, split]);
    }
    return out;
  }

  function within(all, seq) {
    for (var i = 0; i + seq.length <= all.length; i++) {
      var k = 0;
      while (k < seq.length && all[i + k] === seq[k]) k++;
      if (k === seq.length) return true;
    }
    return false;
  }

  /* true when the text has the phrase's terms one after the other (function words aside, as the index leaves them
     out); "well-known" and "well known" are the same phrase, as they read the same */
  function hasPhrase(text, phrase, meta) {
    var whole = sequence(text, meta, false), split = sequence(text, meta, true);
    return within(whole, phrase[0]) || within(split, phrase[1]);
  }

  /* a term's shard: FNV-1a over UTF-8, as gazette.search.TermHash */
  function shard(term, shards) {
    var h = 0x811c9dc5;
    var bytes = new TextEncoder().encode(term);
    for (var i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    return (h >>> 0) % shards;
  }

  /* postings: gaps in base 32, low digit first, a digit + 32 when more digits follow (gazette.search.Postings) */
  function decode(s, each) {
    var prev = 0, gap = 0, shift = 0;
    for (var i = 0; i < s.length; i++) {
      var d = DIGITS.indexOf(s.charAt(i));
      gap += (d & 31) * Math.pow(2, shift);
      if (d >= 32) { shift += 5; continue; }
      prev += gap;
      each(prev);
      gap = 0;
      shift = 0;
    }
  }

  window.GazetteWords = { fold: fold, scan: scan, terms: terms, places: places, phrases: phrases, hasPhrase: hasPhrase, shard: shard, decode: decode };
})();
