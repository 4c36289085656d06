/* Filtering and sorting of the findings table. Plain JavaScript, no network, works from file://.
   Rows are shown and hidden with their hidden attribute; sorting reorders the existing rows by
   numeric ranks written into the page, so thousands of findings stay responsive. */
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
  var sortKey = 'cytokine';
  var sortDirection = 1;

  function plural(n) {
    return n === 1 ? ' finding' : ' findings';
  }

  function applyFilters() {
    var wanted = selects.map(function (select) {
      return { key: select.getAttribute('data-filter'), value: select.value };
    }).filter(function (f) {
      return f.value !== '';
    });
    var query = text.value.trim().toLowerCase();
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var visible = true;
      for (var j = 0; j < wanted.length && visible; j++) {
        visible = row.getAttribute('data-' + wanted[j].key) === wanted[j].value;
      }
      if (visible && query !== '') {
        visible = searchText.get(row).indexOf(query) !== -1;
      }
      if (row.hidden === visible) {
        row.hidden = !visible;
      }
      if (visible) {
        shown++;
      }
    }
    status.textContent = shown === total
      ? total.toLocaleString('en') + plural(total)
      : 'Showing ' + shown.toLocaleString('en') + ' of ' + total.toLocaleString('en') + plural(total);
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
      applyFilters();
    }, 120);
  });
  selects.forEach(function (select) {
    select.addEventListener('change', applyFilters);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  form.addEventListener('reset', function () {
    window.setTimeout(function () {
      applyFilters();
      sortRows('cytokine', 1);
    }, 0);
  });
  form.hidden = false;
  applyFilters();
}());
