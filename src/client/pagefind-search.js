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
  /** Pagefind's excerpt is escaped text with <mark> around hits: keep those two kinds of node only. */
  function excerptNode(html) {
    var template = document.createElement('template');
    template.innerHTML = html || '';
    var p = el('p', { class: 'excerpt' });
    template.content.childNodes.forEach(function (n) {
      p.appendChild(n.nodeName === 'MARK' ? el('mark', {}, [n.textContent]) : document.createTextNode(n.textContent));
    });
    return p;
  }

  /**
   * Wires the search form. `shards` are the site paths of the extra index
   * bundles (`pagefind-2/`…), merged into the first with `mergeIndex`.
   */
  window.broadsheetPagefindSearch = function (shards, total) {
    var form = document.getElementById('search-form');
    var input = document.getElementById('search-input');
    var sort = document.getElementById('search-sort');
    var filters = Array.prototype.slice.call(form.querySelectorAll('[data-filter]'));
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var more = document.getElementById('search-more');
    var root = new URL('../', location.href);
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    if (params.get('sort')) sort.value = params.get('sort');
    filters.forEach(function (s) { if (params.get(s.name)) s.value = params.get(s.name); });

    var ready = import(new URL('pagefind/pagefind.js', root).href).then(function (pagefind) {
      return pagefind.options({ baseUrl: root.pathname, excerptLength: 30 }).then(function () {
        return Promise.all(shards.map(function (s) { return pagefind.mergeIndex(new URL(s, root).pathname, { baseUrl: root.pathname }); }));
      }).then(function () { return pagefind; });
    });
    ready.catch(function () { status.textContent = 'The search index could not be loaded.'; });

    var generation = 0;
    var results = [];
    var shown = 0;

    function chosenFilters() {
      var chosen = {};
      filters.forEach(function (s) { if (s.value) chosen[s.dataset.filter] = [s.value]; });
      return chosen;
    }
    function keepInUrl(q) {
      var url = new URL(location.href);
      url.search = '';
      if (q) url.searchParams.set('q', q);
      if (sort.value) url.searchParams.set('sort', sort.value);
      filters.forEach(function (s) { if (s.value) url.searchParams.set(s.name, s.value); });
      history.replaceState(null, '', url);
    }
    function render(d) {
      var tags = el('ul', { class: 'result-tags', 'aria-label': 'Topics' }, ((d.filters && d.filters.tag) || []).map(function (t) { return el('li', {}, [t]); }));
      window.BroadsheetDom.appendResult(list, {
        href: d.url, title: d.meta.title || d.url, published: d.meta.published,
        // Pagefind metadata is text.
        upvotes: d.meta.upvotes ? Number(d.meta.upvotes) : null,
        days: d.meta.days ? d.meta.days.split(', ') : [],
        before: [excerptNode(d.excerpt)], after: [tags],
      });
    }
    /**
     * Shows the next page of results; `announce` replaces the list and status
     * at once (no empty flash). The page is claimed before it loads, so a
     * double click never shows a page twice, and a newer search drops it.
     */
    function showMore(g, announce) {
      var batch = results.slice(shown, shown + PAGE_SIZE);
      shown += batch.length;
      more.disabled = true;
      return Promise.all(batch.map(function (r) { return r.data(); })).then(function (data) {
        if (g !== generation) return;
        if (announce) { list.textContent = ''; status.textContent = announce; }
        data.forEach(render);
        more.disabled = false;
        more.hidden = shown >= results.length;
      });
    }
    function run() {
      var g = ++generation;
      var q = input.value.trim();
      var chosen = chosenFilters();
      keepInUrl(q);
      if (!q && !Object.keys(chosen).length) {
        list.textContent = ''; more.hidden = true;
        status.textContent = 'Type to search ' + total + ' papers, or choose a filter.';
        return;
      }
      status.textContent = 'Searching…';
      var order = sort.value ? sort.value.split(':') : null;
      ready.then(function (pagefind) {
        return pagefind.search(q || null, { filters: chosen, sort: order ? Object.fromEntries([order]) : undefined });
      }).then(function (search) {
        if (g !== generation || !search) return;
        results = search.results; shown = 0;
        var n = results.length;
        return showMore(g, n === 0 ? 'No results' + (q ? ' for “' + q + '”' : '') + ' — try fewer words or filters.' : n + (n === 1 ? ' result' : ' results') + (q ? ' for “' + q + '”' : ''));
      });
    }
    var timer = null;
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 150); });
    sort.addEventListener('change', run);
    // A date field reports a change as each part is typed: wait for the typing to stop.
    filters.forEach(function (s) {
      s.addEventListener('change', s.type === 'date' ? function () { clearTimeout(timer); timer = setTimeout(run, 600); } : run);
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); run(); });
    more.addEventListener('click', function () {
      var before = list.children.length;
      showMore(generation).then(function () { var a = list.children[before] && list.children[before].querySelector('a'); if (a) a.focus(); });
    });
    run();
    if (!input.value) input.focus();
  };
})();
