export const id = 463;
export const ids = [463];
export const modules = {

/***/ 9650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ dashboardSections),
/* harmony export */   pF: () => (/* binding */ renderDashboard)
/* harmony export */ });
/* unused harmony export GRAPH_LIMIT */
/* harmony import */ var _loop_markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(725);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);
/* harmony import */ var _report_mermaid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9409);




/** Past this many open units the graph is a table of counts: a bigger graph is unreadable. */
const GRAPH_LIMIT = 150;
const SECTION_LIMIT = 50;
function bar(used, cap) {
    const filled = cap > 0 ? Math.min(10, Math.round((used / cap) * 10)) : 0;
    return `${'▓'.repeat(filled)}${'░'.repeat(10 - filled)} ${used}/${cap}`;
}
function flat(text, max = 80) {
    const one = text.replace(/\s+/g, ' ').trim();
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
function status(d) {
    const b = d.plan.guardrails.breaker;
    if (d.tick.paused)
        return d.tick.paused_by
            ? `⏸ **paused** by @${d.tick.paused_by.login} at ${d.tick.paused_by.at}`
            : '⏸ **paused**';
    if (b.state === 'open')
        return `⛔ **breaker open** until ${b.reopens_at ?? '?'} (cooldown ${b.cooldown_minutes} min)`;
    if (b.state === 'half-open')
        return `⚠️ **breaker half-open**: the next dispatch is a probe (cooldown ${b.cooldown_minutes} min)`;
    return '▶️ **running**';
}
/** The tighter of GitHub's two budgets (REST requests, GraphQL points), in bands. */
function apiBand(p) {
    const shareOf = (b) => (b.limit ? b.remaining / b.limit : 0);
    const tight = p.api.points && shareOf(p.api.points) < shareOf(p.api) ? p.api.points : p.api;
    const what = tight === p.api ? '' : ' of GraphQL points';
    const share = shareOf(tight);
    return share >= 0.5
        ? 'ample (over half left)'
        : share >= 0.2
            ? `getting low (under half${what} left)`
            : `low (under a fifth${what} left; resets ${tight.reset_at})`;
}
function budgets(d) {
    const cfg = d.plan.guardrails.budgets;
    const n = d.plan.guardrails.counts;
    const fresh = d.dispatched.filter(t => t.kind === 'new').length;
    return [
        '| budget | used |',
        '|---|---|',
        `| in flight | ${bar(n.in_flight + fresh, n.max_in_flight)} |`,
        `| dispatches (${n.window_hours} h) | ${bar(n.recent + d.dispatched.length, n.max_recent)} |`,
        `| tokens | ${cfg.tokens} |`,
        `| cost | ${cfg.cost} |`,
        `| API quota | ${apiBand(d.plan)} |`,
        ...reviewRow(d, fresh)
    ];
}
/**
 * The review queue, when `guardrails.review` paces dispatch: ready for a person and on the way,
 * against `max_waiting`. Only counts: they change when the queue does, never on a quiet tick.
 */
function reviewRow(d, fresh) {
    const r = d.plan.guardrails.review;
    if (!r)
        return [];
    const queued = r.waiting.length + r.on_the_way + fresh;
    const text = r.max_waiting !== undefined
        ? bar(queued, r.max_waiting)
        : `${r.waiting.length} ready, ${r.on_the_way + fresh} on the way`;
    return [`| review queue | ${text} |`];
}
function commands(d) {
    const breaker = d.plan.guardrails.breaker.state;
    return [
        '## Commands',
        '',
        'Tick a box; the next tick does it and unticks it. Only people who can write to the repository count.',
        '',
        d.tick.paused
            ? `- [ ] Resume the loop ${(0,_loop_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .commandMarker */ .mA)({ kind: 'resume' })}`
            : `- [ ] Pause the loop (nothing is dispatched until resumed) ${(0,_loop_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .commandMarker */ .mA)({ kind: 'pause' })}`,
        ...(breaker !== 'closed'
            ? [`- [ ] Reset the circuit breaker ${(0,_loop_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .commandMarker */ .mA)({ kind: 'reset-breaker' })}`]
            : [])
    ];
}
const TASK_WORDS = {
    new: 'new work',
    fix: 'fix: CI failed',
    'review-fix': 'fix: the review asked for changes',
    conflict: 'conflict: bring the branch up to date with its base'
};
/**
 * Supervised mode: the wave this tick would dispatch, a box per issue and one for all. A box
 * names the issue as proposed (its revision): if the issue changes, the next tick proposes it
 * again and an old tick does nothing.
 */
function proposed(plan) {
    if (!plan.proposals.length)
        return [];
    return [
        `## Proposed wave (${plan.proposals.length})`,
        '',
        'Tick what may go (`dispatch.approval: wave`); the next tick dispatches it, within the budgets. Only people who can write to the repository count.',
        '',
        `- [ ] Approve the whole wave ${(0,_loop_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .commandMarker */ .mA)({ kind: 'approve-wave' })}`,
        ...plan.proposals
            .slice(0, SECTION_LIMIT)
            .map(p => `- [ ] Approve #${p.issue} ${flat(p.title)} (${TASK_WORDS[p.kind]}) ${(0,_loop_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .commandMarker */ .mA)({ kind: 'approve', issue: p.issue, rev: p.rev })}`),
        ''
    ];
}
/** Worded without the claim's age, so the dashboard does not change every minute. */
const CLAIMED = 'claimed by a worker, no pull request yet';
function section(title, rows, empty = '_none_') {
    const shown = rows.slice(0, SECTION_LIMIT).map(r => r.line);
    const more = rows.length - shown.length;
    return [
        `## ${title} (${rows.length})`,
        '',
        ...(shown.length ? shown : [empty]),
        ...(more > 0 ? [`- … and ${more} more (see the job summary)`] : []),
        ''
    ];
}
/** The sections a maintainer acts on; also what the job summary shows. */
function dashboardSections(d) {
    const sent = new Set(d.dispatched.filter(t => t.kind === 'new').map(t => t.issue));
    const v = d.plan.view.map(c => sent.has(c.issue) ? { ...c, class: 'claimed', reason: CLAIMED } : c);
    const item = (c, what) => `- #${c.issue} ${flat(c.title)}${c.pull ? ` — PR #${c.pull}` : ''}: ${flat(what, 160)}`;
    const sub = (s) => v.filter(c => c.class === 'in-flight' && c.sub === s);
    const frozen = new Map(Object.entries(d.guardrails.issues).flatMap(([n, g]) => g.frozen ? [[Number(n), g.frozen.reason]] : []));
    const needsHuman = v.filter(c => (c.class === 'needs-human' && !frozen.has(c.issue)) || c.sub === 'review-needs-human');
    const inFlight = v.filter(c => (c.class === 'in-flight' &&
        ['gated', 'fixing', 'changes-requested', 'behind'].includes(c.sub ?? '')) ||
        c.class === 'claimed' ||
        c.class === 'stalled' ||
        c.class === 'human');
    const frozenRows = v
        .filter(c => frozen.has(c.issue) && c.class === 'needs-human')
        .map(c => ({
        issue: c.issue,
        line: `- [ ] Retry #${c.issue} ${flat(c.title)} — frozen: ${flat(frozen.get(c.issue), 160)} ${(0,_loop_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .commandMarker */ .mA)({ kind: 'retry', issue: c.issue })}`
    }));
    const rows = (list, what) => list.map(c => ({ issue: c.issue, line: item(c, what(c)) }));
    return [
        ...section('Ready for human merge', readyToMerge(d.plan, sub('ready-to-merge'), item)),
        ...section('Awaiting review', rows(sub('awaiting-review'), c => c.reason)),
        ...section('In flight', rows(inFlight, c => c.sub === 'fixing'
            ? `CI red — ${c.reason}`
            : c.sub === 'gated'
                ? `CI pending — ${c.reason}`
                : c.class === 'claimed'
                    ? CLAIMED
                    : c.class === 'stalled'
                        ? "no pull request (the lease ran out, or the worker's run ended): dispatched again when there is room"
                        : c.reason)),
        ...section('Needs human', rows(needsHuman, c => c.reason)),
        ...section('Frozen', frozenRows),
        ...section('Blocked', rows(v.filter(c => c.class === 'blocked'), c => c.reason)),
        ...section('Ready', rows(v.filter(c => c.class === 'ready'), 
        // Files colliding with work in flight stay so for a while: say so. A budget's numbers
        // change every tick, and a quiet tick must not rewrite the dashboard for them.
        c => readyHold(d.plan.guardrails.decisions.find(x => x.issue === c.issue)))),
        ...conflicts(rows(sub('conflicting'), c => c.reason)),
        ...ignoredPulls(d.plan)
    ];
}
/**
 * Why a ready issue was not dispatched, naming the guardrail that held it. Only a collision keeps
 * its numbers (which files): a budget's numbers change every tick, and a quiet tick must not
 * rewrite the dashboard for them — the tick's report has them. The wave's own capacity (free
 * slots, dispatches per tick) is one phrase: which of the two binds changes from tick to tick.
 */
const HELD_BY = {
    breaker: 'held: the circuit breaker is open (see Guardrails)',
    usage: 'held: the token or cost cap of `guardrails.budget` is reached (or usage evidence is missing)',
    review: 'paced: people are busy reviewing what the loop sent (`guardrails.review`); merging what is ready lets new work go',
    api: "held: GitHub's API budget is down to `api.reserve`",
    window: 'held: `guardrails.budget.max_dispatches_per_day` is reached in the window',
    attempts: 'held: its attempts are used up (`max_attempts_per_issue`)'
};
function readyHold(decision) {
    if (decision?.rule === 'collision' && decision.reason)
        return decision.reason;
    return ((decision?.rule && HELD_BY[decision.rule]) ||
        'waits for a free slot in a wave (`max_in_flight`, `max_dispatches_per_tick`)');
}
/**
 * Ready for a human, in the order to merge: what unlocks the longest chain first, and a word on
 * pairs that changed the same file (the later one may need a rebase).
 */
function readyToMerge(plan, ready, item) {
    const rank = (c) => {
        const at = plan.mergeOrder.findIndex(s => s.issue === c.issue);
        return at === -1 ? Number.MAX_SAFE_INTEGER : at;
    };
    return [...ready]
        .sort((a, b) => rank(a) - rank(b))
        .map(c => {
        const step = plan.mergeOrder.find(s => s.issue === c.issue);
        const since = plan.guardrails.review?.waiting.find(w => w.pull === c.pull)?.ready_since;
        const notes = [
            `CI green and the review passed: merge it${since ? ` (ready since ${since.slice(0, 16).replace('T', ' ')} UTC)` : ''}`,
            ...(step?.unlocks ? [`unlocks a chain of ${step.unlocks}`] : []),
            ...(step?.after.length
                ? [
                    `merge PR #${step.after[0].pull} first: both change ${step.after[0].file}, rebase after`
                ]
                : [])
        ];
        return { issue: c.issue, line: item(c, notes.join('; ')) };
    });
}
/** Loop pull requests that conflict with their base: shown only when there are. */
function conflicts(list) {
    return list.length ? section('Conflicts', list) : [];
}
/** Pull requests that name a unit issue but are not the loop's work: shown only when there are. */
function ignoredPulls(plan) {
    if (!plan.ignoredPulls.length)
        return [];
    return section("Ignored: not the loop's pull requests", plan.ignoredPulls.map(p => ({
        issue: p.pull,
        line: `- PR #${p.pull} (names ${p.issues.map(n => `#${n}`).join(', ')}): ${flat(p.reason, 160)}`
    })));
}
const GRAPH_CLASS = {
    ready: 'ready',
    blocked: 'blocked',
    'in-flight': 'working',
    human: 'working',
    claimed: 'working',
    stalled: 'working',
    'needs-human': 'human',
    held: 'other',
    untrusted: 'other',
    duplicate: 'other',
    paused: 'other'
};
function graph(d) {
    const sent = new Set(d.dispatched.filter(t => t.kind === 'new').map(t => t.issue));
    const v = d.plan.view.map(c => (sent.has(c.issue) ? { ...c, class: 'claimed' } : c));
    if (!v.length)
        return [];
    const unitOf = (i) => /^Unit: (.+)$/m.exec(i.body)?.[1]?.trim() ?? 'Outside the roadmap';
    const byNumber = new Map(d.issues.map(i => [i.number, i]));
    if (v.length > GRAPH_LIMIT) {
        const counts = new Map();
        for (const c of v)
            counts.set(c.class, (counts.get(c.class) ?? 0) + 1);
        return [
            '## Graph',
            '',
            `${v.length} open units are too many for a readable graph; by state:`,
            '',
            '| state | units |',
            '|---|---|',
            ...[...counts].sort((a, b) => b[1] - a[1]).map(([cls, n]) => `| ${cls} | ${n} |`),
            ''
        ];
    }
    const nodes = v.map(c => {
        const unit = byNumber.get(c.issue) ? unitOf(byNumber.get(c.issue)) : 'Outside the roadmap';
        return {
            key: String(c.issue),
            label: `#${c.issue} ${c.title}`,
            group: unit,
            groupLabel: unit,
            status: c.sub === 'ready-to-merge' ? 'merge' : (GRAPH_CLASS[c.class] ?? 'other')
        };
    });
    const open = new Set(v.map(c => c.issue));
    const closed = new Set();
    const edges = d.issues.flatMap(i => i.blockers.map(b => {
        if (!open.has(b))
            closed.add(b);
        return { from: open.has(b) ? String(b) : 'closed', to: String(i.number) };
    }));
    // Blockers that are no longer open collapse into one node.
    if (closed.size)
        nodes.push({
            key: 'closed',
            label: `${closed.size} closed or outside`,
            group: 'done',
            groupLabel: 'Done',
            status: 'done'
        });
    return ['## Graph', '', (0,_report_mermaid_js__WEBPACK_IMPORTED_MODULE_2__/* .mermaidGraph */ .G)(nodes, edges, GRAPH_LIMIT), ''];
}
function recent(d) {
    const log = d.tick.commands ?? [];
    if (!log.length)
        return [];
    return [
        '## Recent commands',
        '',
        ...log
            .slice(-5)
            .reverse()
            .map(r => `- ${r.command} by @${r.by} at ${r.at}: ${r.outcome}${r.note ? ` — ${r.note}` : ''}`),
        ''
    ];
}
/** The visible dashboard, at most `limit` characters (cut visibly at a line). */
function renderDashboard(d, limit) {
    const text = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeMentions */ .tI)([
        _loop_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .DASHBOARD_MARKER */ .UM,
        '# Delivery Loop',
        '',
        `Status: ${status(d)}`,
        '',
        ...budgets(d),
        '',
        ...commands(d),
        '',
        ...proposed(d.plan),
        ...dashboardSections(d),
        ...recent(d),
        ...graph(d),
        "_This issue is the loop's control panel and keeps a copy of its state in the hidden block below; do not edit that block._"
    ].join('\n'));
    if (text.length <= limit)
        return text;
    const marker = "\n\n[… dashboard cut here to stay under GitHub's size limit: see the tick's job summary for the rest]";
    const cut = text.lastIndexOf('\n', limit - marker.length);
    return `${text.slice(0, cut)}${marker}`;
}


/***/ }),

/***/ 5990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ji: () => (/* binding */ charge),
  f$: () => (/* binding */ findUsage),
  KP: () => (/* binding */ trustedRecords),
  $M: () => (/* binding */ usageTotals)
});

// EXTERNAL MODULE: ./src/guardrails/attestation.ts + 1 modules
var attestation = __webpack_require__(739);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
;// CONCATENATED MODULE: ./src/guardrails/usage-binding.ts
/**
 * Which attempt a usage record belongs to, and when it is charged (pure). A record's own dates
 * are the worker's word: a record dated 2020 would fall outside every window and never reach the
 * cost cap, one dated next year would stay in the window for a year. So a record is bound to an
 * attempt the loop dispatched on the issue it was found on, and charged at its end time clamped
 * to [that attempt's dispatch, the moment the loop first saw it]. A record that cannot belong to
 * any such attempt is refused — and, with a cap set, an attempt whose only records were refused
 * has no evidence, so dispatch stops (fail closed).
 */

/** The attempt a record belongs to: the one it names, else the newest dispatched before it ended. */
function attemptOf(record, dispatches, ended) {
    if (record.attempt !== undefined) {
        const named = dispatches.find(d => d.attempt === record.attempt);
        return named ?? `names attempt ${record.attempt}, which the loop never dispatched on this issue`;
    }
    const before = dispatches.filter(d => Date.parse(d.at) <= ended + clock/* CLOCK_SKEW_MS */.rn);
    return before.length
        ? before.reduce((a, b) => (Date.parse(b.at) > Date.parse(a.at) ? b : a))
        : `ended ${record.ended_at}, before attempt ${Math.min(...dispatches.map(d => d.attempt))} was dispatched`;
}
/**
 * Bind `record`, found on `issue` at `now`, to one of the issue's dispatched attempts.
 * Without any known attempt (an issue the loop never dispatched, or whose claims are gone) it is
 * charged now, when the loop first sees it (the ledger keeps that first charge).
 */
function bindRecord(record, issue, dispatches, now, 
/** When the loop could first have seen the record (a closed pull request's close), or now. */
firstSeen = now) {
    const ended = Date.parse(record.ended_at);
    if (record.issue !== undefined && record.issue !== issue)
        return { refused: `names issue #${record.issue}, but was found on #${issue}` };
    if (ended > now.getTime() + clock/* CLOCK_SKEW_MS */.rn)
        return { refused: `ended_at ${record.ended_at} is in the future` };
    const seen = Math.min(ended, now.getTime());
    // No attempt to bind to (the state and the claims are gone): charged when the loop first sees
    // it, never at a date of the worker's choosing — one back-dated to 2020 would never be charged.
    if (!dispatches.length)
        return { at: firstSeen.toISOString() };
    const attempt = attemptOf(record, dispatches, ended);
    if (typeof attempt === 'string')
        return { refused: attempt };
    const dispatched = Date.parse(attempt.at);
    if (ended + clock/* CLOCK_SKEW_MS */.rn < dispatched)
        return {
            refused: `ended ${record.ended_at}, before attempt ${attempt.attempt} was dispatched (${attempt.at})`
        };
    return { at: new Date(Math.max(seen, dispatched)).toISOString(), attempt: attempt.attempt };
}

