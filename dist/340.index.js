export const id = 340;
export const ids = [340];
export const modules = {

/***/ 4214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ desiredContent),
/* harmony export */   Mr: () => (/* binding */ mergeLabels),
/* harmony export */   Rj: () => (/* binding */ planCompile),
/* harmony export */   ki: () => (/* binding */ planItems)
/* harmony export */ });
/* unused harmony exports blockerDatabaseIds, differences */
/* harmony import */ var _loop_markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(725);
/* harmony import */ var _loop_labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4459);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(205);



/** The managed items in apply order: blockers first, each epic parent before its slices. */
function planItems(compiled) {
    const { roadmap, order } = compiled;
    const bySlice = new Map(roadmap.slices.map(s => [s.id, s]));
    const unitOf = new Map(roadmap.units.map(u => [u.id, u]));
    const items = [];
    const placedParents = new Set();
    for (const id of order) {
        const slice = bySlice.get(id);
        const unit = unitOf.get(slice.unitId);
        if (unit.epic && !placedParents.has(unit.id)) {
            placedParents.add(unit.id);
            items.push({
                key: unit.id,
                kind: 'epic',
                ref: unit.slug,
                title: (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .epicTitle */ .Gh)(unit),
                line: unit.line,
                unit,
                blockerKeys: [],
                externalBlockers: []
            });
        }
        const blockers = roadmap.blockers.get(id) ?? [];
        items.push({
            key: slice.id,
            kind: slice.kind,
            ref: slice.ref,
            title: (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .sliceTitle */ .pS)(slice),
            line: slice.line,
            unit,
            slice,
            blockerKeys: blockers.flatMap(b => (b.type === 'slice' ? [b.id] : [])),
            externalBlockers: blockers.flatMap(b => (b.type === 'issue' ? [b.number] : [])),
            ...(unit.epic ? { parentKey: unit.id } : {})
        });
    }
    return items;
}
/** Title, body and labels an item should have, given the issue numbers known so far. */
function desiredContent(item, numberOf, render) {
    if (item.kind === 'epic') {
        return {
            title: item.title,
            body: (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .epicBody */ .on)(item.unit, render),
            labels: [_loop_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .LABEL_EPIC_PARENT */ .CU],
            blockedBy: [],
            complete: true
        };
    }
    const numbers = item.blockerKeys.map(numberOf);
    const blockedBy = [
        ...numbers.filter((n) => n !== undefined),
        ...item.externalBlockers
    ];
    return {
        title: item.title,
        body: (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .sliceBody */ .$1)(item.slice, item.unit, blockedBy, render),
        labels: (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .sliceLabels */ .CL)(item.unit, blockedBy),
        blockedBy,
        complete: numbers.every(n => n !== undefined)
    };
}
/** Database ids of an item's blockers that exist (managed ones by key, `#N` ones by number). */
function blockerDatabaseIds(item, databaseIdOf, external) {
    return [
        ...item.blockerKeys.map(databaseIdOf),
        ...item.externalBlockers.map(n => external.get(n)?.databaseId)
    ].filter((n) => n !== undefined);
}
/** Labels after compile's change: required ones added, stale `blocked-by:#` removed, others kept. */
function mergeLabels(current, required) {
    const want = new Set(required.map(l => l.toLowerCase()));
    const kept = current.filter(l => !(0,_loop_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .isBlockedByLabel */ .wb)(l) || want.has(l.toLowerCase()));
    const have = new Set(kept.map(l => l.toLowerCase()));
    return [...kept, ...required.filter(l => !have.has(l.toLowerCase()))];
}
function sameLabels(a, b) {
    const norm = (l) => [...new Set(l.map(x => x.toLowerCase()))].sort().join('\n');
    return norm(a) === norm(b);
}
/** What differs between an existing issue and what the item wants. */
function differences(item, issue, wanted, managedDatabaseIds, blockerDatabaseIds, parentNumber) {
    const changes = [];
    if (issue.title !== wanted.title)
        changes.push('title');
    if (!wanted.complete || !(0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .sameBody */ .NZ)(issue.body, wanted.body))
        changes.push('body');
    if (!wanted.complete || !sameLabels(issue.labels, mergeLabels(issue.labels, wanted.labels)))
        changes.push('labels');
    const native = new Set(issue.blockedBy.map(b => b.databaseId));
    const missing = !wanted.complete || blockerDatabaseIds.some(id => !native.has(id));
    const stale = issue.blockedBy.some(b => managedDatabaseIds.has(b.databaseId) && !blockerDatabaseIds.includes(b.databaseId));
    if (missing || stale)
        changes.push('dependencies');
    if (item.parentKey && (parentNumber === undefined || issue.parent !== parentNumber))
        changes.push('parent');
    return changes;
}
function planCompile(input) {
    const { compiled, existing, trusted, external, render } = input;
    const diagnostics = [];
    const items = planItems(compiled);
    const ignored = [];
    // Markers → trusted issues, oldest first.
    const byKey = new Map();
    for (const issue of existing) {
        const key = (0,_loop_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .unitMarkerOf */ .mQ)(issue.body);
        if (!key)
            continue;
        if (!trusted(issue.author)) {
            ignored.push({ issue: issue.number, author: issue.author, key });
            continue;
        }
        const list = byKey.get(key) ?? [];
        list.push(issue);
        byKey.set(key, list);
    }
    const closes = [];
    const kept = new Map();
    for (const [key, list] of byKey) {
        list.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.number - b.number);
        kept.set(key, list[0]);
        for (const dup of list.slice(1)) {
            if (dup.state === 'OPEN')
                closes.push({ issue: dup, key, reason: 'duplicate', keep: list[0].number });
        }
    }
    for (const item of items) {
        for (const n of item.externalBlockers) {
            if (external.get(n) === null) {
                diagnostics.push({
                    file: compiled.roadmap.file,
                    line: item.line,
                    message: `${item.ref} needs #${n}, which is not an issue in this repository`
                });
            }
        }
    }
    const managedDatabaseIds = new Map();
    for (const issue of kept.values())
        managedDatabaseIds.set(issue.databaseId, issue.number);
    const numberOf = (key) => kept.get(key)?.number;
    const planned = items.map(item => {
        const issue = kept.get(item.key);
        if (!issue)
            return { item, action: 'create', changes: [] };
        const wanted = desiredContent(item, numberOf, render);
        const blockerIds = blockerDatabaseIds(item, k => kept.get(k)?.databaseId, external);
        const parent = item.parentKey ? kept.get(item.parentKey)?.number : undefined;
        const changes = differences(item, issue, wanted, managedDatabaseIds, blockerIds, parent);
        return { item, issue, action: changes.length ? 'update' : 'unchanged', changes };
    });
    const planned_keys = new Set(items.map(i => i.key));
    for (const [key, issue] of kept) {
        if (!planned_keys.has(key) && issue.state === 'OPEN')
            closes.push({ issue, key, reason: 'removed' });
    }
    closes.sort((a, b) => a.issue.number - b.issue.number);
    return { items: planned, closes, ignored, diagnostics };
}


/***/ }),

/***/ 205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ sliceBody),
/* harmony export */   CL: () => (/* binding */ sliceLabels),
/* harmony export */   Gh: () => (/* binding */ epicTitle),
/* harmony export */   NZ: () => (/* binding */ sameBody),
/* harmony export */   on: () => (/* binding */ epicBody),
/* harmony export */   pS: () => (/* binding */ sliceTitle)
/* harmony export */ });
/* unused harmony export ROADMAP_LINK_LINE */
/* harmony import */ var _github_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1679);
/* harmony import */ var _loop_labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4459);
/* harmony import */ var _loop_markers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(725);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4285);
/* harmony import */ var _loop_fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9461);
/**
 * What compile writes for a slice: title, body and labels (docs/specs/0000-product.md §3). Pure. The body keeps
 * loopcoder's field lines so either tool can read the other's issues.
 */





