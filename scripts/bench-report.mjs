// The performance budgets (bytes, time to interactive, Office round trips, rule timing) and the
// printed report of scripts/bench.mjs.

export const KB = 1024;
/** Microsoft's Office-Addin-TaskPane-React production pane, gzip: the size we compare with. */
export const TEMPLATE_GZIP_KB = 165;

/** The performance budgets. `bytes: true` ones are deterministic and checked by --check. */
export const BUDGETS = [
  {
    id: 'firstScreenGzip',
    label: 'Pane first screen JS+CSS, gzip',
    limit: 100 * KB,
    unit: 'bytes',
    bytes: true,
  },
  {
    // The same budget, counting also the chunks the pane fetched before it was interactive (full run).
    id: 'beforeInteractiveGzip',
    label: 'Pane JS+CSS received before interactive, gzip',
    limit: 100 * KB,
    unit: 'bytes',
  },
  {
    id: 'handlerGzip',
    label: 'Send-time handler, gzip',
    limit: 40 * KB,
    unit: 'bytes',
    bytes: true,
  },
  { id: 'handlerUiFree', label: 'Send-time handler has no React/Fluent', unit: 'flag', bytes: true },
  { id: 'ttiMedian', label: 'Time to interactive, median', limit: 300, unit: 'ms' },
  // The pane against a blank page served the same way in the same run: cancels the machine's load.
  { id: 'ttiRatio', label: 'Time to interactive / blank page, medians', limit: 2.5, unit: 'ratio' },
  // Round trips: calls that run together count once (see roundTripDepth in bench-browser.mjs).
  { id: 'roundTripsOpen', label: 'Office round trips on open', limit: 4, unit: 'calls' },
  { id: 'roundTripsInsert', label: 'Office round trips per insert', limit: 3, unit: 'calls' },
  // The rules in each runtime, with the parser it uses (scripts/bench-rules.mjs).
  {
    id: 'rulesOneMb',
    label: 'Rule evaluation, 1 MB body, send-time handler (htmlparser2)',
    limit: 20,
    unit: 'ms',
  },
  {
    id: 'rulesOneMbPane',
    label: 'Rule evaluation, 1 MB body, pane (Chromium; htmlparser2 from 64 KB)',
    limit: 20,
    unit: 'ms',
  },
];

/** One sentence per runtime of the rule figures (none for results from before they were split). */
function rulesRuntimes(rules) {
  const out = [];
  const h = rules.handler;
  if (h)
    out.push(
      `Send-time handler (node, htmlparser2): 1 MB body median ${num(h.oneMbMs)} ms (worst ${num(h.oneMbWorstMs)}, CPU ${num(h.oneMbCpuMs)}), quoted thread ${num(h.oneMbQuotedThreadMs)} ms, pasted image ${num(h.oneMbImageMs)} ms.`,
    );
  const p = rules.pane;
  if (p && p.available === false) out.push(`Pane (Chromium): not measured (${p.reason}).`);
  else if (p)
    out.push(
      `Pane (Chromium ${p.chromium}; DOMParser, htmlparser2 for bodies of 64 KB or more): 1 MB body median ${num(p.oneMbMs)} ms (worst ${num(p.oneMbWorstMs)}; DOMParser alone would take ${num(p.oneMbParseMs)} ms), quoted thread ${num(p.oneMbQuotedThreadMs)} ms, pasted image ${num(p.oneMbImageMs)} ms.`,
    );
  return out;
}

export function kb(bytes, digits = 1) {
  return `${(bytes / KB).toFixed(digits)} KB`;
}

function showValue(unit, value) {
  if (value === null || value === undefined) return 'n/a';
  if (unit === 'bytes') return kb(value);
  if (unit === 'ms') return `${value.toFixed(1)} ms`;
  if (unit === 'calls') return String(value);
  if (unit === 'ratio') return `${value.toFixed(2)}×`;
  if (unit === 'flag') return value ? 'yes' : 'no';
  return String(value);
}