;// CONCATENATED MODULE: ./src/guardrails/usage.ts


/** Every record in trusted bodies and comments of unit issues and their pull requests. */
function trustedRecords(sources, trust) {
    const records = [];
    const invalid = [];
    let seenBy;
    const take = (text, where, issue, pull) => {
        const read = (0,attestation/* readAttestations */.aF)(text, where);
        invalid.push(...read.invalid);
        for (const r of read.records)
            records.push({
                ...r,
                where,
                issue,
                ...(pull !== undefined ? { pull } : {}),
                ...(seenBy ? { seenBy } : {})
            });
    };
    const trusted = (c) => trust.isTrustedAuthor(c.author, c.authorAssociation);
    for (const s of sources) {
        seenBy = s.seenBy;
        for (const c of s.comments.filter(trusted))
            take(c.body, `comment ${c.id} on #${s.issue}`, s.issue);
        if (s.pull && trusted(s.pull))
            take(s.pull.body, `pull request #${s.pull.number}`, s.issue, s.pull.number);
        for (const c of (s.pull?.comments ?? []).filter(trusted))
            take(c.body, `comment ${c.id} on #${s.pull.number}`, s.issue, s.pull.number);
    }
    return { records, invalid };
}
/**
 * The usage to charge: trusted records, each bound to an attempt the loop dispatched on its
 * issue (usage-binding.ts); the ones that cannot belong to one are refused and reported with
 * the invalid ones.
 */
function findUsage(sources, trust, now, dispatchesOf) {
    const { records, invalid } = trustedRecords(sources, trust);
    const found = new Map();
    for (const { id, record, where, issue, pull, seenBy } of records) {
        const firstSeen = seenBy ? new Date(Math.min(Date.parse(seenBy), now.getTime())) : now;
        const bound = bindRecord(record, issue, dispatchesOf(issue), now, firstSeen);
        if ('refused' in bound) {
            invalid.push({ where, reason: `refused: ${bound.refused}` });
            continue;
        }
        found.set(id, {
            at: bound.at,
            issue,
            ...(pull !== undefined ? { pull } : {}),
            role: record.role,
            provider: record.provider,
            model: record.model,
            tokens: record.tokens.input + record.tokens.output,
            cost_usd: record.cost_usd
        });
    }
    return { found, invalid };
}
/** The ledger with the records not charged yet; returns the ids charged now. */
function charge(ledger, found) {
    const next = { ...ledger };
    const charged = [];
    for (const [id, record] of found) {
        if (next[id])
            continue;
        next[id] = record;
        charged.push(id);
    }
    return { ledger: next, charged };
}
function usageTotals(ledger, windowHours, now) {
    const since = now.getTime() - windowHours * 3600_000;
    const records = Object.values(ledger);
    const recent = records.filter(r => Date.parse(r.at) >= since);
    const workers = records.filter(r => r.role === 'worker');
    const sum = (rs, key) => rs.reduce((t, r) => t + r[key], 0);
    return {
        window_hours: windowHours,
        tokens: sum(recent, 'tokens'),
        cost_usd: Math.round(sum(recent, 'cost_usd') * 1e6) / 1e6,
        ...(workers.length
            ? {
                per_attempt: {
                    tokens: sum(workers, 'tokens') / workers.length,
                    cost_usd: sum(workers, 'cost_usd') / workers.length
                }
            }
            : {})
    };
}


/***/ }),

/***/ 8461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ claimsOn),
/* harmony export */   h: () => (/* binding */ claimsIn)
/* harmony export */ });
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(725);

function claimsIn(comments) {
    return comments.flatMap(c => {
        const marker = (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseClaim */ .Ed)(c.body);
        return marker ? [{ commentId: c.id, createdAt: c.createdAt, author: c.author, marker }] : [];
    });
}
async function claimsOn(github, issue) {
    return claimsIn(await github.listComments(issue));
}


/***/ }),

/***/ 9409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ mermaidGraph)
/* harmony export */ });
/* unused harmony export MERMAID_MAX_TEXT */
/**
 * Mermaid graphs of the roadmap DAG. Past `maxNodes` slices the graph collapses to one node per
 * unit (edges between units), which keeps large roadmaps readable on GitHub.
 */
/** Mermaid's `maxTextSize`, which GitHub keeps: a bigger diagram renders as an error box. */
const MERMAID_MAX_TEXT = 50_000;
const CLASS_STYLES = {
    create: 'fill:#dafbe1,stroke:#1a7f37',
    update: 'fill:#fff8c5,stroke:#9a6700',
    unchanged: 'fill:#f6f8fa,stroke:#8c959f',
    close: 'fill:#ffebe9,stroke:#cf222e',
    ready: 'fill:#dafbe1,stroke:#1a7f37',
    blocked: 'fill:#f6f8fa,stroke:#8c959f',
    done: 'fill:#ddf4ff,stroke:#0969da',
    working: 'fill:#fff8c5,stroke:#9a6700',
    merge: 'fill:#ddf4ff,stroke:#0969da',
    human: 'fill:#ffebe9,stroke:#cf222e',
    other: 'fill:#f6f8fa,stroke:#d0d7de'
};
/**
 * A label as Mermaid shows it verbatim: characters with a meaning in its syntax become its entity
 * codes (`#40;` is `(`), so "Login (OAuth)" keeps its parentheses.
 */
function escapeLabel(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    const short = flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
    return short.replace(/[#"<>[\]{}()|`;]/g, c => c === '"' ? '#quot;' : c === '<' ? '#lt;' : c === '>' ? '#gt;' : `#${c.charCodeAt(0)};`);
}
function mermaidGraph(nodes, edges, maxNodes = 150) {
    const lines = ['```mermaid', 'graph TD'];
    const used = new Set();
    if (nodes.length <= maxNodes) {
        const id = new Map(nodes.map((n, i) => [n.key, `n${i}`]));
        const groups = new Map();
        for (const n of nodes)
            groups.set(n.group, [...(groups.get(n.group) ?? []), n]);
        let g = 0;
        for (const [, members] of groups) {
            lines.push(`  subgraph u${g++}["${escapeLabel(members[0].groupLabel)}"]`);
            for (const n of members) {
                lines.push(`    ${id.get(n.key)}["${escapeLabel(n.label)}"]`);
                if (n.status) {
                    lines.push(`    class ${id.get(n.key)} ${n.status}`);
                    used.add(n.status);
                }
            }
            lines.push('  end');
        }
        for (const e of edges) {
            const from = id.get(e.from);
            const to = id.get(e.to);
            if (from && to)
                lines.push(`  ${from} --> ${to}`);
        }
    }
    else {
        const groups = [...new Map(nodes.map(n => [n.group, n])).values()];
        const id = new Map(groups.map((n, i) => [n.group, `u${i}`]));
        const counts = new Map();
        for (const n of nodes)
            counts.set(n.group, (counts.get(n.group) ?? 0) + 1);
        for (const n of groups) {
            lines.push(`  ${id.get(n.group)}["${escapeLabel(n.groupLabel)} (${counts.get(n.group)} slices)"]`);
        }
        const groupOf = new Map(nodes.map(n => [n.key, n.group]));
        const seen = new Set();
        for (const e of edges) {
            const a = groupOf.get(e.from);
            const b = groupOf.get(e.to);
            if (!a || !b || a === b || seen.has(`${a}>${b}`))
                continue;
            seen.add(`${a}>${b}`);
            lines.push(`  ${id.get(a)} --> ${id.get(b)}`);
        }
    }
    for (const status of used)
        if (CLASS_STYLES[status])
            lines.push(`  classDef ${status} ${CLASS_STYLES[status]}`);
    lines.push('```');
    const graph = lines.join('\n');
    return graph.length <= MERMAID_MAX_TEXT
        ? graph
        : `_The dependency graph (${nodes.length} slices) is bigger than GitHub's Mermaid renderer accepts (${MERMAID_MAX_TEXT.toLocaleString('en-US')} characters); \`npx delivery-loop plan\` prints it locally._`;
}


/***/ }),

/***/ 5959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readRoadmapSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Where a mode reads the roadmap: one policy for compile, tick and the forecast mode.
 *
 * - `event` (compile, forecast): the roadmap of the commit the run is about — the checkout when
 *   the file is there (a push's commit, a pull request's merge), else, for a pull request, its
 *   head (what merging it would bring), else the default branch.
 * - `default-branch` (tick): the plan as merged — the checkout only when it is the default
 *   branch's (a tick started by a pull request's event must not order work by that pull
 *   request's roadmap), else the default branch through the API. A sparse or partial checkout
 *   without the file asks the default branch too.
 *
 * The offline `plan` command reads the file it is given; it has no GitHub to ask.
 */


function fromCheckout(context, file, policy) {
    const local = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.workspace, file);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(local))
        return undefined;
    if (policy.of === 'default-branch') {
        const onDefault = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context.workspace, '.git')) &&
            context.ref === `refs/heads/${policy.branch}`;
        if (!onDefault)
            return undefined;
    }
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(local);
}
/** The roadmap's bytes under `policy`, or undefined when there is none where it should be. */
async function readRoadmapSource(github, context, file, policy) {
    const local = fromCheckout(context, file, policy);
    if (local)
        return { bytes: local, source: 'workspace' };
    const pull = policy.of === 'event' ? policy.pull : undefined;
    const head = pull !== undefined ? (await github.getPull(pull))?.headSha : undefined;
    const remote = await github.readFile(file, head);
    if (!remote)
        return undefined;
    return {
        bytes: remote.bytes,
        source: head ? `pull request #${pull} (head ${head.slice(0, 7)})` : 'default branch'
    };
}


/***/ }),

/***/ 2463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTick: () => (/* binding */ runTick),
  tickMode: () => (/* binding */ tickMode)
});

// EXTERNAL MODULE: ./src/context.ts
var src_context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/guardrails/breaker.ts
const MAX_COOLDOWN_MINUTES = 24 * 60;
function closedBreaker(settings, now) {
    return {
        state: 'closed',
        failed_ticks: 0,
        cooldown_minutes: settings.cooldown_minutes,
        updated_at: now.toISOString()
    };
}
const hhmm = (iso) => `${iso.slice(11, 16)} UTC`;
function reopensAt(b) {
    if (!b.opened_at)
        return undefined;
    return new Date(Date.parse(b.opened_at) + b.cooldown_minutes * 60_000).toISOString();
}
/** The breaker as this tick starts: an open breaker whose cooldown is over turns half-open. */
function breakerAtStart(previous, settings, now) {
    const breaker = previous ?? closedBreaker(settings, now);
    if (breaker.state === 'closed')
        return { breaker, transitions: [], allowance: { kind: 'all' } };
    if (breaker.state === 'half-open')
        return { breaker, transitions: [], allowance: { kind: 'probe' } };
    const until = reopensAt(breaker) ?? now.toISOString();
    if (now.getTime() < Date.parse(until)) {
        const reason = `breaker open until ${hhmm(until)} (cooldown ${breaker.cooldown_minutes} min)`;
        return { breaker, transitions: [], allowance: { kind: 'none', reason } };
    }
    const at = now.toISOString();
    return {
        breaker: { ...breaker, state: 'half-open', updated_at: at },
        transitions: [
            {
                from: 'open',
                to: 'half-open',
                at,
                reason: `cooldown of ${breaker.cooldown_minutes} min over: one probe dispatch`
            }
        ],
        allowance: { kind: 'probe' }
    };
}
/** The breaker after the tick, from what its dispatches came to. */
function breakerAfterTick(breaker, outcome, settings, now) {
    const at = now.toISOString();
    if (outcome === 'idle')
        return { breaker, transitions: [] };
    if (outcome === 'succeeded') {
        const next = closedBreaker(settings, now);
        return breaker.state === 'closed' && breaker.failed_ticks === 0
            ? { breaker, transitions: [] }
            : {
                breaker: next,
                transitions: breaker.state === 'closed'
                    ? []
                    : [{ from: breaker.state, to: 'closed', at, reason: 'a dispatch succeeded' }]
            };
    }
    if (breaker.state === 'half-open') {
        const cooldown = Math.min(breaker.cooldown_minutes * 2, MAX_COOLDOWN_MINUTES);
        return {
            breaker: {
                ...breaker,
                state: 'open',
                opened_at: at,
                cooldown_minutes: cooldown,
                failed_ticks: breaker.failed_ticks + 1,
                updated_at: at
            },
            transitions: [
                {
                    from: 'half-open',
                    to: 'open',
                    at,
                    reason: `the probe failed: cooldown doubled to ${cooldown} min`
                }
            ]
        };
    }
    const failed = breaker.failed_ticks + 1;
    if (breaker.state === 'closed' && failed >= settings.trip_after_failed_ticks) {
        return {
            breaker: {
                state: 'open',
                failed_ticks: failed,
                opened_at: at,
                cooldown_minutes: settings.cooldown_minutes,
                updated_at: at
            },
            transitions: [
                {
                    from: 'closed',
                    to: 'open',
                    at,
                    reason: `${failed} consecutive failed ticks (trip_after_failed_ticks ${settings.trip_after_failed_ticks})`
                }
            ]
        };
    }
    return { breaker: { ...breaker, failed_ticks: failed, updated_at: at }, transitions: [] };
}

// EXTERNAL MODULE: ./src/state/guardrails.ts
var state_guardrails = __webpack_require__(2815);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/tick/approval.ts
/**
 * Supervised mode (`dispatch.approval: wave`), pure: each tick proposes its wave on the dashboard
 * and dispatches only the proposals people with write access approved (dashboard commands check
 * who ticked). An approval binds the issue as it was proposed — its revision, a hash of what the
 * worker would be given — so a proposal whose issue changed meanwhile is proposed again, and it is
 * spent only by the dispatch it allowed (work a budget, a pause or a failed claim held back keeps
 * its approval until it goes or its issue changes): every dispatch needs its own approval. Budgets, breakers and
 * claims apply to approved work exactly as to unattended work.
 */

/**
 * What the worker would be given: the task — its attempt too, so an approval names the exact
 * attempt it approves (a box left ticked by a dashboard write that failed cannot approve a later
 * retry) — and the issue's title, body and labels.
 */
function proposalRevision(task, issue) {
    const seed = JSON.stringify([
        task.kind,
        task.attempt,
        task.pull ?? null,
        task.headSha ?? null,
        issue?.title ?? '',
        issue?.body ?? '',
        [...(issue?.labels ?? [])].map(l => l.toLowerCase()).sort()
    ]);
    return (0,external_node_crypto_.createHash)('sha1').update(seed).digest('hex').slice(0, 12);
}
/** Approved tasks first (they take the wave's room before proposals), in their order otherwise. */
function approvedFirst(tasks, isApproved) {
    return [...tasks.filter(isApproved), ...tasks.filter(t => !isApproved(t))];
}
/**
 * The approvals to keep for the next tick: not spent by a dispatch now, and still for the issue
 * as it is (an issue that changed, closed or left the loop drops its approval).
 */
function keptApprovals(approved, current, dispatched) {
    return Object.fromEntries(Object.entries(approved).filter(([issue, rev]) => !dispatched.has(Number(issue)) && current.get(Number(issue)) === rev));
}
/**
 * The approvals to keep once the wave was applied: the plan spent every approved task's approval,
 * but only a dispatch that went out (or may have) uses one — a task the applier skipped (its
 * issue changed, another run claimed it) keeps its approval for the next tick.
 */
function unspentApprovals(kept, used, went) {
    const back = Object.entries(used).filter(([issue]) => !went.has(Number(issue)));
    const all = { ...kept, ...Object.fromEntries(back) };
    return Object.keys(all).length ? all : undefined;
}

// EXTERNAL MODULE: ./src/loop/classify.ts
var classify = __webpack_require__(5950);
// EXTERNAL MODULE: ./src/loop/labels.ts
var labels = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/loop/pulls.ts
var loop_pulls = __webpack_require__(6886);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/tick/adapters.ts


/** The assignment was silently dropped: say exactly why and how to fix it. */
class AssignRefusedError extends Error {
    name = 'AssignRefusedError';
}
const REQUIRED_KEY = {
    workflow: 'workflow',
    assign: 'assignee',
    comment: 'comment_template',
    label: 'label'
};
/**
 * What the configured adapter needs and does not have. The tick plan reports these, so a dry run
 * fails on them exactly as a real run would.
 */
function dispatchConfigProblems(config, file) {
    const { adapter } = config.dispatch;
    if (adapter === 'matrix')
        return [];
    const key = REQUIRED_KEY[adapter];
    return config.dispatch[key]
        ? []
        : [
            {
                file,
                path: `dispatch.${key}`,
                message: `is required when dispatch.adapter is ${adapter}`
            }
        ];
}
function need(config, key) {
    const value = config.dispatch[key];
    // The plan refused such a config already (dispatchConfigProblems): this is a programming error.
    if (!value)
        throw new errors/* InternalError */.Gd(`dispatch.${key} is missing; the plan should have refused this`);
    return value;
}
function fillTemplate(template, task) {
    return template
        .replace(/\{issue\}/g, String(task.issue))
        .replace(/\{branch\}/g, task.branch)
        .replace(/\{attempt\}/g, String(task.attempt))
        .replace(/\{title\}/g, (0,markdown/* neutralizeMentions */.tI)(task.title));
}
function createAdapter(config, github, defaultBranch) {
    switch (config.dispatch.adapter) {
        case 'matrix':
            return { name: 'matrix', assigns: false, dispatch: async () => undefined };
        case 'workflow': {
            const workflow = need(config, 'workflow');
            return {
                name: 'workflow',
                assigns: false,
                dispatch: async (task) => {
                    const run = await github.dispatchWorkflow(workflow, config.dispatch.ref ?? defaultBranch, {
                        issue: String(task.issue),
                        branch: task.branch,
                        attempt: String(task.attempt),
                        kind: task.kind,
                        pull: task.pull !== undefined ? String(task.pull) : ''
                    });
                    return run !== undefined ? { workerRun: run } : {};
                }
            };
        }
        case 'assign': {
            const assignee = need(config, 'assignee');
            return {
                name: 'assign',
                assigns: true,
                dispatch: async (task) => {
                    const assigned = await github.addAssignees(task.issue, [assignee]);
                    if (!assigned.some(a => a.toLowerCase() === assignee.toLowerCase())) {
                        const copilot = /copilot/i.test(assignee);
                        throw new AssignRefusedError(copilot
                            ? `GitHub did not assign ${assignee} to #${task.issue}: Copilot coding agent can only be assigned with a user token, not GITHUB_TOKEN. Store a fine-grained personal access token (or a user-to-server token) of a Copilot-enabled user as a secret and pass it as the action's \`token\` input.`
                            : `GitHub did not assign ${assignee} to #${task.issue}: the login cannot be assigned in this repository (it needs access), or the token may not assign it.`);
                    }
                }
            };
        }
        case 'comment': {
            const template = need(config, 'comment_template');
            return {
                name: 'comment',
                assigns: false,
                // The template is the team's own trigger (e.g. `@claude …`), so its mention stays.
                dispatch: async (task) => {
                    await github.createComment(task.issue, fillTemplate(template, task));
                }
            };
        }
        case 'label': {
            const label = need(config, 'label');
            return {
                name: 'label',
                assigns: false,
                dispatch: async (task) => {
                    // Remove first so a retry re-triggers `labeled` workflows.
                    await github.removeLabel(task.issue, label);
                    await github.addLabels(task.issue, [label]);
                }
            };
        }
    }
}

