/* Search on demand: the search index (hundreds of KB at a few thousand standards) is downloaded
   only when the reader starts to search: focuses the search box, opens it (the icon on a phone),
   or presses one of its keys (/ s f). Until then Material's request for it is held back; the
   page itself never waits for it. Loaded in the head, before Material's bundle makes that
   request; the offline bundle loads its index as a script instead and is not affected. */
(function () {
  "use strict";

  var INDEX = /\/search\/search_index\.json(?:[?#]|$)/;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var held = [];
  var engaged = false;

  XMLHttpRequest.prototype.open = function (method, url) {
    this.__portalIndex = INDEX.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.__portalIndex && !engaged) {
      held.push([this, arguments]);
      return undefined;
    }
    return send.apply(this, arguments);
  };

  function engage() {
    if (engaged) { return; }
    engaged = true;
    held.splice(0).forEach(function (request) { send.apply(request[0], request[1]); });
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches("input.md-search__input")) { engage(); }
  }, true);
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) { engage(); }
  }, true);
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("label[for='__search']")) { engage(); }
  }, true);
  document.addEventListener("keydown", function (event) {
    if (!typing(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey &&
        /^[/sSfF]$/.test(event.key)) { engage(); }
  }, true);
})();
