/* The report's behaviour. Plain JavaScript, no network, works from file://. Without JavaScript the
   page is whole: every findings row shows, the lead stratum is open and the others open on a click,
   and no control shows (the filters are hidden, the sort buttons are made by this script). On a phone
   the filters are folded in a <details> that opens and closes natively.

   Findings tables (one per finding kind): rows are shown and hidden with their hidden attribute;
   sorting reorders the existing rows by numeric ranks written into the page. At most PAGE matching
   rows are shown at a time (a button shows the rest), so that thousands of findings stay
   responsive: the browser lays out only the rows shown. Printing shows every matching row.

   A link to the findings behind a synthesis row, a plot's vote or a card's chip carries the filters
   that show them (data-findings-filter); it sets them through the address, #TABLE?subject=IL6&a0=...,
   which is also read when the page opens, so such an address can be shared. Without JavaScript the
   link leads to the first of those findings. Such a link, and "Show all", move the keyboard focus to
   the first finding they show (its row header, focusable by script only), so that the next key
   press reads on from there rather than from the plot or the button left behind; the status line
   says which filters are set. A row's own address (a findings link's href, copied or opened in a new
   tab) shows that row, clearing the filters and the page limit where they hide it.

   Effect direction plots: a button switches a plot to its compact layout. Strata, the folded
   "and N more" values and the key results' "Check first" lists: printing opens them all (and
   closes again those that were closed); a link
   to a stratum or into one opens it. A table frame that scrolls sideways says so in its caption. */
