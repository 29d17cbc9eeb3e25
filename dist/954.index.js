export const id = 954;
export const ids = [954];
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


/***/ })

};
