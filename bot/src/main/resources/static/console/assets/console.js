// Draws each chart from its data attribute (written and escaped by the server): shares against the
// satisfaction target as bars with a target line, counts as plain bars. SVG, so the drawing is in the DOM.
document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
  var data = JSON.parse(el.getAttribute('data-chart'));
  var chart = echarts.init(el, null, { renderer: 'svg' });
  var share = el.getAttribute('data-kind') === 'share';
  var series = {
    type: 'bar', name: data.title,
    data: share ? data.values.map(function (v) { return v === null ? null : Math.round(v * 1000) / 10; }) : data.values,
    itemStyle: { color: '#c8102e' }
  };
  if (share) {
    series.markLine = { symbol: 'none', label: { formatter: 'Mục tiêu ' + Math.round(data.target * 100) + '%' },
      lineStyle: { color: '#1b7f3b', type: 'dashed' }, data: [{ yAxis: data.target * 100 }] };
  }
  chart.setOption({
    title: { text: data.title, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 10, bottom: 60, containLabel: true },
    xAxis: { type: 'category', data: data.labels, axisLabel: { rotate: 30, interval: 0 } },
    yAxis: share ? { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } } : { type: 'value', minInterval: 1 },
    series: [series]
  });
  el.setAttribute('data-drawn', 'true');
  window.addEventListener('resize', function () { chart.resize(); });
});
