/* Nothing typed is lost to an Ajax update (F-13 forms): a choice re-renders the fields that depend on
   it, and what the user types into one of them while that request is under way would be replaced by
   the server's answer. This script remembers the inputs changed while a request is pending and puts
   their values (and the focus) back once the answer is in the page. Loaded by the frame template; no
   inline script (ADR 0014). */
(function () {
    'use strict';

    var pending = 0;
    var typed = {};
    var focusedId = null;

    function typing(event) {
        var field = event.target;
        if (pending > 0 && field.id && 'value' in field && field.type !== 'file') {
            typed[field.id] = field.value;
        }
    }

    function started() {
        pending++;
    }

    function restore() {
        Object.keys(typed).forEach(function (id) {
            var field = document.getElementById(id);
            if (field && !field.disabled && !field.readOnly && field.value !== typed[id]) {
                field.value = typed[id];
                if (id === focusedId && (document.activeElement === document.body || !document.activeElement)) {
                    field.focus();
                }
            }
        });
    }

    function completed() {
        pending = Math.max(0, pending - 1);
        restore();
        if (pending === 0) {
            typed = {};
        }
    }

    document.addEventListener('input', typing, true);
    document.addEventListener('change', typing, true);
    document.addEventListener('focusin', function (event) {
        if (pending > 0) {
            focusedId = event.target.id || null;
        }
    }, true);

    if (window.jQuery) {
        /* PrimeFaces' Ajax: pfAjaxComplete comes after the answer's updates are in the page */
        window.jQuery(document).on('pfAjaxSend', started).on('pfAjaxComplete', completed);
    }
    /* Faces' own f:ajax (its script may come after this one) */
    document.addEventListener('DOMContentLoaded', function () {
        var faces = window.faces || window.jsf;
        if (faces && faces.ajax && faces.ajax.addOnEvent) {
            faces.ajax.addOnEvent(function (data) {
                if (data.status === 'begin') {
                    started();
                } else if (data.status === 'success') {
                    completed();
                }
            });
        }
    });
}());
