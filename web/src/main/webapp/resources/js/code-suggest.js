/* Suggestion lists (PrimeFaces autoComplete, e:codeSuggest; docs/adr/0020-suggestion-lists-and-print.md).
   - The list opens below its field. PrimeFaces positions the panel (appended to the body) with jQuery UI's
     collision "flipfit", which puts a list that does not fit below above the field, over the fields above it
     and the header. Here the panel goes back below the field; when it opens, the page scrolls just enough
     for the list's full height (scrollHeight) to be seen (PrimeFaces, which closes a list when the page
     scrolls, is told this scroll is the list's own).
   - A pointer that has not moved does not choose. PrimeFaces highlights the entry under the pointer on
     mouseover, and Chromium sends mouseover when a list opens (or the page scrolls) under a resting pointer,
     so Down/Enter then went on from that entry. Mouseover in a list counts only after the pointer really
     moved (other coordinates) since the list was shown.
   No inline script: the Content-Security-Policy allows none (ADR 0014). */
(function () {
    'use strict';
    var MARGIN = 8;
    var pointer = null;
    var resting = false;
    var restingAt = null;

    function inList(target) {
        return target && target.closest ? target.closest('.ui-autocomplete-panel') : null;
    }

    function openBelow(widget) {
        var panel = widget.panel;
        if (widget.cfg.multiple || panel.parent().is(widget.jq)) {
            return;
        }
        var inputBox = widget.input[0].getBoundingClientRect();
        panel.css('transform-origin', 'center top');
        /* move by the difference, whatever the panel's offset parent */
        var shift = inputBox.bottom - panel[0].getBoundingClientRect().top;
        panel.css('top', ((parseFloat(panel.css('top')) || 0) + shift) + 'px');
    }

    /* When the list opens: scroll the page so that the field and the list's full height are in view. */
    function scrollListIntoView(widget) {
        var inputBox = widget.input[0].getBoundingClientRect();
        var height = Math.max(widget.panel.outerHeight(), widget.cfg.scrollHeight || 0);
        var overflow = inputBox.bottom + height + MARGIN - window.innerHeight;
        var room = inputBox.top - MARGIN - headerBottom();
        if (overflow > 0 && room > 0) {
            makeRoomBelow(Math.min(overflow, room));
            widget.eportScrolling = true;
            window.setTimeout(function () {
                widget.eportScrolling = false;
            }, 500);
            window.scrollBy(0, Math.min(overflow, room));
        }
    }

    /* A field near the end of the page: the page grows at its bottom so that it can scroll by the list's height
       (the panel, absolutely placed in the body, is not yet counted when it opens). */
    function makeRoomBelow(distance) {
        var page = document.scrollingElement || document.documentElement;
        var scrollable = page.scrollHeight - window.innerHeight - window.scrollY;
        if (distance > scrollable) {
            var padding = parseFloat(window.getComputedStyle(document.body).paddingBottom) || 0;
            document.body.style.paddingBottom = (padding + distance - scrollable) + 'px';
        }
    }

    function headerBottom() {
        var header = document.querySelector('.frame-header');
        return header ? header.getBoundingClientRect().bottom : 0;
    }

    function patch(AutoComplete) {
        var proto = AutoComplete.prototype;
        var show = proto.show;
        var alignPanel = proto.alignPanel;
        var showSuggestions = proto.showSuggestions;
        var handleViewportChange = proto.handleViewportChange;
        proto.show = function () {
            this.eportOpening = true;
            try {
                return show.apply(this, arguments);
            } finally {
                this.eportOpening = false;
            }
        };
        proto.alignPanel = function () {
            var result = alignPanel.apply(this, arguments);
            if (this.eportOpening) {
                scrollListIntoView(this);
            }
            openBelow(this);
            return result;
        };
        /* PrimeFaces closes the list when the page scrolls; not when the page scrolled for the list */
        proto.handleViewportChange = function () {
            if (this.eportScrolling) {
                this.eportScrolling = false;
                return this.alignPanel();
            }
            return handleViewportChange.apply(this, arguments);
        };
        proto.showSuggestions = function () {
            resting = true;
            restingAt = pointer;
            return showSuggestions.apply(this, arguments);
        };
    }

    function onMouseMove(event) {
        pointer = { x: event.clientX, y: event.clientY };
        if (!resting) {
            return;
        }
        if (restingAt === null) {
            restingAt = pointer; /* the first position seen since the list opened */
            return;
        }
        if (pointer.x === restingAt.x && pointer.y === restingAt.y) {
            return;
        }
        resting = false;
        var item = inList(event.target) && event.target.closest('.ui-autocomplete-item');
        if (item) {
            /* its mouseover came while the pointer rested: highlight it now */
            window.jQuery(item).trigger('mouseover');
        }
    }

    function ignoreWhileResting(event) {
        if (resting && inList(event.target)) {
            event.stopPropagation();
        }
    }

    document.addEventListener('mousemove', onMouseMove, true);
    document.addEventListener('mouseover', ignoreWhileResting, true);
    document.addEventListener('mouseenter', ignoreWhileResting, true);

    function patchWhenLoaded() {
        var widgets = window.PrimeFaces && window.PrimeFaces.widget;
        if (widgets && widgets.AutoComplete && !widgets.AutoComplete.eportPatched) {
            patch(widgets.AutoComplete);
            widgets.AutoComplete.eportPatched = true;
        }
    }

    patchWhenLoaded();
    document.addEventListener('DOMContentLoaded', patchWhenLoaded);
}());
