// newsflow dashboard. Plain JavaScript, no build step, no dependencies.
//
// SAFETY: every string from the API is hostile (article titles and bodies come from the open web).
// The DOM is built with createElement and textContent only; no data ever reaches an HTML parser,
// a string evaluated as code or an event-handler attribute, and a link is made only
// from an http(s) URL (anything else, javascript: included, is shown as inert text). The server's
// Content-Security-Policy forbids inline script as a second line of defence.
'use strict';

(() => {
  const LIVE_MAX = 120;
  const ALERTS_MAX = 40;
  const SVG = 'http://www.w3.org/2000/svg';
  const state = {
    liveIds: new Set(),
    trendWindow: '1h',
    toneEntity: null,
    toneSpanDays: 7,
    toneTo: null,
    searchEntity: null,
    source: null,
  };
  const $ = (id) => document.getElementById(id);

  // ---- DOM building ------------------------------------------------------------------------------
  const SAFE_ATTRIBUTE = /^(class|id|type|title|datetime|role|tabindex|aria-[a-z]+|data-[a-z-]+)$/;

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (!SAFE_ATTRIBUTE.test(name)) throw new Error('refusing attribute ' + name);
      node.setAttribute(name, value === true ? '' : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** An http(s) URL as a string, or null: javascript:, data:, relative and malformed URLs are never links. */
  function safeHttpUrl(text) {
    if (typeof text !== 'string' || text.length > 4096) return null;
    try {
      const url = new URL(text);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  /** A link to the original when the URL is http(s); otherwise the URL as plain, inert text. */
  function externalLink(url, label) {
    const href = safeHttpUrl(url);
    if (!href) return url ? el('span', { class: 'inert-url', title: 'Not an http(s) link' }, url) : null;
    const link = el('a', { class: 'external' }, label || hostOf(href));
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer nofollow';
    return link;
  }

  function hostOf(href) {
    try { return new URL(href).host + ' ↗'; } catch (e) { return 'link ↗'; }
  }

  function clear(node) {
    node.replaceChildren();
    return node;
  }

  // ---- Formatting -------------------------------------------------------------------------------
  const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
  const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

  function when(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return el('time', {}, '');
    const age = (Date.now() - date.getTime()) / 1000;
    let text;
    if (age >= 0 && age < 60) text = 'just now';
    else if (age >= 0 && age < 3600) text = Math.floor(age / 60) + ' min ago';
    else if (age >= 0 && age < 86400 && new Date().getDate() === date.getDate()) text = timeFormat.format(date);
    else text = dateTimeFormat.format(date);
    return el('time', { datetime: date.toISOString(), title: dateTimeFormat.format(date) }, text);
  }

  function toneColor(tone) {
    if (typeof tone !== 'number' || Number.isNaN(tone)) return 'var(--misc)';
    const strength = Math.min(1, Math.abs(tone) * 2.5);
    const base = tone < 0 ? 'var(--neg)' : 'var(--pos)';
    return `color-mix(in srgb, ${base} ${Math.round(25 + 75 * strength)}%, var(--misc))`;
  }

  function toneText(tone) {
    if (typeof tone !== 'number') return 'tone n/a';
    return (tone > 0 ? '+' : tone < 0 ? '−' : '') + Math.abs(tone).toFixed(2);
  }

  function toneBadge(tone) {
    const badge = el('span', { class: 'tone-badge', title: 'Tone from −1 (negative) to +1 (positive)' }, toneText(tone));
    badge.style.setProperty('--tone-color', toneColor(tone));
    return badge;
  }

  function typeClass(type) {
    return 'type-' + (['PERSON', 'ORGANIZATION', 'LOCATION'].includes(type) ? type : 'MISC');
  }

  // ---- API --------------------------------------------------------------------------------------
  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const error = new Error(body && typeof body.error === 'string' ? body.error : 'HTTP ' + response.status);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function note(id, text, isError) {
    const node = $(id);
    node.textContent = text || '';
    node.classList.toggle('error', !!isError);
  }

  // ---- Article cards ----------------------------------------------------------------------------
  function entityChip(entity, onClick) {
    const chip = el(onClick ? 'button' : 'span', { class: 'chip ' + typeClass(entity.type), type: onClick ? 'button' : null,
      title: (entity.type || 'MISC').toLowerCase() + (typeof entity.tone === 'number' ? ', tone ' + toneText(entity.tone) : ''),
      'data-entity': entity.id }, el('span', { class: 'type' }), el('span', { class: 'label' }, entity.name || entity.id));
    if (onClick) chip.addEventListener('click', (event) => { event.stopPropagation(); onClick(entity); });
    return chip;
  }

  function articleCard(article, fresh) {
    const title = el('button', { class: 'title-button', type: 'button' }, article.title || '(untitled)');
    title.addEventListener('click', () => openArticle(article.id));
    const card = el('li', { class: 'card' + (fresh ? ' fresh' : ''), 'data-id': article.id, 'data-published': article.publishedAt },
      el('div', { class: 'meta' },
        el('span', { class: 'source' }, article.source || ''),
        el('span', { class: 'sep' }),
        when(article.publishedAt),
        toneBadge(article.tone),
        article.duplicateOf ? el('span', { class: 'dup' }, 'copy of an earlier story') : null,
        externalLink(article.url)),
      el('h3', {}, title),
      article.excerpt ? el('p', { class: 'excerpt' }, article.excerpt) : null,
      el('ul', { class: 'chips' }, (article.entities || []).map((e) => el('li', {}, entityChip(e, chooseToneEntity)))));
    card.style.setProperty('--tone-color', toneColor(article.tone));
    return card;
  }

  function showLive(articles) {
    const list = clear($('live-list'));
    state.liveIds.clear();
    for (const article of articles) {
      if (state.liveIds.has(article.id)) continue;
      state.liveIds.add(article.id);
      list.append(articleCard(article, false));
    }
    updateLiveCount();
  }

  function addLiveArticle(article) {
    if (!article || typeof article.id !== 'string' || article.duplicateOf) return;
    const list = $('live-list');
    const existing = state.liveIds.has(article.id)
      ? [...list.children].find((card) => card.dataset.id === article.id) : null;
    const card = articleCard(article, true);
    if (existing) {
      existing.replaceWith(card);
    } else {
      state.liveIds.add(article.id);
      // Newest first by publication time: a replay of old articles lands in its place, not on top.
      const time = Date.parse(article.publishedAt);
      const after = [...list.children].find((other) => !(Date.parse(other.dataset.published) > time));
      list.insertBefore(card, after || null);
      while (list.children.length > LIVE_MAX) {
        state.liveIds.delete(list.lastElementChild.dataset.id);
        list.lastElementChild.remove();
      }
    }
    updateLiveCount();
  }

  function updateLiveCount() {
    const n = $('live-list').children.length;
    $('live-count').textContent = n ? String(n) : '';
    $('live-empty').hidden = n > 0 || $('live-list').hidden;
  }

  // ---- Alerts -----------------------------------------------------------------------------------
  /** A snippet with its [[matched]] terms in bold, built from text nodes only. */
  function snippet(text) {
    const node = el('p', { class: 'snippet' });
    const parts = String(text).split(/\[\[|\]\]/);
    parts.forEach((part, i) => node.append(i % 2 === 1 ? el('strong', {}, part) : document.createTextNode(part)));
    return node;
  }

  function alertItem(alert, fresh) {
    const title = el('button', { class: 'title-button', type: 'button' }, alert.title || '(untitled)');
    title.addEventListener('click', () => openArticle(alert.articleId));
    return el('li', { class: 'alert' + (fresh ? ' fresh' : ''), 'data-id': alert.alertId },
      el('div', { class: 'rule' }, alert.ruleName || alert.ruleId || 'rule'),
      el('div', {}, title),
      el('div', { class: 'meta' }, el('span', { class: 'source' }, alert.source || ''), el('span', { class: 'sep' }),
        when(alert.alertedAt), toneBadge(alert.tone)),
      (alert.snippets || []).slice(0, 1).map(snippet));
  }

  function showAlerts(alerts) {
    const list = clear($('alerts'));
    alerts.forEach((alert) => list.append(alertItem(alert, false)));
    updateAlertCount();
  }

  function addAlert(alert) {
    if (!alert || typeof alert.alertId !== 'string') return;
    const list = $('alerts');
    [...list.children].filter((item) => item.dataset.id === alert.alertId).forEach((item) => item.remove());
    list.prepend(alertItem(alert, true));
    while (list.children.length > ALERTS_MAX) list.lastElementChild.remove();
    updateAlertCount();
  }

  function updateAlertCount() {
    const n = $('alerts').children.length;
    $('alert-count').textContent = n ? String(n) : '';
    $('alerts-empty').hidden = n > 0;
  }

  // ---- Trending ---------------------------------------------------------------------------------
  async function loadTrending() {
    try {
      const top = await api('/api/entities/top?window=' + encodeURIComponent(state.trendWindow) + '&limit=10');
      const list = clear($('trending'));
      const max = Math.max(1, ...top.entities.map((e) => e.articles));
      top.entities.forEach((entity, i) => {
        const bar = el('span', { class: 'bar' });
        bar.style.setProperty('--share', Math.round(100 * entity.articles / max) + '%');
        bar.style.setProperty('--tone-color', toneColor(entity.tone));
        const row = el('button', { class: 'trend ' + typeClass(entity.type), type: 'button', 'data-entity': entity.id,
          title: entity.mentions + ' mentions, tone ' + toneText(entity.tone) },
          el('span', { class: 'rank' }, String(i + 1)),
          el('span', {}, el('span', { class: 'name' }, el('span', { class: 'dot-type' }), entity.name || entity.id), bar),
          el('span', { class: 'n' }, entity.articles + (entity.articles === 1 ? ' article' : ' articles')));
        row.addEventListener('click', () => chooseToneEntity(entity));
        list.append(el('li', {}, row));
      });
      if (!top.entities.length) note('trending-span', 'No trend data yet.');
      else note('trending-span', 'Until ' + dateTimeFormat.format(new Date(top.to)));
      markCurrentTrend();
      if (!state.toneEntity && top.entities.length) chooseToneEntity(top.entities[0]);
    } catch (e) {
      note('trending-span', e.message, true);
    }
  }

  function markCurrentTrend() {
    document.querySelectorAll('.trend').forEach((row) =>
      row.setAttribute('aria-current', String(!!state.toneEntity && row.dataset.entity === state.toneEntity.id)));
  }

  // ---- Tone chart -------------------------------------------------------------------------------
  function chooseToneEntity(entity) {
    state.toneEntity = { id: entity.id, name: entity.name || entity.id, type: entity.type };
    state.toneTo = null;
    $('tone-entity-name').textContent = state.toneEntity.name;
    $('tone-entity-name').className = '';
    $('tone-articles').hidden = false;
    markCurrentTrend();
    loadTone();
  }

  async function loadTone() {
    if (!state.toneEntity) return;
    const id = state.toneEntity.id;
    let path = '/api/entities/' + encodeURIComponent(id) + '/tone';
    if (state.toneTo) {
      const to = new Date(state.toneTo);
      const from = new Date(to.getTime() - state.toneSpanDays * 86400000);
      path += '?from=' + encodeURIComponent(from.toISOString()) + '&to=' + encodeURIComponent(to.toISOString());
    } else if (state.toneSpanDays !== 7) {
      // The server anchors the default range on the entity's latest mention; ask it first, then narrow.
      const series = await api(path).catch(() => null);
      if (series && state.toneEntity && state.toneEntity.id === id) {
        state.toneTo = series.to;
        return loadTone();
      }
    }
    try {
      const series = await api(path);
      if (!state.toneEntity || state.toneEntity.id !== id) return;
      state.toneTo = series.to;
      drawTone(series);
    } catch (e) {
      drawTone(null, e.message);
    }
  }

  function drawTone(series, message) {
    const chart = clear($('tone-chart'));
    const W = 360, H = 180, left = 30, right = 8, top = 10, bottom = 24;
    const y = (tone) => top + (1 - (tone + 1) / 2) * (H - top - bottom);
    [1, 0.5, 0, -0.5, -1].forEach((t) => {
      chart.append(svg('line', { class: t === 0 ? 'zero' : 'grid', x1: left, x2: W - right, y1: y(t), y2: y(t) }));
      if (t !== 0.5 && t !== -0.5) chart.append(svg('text', { class: 'axis', x: left - 6, y: y(t) + 3, 'text-anchor': 'end' }, (t > 0 ? '+' : '') + t));
    });
    const points = series ? series.points.filter((p) => typeof p.tone === 'number') : [];
    if (!points.length) {
      chart.append(svg('text', { class: 'empty-label', x: (W + left) / 2, y: H / 2 - 8, 'text-anchor': 'middle' },
        message || 'No tone measured in this range'));
      return;
    }
    const from = new Date(series.from).getTime();
    const to = new Date(series.to).getTime();
    const x = (iso) => left + ((new Date(iso).getTime() - from) / Math.max(1, to - from)) * (W - left - right);
    const path = points.map((p, i) => (i ? 'L' : 'M') + x(p.start).toFixed(1) + ' ' + y(p.tone).toFixed(1)).join(' ');
    const first = x(points[0].start).toFixed(1), last = x(points[points.length - 1].start).toFixed(1);
    const clipId = 'tone-clip';
    const defs = svg('defs');
    const clipPos = svg('clipPath', { id: clipId + '-pos' });
    clipPos.append(svg('rect', { x: 0, y: 0, width: W, height: y(0) }));
    const clipNeg = svg('clipPath', { id: clipId + '-neg' });
    clipNeg.append(svg('rect', { x: 0, y: y(0), width: W, height: H }));
    defs.append(clipPos, clipNeg);
    chart.append(defs);
    const area = path + ` L${last} ${y(0)} L${first} ${y(0)} Z`;
    chart.append(svg('path', { class: 'area-pos', d: area, 'clip-path': `url(#${clipId}-pos)` }));
    chart.append(svg('path', { class: 'area-neg', d: area, 'clip-path': `url(#${clipId}-neg)` }));
    chart.append(svg('path', { class: 'line', d: path }));
    const maxArticles = Math.max(...points.map((p) => p.articles));
    for (const p of points) {
      const dot = svg('circle', { cx: x(p.start), cy: y(p.tone), r: (2 + 3 * Math.sqrt(p.articles / maxArticles)).toFixed(1) });
      dot.style.setProperty('fill', toneColor(p.tone));
      dot.append(svg('title', {}, dateTimeFormat.format(new Date(p.start)) + ': tone ' + toneText(p.tone) + ', '
        + p.articles + (p.articles === 1 ? ' article' : ' articles')));
      chart.append(dot);
    }
    const label = (to - from) > 2 * 86400000 ? dayFormat : timeFormat;
    chart.append(svg('text', { class: 'axis', x: left, y: H - 6 }, label.format(new Date(from))));
    chart.append(svg('text', { class: 'axis', x: W - right, y: H - 6, 'text-anchor': 'end' }, label.format(new Date(to))));
  }

  // ---- Search -----------------------------------------------------------------------------------
  function isoOf(inputId) {
    const value = $(inputId).value;
    if (!value) return null;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }

  async function runSearch() {
    const params = new URLSearchParams();
    const q = $('q').value.trim();
    if (q) params.set('q', q);
    if (state.searchEntity) params.set('entity', state.searchEntity.id);
    const from = isoOf('from'), to = isoOf('to');
    if (from) params.set('from', from);
    if (to) params.set('to', to);
    params.set('limit', '100');
    $('tab-results').disabled = false;
    selectTab('results');
    note('feed-note', 'Searching…');
    try {
      const articles = await api('/api/articles?' + params.toString());
      const list = clear($('result-list'));
      articles.forEach((article) => list.append(articleCard(article, false)));
      $('result-count').textContent = String(articles.length);
      const parts = [];
      if (q) parts.push('“' + q + '”');
      if (state.searchEntity) parts.push('mentioning ' + state.searchEntity.name);
      if (from || to) parts.push('in the chosen time range');
      note('feed-note', articles.length + (articles.length === 1 ? ' article' : ' articles')
        + (parts.length ? ' ' + parts.join(', ') : '') + ', newest first');
    } catch (e) {
      clear($('result-list'));
      $('result-count').textContent = '';
      note('feed-note', e.message, true);
    }
  }

  function selectTab(which) {
    const live = which === 'live';
    $('tab-live').setAttribute('aria-selected', String(live));
    $('tab-results').setAttribute('aria-selected', String(!live));
    $('live-list').hidden = !live;
    $('result-list').hidden = live;
    $('live-empty').hidden = !live || $('live-list').children.length > 0;
    if (live) note('feed-note', 'Newest first, updated as articles are stored');
  }

  function setSearchEntity(entity) {
    state.searchEntity = entity ? { id: entity.id, name: entity.name || entity.id, type: entity.type } : null;
    const slot = clear($('entity-selected'));
    slot.hidden = !entity;
    $('entity-input').hidden = !!entity;
    $('entity-input').value = '';
    $('entity-suggestions').hidden = true;
    if (entity) {
      const remove = el('button', { class: 'x', type: 'button', 'aria-label': 'Remove entity filter' }, '×');
      remove.addEventListener('click', () => setSearchEntity(null));
      const chip = el('span', { class: 'chip ' + typeClass(entity.type) }, el('span', { class: 'type' }), state.searchEntity.name, remove);
      slot.append(chip);
    }
  }

  let suggestTimer = null;
  function suggestEntities() {
    clearTimeout(suggestTimer);
    const text = $('entity-input').value.trim();
    const list = $('entity-suggestions');
    if (text.length < 2) { list.hidden = true; return; }
    suggestTimer = setTimeout(async () => {
      try {
        const found = await api('/api/entities?limit=8&q=' + encodeURIComponent(text));
        clear(list);
        found.forEach((entity) => {
          const option = el('button', { type: 'button', role: 'option', class: typeClass(entity.type) },
            el('span', { class: 'dot-type' }), entity.name, el('span', { class: 'note' }, (entity.type || '').toLowerCase()));
          option.addEventListener('click', () => setSearchEntity(entity));
          list.append(el('li', {}, option));
        });
        list.hidden = found.length === 0;
      } catch (e) {
        list.hidden = true;
      }
    }, 180);
  }

  // ---- Article view -----------------------------------------------------------------------------
  let readerRequest = 0;

  async function openArticle(id) {
    const request = ++readerRequest;
    const reader = $('reader');
    clear($('reader-meta')); clear($('reader-entities')); clear($('reader-body')); clear($('reader-foot'));
    $('reader-title').textContent = 'Loading…';
    reader.hidden = false;
    document.body.style.overflow = 'hidden';
    $('reader-close').focus();
    // With the Kafka live feed an article can reach the page a moment before the sink stores it.
    for (let attempt = 0; attempt < 6; attempt++) {
      try {
        const article = await api('/api/articles/' + encodeURIComponent(id));
        if (request === readerRequest) showArticle(article);
        return;
      } catch (e) {
        if (e.status !== 404 || attempt === 5) {
          if (request === readerRequest) $('reader-title').textContent = e.message;
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  function closeArticle() {
    readerRequest++;
    $('reader').hidden = true;
    document.body.style.overflow = '';
  }

  function showArticle(article) {
    const title = article.title || '';
    const body = article.body || '';
    const text = title + '\n\n' + body;
    const types = new Map((article.entities || []).map((e) => [e.id, e]));
    const marks = cleanMentions(article.mentions || [], text.length);

    append(clear($('reader-meta')), [el('span', { class: 'source' }, article.source || ''), el('span', { class: 'sep' }),
      when(article.publishedAt), toneBadge(article.tone),
      article.language ? el('span', {}, article.language.toUpperCase()) : null]);
    renderRange(clear($('reader-title')), text, 0, title.length, marks, types);

    const legend = clear($('reader-entities'));
    (article.entities || []).forEach((entity) => {
      const chip = entityChip(entity, (e) => { closeArticle(); chooseToneEntity(e); });
      chip.addEventListener('mouseenter', () => focusEntity(entity.id, true));
      chip.addEventListener('mouseleave', () => focusEntity(entity.id, false));
      chip.append(el('span', { class: 'note' }, '×' + entity.mentions));
      legend.append(chip);
    });
    legend.hidden = !(article.entities || []).length;

    const bodyNode = clear($('reader-body'));
    let offset = title.length + 2;
    for (const paragraph of body.split('\n')) {
      if (paragraph.trim()) bodyNode.append(renderRange(el('p'), text, offset, offset + paragraph.length, marks, types));
      offset += paragraph.length + 1;
    }

    const foot = clear($('reader-foot'));
    const link = externalLink(article.url, 'Read at the source ↗');
    if (link) foot.append(link);
    if ((article.authors || []).length) foot.append(el('span', {}, 'By ' + article.authors.join(', ')));
    if ((article.keywords || []).length) foot.append(el('span', {}, 'Keywords: ' + article.keywords.slice(0, 8).map((k) => k.phrase).join(', ')));
    if (article.truncated) foot.append(el('span', {}, 'Only the start of this long article was analysed.'));
  }

  /** Mentions sorted, inside the text and not overlapping: a bad offset must never break the view. */
  function cleanMentions(mentions, length) {
    const sorted = mentions
      .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= length && m.start < m.end)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const result = [];
    let end = -1;
    for (const m of sorted) {
      if (m.start >= end) { result.push(m); end = m.end; }
    }
    return result;
  }

  /** Appends text[start, end) to node, wrapping mentioned spans in <mark>; text nodes only. */
  function renderRange(node, text, start, end, marks, types) {
    let at = start;
    for (const m of marks) {
      if (m.end <= start || m.start >= end) continue;
      const s = Math.max(m.start, start), e = Math.min(m.end, end);
      if (s > at) node.append(document.createTextNode(text.slice(at, s)));
      const entity = types.get(m.entityId);
      const mark = el('mark', { class: 'entity ' + typeClass(entity ? entity.type : 'MISC'), 'data-entity': m.entityId,
        title: entity ? entity.name + ' (' + (entity.type || 'MISC').toLowerCase() + ')' : m.entityId });
      mark.textContent = text.slice(s, e);
      node.append(mark);
      at = e;
    }
    if (at < end) node.append(document.createTextNode(text.slice(at, end)));
    return node;
  }

  function focusEntity(id, on) {
    document.querySelectorAll('#reader mark.entity').forEach((mark) => {
      if (mark.dataset.entity === id) mark.classList.toggle('focus', on);
    });
  }

  // ---- Live stream ------------------------------------------------------------------------------
  function setLiveState(kind, label) {
    $('live-status').dataset.state = kind;
    $('live-status').querySelector('.label').textContent = label;
  }

  function connect() {
    const source = new EventSource('/api/stream');
    state.source = source;
    source.addEventListener('hello', () => {
      setLiveState('open', 'Live');
      // Anything stored while the stream was down is in the store: reload the lists from it.
      loadInitial();
    });
    source.addEventListener('article', (event) => {
      try { addLiveArticle(JSON.parse(event.data)); } catch (e) { /* a malformed event is skipped */ }
    });
    source.addEventListener('alert', (event) => {
      try { addAlert(JSON.parse(event.data)); } catch (e) { /* a malformed event is skipped */ }
    });
    source.addEventListener('error', () => setLiveState('error', 'Reconnecting…'));
  }

  async function loadInitial() {
    try {
      showLive(await api('/api/articles?limit=60'));
    } catch (e) {
      note('feed-note', e.message, true);
    }
    try {
      showAlerts(await api('/api/alerts?limit=20'));
    } catch (e) {
      /* alerts are optional: the panel stays empty */
    }
  }

  // ---- Wiring -----------------------------------------------------------------------------------
  function init() {
    $('search').addEventListener('submit', (event) => { event.preventDefault(); runSearch(); });
    $('clear-button').addEventListener('click', () => {
      $('q').value = ''; $('from').value = ''; $('to').value = '';
      setSearchEntity(null);
      $('tab-results').disabled = true;
      $('result-count').textContent = '';
      selectTab('live');
    });
    $('entity-input').addEventListener('input', suggestEntities);
    $('entity-input').addEventListener('keydown', (event) => {
      if (event.key === 'Escape') $('entity-suggestions').hidden = true;
    });
    $('tab-live').addEventListener('click', () => selectTab('live'));
    $('tab-results').addEventListener('click', () => selectTab('results'));
    document.querySelectorAll('[data-window]').forEach((button) => button.addEventListener('click', () => {
      state.trendWindow = button.dataset.window;
      document.querySelectorAll('[data-window]').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
      loadTrending();
    }));
    document.querySelectorAll('[data-span]').forEach((button) => button.addEventListener('click', () => {
      state.toneSpanDays = Number(button.dataset.span);
      document.querySelectorAll('[data-span]').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
      loadTone();
    }));
    $('tone-articles').addEventListener('click', () => {
      if (!state.toneEntity) return;
      setSearchEntity(state.toneEntity);
      runSearch();
    });
    $('reader-close').addEventListener('click', closeArticle);
    $('reader').addEventListener('click', (event) => { if (event.target === $('reader')) closeArticle(); });
    document.addEventListener('keydown', (event) => { if (event.key === 'Escape' && !$('reader').hidden) closeArticle(); });

    selectTab('live');
    loadInitial();
    loadTrending();
    setInterval(loadTrending, 60000);
    // Relative times ("3 min ago") age in place.
    setInterval(() => document.querySelectorAll('#live-list time').forEach((t) => {
      const fresh = when(t.getAttribute('datetime'));
      t.textContent = fresh.textContent;
    }), 30000);
    connect();
  }

  init();
})();
