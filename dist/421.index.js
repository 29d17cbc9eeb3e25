export const id = 421;
export const ids = [421];
export const modules = {

/***/ 4214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ desiredContent),
/* harmony export */   Mr: () => (/* binding */ mergeLabels),
/* harmony export */   Rj: () => (/* binding */ planCompile),
/* harmony export */   ki: () => (/* binding */ planItems),
/* harmony export */   wy: () => (/* binding */ blockerDatabaseIds)
/* harmony export */ });
/* unused harmony export differences */
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
 * What compile writes for a slice: title, body and labels (SPEC §3). Pure. The body keeps
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

/***/ 5157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ warningsMarkdown),
/* harmony export */   HQ: () => (/* binding */ appliedMarkdown),
/* harmony export */   Xg: () => (/* binding */ planMarkdown),
/* harmony export */   b7: () => (/* binding */ dagGraph),
/* harmony export */   uF: () => (/* binding */ diagnosticsMarkdown)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _report_mermaid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9409);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);



function dagGraph(compiled, status) {
    const unitOf = new Map(compiled.roadmap.units.map(u => [u.id, u]));
    const nodes = compiled.roadmap.slices.map(s => {
        const st = status?.(s.id);
        return {
            key: s.id,
            label: `${s.ref.split('/')[1]}: ${s.plain}`,
            group: s.unitId,
            groupLabel: unitOf.get(s.unitId).plainTitle,
            ...(st ? { status: st } : {})
        };
    });
    const edges = [];
    for (const s of compiled.roadmap.slices) {
        for (const b of compiled.roadmap.blockers.get(s.id) ?? [])
            if (b.type === 'slice')
                edges.push({ from: b.id, to: s.id });
    }
    return (0,_report_mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidGraph */ .G)(nodes, edges);
}
/** Roadmap errors with file:line: the first 50 (each is an annotation in the log as well). */
function diagnosticsMarkdown(diagnostics) {
    return [
        `### Roadmap errors (${diagnostics.length})`,
        '',
        ...diagnostics.slice(0, 50).map(d => `- \`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(d)}\``),
        ...(diagnostics.length > 50 ? [`- … and ${diagnostics.length - 50} more in the job log`] : [])
    ].join('\n');
}
/** Roadmap warnings (never fatal), with file:line. */
function warningsMarkdown(warnings) {
    if (!warnings.length)
        return [];
    return [
        `### Roadmap warnings (${warnings.length})`,
        '',
        ...warnings.slice(0, 50).map(d => `- \`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(d)}\``),
        ...(warnings.length > 50 ? [`- … and ${warnings.length - 50} more in the job log`] : []),
        ''
    ];
}
function counts(plan) {
    return {
        create: plan.items.filter(i => i.action === 'create').length,
        update: plan.items.filter(i => i.action === 'update').length,
        unchanged: plan.items.filter(i => i.action === 'unchanged').length,
        close: plan.closes.length
    };
}
/**
 * The plan as Markdown: counts, a table of changes, the DAG. Used for dry runs and PR comments;
 * `limit` (characters) bounds it — the table shows the changes that fit and says how many it
 * left out, so a big roadmap's plan comment is never refused by GitHub.
 */
