// The live panel: each new event once, updated in place when a later report adds something.
// Text only (textContent), never HTML.
(function () {
  var list = document.getElementById("live");
  if (!list || !window.EventSource) return;
  var items = {};  // event key (and aliases) -> list item
  var source = new EventSource("/streams/events");

  function label(e) {
    return " " + (e.date || "undated") + " · " + (e.participants || []).join("/");
  }

  function show(e, note) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = "/event/" + encodeURIComponent(e.key);
    a.textContent = e.name || e.series || e.type;
    li.appendChild(a);
    li.appendChild(document.createTextNode(label(e)));
    if (note) {
      var small = document.createElement("small");
      small.className = "muted";
      small.textContent = " · " + note;
      li.appendChild(small);
    }
    return li;
  }

  function put(keys, li) {
    var quiet = list.querySelector(".quiet");
    if (quiet) quiet.remove();
    var old = null;
    keys.forEach(function (k) { if (items[k]) old = items[k]; });
    if (old && old.parentNode) old.parentNode.removeChild(old);
    keys.forEach(function (k) { items[k] = li; });
    list.insertBefore(li, list.firstChild);
    while (list.children.length > 10) list.removeChild(list.lastChild);
  }

  source.addEventListener("event", function (msg) {
    var e;
    try { e = JSON.parse(msg.data); } catch (err) { return; }
    if (items[e.key]) return;  // shown already
    put([e.key], show(e, ""));
  });
  source.addEventListener("updated", function (msg) {
    var u;
    try { u = JSON.parse(msg.data); } catch (err) { return; }
    var keys = [u.key].concat(u.aliases || []);
    put(keys, show(u.event, "updated: " + (u.changes || []).join("; ")));
  });
})();
