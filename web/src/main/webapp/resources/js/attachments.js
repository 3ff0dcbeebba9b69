/* The attachments panel (WEB-INF/tags/attachments.xhtml, F-14): shows the chosen file's name next
   to 【选择文件】, keeps files the server would not even take in the browser (larger than the panel's
   data-browser-limit, well above the 4 MB rule: files from 4 MB up to it go to the server, which
   refuses them with the manual's message), and shows a message when an upload fails on the way.
   All texts come from the panel's data attributes. */
var EPortAttachments = (function () {
    'use strict';

    function panel(id) {
        return document.getElementById(id + '-panel');
    }

    /** The browser's own message, in place of the server's answer to an earlier upload (now out of date). */
    function showClientMessage(panelElement, text) {
        var message = panelElement.querySelector('.attachment-client-message');
        var serverMessage = panelElement.querySelector('.attachment-server-message');
        if (serverMessage) {
            serverMessage.textContent = '';
        }
        if (message) {
            message.textContent = text || '';
        }
    }

    document.addEventListener('change', function (event) {
        var input = event.target;
        if (!input.classList || !input.classList.contains('attachment-file')) {
            return;
        }
        var panelElement = input.closest('.attachments');
        var chosen = panelElement.querySelector('.attachment-chosen');
        if (chosen) {
            chosen.textContent = input.files.length ? input.files[0].name : panelElement.dataset.noFile;
            chosen.classList.toggle('muted', !input.files.length);
        }
        showClientMessage(panelElement, '');
    });

    /** onstart of 【上传】: false keeps the request from being sent. */
    function beforeUpload(panelId) {
        var panelElement = panel(panelId);
        var input = panelElement.querySelector('.attachment-file');
        showClientMessage(panelElement, '');
        if (input && input.files.length && input.files[0].size > Number(panelElement.dataset.browserLimit)) {
            showClientMessage(panelElement, panelElement.dataset.tooLarge);
            return false;
        }
        return true;
    }

    /** onerror of 【上传】: 413 from UploadSizeFilter is the size message, anything else a failed upload. */
    function failed(panelId, xhr) {
        var panelElement = panel(panelId);
        if (panelElement) {
            showClientMessage(panelElement, xhr && xhr.status === 413 ? panelElement.dataset.tooLarge : panelElement.dataset.failed);
        }
    }

    return {beforeUpload: beforeUpload, failed: failed};
}());
