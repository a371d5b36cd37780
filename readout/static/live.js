// The live panel: newest events from the SSE stream. Text only (textContent), never HTML.
(function () {
  var list = document.getElementById("live");
  if (!list || !window.EventSource) return;
  var source = new EventSource("/streams/events");
  source.addEventListener("event", function (msg) {
    var e;
    try { e = JSON.parse(msg.data); } catch (err) { return; }
    var quiet = list.querySelector(".quiet");
    if (quiet) quiet.remove();
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = "/event/" + encodeURIComponent(e.key);
    a.textContent = e.name || e.series || e.type;
    li.appendChild(a);
    li.appendChild(document.createTextNode(" " + (e.date || "undated") + " · " + (e.participants || []).join("/")));
    list.insertBefore(li, list.firstChild);
    while (list.children.length > 10) list.removeChild(list.lastChild);
  });
})();