const TRUNCATED = '\n\n[… intent truncated by Delivery Loop: see the roadmap for the full text]';
/** A slice line or unit title this long is almost surely a mistake; keep the body writable. */
const SLICE_TEXT_LIMIT = 16000;
const UNIT_TITLE_LIMIT = 1000;
/** `text` cut to `limit` characters (never inside a surrogate pair), visibly. */
function capped(text, limit, what) {
    const cut = (0,_github_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .cutChars */ .oN)(text, limit);
    if (cut === text)
        return text;
    return `${cut}… [${what} truncated by Delivery Loop: ${text.length - cut.length} more characters in the roadmap]`;
}
/** The line that links to the roadmap; ignored when comparing bodies (line numbers drift). */
const ROADMAP_LINK_LINE = /^Roadmap line: .*$/m;
function sliceTitle(slice) {
    const prefix = slice.kind === 'doc' ? 'Doc' : 'Code';
    return (0,_github_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .fitTitle */ .Ei)(`${prefix}: ${slice.plain}`);
}
function epicTitle(unit) {
    return (0,_github_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .fitTitle */ .Ei)(`Epic: ${unit.plainTitle}`);
}
function fitIntent(head, intent, tail) {
    const room = _github_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .ISSUE_BODY_ROOM_CHARS */ .vI - head.length - tail.length;
    if (intent.length <= room)
        return intent;
    return (0,_github_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .cutChars */ .oN)(intent, room - TRUNCATED.length) + TRUNCATED;
}
function sliceBody(slice, unit, blockedBy, ctx) {
    const head = [
        (0,_loop_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .unitMarker */ .Xn)(slice.id),
        (0,_loop_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .refLine */ .ie)(capped(slice.ref, UNIT_TITLE_LIMIT, 'ref')),
        (0,_loop_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .kindLine */ .J0)(slice.kind),
        `Unit: ${capped(unit.title, UNIT_TITLE_LIMIT, 'unit title')}`,
        `Blocked by: ${blockedBy.length ? blockedBy.map(n => `#${n}`).join(', ') : 'none'}`,
        '',
        '## Intent',
        '',
        ''
    ].join('\n');
    const text = capped(slice.text, SLICE_TEXT_LIMIT, 'slice text');
    return assemble(head, unit, ['## Slice', '', text], slice.line, ctx);
}
function epicBody(unit, ctx) {
    const head = [
        (0,_loop_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .unitMarker */ .Xn)(unit.id),
        (0,_loop_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .refLine */ .ie)(capped(unit.slug, UNIT_TITLE_LIMIT, 'ref')),
        (0,_loop_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .kindLine */ .J0)('epic'),
        `Unit: ${capped(unit.title, UNIT_TITLE_LIMIT, 'unit title')}`,
        '',
        '## Intent',
        '',
        ''
    ].join('\n');
    return assemble(head, unit, ['## Slices', '', 'The slices of this epic are its sub-issues.'], unit.line, ctx);
}
/** Head, the unit's intent (fitted to the size limit), a closing section and the roadmap link. */
function assemble(head, unit, section, line, ctx) {
    const tail = [
        '',
        '',
        ...section,
        ...(ctx.roadmapUrl ? ['', `Roadmap line: ${ctx.roadmapUrl}#L${line}`] : []),
        ''
    ].join('\n');
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .neutralizeMentions */ .tI)(head + fitIntent(head, unit.intent || '_No intent text in the roadmap._', tail) + tail);
}
/** Labels compile requires on a slice issue (others on the issue are left alone). */
function sliceLabels(unit, blockedBy) {
    return [
        _loop_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .LABEL_UNIT */ .eQ,
        ...(unit.epic ? [_loop_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .LABEL_EPIC */ .FD] : []),
        ...blockedBy.map(n => `${_loop_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .BLOCKED_BY_PREFIX */ .Q4}${n}`)
    ];
}
/** Bodies equal apart from the roadmap link line (which moves whenever lines above move). */
function sameBody(a, b) {
    const norm = (s) => s.replace(ROADMAP_LINK_LINE, '').replace(/\r\n/g, '\n').trimEnd();
    return norm(a ?? '') === norm(b);
}


/***/ }),

/***/ 2921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vw: () => (/* binding */ Phases),
/* harmony export */   ZG: () => (/* binding */ PHASES),
/* harmony export */   gC: () => (/* binding */ PHASE_WORDS)
/* harmony export */ });
/**
 * Where a slice's time goes, as the simulation sees it: each slice is in one phase at a time,
 * and the minutes between changes are added to that phase. A conflicting pull request's time is
 * all "conflict" until its worker has pushed the resolution.
 */
const PHASES = [
    'blocked',
    'tick',
    'hold',
    'approval',
    'agent',
    'ci',
    'review',
    'merge',
    'conflict',
    'human',
    'done'
];
/** What each phase means, for the report. */
const PHASE_WORDS = {
    blocked: 'blocked by unmerged slices',
    tick: 'waiting for a tick',
    hold: 'held by a guardrail',
    approval: 'waiting for approval (supervised)',
    agent: 'agent at work',
    ci: 'CI',
    review: 'review',
    merge: 'waiting for a human merge',
    conflict: 'conflicts',
    human: 'frozen, waiting for a person (needs-human)',
    done: 'merged'
};
class Phases {
    current = new Map();
    spent = new Map();
    /** Move a slice to `phase`; a conflict holds until `resolves` (its worker pushed). */
    enter(issue, phase, at, resolves = false) {
        const now = this.current.get(issue);
        if (now?.phase === 'done')
            return;
        if (now?.phase === 'conflict' && phase !== 'done' && !resolves)
            return;
        // A frozen slice waits for its person, whatever else happens meanwhile.
        if (now?.phase === 'human' && phase !== 'done' && phase !== 'tick')
            return;
        if (now)
            this.spent.set(now.phase, (this.spent.get(now.phase) ?? 0) + at - now.since);
        this.current.set(issue, { phase, since: at });
    }
    /** A tick skipped the slice (a guardrail, or a proposal awaiting approval): not the schedule's wait. */
    hold(issue, at, phase = 'hold') {
        if (this.current.get(issue)?.phase === 'tick')
            this.enter(issue, phase, at);
    }
    totals(at) {
        const out = Object.fromEntries(PHASES.map(p => [p, this.spent.get(p) ?? 0]));
        for (const { phase, since } of this.current.values())
            out[phase] += at - since;
        return out;
    }
}


/***/ }),

/***/ 578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ chance),
/* harmony export */   JU: () => (/* binding */ seeded),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   XM: () => (/* binding */ sample)
/* harmony export */ });
/**
 * The forecast's randomness, repeatable: one seeded generator per simulated run, and the
 * distributions its models are written in. Durations are minutes.
 */
function seeded(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** z of the 90th percentile of the standard normal. */
const Z90 = 1.2815515655446004;
function normal(rng) {
    // Box–Muller; 1 - u keeps the logarithm finite.
    const u = 1 - rng();
    const v = rng();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
function sample(d, rng) {
    if (typeof d === 'number')
        return d;
    if ('uniform' in d)
        return d.uniform[0] + (d.uniform[1] - d.uniform[0]) * rng();
    const { median, p90 } = d.lognormal;
    const sigma = p90 > median ? Math.log(p90 / median) / Z90 : 0;
    return median * Math.exp(sigma * normal(rng));
}
/** The median of a duration: what the lower bound assumes of every step. */
function median(d) {
    if (typeof d === 'number')
        return d;
    if ('uniform' in d)
        return (d.uniform[0] + d.uniform[1]) / 2;
    return d.lognormal.median;
}
/** True with probability `p`. */
function chance(p, rng) {
    return p > 0 && rng() < p;
}


/***/ }),

