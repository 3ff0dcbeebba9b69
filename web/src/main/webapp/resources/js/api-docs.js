/* /help/api (ADR 0031): renders the server's OpenAPI document with Swagger UI once the page is there. */
(function () {
    "use strict";
    document.addEventListener("DOMContentLoaded", function () {
        var target = document.getElementById("api-docs");
        if (!target || typeof window.SwaggerUIBundle !== "function") {
            return;
        }
        window.SwaggerUIBundle({
            url: target.getAttribute("data-url"),
            domNode: target,
            deepLinking: false,
            docExpansion: "list",
            defaultModelsExpandDepth: 1,
            tryItOutEnabled: false,
            // the session cookie must not ride along with "Try it out": the API takes tokens
            requestInterceptor: function (request) {
                request.credentials = "omit";
                return request;
            }
        });
    });
})();
