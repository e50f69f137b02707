/*
 * DOM helpers shared by both search engines' classic scripts (Pagefind online,
 * MiniSearch offline): elements built from text nodes only, dates as the
 * pages show them, and one result item. Loaded before either script.
 */
window.BroadsheetDom = (function () {
  'use strict';
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }
  function formatDate(iso) {
    var m = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    var p = iso.split('-');
    return Number(p[2]) + ' ' + m[Number(p[1]) - 1] + ' ' + p[0];
  }
  /**
   * Appends a numbered result to a `.paper-list`: linked title, then `extra`
   * nodes (excerpt, topics), with a meta line of publication date, upvotes
   * (a number or null) and the digest days (ISO dates) before the topics.
   */
  function appendResult(list, r) {
    var meta = [];
    if (r.published) meta.push(el('span', {}, ['Published ', el('time', { datetime: r.published }, [formatDate(r.published)])]));
    if (r.upvotes !== null && r.upvotes !== undefined) meta.push(el('span', { class: r.upvotes === 0 ? 'upvotes upvotes-none' : 'upvotes' }, ['▲ ' + r.upvotes + (r.upvotes === 1 ? ' upvote' : ' upvotes')]));
    if (r.days.length) meta.push(el('span', {}, ['Seen ' + r.days.map(formatDate).join(', ')]));
    var metaLine = el('p', { class: 'meta' });
    meta.forEach(function (m, i) { if (i) metaLine.appendChild(el('span', { class: 'sep', 'aria-hidden': 'true' }, [' · '])); metaLine.appendChild(m); });
    var body = [el('h3', { class: 'paper-title' }, [el('a', { href: r.href }, [r.title])])].concat(r.before || [], [metaLine], r.after || []);
    list.appendChild(el('li', { class: 'paper-item' }, [
      el('span', { class: 'paper-pos', 'aria-hidden': 'true' }, [String(list.children.length + 1)]),
      el('div', {}, body),
    ]));
  }
  /**
   * On a phone the sort and filter panel (`details`) folds away under its
   * summary, unless `inUse()` says the search uses one; a wider window (a
   * phone turned, a window widened) opens it again, as a side panel.
   */
  function foldOptions(options, inUse) {
    var narrow = window.matchMedia('(max-width: 40rem)');
    if (narrow.matches && !inUse()) options.open = false;
    narrow.addEventListener('change', function () { if (!narrow.matches) options.open = true; });
  }
  return { el: el, formatDate: formatDate, appendResult: appendResult, foldOptions: foldOptions };
})();
