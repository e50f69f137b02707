/*
 * The site's behaviour, one classic script for every page (loaded with a
 * relative URL and `defer`, so it also runs from file://): folder links made
 * to work from disk, the "/" shortcut, the phone's sections menu, the theme toggle, and copy buttons.
 */
(function () {
  var d = document, root = d.documentElement;
  // From disk a link to a folder opens a directory listing: point folder links at their index.html.
  if (location.protocol === 'file:') {
    var fix = function (url) {
      if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.charAt(0) === '#' || url.charAt(0) === '/') return url;
      var cut = url.search(/[?#]/), path = cut < 0 ? url : url.slice(0, cut), rest = cut < 0 ? '' : url.slice(cut);
      return /\/$/.test(path) || path === '.' || path === '..' ? path.replace(/\/?$/, '/') + 'index.html' + rest : url;
    };
    // The 404 page links from the site's root (a host serves it at any address); from disk it is the root's own file.
    var base = root.getAttribute('data-root-links');
    var local = function (url) { return base && url && url.indexOf(base) === 0 ? './' + url.slice(base.length) : url; };
    d.querySelectorAll('a[href], link[rel=icon]').forEach(function (a) { a.setAttribute('href', fix(local(a.getAttribute('href')))); });
    d.querySelectorAll('form[action]').forEach(function (f) { f.setAttribute('action', fix(local(f.getAttribute('action')))); });
    // Redirect pages (other spellings of a title) too: follow the refresh to the file, not the folder.
    var refresh = d.querySelector('meta[http-equiv="refresh"]');
    var target = refresh && /url=(.*)$/i.exec(refresh.getAttribute('content') || '');
    if (target) location.replace(fix(target[1]));
  }
  // "/" focuses the search box, as on most sites with search.
  d.addEventListener('keydown', function (e) {
    var t = e.target, tag = t && t.tagName;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (t && t.isContentEditable)) return;
    var box = d.getElementById('search-input') || d.getElementById('site-search');
    if (box) { e.preventDefault(); box.focus(); }
  });
  // The sections menu on a phone (folded by the header's own script) closes on Escape, its button
  // focused again, and on a click anywhere else, as menus do.
  var menu = d.querySelector('.site-nav.folds .nav-menu'), phone = matchMedia('(max-width: 40rem)');
  if (menu) {
    d.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && menu.open && phone.matches) { menu.open = false; menu.querySelector('summary').focus(); }
    });
    d.addEventListener('click', function (e) { if (menu.open && phone.matches && !menu.contains(e.target)) menu.open = false; });
  }
  // Theme toggle: the other theme than the system's is remembered; toggling back to the
  // system's own forgets the choice, so the page follows the system again.
  var button = d.getElementById('theme-toggle');
  if (button) {
    var systemDark = matchMedia('(prefers-color-scheme: dark)');
    var current = function () { return root.dataset.theme || (systemDark.matches ? 'dark' : 'light'); };
    var sync = function () { button.setAttribute('aria-pressed', String(current() === 'dark')); };
    button.hidden = false; sync();
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      var followSystem = (next === 'dark') === systemDark.matches;
      if (followSystem) delete root.dataset.theme; else root.dataset.theme = next;
      try {
        if (followSystem) localStorage.removeItem('broadsheet-theme'); else localStorage.setItem('broadsheet-theme', next);
      } catch (e) {}
      sync();
    });
    // Following the system: a change of the system's scheme changes the button's state too.
    systemDark.addEventListener('change', sync);
  }
})();

// Copy buttons on paper pages (link, BibTeX).
(function () {
  var box = document.querySelector('.copy-buttons'), status = document.querySelector('.copy-status');
  if (!box) return;
  box.hidden = false;
  // file:// and old browsers: copy through a selected textarea.
  function copySelected(text) {
    // Selecting takes the focus: it goes back where it was (the button), for keyboard users.
    var was = document.activeElement;
    var t = document.createElement('textarea'); t.value = text; t.setAttribute('readonly', ''); t.style.position = 'fixed'; t.style.opacity = '0';
    document.body.appendChild(t); t.select(); var ok = document.execCommand('copy'); t.remove();
    if (was && was.focus) was.focus();
    return ok ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }
  function copy(text) {
    // The clipboard API may be refused (a permission, a frame): the selection still copies.
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text).catch(function () { return copySelected(text); });
    return copySelected(text);
  }
  box.addEventListener('click', function (e) {
    var b = e.target.closest('button'); if (!b) return;
    var text = b.dataset.copy || (document.getElementById(b.dataset.copyFrom) || {}).textContent || '';
    // Say what was copied: "Copy link" → "Link copied."
    var what = b.textContent.replace(/^Copy\s+/, '');
    what = what.charAt(0).toUpperCase() + what.slice(1);
    copy(text).then(function () { status.textContent = what + ' copied.'; }, function () { status.textContent = 'Copy failed: select the text instead.'; });
  });
})();
