export const id = 162;
export const ids = [162];
export const modules = {

/***/ 5162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/context.ts
var src_context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/logging.ts
var logging = __webpack_require__(1338);
// EXTERNAL MODULE: ./src/run-mode.ts + 44 modules
var run_mode = __webpack_require__(2061);
// EXTERNAL MODULE: ./src/compile/render.ts
var render = __webpack_require__(205);
// EXTERNAL MODULE: ./src/compile/summary.ts
var summary = __webpack_require__(5157);
// EXTERNAL MODULE: ./src/roadmap/compile-roadmap.ts + 4 modules
var compile_roadmap = __webpack_require__(7426);
// EXTERNAL MODULE: ./src/roadmap/text.ts
var roadmap_text = __webpack_require__(7757);
;// CONCATENATED MODULE: ./src/plan-command.ts
/**
 * `delivery-loop plan`: offline, no token. Validates the roadmap, prints the DAG (text and
 * Mermaid), the issues compile would create on an empty tracker, and the initial ready set.
 * `--json` prints the same plan as JSON. Exit 1 with `file:line: message` lines when invalid.
 */






async function runPlanCommand(options) {
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(options.roadmapPath);
    }
    catch (error) {
        throw new errors/* InputError */.dz('--roadmap', `cannot read ${options.roadmapPath}: ${error.message}`);
    }
    let text;
    try {
        text = (0,roadmap_text/* roadmapText */.g)(bytes, options.roadmapPath);
    }
    catch (error) {
        for (const d of error.diagnostics ?? [])
            options.err.write(`${(0,errors/* formatDiagnostic */.xy)(d)}\n`);
        return 1;
    }
    const compiled = (0,compile_roadmap/* compileRoadmap */.u)(text, options.roadmapPath);
    if (compiled.diagnostics.length) {
        for (const d of compiled.diagnostics)
            options.err.write(`${(0,errors/* formatDiagnostic */.xy)(d)}\n`);
        options.err.write(`${options.roadmapPath}: ${compiled.diagnostics.length} error(s)\n`);
        return 1;
    }
    // Warnings never fail the plan: they go to stderr with file:line, like errors.
    for (const w of compiled.warnings)
        options.err.write(`${(0,errors/* formatDiagnostic */.xy)(w)} (warning)\n`);
    const { roadmap, order } = compiled;
    const byId = new Map(roadmap.slices.map(s => [s.id, s]));
    const unitOf = new Map(roadmap.units.map(u => [u.id, u]));
    const blockersOf = (id) => roadmap.blockers.get(id) ?? [];
    // On an empty tracker only slices without any blocker are ready (`#N` blockers are unknown
    // offline and count as not done: fail closed).
    const ready = order.filter(id => blockersOf(id).length === 0);
    if (options.json) {
        const plan = {
            file: options.roadmapPath,
            units: roadmap.units.map(u => ({
                id: u.id,
                title: u.title,
                slug: u.slug,
                epic: u.epic,
                line: u.line,
                marked: u.marked,
                slices: u.slices.map(s => s.id)
            })),
            slices: order.map(id => {
                const s = byId.get(id);
                const blockers = blockersOf(id);
                return {
                    id: s.id,
                    ref: s.ref,
                    kind: s.kind,
                    title: (0,render/* sliceTitle */.pS)(s),
                    line: s.line,
                    unit: s.unitId,
                    epic: unitOf.get(s.unitId).epic,
                    marked: s.marked,
                    blocked_by: blockers.map(b => b.type === 'slice' ? byId.get(b.id).ref : `#${b.number}`),
                    blocked_by_ids: blockers.flatMap(b => (b.type === 'slice' ? [b.id] : []))
                };
            }),
            ready: ready.map(id => byId.get(id).ref),
            warnings: compiled.warnings.map(w => ({ line: w.line, message: w.message }))
        };
        options.out.write(`${JSON.stringify(plan, null, 2)}\n`);
        return 0;
    }
    const lines = [
        `${options.roadmapPath}: ${roadmap.units.length} unit(s), ${roadmap.slices.length} slice(s) — valid${compiled.warnings.length ? `, ${compiled.warnings.length} warning(s) (on stderr)` : ''}`,
        '',
        'Issues compile would create on an empty tracker, in creation order:'
    ];
    order.forEach((id, i) => {
        const s = byId.get(id);
        const blockers = blockersOf(id).map(b => b.type === 'slice' ? byId.get(b.id).ref : `#${b.number}`);
        lines.push(`  ${String(i + 1).padStart(3)}. ${s.ref.padEnd(40)} ${(0,render/* sliceTitle */.pS)(s)}${unitOf.get(s.unitId).epic ? ' [epic]' : ''}`, `       id ${s.id}, line ${s.line}${blockers.length ? `, blocked by ${blockers.join(', ')}` : ''}`);
    });
    lines.push('', `Ready on an empty tracker (${ready.length}):`, ...ready.map(id => `  - ${byId.get(id).ref}`));
    lines.push('', 'Dependency graph (Mermaid):', (0,summary/* dagGraph */.b7)(compiled), '');
    options.out.write(lines.join('\n'));
    return 0;
}

