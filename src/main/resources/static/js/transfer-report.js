/* Jiexu: the charts of the transfer dashboard (/reports/transfers), drawn with Apache ECharts from the figures the
   page puts in window.jiexuTransferReport (labels already in the page's language). The tables below the charts hold
   the same figures. */
(function () {
  'use strict';
  var data = window.jiexuTransferReport;
  if (!data || !window.echarts) {
    return;
  }
  var labels = data.labels;
  var charts = [];

  function draw(id, option) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    var chart = window.echarts.init(element);
    chart.setOption(Object.assign({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true }
    }, option));
    charts.push(chart);
  }

  function bars(name, values, extra) {
    return Object.assign({ name: name, type: 'bar', data: values }, extra || {});
  }

  draw('chart-monthly', {
    xAxis: { type: 'category', data: data.months },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      bars(labels.openedIn, data.openedIn),
      bars(labels.openedOut, data.openedOut),
      { name: labels.completedIn, type: 'line', data: data.completedIn },
      { name: labels.completedOut, type: 'line', data: data.completedOut }
    ]
  });

  draw('chart-funds', {
    xAxis: { type: 'category', data: data.months },
    yAxis: { type: 'value' },
    series: [bars(labels.fundsIn, data.fundsIn), bars(labels.fundsOut, data.fundsOut)]
  });

  draw('chart-rates', {
    xAxis: { type: 'category', data: data.attempts },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      bars(labels.transferIn, data.ratesIn, { label: { show: true, position: 'top', formatter: '{c}%' } }),
      bars(labels.transferOut, data.ratesOut, { label: { show: true, position: 'top', formatter: '{c}%' } })
    ]
  });

  draw('chart-backlog', {
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: data.backlogStates, inverse: true },
    series: data.ages.map(function (age, i) {
      return bars(age, data.backlogByAge[i], { stack: 'age' });
    })
  });

  draw('chart-stewards', {
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: data.stewards, inverse: true },
    series: [bars(labels.open, data.stewardOpen), bars(labels.overdue, data.stewardOverdue)]
  });

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) {
      chart.resize();
    });
  });
}());