;// CONCATENATED MODULE: ./src/guardrails/api-room.ts
/** REST requests one dispatch costs at most (re-read ×2, claim, label, adapter, confirm, spares). */
const REQUESTS_PER_DISPATCH = 8;
/** GraphQL points one dispatch costs at most (the issue re-read, a spare). */
const POINTS_PER_DISPATCH = 2;
function apiRoom(budgets, reserve) {
    const room = (left, per) => Math.max(0, Math.floor((left - reserve) / per));
    const core = room(budgets.core.remaining, REQUESTS_PER_DISPATCH);
    const graphql = room(budgets.graphql.remaining, POINTS_PER_DISPATCH);
    return graphql < core
        ? { dispatches: graphql, binding: 'graphql', budgets, reserve }
        : { dispatches: core, binding: 'core', budgets, reserve };
}
/**
 * "420 requests and 900 GraphQL points left, 100 of each kept in reserve — room for 40
 * dispatch(es) this tick"; the binding budget named first when it is the GraphQL one.
 */
function describeApiRoom(room) {
    const { core, graphql } = room.budgets;
    const left = room.binding === 'graphql'
        ? `the GraphQL points bind: ${graphql.remaining} points and ${core.remaining} requests left`
        : `${core.remaining} requests and ${graphql.remaining} GraphQL points left`;
    return `${left}, ${room.reserve} of each kept in reserve — room for ${room.dispatches} dispatch(es) this tick`;
}

;// CONCATENATED MODULE: ./src/guardrails/review-pace.ts
/**
 * Review capacity as the loop actually gets it (pure, from GitHub facts only — nothing kept that
 * losing the cache would lose): the loop's pull requests waiting for a person to merge, the work
 * on its way to them, and how people merged the loop's pull requests over the last two weeks —
 * by hour of the week (a team that merges in office hours clears nothing at night) and by
 * reviewer. From that, how long a pull request that becomes ready now is expected to wait.
 */
