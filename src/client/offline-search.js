/*
 * Offline search (file://): a classic script, no modules or fetch. It reads
 * window.BroadsheetOffline (the index script) and window.MiniSearch (the
 * library's UMD build), and renders results with DOM text nodes only.
 */
(function () {
  'use strict';
  var PAGE_SIZE = 20;

  var el = window.BroadsheetDom.el;

  window.broadsheetOfflineSearch = function (container, initialQuery) {
    var data = window.BroadsheetOffline;
    var mini = window.MiniSearch.loadJS(data.index, data.options);
    var params = new URLSearchParams(location.search);

    var input = el('input', { id: 'search-input', type: 'search', name: 'q', class: 'offline-input', placeholder: 'Search titles and abstracts', autocomplete: 'off' });
    input.value = initialQuery || '';
    // Papers per topic, as the online search shows them.
    var perTag = data.tags.map(function () { return 0; });
    data.docs.forEach(function (d) { d[4].forEach(function (t) { perTag[t]++; }); });
    // Options carry the topic's name, as online, so a search address means the same in both.
    var tagIndex = {};
    data.tags.forEach(function (t, i) { tagIndex[t] = i; });
    var tagSelect = el('select', { id: 'filter-tag', name: 'tag' }, [el('option', { value: '' }, ['All topics'])].concat(
      data.tags.map(function (t, i) { return el('option', { value: t }, [t + ' (' + perTag[i] + ')']); })));
    // A date field, not a list: a list of every digest day grows without end. Days without a digest find nothing.
    var dayField = el('input', { id: 'filter-day', type: 'date', min: data.days[data.days.length - 1], max: data.days[0] });
    var dayIndex = {};
    data.days.forEach(function (d, i) { dayIndex[d] = i; });
    var status = el('p', { class: 'offline-status', role: 'status' });
    var heading = el('h2', { class: 'visually-hidden', id: 'offline-results-heading' }, ['Results']);
    var list = el('ol', { class: 'paper-list offline-results', 'aria-labelledby': 'offline-results-heading' });
    var more = el('button', { class: 'search-more', type: 'button', hidden: '' }, ['More results']);
    var form = el('form', { class: 'offline-form', role: 'search', 'aria-label': 'Papers', action: '' }, [
      el('label', { class: 'visually-hidden', for: 'search-input' }, ['Search titles and abstracts']),
      el('div', { class: 'search-row' }, [input, el('button', { class: 'search-submit', type: 'submit' }, ['Search'])]),
      el('div', { class: 'offline-filters' }, [
        el('span', { class: 'search-field' }, [el('label', { for: 'filter-tag' }, ['Topic']), tagSelect]),
        el('span', { class: 'search-field' }, [el('label', { for: 'filter-day' }, ['Day']), dayField]),
      ]),
    ]);
    var note = el('p', { class: 'offline-note' }, ['Offline search: this copy of the site was opened from disk, so a compact index of titles and abstract openings is used.']);
    container.textContent = '';
    [form, note, heading, status, list, more].forEach(function (node) { container.appendChild(node); });
    if (params.get('tag') && tagIndex[params.get('tag')] !== undefined) tagSelect.value = params.get('tag');
    if (params.get('day')) dayField.value = params.get('day');
    var hits = [];

    function render() {
      var q = input.value.trim();
      var tag = tagSelect.value === '' ? -1 : tagIndex[tagSelect.value];
      var day = dayField.value === '' ? -1 : (dayIndex[dayField.value] !== undefined ? dayIndex[dayField.value] : -2);
      var url = new URL(location.href);
      ['q', 'tag', 'day'].forEach(function (k) { url.searchParams.delete(k); });
      if (q) url.searchParams.set('q', q);
      if (tag >= 0) url.searchParams.set('tag', tagSelect.value);
      if (dayField.value) url.searchParams.set('day', dayField.value);
      history.replaceState(null, '', url);
      list.textContent = '';
      hits = [];
      more.hidden = true;
      if (!q) { status.textContent = 'Type to search ' + data.docs.length + ' papers.'; return; }
      var filter = function (r) {
        var d = data.docs[r.id];
        return (tag < 0 || d[4].indexOf(tag) >= 0) && (day === -1 || d[5].indexOf(day) >= 0);
      };
      hits = mini.search(q, { filter: filter });
      if (hits.length === 0) hits = mini.search(q, { filter: filter, combineWith: 'OR' });
      status.textContent = day === -2 ? 'No digest on ' + window.BroadsheetDom.formatDate(dayField.value) + ': choose another day.' : hits.length === 0 ? 'No results — try fewer words.' : hits.length + (hits.length === 1 ? ' result' : ' results') + ' for “' + q + '”';
      showMore();
    }
    // Results a page at a time, as online: the status counts them all, the list grows on request.
    function showMore() {
      var from = list.children.length;
      hits.slice(from, from + PAGE_SIZE).forEach(function (h) {
        var d = data.docs[h.id];
        window.BroadsheetDom.appendResult(list, {
          href: '../papers/' + d[0] + '/index.html', title: d[1], published: d[2], upvotes: d[3],
          days: d[5].map(function (i) { return data.days[i]; }),
        });
      });
      more.hidden = list.children.length >= hits.length;
      if (from > 0) list.children[from].querySelector('a').focus();
    }
    more.addEventListener('click', showMore);
    var timer = null;
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(render, 80); });
    tagSelect.addEventListener('change', render);
    dayField.addEventListener('input', render);
    dayField.addEventListener('change', render);
    form.addEventListener('submit', function (e) { e.preventDefault(); render(); });
    render();
    if (!initialQuery) input.focus();
  };
})();
