// Makes the wide parts of rendered Markdown reachable by keyboard (MarkdownText runs this with executeJs; this is
// the vaadin-markdown element). A code block becomes a focusable region named "Code example N"; a table is wrapped
// in a focusable region named "Table N" that scrolls (N counts over the whole page, so every region has a name of
// its own). Runs again whenever the Markdown is rendered anew.
const root = this;
const nextNumber = kind => {
  window.__rehearseRegions = window.__rehearseRegions || {};
  window.__rehearseRegions[kind] = (window.__rehearseRegions[kind] || 0) + 1;
  return window.__rehearseRegions[kind];
};
const reachable = () => {
  root.querySelectorAll('pre:not([tabindex])').forEach(pre => {
    pre.tabIndex = 0;
    pre.setAttribute('role', 'region');
    pre.setAttribute('aria-label', 'Code example ' + nextNumber('code'));
  });
  root.querySelectorAll('table').forEach(table => {
    if (table.parentElement.classList.contains('table-scroll')) return;
    const wrapper = document.createElement('div');
    wrapper.className = 'table-scroll';
    wrapper.tabIndex = 0;
    wrapper.setAttribute('role', 'region');
    wrapper.setAttribute('aria-label', 'Table ' + nextNumber('table'));
    table.replaceWith(wrapper);
    wrapper.appendChild(table);
  });
};
reachable();
if (!root._reachableObserver) {
  root._reachableObserver = new MutationObserver(reachable);
  root._reachableObserver.observe(root, { childList: true, subtree: true });
}