/** The history read: two weeks, so each hour of the week is seen twice. */
const HISTORY_DAYS = 14;
/** Fewer merges than this are too few to pace by: only the hard cap and the oldest wait hold. */
const MIN_SAMPLES = 3;
/** A wait longer than this is "not within sight" (the profile has no merges ahead). */
const HORIZON_HOURS = 24 * 14;
const HOUR = 3600_000;
/** Monday 00:00 UTC = 0 … Sunday 23:00 = 167. */
function hourOfWeek(at) {
    return ((at.getUTCDay() + 6) % 7) * 24 + at.getUTCHours();
}
const median = (values) => {
    if (!values.length)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
function reviewPace(facts) {
    const now = facts.now.getTime();
    const recent = facts.merged.filter(m => {
        const at = Date.parse(m.mergedAt);
        return at <= now && at > now - HISTORY_DAYS * 24 * HOUR;
    });
    const byReviewer = {};
    for (const m of recent) {
        const who = m.mergedBy ?? 'unknown';
        byReviewer[who] = (byReviewer[who] ?? 0) + 1;
    }
    const readySince = facts.waiting.flatMap(w => (w.readySince ? [Date.parse(w.readySince)] : []));
    const oldest = readySince.length ? Math.min(...readySince) : undefined;
    const waits = recent.map(m => Math.max(0, Date.parse(m.mergedAt) - Date.parse(m.readyAt)) / HOUR);
    let profile;
    if (recent.length >= MIN_SAMPLES) {
        profile = new Array(168).fill(0);
        for (const m of recent)
            profile[hourOfWeek(new Date(m.mergedAt))] += 1 / (HISTORY_DAYS / 7);
    }
    return {
        waiting: facts.waiting.length,
        queue: facts.waiting,
        onTheWay: facts.onTheWay,
        ...(oldest !== undefined ? { oldestHours: Math.max(0, now - oldest) / HOUR } : {}),
        merges: recent.length,
        byReviewer,
        ...(waits.length ? { medianWaitHours: median(waits) } : {}),
        ...(profile ? { profile } : {}),
        now: facts.now
    };
}
/**
 * Hours until `position` merges are expected, walking the week's profile forward from now
 * (the current hour counted for what is left of it); undefined without a profile, Infinity
 * when not within two weeks.
 */
function expectedWaitHours(pace, position) {
    if (!pace.profile)
        return undefined;
    let expected = 0;
    let at = pace.now.getTime();
    for (let h = 0; h < HORIZON_HOURS; h++) {
        const bucket = pace.profile[hourOfWeek(new Date(at))];
        const left = h === 0 ? 1 - (at % HOUR) / HOUR : 1;
        if (expected + bucket * left >= position)
            return (at - pace.now.getTime()) / HOUR + (position - expected) / bucket;
        expected += bucket * left;
        at = Math.floor(at / HOUR) * HOUR + HOUR;
    }
    return Infinity;
}
const round1 = (n) => Math.round(n * 10) / 10;
/** The review queue and pace for the report and the dashboard, when pacing is configured. */
function reviewReport(pace, limits) {
    const { max_waiting, max_wait_hours } = limits;
    if (max_waiting === undefined && max_wait_hours === undefined)
        return {};
    const expected = expectedWaitHours(pace, pace.waiting + pace.onTheWay + 1);
    return {
        review: {
            waiting: pace.queue.map(w => ({
                pull: w.pull,
                ...(w.readySince ? { ready_since: w.readySince } : {})
            })),
            on_the_way: pace.onTheWay,
            ...(max_waiting !== undefined ? { max_waiting } : {}),
            ...(max_wait_hours !== undefined ? { max_wait_hours } : {}),
            ...(pace.oldestHours !== undefined ? { oldest_hours: round1(pace.oldestHours) } : {}),
            merges: pace.merges,
            by_reviewer: pace.byReviewer,
            ...(pace.medianWaitHours !== undefined
                ? { median_wait_hours: round1(pace.medianWaitHours) }
                : {}),
            ...(expected !== undefined && Number.isFinite(expected)
                ? { expected_wait_hours: round1(expected) }
                : {})
        }
    };
}

;// CONCATENATED MODULE: ./src/guardrails/rules/api.ts
/** The API quota: keep `api.reserve` of each budget, shrink the wave rather than run dry mid-tick. */

const apiRule = {
    name: 'api',
    check(_c, ctx, tally) {
        if (tally.all < ctx.api.dispatches)
            return undefined;
        return `API quota: ${describeApiRoom(ctx.api)}`;
    }
};

;// CONCATENATED MODULE: ./src/guardrails/rules/attempts.ts
const attemptsRule = {
    name: 'attempts',
    check(c, ctx) {
        if (c.kind === 'conflict')
            return undefined;
        const max = ctx.config.guardrails.budget.max_attempts_per_issue;
        return c.attempts < max ? undefined : `attempts ${c.attempts}/${max} for #${c.issue}`;
    }
};

;// CONCATENATED MODULE: ./src/guardrails/rules/breaker.ts
const breakerRule = {
    name: 'breaker',
    check(_c, ctx, tally) {
        if (ctx.breaker.kind === 'none')
            return ctx.breaker.reason;
        if (ctx.breaker.kind === 'probe' && tally.all >= 1)
            return 'breaker half-open: one probe dispatch per tick until it succeeds';
        return undefined;
    }
};

// EXTERNAL MODULE: ./src/loop/collisions.ts
var collisions = __webpack_require__(2781);
;// CONCATENATED MODULE: ./src/guardrails/rules/collision.ts
/**
 * Waves that do not collide: new work whose slice declares paths (`(files: …)`) waits while work
 * in flight touches them — the paths its pull request changed, or the paths its own slice
 * declared — or while another member of this wave declared them. Asked last, so a candidate that
 * has no slot says so, and one that waits leaves its slot to the next.
 */

const collisionRule = {
    name: 'collision',
    check(c, ctx, tally) {
        if (c.kind !== 'new' || !c.files?.length)
            return undefined;
        for (const t of ctx.touching) {
            if (t.issue === c.issue)
                continue;
            const hit = (t.changed ? (0,collisions/* changedOverlap */.kG)(c.files, t.changed) : undefined) ??
                (t.declared ? (0,collisions/* declaredOverlap */.Qe)(c.files, t.declared) : undefined);
            if (hit)
                return `waits: touches ${hit} like #${t.issue}${t.pull !== undefined ? ` (pull request #${t.pull})` : ''}, in flight`;
        }
        for (const w of tally.files) {
            const hit = (0,collisions/* declaredOverlap */.Qe)(c.files, w.files);
            if (hit)
                return `waits: touches ${hit} like #${w.issue}, in this wave`;
        }
        return undefined;
    }
};

;// CONCATENATED MODULE: ./src/guardrails/rules/per-tick.ts
const perTickRule = {
    name: 'per-tick',
    check(_c, ctx, tally) {
        const max = ctx.config.guardrails.budget.max_dispatches_per_tick;
        return tally.all < max ? undefined : `dispatches ${tally.all}/${max} in this tick`;
    }
};

;// CONCATENATED MODULE: ./src/guardrails/rules/review.ts
/**
 * Review-aware pacing (`guardrails.review`): new work waits while the loop's pull requests ready
 * for a person to merge, and those on their way, would pile up beyond what people merge — a hard
 * cap (`max_waiting`), and a pace (`max_wait_hours`): no new work while the oldest ready pull
 * request has waited longer, or while one becoming ready now is expected to. Fixes, conflict tasks
 * and reviews of work already open are never held: they empty the queue.
 */

const hours = (h) => (h >= 48 ? `${Math.round(h / 24)} days` : `${h.toFixed(1)} h`);
const reviewRule = {
    name: 'review',
    check(c, ctx, tally) {
        if (c.kind !== 'new')
            return undefined;
        const { max_waiting, max_wait_hours } = ctx.config.guardrails.review;
        const pace = ctx.review;
        const queued = pace.waiting + pace.onTheWay + tally.new;
        if (max_waiting !== undefined && queued >= max_waiting)
            return `review queue full: ${pace.waiting} pull request(s) ready for a person to merge and ${pace.onTheWay + tally.new} on their way, max_waiting ${max_waiting}`;
        if (max_wait_hours === undefined)
            return undefined;
        if (pace.oldestHours !== undefined && pace.oldestHours > max_wait_hours)
            return `the oldest pull request ready to merge has waited ${hours(pace.oldestHours)}, over max_wait_hours ${max_wait_hours}: new work waits until people catch up`;
        const wait = expectedWaitHours(pace, queued + 1);
        if (wait !== undefined && wait > max_wait_hours)
            return `a pull request ready now would wait ~${Number.isFinite(wait) ? hours(wait) : 'over two weeks'} for a merge at the pace people merged the loop's last ${pace.merges} (${MIN_SAMPLES}+ needed to pace), over max_wait_hours ${max_wait_hours}`;
        return undefined;
    }
};

;// CONCATENATED MODULE: ./src/guardrails/rules/slots.ts
const slotsRule = {
    name: 'slots',
    check(c, ctx, tally) {
        if (c.kind !== 'new')
            return undefined;
        const max = ctx.config.guardrails.budget.max_in_flight;
        const busy = ctx.busy + tally.new;
        return busy < max ? undefined : `in flight ${busy}/${max}: no free slot`;
    }
};

;// CONCATENATED MODULE: ./src/guardrails/rules/usage.ts
const money = (n) => `$${n.toFixed(2)}`;
function capped(ctx) {
    const b = ctx.config.guardrails.budget;
    return {
        ...(b.max_total_tokens !== undefined ? { tokens: b.max_total_tokens } : {}),
        ...(b.max_total_cost_usd !== undefined ? { cost: b.max_total_cost_usd } : {})
    };
}
function overCap(ctx, tally) {
    const caps = capped(ctx);
    const { usage } = ctx;
    const pending = ctx.unattested + tally.all;
    const per = usage.per_attempt;
    if (!per && pending >= 1)
        return `usage unknown: no attempt has a usage record yet, so with a cap set one attempt goes at a time (${pending} in flight without a record)`;
    const h = usage.window_hours;
    if (caps.cost !== undefined) {
        const projected = usage.cost_usd + pending * (per?.cost_usd ?? 0);
        if (projected >= caps.cost)
            return `cost ${money(usage.cost_usd)} of ${money(caps.cost)} in ${h} h${pending ? ` (+ ~${money(pending * per.cost_usd)} for ${pending} attempt(s) without a record yet)` : ''}`;
    }
    if (caps.tokens !== undefined) {
        const projected = usage.tokens + pending * (per?.tokens ?? 0);
        if (projected >= caps.tokens)
            return `tokens ${usage.tokens} of ${caps.tokens} in ${h} h${pending ? ` (+ ~${Math.round(pending * per.tokens)} for ${pending} attempt(s) without a record yet)` : ''}`;
    }
    return undefined;
}
const usageRule = {
    name: 'usage',
    check(_c, ctx, tally) {
        const caps = capped(ctx);
        if (caps.tokens === undefined && caps.cost === undefined)
            return undefined;
        if (ctx.missingEvidence.length) {
            const prs = ctx.missingEvidence.map(m => `#${m.pull} (for #${m.issue})`).join(', ');
            return `no usage evidence for worker pull request ${prs}: with a token or cost cap set, dispatch stops until its worker adds a <!-- lc:attest {json} --> record (docs/reference/state-and-guardrails.md)`;
        }
        return overCap(ctx, tally);
    }
};

;// CONCATENATED MODULE: ./src/guardrails/rules/window.ts
const windowRule = {
    name: 'window',
    check(_c, ctx, tally) {
        const b = ctx.config.guardrails.budget;
        const used = ctx.recent + tally.all;
        if (used < b.max_dispatches_per_day)
            return undefined;
        return `dispatches ${used}/${b.max_dispatches_per_day} in the last ${b.window_hours} h`;
    }
};

;// CONCATENATED MODULE: ./src/guardrails/rules/index.ts
/** The rules, in the order they are asked: what stops everything first, per-issue limits last. */









const RULES = [
    attemptsRule,
    breakerRule,
    usageRule,
    apiRule,
    windowRule,
    reviewRule,
    perTickRule,
    slotsRule,
    collisionRule
];
/** Run candidates in order through the rules; the allowed ones count against the later ones. */
function gate(candidates, ctx) {
    const tally = { all: 0, new: 0, files: [] };
    return candidates.map(c => {
        for (const rule of RULES) {
            const reason = rule.check(c, ctx, tally);
            if (reason)
                return { issue: c.issue, kind: c.kind, allowed: false, rule: rule.name, reason };
        }
        tally.all++;
        if (c.kind === 'new')
            tally.new++;
        if (c.kind === 'new' && c.files?.length)
            tally.files.push({ issue: c.issue, files: c.files });
        return { issue: c.issue, kind: c.kind, allowed: true };
    });
}

// EXTERNAL MODULE: ./src/loop/markers.ts
var markers = __webpack_require__(725);
// EXTERNAL MODULE: ./src/loop/trust.ts
var loop_trust = __webpack_require__(2900);
;// CONCATENATED MODULE: ./src/dashboard/commands.ts
/**
 * The dashboard's commands (pure): ticked checkboxes become pause, resume, reset the breaker,
 * retry a frozen issue, or (supervised mode) approve a proposal or the whole wave — but only when the person who ticked them may write to the repository
 * (the `issues: edited` event's sender, or the body's last editor on a scheduled tick). A box
 * ticked by anyone else is ignored, unticked (the next dashboard renders every box unticked) and
 * reported.
 */


function describe(c) {
    switch (c.kind) {
        case 'retry':
            return `retry #${c.issue}`;
        case 'approve':
            return `approve #${c.issue}`;
        case 'approve-wave':
            return 'approve the wave';
        case 'reset-breaker':
            return 'reset the breaker';
        default:
            return c.kind;
    }
}
function planCommands(d, now) {
    const plan = {
        records: [],
        resume: false,
        resetBreaker: false,
        retry: [],
        approve: []
    };
    const boxes = d ? (0,markers/* commandBoxes */.LG)(d.body) : [];
    const ticked = boxes.filter(b => b.ticked).map(b => b.command);
    if (!d || !ticked.length)
        return plan;
    const at = now.toISOString();
    const by = d.actor ?? 'someone unknown';
    const allowed = d.actor !== null && (0,loop_trust/* canWrite */._4)(d.permission);
    for (const command of ticked) {
        const record = {
            command: (0,markers/* commandId */.vC)(command),
            by,
            at,
            outcome: allowed ? 'applied' : 'ignored'
        };
        if (!allowed) {
            record.note = `${describe(command)} ticked by ${by}, who cannot write to the repository: ignored and unticked`;
        }
        else if (command.kind === 'pause')
            plan.pause = { login: by, at };
        else if (command.kind === 'resume')
            plan.resume = true;
        else if (command.kind === 'reset-breaker')
            plan.resetBreaker = true;
        else if (command.kind === 'retry')
            plan.retry.push(command.issue);
        else if (command.kind === 'approve')
            plan.approve.push({ issue: command.issue, rev: command.rev });
        // The whole wave: every proposal the dashboard lists, each as it was proposed.
        else
            for (const b of boxes)
                if (b.command.kind === 'approve')
                    plan.approve.push({ issue: b.command.issue, rev: b.command.rev });
        plan.records.push(record);
    }
    // Both ticked at once: the safer one wins.
    if (plan.pause)
        plan.resume = false;
    return plan;
}

;// CONCATENATED MODULE: ./src/tick/commands.ts
/**
 * Dashboard commands take effect before anything else is decided (pure): a pause stops this very
 * tick, a reset breaker lets it dispatch, a retried issue is judged without its needs-human label
 * (the applier removes the label; the per-issue breaker then clears the streak and the budget).
 */


function withCommands(input, commands) {
    const { facts, config } = input;
    const state = { ...input.state };
    const guardrails = { ...input.guardrails };
    if (commands.pause) {
        state.paused = true;
        state.paused_by = commands.pause;
    }
    else if (commands.resume) {
        delete state.paused;
        delete state.paused_by;
    }
    if (commands.resetBreaker && guardrails.breaker && guardrails.breaker.state !== 'closed')
        guardrails.breaker = closedBreaker(config.guardrails.circuit_breaker, facts.now);
    const retried = new Set(commands.retry);
    const unlabel = facts.scan.issues
        .filter(i => retried.has(i.number) && (0,labels/* hasLabel */.RX)(i.labels, labels/* LABEL_NEEDS_HUMAN */.$X))
        .map(i => i.number);
    const issues = facts.scan.issues.map(i => retried.has(i.number)
        ? { ...i, labels: i.labels.filter(l => l.toLowerCase() !== labels/* LABEL_NEEDS_HUMAN */.$X) }
        : i);
    if (commands.approve.length)
        state.approved = {
            ...state.approved,
            ...Object.fromEntries(commands.approve.map(a => [String(a.issue), a.rev]))
        };
    const log = [...(state.commands ?? []), ...commands.records].slice(-10);
    if (log.length)
        state.commands = log;
    return {
        input: { ...input, state, guardrails, facts: { ...facts, scan: { ...facts.scan, issues } } },
        unlabel
    };
}

;// CONCATENATED MODULE: ./src/tick/merge-order.ts
/** The longest chain of open issues waiting on each issue, through the blocker relation. */
function chainLengths(blockers) {
    const dependents = new Map();
    for (const [issue, list] of blockers)
        for (const b of list) {
            // Appended in place: copying the list on every append was quadratic in a wide fan-out.
            const known = dependents.get(b);
            if (known)
                known.push(issue);
            else
                dependents.set(b, [issue]);
        }
    const memo = new Map();
    const visiting = new Set();
    const depth = (issue) => {
        const known = memo.get(issue);
        if (known !== undefined)
            return known;
        if (visiting.has(issue))
            return 0; // a cycle (compile refuses them): count it once
        visiting.add(issue);
        const value = (dependents.get(issue) ?? []).reduce((most, d) => Math.max(most, 1 + depth(d)), 0);
        visiting.delete(issue);
        memo.set(issue, value);
        return value;
    };
    for (const issue of new Set([...blockers.keys(), ...dependents.keys()]))
        depth(issue);
    return memo;
}
function mergeOrder(ready, blockers, pulls) {
    const chains = chainLengths(blockers);
    const changed = (pull) => pulls.find(p => p.number === pull)?.changed?.paths ?? [];
    const sorted = [...ready]
        .map(r => ({ ...r, unlocks: chains.get(r.issue) ?? 0 }))
        .sort((a, b) => b.unlocks - a.unlocks || a.pull - b.pull);
    return sorted.map((step, i) => {
        const mine = new Set(changed(step.pull));
        const after = sorted.slice(0, i).flatMap(earlier => {
            const file = changed(earlier.pull).find(f => mine.has(f));
            return file ? [{ pull: earlier.pull, file }] : [];
        });
        return { ...step, after };
    });
}

;// CONCATENATED MODULE: ./src/tick/claims.ts
/**
 * What the loop's claim comments and roadmap markers say about each issue (pure): the claim that
 * holds, the attempts claims account for, claims of dead runs to release, and younger copies of
 * a unit that must never be dispatched.
 */


/** Younger trusted issues carrying the same roadmap marker as an older one: copies. */
function findDuplicates(issues, trust) {
    const first = new Map();
    const out = new Map();
    const oldestFirst = [...issues].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.number - b.number);
    for (const issue of oldestFirst) {
        const marker = (0,markers/* unitMarkerOf */.mQ)(issue.body);
        if (!marker || !trust.isLoop(issue.author))
            continue;
        const of = first.get(marker);
        if (of === undefined)
            first.set(marker, issue.number);
        else
            out.set(issue.number, { of, marker });
    }
    return out;
}
/**
 * What an issue's claim comments say. A claim still `claiming` whose run has ended without
 * success was never dispatched: the run died between its lock and its dispatch. It is released
 * and its attempt is not charged.
 */
function claimView(issue, claims, facts, trust) {
    const holding = claims.filter(c => trust.isLoop(c.author) && c.marker.phase !== 'released');
    const latest = holding.at(-1);
    const run = latest?.marker.run;
    const ran = run ? facts.claimRuns.get(run) : undefined;
    if (latest && latest.marker.phase === 'claiming' && run !== facts.run.id && ran) {
        if (ran.status === 'completed' && ran.conclusion !== 'success') {
            const rest = holding.slice(0, -1);
            return {
                ...(rest.length ? { current: rest.at(-1) } : {}),
                attempts: Math.max(0, ...rest.map(c => c.marker.attempt)),
                release: {
                    issue: issue.number,
                    labelled: (0,labels/* hasLabel */.RX)(issue.labels, labels/* LABEL_CLAIM */.YQ),
                    commentId: latest.commentId,
                    run: run,
                    reason: `run ${run} ended (${ran.conclusion ?? 'no conclusion'}) before it dispatched attempt ${latest.marker.attempt}: claim released, no attempt charged`
                }
            };
        }
    }
    return {
        ...(latest ? { current: latest } : {}),
        attempts: Math.max(0, ...holding.map(c => c.marker.attempt))
    };
}

;// CONCATENATED MODULE: ./src/tick/plan-scope.ts



function scopeOf(input) {
    const { facts, config, state } = input;
    const trust = (0,loop_trust/* trustPolicy */.RZ)(facts.viewer, config.trust.bot_logins);
    const views = new Map(facts.scan.issues.flatMap(i => {
        const claims = facts.claims.get(i.number);
        return claims ? [[i.number, claimView(i, claims, facts, trust)]] : [];
    }));
    const stateAttempts = (n) => state.attempts[String(n)] ?? [];
    return {
        input,
        trust,
        byNumber: new Map(facts.scan.issues.map(i => [i.number, i])),
        duplicates: findDuplicates(facts.scan.issues, trust),
        views,
        stateAttempts,
        attemptsUsed: n => Math.max(stateAttempts(n).length, views.get(n)?.attempts ?? 0)
    };
}
/**
 * The worker's run, when it can be seen: with the matrix adapter the claiming tick's own run, with
 * the workflow adapter the run its dispatch started (`worker=` in the claim). When that run has
 * completed (facts.claimRuns reads it only for such claims with no pull request), the attempt
 * ended without one. Other adapters' agents cannot be seen: the lease stays their fallback.
 */
function workerEnded(scope, claim) {
    if (!claim || claim.marker.phase === 'claiming')
        return undefined;
    const adapter = scope.input.config.dispatch.adapter;
    // The matrix worker runs in its tick's run; the workflow adapter's in the run it started.
    const run = adapter === 'matrix'
        ? claim.marker.run
        : adapter === 'workflow'
            ? claim.marker.worker
            : undefined;
    if (!run)
        return undefined;
    const facts = scope.input.facts.claimRuns.get(run);
    return facts?.status === 'completed'
        ? `run ${run} ended (${facts.conclusion ?? 'no conclusion'})`
        : undefined;
}
/** An issue as classification reads it; a claim being released no longer counts. */
function unitOf(scope, i) {
    const view = scope.views.get(i.number);
    const released = view?.release && !view.current;
    const claimed = (0,labels/* hasLabel */.RX)(i.labels, labels/* LABEL_CLAIM */.YQ) && !released;
    const dup = scope.duplicates.get(i.number);
    const claimedAt = view?.current?.createdAt ?? scope.stateAttempts(i.number).at(-1)?.at ?? i.updatedAt;
    const ended = workerEnded(scope, view?.current);
    return {
        number: i.number,
        labels: released ? i.labels.filter(l => l.toLowerCase() !== labels/* LABEL_CLAIM */.YQ) : i.labels,
        author: i.author,
        authorAssociation: i.authorAssociation,
        createdAt: i.createdAt,
        blockers: i.blockers,
        ...(claimed ? { claimedAt } : {}),
        ...(claimed && ended ? { workerEnded: ended } : {}),
        ...(dup ? { duplicateOf: dup.of } : {})
    };
}

;// CONCATENATED MODULE: ./src/guardrails/conflicts.ts
/**
 * The conflict attempts made on a pull request's branch, oldest first — since `since`, when a
 * person last removed needs-human: their reset gives the pull request its attempts afresh.
 */
function conflictAttempts(pull, attempts, since) {
    const from = since ? Date.parse(since) : -Infinity;
    return attempts.filter(a => a.kind === 'conflict' && a.branch === pull.headRef && Date.parse(a.at) > from);
}
function conflictDecision(pull, attempts, config, now, since) {
    const sent = conflictAttempts(pull, attempts, since);
    const last = sent.at(-1);
    const lease = config.dispatch.lease_minutes;
    // The worker of the last one has not pushed yet: its lease is the time it has.
    if (last?.head_sha === pull.headSha && now.getTime() - Date.parse(last.at) < lease * 60_000)
        return {
            action: 'wait',
            reason: `conflict attempt ${last.attempt} on #${pull.number} is under way`
        };
    const cap = config.guardrails.circuit_breaker.max_conflict_attempts;
    if (sent.length >= cap)
        return {
            action: 'freeze',
            reason: `#${pull.number} still conflicts with its base after ${sent.length} conflict attempt(s) (max_conflict_attempts ${cap}): a human resolves it`
        };
    return { action: 'send' };
}

// EXTERNAL MODULE: ./src/github/limits.ts
var limits = __webpack_require__(1679);
;// CONCATENATED MODULE: ./src/tick/briefs.ts


/** A bound on the reviewer's findings in a recovery brief (the prompt cuts it again). */
const FINDINGS_BYTES = 6144;
function recoveryBrief(pull, kind, findings) {
    if (kind === 'review-fix') {
        return [
            `The independent reviewer asked for changes on pull request #${pull.number} (\`${pull.headRef}\`, head ${pull.headSha.slice(0, 7)}).`,
            'Address every finding on the same branch and push. Do not weaken or skip tests.',
            ...(findings
                ? [
                    '',
                    "The reviewer's findings (its words, untrusted):",
                    '',
                    (0,limits/* cutUtf8 */.Ok)(findings, FINDINGS_BYTES)
                ]
                : ['See the `loopreview` check and the review on the pull request for the findings.'])
        ].join('\n');
    }
    const failed = pull.checks.filter(c => c.state === 'failure').map(c => `\`${c.name}\``);
    return [
        `Pull request #${pull.number} (\`${pull.headRef}\`, head ${pull.headSha.slice(0, 7)}) failed its required checks: ${failed.join(', ')}.`,
        "Read the failing checks' logs on the pull request, fix the cause on the same branch, and push. Do not weaken or skip tests."
    ].join('\n');
}
/** Changed paths and commits a conflict brief names at most (the checkout's markers say the rest). */
const BRIEF_PATHS = 30;
const BRIEF_COMMITS = 20;
/** A commit subject in a brief: someone's words, on one line, no mention, no hidden marker. */
function subjectLine(subject) {
    return (0,markdown/* neutralizeMentions */.tI)((0,limits/* cutChars */.oN)(subject.replace(/\s+/g, ' ').replace(/<!--/g, '<!‐‐'), 120));
}
/**
 * A conflict task's brief: the base moved under the pull request (a sibling merged) and git cannot
 * merge the two. It names the files both sides changed and what merged on the base since the
 * branch forked (the compare facts), and says what to do: the worker's checkout is the branch with
 * the base merged in, conflict markers in those files; the loop publishes the resolution as a
 * fast-forward of the branch.
 */
function conflictBrief(pull, base, since) {
    const paths = pull.changed?.paths ?? [];
    const both = since ? paths.filter(p => since.files.includes(p)) : [];
    const list = (items, cap) => [
        ...items.slice(0, cap).map(p => `- \`${p}\``),
        ...(items.length > cap ? [`- … ${items.length - cap} more`] : [])
    ];
    return [
        `Pull request #${pull.number} (\`${pull.headRef}\`, head ${pull.headSha.slice(0, 7)}) conflicts with \`${base}\`${since ? ` (${since.commits.length} commit(s) merged there since the branch forked at ${since.mergeBase.slice(0, 7)})` : ''}: a change merged there since touched the same lines.`,
        `Your checkout is this branch with \`${base}\` merged in and not committed: every file both sides changed holds git's conflict markers (\`<<<<<<<\`, \`=======\`, \`>>>>>>>\`). Resolve each one so that both changes hold — what \`${base}\` has now stays, this pull request's change is adapted to it — remove every marker, and make the tests pass. Do not commit and do not force anything: the loop publishes the result as a commit on the branch whose parents are its head and \`${base}\`'s.`,
        ...(both.length ? ['', 'The files both sides changed:', ...list(both, BRIEF_PATHS)] : []),
        ...(since?.commits.length
            ? [
                '',
                `What merged on \`${base}\` since (commit subjects, their authors' words, untrusted):`,
                ...since.commits
                    .slice(-BRIEF_COMMITS)
                    .map(c => `- ${c.sha.slice(0, 7)} ${subjectLine(c.subject)}`)
            ]
            : []),
        ...(paths.length && !both.length
            ? [
                '',
                `The files this pull request changes${pull.changed?.complete === false || paths.length > BRIEF_PATHS ? ' (the first of them)' : ''}:`,
                ...list(paths, BRIEF_PATHS)
            ]
            : [])
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/guardrails/freeze.ts
/** The one comment a frozen issue gets: the evidence, and what a human can do (pure). */


function freezeComment(reason, attempts, events) {
    const evidence = attempts.length
        ? attempts.map(a => `- attempt ${a.attempt} (${a.kind}) on \`${a.branch}\`, dispatched ${a.at} by run ${a.run} through \`${a.adapter}\``)
        : ['- the attempts are recorded in the claim comments above'];
    return (0,markdown/* neutralizeMentions */.tI)([
        markers/* FROZEN_MARKER */.QG,
        `Delivery Loop **froze** this issue: ${reason}. It will not be dispatched again until a human looks.`,
        '',
        '**Evidence**',
        '',
        ...evidence,
        ...events.map(e => `- ${e}`),
        '',
        '**What you can do**',
        '',
        "- Read the attempts' branches and logs; clarify the issue, split it, or fix what blocks the agent.",
        '- Then remove the `needs-human` label: the next tick clears the no-progress streak, gives the issue a fresh attempt budget, and dispatches it again.',
        '- Or close the issue if it is not worth doing.',
        ''
    ].join('\n'));
}

;// CONCATENATED MODULE: ./src/tick/review-sends.ts
/** GitHub runs at most 256 jobs of one matrix: a bigger review wave would fail the run. */
const MAX_MATRIX_JOBS = 256;
function judgeReviews(candidates, records, settings) {
    const out = {
        send: [],
        running: [],
        exhausted: [],
        deferred: [],
        next: {}
    };
    // Records of pull requests still open, whatever their class now (a verdict may be pending).
    for (const [pull, record] of Object.entries(records))
        if (settings.open.has(Number(pull)))
            out.next[pull] = record;
    for (const task of candidates) {
        const known = records[String(task.pull)];
        // A new head, or a person who removed needs-human after the sends ran out: start afresh.
        const sent = known?.head === task.head_sha && !known.frozen ? known.sent : [];
        const last = sent.at(-1);
        const since = last ? settings.now.getTime() - Date.parse(last.at) : Infinity;
        if (last && since < settings.leaseMinutes * 60_000) {
            out.running.push({ task, since: last.at });
            out.next[String(task.pull)] = { head: task.head_sha, sent };
        }
        else if (sent.length >= settings.max) {
            out.exhausted.push({ task, sends: sent.length });
            out.next[String(task.pull)] = { head: task.head_sha, sent, frozen: true };
        }
        else if (out.send.length >= MAX_MATRIX_JOBS) {
            out.deferred.push(task);
        }
        else {
            out.send.push(task);
            out.next[String(task.pull)] = {
                head: task.head_sha,
                sent: [...sent, { at: settings.now.toISOString(), run: settings.run }]
            };
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/tick/tasks.ts
/**
 * The tasks that want to go this tick (pure): new work in roadmap order, pull requests sent back
 * to their worker (failed checks, changes the reviewer asked for) once per head, and conflict
 * tasks within their cap — each with its brief; and the review wave, one review per head.
 */








function fixTask(scope, c, pull, attempt) {
    const kind = c.sub === 'fixing' ? 'fix' : 'review-fix';
    const failed = pull.checks.find(ch => ch.state === 'failure');
    return {
        issue: c.issue,
        title: scope.byNumber.get(c.issue).title,
        attempt,
        branch: pull.headRef,
        kind,
        pull: pull.number,
        headSha: pull.headSha,
        recovery: recoveryBrief(pull, kind, scope.input.facts.findings.get(pull.number)),
        ...(kind === 'fix' && failed
            ? { failedCheck: { name: failed.name, ...(failed.id ? { id: failed.id } : {}) } }
            : {})
    };
}
/**
 * The tasks that want to go, in order: ready and stalled issues in roadmap order, then pull
 * requests to send back (failed required checks, or changes asked by the reviewer) once per head.
 * Issues frozen in this tick are left out.
 */
function candidates(scope, classes, frozen) {
    const { facts, config } = scope.input;
    const ready = (0,classify/* orderReady */.W)(classes
        .filter(c => (c.class === 'ready' || c.class === 'stalled') && !frozen.has(c.issue))
        .map(c => unitOf(scope, scope.byNumber.get(c.issue))), i => {
        const id = (0,markers/* unitMarkerOf */.mQ)(scope.byNumber.get(i.number).body);
        return id === undefined ? undefined : facts.rank.get(id);
    }).map(u => {
        const attempt = scope.attemptsUsed(u.number) + 1;
        return {
            issue: u.number,
            title: scope.byNumber.get(u.number).title,
            attempt,
            branch: (0,loop_pulls/* branchFor */.yC)(u.number, attempt),
            kind: 'new'
        };
    });
    if (!config.dispatch.fix_wave)
        return ready;
    const fixes = classes.flatMap(c => {
        if (c.class !== 'in-flight' || (c.sub !== 'fixing' && c.sub !== 'changes-requested'))
            return [];
        if (frozen.has(c.issue))
            return [];
        const pull = facts.scan.pulls.find(p => p.number === c.pull);
        // Once per head while that attempt may still push; a refused one, or one whose lease ran
        // out, leaves the head as it was: send it again (the breaker counts each such attempt).
        const live = scope
            .stateAttempts(c.issue)
            .some(a => a.kind !== 'new' && a.head_sha === pull.headSha && !attemptOver(scope, c.issue, a));
        return live ? [] : [fixTask(scope, c, pull, scope.attemptsUsed(c.issue) + 1)];
    });
    return [...ready, ...fixes, ...conflictTasks(scope, classes, frozen)];
}
/**
 * Loop pull requests a sibling's merge made conflict: back to their worker, once per head and
 * within the per-PR cap (guardrails/conflicts.ts). A trusted human's pull request is theirs.
 */
function conflictTasks(scope, classes, frozen) {
    const { facts, config } = scope.input;
    return classes.flatMap(c => {
        if (c.class !== 'in-flight' || c.sub !== 'conflicting' || frozen.has(c.issue))
            return [];
        const pull = facts.scan.pulls.find(p => p.number === c.pull);
        if (pull?.owner !== 'loop')
            return [];
        const decision = conflictDecision(pull, scope.stateAttempts(c.issue), config, facts.now, scope.input.guardrails.issues[String(c.issue)]?.reset_at);
        if (decision.action !== 'send')
            return [];
        return [
            {
                issue: c.issue,
                title: scope.byNumber.get(c.issue).title,
                attempt: scope.attemptsUsed(c.issue) + 1,
                branch: pull.headRef,
                kind: 'conflict',
                pull: pull.number,
                headSha: pull.headSha,
                recovery: conflictBrief(pull, facts.repository.defaultBranch, facts.conflicts.get(pull.number))
            }
        ];
    });
}
/** An attempt that can no longer push: publish refused its change, or its lease ran out. */
function attemptOver(scope, issue, a) {
    const { facts, config } = scope.input;
    const comments = scope.byNumber.get(issue)?.comments ?? [];
    const refused = comments.some(c => scope.trust.isLoop(c.author) && (0,markers/* refusedAttemptOf */.Rm)(c.body) === a.attempt);
    const lease = config.dispatch.lease_minutes * 60_000;
    return refused || facts.now.getTime() - Date.parse(a.at) >= lease;
}
function reviewWork(scope, classes) {
    return classes
        .filter(c => c.class === 'in-flight' && c.sub === 'awaiting-review')
        .map(c => {
        const pull = scope.input.facts.scan.pulls.find(p => p.number === c.pull);
        return { pull: pull.number, issue: c.issue, head_sha: pull.headSha, branch: pull.headRef };
    });
}
/** The review wave: one review per head, at most max_reviews_per_head (tick/review-sends.ts). */
function reviewsOf(scope, classes, paused) {
    const { facts, config, state } = scope.input;
    const v = config.verification;
    const judged = judgeReviews(paused ? [] : reviewWork(scope, classes), state.reviews ?? {}, {
        now: facts.now,
        run: facts.run.id,
        leaseMinutes: v.review_lease_minutes,
        max: v.max_reviews_per_head,
        open: new Set(facts.scan.pulls.map(p => p.number))
    });
    const freezes = judged.exhausted.map(({ task, sends }) => {
        const reason = `${sends} review(s) of head ${task.head_sha.slice(0, 7)} of pull request #${task.pull} were sent and no verdict was published (verification.max_reviews_per_head: ${v.max_reviews_per_head})`;
        return {
            issue: task.issue,
            reason,
            comment: freezeComment(reason, [], [
                'the reviewer or the verdict job failed each time: see the review and verdict jobs of the tick runs'
            ])
        };
    });
    const skipped = [
        ...judged.running.map(r => ({
            issue: r.task.issue,
            reason: `review of #${r.task.pull} at ${r.task.head_sha.slice(0, 7)} sent ${r.since}: not sent again while it runs`
        })),
        ...judged.deferred.map(task => ({
            issue: task.issue,
            reason: `review of #${task.pull} waits for the next tick: this wave holds ${MAX_MATRIX_JOBS}, the most jobs GitHub runs in one matrix`
        }))
    ];
    return { wave: judged.send, freezes, skipped, records: judged.next };
}

;// CONCATENATED MODULE: ./src/guardrails/progress.ts

function ciOf(pull) {
    if (pull.checks.some(c => c.state === 'failure'))
        return 'red';
    if (pull.checks.length && pull.checks.every(c => c.state === 'success'))
        return 'green';
    return 'pending';
}
function observe(pull) {
    return pull ? { pull: pull.number, head: pull.headSha, ci: ciOf(pull) } : {};
}
function progressOf(before, now) {
    if (now.pull === undefined)
        return undefined;
    if (before?.pull === undefined || before.pull !== now.pull)
        return `pull request #${now.pull} opened`;
    if (before.head && now.head && before.head !== now.head)
        return `new head ${now.head.slice(0, 7)} on #${now.pull}`;
    if (before.ci === 'red' && now.ci === 'green')
        return `CI on #${now.pull} went from red to green`;
    return undefined;
}
/** Whether the latest attempt is over without progress (judged once). */
function wasted(w, leaseMinutes, now) {
    if (w.refused?.includes(w.attempts))
        return `attempt ${w.attempts}'s change was refused by publish (see the comment on the issue)`;
    if (w.class.class === 'stalled')
        return `attempt ${w.attempts} opened no pull request within the lease (${leaseMinutes} min)`;
    const last = w.latest;
    // A conflict task answers a sibling's merge, not the worker's failure: conflicts.ts bounds it.
    if (!last || last.kind === 'new' || last.kind === 'conflict')
        return undefined;
    if (!w.pull || w.pull.headSha !== last.head_sha)
        return undefined;
    const age = (now.getTime() - Date.parse(last.at)) / 60_000;
    return age >= leaseMinutes
        ? `fix attempt ${last.attempt} pushed nothing to #${w.pull.number} within the lease (${leaseMinutes} min)`
        : undefined;
}
function judgeProgress(previous, w, config, now) {
    const at = now.toISOString();
    let guard = previous
        ? structuredClone(previous)
        : { streak: 0, judged: 0, attempts_base: 0, updated_at: at };
    const events = [];
    let unfrozen = false;
    if (guard.frozen && !(0,labels/* needsHuman */.tv)(w.labels)) {
        guard = {
            streak: 0,
            judged: w.attempts,
            attempts_base: w.attempts,
            reset_at: at,
            updated_at: at
        };
        events.push('needs-human was removed: unfrozen, streak cleared, attempt and conflict budgets reset');
        unfrozen = true;
    }
    const seen = observe(w.pull);
    const progress = progressOf(guard.last, seen);
    if (progress) {
        if (guard.streak)
            events.push(`progress (${progress}): no-progress streak cleared`);
        guard.streak = 0;
        guard.judged = Math.max(guard.judged, w.attempts);
    }
    const waste = w.attempts > guard.judged ? wasted(w, config.dispatch.lease_minutes, now) : undefined;
    if (waste) {
        guard.streak++;
        guard.judged = w.attempts;
        events.push(`no progress: ${waste} (streak ${guard.streak})`);
    }
    guard.last = seen;
    const { max_no_progress_attempts: maxStreak } = config.guardrails.circuit_breaker;
    const maxAttempts = config.guardrails.budget.max_attempts_per_issue;
    const used = w.attempts - guard.attempts_base;
    // Work the attempt budget would hold back for ever: frozen instead, so a person sees it.
    const wantsWork = ['ready', 'stalled'].includes(w.class.class) ||
        w.class.sub === 'fixing' ||
        w.class.sub === 'changes-requested';
    let freeze;
    if (!guard.frozen && !(0,labels/* needsHuman */.tv)(w.labels)) {
        if (guard.streak >= maxStreak)
            freeze = `${guard.streak} attempts in a row made no progress (max_no_progress_attempts ${maxStreak})`;
        else if (wantsWork && used >= maxAttempts)
            freeze = `the attempt budget is used: attempts ${used}/${maxAttempts}`;
        // The conflict count was taken before this reset: it starts afresh from the next tick.
        else if (w.conflict?.action === 'freeze' && !unfrozen)
            freeze = w.conflict.reason;
    }
    if (freeze) {
        guard.frozen = { at, reason: freeze };
        events.push(`frozen: ${freeze}`);
    }
    const changed = JSON.stringify({ ...guard, updated_at: '' }) !== JSON.stringify({ ...previous, updated_at: '' });
    guard.updated_at = changed ? at : (previous?.updated_at ?? at);
    return { guard, events, ...(freeze ? { freeze } : {}), ...(unfrozen ? { unfrozen } : {}) };
}

// EXTERNAL MODULE: ./src/guardrails/usage.ts + 1 modules
var usage = __webpack_require__(5990);
;// CONCATENATED MODULE: ./src/tick/guard.ts
/**
 * The guardrails of one tick (pure): per-issue progress and freezes, the global breaker as the
 * tick starts, the usage ledger charged from attestations, and the context the wave rules read.
 * Every number behind a decision is kept for the report.
 */









/** Every issue's declared paths, read once per plan input (the wave asks for each candidate). */
const declaredByInput = new WeakMap();
/** The paths an issue's slice declares with `(files: …)` in the roadmap. */
function declaredFiles(input, issue) {
    let byIssue = declaredByInput.get(input);
    if (!byIssue) {
        byIssue = new Map(input.facts.scan.issues.map(i => {
            const id = (0,markers/* unitMarkerOf */.mQ)(i.body);
            return [i.number, id === undefined ? undefined : input.facts.files.get(id)];
        }));
        declaredByInput.set(input, byIssue);
    }
    return byIssue.get(issue);
}
/** Work in flight — claimed, or with a loop's or a person's pull request — and what it touches. */
function touching(g) {
    const { facts } = g.input;
    return g.classes
        .filter(c => c.class === 'in-flight' || c.class === 'claimed' || c.class === 'human')
        .map(c => {
        const pull = (0,loop_pulls/* pullFor */.L3)(c.issue, facts.scan.pulls);
        const declared = declaredFiles(g.input, c.issue);
        return {
            issue: c.issue,
            ...(pull ? { pull: pull.number } : {}),
            ...(pull?.changed ? { changed: pull.changed } : {}),
            ...(declared ? { declared } : {})
        };
    });
}
/** Dispatches in the rolling window: the state's attempts and the claims on GitHub, once each. */
function recentDispatches(g, windowHours) {
    const since = g.input.facts.now.getTime() - windowHours * 3600_000;
    const seen = new Set();
    for (const [issue, records] of Object.entries(g.input.state.attempts))
        for (const a of records)
            if (Date.parse(a.at) >= since)
                seen.add(`${issue}#${a.attempt}`);
    for (const [issue, claims] of g.input.facts.claims)
        for (const c of claims)
            if (g.trust.isLoop(c.author) &&
                c.marker.phase !== 'released' &&
                Date.parse(c.createdAt) >= since)
                seen.add(`${issue}#${c.marker.attempt}`);
    return seen.size;
}
/** When each attempt on `issue` was dispatched: the state's records and the loop's claims. */
function dispatchesOf(g, issue) {
    const fromState = g.stateAttempts(issue).map(a => ({ attempt: a.attempt, at: a.at }));
    const fromClaims = (g.input.facts.claims.get(issue) ?? [])
        .filter(c => g.trust.isLoop(c.author) && c.marker.phase !== 'released')
        .map(c => ({ attempt: c.marker.attempt, at: c.createdAt }));
    const earliest = new Map();
    for (const d of [...fromState, ...fromClaims]) {
        const known = earliest.get(d.attempt);
        if (!known || Date.parse(d.at) < Date.parse(known))
            earliest.set(d.attempt, d.at);
    }
    return [...earliest].map(([attempt, at]) => ({ attempt, at }));
}
function judgeIssues(g) {
    const { facts, config, guardrails } = g.input;
    const issues = {};
    const freezes = [];
    const unfrozen = [];
    const events = [];
    const byNumber = new Map(facts.scan.issues.map(i => [i.number, i]));
    for (const c of g.classes) {
        const scanned = byNumber.get(c.issue);
        const previous = guardrails.issues[String(c.issue)];
        const attempts = g.attemptsUsed(c.issue);
        const pull = (0,loop_pulls/* pullFor */.L3)(c.issue, facts.scan.pulls);
        if (!previous && !attempts)
            continue;
        const latest = g.stateAttempts(c.issue).at(-1);
        const refused = scanned.comments.flatMap(cm => {
            const n = g.trust.isLoop(cm.author) ? (0,markers/* refusedAttemptOf */.Rm)(cm.body) : undefined;
            return n === undefined ? [] : [n];
        });
        const conflict = pull?.owner === 'loop' && c.sub === 'conflicting'
            ? conflictDecision(pull, g.stateAttempts(c.issue), config, facts.now, previous?.reset_at)
            : undefined;
        const j = judgeProgress(previous, {
            issue: c.issue,
            labels: scanned.labels,
            class: c,
            attempts,
            ...(pull ? { pull } : {}),
            ...(latest ? { latest } : {}),
            ...(refused.length ? { refused } : {}),
            ...(conflict ? { conflict } : {})
        }, config, facts.now);
        issues[String(c.issue)] = j.guard;
        events.push(...j.events.map(event => ({ issue: c.issue, event })));
        if (j.unfrozen)
            unfrozen.push(c.issue);
        if (j.freeze)
            freezes.push({
                issue: c.issue,
                reason: j.freeze,
                comment: freezeComment(j.freeze, g.stateAttempts(c.issue), j.events)
            });
    }
    return { issues, freezes, unfrozen, events };
}
function planGuards(g) {
    const { facts, config, guardrails } = g.input;
    const budget = config.guardrails.budget;
    const judged = judgeIssues(g);
    const start = breakerAtStart(guardrails.breaker, config.guardrails.circuit_breaker, facts.now);
    const sources = [
        ...facts.scan.issues.map(i => {
            const pull = (0,loop_pulls/* pullFor */.L3)(i.number, facts.scan.pulls);
            return { issue: i.number, comments: i.comments, ...(pull ? { pull } : {}) };
        }),
        // Merged or closed before a tick saw them: charged to the issue they closed.
        ...facts.closedPulls.map(p => ({
            issue: (0,loop_pulls/* issueOfBranch */.Lr)(p.headRef),
            pull: { ...p, comments: [] },
            comments: [],
            seenBy: p.mergedAt ?? p.updatedAt
        }))
    ];
    const { found, invalid } = (0,usage/* findUsage */.f$)(sources, g.trust, facts.now, issue => dispatchesOf(g, issue));
    // Only the rolling window matters to the caps: older records are neither kept nor charged.
    const since = facts.now.getTime() - budget.window_hours * 3600_000;
    const inWindow = (entries) => entries.filter(([, r]) => Date.parse(r.at) >= since);
    const { ledger, charged } = (0,usage/* charge */.Ji)(Object.fromEntries(inWindow(Object.entries(guardrails.usage))), new Map(inWindow([...found])));
    const totals = (0,usage/* usageTotals */.$M)(ledger, budget.window_hours, facts.now);
    // Evidence is any worker record in sight, however old: the window only limits what is charged.
    const records = [...Object.values(ledger), ...found.values()].filter(r => r.role === 'worker');
    const hasRecordSince = (issue, at) => records.some(r => r.issue === issue && (!at || Date.parse(r.at) >= Date.parse(at)));
    // A worker's pull request (on an issue the loop dispatched), whatever CI says of it.
    const missingEvidence = g.classes.flatMap(c => {
        const pull = (0,loop_pulls/* pullFor */.L3)(c.issue, facts.scan.pulls);
        return pull?.owner === 'loop' && g.attemptsUsed(c.issue) > 0 && !hasRecordSince(c.issue)
            ? [{ pull: pull.number, issue: c.issue }]
            : [];
    });
    const unattested = g.classes.filter(c => c.class === 'claimed' && !hasRecordSince(c.issue, g.stateAttempts(c.issue).at(-1)?.at)).length;
    const busy = g.classes.filter(c => c.class === 'in-flight' || c.class === 'claimed').length;
    const ready = g.classes.filter(c => c.class === 'in-flight' && c.sub === 'ready-to-merge');
    const api = apiRoom(facts.rate, config.api.reserve);
    return {
        next: { issues: judged.issues, usage: ledger, breaker: start.breaker },
        allowance: start.allowance,
        transitions: start.transitions,
        freezes: judged.freezes,
        unfrozen: judged.unfrozen,
        events: judged.events,
        context: {
            config,
            breaker: start.allowance,
            usage: totals,
            unattested,
            missingEvidence,
            busy,
            recent: recentDispatches(g, budget.window_hours),
            api,
            touching: touching(g),
            review: reviewPace({
                waiting: ready.map(c => {
                    const at = (0,loop_pulls/* pullFor */.L3)(c.issue, facts.scan.pulls)?.verdictAt;
                    return { pull: c.pull ?? c.issue, ...(at ? { readySince: at } : {}) };
                }),
                onTheWay: busy - ready.length,
                merged: facts.closedPulls.flatMap(p => (0,loop_pulls/* mergedAfterReview */.FY)(p) ?? []),
                now: facts.now
            })
        },
        usage: { ...totals, charged, invalid }
    };
}

// EXTERNAL MODULE: ./src/state/tick.ts
var tick = __webpack_require__(3420);
;// CONCATENATED MODULE: ./src/tick/plan.ts
















function labelDisagreements(issues) {
    return issues.flatMap(i => {
        const fromLabels = (0,labels/* blockersFromLabels */.Dx)(i.labels);
        const onlyLabel = fromLabels.filter(n => !i.nativeBlockers.includes(n));
        const onlyNative = i.nativeBlockers.filter(n => !fromLabels.includes(n));
        return onlyLabel.length || onlyNative.length
            ? [{ issue: i.number, only_label: onlyLabel, only_native: onlyNative }]
            : [];
    });
}
function classifyAll(scope, paused) {
    const { facts, config } = scope.input;
    const ctx = {
        paused,
        trust: scope.trust,
        blockers: facts.scan.blockers,
        pulls: facts.scan.pulls,
        satisfiedBy: config.dependencies.satisfied_by,
        requiredChecks: config.ci.checks,
        now: facts.now,
        leaseMinutes: config.dispatch.lease_minutes,
        noChecksAfterMinutes: config.ci.no_checks_after_minutes
    };
    return facts.scan.issues.map(i => (0,classify/* classify */.L)(unitOf(scope, i), ctx));
}
/**
 * The loop's pull requests that are behind a base they must be up to date with, when tick has a
 * push token to update them with (its pushes start CI; GITHUB_TOKEN's would not). At most the
 * per-tick budget of them: each is a write and restarts CI.
 */
function behindUpdates(scope) {
    const { facts, config } = scope.input;
    if (!facts.canUpdateBranches)
        return [];
    return facts.scan.pulls
        .filter(p => p.owner === 'loop' && p.mergeStateStatus === 'BEHIND' && !(0,loop_pulls/* isConflicting */.PJ)(p))
        .slice(0, config.guardrails.budget.max_dispatches_per_tick)
        .map(p => ({
        op: 'update-branch',
        pull: p.number,
        issue: p.works?.[0] ?? p.number,
        headSha: p.headSha
    }));
}
/** Behind pull requests tick cannot update: said once per tick, with the fix. */
function behindNotice(facts) {
    if (facts.canUpdateBranches)
        return [];
    const behind = facts.scan.pulls.filter(p => p.owner === 'loop' && p.mergeStateStatus === 'BEHIND' && !(0,loop_pulls/* isConflicting */.PJ)(p));
    return behind.length
        ? [
            `${behind.map(p => `#${p.number}`).join(', ')} ${behind.length === 1 ? 'is' : 'are'} behind a base that must be up to date to merge: give tick a push-token (the App's) and it updates them, or press "Update branch"`
        ]
        : [];
}
function operationsOf(scope, classes, releases, freezes, tasks) {
    const classOf = new Map(classes.map(c => [c.issue, c.class]));
    return [
        ...releases.map(release => ({ op: 'release-claim', release })),
        ...freezes.map(freeze => ({ op: 'freeze', freeze })),
        ...behindUpdates(scope),
        ...(tasks.length ? [{ op: 'ensure-label', label: labels/* LABEL_CLAIM */.YQ }] : []),
        ...tasks.map(task => ({
            op: 'dispatch',
            task,
            // The claim label may already be on it: a fix, a stalled claim, a claim being released.
            mayBeClaimed: task.kind !== 'new' ||
                classOf.get(task.issue) === 'stalled' ||
                scope.views.get(task.issue)?.release !== undefined,
            ...(classOf.get(task.issue) === 'stalled' && scope.views.get(task.issue)?.current
                ? { settled: scope.views.get(task.issue).current.commentId }
                : {})
        }))
    ];
}
function guardrailsReport(plan, decisions) {
    const { context: ctx, next } = plan;
    const b = ctx.config.guardrails.budget;
    const breaker = next.breaker;
    const reopens = breaker.state === 'open' ? reopensAt(breaker) : undefined;
    const money = (n) => `$${n.toFixed(2)}`;
    return {
        breaker: {
            state: breaker.state,
            failed_ticks: breaker.failed_ticks,
            cooldown_minutes: breaker.cooldown_minutes,
            ...(reopens ? { reopens_at: reopens } : {}),
            transitions: plan.transitions
        },
        budgets: {
            in_flight: `${ctx.busy}/${b.max_in_flight}`,
            dispatches_in_window: `${ctx.recent}/${b.max_dispatches_per_day} in ${b.window_hours} h`,
            per_tick: `${b.max_dispatches_per_tick}`,
            tokens: `${ctx.usage.tokens}${b.max_total_tokens !== undefined ? ` of ${b.max_total_tokens}` : ''} in ${b.window_hours} h`,
            cost: `${money(ctx.usage.cost_usd)}${b.max_total_cost_usd !== undefined ? ` of ${money(b.max_total_cost_usd)}` : ''} in ${b.window_hours} h`,
            api: describeApiRoom(ctx.api)
        },
        counts: {
            in_flight: ctx.busy,
            max_in_flight: b.max_in_flight,
            recent: ctx.recent,
            max_recent: b.max_dispatches_per_day,
            window_hours: b.window_hours
        },
        ...reviewReport(ctx.review, ctx.config.guardrails.review),
        decisions,
        events: plan.events,
        frozen: plan.freezes.map(f => ({ issue: f.issue, reason: f.reason })),
        unfrozen: plan.unfrozen,
        usage: plan.usage
    };
}
/**
 * The wave: candidates through the guardrails' gate; supervised, approved work takes the room
 * first and what else would go is proposed on the dashboard.
 */
function waveOf(input, scope, classes, guards) {
    const { config, state } = input;
    const frozen = new Set(guards.freezes.map(f => f.issue));
    const supervised = config.dispatch.approval === 'wave';
    const approved = state.approved ?? {};
    const revOf = (t) => proposalRevision(t, scope.byNumber.get(t.issue));
    const isApproved = (t) => !supervised || approved[String(t.issue)] === revOf(t);
    const wanted = approvedFirst(candidates(scope, classes, frozen), isApproved);
    const decisions = gate(wanted.map(t => {
        const files = declaredFiles(input, t.issue);
        return {
            issue: t.issue,
            kind: t.kind,
            attempts: scope.attemptsUsed(t.issue) - (guards.next.issues[String(t.issue)]?.attempts_base ?? 0),
            ...(files ? { files } : {})
        };
    }), guards.context);
    const allowed = wanted.filter((_t, i) => decisions[i].allowed);
    const proposals = allowed
        .filter(t => !isApproved(t))
        .map(t => ({ issue: t.issue, title: t.title, kind: t.kind, rev: revOf(t) }));
    return { wanted, decisions, tasks: allowed.filter(isApproved), proposals, revOf };
}
/** Why each issue that could have gone did not: frozen, proposed, or refused by a rule. */
function skippedOf(guards, wave) {
    return [
        ...guards.freezes.map(f => ({ issue: f.issue, reason: `frozen: ${f.reason}` })),
        ...wave.proposals.map(p => ({
            issue: p.issue,
            reason: 'proposed: waits for approval on the dashboard (dispatch.approval: wave)'
        })),
        ...wave.decisions
            .filter(d => !d.allowed)
            .map(d => ({
            issue: d.issue,
            reason: `${d.kind === 'new' ? '' : 'fix not sent: '}${d.reason}`
        }))
    ];
}
/** Pull requests ready for a human, in the order to merge them. */
function readyOrder(view, facts) {
    return mergeOrder(view.flatMap(c => c.class === 'in-flight' && c.sub === 'ready-to-merge' && c.pull !== undefined
        ? [{ issue: c.issue, pull: c.pull }]
        : []), new Map(facts.scan.issues.map(i => [i.number, i.blockers])), facts.scan.pulls);
}
/** What the next tick starts from: approvals kept, the pause and the command log. */
function nextTickOf(state, wave) {
    const approved = state.approved ?? {};
    return {
        // Paused, nothing is a candidate: the approvals wait as they are.
        ...(state.paused
            ? Object.keys(approved).length
                ? { approved }
                : {}
            : nextApprovals(approved, new Map(wave.wanted.map(t => [t.issue, wave.revOf(t)])), new Set(wave.tasks.map(t => t.issue)))),
        ...(state.paused ? { paused: true } : {}),
        ...(state.paused_by ? { paused_by: state.paused_by } : {}),
        ...(state.commands ? { commands: state.commands } : {})
    };
}
function planTick(raw) {
    const commands = planCommands(raw.facts.dashboard, raw.facts.now);
    const { input, unlabel } = withCommands(raw, commands);
    const { facts, config, state } = input;
    const scope = scopeOf(input);
    const paused = state.paused === true;
    const classes = classifyAll(scope, paused);
    // What each issue is, pause aside: the dashboard shows it while the loop is paused too.
    const view = paused ? classifyAll(scope, false) : classes;
    const releases = [...scope.views.values()].flatMap(v => (v.release ? [v.release] : []));
    const guards = planGuards({ ...scope, classes });
    const wave = waveOf(input, scope, classes, guards);
    const { tasks, proposals, decisions } = wave;
    const errors = dispatchConfigProblems(config, input.configFile);
    const ctx = guards.context;
    const titled = (c) => ({ ...c, title: scope.byNumber.get(c.issue).title });
    const reviews = reviewsOf(scope, classes, paused);
    const freezes = [...guards.freezes, ...reviews.freezes];
    return {
        status: tickStatus(paused, guards.allowance.kind === 'none', tasks.length, classes, proposals.length),
        issues: classes.map(titled),
        wave: tasks,
        reviewWave: reviews.wave,
        mergeOrder: readyOrder(view, facts),
        skipped: [...skippedOf(guards, wave), ...reviews.skipped],
        limits: {
            free_slots: config.guardrails.budget.max_in_flight - ctx.busy,
            per_tick: config.guardrails.budget.max_dispatches_per_tick,
            day_left: config.guardrails.budget.max_dispatches_per_day - ctx.recent,
            api_room: ctx.api.dispatches
        },
        disagreements: labelDisagreements(facts.scan.issues),
        ignoredPulls: facts.ignoredPulls,
        duplicates: [...scope.duplicates].map(([issue, d]) => ({ issue, ...d })),
        releases,
        operations: errors.length
            ? []
            : [
                ...unlabel.map(issue => ({ op: 'unfreeze', issue })),
                ...operationsOf(scope, classes, releases, freezes, tasks)
            ],
        errors,
        notices: [...(facts.roadmapProblem ? [facts.roadmapProblem] : []), ...behindNotice(facts)],
        api: {
            remaining: facts.rate.core.remaining,
            limit: facts.rate.core.limit,
            reserve: config.api.reserve,
            reset_at: facts.rate.core.resetAt,
            points: {
                remaining: facts.rate.graphql.remaining,
                limit: facts.rate.graphql.limit,
                reset_at: facts.rate.graphql.resetAt
            }
        },
        guardrails: guardrailsReport(guards, decisions),
        nextGuardrails: guards.next,
        claimedAttempts: (0,tick/* attemptsFromClaims */.ES)(facts.claims, scope.trust.isLoop),
        view: view.map(titled),
        commands,
        proposals: paused ? [] : proposals,
        approvalsUsed: config.dispatch.approval === 'wave'
            ? Object.fromEntries(tasks.map(t => [String(t.issue), wave.revOf(t)]))
            : {},
        nextTick: {
            ...nextTickOf(state, wave),
            ...(Object.keys(reviews.records).length ? { reviews: reviews.records } : {})
        }
    };
}
/** The approvals the next tick keeps (state.approved), or nothing when none is left. */
function nextApprovals(approved, current, dispatched) {
    const kept = keptApprovals(approved, current, dispatched);
    return Object.keys(kept).length ? { approved: kept } : {};
}
function tickStatus(paused, breakerOpen, dispatched, classes, proposed = 0) {
    if (paused)
        return 'paused';
    if (breakerOpen)
        return 'breaker-open';
    if (dispatched)
        return 'dispatched';
    if (proposed)
        return 'awaiting-approval';
    return classes.some(c => c.class === 'needs-human' || c.sub === 'review-needs-human')
        ? 'needs-human'
        : 'no-ready-work';
}

;// CONCATENATED MODULE: ./src/tick/after-apply.ts
/**
 * What a tick decides once its writes are done (pure): the breaker moved by how the dispatches
 * went, a guard opened for each issue that got an attempt (it is judged from what it looked like
 * then), the attempts recorded and pruned to the window, and the tick's status. The mode applies
 * nothing here; it saves `next` and reports `outcome` with `plan`.
 */




function afterApply(input) {
    const { plan, applied, known, moved, now } = input;
    const b = moved.breaker;
    const reopens = b.state === 'open' ? reopensAt(b) : undefined;
    const reported = {
        ...plan,
        guardrails: {
            ...plan.guardrails,
            breaker: {
                state: b.state,
                failed_ticks: b.failed_ticks,
                cooldown_minutes: b.cooldown_minutes,
                ...(reopens ? { reopens_at: reopens } : {}),
                transitions: [...plan.guardrails.breaker.transitions, ...moved.transitions]
            }
        }
    };
    const guards = { ...plan.nextGuardrails.issues };
    // Judge from here: what the issue looked like when this attempt went out.
    for (const t of applied.dispatched)
        guards[String(t.issue)] ??= {
            streak: 0,
            judged: 0,
            attempts_base: 0,
            last: {},
            updated_at: now.toISOString()
        };
    const went = new Set([...applied.dispatched, ...applied.unconfirmed].map(t => t.issue));
    const approved = unspentApprovals(known.approved, plan.approvalsUsed, went);
    const { approved: _spent, ...rest } = known;
    const next = {
        tick: (0,tick/* pruneAttempts */.he)((0,tick/* withAttempts */.dP)({ ...rest, ...(approved ? { approved } : {}) }, applied.attempts), new Set(plan.issues.map(i => i.issue)), now.getTime() - input.windowHours * 3600_000),
        guardrails: { ...plan.nextGuardrails, issues: guards, breaker: b }
    };
    const outcome = {
        defaultBranch: input.defaultBranch,
        status: tickStatus(plan.nextTick.paused === true, b.state === 'open', applied.dispatched.length, plan.issues, plan.proposals.length),
        dryRun: false,
        sent: applied.dispatched,
        skipped: [...plan.skipped, ...applied.skipped, ...applied.failed, ...applied.unconfirmed],
        applied
    };
    return { plan: reported, next, outcome };
}

;// CONCATENATED MODULE: ./src/loop/event-actors.ts

/** Events whose run is the repository's own, whoever its actor is. */
const OWN_EVENTS = ['schedule', 'workflow_dispatch'];
/** The logins a run acts as: the run's actor, a re-run's actor and the event's sender. */
function eventActors(context) {
    if (OWN_EVENTS.includes(context.eventName))
        return [];
    const sender = context.payload.sender?.login;
    const logins = [
        context.actor,
        context.triggeringActor,
        typeof sender === 'string' ? sender : undefined
    ];
    const seen = new Set();
    return logins.filter((l) => {
        if (!l || seen.has(l.toLowerCase()))
            return false;
        seen.add(l.toLowerCase());
        return true;
    });
}
/** A login is a bot by its suffix: GitHub names every App's actor `<slug>[bot]`. */
const isBotLogin = (login) => login.toLowerCase().endsWith('[bot]');
/** Which of the actors need their repository role read: people, not bots nor the loop itself. */
function actorsToLookUp(actors, trust) {
    return actors.filter(a => !trust.isLoop(a) && !isBotLogin(a));
}
/**
 * Obey the event only if every actor is the loop's own identity or a person who can write.
 * Bots other than the loop's (Dependabot, another App) are refused: their runs get a read-only
 * token and no secrets, and the agents refuse them.
 */
function judgeEventActors(actors, roles, trust) {
    const refused = [];
    for (const login of actors) {
        if (trust.isLoop(login))
            continue;
        if (isBotLogin(login)) {
            refused.push({
                login,
                reason: `${login} is a bot that is not the loop's (list it in trust.bot_logins if it is yours)`
            });
            continue;
        }
        const role = roles.get(login) ?? 'none';
        if (!(0,loop_trust/* canWrite */._4)(role))
            refused.push({ login, reason: `${login} cannot write to the repository (role: ${role})` });
    }
    return { obeyed: refused.length === 0, refused };
}

;// CONCATENATED MODULE: ./src/tick/event-gate.ts

const IGNORED_EVENT_STATUS = 'ignored';
/** The result of a tick whose event is not obeyed, or undefined when it is. */
async function refusedEvent(env) {
    const actors = eventActors(env.context);
    if (!actors.length)
        return undefined;
    const trust = await env.trust();
    const roles = new Map();
    for (const login of actorsToLookUp(actors, trust))
        roles.set(login, await env.github.permission(login));
    const verdict = judgeEventActors(actors, roles, trust);
    if (verdict.obeyed)
        return undefined;
    const why = verdict.refused.map(r => r.reason).join('; ');
    env.logger.warning(`This ${env.context.eventName} event is not obeyed: ${why}. Nothing is dispatched or reviewed; the next scheduled tick looks at the loop.`);
    return {
        status: IGNORED_EVENT_STATUS,
        outputs: {
            wave: '[]',
            'review-wave': '[]',
            dispatched: '0',
            fixes: '0',
            ready: '0',
            'in-flight': '0'
        },
        report: { event: env.context.eventName, ignored: true, refused: verdict.refused },
        summary: [
            '## Delivery Loop · tick',
            '',
            `Status: **${IGNORED_EVENT_STATUS}** — this \`${env.context.eventName}\` event was started by someone the loop does not obey, so this tick wrote nothing and sends no work:`,
            '',
            ...verdict.refused.map(r => `- ${r.reason}`),
            '',
            'The next scheduled tick looks at the loop as usual.'
        ].join('\n')
    };
}

// EXTERNAL MODULE: ./src/discover/excerpt.ts
var discover_excerpt = __webpack_require__(706);
// EXTERNAL MODULE: ./src/github/labels.ts
var github_labels = __webpack_require__(7448);
// EXTERNAL MODULE: ./src/loop/claims.ts
var loop_claims = __webpack_require__(8461);
;// CONCATENATED MODULE: ./src/tick/apply.ts







function claimText(task, marker, adapter, run) {
    const what = marker.phase === 'claiming'
        ? 'is claiming this issue'
        : marker.phase === 'dispatching'
            ? 'is handing this issue to its worker (the attempt counts from here)'
            : marker.phase === 'released'
                ? 'released its claim on this issue'
                : task.kind === 'new'
                    ? 'dispatched this issue'
                    : 'sent this back to its worker with a recovery brief';
    return `${(0,markers/* claimMarker */.Bs)(marker)}\nDelivery Loop ${what} (attempt ${task.attempt}, adapter \`${adapter}\`, branch \`${task.branch}\`) in [run ${run.id}](${run.url}). A human merges the pull request.`;
}
/** Why a task may no longer go, from the issue as it is now; undefined when it may. */
async function staleReason(ctx, task, mayBeClaimed) {
    const fresh = await ctx.github.getIssue(task.issue);
    if (!fresh || fresh.state !== 'OPEN')
        return 'closed since the scan: skipped';
    if ((0,labels/* heldBy */.Vr)(fresh.labels).length || (0,labels/* needsHuman */.tv)(fresh.labels))
        return 'held or marked needs-human since the scan: skipped';
    if (!mayBeClaimed && (0,labels/* hasLabel */.RX)(fresh.labels, labels/* LABEL_CLAIM */.YQ))
        return 'claimed since the scan: skipped';
    return undefined;
}
/**
 * Claims of other runs that still hold (being made by a live run, or a fix for this very head),
 * and claims whose run died while making them — those the applier releases.
 */
async function otherClaims(ctx, task, claims, settled) {
    const lease = ctx.config.dispatch.lease_minutes * 60_000;
    const dead = [];
    for (const c of claims) {
        const m = c.marker;
        if (!ctx.trust.isLoop(c.author) || m.phase === 'released')
            continue;
        // Judged over by the plan (a stalled attempt): only a newer claim can hold the issue now.
        if (settled !== undefined && c.commentId <= settled)
            continue;
        const live = ctx.now().getTime() - Date.parse(c.createdAt) < lease;
        if (task.kind !== 'new' && m.kind !== 'new' && m.head === task.headSha && live)
            return {
                holder: `a fix for head ${task.headSha?.slice(0, 7)} was already sent (attempt ${m.attempt})`,
                dead
            };
        if (m.run === ctx.run.id || ctx.now().getTime() - Date.parse(c.createdAt) >= lease)
            continue;
        // Another run finished claiming it between our scan and this re-read: it is taken.
        if (m.phase === 'dispatched' || m.phase === 'dispatching') {
            if (task.kind === 'new')
                return { holder: `run ${m.run ?? '(unknown)'} dispatched it`, dead };
            continue;
        }
        const run = m.run && /^\d+$/.test(m.run) ? await ctx.github.getRun(Number(m.run)) : undefined;
        if (run?.status === 'completed' && run.conclusion !== 'success') {
            dead.push(c);
            continue;
        }
        return { holder: `run ${m.run ?? '(unknown)'} is claiming it`, dead };
    }
    return { dead };
}
async function recoveryExcerpt(ctx, task) {
    const check = task.failedCheck;
    if (check?.id === undefined)
        return '';
    try {
        const excerpt = (0,discover_excerpt/* logExcerpt */.s)(await ctx.github.jobLog(check.id), 2048);
        return `\n\nLog of \`${check.name}\` around its first error:\n\n${excerpt.markdown}`;
    }
    catch (error) {
        // Checks that are not Actions jobs have no log here; the brief names the checks only.
        ctx.logger.debug(`no log for check ${check.name}: ${error.message}`);
        return '';
    }
}
/** Lock, recover, dispatch, confirm. Returns why the task did not go, or undefined when it went. */
async function dispatchOne(ctx, adapter, task, mayBeClaimed, settled) {
    const { github } = ctx;
    const stale = await staleReason(ctx, task, mayBeClaimed);
    if (stale)
        return stale;
    const before = await (0,loop_claims/* claimsOn */.R)(github, task.issue);
    const others = await otherClaims(ctx, task, before, settled);
    if (others.holder)
        return `${others.holder}: skipped`;
    for (const c of others.dead)
        await markReleased(ctx, task.issue, c.commentId, `run ${c.marker.run} ended before it dispatched: no attempt charged`);
    const seen = Math.max(0, ...before.map(c => c.commentId));
    const marker = {
        attempt: task.attempt,
        branch: task.branch,
        run: ctx.run.id,
        kind: task.kind,
        phase: 'claiming',
        ...(task.headSha ? { head: task.headSha } : {})
    };
    const mine = await github.createComment(task.issue, claimText(task, marker, adapter.name, ctx.run));
    const rival = (await (0,loop_claims/* claimsOn */.R)(github, task.issue)).find(c => c.commentId > seen &&
        c.commentId < mine &&
        c.marker.run !== ctx.run.id &&
        c.marker.phase !== 'released' &&
        ctx.trust.isLoop(c.author));
    if (rival) {
        await github.deleteComment(mine);
        return `run ${rival.marker.run ?? '(unknown)'} claimed it a moment earlier: skipped`;
    }
    if (task.recovery)
        await github.createComment(task.issue, (0,markers/* recoveryComment */.n_)(`${task.recovery}${await recoveryExcerpt(ctx, task)}`));
    await github.addLabels(task.issue, [labels/* LABEL_CLAIM */.YQ]);
    // Recorded before the adapter runs: if anything fails after it may have dispatched (its answer
    // lost, this rewrite's, the run itself), the claim still says so and the attempt is charged.
    await github.updateComment(mine, claimText(task, { ...marker, phase: 'dispatching' }, adapter.name, ctx.run));
    let handed;
    try {
        handed = await adapter.dispatch(task);
    }
    catch (error) {
        // GitHub may have applied it: the claim stays `dispatching` and the attempt counts.
        if (error instanceof errors/* UnconfirmedWriteError */.gp)
            throw error;
        // A refusal: the claim must not hold an issue no worker got (best effort; the error matters).
        const released = { ...marker, phase: 'released' };
        await github
            .updateComment(mine, claimText(task, released, adapter.name, ctx.run))
            .catch(() => undefined);
        if (task.kind === 'new')
            await github.removeLabel(task.issue, labels/* LABEL_CLAIM */.YQ).catch(() => undefined);
        throw error;
    }
    // The worker's run, when known: once it has ended with no pull request, the attempt is over.
    const worker = handed?.workerRun !== undefined ? { worker: String(handed.workerRun) } : {};
    await github
        .updateComment(mine, claimText(task, { ...marker, phase: 'dispatched', ...worker }, adapter.name, ctx.run))
        .catch((error) => 
    // The dispatch happened; `dispatching` already counts it. Only the wording is stale.
    ctx.logger.warning(`#${task.issue}: the claim could not say "dispatched": ${error.message}`));
    return undefined;
}
/** Rewrite a claim comment as released, keeping what it said and adding why. */
async function markReleased(ctx, issue, commentId, reason) {
    const comment = (await ctx.github.listComments(issue)).find(c => c.id === commentId);
    const marker = comment ? (0,markers/* parseClaim */.Ed)(comment.body) : undefined;
    if (!comment || !marker)
        return;
    const rest = comment.body.split('\n').slice(1);
    await ctx.github.updateComment(commentId, [(0,markers/* claimMarker */.Bs)({ ...marker, phase: 'released' }), ...rest, '', `Released: ${reason}.`].join('\n'));
}
async function releaseClaim(ctx, release) {
    await markReleased(ctx, release.issue, release.commentId, release.reason);
    if (release.labelled)
        await ctx.github.removeLabel(release.issue, labels/* LABEL_CLAIM */.YQ);
}
/** Label the issue needs-human and post the one comment that says why. */
async function freezeIssue(ctx, freeze) {
    await new github_labels/* LabelEnsurer */.Z(ctx.github).ensure([labels/* LABEL_NEEDS_HUMAN */.$X]);
    await ctx.github.addLabels(freeze.issue, [labels/* LABEL_NEEDS_HUMAN */.$X]);
    await ctx.github.createComment(freeze.issue, freeze.comment);
    ctx.logger.warning(`#${freeze.issue} frozen (needs-human): ${freeze.reason}`);
}
function attemptRecord(ctx, task, adapter) {
    return {
        at: ctx.now().toISOString(),
        attempt: task.attempt,
        branch: task.branch,
        adapter,
        run: ctx.run.id,
        kind: task.kind,
        ...(task.headSha ? { head_sha: task.headSha } : {})
    };
}
async function applyTick(ctx, operations) {
    const result = {
        dispatched: [],
        skipped: [],
        released: [],
        failed: [],
        unconfirmed: [],
        attempts: [],
        updated: []
    };
    const adapter = createAdapter(ctx.config, ctx.github, ctx.defaultBranch);
    for (const operation of operations) {
        if (operation.op === 'release-claim') {
            await releaseClaim(ctx, operation.release);
            result.released.push(operation.release);
            ctx.logger.info(`#${operation.release.issue}: ${operation.release.reason}`);
            continue;
        }
        if (operation.op === 'ensure-label') {
            await new github_labels/* LabelEnsurer */.Z(ctx.github).ensure([operation.label]);
            continue;
        }
        if (operation.op === 'freeze') {
            await freezeIssue(ctx, operation.freeze);
            continue;
        }
        if (operation.op === 'update-branch') {
            // The plan makes these only when there is a push port.
            const outcome = await ctx.push.updateBranch(operation.pull, operation.headSha);
            result.updated.push({ pull: operation.pull, outcome });
            ctx.logger.info(`pull request #${operation.pull} behind its base: ${outcome}`);
            continue;
        }
        if (operation.op === 'unfreeze') {
            // Retried from the dashboard: the label goes; the plan already cleared the streak.
            await ctx.github.removeLabel(operation.issue, labels/* LABEL_NEEDS_HUMAN */.$X);
            continue;
        }
        const { task } = operation;
        let why;
        try {
            why = await dispatchOne(ctx, adapter, task, operation.mayBeClaimed, operation.settled);
        }
        catch (error) {
            if (error instanceof AssignRefusedError) {
                result.failure = error.message;
                ctx.logger.error(error.message);
                break;
            }
            // It may have gone: the attempt is charged and never sent twice; the lease settles it.
            if (error instanceof errors/* UnconfirmedWriteError */.gp) {
                const reason = `may have been dispatched (GitHub's answer was lost): counted as attempt ${task.attempt}, not sent again — ${error.message}`;
                result.unconfirmed.push({ issue: task.issue, reason });
                result.attempts.push({ issue: task.issue, record: attemptRecord(ctx, task, adapter.name) });
                ctx.logger.warning(`#${task.issue} ${reason}`);
                continue;
            }
            // A dispatch GitHub refused after retries: the claim is released, the breaker counts it.
            if (!(error instanceof errors/* ApiError */.hD))
                throw error;
            result.failed.push({ issue: task.issue, reason: error.message });
            ctx.logger.error(`#${task.issue} was not dispatched: ${error.message}`);
            continue;
        }
        if (why) {
            result.skipped.push({ issue: task.issue, reason: why });
            continue;
        }
        result.dispatched.push(task);
        result.attempts.push({ issue: task.issue, record: attemptRecord(ctx, task, adapter.name) });
        ctx.logger.info(`dispatched #${task.issue} (${task.kind}, attempt ${task.attempt}, ${task.branch})`);
    }
    return result;
}

// EXTERNAL MODULE: ./src/roadmap/source.ts
var source = __webpack_require__(5959);
// EXTERNAL MODULE: ./src/events.ts
var events = __webpack_require__(5694);
// EXTERNAL MODULE: ./src/roadmap/compile-roadmap.ts + 6 modules
var compile_roadmap = __webpack_require__(2615);
// EXTERNAL MODULE: ./src/roadmap/text.ts
var roadmap_text = __webpack_require__(7757);
// EXTERNAL MODULE: ./src/loop/work.ts
var loop_work = __webpack_require__(4841);
// EXTERNAL MODULE: ./src/state/mirror.ts
var mirror = __webpack_require__(6098);
;// CONCATENATED MODULE: ./src/tick/scan.ts


/** The labels account for the native blockers: as many, and as many of them open. */
function labelsAccount(issue, labelled, blockers) {
    const open = labelled.filter(b => blockers.get(b)?.state === 'OPEN').length;
    return labelled.length === issue.dependencies.total && open === issue.dependencies.open;
}
/** Waiting on an open blocker and touched by nothing: its comments cannot matter this tick. */
function waiting(issue, labelled, blockers, pulled) {
    const blocked = issue.dependencies.open > 0 || labelled.some(b => blockers.get(b)?.state === 'OPEN');
    return (blocked &&
        !(0,labels/* hasLabel */.RX)(issue.labels, labels/* LABEL_CLAIM */.YQ) &&
        !(0,labels/* needsHuman */.tv)(issue.labels) &&
        !pulled.has(issue.number));
}
function stateOf(b) {
    return { databaseId: b.databaseId, state: b.state, stateReason: b.stateReason };
}
async function scanLoop(github, label) {
    const nodes = await github.scanOpenIssues(label);
    const pulls = (await github.scanOpenPulls()).map(loop_pulls/* pullFacts */.RE);
    const labelled = new Map(nodes.map(n => [n.number, (0,labels/* blockersFromLabels */.Dx)(n.labels)]));
    // Blockers named by a label: their state in one aliased query per 100.
    const named = [...new Set([...labelled.values()].flat())];
    const blockers = named.length ? await github.lookupIssues(named) : new Map();
    // Any open pull request that names an issue (closing reference or loop branch) touches it.
    const pulled = new Set(pulls.flatMap(p => [...(p.works ?? []), ...p.closes, (0,loop_pulls/* issueOfBranch */.Lr)(p.headRef) ?? 0]));
    const requests = nodes.map(n => {
        const own = labelled.get(n.number);
        return {
            number: n.number,
            comments: !waiting(n, own, blockers, pulled),
            blockedBy: n.dependencies.total > 0 && !labelsAccount(n, own, blockers)
        };
    });
    const details = await github.issueDetails(requests);
    const issues = nodes.map(n => {
        const read = details.get(n.number);
        for (const b of read?.blockedBy ?? [])
            blockers.set(b.number, stateOf(b));
        const own = labelled.get(n.number);
        // Unread natives are the labelled ones (they account for them); none when there are none.
        const native = read?.blockedBy
            ? read.blockedBy.map(b => b.number)
            : n.dependencies.total
                ? own
                : [];
        return {
            ...n,
            blockers: [...new Set([...own, ...native])],
            nativeBlockers: native,
            comments: read?.comments ?? []
        };
    });
    return { issues, pulls, blockers };
}

;// CONCATENATED MODULE: ./src/tick/facts.ts
/**
 * Step 1 of a tick: gather the facts (reads only, plain data). Everything the plan decides on is
 * here; nothing here decides anything.
 */













/** The dashboard and, when a box is ticked, who ticked it and what they may do. */
async function dashboardFacts(env, trust) {
    // The state store read the dashboard a moment ago; read it here only when it did not.
    const { issue, ignored } = env.dashboard !== undefined
        ? { issue: env.dashboard ?? undefined, ignored: [] }
        : await (0,mirror/* findDashboard */.ex)(env.github, trust);
    if (!issue)
        return undefined;
    const event = (0,events/* issuesEvent */.vo)(env.context);
    const edited = event?.action === 'edited' && event.issue?.number === issue.number;
    const actor = (edited ? event.sender?.login : issue.editor) ?? null;
    const ticked = (0,markers/* commandBoxes */.LG)(issue.body).some(b => b.ticked);
    return {
        number: issue.number,
        body: issue.body,
        actor,
        ...(ticked && actor ? { permission: await env.github.permission(actor) } : {}),
        ignored
    };
}
/** The claim comments among `comments` (who wrote them is the plan's to check). */
/** Roadmap order for sorting ready issues: from the checkout on the default branch, or the API. */
/**
 * The last roadmap compiled, by file and text: a run reads it once, but the forecast ticks
 * hundreds of times a run over the same text, and parsing is most of a tick's time there.
 */
let lastCompiled;
function compiledOnce(text, file) {
    if (lastCompiled?.file !== file || lastCompiled.text !== text)
        lastCompiled = { file, text, compiled: (0,compile_roadmap/* compileRoadmap */.u)(text, file) };
    return lastCompiled.compiled;
}
async function roadmapRank(env, defaultBranch) {
    const file = env.inputs.roadmapPath;
    const bytes = (await (0,source/* readRoadmapSource */.K)(env.github, env.context, file, {
        of: 'default-branch',
        branch: defaultBranch
    }))?.bytes;
    if (!bytes)
        return { rank: new Map() };
    let text;
    try {
        text = (0,roadmap_text/* roadmapText */.g)(bytes, file);
    }
    catch (error) {
        return {
            rank: new Map(),
            problem: `${error.message}; ready issues are ordered by priority and age only`
        };
    }
    let compiled;
    try {
        compiled = compiledOnce(text, file);
    }
    catch (error) {
        // Ordering is a nicety: a roadmap the parser chokes on never stops the loop.
        return {
            rank: new Map(),
            problem: `${file} could not be read as a roadmap (${error.message}); ready issues are ordered by priority and age only`
        };
    }
    if (compiled.diagnostics.length)
        return {
            rank: new Map(),
            problem: `${file} is invalid (${compiled.diagnostics.length} error(s), the first at line ${compiled.diagnostics[0].line}: ${compiled.diagnostics[0].message}); ready issues are ordered by priority and age only`
        };
    return {
        rank: new Map(compiled.order.map((id, i) => [id, i])),
        files: new Map(compiled.roadmap.slices.flatMap(s => (s.files ? [[s.id, s.files]] : [])))
    };
}
/**
 * One compare per conflicting loop pull request whose head has no conflict attempt yet: the
 * recovery brief's "what changed on the base". Nothing on a tick without new conflicts.
 */
async function conflictFacts(env, scan, defaultBranch) {
    const sent = new Set(Object.values((0,tick/* tickStateOf */.YZ)(env.state).attempts)
        .flat()
        .flatMap(a => (a.kind === 'conflict' && a.head_sha ? [a.head_sha] : [])));
    const out = new Map();
    if (!env.config.dispatch.fix_wave)
        return out;
    for (const p of scan.pulls) {
        if (p.owner !== 'loop' || !(0,loop_pulls/* isConflicting */.PJ)(p) || sent.has(p.headSha))
            continue;
        // The comparison is a nicety of the brief: GitHub failing to answer it (a 5xx, a timeout, a
        // huge diff) sends the task without it, never fails the tick or moves the breaker.
        const comparison = await env.github.compareCommits(p.headSha, defaultBranch).catch(error => {
            env.logger.warning(`#${p.number}: could not compare ${p.headSha.slice(0, 7)} with ${defaultBranch} (${error.message}); its conflict brief goes without what the base changed`);
            return undefined;
        });
        if (comparison)
            out.set(p.number, comparison);
    }
    return out;
}
/**
 * One read per pull request the reviewer failed and the loop has not sent back for that head:
 * nothing on a quiet tick, and at most the in-flight budget when fixes are due.
 */
async function reviewFindings(env, scan, trust) {
    const sent = new Set(Object.values((0,tick/* tickStateOf */.YZ)(env.state).attempts)
        .flat()
        .flatMap(a => (a.kind === 'review-fix' && a.head_sha ? [a.head_sha] : [])));
    const findings = new Map();
    for (const p of scan.pulls) {
        if (p.verdict !== 'fail' || !trust.isLoop(p.verdictApp) || !p.verdictCheckId)
            continue;
        if (sent.has(p.headSha))
            continue;
        const summary = await env.github.checkRunSummary(p.verdictCheckId);
        if (summary)
            findings.set(p.number, summary);
    }
    return findings;
}
/**
 * The loop's pull requests closed or merged lately, read only when a token or cost cap counts
 * spend, or review pacing needs the pace people merge at (one query): a worker's record on a
 * pull request merged before any tick saw it is charged too. A fork's, or one nobody trusted
 * opened, is never read for usage nor counted as a merge.
 */
async function closedLoopPulls(env, trust) {
    const b = env.config.guardrails.budget;
    const pacing = env.config.guardrails.review.max_wait_hours !== undefined;
    if (b.max_total_cost_usd === undefined && b.max_total_tokens === undefined && !pacing)
        return [];
    const closed = await env.github.recentClosedPulls();
    // As for open ones (loop/work.ts): this repository's loop branch of the issue it closes, opened
    // by someone the loop trusts.
    return closed.filter(p => {
        const issue = (0,loop_pulls/* issueOfBranch */.Lr)(p.headRef);
        return (!p.crossRepository &&
            issue !== undefined &&
            p.closes.includes(issue) &&
            trust.isTrustedAuthor(p.author, p.authorAssociation));
    });
}
async function gatherTickFacts(env, now) {
    const { github, context } = env;
    const repository = await github.repository();
    const scanned = await scanLoop(github, labels/* LABEL_UNIT */.eQ);
    const viewer = await github.viewerLogin();
    const trust = await env.trust();
    // Only the loop's own work (and trusted humans') goes on: the rest is reported, nothing more.
    const work = (0,loop_work/* loopWork */.I)(scanned.pulls, (0,loop_work/* workPolicy */.o)(trust, env.config));
    const scan = { ...scanned, pulls: work.pulls };
    const { rank, files, problem } = await roadmapRank(env, repository.defaultBranch);
    // Claims are GitHub facts, read with the scan (the newest comments of each issue), so losing
    // state never re-dispatches an in-flight issue nor forgets an attempt.
    const claims = new Map();
    for (const i of scan.issues) {
        const found = (0,loop_claims/* claimsIn */.h)(i.comments);
        if (found.length)
            claims.set(i.number, found);
    }
    const claimRuns = new Map();
    // A claim still being made by another run: is that run alive? (rare: a race, or a run that died)
    // A matrix worker runs in its tick's run: once that run has ended, so has the attempt.
    // The workflow adapter's worker runs on its own, and its claim names that run (`worker=`).
    const adapter = env.config.dispatch.adapter;
    const withPull = new Set(scan.pulls.flatMap(p => p.works ?? []));
    for (const [issue, list] of claims) {
        // Only the loop's own claims: anyone can paste a claim marker into a comment, and each one
        // named here costs a request.
        const c = list.filter(x => x.marker.phase !== 'released' && trust.isLoop(x.author)).at(-1);
        if (!c)
            continue;
        const waiting = c.marker.kind === 'new' && !withPull.has(issue);
        const run = c.marker.phase === 'claiming' || adapter === 'matrix'
            ? c.marker.run
            : adapter === 'workflow'
                ? c.marker.worker
                : undefined;
        if (!run || run === context.runId || claimRuns.has(run) || !/^\d+$/.test(run))
            continue;
        if (c.marker.phase === 'claiming' || waiting)
            claimRuns.set(run, await github.getRun(Number(run)));
    }
    const dashboard = await dashboardFacts(env, trust);
    const findings = await reviewFindings(env, scan, trust);
    const conflicts = await conflictFacts(env, scan, repository.defaultBranch);
    const closedPulls = await closedLoopPulls(env, trust);
    const rate = await github.rateLimit();
    return {
        now,
        closedPulls,
        run: {
            id: context.runId,
            url: (0,src_context/* runUrl */.Vp)(context)
        },
        repository,
        viewer,
        scan,
        ignoredPulls: work.ignored,
        rank,
        files: files ?? new Map(),
        canUpdateBranches: env.push !== undefined,
        ...(problem ? { roadmapProblem: problem } : {}),
        claims,
        claimRuns,
        rate,
        findings,
        conflicts,
        ...(dashboard ? { dashboard } : {})
    };
}

// EXTERNAL MODULE: ./src/dashboard/render.ts
var render = __webpack_require__(9650);
;// CONCATENATED MODULE: ./src/tick/report.ts
/** The tick's outputs, JSON report and job summary, rendered from the plan and what was applied. */

/**
 * One entry of the `wave` output: what a `strategy.matrix` worker job needs. `ref` is what the
 * worker checks out — the default branch for new work, the pull request's branch for a fix or a
 * conflict — and `base` the default branch (a conflict task merges it into `ref`), said here
 * because a workflow cannot always tell (a scheduled run's event names no repository, so
 * `github.event.repository.default_branch` is empty there).
 */
function waveEntry(t, defaultBranch) {
    return {
        issue: t.issue,
        branch: t.branch,
        ref: t.kind === 'new' ? defaultBranch : t.branch,
        base: defaultBranch,
        attempt: t.attempt,
        kind: t.kind,
        title: t.title,
        ...(t.pull !== undefined ? { pull: t.pull } : {})
    };
}
function tickOutputs(plan, outcome) {
    const count = (cls) => plan.issues.filter(c => c.class === cls).length;
    return {
        wave: JSON.stringify(outcome.sent.map(t => waveEntry(t, outcome.defaultBranch))),
        'review-wave': JSON.stringify(plan.reviewWave),
        dispatched: String(outcome.sent.filter(t => t.kind === 'new').length),
        fixes: String(outcome.sent.filter(t => t.kind !== 'new').length),
        ready: String(count('ready') + count('stalled')),
        'in-flight': String(count('in-flight'))
    };
}
function tickReport(plan, outcome) {
    const sent = outcome.sent.map(t => waveEntry(t, outcome.defaultBranch));
    return {
        issues: plan.issues,
        wave: sent.filter(t => t.kind === 'new'),
        fix_wave: sent.filter(t => t.kind !== 'new'),
        review_wave: plan.reviewWave,
        merge_order: plan.mergeOrder,
        skipped: outcome.skipped,
        limits: plan.limits,
        disagreements: plan.disagreements,
        ignored_pulls: plan.ignoredPulls,
        duplicates: plan.duplicates,
        released_claims: outcome.applied?.released ?? plan.releases,
        notices: plan.notices,
        api: plan.api,
        guardrails: plan.guardrails,
        commands: plan.commands.records,
        ...(outcome.applied?.updated.length ? { updated_branches: outcome.applied.updated } : {}),
        ...(outcome.applied?.failed.length ? { failed: outcome.applied.failed } : {}),
        ...(outcome.applied?.unconfirmed.length ? { unconfirmed: outcome.applied.unconfirmed } : {})
    };
}
function tickSummary(plan, outcome) {
    const rows = plan.issues.map(c => [
        `#${c.issue}`,
        (0,markdown/* cell */.Hn)((0,markdown/* neutralizeMentions */.tI)(c.title), 60),
        c.sub ? `${c.class} (${c.sub})` : c.class,
        (0,markdown/* cell */.Hn)((0,markdown/* neutralizeMentions */.tI)(c.reason), 140)
    ]);
    const section = (title, body) => body.length ? [`### ${title}`, '', ...body, ''] : [];
    return [
        '## Delivery Loop · tick',
        '',
        `Status: **${outcome.status}**${outcome.dryRun ? ' (dry run: nothing was written)' : ''} · ${outcome.sent.length} dispatched · ${plan.reviewWave.length} awaiting review`,
        '',
        ...section('Wave', outcome.sent.length
            ? [
                (0,markdown/* table */.tp)(['issue', 'kind', 'branch', 'attempt'], outcome.sent.map(w => [`#${w.issue}`, w.kind, `\`${w.branch}\``, String(w.attempt)]))
            ]
            : []),
        ...section('Not dispatched', outcome.skipped.length
            ? [
                (0,markdown/* table */.tp)(['issue', 'why'], outcome.skipped.map(s => [`#${s.issue}`, (0,markdown/* cell */.Hn)(s.reason)]))
            ]
            : []),
        ...guardrailsSection(plan),
        ...section('Duplicates', plan.duplicates.map(d => `- #${d.issue} repeats #${d.of} (marker \`${d.marker}\`): never dispatched`)),
        ...section("Ignored: not the loop's pull requests", plan.ignoredPulls.map(p => `- PR #${p.pull} (names ${p.issues.map(n => `#${n}`).join(', ')}): ${(0,markdown/* cell */.Hn)((0,markdown/* neutralizeMentions */.tI)(p.reason))}`)),
        ...section('Released claims', (outcome.applied?.released ?? plan.releases).map(r => `- #${r.issue}: ${(0,markdown/* cell */.Hn)(r.reason)}`)),
        '### Issues',
        '',
        rows.length
            ? (0,markdown/* table */.tp)(['issue', 'title', 'state', 'reason'], rows)
            : '_No open issue is labelled delivery:unit._'
    ].join('\n');
}
/** Every guardrail decision with the numbers behind it. */
function guardrailsSection(plan) {
    const g = plan.guardrails;
    const b = g.breaker;
    const breaker = b.state === 'closed'
        ? `closed (${b.failed_ticks} failed tick(s) in a row)`
        : b.state === 'open'
            ? `**open** until ${b.reopens_at ?? '?'} (cooldown ${b.cooldown_minutes} min)`
            : `half-open: one probe (cooldown ${b.cooldown_minutes} min)`;
    return [
        '### Guardrails',
        '',
        (0,markdown/* table */.tp)(['guardrail', 'now'], [
            ['breaker', breaker],
            ...Object.entries(g.budgets).map(([k, v]) => [k.replace(/_/g, ' '), (0,markdown/* cell */.Hn)(v)])
        ]),
        '',
        ...b.transitions.map(t => `- breaker ${t.from} → ${t.to} at ${t.at}: ${(0,markdown/* cell */.Hn)(t.reason)}`),
        ...g.frozen.map(f => `- #${f.issue} frozen (needs-human): ${(0,markdown/* cell */.Hn)(f.reason)}`),
        ...g.unfrozen.map(n => `- #${n} unfrozen by a human: streak cleared, attempt budget reset`),
        ...g.usage.invalid.map(i => `- invalid attestation in ${i.where}: ${(0,markdown/* cell */.Hn)(i.reason)}`),
        ''
    ];
}

;// CONCATENATED MODULE: ./src/state/future-times.ts
// How far ahead a time may be and still be believed: runners' clocks differ a little.

function notAfter(iso, now) {
    const at = Date.parse(iso);
    return Number.isNaN(at) || at > now.getTime() + clock/* CLOCK_SKEW_MS */.rn ? now.toISOString() : iso;
}
function tickWithoutFuture(state, now) {
    const attempts = Object.fromEntries(Object.entries(state.attempts).map(([issue, list]) => [
        issue,
        list.map(a => ({ ...a, at: notAfter(a.at, now) }))
    ]));
    return { ...state, attempts };
}
function guardrailsWithoutFuture(g, now) {
    const usage = Object.fromEntries(Object.entries(g.usage).map(([id, r]) => [id, { ...r, at: notAfter(r.at, now) }]));
    const b = g.breaker;
    return {
        ...g,
        usage,
        ...(b
            ? {
                breaker: {
                    ...b,
                    updated_at: notAfter(b.updated_at, now),
                    ...(b.opened_at ? { opened_at: notAfter(b.opened_at, now) } : {})
                }
            }
            : {})
    };
}

;// CONCATENATED MODULE: ./src/tick/mode.ts
/**
 * mode: tick — one unattended pass (docs/specs/0000-product.md §5). Facts (`tick/facts.ts`, reads only) → the pure
 * plan (`tick/plan.ts`: classification, guardrails, the wave, the review wave, claims to release,
 * freezes) → the one applier (`tick/apply.ts`: re-read, claim lock, dispatch). A dry run stops
 * after the plan. Never waits, never polls, never merges.
 *
 * The breaker moves twice: as the tick starts (an open breaker whose cooldown is over turns
 * half-open) and after the apply, from what the dispatches came to. A tick whose API calls fail
 * counts as a failed tick too, and still saves the state that says so.
 */















function outcomeKind(applied) {
    if (applied.dispatched.length)
        return 'succeeded';
    return applied.failed.length || applied.unconfirmed.length ? 'failed' : 'idle';
}
/** The guardrails state with the breaker moved by this tick's outcome. */
function afterTick(env, g, kind) {
    const settings = env.config.guardrails.circuit_breaker;
    const at = (0,clock/* now */.tB)();
    return breakerAfterTick(g.breaker ?? closedBreaker(settings, at), kind, settings, at);
}
async function apply(env, plan) {
    return applyTick({
        github: env.github,
        config: env.config,
        logger: env.logger,
        trust: await env.trust(),
        defaultBranch: (await env.github.repository()).defaultBranch,
        run: {
            id: env.context.runId,
            url: (0,src_context/* runUrl */.Vp)(env.context)
        },
        now: clock/* now */.tB,
        ...(env.push ? { push: env.push } : {})
    }, plan.operations);
}
/** What the plan has to say before it is applied: notices, dashboard commands, a held wave. */
function announce(env, plan, facts) {
    const { logger } = env;
    for (const notice of plan.notices)
        logger.warning(notice);
    for (const c of plan.commands.records)
        if (c.outcome === 'ignored')
            logger.warning(`Dashboard: ${c.note ?? c.command}`);
        else
            logger.notice(`Dashboard: ${c.command} by ${c.by}`);
    for (const n of facts.dashboard?.ignored ?? [])
        logger.warning(`#${n} is labelled delivery:dashboard but was not written by the loop: ignored`);
    // Say it when the quota, not the work, held the wave back.
    const held = plan.guardrails.decisions.filter(d => d.rule === 'api');
    if (held.length)
        logger.warning(`${held[0].reason}: ${held.length} task(s) wait for the next tick`);
}
/**
 * The tick's three steps and the state they leave — facts, plan, applier, the after-apply step —
 * without rendering the report: `tickMode` renders it; the forecast runs this a thousand times a
 * simulated run and reads the outcome. A tick whose API calls failed is the report it returns.
 */
async function runTick(env) {
    const { config, inputs, logger } = env;
    const at = (0,clock/* now */.tB)();
    const state = tickWithoutFuture((0,tick/* tickStateOf */.YZ)(env.state), at);
    const guardrails = guardrailsWithoutFuture((0,state_guardrails/* guardrailsOf */.Qq)(env.state), at);
    let plan;
    let applied;
    let facts;
    try {
        facts = await gatherTickFacts(env, (0,clock/* now */.tB)());
        plan = planTick({ facts, config, state, guardrails, configFile: inputs.configPath });
        if (plan.errors.length)
            throw new errors/* ConfigError */.xL(`${inputs.configPath}: tick cannot dispatch with this configuration`, plan.errors);
        announce(env, plan, facts);
        if (!inputs.dryRun)
            applied = await apply(env, plan);
    }
    catch (error) {
        // A tick whose API calls failed is a failed tick for the breaker; say so in the state.
        if (!(error instanceof errors/* ApiError */.hD) || inputs.dryRun)
            throw error;
        const moved = afterTick(env, guardrails, 'failed');
        logger.error(`${error.message}${moved.transitions.length ? ` — ${moved.transitions.map(t => t.reason).join('; ')}` : ''}`);
        return {
            status: 'failed',
            report: { error: error.message, breaker: moved.breaker, transitions: moved.transitions },
            summary: `## Delivery Loop · tick\n\nThe tick failed: ${error.message}`,
            failure: error.message,
            state: { ...env.state, guardrails: { ...guardrails, breaker: moved.breaker } }
        };
    }
    let outcome;
    // What GitHub's claims show and the state forgot is written back (a lost cache, a racing run).
    // The dashboard's commands decide pause and the command log; the attempts come from here.
    const known = (0,tick/* mergeAttempts */.RM)({ attempts: state.attempts, ...plan.nextTick }, plan.claimedAttempts);
    let next = { tick: known, guardrails: plan.nextGuardrails };
    // Cached by the port: asking again costs no request.
    const { defaultBranch } = await env.github.repository();
    if (!applied) {
        outcome = {
            status: plan.status,
            defaultBranch,
            dryRun: true,
            sent: plan.wave,
            skipped: plan.skipped
        };
    }
    else {
        const settled = afterApply({
            plan,
            applied,
            known,
            moved: afterTick(env, plan.nextGuardrails, outcomeKind(applied)),
            defaultBranch,
            windowHours: config.guardrails.budget.window_hours,
            now: (0,clock/* now */.tB)()
        });
        ({ plan, next, outcome } = settled);
    }
    const failure = applied?.failure ??
        (applied && (applied.failed.length || applied.unconfirmed.length) && !applied.dispatched.length
            ? `every dispatch failed: ${[...applied.failed, ...applied.unconfirmed].map(f => `#${f.issue}: ${f.reason}`).join('; ')}`
            : undefined);
    return {
        facts,
        plan,
        outcome,
        next,
        state: { ...env.state, ...next },
        ...(failure ? { failure } : {})
    };
}
async function tickMode(env) {
    const refused = await refusedEvent(env);
    if (refused)
        return refused;
    const run = await runTick(env);
    if (!('plan' in run))
        return run;
    const { facts, plan, outcome, next, failure } = run;
    const board = {
        plan,
        tick: next.tick,
        guardrails: next.guardrails,
        issues: facts.scan.issues,
        dispatched: outcome.sent
    };
    return {
        status: outcome.status,
        outputs: tickOutputs(plan, outcome),
        report: tickReport(plan, outcome),
        summary: [tickSummary(plan, outcome), '', ...(0,render/* dashboardSections */.FH)(board)].join('\n'),
        ...(failure ? { failure } : {}),
        state: run.state,
        dashboard: (0,render/* renderDashboard */.pF)(board, (0,mirror/* visibleRoom */.g2)(run.state) - 500)
    };
}


/***/ })

};