;// CONCATENATED MODULE: ./src/version.ts
/** The release version, printed by `delivery-loop --version` (a test keeps it equal to package.json). */
const VERSION = '0.2.0';

;// CONCATENATED MODULE: ./src/cli.ts
/**
 * `delivery-loop`: the same modes from a terminal.
 *
 *   delivery-loop plan [--roadmap ROADMAP.md] [--json]           offline, no token
 *   delivery-loop <mode> --repo owner/name [--dry-run] [...]     with GITHUB_TOKEN
 *
 * The report JSON goes to stdout, logs and the summary to stderr.
 */











const USAGE = `usage:
  delivery-loop plan [--roadmap FILE] [--json]                 offline, no token
  delivery-loop <${src_inputs/* MODES */.FN.join('|')}> --repo OWNER/NAME [options]
  delivery-loop <mode> --help                                  the options of one mode
  delivery-loop --version
common options: --dry-run --api-url URL --config FILE --event NAME --payload FILE --verbose
environment: GITHUB_TOKEN (every mode but plan), GITHUB_API_URL, DELIVERY_LOOP_PUSH_TOKEN (publish)`;
/** Per-mode help: what it does and the options it reads. */
const MODE_HELP = {
    plan: [
        'Validate ROADMAP.md offline and print the DAG, the issues compile would create and the ready set.',
        '  --roadmap FILE      the roadmap (default ROADMAP.md)',
        '  --json              the plan as JSON'
    ],
    compile: [
        "Compile the roadmap into issues. Reads ROADMAP.md and .delivery.yml from the repository's default branch.",
        '  --apply-local       apply the local --roadmap FILE instead (it may not be merged yet)',
        '  --pull-request N    plan for pull request N and post the plan comment (no issue writes)',
        '  --confirm-closes N  confirm a change that closes N issues',
        '  --dry-run           plan only, write nothing'
    ],
    tick: [
        'One pass of the loop: classify, guardrails, dispatch.',
        '  --dry-run           plan only (the wave and the review wave), write nothing'
    ],
    discover: [
        'File issues for a failed CI run.',
        '  --workflow-run ID   the failed run (its payload is read from GitHub)',
        '  --event NAME --payload FILE   any event, e.g. issues with a labeled payload'
    ],
    prompt: [
        'Print the worker prompt of an issue, or the review packet of a pull request.',
        '  --issue N | --pull-request N',
        '  --out FILE          write it to FILE instead of stdout'
    ],
    verdict: [
        "Publish a reviewer's verdict as the loopreview check.",
        '  --pull-request N --verdict-file FILE [--head-sha SHA]'
    ],
    publish: [
        "Check a worker's patch and push it (push token: DELIVERY_LOOP_PUSH_TOKEN).",
        '  --issue N --patch-file FILE --branch B [--kind new|fix|review-fix] [--pull-request N] [--attestation-file FILE]'
    ]
};
/** The event a CLI run stands for: `--event/--payload`, or one built from the common flags. */
async function cliEvent(values, mode, api) {
    if (values.event || values.payload) {
        const payload = values.payload
            ? JSON.parse((0,external_node_fs_.readFileSync)(values.payload, 'utf8'))
            : {};
        return { name: values.event ?? 'workflow_dispatch', payload };
    }
    if (mode === 'compile' && values['pull-request'])
        return {
            name: 'pull_request',
            payload: { pull_request: { number: Number(values['pull-request']) } }
        };
    if (values['workflow-run']) {
        const id = values['workflow-run'];
        const res = await fetch(`${api.apiUrl}/repos/${api.repo.owner}/${api.repo.repo}/actions/runs/${id}`, {
            headers: {
                authorization: `token ${api.token ?? ''}`,
                accept: 'application/vnd.github+json'
            }
        });
        if (!res.ok)
            throw new errors/* InputError */.dz('--workflow-run', `run ${id} could not be read (HTTP ${res.status})`);
        const run = (await res.json());
        return {
            name: 'workflow_run',
            payload: { action: 'completed', workflow_run: run, repository: run.repository }
        };
    }
    return { name: 'workflow_dispatch', payload: {} };
}
/**
 * Compile applies the roadmap of the default branch: from a terminal the checkout may be a
 * feature branch, so the local file is read only with --apply-local (or for a dry run).
 */
