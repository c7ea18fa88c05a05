// Parley web UI. Every text from the store enters the page through text nodes (el(), .textContent), never as
// markup, so a document holding "<script>" shows it as words.
'use strict';

const POLARITIES = ['support', 'oppose', 'skeptical', 'neutral'];
const PALETTE = ['#2456a6', '#c2410c', '#0f766e', '#7c3aed', '#b91c1c', '#4d7c0f', '#be185d', '#0369a1', '#a16207'];

function el(tag, props, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'data') Object.assign(e.dataset, v);
    else if (k === 'style') for (const [p, x] of Object.entries(v)) e.style.setProperty(p, x);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'href') { const h = safeHref(v); if (h) e.setAttribute('href', h); }
    else e.setAttribute(k, v);
  }
  for (const kid of kids.flat(Infinity)) {
    if (kid === null || kid === undefined || kid === false) continue;
    e.append(kid instanceof Node ? kid : String(kid));
  }
  return e;
}

/** Only the site's own paths and http(s) sources become links. */
function safeHref(h) {
  const s = String(h);
  return s.startsWith('/') && !s.startsWith('//') || /^https?:\/\//i.test(s) ? s : null;
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') p.set(k, v);
  const s = p.toString();
  return s ? '?' + s : '';
}

function colour(key) {
  let h = 0;
  for (const ch of String(key || '')) h = (h * 31 + ch.codePointAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

const actorHref = id => '/actors/' + encodeURIComponent(id);
const host = url => { try { return new URL(url).host; } catch (e) { return url || ''; } };
const plural = (n, word) => n + ' ' + word + (n === 1 ? '' : 's');
const chip = pol => el('span', { class: 'chip pol-' + pol }, pol);

function card(title, ...kids) {
  return el('section', { class: 'card' }, title ? el('h2', {}, title) : null, ...kids);
}

function show(...kids) {
  const main = document.getElementById('main');
  main.replaceChildren(...kids.flat(Infinity).filter(k => k !== null && k !== undefined && k !== false));
}

function fail(e) {
  show(el('h1', {}, 'Something went wrong'), el('p', { class: 'error' }, e.message));
}

function counts(d) {
  return el('span', { class: 'counts' },
    ['actors', 'quotes', 'events', 'stances'].map(k => el('span', { class: 'count' }, el('b', {}, d[k]), ' ' + k)));
}

function eventLine(e) {
  const names = xs => (xs || []).map((a, i) => [i ? ', ' : '', a.id ? el('a', { href: actorHref(a.id) }, a.name) : a.name]);
  return [el('span', { class: 'tag' }, e.type), names(e.source), e.target && e.target.length ? [' → ', names(e.target)] : null,
    el('div', { class: 'meta' }, '“' + e.text + '” ', el('a', { href: e.page + '#at-' + e.begin }, 'source'))];
}

// ---- the stance matrix, shared by the overview and its own page ----

function matrix(rows, opts) {
  const actors = [...new Map(rows.map(r => [r.actorId, r.actor])).entries()];
  const held = new Map();
  rows.forEach(r => held.set(r.issue, (held.get(r.issue) || 0) + 1));
  const issues = [...held.keys()].sort((x, y) => held.get(y) - held.get(x) || x.localeCompare(y));
  const cell = new Map(rows.map(r => [r.actorId + '\u0000' + r.issue, r]));
  const panel = el('div', { class: 'evidence', id: 'evidence' },
    el('p', { class: 'meta' }, 'Click a cell to see the words behind it.'));
  const table = el('table', { class: 'matrix', id: 'stance-matrix' },
    el('thead', {}, el('tr', {}, el('th', {}, ''), issues.map(i => el('th', { scope: 'col' }, i)))),
    el('tbody', {}, actors.map(([id, name]) => el('tr', {},
      el('th', { scope: 'row' }, el('a', { href: actorHref(id) }, name)),
      issues.map(issue => {
        const r = cell.get(id + '\u0000' + issue);
        if (!r) return el('td', { class: 'none' }, '');
        return el('td', {
          class: 'cell pol-' + r.latest, title: name + ' · ' + issue + ': ' + r.latest,
          data: { actor: name, actorId: id, issue: issue, polarity: r.latest },
          onclick: ev => { table.querySelectorAll('.selected').forEach(x => x.classList.remove('selected'));
            ev.currentTarget.classList.add('selected'); evidence(panel, r);
            panel.scrollIntoView({ block: 'nearest' }); }
        }, r.latest);
      })))));
  const legend = el('div', { class: 'legend' },
    POLARITIES.map(p => el('span', { style: { '--c': 'var(--' + p + ')' } }, p)));
  if (opts && opts.open) {
    const r = rows.find(x => x.actorId === opts.open.actor && x.issue === opts.open.issue);
    if (r) evidence(panel, r);
  }
  return rows.length ? [legend, el('div', { style: { 'overflow-x': 'auto' } }, table), panel]
    : [el('p', { class: 'empty' }, 'No stances stored yet.')];
}

async function evidence(panel, r) {
  panel.replaceChildren(el('h3', {}, r.actor + ' on ' + r.issue + ': ', chip(r.latest)),
    el('div', { class: 'history' }, el('span', { class: 'meta' }, 'History:'),
      r.evidence.map(x => el('span', { title: x.text }, el('span', { class: 'meta' }, (x.date || 'undated') + ' '), chip(x.polarity)))),
    el('ol', {}, r.evidence.map(x => el('li', {},
      el('blockquote', { style: { '--c': 'var(--' + x.polarity + ')' } }, x.text),
      el('span', { class: 'meta' }, (x.date || 'undated') + ' · '),
      el('a', { href: x.page + '#at-' + x.begin }, 'in its document')))));
  try {
    const quotes = await api('/api/quotes' + qs({ speakerId: r.actorId, issue: r.issue, limit: 20 }));
    if (quotes.length) {
      panel.append(el('h3', {}, 'Quotes'), el('ol', {}, quotes.map(q => el('li', {},
        el('blockquote', { style: { '--c': colour(q.speakerId) } }, q.text),
        el('span', { class: 'meta' }, (q.date || 'undated') + ' · '), el('a', { href: q.page + '#at-' + q.begin }, 'in its document')))));
    }
  } catch (e) { panel.append(el('p', { class: 'error' }, e.message)); }
}

// ---- pages ----

async function overview() {
  const [docs, next, stances] = await Promise.all([api('/api/documents?limit=200'),
    api('/api/events?upcoming=true&limit=20'), api('/api/stances?limit=500')]);
  const days = new Map();
  for (const d of docs) {
    const k = d.published || 'Undated';
    if (!days.has(k)) days.set(k, []);
    days.get(k).push(d);
  }
  show(el('h1', {}, 'Overview'),
    el('p', { class: 'lede' }, plural(docs.length, 'document') + ' · ' + plural(stances.length, 'position') + ' · '
      + plural(next.length, 'dated event') + ' ahead'),
    el('div', { class: 'grid' },
      el('div', {}, card('Documents by date', docs.length ? [...days.entries()].map(([day, ds]) => el('div', { class: 'day' },
        el('div', { class: 'day-head' }, day),
        ds.map(d => el('div', { class: 'doc' },
          el('div', {}, el('a', { class: 'title', href: d.page }, d.title || d.name),
            el('div', { class: 'source' }, d.url ? el('a', { href: d.url, rel: 'noreferrer' }, host(d.url)) : d.source)),
          counts(d))))) : el('p', { class: 'empty' }, 'The store holds no documents yet: parley ingest adds some.'))),
      el('div', {},
        card('What comes next', next.length ? el('ul', { class: 'next' }, next.map(e => el('li', {},
          el('span', { class: 'when' }, e.date || e.timex || '?'), eventLine(e))))
          : el('p', { class: 'empty' }, 'No dated events ahead.')))),
    card('Latest stances', matrix(stances)));
}

async function documentPage() {
  const id = decodeURIComponent(location.pathname.split('/').pop());
  const a = await api('/api/documents/' + encodeURIComponent(id));
  const d = a.document;
  const text = d.text;
  const speakerKey = s => (a.actorIds && a.actorIds[s]) || s;
  const name = s => { const x = a.actors.find(y => y.id === s); return x ? x.name : (s || 'unknown speaker'); };
  const findings = [];
  a.quotes.filter(q => q.kind !== 'term').forEach((q, i) => findings.push({ id: 'q' + i, kind: 'quote', begin: q.begin, end: q.end,
    c: colour(speakerKey(q.speaker)), who: name(q.speaker), speaker: q.speaker, label: q.kind, text: q.text }));
  a.events.forEach((e, i) => findings.push({ id: 'e' + i, kind: 'event', begin: e.begin, end: e.end, c: '#7a5cc7',
    who: e.source.map(name).join(', '), label: e.type + (e.target.length ? ' → ' + e.target.map(name).join(', ') : '') + ' · ' + e.mode + (e.date ? ' · ' + e.date : ''), text: e.text }));
  a.stances.forEach((s, i) => findings.push({ id: 's' + i, kind: 'stance', begin: s.begin, end: s.end, c: 'var(--' + s.polarity + ')',
    who: name(s.actor), label: s.polarity + ' on ' + ((a.issues.find(x => x.id === s.issue) || {}).label || s.issue), text: s.text, polarity: s.polarity }));
  a.times.forEach((t, i) => findings.push({ id: 't' + i, kind: 'time', begin: t.begin, end: t.end, c: '#1f8a99',
    who: t.value, label: t.type, text: t.text }));
  const inText = findings.filter(f => f.kind !== 'stance' && f.begin >= 0 && f.end <= text.length && f.begin < f.end);

  const cuts = [...new Set([0, text.length, ...inText.flatMap(f => [f.begin, f.end])])].sort((x, y) => x - y);
  const article = el('div', { class: 'article', id: 'article' });
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [b, e] = [cuts[i], cuts[i + 1]];
    const words = text.slice(b, e);
    const over = inText.filter(f => f.begin <= b && f.end >= e);
    if (!over.length) { article.append(words); continue; }
    const quote = over.find(f => f.kind === 'quote');
    article.append(el('span', {
      class: 'f ' + [...new Set(over.map(f => 'f-' + f.kind))].join(' '),
      data: { f: over.map(f => f.id).join(' '), begin: b },
      style: quote ? { '--c': quote.c } : null,
      onclick: () => activate((quote || over[0]).id, false)
    }, words));
  }

  const sideItem = f => el('div', { class: 'finding finding-' + f.kind, id: 'side-' + f.id, data: { f: f.id, speaker: f.who },
    style: { '--c': f.c }, onclick: () => activate(f.id, true) },
  el('div', {}, f.kind === 'stance' ? chip(f.polarity) : null, el('span', { class: 'who' }, f.who), ' ', el('span', { class: 'meta' }, f.label)),
  el('div', {}, f.kind === 'quote' ? '“' + f.text + '”' : f.text));
  const group = (title, kind) => {
    const xs = findings.filter(f => f.kind === kind);
    return xs.length ? [el('h3', {}, title + ' (' + xs.length + ')'), xs.map(sideItem)] : null;
  };
  const side = el('aside', { class: 'card side', id: 'findings' },
    group('Quotes', 'quote'), group('Stances', 'stance'), group('Events', 'event'), group('Times', 'time'),
    findings.length ? null : el('p', { class: 'empty' }, 'Nothing found in this document.'));

  function activate(fid, scroll) {
    document.querySelectorAll('.active').forEach(x => x.classList.remove('active'));
    const f = findings.find(x => x.id === fid);
    let spans = [...article.querySelectorAll('.f')].filter(s => s.dataset.f.split(' ').includes(fid));
    if (!spans.length && f) { // a stance: light up the words it covers
      spans = [...article.querySelectorAll('.f')].filter(s => +s.dataset.begin >= f.begin && +s.dataset.begin < f.end);
    }
    spans.forEach(s => { s.classList.add('active'); if (f && f.kind !== 'quote') s.style.setProperty('--c', f.c); });
    const item = document.getElementById('side-' + fid);
    if (item) { item.classList.add('active'); if (!scroll) item.scrollIntoView({ block: 'nearest' }); }
    if (scroll && spans.length) spans[0].scrollIntoView({ behavior: 'smooth', block: 'center' });
  }

  document.title = (d.title || d.id) + ' · Parley';
  show(el('h1', {}, d.title || d.id),
    el('p', { class: 'lede' }, (d.published || 'undated') + ' · ',
      /^https?:/i.test(d.source) ? el('a', { href: d.source, rel: 'noreferrer' }, host(d.source)) : d.source,
      ' · ', a.actors.map((x, i) => [i ? ', ' : '', el('a', { href: actorHref(speakerKey(x.id)) }, x.name)])),
    el('div', { class: 'doc-layout' }, el('article', { class: 'card' }, article), side));

  const m = /^#at-(\d+)/.exec(location.hash);
  if (m) {
    const f = findings.find(x => x.begin === +m[1]);
    if (f) activate(f.id, true);
  }
}

async function matrixPage() {
  const p = new URLSearchParams(location.search);
  const rows = await api('/api/stances?limit=500');
  show(el('h1', {}, 'Stance matrix'),
    el('p', { class: 'lede' }, 'Each actor’s latest position on each issue. A cell opens the words behind it and its history.'),
    card(null, matrix(rows, { open: { actor: p.get('actor'), issue: p.get('issue') } })));
}

async function actorPage() {
  const id = decodeURIComponent(location.pathname.split('/').pop());
  const a = await api('/api/actors/' + encodeURIComponent(id));
  const fact = (k, v) => v ? el('span', {}, k + ' ', el('b', {}, v)) : null;
  const src = a.events.filter(e => (e.source || []).some(x => x.id === id));
  const tgt = a.events.filter(e => (e.target || []).some(x => x.id === id));
  const evList = es => es.length ? el('ul', { class: 'items' }, es.map(e => el('li', {}, el('span', { class: 'when' }, e.date || ''), eventLine(e))))
    : el('p', { class: 'empty' }, 'None.');
  document.title = a.name + ' · Parley';
  show(el('h1', {}, a.name),
    el('div', { class: 'facts' }, fact('Kind', a.kind), fact('Role', a.role), fact('Country', a.country),
      fact('Organisation', a.organization), fact('Code', a.code), fact('Documents', a.documents), fact('Mentions', a.mentions)),
    el('div', { class: 'grid' },
      el('div', {}, card('Statements by date', a.quotes.length ? el('ul', { class: 'items' }, a.quotes.map(q => el('li', {},
        el('span', { class: 'when' }, q.date || 'undated'), el('span', { class: 'tag' }, q.kind),
        el('blockquote', { style: { '--c': colour(id) } }, q.text),
        el('a', { class: 'meta', href: q.page + '#at-' + q.begin }, q.title || 'document')))) : el('p', { class: 'empty' }, 'No statements.'))),
      el('div', {},
        card('Positions by issue', a.stances.length ? el('ul', { class: 'items' }, a.stances.map(s => el('li', {},
          el('a', { href: '/matrix' + qs({ actor: id, issue: s.issue }) }, s.issue), ' ', chip(s.latest),
          el('div', { class: 'history' }, s.evidence.map(x => el('span', { title: x.text }, el('span', { class: 'meta' }, (x.date || '') + ' '), chip(x.polarity)))))))
          : el('p', { class: 'empty' }, 'No positions.')),
        card('Events as source', evList(src)),
        card('Events as target', evList(tgt)))));
}

async function quotesPage() {
  const p = new URLSearchParams(location.search);
  const field = (name, label, type) => el('label', {}, label, el('input', { name, type: type || 'text', value: p.get(name) || '' }));
  const list = el('div', { id: 'results' });
  const more = el('button', { class: 'plain', type: 'button' }, 'More');
  const form = el('form', { class: 'search', id: 'quote-search' }, field('q', 'Words'), field('speaker', 'Speaker'),
    field('issue', 'Issue'), field('since', 'From', 'date'), field('until', 'To', 'date'), el('button', { type: 'submit' }, 'Search'));
  let offset = 0;
  const params = () => Object.fromEntries([...new FormData(form).entries()].filter(([, v]) => v));
  async function load(reset) {
    if (reset) { offset = 0; list.replaceChildren(); }
    try {
      const qsx = await api('/api/quotes' + qs({ ...params(), limit: 50, offset }));
      offset += qsx.length;
      if (reset && !qsx.length) list.append(el('p', { class: 'empty' }, 'No quotes match.'));
      list.append(...qsx.map(q => el('div', { class: 'finding', style: { '--c': colour(q.speakerId) } },
        el('div', {}, el('span', { class: 'when' }, q.date || 'undated'),
          q.speakerId ? el('a', { class: 'who', href: actorHref(q.speakerId) }, q.speaker) : el('span', { class: 'who' }, 'unknown speaker'),
          ' ', el('span', { class: 'tag' }, q.kind)),
        el('blockquote', {}, q.text), el('a', { class: 'meta', href: q.page + '#at-' + q.begin }, q.title || 'document'))));
      more.hidden = qsx.length < 50;
    } catch (e) { list.replaceChildren(el('p', { class: 'error' }, e.message)); }
  }
  form.addEventListener('submit', ev => { ev.preventDefault(); history.replaceState(null, '', '/quotes' + qs(params())); load(true); });
  more.addEventListener('click', () => load(false));
  show(el('h1', {}, 'Quotes'), el('p', { class: 'lede' }, 'Search what was said by words, speaker, issue and date.'),
    card(null, form), card(null, list, more));
  await load(true);
}

async function networkPage() {
  const net = await api('/api/network?limit=500');
  const box = el('div', { id: 'graph' });
  show(el('h1', {}, 'Network'), el('p', { class: 'lede' }, 'Actors as nodes; events between them as edges, thicker the more often they happened. Click an actor to open it.'),
    card(null, net.nodes.length ? box : el('p', { class: 'empty' }, 'No events between actors yet.')),
    card('Edges', el('ul', { class: 'items' }, net.edges.map(e => el('li', {},
      el('a', { href: actorHref(e.source) }, (net.nodes.find(n => n.id === e.source) || {}).name || e.source), ' → ',
      el('a', { href: actorHref(e.target) }, (net.nodes.find(n => n.id === e.target) || {}).name || e.target), ' ',
      el('span', { class: 'tag' }, e.type), el('span', { class: 'meta' }, '× ' + e.weight))))));
  if (!net.nodes.length || typeof echarts === 'undefined') return;
  const kinds = [...new Set(net.nodes.map(n => n.kind || 'other'))];
  const chart = echarts.init(box);
  chart.setOption({
    tooltip: { formatter: p => p.dataType === 'edge' ? escapeText(p.data.type + ' × ' + p.data.weight) : escapeText(p.data.name) },
    legend: { data: kinds, top: 0 },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      categories: kinds.map(k => ({ name: k })),
      force: { repulsion: 320, edgeLength: [90, 200] },
      label: { show: true, position: 'right' },
      edgeSymbol: ['none', 'arrow'], edgeLabel: { show: true, formatter: p => p.data.type, fontSize: 10 },
      lineStyle: { color: 'source', curveness: 0.15, opacity: 0.7 },
      data: net.nodes.map(n => ({ id: n.id, name: n.name, category: kinds.indexOf(n.kind || 'other'),
        symbolSize: 14 + 6 * Math.sqrt(n.events), value: n.events })),
      links: net.edges.map(e => ({ source: e.source, target: e.target, type: e.type, weight: e.weight,
        lineStyle: { width: 1 + Math.log2(1 + e.weight) * 2 } }))
    }]
  });
  chart.on('click', p => { if (p.dataType === 'node') location.href = actorHref(p.data.id); });
  window.addEventListener('resize', () => chart.resize());
}

