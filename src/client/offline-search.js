/*
 * Offline search (file://): a classic script, no modules or fetch. It reads
 * window.BroadsheetOffline (the index script), window.MiniSearch (the
 * library's UMD build) and window.BroadsheetStem (the stemmer bundled beside
 * it), and renders results with DOM text nodes only.
 */
(function () {
  'use strict';
  var PAGE_SIZE = 20;

  var el = window.BroadsheetDom.el;
  var formatCount = window.BroadsheetDom.formatCount;

  /** The index row's column of each metadata value a sort reads (`SORT_VALUES[key].meta`). Rows: [slug, title, published, upvotes, …]. */
  var COLUMNS = { published: 2, upvotes: 3 };

  /**
   * Orders hits as the online sort choices do (`key:dir`, the key's metadata from `sortValues`, the online
   * page's SORT_VALUES); papers without the value come last either way, and ties keep their relevance order.
   */
  function sortHits(hits, sort, sortValues) {
    var parts = sort.split(':');
    var spec = sortValues[parts[0]];
    var column = spec && COLUMNS[spec.meta];
    if (column === undefined) return;
    var sign = parts[1] === 'asc' ? 1 : -1;
    var data = window.BroadsheetOffline.docs;
    var rank = {};
    hits.forEach(function (h, i) { rank[h.id] = i; });
    hits.sort(function (a, b) {
      var x = data[a.id][column];
      var y = data[b.id][column];
      if (x === null || y === null) return x === y ? rank[a.id] - rank[b.id] : x === null ? 1 : -1;
      return x < y ? -sign : x > y ? sign : rank[a.id] - rank[b.id];
    });
  }

  /**
   * A field of the online form (`page`, the search page's form taken out of the document), re-made under the
   * offline page's id: its label and options are the ones the build wrote (searchFormFields), counts included,
   * so both searches offer the same choices and a search address means the same in both. Null when the page
   * has no such field (no paper has an organization).
   */
  function pageField(page, onlineId, id, name) {
    var online = page.querySelector('#' + onlineId);
    if (!online) return null;
    var select = el('select', { id: id, name: name }, Array.prototype.map.call(online.options, function (o) { return el('option', { value: o.value }, [o.textContent]); }));
    var label = page.querySelector('label[for="' + onlineId + '"]');
    return { select: select, field: el('span', { class: 'search-field' }, [el('label', { for: id }, [label ? label.textContent : name]), select]) };
  }

  /**
   * Renders the offline search into `container`, for the search the address holds; `page` is the online search
   * form (its choices), `sortValues` what each sort choice sorts by. Returns `addTeasers`, for the teasers
   * loaded after it.
   */
  window.broadsheetOfflineSearch = function (container, page, sortValues) {
    var data = window.BroadsheetOffline;
    // Words are stemmed as the index's were (offlineTerm): lower-cased, then Porter2, as Pagefind does online.
    var stemTerm = function (word) { return window.BroadsheetStem(word.toLowerCase()); };
    var mini = window.MiniSearch.loadJS(data.index, Object.assign({}, data.options, { processTerm: stemTerm }));

    var input = el('input', { id: 'search-input', type: 'search', name: 'q', class: 'search-input', placeholder: 'Search titles and abstracts', autocomplete: 'off' });
    // The choices the online form offers, with its counts; the index's rows name their topic and organization by position.
    var fields = [
      pageField(page, 'search-sort', 'filter-sort', 'sort'),
      pageField(page, 'search-filter-tag', 'filter-tag', 'tag'),
      pageField(page, 'search-filter-year', 'filter-year', 'year'),
      pageField(page, 'search-filter-organization', 'filter-organization', 'organization'),
    ];
    // A field the page has not is one whose value is always "any".
    var selectOf = function (field) { return field ? field.select : { value: '' }; };
    var sortSelect = selectOf(fields[0]);
    var tagSelect = selectOf(fields[1]);
    var yearSelect = selectOf(fields[2]);
    var organizationSelect = selectOf(fields[3]);
    var tagIndex = {};
    data.tags.forEach(function (t, i) { tagIndex[t] = i; });
    var organizationIndex = {};
    (data.organizations || []).forEach(function (o, i) { organizationIndex[o] = i; });
    // A date field, not a list: a list of every digest day grows without end. Days without a digest find nothing.
    var dayField = el('input', { id: 'filter-day', type: 'date', min: data.days[data.days.length - 1], max: data.days[0] });
    var dayIndex = {};
    data.days.forEach(function (d, i) { dayIndex[d] = i; });
    var status = el('p', { class: 'offline-status', role: 'status' });
    var heading = el('h2', { class: 'visually-hidden', id: 'offline-results-heading' }, ['Results']);
    var list = el('ol', { class: 'paper-list offline-results', 'aria-labelledby': 'offline-results-heading' });
    var more = el('button', { class: 'search-more', type: 'button', hidden: '' }, ['More results']);
    var form = el('form', { class: 'search-form', role: 'search', 'aria-label': 'Papers', action: '' }, [
      el('label', { class: 'visually-hidden', for: 'search-input' }, ['Search titles and abstracts']),
      el('div', { class: 'search-row' }, [input, el('button', { class: 'search-submit', type: 'submit' }, ['Search'])]),
    ]);
    // The online page's layout: the sort and filter panel beside the results on wide screens, folded on phones.
    var options = el('details', { class: 'search-options', open: '' }, [
      el('summary', {}, ['Sort and filter']),
      el('div', { class: 'search-filters' }, fields.filter(Boolean).map(function (f) { return f.field; }).concat([
        el('span', { class: 'search-field' }, [el('label', { for: 'filter-day' }, ['Day']), dayField]),
      ])),
    ]);
    var note = el('p', { class: 'offline-note' }, [data.wholeAbstracts ? 'Offline search: opened from disk, this copy searches an index of titles, abstracts, topics and organizations that came with it.'
      : 'Offline search: opened from disk, this copy searches a compact index that came with it, of titles, the opening of each abstract, topics and organizations; a word late in an abstract is found online only.']);
    var main = el('div', { class: 'search-main' }, [note, heading, status, list, more]);
    container.textContent = '';
    container.appendChild(el('div', { class: 'search-layout' }, [form, options, main]));
    readUrl();
    var recount = window.BroadsheetDom.foldOptions(options, function () { return Boolean(sortSelect.value || tagSelect.value || yearSelect.value || organizationSelect.value || dayField.value); });
    var hits = [];
    // Each shown result's row, for teasers that arrive after it (see addTeasers).
    var shownRows = [];
    var teasers = null;
    function teaser(id) {
      return teasers && teasers[id] ? el('p', { class: 'teaser', dir: 'auto' }, [teasers[id]]) : null;
    }
    var place = window.BroadsheetDom.searchHistory(input);
    /** Puts the search the address describes into the form (on opening, and on Back and Forward). */
    function readUrl() {
      var p = new URLSearchParams(location.search);
      input.value = p.get('q') || '';
      tagSelect.value = p.get('tag') && tagIndex[p.get('tag')] !== undefined ? p.get('tag') : '';
      dayField.value = p.get('day') || '';
      sortSelect.value = p.get('sort') || '';
      yearSelect.value = p.get('year') || '';
      organizationSelect.value = p.get('organization') && organizationIndex[p.get('organization')] !== undefined ? p.get('organization') : '';
    }

    /** Searches for what the form says; `how` keeps it in the address as online does ('type', 'push' or 'keep'). */
    function render(how) {
      var q = input.value.trim();
      var tag = tagSelect.value === '' ? -1 : tagIndex[tagSelect.value];
      var day = dayField.value === '' ? -1 : (dayIndex[dayField.value] !== undefined ? dayIndex[dayField.value] : -2);
      var year = yearSelect.value;
      var organization = organizationSelect.value === '' ? -1 : organizationIndex[organizationSelect.value];
      var url = new URL(location.href);
      ['q', 'sort', 'tag', 'year', 'organization', 'day'].forEach(function (k) { url.searchParams.delete(k); });
      if (q) url.searchParams.set('q', q);
      if (sortSelect.value) url.searchParams.set('sort', sortSelect.value);
      if (tag >= 0) url.searchParams.set('tag', tagSelect.value);
      if (year) url.searchParams.set('year', year);
      if (organization >= 0) url.searchParams.set('organization', organizationSelect.value);
      if (dayField.value) url.searchParams.set('day', dayField.value);
      place.keep(url, how);
      list.textContent = '';
      shownRows = [];
      hits = [];
      more.hidden = true;
      var filtered = tag >= 0 || day !== -1 || Boolean(year) || organization >= 0;
      if (!q && !filtered) { status.textContent = 'Type to search ' + formatCount(data.docs.length) + ' papers, or choose a filter.'; return; }
      var filter = function (r) {
        var d = data.docs[r.id];
        return (tag < 0 || d[4].indexOf(tag) >= 0) && (day === -1 || d[5].indexOf(day) >= 0) && (!year || (d[2] || '').slice(0, 4) === year)
          && (organization < 0 || d[7] === organization);
      };
      // Filters alone list their papers, as online (where Pagefind picks the order): here the most recently listed first (day 0 is the newest digest).
      // A hyphenated word is searched joined, as Pagefind does and as the index holds it beside its parts (joinHyphenatedWords),
      // and exactly: long joined words would otherwise allow two typos ("selfsupervised" finding "semisupervised").
      var joined = {};
      var terms = q.replace(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu, function (w) {
        var word = w.replace(/-/g, '');
        joined[stemTerm(word)] = true;
        return word;
      });
      var fuzzy = function (term) { return joined[term] ? 0 : data.options.searchOptions.fuzzy; };
      hits = q ? mini.search(terms, { filter: filter, fuzzy: fuzzy })
        : data.docs.map(function (_, i) { return { id: i }; }).filter(filter)
          .map(function (h) { h.lastSeen = Math.min.apply(null, data.docs[h.id][5]); return h; })
          .sort(function (a, b) { return a.lastSeen - b.lastSeen || a.id - b.id; });
      var anyWord = q && hits.length === 0 && /\s/.test(q);
      if (anyWord) hits = mini.search(terms, { filter: filter, fuzzy: fuzzy, combineWith: 'OR' });
      sortHits(hits, sortSelect.value, sortValues);
      status.textContent = window.BroadsheetDom.describe(hits.length, q, { day: dayField.value, days: data.days, filtered: filtered, anyWord: anyWord, options: options });
      showMore();
    }
    // Results a page at a time, as online: the status counts them all, the list grows on request.
    function showMore() {
      var from = list.children.length;
      hits.slice(from, from + PAGE_SIZE).forEach(function (h) {
        var d = data.docs[h.id];
        window.BroadsheetDom.appendResult(list, {
          href: '../papers/' + d[0] + '/index.html', title: d[1], published: d[2], upvotes: d[3], credit: d[6],
          days: d[5].map(function (i) { return data.days[i]; }),
          tags: d[4].map(function (t) { return { name: data.tags[t], slug: data.tagSlugs[t], href: '../tags/' + data.tagSlugs[t] + '/index.html' }; }),
          excerpt: teaser(h.id),
        });
        shownRows.push(h.id);
      });
      more.hidden = list.children.length >= hits.length;
      if (from > 0) list.children[from].querySelector('a').focus();
    }
    more.addEventListener('click', showMore);
    var timer = null;
    var push = function () { clearTimeout(timer); render('push'); };
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { render('type'); }, 80); });
    fields.forEach(function (f) { if (f) f.select.addEventListener('change', push); });
    // A date field reports a change as each part is typed: wait for the typing to stop, as online.
    dayField.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(push, 600); });
    form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); render('type'); place.settle(); });
    window.addEventListener('popstate', function () { clearTimeout(timer); readUrl(); recount(); render('keep'); place.settle(); });
    render('keep');
    if (!input.value) input.focus();
    return {
      /** Adds each row's teaser (offline/teasers.js) to the results shown and to every later one. */
      addTeasers: function (rows) {
        teasers = rows || null;
        Array.prototype.forEach.call(list.children, function (item, i) {
          var p = teaser(shownRows[i]);
          if (p && !item.querySelector('.teaser')) item.lastChild.appendChild(p);
        });
      },
    };
  };
})();