function cliWorkspace(mode, values, runnerTemp) {
    if (mode !== 'compile' || values['apply-local'] || values['dry-run'])
        return process.cwd();
    const empty = external_node_path_default().join(runnerTemp, 'default-branch');
    (0,external_node_fs_.mkdirSync)(empty, { recursive: true });
    process.stderr.write("compile reads ROADMAP.md and .delivery.yml from the repository's default branch; to apply the local file, pass --roadmap FILE --apply-local\n");
    return empty;
}
async function main(argv, env = process.env) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                repo: { type: 'string' },
                'api-url': { type: 'string' },
                config: { type: 'string' },
                roadmap: { type: 'string' },
                'dry-run': { type: 'boolean' },
                issue: { type: 'string' },
                'pull-request': { type: 'string' },
                'verdict-file': { type: 'string' },
                'attestation-file': { type: 'string' },
                kind: { type: 'string' },
                branch: { type: 'string' },
                'patch-file': { type: 'string' },
                'head-sha': { type: 'string' },
                'confirm-closes': { type: 'string' },
                json: { type: 'boolean' },
                verbose: { type: 'boolean' },
                event: { type: 'string' },
                payload: { type: 'string' },
                'workflow-run': { type: 'string' },
                'apply-local': { type: 'boolean' },
                out: { type: 'string' },
                version: { type: 'boolean', short: 'v' },
                help: { type: 'boolean', short: 'h' }
            }
        });
    }
    catch (error) {
        process.stderr.write(`${(0,errors/* errorMessage */.gJ)(error)}\n${USAGE}\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    const command = positionals[0];
    if (values.version) {
        process.stdout.write(`delivery-loop ${VERSION}\n`);
        return 0;
    }
    if (values.help || !command) {
        const help = command && MODE_HELP[command];
        if (help)
            process.stdout.write(`delivery-loop ${command}: ${help.join('\n')}\n`);
        else
            process.stderr.write(`${USAGE}\n`);
        return values.help ? 0 : 2;
    }
    if (command !== 'plan' && !src_inputs/* MODES */.FN.includes(command)) {
        process.stderr.write(`error: "${command}" is not a mode\n${USAGE}\n`);
        return 2;
    }
    const logger = new logging/* ConsoleLogger */.Cr(values.verbose ?? false);
    try {
        if (command === 'plan') {
            return await runPlanCommand({
                roadmapPath: values.roadmap ?? 'ROADMAP.md',
                json: values.json ?? false,
                out: process.stdout,
                err: process.stderr
            });
        }
        const args = {
            mode: command,
            token: env.GITHUB_TOKEN ?? env.GH_TOKEN ?? '',
            'push-token': env.DELIVERY_LOOP_PUSH_TOKEN ?? '',
            config: values.config ?? '',
            roadmap: values.roadmap ?? '',
            'dry-run': values['dry-run'] ? 'true' : 'false',
            issue: values.issue ?? '',
            'pull-request': values['pull-request'] ?? '',
            'verdict-file': values['verdict-file'] ?? '',
            'attestation-file': values['attestation-file'] ?? '',
            kind: values['kind'] ?? '',
            branch: values['branch'] ?? '',
            'patch-file': values['patch-file'] ?? '',
            'head-sha': values['head-sha'] ?? '',
            'confirm-closes': values['confirm-closes'] ?? ''
        };
        const inputs = (0,src_inputs/* readInputs */.Ko)(name => args[name] ?? '');
        const repoValue = values.repo ?? env.GITHUB_REPOSITORY;
        if (!repoValue)
            throw new errors/* InputError */.dz('--repo', 'is required (owner/name)');
        const repo = (0,src_context/* parseRepo */.E)(repoValue, '--repo');
        const apiUrl = values['api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com';
        const event = await cliEvent(values, inputs.mode, { repo, apiUrl, token: inputs.token });
        // A fresh directory per run: two runs on one machine never overwrite each other's files.
        const runnerTemp = env.RUNNER_TEMP ?? (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'delivery-loop-'));
        const context = {
            repo,
            eventName: event.name,
            payload: event.payload,
            runId: env.GITHUB_RUN_ID ?? `cli-${Date.now()}`,
            runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
            serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
            apiUrl,
            workspace: cliWorkspace(inputs.mode, values, runnerTemp),
            runnerTemp
        };
        const { result, report } = await (0,run_mode/* runMode */.r)({ inputs, context, logger });
        process.stderr.write(`${result.summary}\n`);
        if (inputs.mode === 'prompt' && result.outputs?.prompt !== undefined) {
            // The prompt is the product here: print it (or write it), the report path goes to stderr.
            if (values.out)
                (0,external_node_fs_.writeFileSync)(values.out, result.outputs.prompt);
            else
                process.stdout.write(`${result.outputs.prompt}\n`);
            process.stderr.write(`report: ${runnerTemp}/delivery-loop-prompt-report.json\n`);
        }
        else {
            process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        }
        if (result.failure) {
            process.stderr.write(`error: ${result.failure}\n`);
            return 1;
        }
        return 0;
    }
    catch (error) {
        if (error instanceof errors/* ConfigError */.xL && error.diagnostics.length) {
            process.stderr.write(`error: ${error.message.split('\n')[0]}\n`);
            for (const d of error.diagnostics)
                process.stderr.write(`${(0,errors/* formatDiagnostic */.xy)(d)}\n`);
        }
        else {
            process.stderr.write(`error: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
        }
        return 1;
    }
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
/* unused harmony exports BODY_LIMIT, ROADMAP_LINK_LINE */
/* harmony import */ var _loop_labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4459);
/* harmony import */ var _loop_markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(725);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/**
 * What compile writes for a slice: title, body and labels (SPEC §3). Pure. The body keeps
 * loopcoder's field lines so either tool can read the other's issues.
 */



