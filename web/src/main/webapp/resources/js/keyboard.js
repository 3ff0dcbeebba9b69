/* Keyboard rules of every form and dialog of the frame's pages (SPEC F-70), entry forms, query forms,
   the forms of dialogs and dialogs without a form alike (one behaviour everywhere; no class to opt in):
   - Enter moves to the next input like Tab, in text areas too: F-70 and the manual make Ctrl+Enter
     the way to type a line break there ("Ctrl+Enter 可将当前录入框中的内容进行换行");
   - Ctrl+Enter inserts a line break in a text area (Shift+Enter keeps the browser's own line break);
   - Enter on a button, a link or a file input does what it always does (presses it, opens the picker);
   - in a drop-down (select) Up/Down choose the previous/next option, the browser's own keys; a
     choice that re-renders what depends on it keeps the focus on the drop-down;
   - while a suggestion list is open, Up/Down move its highlight and Enter takes the highlighted
     suggestion without leaving the field (PrimeFaces autoComplete does both: this script keeps out
     of its way); the next Enter moves on. Enter typed before the list came up moves on like Tab
     and the list does not open behind the user's back;
   - Backspace and Tab keep their usual meaning. */
(function () {
    'use strict';

    var FOCUSABLE = 'input:not([type=hidden]):not([disabled]):not([readonly]), select:not([disabled]), '
        + 'textarea:not([disabled]):not([readonly]), button:not([disabled]), a[href]';

    /* Where Enter moves on: the field's form, else the dialog it is in (a dialog without a form of its
       own behaves like a form: one keyboard behaviour on every form and dialog). */
    function scopeOf(element) {
        if (!element || !element.closest) {
            return null;
        }
        return element.form || element.closest('form') || element.closest('[role=dialog], [role=alertdialog], .ui-dialog');
    }

    function suggestionListOpen(field) {
        if (field.getAttribute('aria-expanded') === 'true') {
            return true;
        }
        var owns = field.getAttribute('aria-controls') || field.getAttribute('aria-owns');
        var list = owns && document.getElementById(owns);
        return !!(list && list.offsetParent !== null);
    }

    /* The field's PrimeFaces autoComplete widget, if it is one. */
    function suggestionWidget(field) {
        var container = field.closest && field.closest('.ui-autocomplete');
        return container && window.PrimeFaces && PrimeFaces.getWidgetById ? PrimeFaces.getWidgetById(container.id) : null;
    }

    /* Leaving a suggestion field by Enter: what Tab does there (no query starts any more), and a query
       already on its way shows no list once the user is elsewhere. */
    function keepSuggestionsClosed(field) {
        var widget = suggestionWidget(field);
        if (!widget) {
            return;
        }
        if (widget.timeout) {
            widget.deleteTimeout();
        }
        if (widget.querying && typeof widget.show === 'function') {
            var show = widget.show;
            widget.show = function () {
                widget.show = show;
                if (document.activeElement === field) {
                    show.apply(widget, arguments);
                }
            };
        }
    }

    function visible(element) {
        return element.offsetParent !== null || element.getClientRects().length > 0;
    }

    function moveToNext(form, field) {
        var fields = Array.prototype.filter.call(form.querySelectorAll(FOCUSABLE), function (f) {
            return visible(f) && f.tabIndex >= 0;
        });
        var next = fields[fields.indexOf(field) + 1];
        if (next) {
            next.focus();
            if (next.select && next.tagName === 'INPUT') {
                next.select();
            }
        }
    }

    function insertLineBreak(area) {
        area.setRangeText('\n', area.selectionStart, area.selectionEnd, 'end');
        area.dispatchEvent(new Event('input', {bubbles: true}));
    }

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Enter' || event.isComposing) {
            return; /* Enter that confirms a Chinese input-method candidate is not ours */
        }
        var field = event.target;
        var tag = field.tagName;
        if (tag === 'TEXTAREA' && event.ctrlKey && !field.readOnly && !field.disabled) {
            event.preventDefault();
            insertLineBreak(field); /* in every text area, inside a form or not */
            return;
        }
        var form = scopeOf(field);
        if (!form || field.closest('[data-own-enter]')) {
            return; /* a part of a page that gives Enter a meaning of its own (the review page's marks, marks.js) */
        }
        if (tag === 'BUTTON' || tag === 'A' || field.type === 'submit' || field.type === 'button' || field.type === 'file') {
            return;
        }
        if (tag === 'TEXTAREA' && (event.shiftKey || event.altKey || event.metaKey)) {
            return;
        }
        if (suggestionListOpen(field)) {
            return;
        }
        event.preventDefault();
        keepSuggestionsClosed(field);
        moveToNext(form, field);
    }, true);
}());
