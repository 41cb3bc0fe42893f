// Applies the reader's saved choices before the page is painted, so there is no flash:
// the colour theme, the interface language, and whether the Norwegian text is shown beside the English.
// Loaded as a small blocking script in <head>; stored in localStorage only, never sent anywhere.
(function () {
  try {
    var root = document.documentElement;
    var theme = localStorage.getItem("ndpr-theme");
    if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
    if (localStorage.getItem("ndpr-alongside") === "nb") root.setAttribute("data-alongside", "nb");
    var ui = localStorage.getItem("ndpr-ui");
    if (ui === "en" || ui === "nb") root.setAttribute("data-interface", ui);
  } catch (e) {
    /* storage may be unavailable (private mode); the defaults apply */
  }
})();
