/* Main frame: collapse/expand the left menu (F-3) and open/close its groups; 【打印】 buttons
   (data-print) print the page. The collapsed state is remembered in localStorage; the template loads
   this script first in the body, so the state applies before first paint. No inline script or event
   handler attribute: the Content-Security-Policy allows neither (ADR 0014). */
(function () {
    'use strict';
    var KEY = 'eport.menu.collapsed';

    try {
        if (localStorage.getItem(KEY) === '1') {
            document.body.classList.add('menu-collapsed');
        }
    } catch (e) {
        /* private mode: nothing remembered */
    }

    function isCollapsed() {
        return document.body.classList.contains('menu-collapsed');
    }

    function setCollapsed(collapsed, toggle) {
        document.body.classList.toggle('menu-collapsed', collapsed);
        toggle.setAttribute('aria-expanded', String(!collapsed));
        try {
            localStorage.setItem(KEY, collapsed ? '1' : '0');
        } catch (e) {
            /* private mode: the state just is not remembered */
        }
    }

    document.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('[data-print]')) {
            window.print();
        }
    });

    document.addEventListener('DOMContentLoaded', function () {
        var toggle = document.getElementById('menu-toggle');
        if (!toggle) {
            return;
        }
        toggle.setAttribute('aria-expanded', String(!isCollapsed()));
        toggle.addEventListener('click', function () {
            setCollapsed(!isCollapsed(), toggle);
        });
        Array.prototype.forEach.call(document.querySelectorAll('.menu-group-header'), function (header) {
            var group = header.parentElement;
            header.setAttribute('aria-expanded', String(group.classList.contains('open')));
            header.addEventListener('click', function () {
                if (isCollapsed()) {
                    setCollapsed(false, toggle);
                    group.classList.add('open');
                } else {
                    group.classList.toggle('open');
                }
                header.setAttribute('aria-expanded', String(group.classList.contains('open')));
            });
        });
    });
}());
