/*
 * The 404 page's script. A missing paper address still says which paper was
 * meant: its words are the title's. It offers a search for them, and, online,
 * what the address without its suffix (the one that tells papers with one
 * title apart) now shows: the paper, once the paper it collided with has left
 * the digests. The site's root is taken from the address, not the build's
 * base, so this also works when the same dist/ is served under another path.
 * A missing topic address offers the list of topics first.
 */
(function () {
  'use strict';
  const ways = document.getElementById('not-found-ways');
  const guess = document.getElementById('not-found-guess');
  // The page says which addresses a paper's slug can be (lib/titles.ts SLUG_PATTERN).
  const slugPattern = ways?.dataset['slugPattern'];
  if (!ways || !guess || !slugPattern) return;
  const offer = function (href: string, text: string) {
    const li = document.createElement('li'), a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    li.appendChild(a);
    ways.insertBefore(li, ways.firstChild);
  };
  // A topic that is not one (a typo, a guess): the topics, first.
  const topic = /^(.*\/)tags\/[^/?#]+/.exec(location.pathname);
  if (topic) { offer(topic[1] + 'tags/', 'Browse all topics'); return; }
  const m = /^(.*\/)papers\/([^/?#]+)/.exec(location.pathname);
  if (!m) return;
  const root = m[1]!;
  let slug: string;
  try { slug = decodeURIComponent(m[2]!).toLowerCase(); } catch { return; }
  // A file, or a list page past the last (`papers/page-9/`): no paper meant.
  if (/\.html?$|^page-\d+$/.test(slug)) return;
  // titleHash's suffix: 32 bits in base 36, padded to 7 characters, so it starts with 0 or 1 (never a word like "science").
  const bare = slug.replace(/-[01][0-9a-z]{6}$/, '');
  const words = bare.split('-').filter(Boolean).join(' ');
  if (!words) return;
  offer(root + 'search/?q=' + encodeURIComponent(words), 'Search for \u201c' + words + '\u201d');
  // Only an address a slug could be is fetched (no `..`, `?` or `/` from percent-escapes).
  if (bare === slug || !new RegExp(slugPattern).test(bare) || !/^https?:$/.test(location.protocol)) return;
  const at = root + 'papers/' + bare + '/';
  fetch(at, { credentials: 'same-origin' }).then(function (r) {
    if (!r.ok) return;
    return r.text().then(function (html) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const title = doc.querySelector('meta[name="citation_title"]');
      const moved = doc.querySelector('meta[http-equiv="refresh"]') && doc.querySelector('.page a[href]');
      const link = document.createElement('a');
      let prefix = 'Perhaps you meant ';
      link.dir = 'auto';
      link.href = at;
      if (title) link.textContent = title.getAttribute('content');
      // Another spelling's page (it redirects) names the paper and links it.
      else if (moved) { link.href = new URL(moved.getAttribute('href') ?? '', r.url || new URL(at, location.href)).href; link.textContent = moved.textContent; }
      // Spellings of several papers give the bare address: it lists them.
      else if (doc.querySelector('[data-alias-choices]')) { prefix = 'Perhaps you meant one of '; link.removeAttribute('dir'); link.textContent = 'the papers with this title'; }
      // Some other page (a list page, or a host answering every address with this one): no paper meant.
      else return;
      guess.textContent = prefix;
      guess.appendChild(link);
      guess.appendChild(document.createTextNode('?'));
    });
  }).catch(function () {
    // Offline or refused: the search offered above still stands.
  });
})();
