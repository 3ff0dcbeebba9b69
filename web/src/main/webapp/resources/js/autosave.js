/* Nothing typed is lost, even to a timeout (issue 12 item 4; docs/adr/0028-form-autosave.md). While the
   user types into an entry form (one with the hidden .autosave-keep button of the e:autosave tag), the
   form is sent to the server a few seconds after the last change, and at once when session-timeout.js
   shows its warning: a Faces Ajax request of that button that executes the form and renders nothing, so
   the server keeps the form's values as its inputs hold them (converted, every kind of input alike) for
   this user and form only. Sent by hand rather than through faces.ajax: an answer that the session has
   ended must not take the page (and what is typed) to the login page; this script stops and says so.
   Same-origin POST with the form's view state, as every form post (ADR 0015). No inline script (ADR 0014). */
(function () {
    'use strict';

    var DELAY_MS = 3000;
    var timer = null;
    var dirty = false;
    var sending = false;
    var paused = 0;
    var ended = false;

    function keepButton() {
        return document.querySelector('button.autosave-keep, input.autosave-keep');
    }

    function state(name, time) {
        var line = document.querySelector('.autosave-state');
        if (!line) {
            return;
        }
        line.setAttribute('data-state', name);
        var text = line.getAttribute('data-' + name) || '';
        line.textContent = time ? text + ' ' + time : text;
    }

    function clock() {
        var now = new Date();
        function two(n) {
            return (n < 10 ? '0' : '') + n;
        }
        return two(now.getHours()) + ':' + two(now.getMinutes()) + ':' + two(now.getSeconds());
    }

    function schedule(delay) {
        clearTimeout(timer);
        timer = setTimeout(keep, delay);
    }

    function changed(event) {
        var button = keepButton();
        var field = event.target;
        if (ended || !button || !button.form || !button.form.contains(field) || field === button
            || field.type === 'file' || field.type === 'hidden') {
            return;
        }
        dirty = true;
        schedule(DELAY_MS);
    }

    function request(form, button) {
        var fields = new URLSearchParams();
        new FormData(form).forEach(function (value, name) {
            if (typeof value === 'string') {
                fields.append(name, value);
            }
        });
        fields.set(button.name, button.value);
        fields.set('jakarta.faces.source', button.name);
        fields.set('jakarta.faces.partial.ajax', 'true');
        fields.set('jakarta.faces.partial.event', 'click'); /* Faces takes a button as clicked only with it */
        fields.set('jakarta.faces.partial.execute', form.id);
        fields.set('jakarta.faces.partial.render', '@none');
        return fields;
    }

    /* the answer may carry the view state anew: the form's next post must send that one */
    function takeViewState(form, xml) {
        var answer = new DOMParser().parseFromString(xml, 'application/xml');
        Array.prototype.forEach.call(answer.getElementsByTagName('update'), function (update) {
            if ((update.getAttribute('id') || '').indexOf('jakarta.faces.ViewState') >= 0) {
                Array.prototype.forEach.call(form.querySelectorAll('input[name="jakarta.faces.ViewState"]'), function (input) {
                    input.value = update.textContent;
                });
            }
        });
        return answer;
    }

    function keep() {
        clearTimeout(timer);
        var button = keepButton();
        if (!dirty || ended || !button || !button.form) {
            return;
        }
        if (sending || paused > 0) {
            schedule(DELAY_MS);
            return;
        }
        var form = button.form;
        dirty = false;
        sending = true;
        fetch(form.action, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Faces-Request': 'partial/ajax', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'},
            body: request(form, button)
        }).then(function (response) {
            if (response.status === 413) {
                state('tooLarge');
                return null;
            }
            return response.text().then(function (xml) {
                var answer = takeViewState(form, xml);
                if (answer.getElementsByTagName('redirect').length > 0) {
                    ended = true; /* the session is gone: the login page would take the page away */
                    state('ended');
                } else if (!response.ok || answer.getElementsByTagName('error').length > 0
                    || answer.getElementsByTagName('partial-response').length === 0) {
                    dirty = true;
                    state('failed');
                } else {
                    state('saved', clock());
                    if (window.EportSession && window.EportSession.activity) {
                        window.EportSession.activity(); /* the server's session clock started again */
                    }
                }
            });
        }, function () {
            dirty = true;
            state('failed');
        }).then(function () {
            sending = false;
        });
    }

    document.addEventListener('input', changed, true);
    document.addEventListener('change', changed, true);
    document.addEventListener('eport:session-warning', keep);

    if (window.jQuery) {
        /* the form's own Ajax (a choice, 暂存, 申报) goes first; a save ends the input's keeping */
        window.jQuery(document).on('pfAjaxSend', function () {
            paused++;
        }).on('pfAjaxComplete', function () {
            paused = Math.max(0, paused - 1);
        });
    }

    /* back after a lost session, the offer is what the user came for: Enter restores at once */
    document.addEventListener('DOMContentLoaded', function () {
        var restore = document.querySelector('#autosave-offer button');
        if (restore && (!document.activeElement || document.activeElement === document.body)) {
            restore.focus();
        }
    });

    window.EportAutosave = {
        /* keeps the form now if anything changed (the browser test; the warning uses the event) */
        now: keep
    };
}());