function planMarkdown(compiled, plan, heading, limit = Number.POSITIVE_INFINITY) {
    const c = counts(plan);
    const rows = [
        ...plan.items
            .filter(i => i.action !== 'unchanged')
            .map(i => [
            i.action,
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .issueLink */ .MN)(i.issue?.number),
            `\`${i.item.ref}\``,
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralizeMentions */ .tI)(i.item.title)),
            i.changes.join(', ') || '—'
        ]),
        ...plan.closes.map(cl => [
            cl.reason === 'duplicate' ? `close (duplicate of #${cl.keep})` : 'close (not planned)',
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .issueLink */ .MN)(cl.issue.number),
            `\`${cl.key}\``,
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralizeMentions */ .tI)(cl.issue.title)),
            '—'
        ])
    ];
    const status = new Map();
    for (const i of plan.items)
        status.set(i.item.key, i.action);
    const head = [
        heading,
        '',
        `**${c.create}** to create · **${c.update}** to update · **${c.unchanged}** unchanged · **${c.close}** to close`,
        '',
        ...warningsMarkdown(compiled.warnings)
    ].join('\n');
    const tail = [
        '',
        ...(plan.ignored.length
            ? [
                `**${plan.ignored.length}** issue(s) carry a roadmap marker but were not written by a trusted identity, so they are ignored: ${plan.ignored
                    .map(i => `#${i.issue} (by ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralizeMentions */ .tI)(i.author ?? 'unknown')})`)
                    .join(', ')}`,
                ''
            ]
            : []),
        '<details><summary>Dependency graph</summary>',
        '',
        dagGraph(compiled, key => status.get(key)),
        '',
        '</details>'
    ].join('\n');
    const body = rows.length
        ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedTable */ .c8)(['action', 'issue', 'ref', 'title', 'changes'], rows, limit - head.length - tail.length - 2, left => `_… ${left} more changes are not shown here: the job summary and the \`report\` output list all ${rows.length}._`)
        : '_No changes: the issues already match the roadmap._';
    return [head, body, tail].join('\n');
}
function appliedMarkdown(compiled, result, extra) {
    const rows = (list, action) => list.map(e => [
        action,
        `#${e.issue}`,
        e.ref ? `\`${e.ref}\`` : '—',
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralizeMentions */ .tI)(e.title)),
        e.blocked_by.map(n => `#${n}`).join(', ') || '—'
    ]);
    const all = [
        ...rows(result.created, 'created'),
        ...rows(result.updated, 'updated'),
        ...rows(result.closed, 'closed')
    ];
    return [
        '## Delivery Loop · compile',
        '',
        `**${result.created.length}** created · **${result.updated.length}** updated · **${result.unchanged.length}** unchanged · **${result.closed.length}** closed · ${result.writes} write request(s)`,
        '',
        ...(result.remaining.length
            ? [
                `> [!WARNING]\n> Stopped at the write budget (\`compile.max_writes_per_run\`): ${result.remaining.length} change(s) remain and the next compile continues.`,
                ''
            ]
            : []),
        ...result.notices.map(n => `> [!NOTE]\n> ${n}\n`),
        ...warningsMarkdown(compiled.warnings),
        ...extra,
        all.length
            ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['action', 'issue', 'ref', 'title', 'blocked by'], all)
            : '_No changes: the issues already match the roadmap._',
        '',
        '<details><summary>Dependency graph</summary>',
        '',
        dagGraph(compiled),
        '',
        '</details>'
    ].join('\n');
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

/***/ 9421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compileMode: () => (/* binding */ compileMode)
});

// EXTERNAL MODULE: ./src/events.ts
var events = __webpack_require__(5694);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/compile/plan.ts
var compile_plan = __webpack_require__(4214);
// EXTERNAL MODULE: ./src/github/labels.ts
var github_labels = __webpack_require__(7448);
// EXTERNAL MODULE: ./src/loop/fields.ts
var fields = __webpack_require__(9461);
;// CONCATENATED MODULE: ./src/compile/apply.ts
/**
 * Apply a compile plan: create and update issues in dependency order (blockers exist before
 * their dependents are rendered), record native "blocked by" relationships and sub-issues, close
 * removed and duplicate issues. Stops before `maxWrites` and says what remains; re-running is
 * always safe because issues are matched by their deterministic markers.
 */




