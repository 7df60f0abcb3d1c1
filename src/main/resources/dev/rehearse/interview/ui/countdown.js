// The countdown keeps ticking between server polls, and while the connection is down, from the deadline the
// server stored (Countdown runs this file with executeJs when it is attached; the server still decides when time
// is up). this: the countdown text, with data-deadline and data-now (epoch milliseconds) set by the server.
const clock = this;

new MutationObserver(() => { clock._offset = Number(clock.dataset.now) - Date.now(); })
    .observe(clock, { attributes: true, attributeFilter: ['data-now'] });
clock._offset = Number(clock.dataset.now || Date.now()) - Date.now();

clearInterval(clock._ticker);
clock._ticker = setInterval(() => {
  if (!clock.isConnected) { clearInterval(clock._ticker); return; }
  if (!clock.dataset.deadline) return;
  const left = Math.max(0, Math.ceil((Number(clock.dataset.deadline) - Date.now() - clock._offset) / 1000));
  clock.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
}, 250);
