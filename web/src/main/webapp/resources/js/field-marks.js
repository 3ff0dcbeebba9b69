/* The reviewer's marks on a returned application's form (WEB-INF/tags/field.xhtml, issue 12): each
   marked field's inputs are described by the note at their right (aria-describedby), and once the
   user changes a marked field its highlight clears here and its line in the error summary is shown
   as done; the server clears the mark for good on 暂存/申报. */
(function () {
    'use strict';

    function describe(root) {
        Array.prototype.forEach.call(root.querySelectorAll('.field-marked'), function (field) {
            var note = field.querySelector('.field-mark');
            if (!note) {
                return;
            }
            Array.prototype.forEach.call(field.querySelectorAll('.field-input input, .field-input select, .field-input textarea'),
                function (input) {
                    var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
                    if (described.indexOf(note.id) < 0) {
                        described.push(note.id);
                        input.setAttribute('aria-describedby', described.join(' '));
                    }
                });
        });
    }

    function changed(event) {
        var field = event.target.closest ? event.target.closest('.field-marked') : null;
        if (!field || !event.target.closest('.field-input')) {
            return;
        }
        field.classList.remove('field-marked');
        field.classList.add('field-mark-changed');
        var name = field.getAttribute('data-field');
        Array.prototype.forEach.call(document.querySelectorAll('#error-summary a'), function (link) {
            var target = decodeURIComponent(link.getAttribute('href') || '');
            if (name && target.slice(-(name.length + 1)) === ':' + name) {
                link.closest('li').classList.add('mark-line-changed');
            }
        });
    }

    document.addEventListener('input', changed);
    document.addEventListener('change', changed);
    document.addEventListener('DOMContentLoaded', function () {
        describe(document);
    });
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () {
            describe(document);
        });
    }
}());