/** GitHub allows this many sub-issues per parent. */
const SUB_ISSUE_LIMIT = 100;
class BudgetExhausted extends Error {
}
// eslint-disable-next-line max-lines-per-function -- compile still decides writes at apply time; it shrinks when compile plans its operations
async function applyPlan(options) {
    const { plan, github, logger, render, maxWrites, external } = options;
    const result = {
        created: [],
        updated: [],
        unchanged: [],
        closed: [],
        remaining: [],
        nativeDependencies: 'available',
        notices: [],
        writes: 0
    };
    const issues = new Map();
    for (const p of plan.items)
        if (p.issue)
            issues.set(p.item.key, { number: p.issue.number, databaseId: p.issue.databaseId });
    const managedDatabaseIds = new Set([...issues.values()].map(i => i.databaseId));
    const subIssueCount = new Map();
    let nativeAvailable = true;
    const labels = new github_labels/* LabelEnsurer */.Z(github);
    const spend = (n) => {
        if (result.writes + n > maxWrites)
            throw new BudgetExhausted();
    };
    const wrote = () => {
        result.writes++;
    };
    const ensureLabels = async (names) => {
        result.writes += await labels.ensure(names);
    };
    const missingLabelCount = (names) => labels.missing(names);
    const nativeUnavailable = () => {
        if (!nativeAvailable)
            return;
        nativeAvailable = false;
        result.nativeDependencies = 'unavailable';
        const notice = "GitHub's issue dependencies API is not available for this repository (older GitHub Enterprise or missing permission): dependencies are recorded as blocked-by labels only.";
        result.notices.push(notice);
        logger.notice(notice);
    };
    const entry = (item, number, blockedBy) => ({
        issue: number,
        id: item.key,
        ref: item.ref,
        kind: item.kind,
        title: item.title,
        blocked_by: blockedBy
    });
    const blockerIds = (item) => (0,compile_plan/* blockerDatabaseIds */.wy)(item, k => issues.get(k)?.databaseId, external);
    const attachToParent = async (item, databaseId, current) => {
        if (!item.parentKey)
            return;
        const parent = issues.get(item.parentKey);
        if (!parent || current?.parent === parent.number)
            return;
        const count = (subIssueCount.get(item.parentKey) ?? 0) + 1;
        subIssueCount.set(item.parentKey, count);
        if (count > SUB_ISSUE_LIMIT) {
            if (count === SUB_ISSUE_LIMIT + 1) {
                const notice = `Epic "${item.unit.title}" has more than ${SUB_ISSUE_LIMIT} slices; GitHub allows ${SUB_ISSUE_LIMIT} sub-issues per parent, so the rest carry only the epic label.`;
                result.notices.push(notice);
                logger.warning(notice);
            }
            return;
        }
        const outcome = await github.addSubIssue(parent.number, databaseId);
        if (outcome !== 'unavailable')
            wrote();
        else if (!result.notices.some(n => n.includes('sub-issues API'))) {
            const notice = "GitHub's sub-issues API is not available here: epic slices carry the epic label only.";
            result.notices.push(notice);
            logger.notice(notice);
        }
    };
    const rateLimited = (error) => {
        const notice = `GitHub's rate limit stopped this compile early${error.resetAt ? ` (it lifts at ${error.resetAt})` : ''}: the rest is listed as remaining, and the next compile continues.`;
        result.notices.push(notice);
        logger.warning(notice);
    };
    /** Items GitHub refused (422): skipped with the reason; their dependents wait for them. */
    const refused = new Set();
    // eslint-disable-next-line max-lines-per-function -- compile still decides writes at apply time; it shrinks when compile plans its operations
    const applyItem = async (p) => {
        const { item } = p;
        const known = issues.get(item.key);
        const waitsFor = item.blockerKeys.filter(k => refused.has(k));
        if (!known && waitsFor.length) {
            refused.add(item.key);
            result.remaining.push({
                id: item.key,
                ref: item.ref,
                action: p.action,
                line: item.line,
                reason: `waits for ${waitsFor.length} blocker(s) GitHub refused to create`
            });
            return;
        }
        const wanted = (0,compile_plan/* desiredContent */.Em)(item, k => issues.get(k)?.number, render);
        const ids = blockerIds(item);
        if (!known) {
            spend(1 +
                missingLabelCount(wanted.labels) +
                (nativeAvailable ? ids.length : 0) +
                (item.parentKey ? 1 : 0));
            await ensureLabels(wanted.labels);
            const created = await github.createIssue({
                title: wanted.title,
                body: wanted.body,
                labels: wanted.labels
            });
            wrote();
            issues.set(item.key, created);
            managedDatabaseIds.add(created.databaseId);
            logger.info(`created #${created.number} ${item.ref}: ${wanted.title}`);
            for (const id of ids) {
                if (!nativeAvailable)
                    break;
                const outcome = await github.addBlockedBy(created.number, id);
                if (outcome === 'unavailable')
                    nativeUnavailable();
                else
                    wrote();
            }
            await attachToParent(item, created.databaseId, undefined);
            result.created.push(entry(item, created.number, wanted.blockedBy));
            return;
        }
        const issue = p.issue;
        const labels = (0,compile_plan/* mergeLabels */.Mr)(issue.labels, wanted.labels);
        const change = {};
        if (issue.title !== wanted.title)
            change.title = wanted.title;
        if (p.changes.includes('body'))
            change.body = wanted.body;
        if (p.changes.includes('labels'))
            change.labels = labels;
        const native = new Set(issue.blockedBy.map(b => b.databaseId));
        const add = nativeAvailable ? ids.filter(id => !native.has(id)) : [];
        const remove = issue.blockedBy.filter(b => managedDatabaseIds.has(b.databaseId) && !ids.includes(b.databaseId));
        const writes = (Object.keys(change).length ? 1 : 0) +
            add.length +
            remove.length +
            (p.changes.includes('parent') ? 1 : 0);
        if (writes === 0 && p.action === 'unchanged') {
            result.unchanged.push(entry(item, issue.number, wanted.blockedBy));
            return;
        }
        spend(writes + missingLabelCount(change.labels ?? []));
        if (change.labels)
            await ensureLabels(wanted.labels);
        if (Object.keys(change).length) {
            await github.updateIssue(issue.number, change);
            wrote();
        }
        for (const id of add) {
            if (!nativeAvailable)
                break;
            const outcome = await github.addBlockedBy(issue.number, id);
            if (outcome === 'unavailable')
                nativeUnavailable();
            else
                wrote();
        }
        for (const b of remove) {
            if (!nativeAvailable)
                break;
            await github.removeBlockedBy(issue.number, b.databaseId);
            wrote();
        }
        if (p.changes.includes('parent'))
            await attachToParent(item, issue.databaseId, issue);
        const changes = [
            ...Object.keys(change),
            ...(add.length || remove.length ? ['dependencies'] : []),
            ...(p.changes.includes('parent') ? ['parent'] : [])
        ];
        if (changes.length) {
            logger.info(`updated #${issue.number} ${item.ref} (${changes.join(', ')})`);
            result.updated.push({ ...entry(item, issue.number, wanted.blockedBy), changes });
        }
        else {
            result.unchanged.push(entry(item, issue.number, wanted.blockedBy));
        }
    };
    let stopped = -1;
    for (let i = 0; i < plan.items.length; i++) {
        try {
            await applyItem(plan.items[i]);
        }
        catch (error) {
            if (error instanceof errors/* ApiError */.hD && error.status === 422) {
                // What GitHub refuses for one slice must not stop the others: report it with its line.
                const { item } = plan.items[i];
                refused.add(item.key);
                const reason = `GitHub refused it: ${error.message.slice(0, 300)}`;
                result.remaining.push({
                    id: item.key,
                    ref: item.ref,
                    action: plan.items[i].action,
                    line: item.line,
                    reason
                });
                logger.error(`roadmap line ${item.line}, ${item.ref}: ${reason}`);
                continue;
            }
            if (error instanceof errors/* RateLimitedError */.TM) {
                rateLimited(error);
            }
            else if (!(error instanceof BudgetExhausted))
                throw error;
            stopped = i;
            break;
        }
    }
    if (stopped >= 0) {
        for (const p of plan.items.slice(stopped)) {
            if (p.action !== 'unchanged')
                result.remaining.push({ id: p.item.key, ref: p.item.ref, action: p.action });
        }
    }
    for (const close of plan.closes) {
        if (stopped >= 0 || result.writes + 2 > maxWrites) {
            result.remaining.push({ id: close.key, ref: `#${close.issue.number}`, action: 'close' });
            continue;
        }
        const comment = close.reason === 'duplicate'
            ? `Delivery Loop: duplicate of #${close.keep} (both carry roadmap marker \`${close.key}\`, for example from two concurrent runs). Keeping the older issue.`
            : `Delivery Loop: this slice is no longer in the roadmap (marker \`${close.key}\`), so the issue is closed as not planned. Put the slice back with the same marker to reopen the work in a new way, or reopen this issue by hand.`;
        try {
            await github.createComment(close.issue.number, comment);
            wrote();
            await github.updateIssue(close.issue.number, {
                state: 'closed',
                stateReason: close.reason === 'duplicate' ? 'duplicate' : 'not_planned'
            });
            wrote();
        }
        catch (error) {
            if (!(error instanceof errors/* RateLimitedError */.TM))
                throw error;
            rateLimited(error);
            stopped = plan.items.length;
            result.remaining.push({ id: close.key, ref: `#${close.issue.number}`, action: 'close' });
            continue;
        }
        logger.info(`closed #${close.issue.number} (${close.reason})`);
        result.closed.push({
            issue: close.issue.number,
            id: close.key,
            ref: (0,fields/* fieldsOf */.Pf)(close.issue.body).ref ?? '',
            kind: (0,fields/* fieldsOf */.Pf)(close.issue.body).kind ?? '',
            title: close.issue.title,
            blocked_by: [],
            reason: close.reason
        });
    }
    return result;
}

