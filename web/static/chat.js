/* The chat page (web/ui.py puts the markup in a gr.HTML; this script brings it to life).
 *
 * Thin on purpose: the server formats every reply (POST api/chat returns its HTML, the plain text the copy
 * button copies, and the cited tasks); this script only queues questions, shows replies in order, and
 * stores the conversation in the browser (localStorage) so that it survives a reload.
 *
 * Questions typed while an answer is pending are queued and asked one after another, each with the
 * questions answered before it as history (so "那配合单位有哪些" refers to the question just before it).
 * A failed request shows an error with 重试; the questions after it wait until it is answered.
 */
(function () {
  "use strict";
  var STORE_KEY = "qa-chat-v1";
  var RETRIES_BEFORE_ERROR = 1;
  var KEEP_TURNS = 60; // stored in the browser; older turns are dropped (local storage holds a few MB)
  var HISTORY_QUESTIONS = 20; // earlier questions sent with a question: follow-ups refer to the last few

  function appRoot() {
    // Inside a <gradio-app src="…"> web component the page is someone else's: talk to the app's origin.
    var component = document.querySelector("gradio-app[src]");
    var base = component ? new URL(component.getAttribute("src"), location.href) : new URL(location.href);
    base.search = "";
    base.hash = "";
    if (!/\/$/.test(base.pathname)) base.pathname = base.pathname.replace(/[^/]*$/, "");
    return base.href;
  }

  function load() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(STORE_KEY) || "null");
      if (saved && Array.isArray(saved.turns)) return saved;
    } catch (e) { /* storage blocked or corrupt: start afresh */ }
    return { next: 1, turns: [] };
  }

  var state = load();
  state.turns.forEach(function (t) { if (t.status === "pending") t.status = "queued"; });
  var busy = false;

  function save() {
    var kept = { next: state.next, turns: state.turns.slice(-KEEP_TURNS) };
    try { window.localStorage.setItem(STORE_KEY, JSON.stringify(kept)); } catch (e) { /* private mode, full */ }
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "className") node.className = attrs[k];
      else if (k === "hidden") node.hidden = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function root() { return document.getElementById("qa-chatapp"); }
  function log() { return document.getElementById("qa-chat"); }

  // --- asking -----------------------------------------------------------------------------------
  function history(before) {
    var earlier = [];
    for (var i = 0; i < state.turns.length && state.turns[i] !== before; i++) {
      var t = state.turns[i];
      if (t.status === "done" && t.remember) earlier.push(t.q);
    }
    return earlier.slice(-HISTORY_QUESTIONS);
  }

  function ask(text) {
    var q = (text || "").trim();
    if (!q) return false;
    var turn = { id: state.next++, q: q, status: "queued" };
    state.turns.push(turn);
    save();
    renderTurn(turn);
    scrollToBottom();
    pump();
    return true;
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok || data.error) {
          var error = new Error(data.error || ("HTTP " + response.status));
          error.status = response.status;
          throw error;
        }
        return data;
      });
    });
  }

  function pump() {
    if (busy) return;
    var turn = null;
    for (var i = 0; i < state.turns.length; i++) {
      var t = state.turns[i];
      if (t.status === "error") break; // later questions wait for the failed one (重试)
      if (t.status === "queued") { turn = t; break; }
    }
    if (!turn) { updateWaiting(); return; }
    busy = true;
    turn.status = "pending";
    renderTurn(turn);
    updateWaiting();
    // A library of notices: the notice picked in the chat bar ("" = all), as the API's `notice`.
    var pickedNotice = function () {
      var pick = document.getElementById("qa-notice");
      return pick && pick.value ? pick.value : null;
    };
    var attempt = function (left) {
      return post(appRoot() + "api/chat", { question: turn.q, history: history(turn), notice: pickedNotice() }).catch(function (error) {
        if (left > 0 && !(error.status >= 400 && error.status < 500)) return attempt(left - 1);
        throw error;
      });
    };
    attempt(RETRIES_BEFORE_ERROR).then(function (data) {
      turn.status = "done";
      turn.html = data.html;
      turn.text = data.text;
      turn.tasks = data.tasks || [];
      turn.remember = !!data.remember;
      turn.answer = (data.answer && data.answer.answer) || "";
      // Feedback names the notice the answer came from: its first citation's, else the notice picked.
      var cited = data.answer && data.answer.citations && data.answer.citations[0];
      turn.notice = (cited && cited.notice && cited.notice.id) || pickedNotice() || null;
      // An answer merged from several notices: the feedback keeps the tasks of that notice (numbers repeat).
      turn.feedbackTasks = turn.notice && data.answer && data.answer.citations
        ? data.answer.citations.filter(function (c) { return !c.notice || c.notice.id === turn.notice; })
            .map(function (c) { return c.task; })
        : turn.tasks;
    }, function (error) {
      turn.status = "error";
      turn.error = error.status === 422 ? "这个问题无法提交（" + error.message + "）"
        : "回答没有送达（网络或服务器暂时有问题）。";
    }).then(function () {
      busy = false;
      if (!stillHere(turn)) { pump(); return; } // the conversation was cleared meanwhile
      save();
      renderTurn(turn);
      scrollToTurn(turn);
      pump();
    });
  }

  function stillHere(turn) { return state.turns.indexOf(turn) >= 0; }

  function retry(turn) {
    if (turn.status !== "error") return;
    turn.status = "queued";
    delete turn.error;
    save();
    renderTurn(turn);
    pump();
  }

  function newConversation() {
    state = { next: state.next, turns: [] };
    save();
    var chat = log();
    if (chat) chat.querySelectorAll(".qa-turn").forEach(function (n) { n.remove(); });
    updateWaiting();
    var box = document.querySelector("#qa-input textarea");
    if (box) box.focus();
  }

  function updateWaiting() {
    var waiting = state.turns.filter(function (t) { return t.status === "queued"; }).length;
    var failed = state.turns.some(function (t) { return t.status === "error"; });
    var status = document.getElementById("qa-queue");
    if (!status) return;
    status.textContent = waiting && failed ? "有" + waiting + "个问题等待中：请先点“重试”"
      : waiting ? "还有" + waiting + "个问题排队中" : "";
    var welcome = document.querySelector("#qa-chat .qa-welcome");
    if (welcome) welcome.hidden = state.turns.length > 0;
  }

  // --- showing ----------------------------------------------------------------------------------
  function actionButton(cls, label, text) {
    return el("button", { type: "button", className: "qa-act " + cls, "aria-label": label, title: label }, text);
  }

  function renderTurn(turn) {
    var chat = log();
    if (!chat) return;
    var node = document.getElementById("qa-turn-" + turn.id);
    if (!node) {
      node = el("div", { className: "qa-turn", id: "qa-turn-" + turn.id });
      var user = el("div", { className: "qa-msg qa-user" });
      user.appendChild(el("div", { className: "qa-bubble" }, turn.q));
      var userActions = el("div", { className: "qa-actions" });
      userActions.appendChild(actionButton("qa-copy", "复制问题", "复制"));
      user.appendChild(userActions);
      node.appendChild(user);
      node.appendChild(el("div", { className: "qa-msg qa-bot" }));
      chat.appendChild(node);
    }
    var bot = node.querySelector(".qa-bot");
    if (bot.getAttribute("data-status") === turn.status && turn.status !== "queued") return;
    bot.setAttribute("data-status", turn.status);
    bot.textContent = "";
    if (turn.status === "done") {
      var bubble = el("div", { className: "qa-bubble" });
      bubble.innerHTML = turn.html; // formatted and escaped by the server (web/chat.py)
      bot.appendChild(bubble);
      var actions = el("div", { className: "qa-actions" });
      actions.appendChild(actionButton("qa-copy", "复制回答", "复制"));
      var up = actionButton("qa-up", "赞", "赞");
      var down = actionButton("qa-down", "踩", "踩");
      up.setAttribute("aria-pressed", turn.rating === "up" ? "true" : "false");
      down.setAttribute("aria-pressed", turn.rating === "down" ? "true" : "false");
      actions.appendChild(up);
      actions.appendChild(down);
      actions.appendChild(el("span", { className: "qa-fb-status", role: "status" }, turn.rating ? "已记录" : ""));
      bot.appendChild(actions);
      var form = el("div", { className: "qa-fb-form", hidden: true });
      var comment = el("textarea", {
        rows: "2", maxlength: "2000", "aria-label": "反馈意见（可选）", placeholder: "哪里不对或缺了什么？（可选）",
      });
      form.appendChild(comment);
      form.appendChild(el("button", { type: "button", className: "qa-fb-send" }, "提交反馈"));
      bot.appendChild(form);
    } else if (turn.status === "error") {
      var box = el("div", { className: "qa-bubble qa-failed", role: "alert" });
      box.appendChild(el("span", {}, turn.error || "回答没有送达。"));
      box.appendChild(el("button", { type: "button", className: "qa-retry" }, "重试"));
      bot.appendChild(box);
    } else {
      var wait = el("div", { className: "qa-bubble qa-wait", "aria-busy": "true" },
        turn.status === "pending" ? "正在查找…" : "排队中…");
      bot.appendChild(wait);
    }
  }

  function renderAll() {
    var chat = log();
    if (!chat) return;
    chat.querySelectorAll(".qa-turn").forEach(function (n) { n.remove(); });
    state.turns.forEach(renderTurn);
    updateWaiting();
  }

  function scroller() { return log(); }

  function scrollToBottom() {
    var box = scroller();
    if (box) box.scrollTop = box.scrollHeight;
  }

  function scrollToTurn(turn) {
    // Show the question and the start of its reply (the direct answer), not the end of a long reply.
    var box = scroller();
    var node = document.getElementById("qa-turn-" + turn.id);
    if (!box || !node) return;
    var later = state.turns.some(function (t) { return t.id > turn.id; });
    if (later) { scrollToBottom(); return; }
    box.scrollTop += node.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  }

  function turnOf(node) {
    var host = node.closest(".qa-turn");
    if (!host) return null;
    var id = Number(host.id.replace("qa-turn-", ""));
    return state.turns.filter(function (t) { return t.id === id; })[0] || null;
  }

  // --- copy, feedback, task panel -----------------------------------------------------------------
  function copyText(text) {
    function fallback() {
      var area = el("textarea", { "aria-hidden": "true" });
      area.value = text;
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      area.remove();
      return ok ? Promise.resolve() : Promise.reject(new Error("copy refused"));
    }
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(fallback);
    }
    return fallback();
  }

  function flash(button, text) {
    var old = button.getAttribute("data-label") || button.textContent;
    button.setAttribute("data-label", old);
    button.textContent = text;
    setTimeout(function () { button.textContent = old; }, 1500);
  }

  function sendFeedback(turn, rating, comment, status) {
    status.textContent = "正在提交…";
    return post(appRoot() + "api/feedback", {
      rating: rating, question: turn.q, answer: turn.answer || "", tasks: turn.feedbackTasks || turn.tasks || [], comment: comment || "",
      notice: turn.notice || null,
    }).then(function () {
      turn.rating = rating;
      save();
      status.textContent = "已记录";
      return true;
    }, function (error) {
      status.textContent = "未能记录：" + (error.message || "请稍后再试");
      return false;
    });
  }

  function openTask(number) {
    var source = document.getElementById("qa-task-" + number);
    var dialog = document.getElementById("qa-task-dialog");
    if (!source || !dialog) return false;
    var body = dialog.querySelector(".qa-dialog-body");
    body.innerHTML = source.innerHTML;
    dialog.setAttribute("aria-label", "第" + number + "项全文");
    if (typeof dialog.showModal === "function") dialog.showModal(); else dialog.setAttribute("open", "");
    dialog.querySelector(".qa-dialog-close").focus();
    return true;
  }

  function onClick(event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var link = target.closest(".qa-task-link");
    if (link) {
      if (openTask(link.getAttribute("data-task"))) event.preventDefault();
      return;
    }
    var close = target.closest(".qa-dialog-close");
    if (close) { close.closest("dialog").close(); return; }
    if (!target.closest("#qa-chatapp")) return;
    var chip = target.closest("[data-ask]");
    if (chip) {
      // A library's example is about one notice: pick it, so the question is asked of that notice.
      var pick = document.getElementById("qa-notice");
      if (pick && chip.hasAttribute("data-notice")) pick.value = chip.getAttribute("data-notice");
      ask(chip.getAttribute("data-ask"));
      return;
    }
    if (target.closest("#qa-new")) { newConversation(); return; }
    if (target.closest("#qa-scroll-down")) { scrollToBottom(); return; }
    var expand = target.closest(".qa-expand");
    if (expand) {
      var open = expand.getAttribute("aria-expanded") !== "true";
      expand.setAttribute("aria-expanded", open ? "true" : "false");
      expand.textContent = open ? "收起" : "展开全文";
      expand.previousElementSibling.classList.toggle("qa-open", open);
      return;
    }
    var turn = turnOf(target);
    if (!turn) return;
    var button = target.closest("button");
    if (!button) return;
    if (button.classList.contains("qa-retry")) { retry(turn); return; }
    if (button.classList.contains("qa-copy")) {
      var isQuestion = !!button.closest(".qa-user");
      copyText(isQuestion ? turn.q : (turn.text || "")).then(
        function () { flash(button, "已复制"); }, function () { flash(button, "复制失败"); });
      return;
    }
    var bot = button.closest(".qa-bot");
    if (!bot) return;
    var status = bot.querySelector(".qa-fb-status");
    var form = bot.querySelector(".qa-fb-form");
    if (button.classList.contains("qa-up")) {
      form.hidden = true;
      sendFeedback(turn, "up", "", status).then(function (ok) {
        if (ok) {
          button.setAttribute("aria-pressed", "true");
          bot.querySelector(".qa-down").setAttribute("aria-pressed", "false");
        }
      });
    } else if (button.classList.contains("qa-down")) {
      // 踩 opens the comment box; the rating is stored when it is sent (the comment is optional).
      form.hidden = !form.hidden;
      button.setAttribute("aria-expanded", form.hidden ? "false" : "true");
      if (!form.hidden) {
        status.textContent = "";
        form.querySelector("textarea").focus({ preventScroll: true });
        form.scrollIntoView({ block: "nearest" }); // the box and its button in view, even at the bottom of a frame
      }
    } else if (button.classList.contains("qa-fb-send")) {
      var text = form.querySelector("textarea").value.trim();
      sendFeedback(turn, "down", text, status).then(function (ok) {
        if (ok) {
          form.hidden = true;
          form.querySelector("textarea").value = "";
          bot.querySelector(".qa-down").setAttribute("aria-pressed", "true");
          bot.querySelector(".qa-up").setAttribute("aria-pressed", "false");
        }
      });
    }
  }

  // --- the input box ------------------------------------------------------------------------------
  function limit() { var app = root(); return Number((app && app.getAttribute("data-max")) || 500); }

  function updateCounter(box) {
    var counter = document.getElementById("qa-counter");
    var n = Array.from(box.value).length;
    var over = n > limit();
    counter.textContent = n + "/" + limit();
    counter.classList.toggle("qa-over", over);
    var note = document.getElementById("qa-input-note");
    note.textContent = over ? "问题超过" + limit() + "字，请精简后再提问（文字已保留）。" : "";
    box.setAttribute("aria-invalid", over ? "true" : "false");
    box.style.height = "auto";
    box.style.height = Math.min(box.scrollHeight, 140) + "px";
  }

  function submitBox() {
    var box = document.querySelector("#qa-input textarea");
    if (!box) return;
    if (Array.from(box.value).length > limit()) { updateCounter(box); box.focus(); return; }
    if (!box.value.trim()) {
      // Nothing to ask: say so, instead of a send button that silently does nothing.
      document.getElementById("qa-input-note").textContent = "请先输入问题。";
      box.focus();
      return;
    }
    if (ask(box.value)) {
      box.value = "";
      updateCounter(box);
    }
  }

  function onKey(event) {
    var box = event.target;
    if (!(box instanceof Element)) return;
    if (box.matches("#qa-input textarea") && event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submitBox();
    }
    if (event.key === "Escape" && box.closest && box.closest("#qa-task-dialog")) return;
  }

  function onInput(event) {
    if (event.target instanceof Element && event.target.matches("#qa-input textarea")) updateCounter(event.target);
  }

  function onSubmit(event) {
    if (event.target instanceof Element && event.target.matches("#qa-input")) {
      event.preventDefault();
      submitBox();
    }
  }

  function onScroll() {
    var box = scroller();
    var button = document.getElementById("qa-scroll-down");
    if (!box || !button) return;
    button.hidden = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  }

  function fit() {
    // The chat fills the window below whatever is above it (header, tabs), so the input is always in view
    // and an embedding frame has no empty band under it.
    var app = root();
    if (!app || !app.offsetParent) return;
    var top = app.getBoundingClientRect().top + window.scrollY;
    var spare = document.documentElement.classList.contains("qa-embed") ? 6 : 10;
    app.style.height = Math.max(300, window.innerHeight - top - spare) + "px";
  }

  function init(app) {
    app.setAttribute("data-ready", "1");
    // The page's styles come after Gradio's (loaded after this script), so equal selectors are ours.
    var style = document.getElementById("qa-page-style");
    if (style && style.parentNode) style.parentNode.appendChild(style);
    fit();
    setTimeout(fit, 300);
    var chat = log();
    if (chat) chat.addEventListener("scroll", onScroll, { passive: true });
    renderAll();
    scrollToBottom();
    var box = document.querySelector("#qa-input textarea");
    if (box) updateCounter(box);
    pump();
  }

  window.addEventListener("resize", fit);
  document.addEventListener("click", onClick);
  document.addEventListener("keydown", onKey);
  document.addEventListener("input", onInput);
  document.addEventListener("submit", onSubmit, true);
  // Gradio renders the page after this script runs (and may render it again): start whenever it appears.
  var ticks = 0;
  setInterval(function () {
    var app = root();
    if (app && !app.getAttribute("data-ready")) init(app);
    else if (app && ++ticks % 4 === 0) fit(); // e.g. back from another tab
  }, 150);
  window.qaChat = { ask: ask, newConversation: newConversation, state: function () { return state; } };
})();
