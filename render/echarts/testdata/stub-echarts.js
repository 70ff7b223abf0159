/* Stand-in for echarts.min.js in golden tests: the real library is 1 MB. */
window.echarts = window.echarts || null;