// EXTERNAL MODULE: ./src/roadmap/compile-roadmap.ts + 4 modules
var compile_roadmap = __webpack_require__(7426);
// EXTERNAL MODULE: ./src/loop/markers.ts
var markers = __webpack_require__(725);
;// CONCATENATED MODULE: ./src/roadmap/write-markers.ts
/**
 * Marker write-back by position: each missing marker is inserted at the end of its heading or
 * slice line. Nothing is re-serialised, so every byte the user wrote stays where it was.
 */

/** Markers compile assigned in this run (units and slices without one in the file). */
function missingMarkers(roadmap) {
    const out = [];
    for (const unit of roadmap.units) {
        if (!unit.marked)
            out.push({ offset: unit.markerOffset, id: unit.id, line: unit.line });
        for (const slice of unit.slices) {
            if (!slice.marked && !slice.synthetic)
                out.push({ offset: slice.markerOffset, id: slice.id, line: slice.line });
        }
    }
    return out.sort((a, b) => a.offset - b.offset);
}
function insertMarkers(text, insertions) {
    const sorted = [...insertions].sort((a, b) => a.offset - b.offset);
    let out = '';
    let at = 0;
    for (const ins of sorted) {
        out += text.slice(at, ins.offset) + ` ${(0,markers/* unitMarker */.Xn)(ins.id)}`;
        at = ins.offset;
    }
    return out + text.slice(at);
}

