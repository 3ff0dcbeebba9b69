/* Session-timeout warning: shortly before the server session would time out for inactivity,
   a dialog says so and offers 【继续】, which calls the keep-alive URL; typed input stays where it is.
   If the session is already gone, the dialog says so instead, so nobody submits a form into the
   login page and loses it. Page loads and AJAX requests count as activity and restart the clock.
   Configured by data attributes on #session-warning; window.EportSession.warnIn(s) moves the warning
   closer (used by the browser test). */
(function () {
    'use strict';
    var dialog, countdown, timeoutSeconds, warnTimer, tickTimer, deadline;

    function warnLead(seconds) {
        return seconds > 240 ? 120 : Math.floor(seconds / 2);
    }

    function format(ms) {
        var s = Math.max(0, Math.round(ms / 1000));
        var m = Math.floor(s / 60);
        s = s % 60;
        return m + ':' + (s < 10 ? '0' : '') + s;
    }

    function show(state) {
        dialog.setAttribute('data-state', state);
        dialog.hidden = false;
        var focus = dialog.querySelector(state === 'expired' ? '.session-login' : '.session-continue');
        if (focus) {
            focus.focus();
        }
    }

    function tick() {
        var left = deadline - Date.now();
        countdown.textContent = format(left);
        if (left <= 0) {
            clearInterval(tickTimer);
            show('expired');
        }
    }

    function warn() {
        show('warning');
        /* autosave.js keeps what was typed now, while the session is still there */
        document.dispatchEvent(new CustomEvent('eport:session-warning'));
        tick();
        clearInterval(tickTimer);
        tickTimer = setInterval(tick, 1000);
    }

    function schedule(warnAfterSeconds, remainingSeconds) {
        clearTimeout(warnTimer);
        clearInterval(tickTimer);
        deadline = Date.now() + remainingSeconds * 1000;
        warnTimer = setTimeout(warn, Math.max(0, warnAfterSeconds) * 1000);
    }

    function restart(remainingSeconds) {
        timeoutSeconds = remainingSeconds;
        schedule(remainingSeconds - warnLead(remainingSeconds), remainingSeconds);
    }

    function keepAlive() {
        var xhr = new XMLHttpRequest();
        xhr.open('POST', dialog.getAttribute('data-keep-alive'));
        xhr.setRequestHeader('Accept', 'application/json');
        xhr.onload = function () {
            var answer = null;
            try {
                answer = JSON.parse(xhr.responseText);
            } catch (e) {
                /* the login page instead of JSON: the session is gone */
            }
            if (xhr.status === 200 && answer && answer.remainingSeconds > 0) {
                dialog.hidden = true;
                restart(answer.remainingSeconds);
            } else {
                clearInterval(tickTimer);
                show('expired');
            }
        };
        xhr.onerror = function () {
            show('expired');
        };
        xhr.send();
    }

    function onAjaxActivity() {
        if (dialog.hidden) {
            restart(timeoutSeconds);
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        dialog = document.getElementById('session-warning');
        if (!dialog) {
            return;
        }
        countdown = dialog.querySelector('.session-countdown');
        dialog.querySelector('.session-continue').addEventListener('click', keepAlive);
        restart(parseInt(dialog.getAttribute('data-timeout'), 10));
        if (window.jQuery) {
            window.jQuery(document).on('ajaxComplete', onAjaxActivity); /* PrimeFaces' ajax, the pages' only one */
        }
        window.EportSession = {
            warnIn: function (seconds) {
                schedule(seconds, seconds + warnLead(timeoutSeconds));
            },
            /* a request made outside PrimeFaces' Ajax (autosave.js) restarted the server's clock; as for
               PrimeFaces' own, a warning already shown stays until the user answers it */
            activity: onAjaxActivity
        };
    });
}());