/***/ 7340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  simulate: () => (/* binding */ simulate)
});

// UNUSED EXPORTS: Simulation

// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/compile/plan.ts
var plan = __webpack_require__(4214);
// EXTERNAL MODULE: ./src/loop/claims.ts
var claims = __webpack_require__(8461);
// EXTERNAL MODULE: ./src/loop/labels.ts
var labels = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/loop/collisions.ts
var collisions = __webpack_require__(2781);
// EXTERNAL MODULE: ./src/loop/markers.ts
var markers = __webpack_require__(725);
// EXTERNAL MODULE: ./src/loop/trust.ts
var trust = __webpack_require__(2900);
// EXTERNAL MODULE: ./src/logging.ts
var logging = __webpack_require__(1338);
// EXTERNAL MODULE: ./src/tick/mode.ts + 36 modules
var mode = __webpack_require__(2463);
// EXTERNAL MODULE: ./src/dashboard/render.ts
var render = __webpack_require__(9650);
// EXTERNAL MODULE: ./src/state/mirror.ts
var mirror = __webpack_require__(6098);
// EXTERNAL MODULE: ./src/publish/apply.ts
var apply = __webpack_require__(9955);
// EXTERNAL MODULE: ./src/publish/plan.ts
var publish_plan = __webpack_require__(7872);
// EXTERNAL MODULE: ./src/roadmap/compile-roadmap.ts + 6 modules
var compile_roadmap = __webpack_require__(2615);
// EXTERNAL MODULE: ./src/state/document.ts + 1 modules
var state_document = __webpack_require__(3367);
// EXTERNAL MODULE: ./src/forecast/random.ts
var random = __webpack_require__(578);
// EXTERNAL MODULE: ./src/github/octokit/comment-fields.ts
var comment_fields = __webpack_require__(7204);
;// CONCATENATED MODULE: ./src/github/points.ts
/**
 * The GraphQL points one request of each of the adapters' queries costs, by GitHub's formula
 * (each connection needs one request per node of its parents' connections; the sum ÷ 100,
 * rounded, at least 1). `__tests__/rig/graphql-cost.test.ts` checks every figure against the
 * query text itself; the forecast charges its simulated calls with them.
 */
const GRAPHQL_POINTS = {
    /** 100 open issues with their labels and native blockers' counts: 1 + 100 requests. */
    issueScanPage: 1,
    /** 100 issues of any state (compile's listing), labels and blockers: 1 + 100 + 100. */
    issuePage: 2,
    /** 100 open issues without connections (finding the dashboard). */
    briefPage: 1,
    /**
     * 100 open pull requests: comments, closing references, files, the head's checks — the head
     * commit through `headRef` and the rollup on the pull request itself, not `commits(last: 1)`,
     * which was a connection of its own (5 points).
     */
    pullScanPage: 4,
    /**
     * 50 recently closed pull requests with their closing references and the checks of the commit
     * each was merged at (review pacing reads the verdict's time): 1 + 50 + 50 + 50.
     */
    recentClosedPulls: 2,
    /** Up to 100 issues' states by alias: no connection. */
    lookupBatch: 1,
    /**
     * Up to 100 issues by alias, each with its newest comments or its native blockers: a request
     * per connection asked — 1 point for one kind, 2 for both on all 100.
     */
    detailsBatch: 1,
    /** One issue with its labels and blockers. */
    issue: 1
};

;// CONCATENATED MODULE: ./src/forecast/world.ts




