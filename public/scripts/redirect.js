// On a redirect page: go on to the target at once, keeping the #anchor (a meta refresh drops it).
(function () {
  var to = document.currentScript && document.currentScript.getAttribute("data-to");
  if (to) location.replace(to + location.hash);
})();
