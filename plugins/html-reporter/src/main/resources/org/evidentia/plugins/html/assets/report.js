/* Filtering and sorting of the findings table. Plain JavaScript, no network, works from file://.
   Rows are shown and hidden with their hidden attribute; sorting reorders the existing rows by
   numeric ranks written into the page. At most PAGE matching rows are shown at a time (a button
   shows the rest), so that thousands of findings stay responsive: the browser lays out only the
   rows shown. Printing shows every matching row. Without JavaScript the whole table shows. */
(function () {
  'use strict';
  var table = document.getElementById('findings-table');
  var form = document.getElementById('findings-controls');
  if (!table || !form) {
    return;
  }
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var searchText = new Map();
  rows.forEach(function (row) {
    searchText.set(row, row.textContent.toLowerCase());
  });
  var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-filter]'));
  var text = document.getElementById('filter-text');
  var status = document.getElementById('findings-status');
  var total = rows.length;
  var more = document.getElementById('findings-more');
  var PAGE = 500;
  var limit = PAGE;
  var sortKey = 'cytokine';
  var sortDirection = 1;

  function plural(n) {
    return n === 1 ? ' finding' : ' findings';
  }

  function count(n) {
    return n.toLocaleString('en');
  }

  function applyFilters() {
    var wanted = selects.map(function (select) {
      return { key: select.getAttribute('data-filter'), value: select.value };
    }).filter(function (f) {
      return f.value !== '';
    });
    var query = text.value.trim().toLowerCase();
    var matched = 0;
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var match = true;
      for (var j = 0; j < wanted.length && match; j++) {
        match = row.getAttribute('data-' + wanted[j].key) === wanted[j].value;
      }
      if (match && query !== '') {
        match = searchText.get(row).indexOf(query) !== -1;
      }
      var visible = match && matched < limit;
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

  Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-sort] button'), function (button) {
    button.addEventListener('click', function () {
      var key = button.parentNode.getAttribute('data-sort');
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
      sortRows('cytokine', 1);
    }, 0);
  });
  more.addEventListener('click', function () {
    limit = Infinity;
    applyFilters();
  });
  window.addEventListener('beforeprint', function () {
    limit = Infinity;
    applyFilters();
  });
  form.hidden = false;
  applyFilters();
}());
