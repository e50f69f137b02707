/*
 * Online search: the search page's own form and result list on top of
 * Pagefind's JavaScript API (no Pagefind UI bundle). Filter indexes load only
 * when a filter is used, and the filter choices are written into the page at
 * build time, so a first query fetches the WASM, the index metadata and the
 * index chunks for its words, nothing else. A classic script (it imports
 * pagefind.js with a dynamic import); results are built from DOM text nodes.
 */
(function () {
  'use strict';
  var PAGE_SIZE = 10;

  var el = window.BroadsheetDom.el;
  var EXCERPT_WORDS = 30;

  // Results checked for the words searched before any are shown (see holdsEvery).
  var BEST = 3;

  /** Text as words are compared: lower case, accents dropped. */
  function fold(text) {
    return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  }
  /** A word as compared with the query: folded, punctuation dropped. */
  function foldWord(w) {
    return fold(w).replace(/[^\p{L}\p{N}]+/gu, '');
  }
  /** The words of a query, folded ("naïve" one word, not "nai" and "ve"). */
  function queryTerms(q) {
    return fold(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }
  /**
   * Whether a result holds every word searched, not a stand-in for one: for a
   * word not in its index, Pagefind searches the longest prefix that is
   * (Pagefind issues #599 and #780), so "xyzzyqwerty" finds every "x". A word
   * counts as found when a matched word of the result contains its first four
   * letters (all of a shorter word), which keeps stems and most typos, or is
   * the word without a plural ending ("ODE" for "ODEs"), never a shorter word
   * that happens to start it ("the" for "thexy").
   */
  function holdsEvery(d, terms) {
    var words = (d.content || '').split(/[^\S\uFEFF]+/);
    var matched = (d.locations || []).map(function (at) { return foldWord(words[at] || ''); });
    return terms.every(function (t) {
      var head = t.slice(0, 4);
      return matched.some(function (w) { return w.indexOf(head) >= 0 || (w.length >= 3 && t.indexOf(w) === 0 && /^(?:s|es)$/.test(t.slice(w.length))); });
    });
  }

  /** Whether the best-ranked results of a search hold every one of `terms` (see holdsEvery). */
  function bestHoldAll(search, terms) {
    return Promise.all(search.results.slice(0, BEST).map(function (x) { return x.data(); })).then(function (best) {
      return best.some(function (d) { return holdsEvery(d, terms); });
    });
  }

  /**
   * The values of `promises`, as Promise.all, but failing only once every one
   * has settled: Pagefind shares a pending load with whoever asks for it, so a
   * retry made while the failed try still had fetches in flight would be
   * handed those, and fail again.
   */
  function allSettledOrFail(promises) {
    return Promise.allSettled(promises).then(function (all) {
      var failed = all.filter(function (p) { return p.status === 'rejected'; })[0];
      if (failed) throw failed.reason;
      return all.map(function (p) { return p.value; });
    });
  }

  /** Results in Pagefind's order, read a page at a time: `length`, and `take(n)`, the data of the next n. */
  function inOrder(results) {
    var at = 0;
    return {
      length: results.length,
      take: function (n) {
        var from = at;
        var batch = results.slice(at, at += n);
        // A page that fails to load can be asked for again.
        return allSettledOrFail(batch.map(function (r) { return r.data(); })).catch(function (e) { at = from; throw e; });
      },
    };
  }

  /**
   * Results merged from lists that are each in a sort's order (a shard's, or a
   * word's in a shard), each paper once, read a page at a time as `inOrder`.
   * Pagefind ranks a sort within each index only and merges indexes by that
   * rank, so its merged shards interleave rather than sort. Here each list's
   * next few results are read in parallel, and the best by `value` (a result's
   * sort value, from its metadata) is taken until the page is full. Pages are
   * taken one after another, so a page is claimed as soon as it is asked for.
   */
  function mergeSorted(lists, value, desc) {
    var seen = {}, length = 0;
    lists.forEach(function (l) { l.forEach(function (r) { if (!seen[r.id]) { seen[r.id] = true; length++; } }); });
    var at = lists.map(function () { return 0; });
    var loading = {}, loaded = {}, taken = {};
    var queue = Promise.resolve();
    function load(r) {
      // A failed fetch is forgotten, so asking for the page again tries again.
      return loading[r.id] || (loading[r.id] = r.data().then(function (d) { loaded[r.id] = d; }, function (e) { delete loading[r.id]; throw e; }));
    }
    /** The lists with a result left, past the ones another list gave already. */
    function live() {
      return lists.map(function (l, i) {
        while (at[i] < l.length && taken[l[at[i]].id]) at[i]++;
        return i;
      }).filter(function (i) { return at[i] < lists[i].length; });
    }
    function fill(page, n, got) {
      for (;;) {
        var open = live();
        if (page.length >= n || !open.length) return page;
        var unread = open.filter(function (i) { return !loaded[lists[i][at[i]].id]; });
        if (unread.length) {
          var ahead = Math.ceil((n - page.length) / open.length) + 1;
          var loads = [];
          unread.forEach(function (i) { loads.push.apply(loads, lists[i].slice(at[i], at[i] + ahead).map(load)); });
          return allSettledOrFail(loads)
            .then(function () { return fill(page, n, got); });
        }
        var best = open.reduce(function (b, i) {
          var x = value(loaded[lists[i][at[i]].id]), y = value(loaded[lists[b][at[b]].id]);
          return (desc ? x > y : x < y) ? i : b;
        });
        var r = lists[best][at[best]];
        taken[r.id] = true;
        got.push(r.id);
        page.push(loaded[r.id]);
      }
    }
    return {
      length: length,
      take: function (n) {
        var page = queue.then(function () {
          // A page that fails to load gives its results back, for the next try.
          var mark = at.slice(), got = [];
          return Promise.resolve(fill([], n, got)).catch(function (e) {
            at = mark;
            got.forEach(function (id) { delete taken[id]; });
            throw e;
          });
        });
        queue = page.catch(function () {});
        return page;
      },
    };
  }

  /**
   * The papers holding some of the words, when none holds all: one search a
   * word (a word no paper has adds nothing). By relevance, the papers holding
   * the most words first, then by summed relevance (Pagefind has no "any word"
   * query); with a sort, in its order. `find` gives a word's result lists (see run).
   */
  function someWords(pagefind, terms, chosen, find, sorted) {
    return Promise.all(terms.map(function (t) {
      return pagefind.search(t, { filters: chosen }).then(function (s) {
        return bestHoldAll(s, [t]).then(function (found) {
          if (!found) return [];
          return sorted ? find(t) : [s.results];
        });
      });
    })).then(function (perWord) {
      var lists = [].concat.apply([], perWord);
      if (sorted) return { source: sorted(lists), anyWord: true };
      var byId = {};
      var merged = [];
      lists.forEach(function (results) {
        results.forEach(function (r) {
          var m = byId[r.id];
          if (!m) { m = byId[r.id] = { result: r, words: 0, score: 0 }; merged.push(m); }
          m.words++;
          m.score += r.score;
        });
      });
      merged.sort(function (a, b) { return b.words - a.words || b.score - a.score; });
      return { source: inOrder(merged.map(function (m) { return m.result; })), anyWord: true };
    });
  }

  /**
   * The excerpt of a result, made from the indexed text and where the query
   * matched it (`locations`, word positions): only the abstract, which ends
   * at `excerptEnd` before the indexed title and raw spellings
   * (search-record.ts); the window of words with the most hits, hits marked,
   * or the abstract's opening when only the title matched. Ellipses mark
   * where the abstract was cut. Text nodes only.
   */
  function excerptNode(d, excerptEnd) {
    // Split as Pagefind splits when it counts word positions.
    var words = (d.content || '').split(/[^\S\uFEFF]+/);
    var end = words.indexOf(excerptEnd);
    if (end < 0) end = words.length;
    var hits = (d.locations || []).filter(function (at) { return at < end; });
    var start = 0;
    var most = 0;
    hits.forEach(function (hit) {
      var from = Math.max(0, Math.min(hit - Math.floor(EXCERPT_WORDS / 3), end - EXCERPT_WORDS));
      var count = hits.filter(function (at) { return at >= from && at < from + EXCERPT_WORDS; }).length;
      if (count > most) { most = count; start = from; }
    });
    var stop = Math.min(end, start + EXCERPT_WORDS);
    var p = el('p', { class: 'excerpt' });
    if (start > 0) p.appendChild(document.createTextNode('… '));
    for (var i = start; i < stop; i++) {
      if (i > start) p.appendChild(document.createTextNode(' '));
      if (hits.indexOf(i) < 0) { p.appendChild(document.createTextNode(words[i])); continue; }
      // The word is marked, not the punctuation around it ("learning." marks "learning").
      var parts = /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u.exec(words[i]);
      if (!parts || !parts[2]) { p.appendChild(el('mark', {}, [words[i]])); continue; }
      if (parts[1]) p.appendChild(document.createTextNode(parts[1]));
      p.appendChild(el('mark', {}, [parts[2]]));
      if (parts[3]) p.appendChild(document.createTextNode(parts[3]));
    }
    if (stop < end) p.appendChild(document.createTextNode(' …'));
    return p;
  }

  /**
   * Wires the search form. `o.shards` are the site paths of the extra index
   * bundles (`pagefind-2/`…), merged into the first with `mergeIndex`, and
   * `o.shardFilter` the filter naming each document's shard (`1` the first);
   * `o.total` counts the papers; `o.excerptEnd` ends the excerptable text of
   * every indexed document; `o.sortValues` says how each sort key's value is
   * read from a result's metadata (search-record.ts SORT_VALUES); `o.digestDays`
   * are the days with a digest (ISO dates), for the day filter's word.
   */
  window.broadsheetPagefindSearch = function (o) {
    var shards = o.shards, total = o.total, excerptEnd = o.excerptEnd, sortValues = o.sortValues, shardFilter = o.shardFilter, digestDays = o.digestDays;
    var form = document.getElementById('search-form');
    var input = document.getElementById('search-input');
    var sort = document.getElementById('search-sort');
    // The filters live beside the form, bound to it by their `form` attribute.
    var filters = Array.prototype.filter.call(form.elements, function (e) { return e.hasAttribute('data-filter'); });
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var more = document.getElementById('search-more');
    var root = new URL('../', location.href);
    /** Puts the search the address describes into the form. */
    function readUrl() {
      var params = new URLSearchParams(location.search);
      input.value = params.get('q') || '';
      sort.value = params.get('sort') || '';
      filters.forEach(function (s) { s.value = params.get(s.name) || ''; });
    }
    readUrl();
    var options = document.querySelector('.search-options');
    var inUse = function () { return Boolean(sort.value) || filters.some(function (s) { return s.value; }); };
    var recount = window.BroadsheetDom.foldOptions(options, inUse);

    // Pagefind's own module, beside the built site; `astro dev` reads this file raw and need not resolve it.
    // Each shard's pages get a filter naming the shard, in the browser (nothing is stored in the index), for sorted searches.
    var shardOf = function (i) { var f = {}; f[shardFilter] = String(i + 1); return shards.length ? { mergeFilter: f } : {}; };
    var ready = import(/* @vite-ignore */ new URL('pagefind/pagefind.js', root).href).then(function (pagefind) {
      return pagefind.options(Object.assign({ baseUrl: root.pathname }, shardOf(0))).then(function () {
        return Promise.all(shards.map(function (s, i) {
          return pagefind.mergeIndex(new URL(s, root).pathname, Object.assign({ baseUrl: root.pathname }, shardOf(i + 1)));
        }));
      }).then(function () { return pagefind; });
    });

    ready.catch(function () { status.textContent = 'The search index could not be loaded.'; });

    var generation = 0;
    // The current search's results (inOrder or mergeSorted) and how many of them are shown.
    var results = inOrder([]);
    var shown = 0;
    // What the status line says of the current results.
    var said = '';

    function chosenFilters() {
      var chosen = {};
      filters.forEach(function (s) { if (s.value) chosen[s.dataset.filter] = [s.value]; });
      return chosen;
    }
    var place = window.BroadsheetDom.searchHistory(input);
    function keepInUrl(q, how) {
      var url = new URL(location.href);
      url.search = '';
      if (q) url.searchParams.set('q', q);
      if (sort.value) url.searchParams.set('sort', sort.value);
      filters.forEach(function (s) { if (s.value) url.searchParams.set(s.name, s.value); });
      place.keep(url, how);
    }
    // Topic pages by name, from the topic filter's choices (each carries its page's slug).
    var tagSlugs = {};
    var tagSelect = document.getElementById('search-filter-tag');
    if (tagSelect) Array.prototype.forEach.call(tagSelect.options, function (o) { if (o.dataset.slug) tagSlugs[o.value] = o.dataset.slug; });
    function render(d) {
      var tags = ((d.filters && d.filters.tag) || []).map(function (t) {
        return { name: t, slug: tagSlugs[t], href: tagSlugs[t] ? new URL('tags/' + tagSlugs[t] + '/', root).pathname : null };
      });
      window.BroadsheetDom.appendResult(list, {
        href: d.url, title: d.meta.title || d.url, published: d.meta.published,
        credit: [d.meta.authors, d.meta.organization].filter(Boolean),
        // Pagefind metadata is text.
        upvotes: d.meta.upvotes ? Number(d.meta.upvotes) : null,
        days: d.meta.days ? d.meta.days.split(', ') : [],
        excerpt: excerptNode(d, excerptEnd), tags: tags,
      });
    }
    /**
     * Shows the next page of results; `announce` replaces the list and status
     * at once (no empty flash). The page is claimed before it loads, so a
     * double click never shows a page twice, and a newer search drops it.
     */
    function showMore(g, announce) {
      // A click during a newer search's "Searching…" still holds the older results: never mix them in.
      var source = results;
      var count = Math.min(PAGE_SIZE, source.length - shown);
      shown += count;
      more.disabled = true;
      return source.take(count).then(function (data) {
        if (g !== generation || source !== results) return;
        if (announce) { list.textContent = ''; said = announce; }
        // Also after a page that failed: the status counts the results again.
        status.textContent = said;
        data.forEach(render);
        more.disabled = false;
        more.hidden = shown >= source.length;
      }, function (e) {
        if (g !== generation || source !== results) return;
        if (announce) throw e;
        // The page was not shown: it can be asked for again.
        shown -= count;
        more.disabled = false;
        status.textContent = 'More results could not be loaded; try again.';
      });
    }
    /**
     * Back to a search left for a result: as many results as were shown then, and the
     * same scroll position (kept in the history entry's state when a result is opened).
     */
    function restore(g, saved) {
      if (!saved || g !== generation) return;
      var before = shown;
      // A page that failed to load stops the restoring (its status asks for a try by hand), never retried in a loop.
      if (shown < Math.min(saved.shown || 0, results.length)) return showMore(g).then(function () { if (shown > before) return restore(g, saved); });
      if (saved.scrollY) window.scrollTo(0, saved.scrollY);
    }
    function saveState() {
      history.replaceState({ shown: shown, scrollY: window.scrollY }, '', location.href);
    }
    list.addEventListener('click', saveState);
    window.addEventListener('pagehide', saveState);
    /**
     * Searches for what the form says; `history_`: 'type' (the default), 'push' or 'keep' (see keepInUrl);
     * `saved`: the state of the history entry returned to, if any.
     */
    function run(history_, saved) {
      var g = ++generation;
      var q = input.value.trim();
      var chosen = chosenFilters();
      keepInUrl(q, typeof history_ === 'string' ? history_ : 'type');
      if (!q && !Object.keys(chosen).length) {
        list.textContent = ''; more.hidden = true;
        status.textContent = 'Type to search ' + window.BroadsheetDom.formatCount(total) + ' papers, or choose a filter.';
        return;
      }
      status.textContent = 'Searching…';
      var order = sort.value ? sort.value.split(':') : null;
      var spec = order && sortValues[order[0]];
      ready.then(function (pagefind) {
        /**
         * A term's results (null: the filters' papers) as lists each in the right order: by
         * relevance one list; by a sort one list a shard (its filter), for mergeSorted.
         */
        var find = function (term) {
          if (!order) return pagefind.search(term, { filters: chosen }).then(function (s) { return [s.results]; });
          var sortBy = Object.fromEntries([order]);
          return Promise.all([''].concat(shards).map(function (_, i) {
            var filters = Object.assign({}, chosen);
            if (shards.length) filters[shardFilter] = [String(i + 1)];
            return pagefind.search(term, { filters: filters, sort: sortBy }).then(function (s) { return s.results; });
          }));
        };
        var value = spec && function (d) {
          var v = d.meta[spec.meta];
          return (v === undefined || v === '' ? spec.absent : v).padStart(spec.width, '0');
        };
        var sorted = spec && function (lists) { return mergeSorted(lists, value, order[1] === 'desc'); };
        var asFound = function (lists) { return sorted ? sorted(lists) : inOrder(lists[0]); };
        var terms = queryTerms(q);
        return find(q || null).then(function (lists) {
          if (!terms.length) return { source: asFound(lists) };
          var none = lists.every(function (l) { return !l.length; });
          // Relevance ranks whole-word matches first: when its best few hold none of the words, nothing does.
          var ranked = !order ? Promise.resolve({ results: lists[0] }) : none ? Promise.resolve({ results: [] }) : pagefind.search(q, { filters: chosen });
          return ranked.then(function (r) { return bestHoldAll(r, terms); }).then(function (found) {
            if (found) return { source: asFound(lists) };
            // No paper has every word: as offline, the papers with some of them.
            return terms.length < 2 ? { source: inOrder([]) } : someWords(pagefind, terms, chosen, find, sorted);
          });
        });
      }).then(function (search) {
        if (g !== generation || !search) return;
        results = search.source; shown = 0;
        var n = results.length;
        var day = chosen.day ? chosen.day[0] : '';
        var message = window.BroadsheetDom.describe(n, q, { day: day, days: digestDays, filtered: Object.keys(chosen).length > 0, anyWord: search.anyWord, options: options });
        return showMore(g, message).then(function () { return restore(g, saved); });
      }).catch(function () {
        // Every later search fails the same way when the index never loaded: say so, never "Searching…" for ever.
        if (g === generation) { list.textContent = ''; more.hidden = true; status.textContent = 'The search index could not be loaded.'; }
      });
    }
    var timer = null;
    var push = function () { run('push'); };
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 150); });
    sort.addEventListener('change', push);
    // A date field reports a change as each part is typed: wait for the typing to stop.
    filters.forEach(function (s) {
      s.addEventListener('change', s.type === 'date' ? function () { clearTimeout(timer); timer = setTimeout(push, 600); } : push);
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); run(); place.settle(); });
    window.addEventListener('popstate', function () {
      clearTimeout(timer); readUrl(); recount(); run('keep', history.state); place.settle();
      if (inUse()) options.open = true;
    });
    more.addEventListener('click', function () {
      var before = list.children.length;
      showMore(generation).then(function () { var a = list.children[before] && list.children[before].querySelector('a'); if (a) a.focus(); });
    });
    run('keep', history.state);
    if (!input.value) input.focus();
  };
})();
