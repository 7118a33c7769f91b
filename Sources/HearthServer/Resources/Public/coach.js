// The live coach: sends the message (debounced) to /api/v1/analyze and shows what it found.
// Help for a safety finding comes first. Nothing is stored.
(function () {
  "use strict";
  var text = document.getElementById("coach-text");
  var result = document.getElementById("coach-result");
  var help = document.getElementById("coach-help");
  var summary = document.getElementById("coach-summary");
  var findings = document.getElementById("coach-findings");
  var reframe = document.getElementById("coach-reframe");
  var reframeText = document.getElementById("coach-reframe-text");
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var timer = null;
  var latest = 0;

  var helpLines = {
    self_harm: "You matter, and help is here. Anywhere: findahelpline.com. US: call or text 988. " +
      "UK and Ireland: Samaritans, 116 123. In danger right now: your local emergency number.",
    abuse: "If there is violence or fear in your relationship: National Domestic Violence Hotline " +
      "1-800-799-7233, or text START to 88788; anywhere: findahelpline.com. Couples exercises are not " +
      "advised where there is violence or fear; your safety comes first."
  };

  function words(label) { return String(label).replace(/_/g, " "); }

  // The message with the cues behind the findings marked. Spans count Unicode code points,
  // which is what Array.from splits a string into.
  function highlight(message, evidence) {
    var box = document.getElementById("coach-highlighted");
    box.textContent = "";
    var characters = Array.from(message);
    var spans = (evidence || []).map(function (item) { return item.span; })
      .filter(function (span) { return span && span[1] > span[0]; })
      .sort(function (a, b) { return a[0] - b[0]; });
    var position = 0;
    spans.forEach(function (span) {
      if (span[0] < position) { return; }
      box.appendChild(document.createTextNode(characters.slice(position, span[0]).join("")));
      var mark = document.createElement("mark");
      mark.textContent = characters.slice(span[0], span[1]).join("");
      box.appendChild(mark);
      position = span[1];
    });
    box.appendChild(document.createTextNode(characters.slice(position).join("")));
  }

  function show(analysis, message) {
    result.hidden = false;
    highlight(message, analysis.evidence);
    if (analysis.safety && analysis.safety !== "none") {
      help.textContent = helpLines[analysis.safety] || helpLines.self_harm;
      help.hidden = false;
    } else {
      help.hidden = true;
    }
    var parts = [];
    parts.push(analysis.stance === "from_part" ? "Speaking from a part"
      : analysis.stance === "for_part" ? "Speaking for a part" : "Neutral");
    if (analysis.strategies && analysis.strategies.length) {
      parts.push("protector: " + analysis.strategies.map(words).join(", "));
    }
    parts.push(analysis.depth === "experience" ? "sharing experience" : "surface sharing");
    summary.textContent = parts.join(" · ");
    findings.textContent = "";
    (analysis.evidence || []).forEach(function (item) {
      var li = document.createElement("li");
      li.textContent = item.sentence;
      findings.appendChild(li);
    });
    if (analysis.reframe) {
      reframeText.textContent = analysis.reframe;
      reframe.hidden = false;
    } else {
      reframe.hidden = true;
    }
  }

  function analyse() {
    var message = text.value;
    if (!message.trim()) { result.hidden = true; return; }
    var ticket = ++latest;
    fetch("/api/v1/analyze", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify({ text: message, role: "speaker" }),
      credentials: "same-origin"
    }).then(function (response) { return response.ok ? response.json() : null; })
      .then(function (analysis) { if (analysis && ticket === latest) { show(analysis, message); } })
      .catch(function () { /* offline: try again on the next keystroke */ });
  }

  text.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(analyse, 300);
  });
  // The feelings-and-needs picker: search filters the lists; a tap adds the word.
  var search = document.getElementById("picker-search");
  search.addEventListener("input", function () {
    var query = search.value.trim().toLowerCase();
    document.querySelectorAll("#picker [data-word]").forEach(function (item) {
      var holder = item.tagName === "BUTTON" ? item.parentElement : item;
      holder.hidden = query !== "" && item.getAttribute("data-word").indexOf(query) === -1;
    });
  });
  document.querySelectorAll("#picker button.chip").forEach(function (chip) {
    chip.addEventListener("click", function () {
      var word = chip.getAttribute("data-word");
      text.value = text.value.replace(/\s*$/, "") + (text.value.trim() ? " " : "") + word;
      text.focus();
      analyse();
    });
  });

  document.getElementById("coach-use").addEventListener("click", function () {
    text.value = reframeText.textContent;
    analyse();
  });
})();