/** The value each budget measures, from the results (null when not measured). */
function valueOf(id, r) {
  switch (id) {
    case 'firstScreenGzip':
      return r.bytes?.firstScreen?.total.gzip ?? null;
    case 'beforeInteractiveGzip':
      return r.tti?.bytesBeforeInteractive?.total.gzip ?? null;
    case 'handlerGzip':
      return r.bytes?.handler ? r.bytes.handler.total.gzip : null;
    case 'handlerUiFree': {
      const ui = r.bytes?.handler?.ui;
      return ui ? ui.markers.length === 0 && ui.packages.length === 0 : null;
    }
    case 'ttiMedian':
      return r.tti?.pane?.medianMs ?? null;
    case 'ttiRatio':
      return r.tti?.ratio ?? null;
    case 'roundTripsOpen':
      return r.roundTrips?.open?.roundTrips ?? null;
    case 'roundTripsInsert':
      return r.roundTrips?.insert?.roundTrips ?? null;
    case 'rulesOneMb': {
      // Results from before the pane was timed too have the handler's figure as oneMbMs.
      const ms = r.rules?.handler?.oneMbMs ?? r.rules?.oneMbMs;
      return typeof ms === 'number' ? ms : null;
    }
    case 'rulesOneMbPane':
      return typeof r.rules?.pane?.oneMbMs === 'number' ? r.rules.pane.oneMbMs : null;
    default:
      return null;
  }
}

/** Each budget with its measured value, met (true/false, null = not measured) and margin. */
export function evaluateBudgets(results, { bytesOnly = false } = {}) {
  return BUDGETS.filter((b) => !bytesOnly || b.bytes).map((b) => {
    const value = valueOf(b.id, results);
    if (value === null) return { ...b, value, met: null, margin: null, verdict: 'not measured' };
    if (b.unit === 'flag') {
      return { ...b, value, met: value, margin: null, verdict: value ? 'met' : 'MISSED' };
    }
    const margin = b.limit - value;
    const met = value <= b.limit;
    const pct = `${Math.abs((margin / b.limit) * 100).toFixed(0)}%`;
    const by = `${showValue(b.unit, Math.abs(margin))} (${pct})`;
    let verdict = met ? `met, ${by} to spare` : `MISSED by ${by}`;
    if (met && b.stretch !== undefined)
      verdict +=
        value <= b.stretch
          ? `; stretch ${showValue(b.unit, b.stretch)} met`
          : `; stretch ${showValue(b.unit, b.stretch)} missed by ${showValue(b.unit, value - b.stretch)}`;
    return { ...b, value, met, margin, verdict };
  });
}

function table(rows, aligns) {
  const widths = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell).length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) =>
          aligns[i] === 'r' ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const indent = (text, n = 2) =>
  text
    .split('\n')
    .map((l) => ' '.repeat(n) + l)
    .join('\n');

