// The checks of periksa_layar.py, run in the page: returns one line per problem.
() => {
  const out = [];
  const short = (s) => (s || '').replace(/\s+/g, ' ').trim().slice(0, 60);
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    // wholly left of or above the page, where no scrolling reaches: the phone's collapsed sidebar
    // (moved to x = -300 px); the test opens it to measure its labels
    if (r.right + window.scrollX <= 0 || r.bottom + window.scrollY <= 0) return false;
    for (let e = el; e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.display === 'none' || cs.visibility === 'hidden') return false;
    }
    return true;
  };
  const where = (el) => {
    const t = el.closest('[data-testid]');
    return t ? t.getAttribute('data-testid') : el.tagName;
  };

  // 1. HTML text cut by its box
  const scope = document.querySelectorAll('[data-testid="stMain"] *, [data-testid="stSidebar"] *');
  for (const el of scope) {
    if (el.closest('.js-plotly-plot, [data-testid="stDataFrame"], [data-testid="stTooltipContent"]')) continue;
    if (!el.childNodes.length || !Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    if (!shown(el)) continue;
    // the element holding the text, and the box that may cut it (Streamlit's ellipsis wrapper)
    for (let box = el, up = 0; box && up < 3; box = box.parentElement, up++) {
      const cs = getComputedStyle(box);
      const hides = cs.textOverflow === 'ellipsis' || ['hidden', 'clip'].includes(cs.overflowX);
      if (!hides) continue;
      if (box.scrollWidth > box.clientWidth + 1 || (cs.overflowY !== 'visible' && box.scrollHeight > box.clientHeight + 2 && cs.textOverflow === 'ellipsis')) {
        out.push(`cut text [${where(box)}]: "${short(box.innerText)}" (${box.scrollWidth}>${box.clientWidth} px)`);
      }
      break;
    }
  }

  // 2. plotly figures
  const boxOf = (el) => el.getBoundingClientRect();
  const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  document.querySelectorAll('.js-plotly-plot').forEach((plot, i) => {
    if (!shown(plot)) return;
    const fig = boxOf(plot);
    const name = `chart ${i + 1}` + (plot.layout && plot.layout.title && plot.layout.title.text ? ` "${short(plot.layout.title.text.replace(/<[^>]+>/g, ''))}"` : '');
    const texts = plot.querySelectorAll(
      '.xtick text, .ytick text, .legendtext, .gtitle, .g-xtitle text, .g-ytitle text, .annotation-text, .bartext, .textpoint text, .cbtitle text, .cbaxis text'
    );
    for (const t of texts) {
      if (!t.textContent.trim() || !shown(t)) continue;
      const r = boxOf(t);
      if (r.left < fig.left - 1 || r.right > fig.right + 1 || r.top < fig.top - 1 || r.bottom > fig.bottom + 1) {
        out.push(`${name}: "${short(t.textContent)}" leaves the figure`);
      }
      if (/…$/.test(t.textContent.trim())) out.push(`${name}: "${short(t.textContent)}" is cut with …`);
    }
    // tick labels of one axis must not run into each other ("1000%" read from "100%" and "0%")
    plot.querySelectorAll('.xaxislayer-above, .yaxislayer-above').forEach((ax) => {
      const ticks = Array.from(ax.querySelectorAll('.xtick text, .ytick text')).filter(t => t.textContent.trim() && shown(t));
      let crowded = null;
      for (let a = 0; a < ticks.length && !crowded; a++) for (let b = a + 1; b < ticks.length; b++) {
        if (overlap(boxOf(ticks[a]), boxOf(ticks[b]))) { crowded = [ticks[a], ticks[b]]; break; }
      }
      if (crowded) {
        out.push(`${name}: ticks "${short(crowded[0].textContent)}" and "${short(crowded[1].textContent)}" overlap`);
      }
    });
    // titles: subplot titles (annotations) and the figure title must not overlap each other
    const titles = Array.from(plot.querySelectorAll('.gtitle, .annotation')).filter(shown);
    for (let a = 0; a < titles.length; a++) for (let b = a + 1; b < titles.length; b++) {
      if (overlap(boxOf(titles[a]), boxOf(titles[b]))) {
        out.push(`${name}: "${short(titles[a].textContent)}" overlaps "${short(titles[b].textContent)}"`);
      }
    }
    // legend entries cut by the legend's own box (plotly sized it with another font's widths)
    plot.querySelectorAll('.legend').forEach((lg) => {
      const bg = lg.querySelector('.bg');
      if (!bg || !shown(lg)) return;
      const box = boxOf(bg);
      lg.querySelectorAll('.legendtext').forEach((t) => {
        const r = boxOf(t);
        if (t.textContent.trim() && (r.right > box.right + 1 || r.left < box.left - 1)) {
          out.push(`${name}: legend entry "${short(t.textContent)}" is cut by the legend's box`);
        }
      });
    });
    const bar = plot.querySelector('.modebar');
    const legend = plot.querySelector('.legend');
    if (bar && legend && shown(legend) && bar.getBoundingClientRect().width > 0 && overlap(boxOf(bar), boxOf(legend))) {
      out.push(`${name}: the toolbar covers the legend`);
    }
  });

  // 3. a change's arrow agrees with its sign
  document.querySelectorAll('[data-testid="stMetricDelta"]').forEach((d) => {
    const txt = d.innerText.trim();
    const neg = /^[\u2212-]/.test(txt), pos = /^\+/.test(txt);
    const up = !!d.querySelector('[data-testid="stMetricDeltaIcon-Up"]');
    const down = !!d.querySelector('[data-testid="stMetricDeltaIcon-Down"]');
    if ((neg && !down) || (pos && !up) || (!neg && !pos && (up || down))) {
      out.push(`metric change "${txt}" has arrow ${up ? '↑' : down ? '↓' : 'none'}`);
    }
    if (/^[\u2212-]0([.,]0+)?(\s|%|$)/.test(txt)) out.push(`metric change "${txt}" is a signed zero`);
  });
  return out;
}