const SIM_REPO = { owner: 'forecast', repo: 'roadmap' };
const HOUR = 3_600_000;
class World {
    roadmap;
    startAt;
    issues = new Map();
    pulls = new Map();
    runs = new Map();
    summaries = new Map();
    next = 1;
    ids = 1;
    /** REST requests by simulated hour (since the start): the `core` budget. */
    perHour = new Map();
    /** GraphQL points by simulated hour: the `graphql` budget. */
    pointsPerHour = new Map();
    requests = 0;
    writes = 0;
    points = 0;
    now = () => new Date(0);
    start = 0;
    constructor(roadmap, startAt) {
        this.roadmap = roadmap;
        this.startAt = startAt;
        this.start = startAt.getTime();
    }
    id() {
        return this.ids++;
    }
    number() {
        return this.next++;
    }
    /** The simulated hour since the start. */
    hour() {
        return Math.floor((this.now().getTime() - this.start) / HOUR);
    }
    /** `n` REST requests. */
    count(n = 1, write = false) {
        this.requests += n;
        if (write)
            this.writes += n;
        const hour = this.hour();
        this.perHour.set(hour, (this.perHour.get(hour) ?? 0) + n);
    }
    /** `requests` GraphQL queries of `points` each (GRAPHQL_POINTS): the points budget only. */
    query(requests, points) {
        this.requests += requests;
        this.points += requests * points;
        const hour = this.hour();
        this.pointsPerHour.set(hour, (this.pointsPerHour.get(hour) ?? 0) + requests * points);
    }
    addIssue(fields) {
        const at = this.now().toISOString();
        const issue = {
            number: this.number(),
            ...fields,
            state: 'OPEN',
            stateReason: null,
            createdAt: at,
            updatedAt: at,
            comments: []
        };
        this.issues.set(issue.number, issue);
        return issue;
    }
    touch(issue) {
        issue.updatedAt = this.now().toISOString();
    }
    openPulls() {
        return [...this.pulls.values()].filter(p => p.open);
    }
    /** The port the real modes use; only what tick needs is simulated. */
    port() {
        return new Proxy(portOf(this), {
            get(target, key) {
                if (key in target)
                    return target[key];
                if (typeof key === 'symbol' || key === 'then')
                    return undefined;
                return () => {
                    throw new Error(`forecast: the simulated GitHub has no ${String(key)}`);
                };
            }
        });
    }
}
function tracked(w, i) {
    return {
        number: i.number,
        databaseId: i.number * 1000,
        title: i.title,
        body: i.body,
        state: i.state,
        stateReason: i.stateReason,
        createdAt: i.createdAt,
        url: `https://github.com/${SIM_REPO.owner}/${SIM_REPO.repo}/issues/${i.number}`,
        author: trust/* ACTIONS_BOT */.aX,
        authorAssociation: 'NONE',
        labels: [...i.labels],
        blockedBy: i.blockedBy.map(n => ({ number: n, databaseId: n * 1000 })),
        parent: null,
        editor: null
    };
}
function facts(w, n) {
    const i = w.issues.get(n);
    return i ? { databaseId: n * 1000, state: i.state, stateReason: i.stateReason } : null;
}
function scanned(w, i) {
    return {
        number: i.number,
        title: i.title,
        body: i.body,
        labels: [...i.labels],
        author: trust/* ACTIONS_BOT */.aX,
        authorAssociation: 'NONE',
        createdAt: i.createdAt,
        updatedAt: i.updatedAt,
        dependencies: {
            open: i.blockedBy.filter(n => w.issues.get(n)?.state === 'OPEN').length,
            total: i.blockedBy.length
        }
    };
}
function pullNode(p) {
    return {
        number: p.number,
        headRef: p.headRef,
        headSha: p.headSha,
        draft: false,
        createdAt: p.createdAt,
        author: trust/* ACTIONS_BOT */.aX,
        authorAssociation: 'NONE',
        crossRepository: false,
        mergeable: p.conflicting ? 'CONFLICTING' : 'MERGEABLE',
        mergeStateStatus: p.conflicting ? 'DIRTY' : 'CLEAN',
        body: p.body,
        comments: [],
        closes: [p.issue],
        changed: { paths: p.paths, complete: true },
        headCommittedAt: p.headCommittedAt,
        rollup: [...(p.checks.get(p.headSha) ?? [])]
    };
}
const pages = (n) => Math.max(1, Math.ceil(n / 100));
// eslint-disable-next-line max-lines-per-function -- the port's method table: one short method per port call tick makes
function portOf(w) {
    const issue = (n) => {
        const found = w.issues.get(n);
        if (!found)
            throw new Error(`forecast: no issue #${n}`);
        return found;
    };
    const repository = {
        id: 1,
        fullName: `${SIM_REPO.owner}/${SIM_REPO.repo}`,
        defaultBranch: 'main',
        htmlUrl: `https://github.com/${SIM_REPO.owner}/${SIM_REPO.repo}`
    };
    let repositoryRead = false;
    return {
        repo: SIM_REPO,
        repository: async () => {
            // The Octokit port caches it: one request per run.
            if (!repositoryRead)
                w.count();
            repositoryRead = true;
            return repository;
        },
        viewerLogin: async () => (w.count(), trust/* ACTIONS_BOT */.aX),
        rateLimit: async () => {
            const hour = w.hour();
            const resetAt = new Date(w.startAt.getTime() + (hour + 1) * HOUR).toISOString();
            const left = (used) => Math.max(0, 1000 - (used.get(hour) ?? 0));
            return {
                core: { limit: 1000, remaining: left(w.perHour), resetAt },
                graphql: { limit: 1000, remaining: left(w.pointsPerHour), resetAt }
            };
        },
        permission: async () => (w.count(), 'admin'),
        requestCount: () => ({ reads: w.requests - w.writes, writes: w.writes, points: w.points }),
        scanOpenIssues: async (label) => {
            const open = [...w.issues.values()].filter(i => i.state === 'OPEN' && i.labels.includes(label));
            w.query(pages(open.length), GRAPHQL_POINTS.issueScanPage);
            return open.map(i => scanned(w, i));
        },
        // The newest page of comments, as the scan reads it (tick never changes them), and the
        // native blockers: one query per 100 issues, a point per 100 per connection asked.
        issueDetails: async (requests) => {
            const wanted = requests.filter(r => r.comments || r.blockedBy);
            for (let i = 0; i < wanted.length; i += 100) {
                const batch = wanted.slice(i, i + 100);
                const connections = batch.reduce((n, r) => n + (r.comments ? 1 : 0) + (r.blockedBy ? 1 : 0), 0);
                w.query(1, Math.max(GRAPHQL_POINTS.detailsBatch, Math.round(connections / 100)));
            }
            return new Map(wanted.map(r => [
                r.number,
                {
                    ...(r.comments ? { comments: issue(r.number).comments.slice(-comment_fields/* SCAN_COMMENTS */.$G) } : {}),
                    ...(r.blockedBy
                        ? {
                            blockedBy: issue(r.number).blockedBy.map(n => ({ number: n, ...facts(w, n) }))
                        }
                        : {})
                }
            ]));
        },
        // The simulated loop charges spend from open pull requests; none closes unseen.
        // The 50 merged latest, with the checks of the head they were merged at (review pacing).
        recentClosedPulls: async () => {
            w.query(1, GRAPHQL_POINTS.recentClosedPulls);
            return [...w.pulls.values()]
                .filter(p => p.mergedAt)
                .sort((a, b) => b.mergedAt.localeCompare(a.mergedAt))
                .slice(0, 50)
                .map(p => ({
                ...pullNode(p),
                updatedAt: p.mergedAt,
                mergedAt: p.mergedAt,
                mergedBy: 'maintainer'
            }));
        },
        scanOpenPulls: async () => {
            const open = w.openPulls();
            w.query(pages(open.length), GRAPHQL_POINTS.pullScanPage);
            return open.map(pullNode);
        },
        lookupIssues: async (numbers) => {
            w.query(pages(numbers.length), GRAPHQL_POINTS.lookupBatch);
            return new Map(numbers.map(n => [n, facts(w, n)]));
        },
        getIssue: async (n) => {
            w.query(1, GRAPHQL_POINTS.issue);
            const found = w.issues.get(n);
            return found ? tracked(w, found) : undefined;
        },
        readFile: async (path) => {
            w.count();
            const bytes = Buffer.from(w.roadmap);
            return path.endsWith('.md') ? { text: w.roadmap, bytes, sha: 'roadmap' } : undefined;
        },
        listLabels: async () => (w.count(), [labels/* LABEL_UNIT */.eQ, labels/* LABEL_CLAIM */.YQ, labels/* LABEL_NEEDS_HUMAN */.$X]),
        createLabel: async () => w.count(1, true),
        addLabels: async (n, labels) => {
            w.count(1, true);
            const i = issue(n);
            for (const l of labels)
                if (!i.labels.includes(l))
                    i.labels.push(l);
            w.touch(i);
        },
        removeLabel: async (n, label) => {
            w.count(1, true);
            const i = issue(n);
            i.labels = i.labels.filter(l => l.toLowerCase() !== label.toLowerCase());
            w.touch(i);
        },
        addAssignees: async (_n, logins) => (w.count(1, true), logins),
        listComments: async (n) => (w.count(), issue(n).comments.map(c => ({ ...c }))),
        createComment: async (n, body) => {
            w.count(1, true);
            const id = w.id();
            issue(n).comments.push({
                id,
                body,
                author: trust/* ACTIONS_BOT */.aX,
                createdAt: w.now().toISOString(),
                authorAssociation: 'NONE'
            });
            w.touch(issue(n));
            return id;
        },
        updateComment: async (id, body) => {
            w.count(1, true);
            for (const i of w.issues.values())
                for (const c of i.comments)
                    if (c.id === id)
                        c.body = body;
        },
        deleteComment: async (id) => {
            w.count(1, true);
            for (const i of w.issues.values())
                i.comments = i.comments.filter(c => c.id !== id);
        },
        updateIssue: async (n, change) => {
            w.count(1, true);
            const i = issue(n);
            if (change.title !== undefined)
                i.title = change.title;
            if (change.body !== undefined)
                i.body = change.body;
            if (change.labels)
                i.labels = [...change.labels];
            w.touch(i);
        },
        getRun: async (id) => (w.count(), w.runs.get(id)),
        actionsConfigNames: async () => (w.count(), undefined),
        // What merged since the pull request whose head is `base` opened: the brief of a conflict task.
        compareCommits: async (base) => {
            w.count();
            const pull = [...w.pulls.values()].find(p => p.headSha === base);
            if (!pull)
                return undefined;
            const merged = [...w.pulls.values()].filter(p => !p.open && p.mergedAt > pull.createdAt);
            return {
                mergeBase: `fork-${pull.number}`,
                commits: merged.map(p => ({
                    sha: `merge-${p.number}`,
                    subject: `Merge pull request #${p.number}`
                })),
                files: [...new Set(merged.flatMap(p => p.paths))]
            };
        },
        checkRunSummary: async (id) => (w.count(), w.summaries.get(id)),
        jobLog: async () => (w.count(), 'simulated CI: a test failed'),
        dispatchWorkflow: async () => {
            w.count(1, true);
            const id = w.id();
            w.runs.set(id, { id, status: 'in_progress', conclusion: null });
            return id;
        }
    };
}

