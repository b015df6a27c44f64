// Click-to-load players for video and chart embeds. Until the reader clicks, an embed is a plain
// card linking to the service and the page asks nothing of it. On click the card becomes the
// service's own player, framed in a sandbox, from one of the few origins the site's policy allows.
// Without this script the card simply links out.
(function () {
  "use strict";

  var players = ["https://www.youtube-nocookie.com", "https://player.vimeo.com", "https://datawrapper.dwcdn.net",
    "https://flo.uri.sh"];
  var charts = ["https://datawrapper.dwcdn.net", "https://flo.uri.sh"];

  function load(card, link, player) {
    var frame = document.createElement("iframe");
    frame.src = player.href;
    frame.title = card.querySelector("figcaption").textContent + " player";
    frame.className = "embed__player" + (charts.indexOf(player.origin) < 0 ? "" : " embed__player--chart");
    frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-presentation");
    frame.setAttribute("allow", "fullscreen");
    frame.setAttribute("allowfullscreen", "");
    frame.setAttribute("referrerpolicy", "strict-origin");
    var away = document.createElement("a");
    away.href = link.href;
    away.rel = "noopener";
    away.textContent = "Open on " + card.querySelector("figcaption").textContent;
    var caption = document.createElement("figcaption");
    caption.append(away);
    card.replaceChildren(frame, caption);
    card.classList.add("embed--loaded");
    frame.focus();
  }

  document.querySelectorAll("figure.embed[data-player]").forEach(function (card) {
    var player;
    try {
      player = new URL(card.dataset.player);
    }
    catch (e) {
      return;
    }
    var link = card.querySelector("a");
    if (!link || player.protocol !== "https:" || players.indexOf(player.origin) < 0) {
      return;
    }
    var note = document.createElement("p");
    note.className = "embed__note";
    note.textContent = "Plays here from " + player.host + " once you click. Nothing loads from there before.";
    link.textContent = charts.indexOf(player.origin) < 0 ? "\u25B6\uFE0E Play the video here" : "Show the chart here";
    card.insertBefore(note, link.nextSibling);
    card.classList.add("embed--player");
    card.addEventListener("click", function (event) {
      if (event.target.closest("a") === link || event.target === card || event.target === note) {
        event.preventDefault();
        load(card, link, player);
      }
    });
  });
}());
