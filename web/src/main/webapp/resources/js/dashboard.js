/* Review dashboard (ADR 0029): a click on a bar opens the review queue filtered to exactly the
   applications the bar counts. The address comes with the chart's data (the dataset's "links"); the
   table beside each chart links the same addresses for the keyboard. PrimeFaces calls this extender
   with the chart widget as "this" before the chart is drawn. No inline script (ADR 0014). */
window.eportDashboardChart = function () {
    'use strict';
    var config = this.cfg.config;
    config.options = config.options || {};
    function linkOf(elements) {
        if (!elements.length) {
            return null;
        }
        var links = config.data.datasets[elements[0].datasetIndex].links;
        return links ? links[elements[0].index] : null;
    }
    config.options.onClick = function (event, elements) {
        var link = linkOf(elements);
        if (link) {
            window.location.href = link;
        }
    };
    config.options.onHover = function (event, elements) {
        event.native.target.classList.toggle('dashboard-chart-link', linkOf(elements) !== null);
    };
};