// EXTERNAL MODULE: ./src/forecast/phases.ts
var phases = __webpack_require__(2921);
;// CONCATENATED MODULE: ./src/forecast/simulate.ts
/**
 * One simulated delivery of a roadmap: a discrete-event simulation around the loop's real code.
 * The world (world.ts) is seeded as compile writes the issues; every tick is the real `tickMode`
 * (facts → plan → applier, guardrails, claims, the waves) at its simulated time; a worker's
 * refusal goes through publish's real plan and applier. What the loop does not control — when
 * ticks run, agents, CI, the reviewer, people, conflicts — comes from the models, with one
 * seeded generator per run, so the same seed gives the same run.
 */
/* eslint-disable max-lines -- to split: the simulated actors (agents, CI, reviewers, people) */



















const MINUTE = 60_000;
/** Tokens in a worker's record: its cost at $3 a million tokens (for a `max_total_tokens` cap). */
const TOKEN_PRICE_USD = 3 / 1_000_000;
/** A run in which nothing but idle ticks happened for this long is stuck: it stops there. */
const STILL_DAYS = 7;
class Simulation {
    input;
    world;
    rng;
    queue = [];
    seq = 0;
    state = (0,state_document/* emptyState */.p$)();
    phases = new phases/* Phases */.Vw();
    ticks = [];
    trace = [];
    /** When each pull request last passed review, and how long each merged one waited (minutes). */
    passedAt = new Map();
    mergeWaits = [];
    /** With `merge.reviewers`: when each reviewer is free again. */
    reviewersFree = [];
    /** What each dispatched run costs in the model, by run and issue. */
    costs = new Map();
    slices = new Map();
    /** Paths each slice declares (`(files: …)`), for the conflict model. */
    declared = new Map();
    spend = 0;
    attempts = 0;
    clock = 0;
    pendingTick;
    heads = 0;
    /** When something last happened besides a tick that dispatched nothing. */
    moved = 0;
    /** Supervised mode: the dashboard as the last tick rendered it, and a person's pending approval. */
    dashboard;
    approving = false;
    constructor(input) {
        this.input = input;
        this.rng = (0,random/* seeded */.JU)(input.seed);
        this.world = new World(input.roadmap, input.start);
        this.world.now = () => new Date(input.start.getTime() + this.clock * MINUTE);
        this.seed();
    }
    /** The issues as compile writes them: bodies, labels and blockers from the real renderer. */
    seed() {
        const compiled = (0,compile_roadmap/* compileRoadmap */.u)(this.input.roadmap, this.input.roadmapFile);
        if (compiled.diagnostics.length)
            throw new errors/* ConfigError */.xL(`${this.input.roadmapFile} is invalid`, compiled.diagnostics);
        const numbers = new Map();
        for (const item of (0,plan/* planItems */.ki)(compiled)) {
            if (item.kind === 'epic')
                continue;
            // An existing issue a slice names (`needs: #42`) is outside the forecast: taken as done.
            const simulated = { ...item, externalBlockers: [] };
            const want = (0,plan/* desiredContent */.Em)(simulated, key => numbers.get(key), {});
            const issue = this.world.addIssue({
                title: want.title,
                body: want.body,
                labels: want.labels,
                blockedBy: want.blockedBy
            });
            numbers.set(item.key, issue.number);
            if (item.slice?.files)
                this.declared.set(issue.number, item.slice.files);
            this.slices.set(issue.number, { issue: issue.number, title: want.title, attempts: 0 });
            this.phases.enter(issue.number, want.blockedBy.length ? 'blocked' : 'tick', 0);
            if (!want.blockedBy.length)
                this.slices.get(issue.number).readyAt = 0;
        }
    }
    at(minutes, event) {
        const entry = { at: this.clock + Math.max(0, minutes), seq: this.seq++, event };
        let i = this.queue.length;
        while (i > 0 &&
            (this.queue[i - 1].at > entry.at ||
                (this.queue[i - 1].at === entry.at && this.queue[i - 1].seq > entry.seq)))
            i--;
        this.queue.splice(i, 0, entry);
    }
    /** An event the workflows tick on: one pending tick absorbs the rest (the concurrency group). */
    onEvent(cause) {
        if (!this.input.models.ticks.events)
            return;
        const when = this.clock + (0,random/* sample */.XM)(this.input.models.ticks.event_delay, this.rng);
        if (this.pendingTick !== undefined &&
            this.pendingTick >= this.clock &&
            this.pendingTick <= when)
            return;
        this.pendingTick = when;
        this.at(when - this.clock, { kind: 'tick', cause });
    }
    scheduleCron() {
        const { cron_minutes, schedule_delay } = this.input.models.ticks;
        if (!cron_minutes)
            return;
        const slot = (Math.floor(this.clock / cron_minutes) + 1) * cron_minutes;
        this.at(slot - this.clock + (0,random/* sample */.XM)(schedule_delay, this.rng), {
            kind: 'tick',
            cause: 'schedule'
        });
    }
    async run() {
        const horizon = this.input.horizonDays * 24 * 60;
        this.at(0, { kind: 'tick', cause: 'first tick' });
        this.scheduleCron();
        let stuck;
        while (this.queue.length && !this.allMerged()) {
            const next = this.queue.shift();
            if (next.at > horizon) {
                stuck = `not done after ${this.input.horizonDays} days`;
                break;
            }
            this.clock = next.at;
            await this.handle(next.event);
            // A run ending or a tick that sends nothing is no movement; anything the world does is.
            const idle = next.event.kind === 'run-end' ||
                (next.event.kind === 'tick' &&
                    !this.ticks.at(-1)?.wave.length &&
                    !this.ticks.at(-1)?.review.length);
            if (!idle)
                this.moved = this.clock;
            if (this.clock - this.moved > STILL_DAYS * 24 * 60) {
                const held = this.ticks.at(-1)?.held[0];
                stuck = `nothing moved for ${STILL_DAYS} days${held ? ` (#${held.issue}: ${held.reason})` : ''}`;
                break;
            }
        }
        if (!stuck && !this.allMerged() && !this.queue.length)
            stuck = 'no tick runs again: no schedule (ticks.cron_minutes: 0) and no event left';
        const last = Math.max(0, ...[...this.slices.values()].map(s => s.mergedAt ?? 0));
        return {
            seed: this.input.seed,
            makespan: this.allMerged() ? last : this.clock,
            done: this.allMerged(),
            ...(stuck && !this.allMerged() ? { stuck } : {}),
            slices: [...this.slices.values()],
            ticks: this.ticks,
            phases: this.phases.totals(this.clock),
            attempts: this.attempts,
            spendUsd: Math.round(this.spend * 100) / 100,
            mergeWaits: this.mergeWaits,
            trace: this.trace,
            claims: Object.fromEntries([...this.world.issues.values()].map(i => [
                i.number,
                (0,claims/* claimsIn */.h)(i.comments).map(c => c.marker)
            ])),
            pullIssues: Object.fromEntries([...this.world.pulls.values()].map(p => [p.number, p.issue])),
            requestsPerHour: [...Array(Math.floor(this.clock / 60) + 1).keys()].map(h => this.world.perHour.get(h) ?? 0),
            pointsPerHour: [...Array(Math.floor(this.clock / 60) + 1).keys()].map(h => this.world.pointsPerHour.get(h) ?? 0)
        };
    }
    allMerged() {
        return [...this.slices.values()].every(s => s.mergedAt !== undefined);
    }
    async handle(event) {
        switch (event.kind) {
            case 'tick':
                if (event.cause === 'schedule')
                    this.scheduleCron();
                if (this.pendingTick !== undefined && this.pendingTick <= this.clock)
                    this.pendingTick = undefined;
                return this.tick(event.cause);
            case 'worker':
                return this.workerDone(event.run, event.task);
            case 'ci':
                return this.ciDone(event.pull, event.head);
            case 'review':
                return this.reviewDone(event.pull, event.head);
            case 'merge':
                return this.merge(event.pull, event.head);
            case 'unfreeze':
                return this.unfreeze(event.issue);
            case 'approve':
                return this.approve();
            case 'run-end':
                this.trace.push({ at: this.clock, kind: 'run-end', run: event.run });
                this.world.runs.set(event.run, {
                    id: event.run,
                    status: 'completed',
                    conclusion: 'success'
                });
                return;
        }
    }
    env(runId) {
        const { config } = this.input;
        return {
            inputs: {
                mode: 'tick',
                configPath: '.delivery.yml',
                roadmapPath: this.input.roadmapFile,
                dryRun: false
            },
            configFile: { path: '.delivery.yml', origin: 'workspace' },
            context: {
                repo: SIM_REPO,
                eventName: 'schedule',
                payload: {},
                runId: String(runId),
                runAttempt: '1',
                serverUrl: 'https://github.com',
                apiUrl: 'https://api.github.com',
                // No checkout: tick reads the roadmap from the default branch, as the shipped workflow does.
                workspace: '/nonexistent/forecast',
                runnerTemp: '/nonexistent/forecast'
            },
            config,
            github: this.world.port(),
            trust: async () => (0,trust/* trustPolicy */.RZ)(trust/* ACTIONS_BOT */.aX, config.trust.bot_logins),
            logger: new logging/* MemoryLogger */.Cp(),
            state: this.state,
            dashboard: this.dashboard ?? null
        };
    }
    async tick(cause) {
        const run = this.world.id();
        this.world.runs.set(run, { id: run, status: 'in_progress', conclusion: null });
        this.trace.push({ at: this.clock, kind: 'tick', run, cause });
        const result = await (0,clock/* atSimulatedTime */.TQ)(this.world.now(), () => (0,mode.runTick)(this.env(run)));
        if (result.state)
            this.state = result.state;
        const done = 'plan' in result;
        const wave = done ? result.outcome.sent : [];
        const review = done ? result.plan.reviewWave : [];
        const skipped = done ? result.outcome.skipped : [];
        const frozen = done ? result.plan.guardrails.frozen.map(f => f.issue) : [];
        this.ticks.push({
            at: this.clock,
            cause,
            status: done ? result.outcome.status : result.status,
            wave: wave.map(t => ({ issue: t.issue, kind: t.kind, attempt: t.attempt })),
            review: review.map(r => r.pull),
            frozen,
            held: skipped
        });
        for (const s of skipped)
            this.phases.hold(s.issue, this.clock, s.reason.startsWith('proposed:') ? 'approval' : 'hold');
        if (done && this.input.config.dispatch.approval === 'wave')
            this.propose(result);
        for (const issue of frozen) {
            this.phases.enter(issue, 'human', this.clock);
            this.at((0,random/* sample */.XM)(this.input.models.people.unfreeze_delay, this.rng), {
                kind: 'unfreeze',
                issue
            });
        }
        let end = 1;
        for (const task of wave) {
            this.attempts++;
            const slice = this.slices.get(task.issue);
            if (slice) {
                slice.attempts++;
                slice.dispatchedAt ??= this.clock;
            }
            if (!this.conflicting(task.issue))
                this.phases.enter(task.issue, 'agent', this.clock);
            const { worker } = this.input.models;
            const took = (0,random/* sample */.XM)(task.kind === 'conflict' ? worker.conflict_duration : worker.duration, this.rng);
            const cost = (0,random/* sample */.XM)(worker.cost_usd, this.rng);
            this.spend += cost;
            this.costs.set(`${run}:${task.issue}`, cost);
            end = Math.max(end, took + 1);
            this.at(took, { kind: 'worker', run, task });
        }
        for (const r of review) {
            this.phases.enter(r.issue, 'review', this.clock);
            const took = (0,random/* sample */.XM)(this.input.models.review.duration, this.rng);
            end = Math.max(end, took + 1);
            this.at(took, { kind: 'review', pull: r.pull, head: r.head_sha });
        }
        this.at(end, { kind: 'run-end', run });
    }
    conflicting(issue) {
        return [...this.world.pulls.values()].some(p => p.open && p.issue === issue && p.conflicting);
    }
    claimOf(issue) {
        return (0,claims/* claimsIn */.h)(this.world.issues.get(issue).comments)
            .filter(c => c.author === trust/* ACTIONS_BOT */.aX && c.marker.phase !== 'released')
            .at(-1);
    }
    publishTask(task, pull) {
        return {
            issue: task.issue,
            title: task.title,
            branch: task.branch,
            kind: task.kind,
            attempt: task.attempt,
            ...(pull ? { pull: { number: pull.number, body: pull.body } } : {})
        };
    }
    /** A worker ended: publish's real plan, refused (no change) or published (a new head). */
    async workerDone(run, task) {
        const pull = [...this.world.pulls.values()].find(p => p.open && p.headRef === task.branch);
        const failed = (0,random/* chance */.Dz)(this.input.models.worker.failure_rate, this.rng);
        const claim = this.claimOf(task.issue);
        const input = {
            task: this.publishTask(task, pull),
            changes: [],
            baseSha: 'base',
            branchExists: pull !== undefined,
            defaultBranch: 'main',
            ...(claim ? { claim } : {})
        };
        if (failed || (task.kind !== 'new' && !pull)) {
            const plan = (0,publish_plan/* planPublish */.N)({
                ...input,
                refusals: [{ rule: 'patch', detail: 'the agent produced no change' }]
            });
            const port = this.world.port();
            await (0,clock/* atSimulatedTime */.TQ)(this.world.now(), () => (0,apply/* applyPublish */.I)(port, port, plan, new Map()));
            this.traceWorker(run, task, 'refused');
            if (!this.conflicting(task.issue))
                this.phases.enter(task.issue, 'tick', this.clock);
            return;
        }
        const cost = this.costs.get(`${run}:${task.issue}`) ?? 0;
        const record = (0,markers/* attestMarker */.Uw)({
            role: 'worker',
            provider: 'anthropic',
            model: 'forecast',
            exit_code: 0,
            started_at: this.world.now().toISOString(),
            ended_at: this.world.now().toISOString(),
            // What this run cost in the model, so the cost and token caps act as in the action.
            tokens: { input: Math.round(cost / TOKEN_PRICE_USD), output: 0 },
            cost_usd: Math.round(cost * 10_000) / 10_000,
            issue: task.issue,
            attempt: task.attempt,
            run: String(run)
        });
        const plan = (0,publish_plan/* planPublish */.N)({ ...input, refusals: [], attestation: record });
        const head = `h${++this.heads}`;
        const at = this.world.now().toISOString();
        for (const op of plan.operations) {
            if (op.op === 'open-pull') {
                const number = this.world.number();
                const paths = this.declared.get(task.issue);
                this.world.pulls.set(number, {
                    number,
                    issue: task.issue,
                    headRef: task.branch,
                    headSha: head,
                    headCommittedAt: at,
                    createdAt: at,
                    body: op.body,
                    paths: paths ?? [],
                    known: paths !== undefined,
                    open: true,
                    conflicting: false,
                    checks: new Map()
                });
                this.world.count(6, true);
            }
            else if (op.op === 'update-pull' && pull) {
                pull.body = op.body;
                pull.headSha = head;
                pull.headCommittedAt = at;
                if (task.kind === 'conflict')
                    pull.conflicting = false;
                this.world.count(6, true);
            }
        }
        this.traceWorker(run, task, pull ? 'pushed' : 'opened');
        this.phases.enter(task.issue, 'ci', this.clock, true);
        const target = [...this.world.pulls.values()].find(p => p.open && p.headRef === task.branch);
        this.at((0,random/* sample */.XM)(this.input.models.ci.duration, this.rng), {
            kind: 'ci',
            pull: target.number,
            head: target.headSha
        });
    }
    traceWorker(run, task, outcome) {
        this.trace.push({
            at: this.clock,
            kind: 'worker',
            run,
            issue: task.issue,
            branch: task.branch,
            task: task.kind,
            attempt: task.attempt,
            outcome
        });
    }
    ciDone(number, head) {
        const pull = this.world.pulls.get(number);
        if (!pull.open || pull.headSha !== head)
            return;
        const ok = !(0,random/* chance */.Dz)(this.input.models.ci.failure_rate, this.rng);
        const checks = pull.checks.get(head) ?? [];
        checks.push({
            type: 'check-run',
            name: 'test',
            status: 'COMPLETED',
            conclusion: ok ? 'SUCCESS' : 'FAILURE',
            id: this.world.id(),
            app: 'ci'
        });
        pull.checks.set(head, checks);
        this.trace.push({ at: this.clock, kind: 'ci', issue: pull.issue, ok });
        if (!pull.conflicting)
            this.phases.enter(pull.issue, 'tick', this.clock);
        this.onEvent('CI run completed');
    }
    reviewDone(number, head) {
        const pull = this.world.pulls.get(number);
        if (!pull.open || pull.headSha !== head)
            return;
        const pass = (0,random/* chance */.Dz)(this.input.models.review.pass_rate, this.rng);
        const id = this.world.id();
        const checks = pull.checks.get(head) ?? [];
        checks.push({
            type: 'check-run',
            name: 'loopreview',
            status: 'COMPLETED',
            conclusion: pass ? 'SUCCESS' : 'FAILURE',
            id,
            app: 'github-actions',
            externalId: (0,markers/* verdictCheckId */.PK)(head),
            completedAt: this.world.now().toISOString()
        });
        pull.checks.set(head, checks);
        this.world.summaries.set(id, 'The reviewer asked for changes (simulated).');
        this.trace.push({ at: this.clock, kind: 'review', issue: pull.issue, pass });
        this.world.count(2, true);
        if (pass) {
            this.phases.enter(pull.issue, 'merge', this.clock);
            this.passedAt.set(number, this.clock);
            this.at(this.mergeTime() - this.clock, { kind: 'merge', pull: number, head });
        }
        else
            this.phases.enter(pull.issue, 'tick', this.clock);
        this.onEvent('verdict published');
    }
    /**
     * When a person merges a pull request that passed now: `delay` later, within working hours —
     * or, with `merge.reviewers`, after the first reviewer free (each merges one at a time).
     */
    mergeTime() {
        const { delay, reviewers } = this.input.models.merge;
        const own = (0,random/* sample */.XM)(delay, this.rng);
        if (!reviewers)
            return this.workingTime(this.clock + own);
        while (this.reviewersFree.length < reviewers)
            this.reviewersFree.push(0);
        const next = this.reviewersFree.indexOf(Math.min(...this.reviewersFree));
        const start = this.workingTime(Math.max(this.clock, this.reviewersFree[next]));
        const done = this.workingTime(start + own);
        this.reviewersFree[next] = done;
        return done;
    }
    /** The first moment at or after `minutes` inside the merge model's working hours. */
    workingTime(minutes) {
        const hours = this.input.models.merge.working_hours;
        if (!hours)
            return minutes;
        let t = this.input.start.getTime() + minutes * MINUTE;
        for (let i = 0; i < 14 * 24; i++) {
            const d = new Date(t);
            const weekday = d.getUTCDay() !== 0 && d.getUTCDay() !== 6;
            const h = d.getUTCHours();
            if (weekday && h >= hours.start && h < hours.end)
                break;
            const nextHour = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), h + 1));
            t =
                weekday && h < hours.start
                    ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hours.start)
                    : nextHour.getTime();
        }
        return (t - this.input.start.getTime()) / MINUTE;
    }
    /**
     * Supervised mode: the dashboard the tick would write (the real renderer), and a person who
     * approves the whole wave a while after it is proposed — an edit of the dashboard, which the
     * shipped workflows tick on.
     */
    propose(run) {
        const board = {
            plan: run.plan,
            tick: run.next.tick,
            guardrails: run.next.guardrails,
            issues: run.facts.scan.issues,
            dispatched: run.outcome.sent
        };
        this.dashboard = {
            number: this.dashboard?.number ?? this.world.number(),
            body: (0,render/* renderDashboard */.pF)(board, (0,mirror/* visibleRoom */.g2)(run.state) - 500),
            editor: trust/* ACTIONS_BOT */.aX
        };
        if (!run.plan.proposals.length || this.approving)
            return;
        this.approving = true;
        this.at((0,random/* sample */.XM)(this.input.models.people.approve_delay, this.rng), { kind: 'approve' });
    }
    approve() {
        this.approving = false;
        if (!this.dashboard)
            return;
        this.trace.push({ at: this.clock, kind: 'approve' });
        const box = (0,markers/* commandMarker */.mA)({ kind: 'approve-wave' });
        const body = this.dashboard.body
            .split('\n')
            .map(line => (line.includes(box) ? line.replace('- [ ]', '- [x]') : line))
            .join('\n');
        this.dashboard = { ...this.dashboard, body, editor: 'maintainer' };
        this.onEvent('dashboard edited');
    }
    /** A person looked into a frozen issue and removes needs-human: the loop tries again. */
    unfreeze(number) {
        const issue = this.world.issues.get(number);
        if (issue.state !== 'OPEN')
            return;
        this.trace.push({ at: this.clock, kind: 'unfreeze', issue: number });
        issue.labels = issue.labels.filter(l => l !== labels/* LABEL_NEEDS_HUMAN */.$X);
        this.world.touch(issue);
        this.phases.enter(number, 'tick', this.clock);
        this.onEvent('needs-human removed');
    }
    /** A person merges: the issue closes as completed, siblings may now conflict. */
    merge(number, head) {
        const pull = this.world.pulls.get(number);
        if (!pull.open || pull.headSha !== head || pull.conflicting)
            return;
        pull.open = false;
        pull.mergedAt = this.world.now().toISOString();
        const issue = this.world.issues.get(pull.issue);
        issue.state = 'CLOSED';
        issue.stateReason = 'COMPLETED';
        this.world.touch(issue);
        this.slices.get(pull.issue).mergedAt = this.clock;
        this.phases.enter(pull.issue, 'done', this.clock);
        const { on_overlap, unknown_paths } = this.input.models.conflicts;
        const conflicts = [];
        for (const other of this.world.openPulls()) {
            if (other.conflicting)
                continue;
            const overlap = pull.known &&
                other.known &&
                other.paths.some(p => pull.paths.some(q => (0,collisions/* patternsOverlap */.NQ)(p, q)));
            const p = pull.known && other.known ? (overlap ? on_overlap : 0) : unknown_paths;
            if ((0,random/* chance */.Dz)(p, this.rng)) {
                other.conflicting = true;
                conflicts.push(other.issue);
                this.phases.enter(other.issue, 'conflict', this.clock);
            }
        }
        this.trace.push({ at: this.clock, kind: 'merge', issue: pull.issue, conflicts });
        const passed = this.passedAt.get(number);
        if (passed !== undefined)
            this.mergeWaits.push(this.clock - passed);
        for (const i of this.world.issues.values())
            if (i.state === 'OPEN' &&
                i.blockedBy.includes(pull.issue) &&
                i.blockedBy.every(b => this.world.issues.get(b)?.state === 'CLOSED')) {
                this.phases.enter(i.number, 'tick', this.clock);
                this.slices.get(i.number).readyAt = this.clock;
            }
        this.onEvent('pull request merged');
    }
}
async function simulate(input) {
    return new Simulation(input).run();
}


