// The page side of the answer box (AnswerEditor runs this file with executeJs when it is attached).
//   this: the editor       $0: the text area     $1: the state line under it
//   $2, $3: the CSRF parameter name and token     $4: milliseconds after the last keystroke by which the server
//   must have answered for the text, or the line says it is not saved
// The line follows typing and the connection; a hidden tab or a closing page hands its text to the server at once.
const editor = this, area = $0, status = $1, csrfName = $2, csrfToken = $3, confirmWithin = $4;

area._confirmed = area.value;
area.addEventListener('input', () => {
  status.textContent = 'Saving…';
  status.classList.remove('error');
  status._typedAt = Date.now();
});

// The server's answer for a save, whatever it was (called by AnswerEditor.showStatus).
status.confirm = (text, error) => {
  status.textContent = text;
  status.classList.toggle('error', error);
  status._serverText = text;
  status._serverError = error;
  status._typedAt = 0;
  area._confirmed = area.value;
};

// Typed text that the server has not answered for in time is not saved, whatever the connection reports.
clearInterval(status._watch);
status._watch = setInterval(() => {
  if (!status.isConnected) { clearInterval(status._watch); return; }
  if (!status._typedAt || Date.now() - status._typedAt < confirmWithin) return;
  status._typedAt = 0;
  if (area.value === area._confirmed) {
    status.textContent = status._serverText || '';
    status.classList.toggle('error', !!status._serverError);
  } else {
    status.textContent = 'Not saved: retrying…';
    status.classList.add('error');
  }
}, 500);

const cs = window.Vaadin && window.Vaadin.connectionState;
if (cs && cs.addStateChangeListener) {
  cs.addStateChangeListener((before, now) => {
    if (now === 'reconnecting' || now === 'connection-lost') {
      status.textContent = 'Not saved: retrying…';
      status.classList.add('error');
    }
  });
}

// A hidden tab: the page is still alive, so a normal round trip saves the text.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden' && area.isConnected && editor.$server && !area.readonly) {
    editor.$server.flush(area.value);
  }
});

// Closing or leaving the page: a round trip cannot finish, a beacon can.
window.addEventListener('pagehide', () => {
  if (!area.isConnected || area.readonly || !area.dataset.saveUrl || !csrfToken) return;
  const body = new URLSearchParams({ text: area.value, revision: area.dataset.revision });
  body.append(csrfName, csrfToken);
  navigator.sendBeacon(area.dataset.saveUrl, body);
});