/** ECharts tooltips are markup: their text is escaped here. */
function escapeText(s) {
  const d = document.createElement('div');
  d.textContent = String(s);
  return d.innerHTML;
}

async function optionsPage() {
  const sets = await api('/api/options?limit=200');
  const pct = x => x === null || x === undefined ? null : Math.round(x * 100);
  show(el('h1', {}, 'Options'), el('p', { class: 'lede' }, 'The options each document sets out, with the likelihood it gives them.'),
    sets.length ? sets.map(s => card(null, el('h3', {}, s.set, ' ', el('span', { class: 'meta' }, '· ', el('a', { href: s.page }, s.title || 'document'), ' · ' + (s.published || 'undated'))),
      s.options.map(o => el('div', { class: 'option' }, el('div', {}, o.label), el('div', { class: 'meta' }, o.likelihood || '—'),
        el('div', { class: 'band', title: pct(o.low) !== null ? pct(o.low) + '–' + pct(o.high) + '%' : 'no estimate' },
          pct(o.low) !== null ? el('div', { class: 'fill', style: { left: pct(o.low) + '%', width: Math.max(1, pct(o.high) - pct(o.low)) + '%' } }) : null)))))
      : card(null, el('p', { class: 'empty' }, 'No option sets stored yet.')));
}

const PAGES = { overview, document: documentPage, matrix: matrixPage, actor: actorPage, quotes: quotesPage,
  network: networkPage, options: optionsPage };
const run = PAGES[document.body.dataset.page];
if (run) run().catch(fail);