/***/ }),

/***/ 9461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J0: () => (/* binding */ kindLine),
/* harmony export */   Pf: () => (/* binding */ fieldsOf),
/* harmony export */   ie: () => (/* binding */ refLine)
/* harmony export */ });
/**
 * The field lines of a unit issue's body — `Roadmap ref:` and `Kind:` — rendered by compile and
 * read back by compile (what it closed) and publish (is this a doc slice?). Read only from the
 * body's head, the lines before its first blank line, where compile writes them: text quoted in
 * the intent below can never pass for a field.
 */
function refLine(ref) {
    return `Roadmap ref: \`${ref}\``;
}
function kindLine(kind) {
    return `Kind: ${kind}`;
}
const REF = /^Roadmap ref: `([^`]+)`$/;
const KIND = /^Kind: (doc|code|epic)$/;
/** The ref and kind a unit issue's body states in its head, when it does. */
function fieldsOf(body) {
    const head = (body ?? '').split(/\r?\n/);
    const end = head.findIndex(l => l.trim() === '');
    const lines = end === -1 ? head : head.slice(0, end);
    const ref = lines.map(l => REF.exec(l)?.[1]).find(Boolean);
    const kind = lines.map(l => KIND.exec(l)?.[1]).find(Boolean);
    return { ...(ref ? { ref } : {}), ...(kind ? { kind } : {}) };
}


/***/ }),

/***/ 9955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ applyPublish)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _loop_labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4459);
/**
 * Publish's applier: the Git Data API writes (blobs, one tree on the base's tree, one commit, the
 * branch created or moved fast-forward — never forced), the pull request, or the refusal. The
 * push port carries the push token, so the pull request's CI runs; the loop port writes comments.
 */


async function commit(push, o, contents) {
    const entries = [];
    for (const c of o.changes) {
        if (c.from)
            entries.push({ path: c.from, mode: '100644', sha: null });
        if (c.status === 'deleted') {
            entries.push({ path: c.path, mode: '100644', sha: null });
            continue;
        }
        const sha = await push.createBlob(contents.get(c.path) ?? Buffer.alloc(0));
        entries.push({ path: c.path, mode: c.mode === '100755' ? '100755' : '100644', sha });
    }
    const tree = await push.createTree(await push.commitTree(o.base), entries);
    const sha = await push.createCommit({ message: o.message, tree, parents: o.parents });
    if (o.create)
        await push.createBranch(o.branch, sha);
    else if ((await push.moveBranch(o.branch, sha)) === 'non-fast-forward')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD(`${o.branch} moved while this change was being published (someone pushed to it); nothing was forced — run publish again on the new head`);
    return sha;
}
async function applyPublish(github, push, plan, contents) {
    const applied = {};
    for (const o of plan.operations) {
        switch (o.op) {
            case 'commit':
                applied.commit = await commit(push, o, contents);
                break;
            case 'open-pull':
                applied.pull =
                    (await push.findOpenPull(o.branch, o.base)) ??
                        (await push.createPull({ head: o.branch, base: o.base, title: o.title, body: o.body }));
                break;
            case 'update-pull':
                await push.updatePull(o.number, { body: o.body });
                applied.pull = o.number;
                break;
            case 'comment':
                await github.createComment(o.issue, o.body);
                break;
            case 'release-claim':
                await github.updateComment(o.commentId, o.body);
                break;
            case 'remove-claim-label':
                await github.removeLabel(o.issue, _loop_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .LABEL_CLAIM */ .YQ);
                break;
        }
    }
    return applied;
}


/***/ }),

/***/ 7872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ planPublish)
/* harmony export */ });
/* harmony import */ var _github_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1679);
/* harmony import */ var _loop_markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(725);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/**
 * Publish's plan (pure): from the task, the read patch and the rules, either the commit and the
 * pull request to write, or the refusal to record — never both. A refusal is said on the issue
 * (the rule, as the next attempt's recovery brief), releases the claim, and counts as an attempt
 * without progress.
 */



function summary(changes) {
    const lines = changes.slice(0, 50).map(c => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codePath */ .Xe)(c.path)} (${c.status})`);
    return [
        `${changes.length} file(s) changed:`,
        ...lines,
        ...(changes.length > 50 ? [`- … ${changes.length - 50} more`] : [])
    ].join('\n');
}
function refusal(input) {
    const { task } = input;
    const body = [
        (0,_loop_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .refusedMarker */ .vf)(task.attempt),
        `Delivery Loop refused the change of attempt ${task.attempt} (branch \`${task.branch}\`): nothing was pushed. The next attempt must keep to these rules:`,
        '',
        ...input.refusals.map(r => `- **${r.rule}**: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralizeComments */ .g9)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralizeMentions */ .tI)(r.detail))}`),
        '',
        'This attempt counts as one without progress.',
        // What the refused run spent is charged all the same: its record rides on this comment.
        ...(input.attestation ? ['', input.attestation] : [])
    ].join('\n');
    return [
        { op: 'comment', issue: task.issue, body },
        ...(input.claim
            ? [
                {
                    op: 'release-claim',
                    commentId: input.claim.commentId,
                    body: `${(0,_loop_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .claimMarker */ .Bs)({ ...input.claim.marker, phase: 'released' })}\nReleased: the change was refused.`
                }
            ]
            : []),
        { op: 'remove-claim-label', issue: task.issue }
    ];
}
function planPublish(input) {
    const { task } = input;
    if (input.refusals.length)
        return { outcome: 'refused', refusals: input.refusals, operations: refusal(input) };
    const attest = input.attestation ? `\n\n${input.attestation}` : '';
    const commit = {
        op: 'commit',
        branch: task.branch,
        base: input.baseSha,
        parents: task.kind === 'conflict' && input.headSha ? [input.headSha, input.baseSha] : [input.baseSha],
        create: !input.branchExists,
        message: `${task.title} (#${task.issue})\n\nAttempt ${task.attempt} (${task.kind}), published by Delivery Loop.`,
        changes: input.changes
    };
    const heading = `**Attempt ${task.attempt}** (${task.kind}):`;
    const reverted = input.reverted?.length
        ? `\n\n> [!WARNING]\n> This resolution undoes what \`${input.defaultBranch}\` changed since the branch forked in ${input.reverted.map(_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codePath */ .Xe).join(', ')}: check that this is meant before merging.`
        : '';
    const note = `${heading} ${summary(input.changes)}${reverted}`;
    const noted = task.pull?.body.includes(heading) === true;
    const pull = task.pull
        ? noted && input.alreadyApplied
            ? undefined
            : {
                op: 'update-pull',
                number: task.pull.number,
                // Each attempt appends; the newest note and attestation stay whole however long the
                // body has grown (tick charges usage from the attestation record).
                body: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .keepTail */ .G9)(task.pull.body.trimEnd(), `\n\n---\n\n${note}${attest}`)
            }
        : {
            op: 'open-pull',
            branch: task.branch,
            base: input.defaultBranch,
            title: (0,_github_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .fitTitle */ .Ei)(task.title),
            body: `Closes #${task.issue}\n\n${note}${attest}\n\n_Published by Delivery Loop after its checks; a human merges._`
        };
    const operations = [...(input.alreadyApplied ? [] : [commit]), ...(pull ? [pull] : [])];
    return { outcome: 'published', refusals: [], operations };
}


/***/ })

};
