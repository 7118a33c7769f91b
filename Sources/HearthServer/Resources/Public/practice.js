// The practice runner: timers count down (and record the seconds given), and the text a
// coach reads is analysed as it is typed. Without JavaScript the form still works.
(function () {
  "use strict";
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute("content");

  document.querySelectorAll(".timer").forEach(function (timer) {
    var total = parseInt(timer.getAttribute("data-seconds"), 10) || 60;
    var field = timer.querySelector("input");
    var left = timer.querySelector(".timer-left");
    var button = timer.querySelector(".timer-start");
    var running = null;
    var elapsed = 0;
    button.addEventListener("click", function () {
      if (running) {
        clearInterval(running); running = null; left.textContent = "Done."; button.textContent = "Again"; return;
      }
      elapsed = 0;
      button.textContent = "Finish early";
      running = setInterval(function () {
        elapsed += 1;
        field.value = String(elapsed);
        var rest = total - elapsed;
        left.textContent = Math.floor(rest / 60) + ":" + ("0" + (rest % 60)).slice(-2) + " left";
        if (rest <= 0) { clearInterval(running); running = null; left.textContent = "Time is up."; button.textContent = "Again"; }
      }, 1000);
    });
  });

  document.querySelectorAll("textarea[data-coach]").forEach(function (area) {
    var box = area.parentElement.querySelector(".coach-live");
    var timer = null;
    area.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (!area.value.trim()) { box.hidden = true; return; }
        fetch("/api/v1/analyze", {
          method: "POST", credentials: "same-origin",
          headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
          body: JSON.stringify({ text: area.value, role: "speaker" })
        }).then(function (r) { return r.ok ? r.json() : null; }).then(function (a) {
          if (!a) { return; }
          box.textContent = "";
          var p = document.createElement("p");
          p.textContent = a.stance === "from_part" ? "This speaks from a part." :
            a.stance === "for_part" ? "This speaks for a part." : "This reads as neutral.";
          box.appendChild(p);
          if (a.safety && a.safety !== "none") {
            var help = document.createElement("p");
            help.className = "help-first";
            help.textContent = "You matter, and help is here: findahelpline.com; US 988; UK and Ireland 116 123; " +
              "violence or fear: 1-800-799-7233. This stays private to you.";
            box.insertBefore(help, p);
          }
          if (a.reframe) {
            var r = document.createElement("p");
            r.textContent = "For the part: " + a.reframe;
            var use = document.createElement("button");
            use.type = "button"; use.textContent = "Use this";
            use.addEventListener("click", function () { area.value = a.reframe; area.dispatchEvent(new Event("input")); });
            box.appendChild(r); box.appendChild(use);
          }
          box.hidden = false;
        }).catch(function () {});
      }, 300);
    });
  });
})();
