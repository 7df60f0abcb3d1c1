// Keys 1 to 4 rate an answer (Again, Hard, Good, Easy) from anywhere on the page, except while typing in a field.
// The answer rated is the one whose key points hold the focus; else the only one on the page; else the one whose
// panel crosses the middle of the window, or failing that the first one in view. Installed once per page.
if (!window.__rehearseRatingKeys) {
  window.__rehearseRatingKeys = true;
  const typing = (el) => el && (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT'
      || (el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit'].includes(el.type)));
  const target = () => {
    const panels = [...document.querySelectorAll('.key-points')];
    const focused = panels.find((p) => p.contains(document.activeElement));
    if (focused || panels.length <= 1) {
      return focused || panels[0];
    }
    const middle = window.innerHeight / 2;
    const rects = panels.map((p) => [p, p.getBoundingClientRect()]);
    const crossing = rects.find(([, r]) => r.top <= middle && r.bottom >= middle);
    const visible = rects.find(([, r]) => r.bottom > 0 && r.top < window.innerHeight);
    return (crossing || visible || [])[0];
  };
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.repeat || !['1', '2', '3', '4'].includes(e.key)) {
      return;
    }
    if (typing(e.composedPath()[0]) || document.querySelector('vaadin-dialog-overlay[opened]')) {
      return;
    }
    const panel = target();
    const button = panel && panel.querySelectorAll('.rating-buttons vaadin-button')[Number(e.key) - 1];
    if (button && !button.disabled) {
      e.preventDefault();
      button.click();
    }
  });
}