/** The whole report as text. */
export function formatReport(r, budgets) {
  const out = [];
  const m = r.machine;
  if (m) {
    const load = (l) => (l ? l.join(' / ') : '?');
    out.push(
      `Machine: ${m.cores} cores (${m.cpu ?? '?'}), ${m.memoryGB} GB, node ${m.node}` +
        `${m.chromium ? `, Chromium ${m.chromium}` : ''}; load average ${load(m.loadAverage)} at start` +
        `${m.loadAverageAtEnd ? `, ${load(m.loadAverageAtEnd)} at the end` : ''}`,
    );
    if (r.tti && (m.loadAverage?.[0] ?? 0) > m.cores)
      out.push(
        '  The machine was busy with other work: timings are noisy; the pane/blank ratio compares better.',
      );
    out.push('');
  }
  const b = r.bytes;
  if (b) {
    const fs = b.firstScreen;
    out.push('Pane first screen (what taskpane.html loads before it is interactive)');
    const rows = [['file', 'raw', 'gzip -9']];
    for (const f of fs.files) rows.push([`${f.file}${f.missing ? ' (MISSING)' : ''}`, kb(f.raw), kb(f.gzip)]);
    rows.push(['total JS+CSS', kb(fs.total.raw), kb(fs.total.gzip)]);
    out.push(indent(table(rows, ['l', 'r', 'r'])));
    for (const e of fs.external) out.push(`  external, not counted: ${e.url}`);
    out.push(
      `  the document itself: ${fs.html.file} ${kb(fs.html.raw)} raw, ${kb(fs.html.gzip)} gzip` +
        ` (inline style ${fs.html.inlineStyle} B, inline script ${fs.html.inlineScript} B)`,
    );
    out.push(
      `  vs Microsoft's React template (${TEMPLATE_GZIP_KB} KB gzip): ` +
        `${(fs.total.gzip / (TEMPLATE_GZIP_KB * KB)).toFixed(2)}×`,
    );

    out.push('', 'On demand (other bundles in dist/, loaded later)');
    if (b.onDemand.files.length === 0) out.push('  none');
    else {
      const od = [['chunk', 'file', 'raw', 'gzip -9', 'mostly']];
      for (const f of b.onDemand.files)
        od.push([f.chunk, f.file, kb(f.raw), kb(f.gzip), (f.holds ?? []).join(', ')]);
      od.push(['total', '', kb(b.onDemand.total.raw), kb(b.onDemand.total.gzip), '']);
      out.push(indent(table(od, ['l', 'l', 'r', 'r', 'l'])));
    }

    out.push('', 'Send-time handler');
    if (!b.handler) out.push('  not built (no dist/send-guard.html or dist/send-guard.js)');
    else {
      const hr = [['file', 'raw', 'gzip -9']];
      for (const f of b.handler.files)
        hr.push([`${f.file}${f.missing ? ' (MISSING)' : ''}`, kb(f.raw), kb(f.gzip)]);
      hr.push(['total', kb(b.handler.total.raw), kb(b.handler.total.gzip)]);
      out.push(indent(table(hr, ['l', 'r', 'r'])));
      const ui = b.handler.ui;
      out.push(
        ui.markers.length === 0 && ui.packages.length === 0
          ? '  React/Fluent UI in it: none (no marker strings, no such package in its source map)'
          : `  React/Fluent UI in it: YES (markers: ${ui.markers.join(', ') || '-'}; packages: ${ui.packages.join(', ') || '-'})`,
      );
    }

    const c = fs.contributors;
    if (c) {
      out.push('', `Biggest first-screen contributors (${c.note})`);
      const cr = [['package / folder', 'minified', 'share', '≈gzip']];
      for (const p of c.packages)
        cr.push([p.name, kb(p.raw), `${(p.share * 100).toFixed(1)}%`, kb(p.gzipEstimate)]);
      out.push(indent(table(cr, ['l', 'r', 'r', 'r'])));
      out.push(`  not attributed to a module (webpack glue, newlines): ${kb(c.unmapped)}`);
      out.push('  largest modules:');
      const mr = c.modules.slice(0, 8).map((m) => [m.name, kb(m.raw), `${(m.share * 100).toFixed(1)}%`]);
      out.push(indent(table(mr, ['l', 'r', 'r']), 4));
    }

    if (b.officeJsHelpers) {
      const h = b.officeJsHelpers;
      if (h.error) out.push('', `@microsoft/office-js-helpers: not measured (${h.error})`);
      else
        out.push(
          '',
          `@microsoft/office-js-helpers ${h.version}, bundled alone (esbuild, minified, browser): ` +
            `${kb(h.whole.raw)} raw, ${kb(h.whole.gzip)} gzip; importing only Storage: ${kb(h.storageOnly.gzip)} gzip ` +
            `(one prebuilt UMD bundle: no tree-shaking). Microsoft's template: ${TEMPLATE_GZIP_KB} KB gzip.`,
        );
    }
  }

  if (r.tti) {
    const t = r.tti;
    out.push('', `Time to interactive (${t.runs} loads, fresh context each, fake Outlook answering at once)`);
    const row = (label, s) => [label, `${s.medianMs} ms`, `${s.worstMs} ms`, `${s.bestMs} ms`];
    const tr = [
      ['', 'median', 'worst', 'best'],
      row('pane: navigation → Insert template enabled + checks shown', t.pane),
      row('blank page: navigation → load', t.blank),
      ...(t.floor ? [row('Fluent floor (React + Fluent only, same probe)', t.floor)] : []),
      ...(t.reactFloor ? [row('React floor (React only, same probe)', t.reactFloor)] : []),
    ];
    out.push(indent(table(tr, ['l', 'r', 'r', 'r'])));
    out.push(`  ratio pane/blank (medians): ${t.ratio === null ? 'n/a' : `${t.ratio.toFixed(1)}×`}`);
    const over = (f) =>
      f && t.blank.medianMs > 0 ? `${(f.medianMs / t.blank.medianMs).toFixed(1)}×` : 'n/a';
    if (t.floor || t.reactFloor)
      out.push(
        `  the floors against the blank page (medians): Fluent ${over(t.floor)}, React ${over(t.reactFloor)}`,
      );
    out.push(
      `  fetched before interactive (requested/received, of ${t.runs} loads): ${fetchedList(t) || '-'}`,
    );
    const late = t.bytesBeforeInteractive?.chunks ?? [];
    if (late.length)
      out.push(
        `  on-demand chunks received before interactive in at least half the loads: ${late.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}` +
          ` → JS+CSS received before interactive ${kb(t.bytesBeforeInteractive.total.gzip)} gzip`,
      );
    for (const f of t.failures) out.push(`  note: ${f}`);
  } else if (r.errors?.tti) out.push('', `Time to interactive: not measured (${r.errors.tti})`);

  if (r.roundTrips) {
    const rt = r.roundTrips;
    out.push(
      '',
      `Office round trips (fake Outlook answering each call after ${rt.latencyMs ?? 0} ms; calls that overlap count once)`,
    );
    out.push(`  on open: ${roundTripLine(rt.open)}`);
    out.push(`  while filling the form: ${roundTripLine(rt.whileFilling)}`);
    out.push(
      `  one insert: ${roundTripLine(rt.insert)}` +
        (rt.insert.confirmedSubject ? ' — after answering "Replace your subject?"' : ''),
    );
    if (rt.insert.medianMs !== undefined)
      out.push(
        `  insert time, click to "Template inserted" (${rt.runs} fresh panes): median ${num(rt.insert.medianMs)} ms` +
          ` (${rt.insert.samplesMs.map((x) => x.toFixed(0)).join(', ')})`,
      );
  } else if (r.errors?.roundTrips) out.push('', `Office round trips: not measured (${r.errors.roundTrips})`);

  if (r.rules !== undefined) {
    out.push('', 'Rule evaluation (scripts/bench-rules.mjs)');
    if (r.rules && r.rules.available !== false) {
      out.push(
        `  typical body: ${num(r.rules.typicalMs)} ms; 1 MB body: ${num(r.rules.oneMbMs)} ms (the worse runtime)`,
      );
      for (const line of rulesRuntimes(r.rules)) out.push(`  ${line}`);
    } else out.push(`  not available: ${r.rules?.reason ?? 'unknown'}`);
  }

  out.push('', 'Budgets (bytes, time to interactive, Office round trips, rule timing)');
  const br = budgets.map((x) => [
    x.met === null ? '  - ' : x.met ? ' ok ' : 'MISS',
    x.label,
    x.unit === 'flag' ? '' : `≤ ${showValue(x.unit, x.limit)}`,
    showValue(x.unit, x.value),
    x.verdict,
  ]);
  out.push(indent(table(br, ['l', 'l', 'r', 'r', 'l'])));
  return out.join('\n');
}