;// CONCATENATED MODULE: ./src/compile/markers-writeback.ts


const MARKER_COMMIT_MESSAGE = 'chore(roadmap): add unit markers';
async function writeBackMarkers(options) {
    const { github, logger, roadmap, text, path, defaultBranch } = options;
    const insertions = missingMarkers(roadmap);
    if (!insertions.length)
        return { markers: 0, outcome: 'none' };
    if (options.mode === 'off')
        return { markers: insertions.length, outcome: 'off' };
    const current = await github.readFile(path, defaultBranch);
    if (!current || current.text.replace(/\r\n/g, '\n') !== text.replace(/\r\n/g, '\n')) {
        // Someone pushed meanwhile: the next compile (run by that push) writes the markers.
        const detail = `${path} on ${defaultBranch} differs from the compiled text; markers will be written by the next compile`;
        logger.warning(detail);
        return { markers: insertions.length, outcome: 'skipped', detail };
    }
    // Same content but other line ends (a checkout with autocrlf): positions come from the text
    // that is written, so take them from a parse of that text.
    const positions = current.text === text ? insertions : missingMarkers((0,compile_roadmap/* compileRoadmap */.u)(current.text, path).roadmap);
    const updated = insertMarkers(current.text, positions);
    if (options.mode === 'commit') {
        const outcome = await github.writeFile({
            path,
            text: updated,
            sha: current.sha,
            branch: defaultBranch,
            message: MARKER_COMMIT_MESSAGE
        });
        if (outcome === 'written') {
            logger.info(`wrote ${insertions.length} marker(s) to ${path} on ${defaultBranch}`);
            return { markers: insertions.length, outcome: 'committed' };
        }
        if (outcome === 'conflict') {
            const detail = `${path} changed on ${defaultBranch} while compiling; markers will be written by the next compile`;
            logger.warning(detail);
            return { markers: insertions.length, outcome: 'skipped', detail };
        }
        logger.notice(`${defaultBranch} is protected: opening a pull request with the roadmap markers instead of committing`);
    }
    const head = await github.branchSha(defaultBranch);
    if (!head)
        throw new Error(`default branch ${defaultBranch} not found`);
    let branch = options.branch;
    const existing = await github.branchSha(branch);
    if (existing) {
        const open = await github.findOpenPull(branch, defaultBranch);
        if (open === undefined) {
            // A stale branch from an earlier, closed pull request: never force-push, use a new one.
            branch = `${branch}-${Date.now().toString(36)}`;
            await github.createBranch(branch, head);
        }
    }
    else {
        await github.createBranch(branch, head);
    }
    const onBranch = await github.readFile(path, branch);
    if (!onBranch)
        throw new Error(`${path} not found on ${branch}`);
    await github.writeFile({
        path,
        text: updated,
        sha: onBranch.sha,
        branch,
        message: MARKER_COMMIT_MESSAGE
    });
    let pull = await github.findOpenPull(branch, defaultBranch);
    pull ??= await github.createPull({
        head: branch,
        base: defaultBranch,
        title: MARKER_COMMIT_MESSAGE,
        body: `Delivery Loop assigned ${insertions.length} roadmap marker(s). Merging this pull request keeps issue matching stable when headings and slices are edited.\n\nOnly \`<!-- lc:u=… -->\` comments are added; every other byte of \`${path}\` is unchanged.`
    });
    logger.info(`markers proposed in pull request #${pull}`);
    return { markers: insertions.length, outcome: 'pull-request', pullRequest: pull };
}

