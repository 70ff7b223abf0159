/* Stand-in for echarts.min.js in golden tests: the real library is 1 MB.
   It carries the two marks checkLibrary looks for: t.version="5.4.3" and e.type="series.custom". */
window.echarts = window.echarts || null;
