// The dashboard charts. A city's, district's or street's page sends every table's figures once, as
// the JSON block #dashboard-data (per table id: chart, stack, source, columns, skip = the columns the
// chart leaves out, lines as [label, href, values], total); each element data-chart-data="id" draws
// that table, whose lines per child are on the table view. A community's page (and its organizations'
// page) draws each chart from the table beside it (data-chart="bar|pie|line|funnel",
// data-chart-target the chart's element), so the table stays the source and print or no script
// still shows every figure. Lines are the table body's rows (their header cell names them, its link
// is where a click on the line's bar, point or slice leads); columns are the header cells not marked
// data-chart-skip; data-chart-stack stacks the bars; data-chart-source="total" draws the total row.
// Tooltips are drawn in the canvas (renderMode 'richText'): ECharts' HTML tooltip writes style
// attributes through innerHTML, which the Content-Security-Policy (style-src 'self') refuses.
(function () {
  'use strict';

  function tooltip(trigger) {
    return { trigger: trigger, renderMode: 'richText' };
  }

  function number(cell) {
    var v = cell ? cell.getAttribute('data-value') : null;
    return v === null ? null : Number(v);
  }

  function read(table) {
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th')).slice(1);
    var columns = [];
    heads.forEach(function (th, i) {
      if (!th.hasAttribute('data-chart-skip')) {
        columns.push({ index: i, label: th.textContent.trim() });
      }
    });
    function line(tr) {
      var head = tr.querySelector('th');
      var link = head ? head.querySelector('a') : null;
      var cells = tr.querySelectorAll('td');
      return {
        label: head ? head.textContent.trim() : '',
        href: link ? link.getAttribute('href') : null,
        values: columns.map(function (c) { return number(cells[c.index]); })
      };
    }
    var lines = Array.prototype.slice.call(table.querySelectorAll('tbody tr'))
      .filter(function (tr) { return tr.querySelector('th'); }).map(line);
    var totalRow = table.querySelector('tfoot tr');
    return { columns: columns, lines: lines, total: totalRow ? line(totalRow) : null };
  }

  function fromBlock(t) {
    var skip = t.skip || [];
    var columns = [];
    t.columns.forEach(function (label, i) {
      if (skip.indexOf(i) < 0) {
        columns.push({ index: i, label: label });
      }
    });
    function line(l) {
      return { label: l[0], href: l[1], values: columns.map(function (c) {
        var v = l[2][c.index];
        return v === null || v === undefined ? null : Number(v);
      }) };
    }
    return { columns: columns, lines: t.lines.map(line), total: t.total ? line(t.total) : null };
  }

  function option(kind, data, stack, fromTotal) {
    var names = data.columns.map(function (c) { return c.label; });
    if (kind === 'pie' || kind === 'funnel') {
      var items = fromTotal && data.total
        ? names.map(function (n, i) { return { name: n, value: data.total.values[i] }; })
        : data.lines.map(function (l) { return { name: l.label, value: l.values[0] }; });
      return {
        tooltip: tooltip('item'),
        legend: { type: 'scroll', bottom: 0 },
        series: [kind === 'pie'
          ? { type: 'pie', radius: ['35%', '65%'], data: items }
          : { type: 'funnel', sort: 'none', left: '10%', width: '80%', data: items }]
      };
    }
    if (kind === 'line') {
      return {
        tooltip: tooltip('axis'),
        legend: { type: 'scroll', bottom: 0 },
        grid: { left: 40, right: 16, top: 16, bottom: 48 },
        xAxis: { type: 'category', data: names },
        yAxis: { type: 'value' },
        series: data.lines.map(function (l) {
          return { type: 'line', name: l.label, data: l.values, connectNulls: false };
        })
      };
    }
    return {
      tooltip: tooltip('axis'),
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 64, containLabel: true },
      xAxis: { type: 'category', data: data.lines.map(function (l) { return l.label; }),
        axisLabel: { interval: 0, rotate: data.lines.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: data.columns.map(function (c, i) {
        return { type: 'bar', name: c.label, stack: stack ? 'all' : undefined,
          data: data.lines.map(function (l) { return l.values[i]; }) };
      })
    };
  }

  function draw(table) {
    return render(document.getElementById(table.getAttribute('data-chart-target')), table.getAttribute('data-chart'),
      read(table), table.hasAttribute('data-chart-stack'), table.getAttribute('data-chart-source') === 'total');
  }

  function render(target, kind, data, stack, fromTotal) {
    if (!target || typeof window.echarts === 'undefined') {
      return null;
    }
    var chart = window.echarts.init(target);
    chart.setOption(option(kind, data, stack, fromTotal));
    chart.on('click', function (params) {
      // a bar's category, a line's series and a slice name the table's line behind them
      var index = kind === 'bar' ? params.dataIndex : kind === 'line' ? params.seriesIndex
        : fromTotal ? -1 : params.dataIndex;
      var line = data.lines[index];
      if (line && line.href) {
        window.location.href = line.href;
      }
    });
    return chart;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var charts = Array.prototype.slice.call(document.querySelectorAll('table[data-chart]')).map(draw);
    var block = document.getElementById('dashboard-data');
    var tables = block ? JSON.parse(block.textContent) : {};
    Array.prototype.slice.call(document.querySelectorAll('[data-chart-data]')).forEach(function (target) {
      var t = tables[target.getAttribute('data-chart-data')];
      if (t) {
        charts.push(render(target, t.chart, fromBlock(t), !!t.stack, t.source === 'total'));
      }
    });
    charts = charts.filter(function (c) { return c; });
    window.addEventListener('resize', function () {
      charts.forEach(function (c) { c.resize(); });
    });
  });
}());