/** "2 round trips, 6 calls (body.getAsync, …)"; older results without round trips show calls only. */
function roundTripLine(x) {
  const calls = `${x.count} call${x.count === 1 ? '' : 's'} (${x.calls.join(', ') || '-'})`;
  return x.roundTrips === undefined
    ? calls
    : `${x.roundTrips} round trip${x.roundTrips === 1 ? '' : 's'}, ${calls}`;
}

function num(x) {
  return typeof x === 'number' ? x.toFixed(2) : String(x);
}

export const README_BEGIN = '<!-- bench:figures (written by scripts/bench.mjs; do not edit by hand) -->';
export const README_END = '<!-- /bench:figures -->';

/** The latest figures as Markdown, for the marked block of bench/README.md. */
export function formatMarkdown(r, budgets) {
  const m = r.machine ?? {};
  const lines = [];
  const commit = r.commit ? `${r.commit.sha}${r.commit.dirty ? ' + uncommitted changes' : ''}` : '?';
  lines.push(
    `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC on commit ${commit}: ${m.cores} cores (${m.cpu ?? '?'}), ` +
      `node ${m.node}, Chromium ${m.chromium ?? '?'}, load average ${m.loadAverage?.[0] ?? '?'} at start` +
      `${m.loadAverageAtEnd ? ` and ${m.loadAverageAtEnd[0]} at the end` : ''}. 1 KB = 1024 bytes.`,
    '',
    '| Figure | Measured | Budget | Verdict |',
    '|---|---:|---:|---|',
  );
  for (const x of budgets)
    lines.push(
      `| ${x.label} | ${showValue(x.unit, x.value)} | ${x.unit === 'flag' ? '—' : `≤ ${showValue(x.unit, x.limit)}`} | ${x.verdict} |`,
    );
  const b = r.bytes;
  if (b) {
    const fs = b.firstScreen;
    lines.push('', '**First screen** (what `taskpane.html` loads; office.js from the CDN not counted):', '');
    lines.push('| File | Raw | gzip -9 |', '|---|---:|---:|');
    for (const f of fs.files) lines.push(`| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} |`);
    lines.push(`| **total** | ${kb(fs.total.raw)} | **${kb(fs.total.gzip)}** |`);
    lines.push(
      '',
      `That is ${(fs.total.gzip / (TEMPLATE_GZIP_KB * KB)).toFixed(2)}× Microsoft's React template (${TEMPLATE_GZIP_KB} KB gzip).`,
    );
    if (fs.contributors) {
      lines.push(
        '',
        'Biggest contributors (source-map attribution of the minified bundle; gzip estimated):',
        '',
      );
      lines.push('| Package / folder | Minified | Share | ≈ gzip |', '|---|---:|---:|---:|');
      for (const p of fs.contributors.packages.slice(0, 8))
        lines.push(`| ${p.name} | ${kb(p.raw)} | ${(p.share * 100).toFixed(1)}% | ${kb(p.gzipEstimate)} |`);
    }
    if (b.onDemand.files.length) {
      lines.push('', '**On demand** (not loaded by `taskpane.html`):', '');
      lines.push('| Chunk | Raw | gzip -9 | Mostly |', '|---|---:|---:|---|');
      for (const f of b.onDemand.files)
        lines.push(`| ${f.chunk} | ${kb(f.raw)} | ${kb(f.gzip)} | ${(f.holds ?? []).join(', ')} |`);
    }
    if (b.handler) {
      const ui = b.handler.ui;
      lines.push(
        '',
        `**Send-time handler**: ${b.handler.files.map((f) => f.file).join(', ')} — ${kb(b.handler.total.raw)} raw, ` +
          `${kb(b.handler.total.gzip)} gzip; React/Fluent in it: ${ui.markers.length || ui.packages.length ? `yes (${[...ui.markers, ...ui.packages].join(', ')})` : 'none'}.`,
      );
    }
    const h = b.officeJsHelpers;
    if (h && !h.error)
      lines.push(
        '',
        `**@microsoft/office-js-helpers ${h.version}** bundled alone: ${kb(h.whole.raw)} raw, ${kb(h.whole.gzip)} gzip ` +
          `(importing only \`Storage\`: ${kb(h.storageOnly.gzip)} gzip — one prebuilt UMD bundle, no tree-shaking).`,
      );
  }
  if (r.tti) {
    const t = r.tti;
    lines.push(
      '',
      `**Time to interactive** (${t.runs} loads): median ${t.pane.medianMs} ms, worst ${t.pane.worstMs} ms; ` +
        `blank page median ${t.blank.medianMs} ms (worst ${t.blank.worstMs} ms); ratio ${t.ratio === null ? 'n/a' : `${t.ratio.toFixed(1)}×`}. ` +
        (t.floor ? `React + Fluent alone (bench/fluent-floor.tsx): median ${t.floor.medianMs} ms. ` : '') +
        (t.reactFloor ? `React alone (bench/react-floor.tsx): median ${t.reactFloor.medianMs} ms. ` : '') +
        `Fetched before interactive (requested/received, of ${t.runs} loads): ${fetchedList(t)}.`,
    );
  }
  if (r.roundTrips) {
    const rt = r.roundTrips;
    lines.push(
      '',
      `**Office round trips** (each call answered after ${rt.latencyMs ?? 0} ms; calls that overlap count once): ` +
        `on open ${roundTripLine(rt.open)}; one insert ${roundTripLine(rt.insert)}; ` +
        `while filling the form ${roundTripLine(rt.whileFilling)}.` +
        (rt.insert.medianMs !== undefined
          ? ` Insert, click to "Template inserted": median ${num(rt.insert.medianMs)} ms of ${rt.runs} fresh panes.`
          : ''),
    );
  }
  if (r.rules) {
    lines.push(
      '',
      r.rules.available === false
        ? `**Rule evaluation**: not available (${r.rules.reason}).`
        : [
            `**Rule evaluation** (scripts/bench-rules.mjs): typical body ${num(r.rules.typicalMs)} ms, 1 MB body ${num(r.rules.oneMbMs)} ms (the worse runtime).`,
            ...rulesRuntimes(r.rules),
          ].join(' '),
    );
  }
  return lines.join('\n');
}

/** Replaces the marked block of a README's text with `markdown` (appends the block if absent). */
export function replaceFigures(readme, markdown) {
  const block = `${README_BEGIN}\n${markdown}\n${README_END}`;
  const start = readme.indexOf(README_BEGIN);
  const end = readme.indexOf(README_END);
  if (start >= 0 && end > start)
    return readme.slice(0, start) + block + readme.slice(end + README_END.length);
  return `${readme.trimEnd()}\n\n${block}\n`;
}

/** "file 15/12, …": per file, in how many loads it was requested / received before interactive. */
function fetchedList(t) {
  const started = t.startedBeforeInteractive ?? {};
  const loaded = t.loadedBeforeInteractive ?? {};
  return Object.keys(started)
    .map((f) => `${f} ${started[f]}/${loaded[f] ?? 0}`)
    .join(', ');
}
