/* The reviewer's marks on the review page (review/application.xhtml, issue 12): every field and file
   of the application is a row the reviewer reaches with Tab; Enter (or 标注) opens the note input at
   the row, Enter adds the mark, Esc cancels. The marks stay on the server's page until 退回 sends
   them. After the row is re-rendered the focus comes back to it, so the walk down the rows goes on.
   (keyboard.js leaves Enter inside [data-own-enter] to this script.) */
(function () {
    'use strict';

    var focusAfterUpdate = null;

    function rowOf(element) {
        return element && element.closest ? element.closest('.mark-row') : null;
    }

    function open(row) {
        var editor = row.querySelector('.mark-editor');
        if (!editor) {
            return;
        }
        editor.classList.add('open');
        var input = editor.querySelector('.mark-input');
        input.focus();
    }

    function close(row) {
        var editor = row.querySelector('.mark-editor');
        if (editor) {
            editor.classList.remove('open');
            editor.querySelector('.mark-input').value = '';
            var problem = editor.querySelector('.mark-problem');
            if (problem) {
                problem.textContent = '';
            }
        }
        row.focus();
    }

    function remember(row) {
        focusAfterUpdate = row.getAttribute('data-mark-key');
    }

    document.addEventListener('keydown', function (event) {
        var target = event.target;
        var row = rowOf(target);
        if (!row || event.isComposing) {
            return; /* Enter that confirms a Chinese input-method candidate is not ours */
        }
        if (target === row && event.key === 'Enter') {
            event.preventDefault();
            var remove = row.querySelector('.mark-remove');
            if (remove) {
                remove.focus();
            } else {
                open(row);
            }
        } else if (target.classList.contains('mark-input') && event.key === 'Enter') {
            event.preventDefault();
            remember(row);
            row.querySelector('.mark-add').click();
        } else if (target.classList.contains('mark-input') && event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            close(row);
        } else if (target !== row && event.key === 'Escape') {
            row.focus();
        }
    });

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.mark-open, .mark-cancel, .mark-add, .mark-remove') : null;
        var row = rowOf(button);
        if (!row) {
            return;
        }
        if (button.classList.contains('mark-open')) {
            open(row);
        } else if (button.classList.contains('mark-cancel')) {
            close(row);
        } else {
            remember(row);
        }
    });

    /* PrimeFaces re-rendered the rows: back to the row the reviewer was at (its input while a problem is shown). */
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () {
            if (!focusAfterUpdate) {
                return;
            }
            var row = document.querySelector('.mark-row[data-mark-key="' + focusAfterUpdate + '"]');
            focusAfterUpdate = null;
            if (!row) {
                return;
            }
            var editor = row.querySelector('.mark-editor.open');
            if (editor) {
                editor.querySelector('.mark-input').focus();
            } else {
                row.focus();
            }
        });
    }
}());