// EXTERNAL MODULE: ./src/compile/summary.ts
var summary = __webpack_require__(5157);
// EXTERNAL MODULE: ./src/loop/labels.ts
var labels = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/github/limits.ts
var limits = __webpack_require__(1679);
// EXTERNAL MODULE: ./src/roadmap/text.ts
var roadmap_text = __webpack_require__(7757);
;// CONCATENATED MODULE: ./src/compile/closure-guard.ts
function checkClosures(input) {
    const removed = input.closes.filter(c => c.reason === 'removed');
    const n = removed.length;
    const tooMany = n > input.maxCloses;
    const most = n * 2 > input.openUnits;
    if (!n || (!tooMany && !most))
        return { removed };
    if (input.confirmed === n)
        return { removed };
    const why = tooMany
        ? `more than compile.max_closes_per_run (${input.maxCloses})`
        : `more than half of the ${input.openUnits} open unit issues`;
    const listed = removed
        .slice(0, 20)
        .map(c => `#${c.issue.number}`)
        .join(', ');
    const mismatch = input.confirmed !== undefined ? ` (confirm-closes is ${input.confirmed}, not ${n})` : '';
    return {
        removed,
        blocked: `this compile would close ${n} issue(s) whose units are no longer in ${input.file} — ${why}: ${listed}${n > 20 ? `, … ${n - 20} more` : ''}. Nothing was written${mismatch}. If that is intended, run compile with the input \`confirm-closes: ${n}\` (e.g. from workflow_dispatch); otherwise restore the units in ${input.file}.`
    };
}

// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
;// CONCATENATED MODULE: ./src/modes/compile.ts
/**
 * mode: compile — ROADMAP.md → an idempotent issue DAG (SPEC §2–§4).
 * Parse and validate (zero writes on any error) → read marked issues → plan → then, depending on
 * the event: a sticky plan comment on a pull request, the plan alone for dry runs and branches
 * other than the default, or apply + marker write-back on the default branch.
 */















/**
 * The roadmap to compile: the checked-out file; without a checkout, the pull request's head for
 * a pull request's plan (what its merge would bring), else the default branch's.
 */