(function () {
  'use strict';
  var PAGE = 500;
  /* Each findings table's function that sets its filters from "key=value&..." pairs, by the table's id. */
  var filterTo = new Map();
  /* Each findings table's function that shows one of its rows, hidden by a filter or the page limit, by the table's id. */
  var showRowOf = new Map();

  function count(n) {
    return n.toLocaleString('en');
  }

  function plural(n) {
    return n === 1 ? ' finding' : ' findings';
  }

  function findingsTable(block) {
    var table = block.querySelector('[data-table]');
    var filters = block.querySelector('[data-filters]');
    var active = filters.querySelector('[data-active]');
    var form = block.querySelector('[data-controls]');
    var status = block.querySelector('[data-status]');
    var more = block.querySelector('[data-more]');
    var text = form.querySelector('[data-search]');
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    var searchText = new Map();
    rows.forEach(function (row) {
      searchText.set(row, row.textContent.toLowerCase());
    });
    var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-filter]'));
    var total = rows.length;
    var limit = PAGE;
    var sortKey = 'subject';
    var sortDirection = 1;
    var printing = false;

    /* What the filters set are, in words, each control's label and its choice's: "Colour: red; Direction: decreased". */
    function filtersInWords(query) {
      var words = selects.filter(function (select) {
        return select.value !== '';
      }).map(function (select) {
        return select.labels[0].textContent.trim() + ': ' + select.options[select.selectedIndex].textContent.trim();
      });
      if (query !== '') {
        words.push('Search: \u201c' + query + '\u201d');
      }
      return words.join('; ');
    }

    function applyFilters() {
      var wanted = selects.map(function (select) {
        return { key: 'data-' + select.getAttribute('data-filter'), value: select.value };
      }).filter(function (f) {
        return f.value !== '';
      });
      var typed = text.value.trim();
      var query = typed.toLowerCase();
      var filtering = wanted.length + (query === '' ? 0 : 1);
      active.textContent = filtering === 0 ? '' : ' (' + filtering + ' active)';
      var matched = 0;
      var shown = 0;
      var max = printing ? Infinity : limit;
      for (var i = 0; i < rows.length; i++) {
        var row = rows[i];
        var match = true;
        for (var j = 0; j < wanted.length && match; j++) {
          match = row.getAttribute(wanted[j].key) === wanted[j].value;
        }
        if (match && query !== '') {
          match = searchText.get(row).indexOf(query) !== -1;
        }
        var visible = match && matched < max;
        if (match) {
          matched++;
        }
        if (visible) {
          shown++;
        }
        if (row.hidden === visible) {
          row.hidden = !visible;
        }
      }
      if (shown === total) {
        status.textContent = count(total) + plural(total);
      } else if (shown === matched) {
        status.textContent = 'Showing ' + count(shown) + ' of ' + count(total) + plural(total);
      } else if (matched === total) {
        status.textContent = 'Showing the first ' + count(shown) + ' of ' + count(total) + plural(total);
      } else {
        status.textContent = 'Showing the first ' + count(shown) + ' of ' + count(matched) + ' matching findings ('
          + count(total) + ' in all)';
      }
      if (filtering > 0) {
        status.textContent += ', filtered to ' + filtersInWords(typed);
      }
      more.hidden = shown === matched;
      more.textContent = 'Show all ' + count(matched) + (matched === total ? plural(matched) : ' matching findings');
    }

    function refilter() {
      limit = PAGE;
      applyFilters();
    }

    function rank(row, key) {
      return Number(row.getAttribute('data-rank-' + key));
    }

    function sortRows(key, direction) {
      rows.sort(function (a, b) {
        var byKey = (rank(a, key) - rank(b, key)) * direction;
        return byKey !== 0 ? byKey : Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
      });
      var fragment = document.createDocumentFragment();
      rows.forEach(function (row) {
        fragment.appendChild(row);
      });
      tbody.appendChild(fragment);
      applyFilters();
      Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-sort]'), function (th) {
        var state = th.getAttribute('data-sort') === key ? (direction > 0 ? 'ascending' : 'descending') : 'none';
        th.setAttribute('aria-sort', state);
      });
      sortKey = key;
      sortDirection = direction;
    }

    // The sort buttons are made here, so that without JavaScript no control shows that does
    // nothing. The label moves into the button and is kept in data-label, which print shows
    // instead of the button (Chromium paints no button in a header repeated on printed pages).
    Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-sort]'), function (th) {
      var label = th.textContent.trim();
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      th.setAttribute('data-label', label);
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var key = th.getAttribute('data-sort');
        sortRows(key, key === sortKey ? -sortDirection : 1);
      });
    });

    var pending = null;
    text.addEventListener('input', function () {
      if (pending !== null) {
        window.clearTimeout(pending);
      }
      pending = window.setTimeout(function () {
        pending = null;
        refilter();
      }, 120);
    });
    selects.forEach(function (select) {
      select.addEventListener('change', refilter);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });
    form.addEventListener('reset', function () {
      window.setTimeout(function () {
        limit = PAGE;
        sortRows('subject', 1);
      }, 0);
    });
    /* Moves the keyboard focus to a finding's row header (or, when none is shown, to the status line), which
       only the script makes focusable; the view keeps the findings' heading in sight where the row fits under it. */
    function focusFinding(row) {
      var target = row ? row.cells[0] : status;
      if (!target.hasAttribute('tabindex')) {
        target.setAttribute('tabindex', '-1');
      }
      target.focus({ preventScroll: true });
      var box = target.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) {
        target.scrollIntoView({ block: 'nearest' });
      }
    }

    function firstShown(except) {
      for (var i = 0; i < rows.length; i++) {
        if (!rows[i].hidden && !except.has(rows[i])) {
          return rows[i];
        }
      }
      return null;
    }

    // The button hides itself once every match shows: the focus goes on to the first row it showed.
    more.addEventListener('click', function () {
      var before = new Set(rows.filter(function (row) {
        return !row.hidden;
      }));
      limit = Infinity;
      applyFilters();
      focusFinding(firstShown(before));
    });
    window.addEventListener('beforeprint', function () {
      printing = true;
      applyFilters();
    });
    window.addEventListener('afterprint', function () {
      printing = false;
      applyFilters();
    });
    // On a phone the filters fold away behind their summary, so that the findings, not the form,
    // fill the first screen; on a wider screen the summary is hidden and the filters stay open.
    var narrow = window.matchMedia('screen and (max-width: 700px)');
    filters.open = !narrow.matches;
    narrow.addEventListener('change', function () {
      if (!narrow.matches) {
        filters.open = true;
      }
    });
    filters.hidden = false;
    applyFilters();

    // A row's own address (#...-findings-row-N, each findings link's href for the page without script) is what "copy
    // link" and a new tab open: the row may be past the page limit, or filtered away, and the page opened at its top.
    showRowOf.set(table.id, function (row) {
      if (row.hidden) {
        limit = Infinity;
        applyFilters();
      }
      if (row.hidden) { // the reader's filters hide it: cleared only then
        selects.forEach(function (select) {
          select.value = '';
        });
        text.value = '';
        applyFilters();
      }
      row.scrollIntoView();
      focusFinding(row);
    });

    filterTo.set(table.id, function (pairs) {
      var wanted = {};
      pairs.split('&').forEach(function (pair) {
        var at = pair.indexOf('=');
        if (at > 0) {
          wanted[pair.slice(0, at)] = decoded(pair.slice(at + 1));
        }
      });
      selects.forEach(function (select) {
        var value = wanted[select.getAttribute('data-filter')] || '';
        var offered = Array.prototype.some.call(select.options, function (option) {
          return option.value === value;
        });
        select.value = offered ? value : '';
      });
      text.value = '';
      refilter(); // on a phone the filters stay folded, their summary counting those set
      block.scrollIntoView();
      focusFinding(firstShown(new Set()));
    });
  }

  /* A part of an address decoded; '' for one that is no valid encoding (an address typed or cut short by hand), which
     must not stop the page's script as it starts. */
  function decoded(text) {
    try {
      return decodeURIComponent(text);
    } catch (e) {
      return '';
    }
  }

  /* Sets a findings table's filters from an address #TABLE?key=value&..., or shows the findings row an address names;
     false when it is neither. */
  function filterFromHash() {
    var hash = location.hash.slice(1);
    var at = hash.indexOf('?');
    var set = at > 0 ? filterTo.get(decoded(hash.slice(0, at))) : undefined;
    if (set) {
      set(hash.slice(at + 1));
      return true;
    }
    var row = at < 0 && hash !== '' ? document.getElementById(decoded(hash)) : null;
    var table = row && row.tagName === 'TR' ? row.closest('[data-table]') : null;
    var show = table ? showRowOf.get(table.id) : undefined;
    if (show) {
      show(row);
    }
    return show !== undefined;
  }

  function findingsLinks() {
    document.addEventListener('click', function (event) {
      var link = event.target.closest ? event.target.closest('a[data-findings-filter]') : null;
      if (!link || !filterTo.has(link.getAttribute('data-findings-table'))) {
        return;
      }
      event.preventDefault();
      var hash = '#' + link.getAttribute('data-findings-table') + '?' + link.getAttribute('data-findings-filter');
      if (location.hash === hash) {
        filterFromHash(); // the same address again: no hashchange
      } else {
        location.hash = hash;
      }
    });
    window.addEventListener('hashchange', filterFromHash);
    filterFromHash();
  }

  /* A table frame narrower than its table shows a cue in its caption, kept up to date as the window changes.
     Only such a frame is a tab stop (for the keyboard to scroll it): the page marks every frame one, for a
     browser without the script, and most do not scroll. */
  function scrollCues() {
    var frames = Array.prototype.slice.call(document.querySelectorAll('.table-scroll'));
    function update() {
      frames.forEach(function (frame) {
        var scrolls = frame.scrollWidth > frame.clientWidth + 1;
        frame.classList.toggle('scrolls', scrolls);
        if (scrolls) {
          frame.setAttribute('tabindex', '0');
        } else {
          frame.removeAttribute('tabindex');
        }
      });
    }
    /* A plot wider than its frame hid its last columns, a study's only vote among them, with no word (report reader s27,
       D8): its figure says so as a table's caption does. Its frame scrolls down too, so it stays a tab stop. */
    var plots = Array.prototype.slice.call(document.querySelectorAll('.edp-scroll'));
    function updatePlots() {
      plots.forEach(function (frame) {
        frame.parentNode.classList.toggle('scrolls', frame.scrollWidth > frame.clientWidth + 1);
      });
    }
    window.addEventListener('resize', update);
    window.addEventListener('resize', updatePlots);
    document.addEventListener('toggle', update, true);
    document.addEventListener('toggle', updatePlots, true);
    /* the plot's own Compact view changes its width: after its button's handler (the review of the change, S5) */
    document.addEventListener('click', function (event) {
      if (event.target.closest && event.target.closest('.compact-toggle')) {
        updatePlots();
      }
    });
    update();
    updatePlots();
  }

  function compactToggles() {
    Array.prototype.forEach.call(document.querySelectorAll('.compact-toggle'), function (button) {
      var figure = button.closest('figure');
      button.addEventListener('click', function () {
        var compact = !figure.classList.contains('compact');
        figure.classList.toggle('compact', compact);
        button.setAttribute('aria-pressed', compact ? 'true' : 'false');
      });
      button.hidden = false;
    });
  }

  function strata() {
    var closedForPrint = [];
    window.addEventListener('beforeprint', function () {
      Array.prototype.forEach.call(document.querySelectorAll('details.stratum:not([open]), details.more-values:not([open]), .read-first li.folded > details:not([open]), details.focus-to-check:not([open]), details.minority:not([open])'), function (details) {
        details.open = true;
        closedForPrint.push(details);
      });
    });
    window.addEventListener('afterprint', function () {
      closedForPrint.forEach(function (details) {
        details.open = false;
      });
      closedForPrint = [];
    });
    // an id, or a findings table's address (#TABLE?filters): its table
    function reveal(address) {
      var id = address.split('?')[0];
      var target = id ? document.getElementById(id) : null;
      // a stratum's block holds its heading and, folded, its tables
      var details = !target ? null : target.classList.contains('stratum-block')
        ? target.querySelector('details.stratum') : target.closest('details');
      if (details && !details.open) {
        details.open = true;
      }
    }
    document.addEventListener('click', function (event) {
      var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
      if (link) {
        reveal(decoded(link.getAttribute('href').slice(1)));
      }
    });
    window.addEventListener('hashchange', function () {
      reveal(decoded(location.hash.slice(1)));
    });
    reveal(decoded(location.hash.slice(1)));
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-findings]'), findingsTable);
  compactToggles();
  strata();
  findingsLinks();
  scrollCues();
}());
