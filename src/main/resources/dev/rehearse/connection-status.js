// Vaadin shows the state of the connection to the server ("Connection lost", "Reconnecting") in an element of its
// own, added to the page outside any landmark. It is a status message, so it is marked as one: screen readers
// announce it, and it is not stray content outside the page's regions.
(function () {
  const mark = () => {
    const indicator = document.querySelector('vaadin-connection-indicator');
    if (indicator && indicator.getAttribute('role') !== 'status') {
      indicator.setAttribute('role', 'status');
    }
    return !!indicator;
  };
  if (!mark()) {
    const watch = new MutationObserver(() => { if (mark()) watch.disconnect(); });
    watch.observe(document.body, { childList: true });
  }
})();
