/* API token page (ADR 0030): 复制 copies the token shown once into the clipboard. The field is
   selected first, so where the clipboard is not available (no secure context) the user can press
   Ctrl+C. Delegated from the document: the panel is re-rendered by Ajax. No inline script (ADR 0014).
   When 创建令牌 has shown a new token, the token takes the focus, selected: Ctrl+C copies it, Tab
   reaches 复制 (a keyboard user would otherwise start again at the top of the page). */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-copy]') : null;
        if (!button) {
            return;
        }
        var field = document.getElementById(button.getAttribute('data-copy'));
        var status = document.getElementById('copy-status');
        field.focus();
        field.select();
        function done() {
            if (status) {
                status.textContent = button.getAttribute('data-copied');
            }
        }
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(done, function () {
                field.select();
            });
        } else if (document.execCommand && document.execCommand('copy')) {
            done();
        }
    });
    document.addEventListener('DOMContentLoaded', function () {
        if (!window.jQuery) {
            return;
        }
        window.jQuery(document).on('pfAjaxComplete', function () {
            var token = document.getElementById('new-token-value');
            // a panel just rendered: once, so a later revoke leaves the focus where it is
            if (token && !token.hasAttribute('data-shown')) {
                token.setAttribute('data-shown', 'true');
                token.focus();
                token.select();
            }
        });
    });
}());
