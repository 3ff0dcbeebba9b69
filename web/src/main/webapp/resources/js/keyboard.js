/* Keyboard rules of the entry forms (F-70), for every form with the class "enter-as-tab":
   - Enter moves to the next input like Tab (not in text areas, not on buttons or links, and not
     while a suggestion list is open: there Enter takes the highlighted suggestion);
   - Ctrl+Enter inserts a line break in a text area;
   - Up/Down in drop-downs and suggestion lists, Backspace and Tab keep their usual meaning. */
(function () {
    'use strict';

    var FOCUSABLE = 'input:not([type=hidden]):not([disabled]):not([readonly]), select:not([disabled]), '
        + 'textarea:not([disabled]):not([readonly]), button:not([disabled]), a[href]';

    function suggestionListOpen(field) {
        var owns = field.getAttribute('aria-controls') || field.getAttribute('aria-owns');
        if (field.getAttribute('aria-expanded') === 'true') {
            return true;
        }
        var list = owns && document.getElementById(owns);
        return !!(list && list.offsetParent !== null);
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
        var start = area.selectionStart;
        area.setRangeText('\n', start, area.selectionEnd, 'end');
        area.dispatchEvent(new Event('input', {bubbles: true}));
    }

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Enter' || event.isComposing) {
            return; /* Enter that confirms a Chinese input-method candidate is not ours */
        }
        var field = event.target;
        var form = field.form || (field.closest && field.closest('form'));
        if (!form || !form.classList.contains('enter-as-tab')) {
            return;
        }
        var tag = field.tagName;
        if (tag === 'TEXTAREA') {
            if (event.ctrlKey) {
                event.preventDefault();
                insertLineBreak(field);
            }
            return;
        }
        if (tag === 'BUTTON' || tag === 'A' || field.type === 'submit' || field.type === 'button') {
            return;
        }
        if (suggestionListOpen(field)) {
            return;
        }
        event.preventDefault();
        moveToNext(form, field);
    }, true);
}());