async function readRoadmap(env, pull) {
    const file = env.inputs.roadmapPath;
    const local = external_node_path_default().resolve(env.context.workspace, file);
    if ((0,external_node_fs_.existsSync)(local))
        return { text: (0,roadmap_text/* roadmapText */.g)((0,external_node_fs_.readFileSync)(local), file), source: 'workspace' };
    const head = pull !== undefined ? (await env.github.getPull(pull))?.headSha : undefined;
    const remote = await env.github.readFile(file, head);
    if (remote)
        return {
            text: (0,roadmap_text/* roadmapText */.g)(remote.bytes, file),
            source: head ? `pull request #${pull} (head ${head.slice(0, 7)})` : 'default branch'
        };
    throw new errors/* ConfigError */.xL(`${file} not found`, [
        {
            file,
            message: 'the roadmap file does not exist in the workspace or on the default branch (input `roadmap`)'
        }
    ]);
}
function annotate(env, diagnostics) {
    for (const d of diagnostics)
        env.logger.error(d.message, { file: d.file, line: d.line, title: 'Roadmap error' });
}
function annotateWarnings(env, warnings) {
    for (const w of warnings)
        env.logger.warning(w.message, { file: w.file, line: w.line, title: 'Roadmap warning' });
}
function entryOf(compiled, plan) {
    return plan.items.map(p => ({
        issue: p.issue?.number ?? null,
        id: p.item.key,
        ref: p.item.ref,
        kind: p.item.kind,
        title: p.item.title,
        action: p.action,
        changes: p.changes,
        line: p.item.line
    }));
}
async function upsertPlanComment(github, logger, pull, body, trusted) {
    try {
        return await writePlanComment(github, pull, body, trusted);
    }
    catch (error) {
        // Pull requests from forks get a read-only token: the plan stays in the job summary.
        if (error instanceof errors/* ApiError */.hD && error.status === 403) {
            logger.notice(`Could not comment the plan on #${pull} (read-only token, e.g. a pull request from a fork); the plan is in the job summary.`);
            return 'refused';
        }
        throw error;
    }
}
async function writePlanComment(github, pull, body, trusted) {
    const comments = await github.listComments(pull);
    // Only our own comment is updated: anyone can paste the marker into theirs.
    const mine = comments.find(c => (0,markers/* startsWithMarker */.Ox)(c.body, markers/* PLAN_COMMENT_MARKER */.FL) && trusted(c.author));
    const text = `${markers/* PLAN_COMMENT_MARKER */.FL}\n${body}`;
    if (!mine) {
        await github.createComment(pull, text);
        return 'created';
    }
    if (mine.body === text)
        return 'unchanged';
    await github.updateComment(mine.id, text);
    return 'updated';
}
async function compileRun(env) {
    const { github, context, inputs } = env;
    const file = inputs.roadmapPath;
    const pull = (0,events/* pullRequestOf */._n)(context);
    const { text, source } = await readRoadmap(env, pull);
    const repository = await github.repository();
    return {
        env,
        file,
        source,
        text,
        compiled: (0,compile_roadmap/* compileRoadmap */.u)(text, file),
        ...(pull !== undefined ? { pull } : {}),
        defaultBranch: repository.defaultBranch,
        render: {
            roadmapUrl: `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/blob/${repository.defaultBranch}/${file}`
        },
        trusted: async () => (await env.trust()).isLoop
    };
}
/** Errors in the roadmap or the plan: annotations, the PR comment, zero issue writes. */
async function invalid(run, diagnostics) {
    const { env, file, source, pull } = run;
    const { warnings } = run.compiled;
    annotate(env, diagnostics);
    // The warnings go with the errors: a near miss ("- Code: …") often explains an unknown reference.
    annotateWarnings(env, warnings);
    const markdown = [
        '## Delivery Loop · compile',
        '',
        (0,summary/* diagnosticsMarkdown */.uF)(diagnostics),
        ...(warnings.length ? ['', ...(0,summary/* warningsMarkdown */.FK)(warnings)] : [])
    ].join('\n');
    if (pull !== undefined && !env.inputs.dryRun)
        await upsertPlanComment(env.github, env.logger, pull, markdown, await run.trusted());
    return {
        status: 'invalid',
        report: {
            roadmap: { file, source },
            errors: diagnostics.map(d => ({ file: d.file, line: d.line, message: d.message })),
            warnings: warnings.map(w => ({ file: w.file, line: w.line, message: w.message }))
        },
        summary: markdown,
        failure: `${file} has ${diagnostics.length} error(s); nothing was written`
    };
}
/** Facts: every marked issue (both labels, all pages, open and closed) and outside blockers. */
async function existingFacts(run) {
    const { github } = run.env;
    const { roadmap } = run.compiled;
    const existing = await github.listIssuesWithLabels([labels/* LABEL_UNIT */.eQ, labels/* LABEL_EPIC_PARENT */.CU]);
    const externalNumbers = [
        ...new Set(roadmap.slices.flatMap(s => (roadmap.blockers.get(s.id) ?? []).flatMap(b => (b.type === 'issue' ? [b.number] : []))))
    ];
    const external = externalNumbers.length ? await github.lookupIssues(externalNumbers) : new Map();
    return { existing, external };
}
function baseReport(run, plan) {
    return {
        roadmap: {
            file: run.file,
            source: run.source,
            units: run.compiled.roadmap.units.length,
            slices: run.compiled.roadmap.slices.length
        },
        ignored: plan.ignored,
        warnings: run.compiled.warnings.map(w => ({ file: w.file, line: w.line, message: w.message }))
    };
}
/** The plan alone: a pull request's sticky comment, a dry run, or a push to another branch. */
async function planOnly(run, plan, why, closure) {
    const { env, compiled, pull } = run;
    const warning = closure.blocked
        ? `\n\n**⚠️ Applying this plan would stop: ${closure.blocked}**`
        : '';
    const heading = `## Delivery Loop · compile plan\n\n${why}${warning}`;
    const markdown = (0,summary/* planMarkdown */.Xg)(compiled, plan, heading);
    const comment = pull !== undefined && !env.inputs.dryRun
        ? await upsertPlanComment(env.github, env.logger, pull, (0,summary/* planMarkdown */.Xg)(compiled, plan, heading, limits/* COMMENT_ROOM_CHARS */.it - markers/* PLAN_COMMENT_MARKER */.FL.length - 1), await run.trusted())
        : undefined;
    return {
        status: 'planned',
        outputs: { created: '0', updated: '0', closed: '0' },
        report: {
            ...baseReport(run, plan),
            plan: entryOf(compiled, plan),
            closes: plan.closes.map(c => ({ issue: c.issue.number, id: c.key, reason: c.reason })),
            ...(closure.blocked ? { needs_confirmation: closure.blocked } : {}),
            ...(comment ? { comment } : {})
        },
        summary: markdown
    };
}
function writebackLine(file, writeback) {
    switch (writeback.outcome) {
        case 'committed':
            return [`Wrote ${writeback.markers} marker(s) to \`${file}\`.`, ''];
        case 'pull-request':
            return [
                `Proposed ${writeback.markers} marker(s) in pull request #${writeback.pullRequest}.`,
                ''
            ];
        case 'off':
            return writeback.markers
                ? [`${writeback.markers} marker(s) not written back (\`compile.write_markers: off\`).`, '']
                : [];
        default:
            return [];
    }
}
/** Apply on the default branch, then write the markers back once every write is done. */
async function applyCompile(run, plan, external) {
    const { env, compiled, file } = run;
    const { github, logger, config } = env;
    // Plan the writes within the quota left (keeping api.reserve), never run dry mid-compile.
    const quiet = plan.items.every(i => i.action === 'unchanged') && !plan.closes.length;
    const rate = quiet ? undefined : await github.rateLimit();
    const quota = rate
        ? Math.max(0, rate.remaining - config.api.reserve)
        : config.compile.max_writes_per_run;
    if (rate && quota < config.compile.max_writes_per_run)
        logger.warning(`${rate.remaining} API requests left until ${rate.resetAt} (api.reserve ${config.api.reserve}): this compile makes at most ${quota} writes and the next one continues`);
    const result = await applyPlan({
        plan,
        github,
        logger,
        render: run.render,
        maxWrites: Math.min(config.compile.max_writes_per_run, quota),
        external
    });
    const writeback = result.remaining.length
        ? { markers: 0, outcome: 'none' }
        : await writeBackMarkers({
            github,
            logger,
            roadmap: compiled.roadmap,
            text: run.text,
            path: file,
            mode: config.compile.write_markers,
            branch: config.compile.markers_branch,
            defaultBranch: run.defaultBranch
        });
    return {
        status: result.remaining.length ? 'partial' : 'applied',
        outputs: {
            created: String(result.created.length),
            updated: String(result.updated.length),
            closed: String(result.closed.length)
        },
        report: {
            ...baseReport(run, plan),
            created: result.created,
            updated: result.updated,
            unchanged: result.unchanged,
            closed: result.closed,
            remaining: result.remaining,
            native_dependencies: result.nativeDependencies,
            notices: result.notices,
            markers: writeback,
            totals: {
                created: result.created.length,
                updated: result.updated.length,
                unchanged: result.unchanged.length,
                closed: result.closed.length,
                remaining: result.remaining.length,
                writes: result.writes
            }
        },
        summary: (0,summary/* appliedMarkdown */.HQ)(compiled, result, writebackLine(file, writeback)),
        state: {
            ...env.state,
            compile: {
                remaining: result.remaining.length,
                ...(result.remaining.length ? {} : { completed_at: (0,clock/* now */.t)().toISOString() })
            }
        }
    };
}
/** A mass closure stops before any write and says how to confirm it. */
function needsConfirmation(run, plan, why) {
    run.env.logger.error(why, { file: run.file, title: 'Roadmap change would close many issues' });
    const markdown = (0,summary/* planMarkdown */.Xg)(run.compiled, plan, `## Delivery Loop · compile\n\n**⚠️ Stopped before any write: ${why}**`);
    return {
        status: 'needs-confirmation',
        outputs: { created: '0', updated: '0', closed: '0' },
        report: {
            ...baseReport(run, plan),
            closes: plan.closes.map(c => ({ issue: c.issue.number, id: c.key, reason: c.reason })),
            needs_confirmation: why
        },
        summary: markdown,
        failure: why
    };
}
async function compileMode(env) {
    const run = await compileRun(env);
    if (run.compiled.diagnostics.length)
        return invalid(run, run.compiled.diagnostics);
    annotateWarnings(env, run.compiled.warnings);
    const { existing, external } = await existingFacts(run);
    const plan = (0,compile_plan/* planCompile */.Rj)({
        compiled: run.compiled,
        existing,
        trusted: await run.trusted(),
        external,
        render: run.render
    });
    if (plan.diagnostics.length)
        return invalid(run, plan.diagnostics);
    for (const i of plan.ignored) {
        env.logger.warning(`#${i.issue} carries roadmap marker ${i.key} but was written by ${i.author ?? 'an unknown author'}, who is not trusted; it is ignored (add the login to trust.bot_logins if it is yours)`);
    }
    const { context, inputs } = env;
    const onDefaultBranch = context.eventName !== 'push' ||
        !context.ref ||
        context.ref === `refs/heads/${run.defaultBranch}`;
    const trusted = await run.trusted();
    const closure = checkClosures({
        closes: plan.closes,
        openUnits: existing.filter(i => i.state === 'OPEN' && trusted(i.author) && (0,markers/* unitMarkerOf */.mQ)(i.body) !== undefined).length,
        maxCloses: env.config.compile.max_closes_per_run,
        ...(inputs.confirmCloses !== undefined ? { confirmed: inputs.confirmCloses } : {}),
        file: run.file
    });
    if (run.pull !== undefined)
        return planOnly(run, plan, 'Plan for this pull request: merging it applies the plan.', closure);
    if (inputs.dryRun)
        return planOnly(run, plan, 'Dry run: nothing was written.', closure);
    if (!onDefaultBranch)
        return planOnly(run, plan, `Push to ${context.ref}: compile applies only on ${run.defaultBranch}.`, closure);
    if (closure.blocked)
        return needsConfirmation(run, plan, closure.blocked);
    return applyCompile(run, plan, external);
}


/***/ })

};
