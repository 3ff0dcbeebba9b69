/* Main frame: collapse/expand the left menu (F-3) and open/close its groups. The collapsed state
   is remembered in localStorage; the template applies it before first paint. */
(function () {
    'use strict';
    var KEY = 'eport.menu.collapsed';

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
