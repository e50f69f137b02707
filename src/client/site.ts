/*
 * The site's behaviour, one classic script for every page (loaded with a
 * relative URL and `defer`, so it also runs from file://): folder links made
 * to work from disk, the "/" shortcut, the phone's sections menu, the theme toggle, and copy buttons.
 */
(function () {
  const d = document, root = d.documentElement;
  // From disk a link to a folder opens a directory listing: point folder links at their index.html.
  if (location.protocol === 'file:') {
    const fix = function (url: string): string {
      if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.charAt(0) === '#' || url.charAt(0) === '/') return url;
      const cut = url.search(/[?#]/), path = cut < 0 ? url : url.slice(0, cut), rest = cut < 0 ? '' : url.slice(cut);
      return /\/$/.test(path) || path === '.' || path === '..' ? path.replace(/\/?$/, '/') + 'index.html' + rest : url;
    };
    // The 404 page links from the site's root (a host serves it at any address); from disk it is the root's own file.
    const base = root.getAttribute('data-root-links');
    const local = function (url: string): string { return base && url.indexOf(base) === 0 ? './' + url.slice(base.length) : url; };
    d.querySelectorAll('a[href], link[rel=icon]').forEach(function (a) { a.setAttribute('href', fix(local(a.getAttribute('href') ?? ''))); });
    d.querySelectorAll('form[action]').forEach(function (f) { f.setAttribute('action', fix(local(f.getAttribute('action') ?? ''))); });
    // Redirect pages (other spellings of a title) too: follow the refresh to the file, not the folder.
    const refresh = d.querySelector('meta[http-equiv="refresh"]');
    const target = refresh && /url=(.*)$/i.exec(refresh.getAttribute('content') || '');
    if (target) location.replace(fix(target[1] ?? ''));
  }
  // "/" focuses the search box, as on most sites with search.
  d.addEventListener('keydown', function (e) {
    const t = e.target instanceof HTMLElement ? e.target : null, tag = t && t.tagName;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (t && t.isContentEditable)) return;
    const box = d.getElementById('search-input') || d.getElementById('site-search');
    if (box) { e.preventDefault(); box.focus(); }
  });
  // The sections menu on a phone (folded by the header's own script) closes on Escape, its button
  // focused again, and on a click anywhere else, as menus do.
  const menu = d.querySelector<HTMLDetailsElement>('.site-nav.folds .nav-menu'), phone = matchMedia('(max-width: 40rem)');
  if (menu) {
    d.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && menu.open && phone.matches) { menu.open = false; menu.querySelector('summary')?.focus(); }
    });
    d.addEventListener('click', function (e) { if (menu.open && phone.matches && !(e.target instanceof Node && menu.contains(e.target))) menu.open = false; });
  }
  // Theme toggle: the other theme than the system's is remembered; toggling back to the
  // system's own forgets the choice, so the page follows the system again.
  const button = d.getElementById('theme-toggle');
  if (button) {
    const systemDark = matchMedia('(prefers-color-scheme: dark)');
    const current = function () { return root.dataset['theme'] || (systemDark.matches ? 'dark' : 'light'); };
    const sync = function () { button.setAttribute('aria-pressed', String(current() === 'dark')); };
    button.hidden = false; sync();
    button.addEventListener('click', function () {
      const next = current() === 'dark' ? 'light' : 'dark';
      const followSystem = (next === 'dark') === systemDark.matches;
      if (followSystem) delete root.dataset['theme']; else root.dataset['theme'] = next;
      try {
        if (followSystem) localStorage.removeItem('broadsheet-theme'); else localStorage.setItem('broadsheet-theme', next);
      } catch {
        // Storage refused (private mode, file://): the choice lasts for this page only.
      }
      sync();
    });
    // Following the system: a change of the system's scheme changes the button's state too.
    systemDark.addEventListener('change', sync);
  }
})();

// Copy buttons on paper pages (link, BibTeX).
(function () {
  const box = document.querySelector<HTMLElement>('.copy-buttons'), status = document.querySelector('.copy-status');
  if (!box || !status) return;
  box.hidden = false;
  // file:// and old browsers: copy through a selected textarea.
  function copySelected(text: string): Promise<void> {
    // Selecting takes the focus: it goes back where it was (the button), for keyboard users.
    const was = document.activeElement;
    const t = document.createElement('textarea'); t.value = text; t.setAttribute('readonly', ''); t.style.position = 'fixed'; t.style.opacity = '0';
    // execCommand is deprecated but the only copy that works where the clipboard API is refused (file://).
    document.body.appendChild(t); t.select(); const ok = document.execCommand('copy'); t.remove();
    if (was instanceof HTMLElement) was.focus();
    return ok ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }
  function copy(text: string): Promise<void> {
    // The clipboard API may be refused (a permission, a frame): the selection still copies.
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text).catch(function () { return copySelected(text); });
    return copySelected(text);
  }
  box.addEventListener('click', function (e) {
    const b = e.target instanceof Element ? e.target.closest('button') : null; if (!b) return;
    const from = b.dataset['copyFrom'];
    const text = b.dataset['copy'] || (from && document.getElementById(from)?.textContent) || '';
    // Say what was copied: "Copy link" → "Link copied."
    let what = (b.textContent ?? '').replace(/^Copy\s+/, '');
    what = what.charAt(0).toUpperCase() + what.slice(1);
    copy(text).then(function () { status.textContent = what + ' copied.'; }, function () { status.textContent = 'Copy failed: select the text instead.'; });
  });
})();
