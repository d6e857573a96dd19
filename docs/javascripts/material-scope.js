/* Material's own helpers (partials/javascripts/base.html), as a file instead of an inline
   script so that the Content-Security-Policy can forbid inline scripts. The scope is the site's
   root, found from this file's own address (javascripts/ sits at the root). */
var __md_scope = new URL("..", document.currentScript.src),
  __md_hash = function (e) {
    return Array.prototype.reduce.call(e, function (h, c) { return (h << 5) - h + c.charCodeAt(0); }, 0);
  },
  __md_get = function (e, store, scope) {
    store = store || localStorage;
    scope = scope || __md_scope;
    return JSON.parse(store.getItem(scope.pathname + "." + e));
  },
  __md_set = function (e, value, store, scope) {
    store = store || localStorage;
    scope = scope || __md_scope;
    try { store.setItem(scope.pathname + "." + e, JSON.stringify(value)); } catch (err) { /* full or blocked */ }
  };