/** GitHub's limit is 65,536 characters; leave room for what GitHub adds. */
const BODY_LIMIT = 65000;
const TRUNCATED = '\n\n[… intent truncated by Delivery Loop: see the roadmap for the full text]';
/** A slice line or unit title this long is almost surely a mistake; keep the body writable. */
const SLICE_TEXT_LIMIT = 16000;
const UNIT_TITLE_LIMIT = 1000;
/** `text` cut to `limit` characters (never inside a surrogate pair), visibly. */
function capped(text, limit, what) {
    if (text.length <= limit)
        return text;
    let end = limit;
    if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? ''))
        end--;
    return `${text.slice(0, end)}… [${what} truncated by Delivery Loop: ${text.length - end} more characters in the roadmap]`;
}
/** The line that links to the roadmap; ignored when comparing bodies (line numbers drift). */
const ROADMAP_LINK_LINE = /^Roadmap line: .*$/m;
function sliceTitle(slice) {
    const prefix = slice.kind === 'doc' ? 'Doc' : 'Code';
    return truncateTitle(`${prefix}: ${slice.plain}`);
}
function epicTitle(unit) {
    return truncateTitle(`Epic: ${unit.plainTitle}`);
}
function truncateTitle(title) {
    // GitHub accepts 256 characters in a title; never cut inside a surrogate pair.
    if (title.length <= 256)
        return title;
    let end = 255;
    if (/[\uD800-\uDBFF]/.test(title[end - 1]))
        end--;
    return `${title.slice(0, end)}…`;
}
function fitIntent(head, intent, tail) {
    const room = BODY_LIMIT - head.length - tail.length;
    if (intent.length <= room)
        return intent;
    return intent.slice(0, Math.max(0, room - TRUNCATED.length)) + TRUNCATED;
}
function sliceBody(slice, unit, blockedBy, ctx) {
    const head = [
        (0,_loop_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .unitMarker */ .Xn)(slice.id),
        `Roadmap ref: \`${capped(slice.ref, UNIT_TITLE_LIMIT, 'ref')}\``,
        `Kind: ${slice.kind}`,
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
        (0,_loop_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .unitMarker */ .Xn)(unit.id),
        `Roadmap ref: \`${capped(unit.slug, UNIT_TITLE_LIMIT, 'ref')}\``,
        'Kind: epic',
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
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralizeMentions */ .tI)(head + fitIntent(head, unit.intent || '_No intent text in the roadmap._', tail) + tail);
}
/** Labels compile requires on a slice issue (others on the issue are left alone). */
function sliceLabels(unit, blockedBy) {
    return [
        _loop_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL_UNIT */ .eQ,
        ...(unit.epic ? [_loop_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL_EPIC */ .FD] : []),
        ...blockedBy.map(n => `${_loop_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .BLOCKED_BY_PREFIX */ .Q4}${n}`)
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
/* harmony export */   HQ: () => (/* binding */ appliedMarkdown),
/* harmony export */   Xg: () => (/* binding */ planMarkdown),
/* harmony export */   b7: () => (/* binding */ dagGraph),
/* harmony export */   uF: () => (/* binding */ diagnosticsMarkdown)
/* harmony export */ });
/* unused harmony export warningsMarkdown */
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


/***/ })

};
