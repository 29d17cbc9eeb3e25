export const id = 660;
export const ids = [660];
export const modules = {

/***/ 6886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ mergedAfterReview),
/* harmony export */   L3: () => (/* binding */ pullFor),
/* harmony export */   Lr: () => (/* binding */ issueOfBranch),
/* harmony export */   PJ: () => (/* binding */ isConflicting),
/* harmony export */   RE: () => (/* binding */ pullFacts),
/* harmony export */   o: () => (/* binding */ REVIEW_CHECK),
/* harmony export */   yC: () => (/* binding */ branchFor)
/* harmony export */ });
/* unused harmony exports checkState, verdictOf */
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(725);

const REVIEW_CHECK = 'loopreview';
const PASSING = ['SUCCESS', 'NEUTRAL', 'SKIPPED'];
function checkState(entry) {
    if (entry.type === 'check-run') {
        if (entry.status !== 'COMPLETED')
            return 'pending';
        return PASSING.includes(entry.conclusion ?? '') ? 'success' : 'failure';
    }
    if (entry.state === 'SUCCESS')
        return 'success';
    return entry.state === 'PENDING' || entry.state === 'EXPECTED' ? 'pending' : 'failure';
}
/** The verdict a completed `loopreview` check run stands for. */
function verdictOf(entry) {
    if (entry?.type !== 'check-run' || entry.status !== 'COMPLETED')
        return undefined;
    if (entry.conclusion === 'SUCCESS')
        return 'pass';
    return entry.conclusion === 'ACTION_REQUIRED' ? 'needs-human' : 'fail';
}
const isReview = (e) => e.type === 'check-run' && e.name === REVIEW_CHECK;
/**
 * The loop's verdict among the `loopreview` checks of a head: the newest whose external id binds
 * it to that head. A check run's name proves nothing — any workflow job can take it.
 */
function boundVerdict(node) {
    const bound = (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictCheckId */ .PK)(node.headSha);
    return node.rollup
        .filter(e => isReview(e) && e.type === 'check-run' && e.externalId === bound)
        .at(-1);
}
function pullFacts(node) {
    const { rollup, ...facts } = node;
    const review = boundVerdict(node);
    const foreign = rollup.filter(e => isReview(e) && e !== review).length;
    const verdict = verdictOf(review);
    const about = review?.type === 'check-run' ? review : undefined;
    return {
        ...(foreign ? { foreignVerdicts: foreign } : {}),
        ...facts,
        checks: rollup
            .filter(e => !isReview(e))
            .map(e => ({
            name: e.type === 'check-run' ? e.name : e.context,
            state: checkState(e),
            ...(e.type === 'check-run' && e.id ? { id: e.id } : {})
        })),
        ...(verdict ? { verdict } : {}),
        ...(verdict && about?.app ? { verdictApp: about.app } : {}),
        ...(verdict && about?.id ? { verdictCheckId: about.id } : {}),
        ...(verdict && about?.completedAt ? { verdictAt: about.completedAt } : {})
    };
}
/**
 * When a merged pull request became ready for a person — the pass the loop published for the
 * commit it was merged at — and when it was merged, by whom; undefined for one merged without
 * the loop's pass (a person's own call) or closed unmerged.
 */
function mergedAfterReview(pull) {
    if (!pull.mergedAt || !pull.headSha || !pull.rollup)
        return undefined;
    const review = boundVerdict({ headSha: pull.headSha, rollup: pull.rollup });
    if (verdictOf(review) !== 'pass' || review?.type !== 'check-run' || !review.completedAt)
        return undefined;
    return { readyAt: review.completedAt, mergedAt: pull.mergedAt, mergedBy: pull.mergedBy ?? null };
}
/**
 * The open pull request working on an issue, among those `loopWork` accepted: the loop's own
 * first, then a trusted human's. A pull request no rule accepted works on nothing.
 */
function pullFor(issue, pulls) {
    let index = pullIndexes.get(pulls);
    if (!index)
        pullIndexes.set(pulls, (index = indexPulls(pulls)));
    return index.get(issue);
}
/**
 * Each list's index, built once: a tick asks for every issue's pull request, and filtering the
 * whole list per issue made a 20,000-issue tick quadratic. Lists of facts are never changed
 * after they are made, so an index stays true for its list.
 */
const pullIndexes = new WeakMap();
function indexPulls(pulls) {
    const index = new Map();
    // The loop's own first, then a trusted human's; the first in the list within each.
    for (const owner of ['loop', 'human'])
        for (const p of pulls)
            if (p.owner === owner)
                for (const n of p.works ?? [])
                    if (!index.has(n))
                        index.set(n, p);
    return index;
}
/** The issue a branch is the loop's branch for: `loop/issue-N`, `loop/issue-N-retry-K`. */
function issueOfBranch(ref) {
    const m = /^loop\/issue-([1-9]\d*)(?:-retry-[1-9]\d*)?$/.exec(ref);
    return m ? Number(m[1]) : undefined;
}
/** The worker's branch for an attempt: `loop/issue-N`, retries `loop/issue-N-retry-K`. */
function branchFor(number, attempt) {
    return attempt <= 1 ? `loop/issue-${number}` : `loop/issue-${number}-retry-${attempt - 1}`;
}
/**
 * The pull request cannot merge as it is: GitHub found a conflict with its base. `UNKNOWN`
 * means "not computed yet", not "fine" — and not a conflict either.
 */
function isConflicting(pull) {
    return pull.mergeable === 'CONFLICTING' || pull.mergeStateStatus === 'DIRTY';
}


/***/ }),

/***/ 4841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ loopWork),
/* harmony export */   o: () => (/* binding */ workPolicy)
/* harmony export */ });
/* harmony import */ var _pulls_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6886);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2900);


/** Adapters whose agent opens its own pull request (the matrix worker's is opened by publish). */
const AGENT_ADAPTERS = ['assign', 'comment', 'label', 'workflow'];
function workPolicy(trust, config) {
    const { adapter, assignee } = config.dispatch;
    const agentOpensPulls = AGENT_ADAPTERS.includes(adapter);
    return {
        trust,
        agentOpensPulls,
        agents: agentOpensPulls
            ? [...config.trust.agent_logins, ...(adapter === 'assign' && assignee ? [assignee] : [])]
            : []
    };
}
function judge(pull, policy) {
    const branchIssue = (0,_pulls_js__WEBPACK_IMPORTED_MODULE_0__/* .issueOfBranch */ .Lr)(pull.headRef);
    const author = pull.author ?? '(unknown)';
    const human = _trust_js__WEBPACK_IMPORTED_MODULE_1__/* .TRUSTED_ASSOCIATIONS */ .j3.includes(pull.authorAssociation);
    const isAgent = policy.agents.some(a => (0,_trust_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseLogin */ .uj)(a) === (0,_trust_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseLogin */ .uj)(pull.author));
    if (!pull.crossRepository) {
        // Only writers can make a branch here; publish with a collaborator's PAT opens as its owner.
        if ((policy.trust.isLoop(pull.author) || human) && branchIssue !== undefined)
            return { owner: 'loop', works: [branchIssue] };
        if (policy.agentOpensPulls && (isAgent || policy.trust.isLoop(pull.author))) {
            const works = branchIssue !== undefined ? [branchIssue] : pull.closes;
            if (works.length)
                return { owner: 'loop', works };
        }
    }
    const named = [...new Set([...pull.closes, ...(branchIssue ? [branchIssue] : [])])];
    if (human && !policy.trust.isLoop(pull.author) && named.length)
        return { owner: 'human', works: named };
    if (pull.crossRepository)
        return { reason: `from a fork, opened by ${author}: the loop's work is never from a fork` };
    if (policy.trust.isLoop(pull.author))
        return { reason: `opened by the loop's ${author} but not on a loop branch (loop/issue-N)` };
    return {
        reason: `opened by ${author} (${pull.authorAssociation.toLowerCase()}), who neither publishes for the loop nor is a trusted agent or collaborator`
    };
}
/** Sort the open pull requests into the loop's work, humans' work, and the ignored. */
function loopWork(pulls, policy) {
    const work = [];
    const ignored = [];
    for (const pull of pulls) {
        const j = judge(pull, policy);
        if ('owner' in j) {
            work.push({ ...pull, owner: j.owner, works: j.works });
            continue;
        }
        const branchIssue = (0,_pulls_js__WEBPACK_IMPORTED_MODULE_0__/* .issueOfBranch */ .Lr)(pull.headRef);
        const named = [...new Set([...pull.closes, ...(branchIssue ? [branchIssue] : [])])];
        // A pull request that names no issue is none of the loop's business: not worth a line.
        if (named.length)
            ignored.push({ pull: pull.number, author: pull.author, issues: named, reason: j.reason });
    }
    return { pulls: work, ignored };
}


/***/ }),

/***/ 1660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorMode: () => (/* binding */ doctorMode)
});

// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/loop/labels.ts
var labels = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/loop/pulls.ts
var loop_pulls = __webpack_require__(6886);
// EXTERNAL MODULE: ./src/loop/trust.ts
var loop_trust = __webpack_require__(2900);
// EXTERNAL MODULE: ./src/loop/work.ts
var work = __webpack_require__(4841);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
;// CONCATENATED MODULE: ./src/doctor/workflows.ts
/**
 * A workflow file as doctor reads it (pure): its triggers, and per job the permissions, the
 * concurrency group, the condition and the steps — each with its line, so a finding can say
 * where to fix it. Only the shape GitHub gives meaning to is read; validity is GitHub's own
 * parser's job (facts.ts).
 */


/** This action, whatever its owner or ref: `…/delivery-loop@…`, or the repository's own `./`. */
function isDeliveryLoop(uses, inputs) {
    return /(^|\/)delivery-loop(@|$)/.test(uses) || (uses === './' && 'mode' in inputs);
}
const workflows_text = (node) => (0,dist/* isScalar */.jn)(node) ? String(node.value ?? '') : node === undefined ? '' : JSON.stringify(node);
function plain(node) {
    return node && typeof node === 'object' && 'toJSON' in node
        ? node.toJSON()
        : node;
}
function readWorkflow(path, source) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(source, { lineCounter: lines, uniqueKeys: false });
    const lineOf = (node) => node && typeof node === 'object' && 'range' in node && node.range
        ? lines.linePos(node.range[0]).line
        : 1;
    const problems = doc.errors.map(e => ({
        line: e.linePos?.[0].line ?? 1,
        message: e.message.split('\n')[0]
    }));
    const root = doc.contents;
    const shape = { path, name: path, on: new Map(), jobs: [], problems };
    if (!(0,dist/* isMap */.jh)(root))
        return shape;
    const name = root.get('name');
    if (typeof name === 'string' && name)
        shape.name = name;
    const on = root.get('on', true) ?? root.get(true, true);
    if ((0,dist/* isScalar */.jn)(on))
        shape.on.set(workflows_text(on), {});
    else if ((0,dist/* isSeq */.oP)(on))
        for (const item of on.items)
            shape.on.set(workflows_text(item), {});
    else if ((0,dist/* isMap */.jh)(on))
        for (const pair of on.items)
            shape.on.set(workflows_text(pair.key), (plain(pair.value) ?? {}));
    shape.concurrency = concurrencyOf(root.get('concurrency', true));
    const top = permissionsOf(root.get('permissions', true));
    const jobs = root.get('jobs', true);
    if (!(0,dist/* isMap */.jh)(jobs))
        return shape;
    for (const pair of jobs.items) {
        const job = pair.value;
        if (!(0,dist/* isMap */.jh)(job))
            continue;
        const own = job.has('permissions') ? permissionsOf(job.get('permissions', true)) : undefined;
        const permissions = job.has('permissions') ? own : top;
        // The line of the `permissions:` key itself, where a fix goes.
        const keyOf = (map, key) => map.items.find(p => workflows_text(p.key) === key)?.key;
        const permNode = job.has('permissions') ? keyOf(job, 'permissions') : keyOf(root, 'permissions');
        const steps = [];
        const stepsNode = job.get('steps', true);
        if ((0,dist/* isSeq */.oP)(stepsNode))
            for (const step of stepsNode.items) {
                if (!(0,dist/* isMap */.jh)(step) || !step.has('uses'))
                    continue;
                const withNode = step.get('with', true);
                const inputs = {};
                if ((0,dist/* isMap */.jh)(withNode))
                    for (const p of withNode.items)
                        inputs[workflows_text(p.key)] = workflows_text(p.value);
                steps.push({ uses: workflows_text(step.get('uses', true)), with: inputs, line: lineOf(step) });
            }
        const uses = job.get('uses');
        if (typeof uses === 'string')
            steps.push({ uses, with: {}, line: lineOf(job) });
        const modes = steps
            .filter(s => isDeliveryLoop(s.uses, s.with))
            .filter(s => inputs/* MODES */.FN.includes(s.with.mode?.trim() ?? ''))
            .map(step => ({ mode: step.with.mode.trim(), step }));
        const condition = job.get('if');
        shape.jobs.push({
            id: workflows_text(pair.key),
            line: lineOf(pair.key),
            ...(permissions !== undefined ? { permissions, permissionsLine: lineOf(permNode) } : {}),
            ...(condition !== undefined ? { condition: String(condition) } : {}),
            ...(job.has('concurrency')
                ? { concurrency: concurrencyOf(job.get('concurrency', true)) }
                : {}),
            steps,
            modes
        });
    }
    return shape;
}
function permissionsOf(node) {
    if (node === undefined || node === null)
        return undefined;
    if ((0,dist/* isScalar */.jn)(node)) {
        const v = workflows_text(node);
        if (v === 'read-all' || v === 'write-all')
            return v;
        return {};
    }
    if (!(0,dist/* isMap */.jh)(node))
        return {};
    const out = {};
    for (const pair of node.items)
        out[workflows_text(pair.key)] = workflows_text(pair.value);
    return out;
}
function concurrencyOf(node) {
    if (node === undefined || node === null)
        return undefined;
    if ((0,dist/* isScalar */.jn)(node))
        return { group: workflows_text(node), cancelInProgress: 'false' };
    if (!(0,dist/* isMap */.jh)(node))
        return undefined;
    return {
        group: workflows_text(node.get('group', true)),
        cancelInProgress: node.has('cancel-in-progress')
            ? workflows_text(node.get('cancel-in-progress', true))
            : 'false'
    };
}
/** The permission a job grants for `scope`: `write`, `read` or `none`; undefined = the default. */
function granted(job, scope) {
    const p = job.permissions;
    if (p === undefined)
        return undefined;
    if (p === 'read-all')
        return 'read';
    if (p === 'write-all')
        return 'write';
    return p[scope] ?? 'none';
}
/**
 * The writes a job's token holds, as `scope: write` (`write-all` whole; `id-token` is no write
 * to the repository): "the default token" when the job sets no permissions at all.
 */
function writeGrants(job) {
    const p = job.permissions;
    if (p === undefined)
        return ['the default token'];
    if (p === 'write-all')
        return ['write-all'];
    if (p === 'read-all')
        return [];
    return Object.entries(p)
        .filter(([scope, access]) => access === 'write' && scope !== 'id-token')
        .map(([scope]) => `${scope}: write`);
}

;// CONCATENATED MODULE: ./src/doctor/config-refs.ts
/** Every `secrets.X` and `vars.X` a workflow's text names (GITHUB_TOKEN aside), with its line. */
function configRefs(file, text) {
    const out = [];
    const lines = text.split('\n');
    for (const [i, line] of lines.entries())
        for (const m of line.matchAll(/\b(secrets|vars)\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
            if (m[2] === 'GITHUB_TOKEN' || line.trimStart().startsWith('#'))
                continue;
            const optional = new RegExp(`${m[1]}\\.${m[2]}\\s*!=\\s*''`).test(line);
            out.push({ kind: m[1], name: m[2], file, line: i + 1, optional });
        }
    return out;
}

;// CONCATENATED MODULE: ./src/doctor/config-file.ts
/** The same file, give or take line endings and trailing blank space. */
function sameConfig(a, b) {
    const norm = (t) => t
        .replace(/\r\n/g, '\n')
        .replace(/[ \t]+$/gm, '')
        .trimEnd();
    return norm(a) === norm(b);
}
function configFileFindings(file) {
    if (file.origin === 'defaults')
        return [
            {
                check: 'configuration',
                status: 'note',
                message: `no ${file.path} here nor on the default branch: checked with the defaults`,
                fix: `delivery-loop init writes one; commit it to the default branch`
            }
        ];
    if (file.origin === 'default-branch')
        return [
            {
                check: 'configuration',
                status: 'ok',
                message: `checked the default branch's ${file.path}, the one compile and tick read`
            }
        ];
    if (file.branch === 'same' || file.branch === undefined)
        return [
            {
                check: 'configuration',
                status: 'ok',
                message: `checked the local ${file.path}${file.branch === 'same' ? ", the same as the default branch's (the one compile and tick read)" : ''}`,
                file: file.path
            }
        ];
    return [
        {
            check: 'configuration',
            status: 'warn',
            message: file.branch === 'absent'
                ? `checked the local ${file.path}, but the default branch has none: compile and tick run on the defaults until it is merged`
                : `checked the local ${file.path}, which differs from the default branch's: compile and tick read the default branch's`,
            fix: `merge the local ${file.path} to the default branch, or run doctor where the checkout matches it`,
            file: file.path
        }
    ];
}

;// CONCATENATED MODULE: ./src/doctor/facts.ts
/**
 * doctor's reads (no writes: the mode runs on a read-only port): the repository's workflows as
 * GitHub knows them and as the default branch holds them, the Actions settings, what guards the
 * default branch, the labels and the DAG's issues, the loop's open pull requests and the tick's
 * recent runs. A handful of requests, none per issue.
 */








/** The runs of each tick workflow looked at: enough to see the schedule's rhythm. */
const RECENT_RUNS = 20;
async function gatherDoctorFacts(options) {
    const { github, config } = options;
    const repository = await github.repository();
    const viewer = await github.viewerLogin();
    // An App's token (GITHUB_TOKEN among them) has no role to ask for: its jobs' permissions say.
    const isApp = !viewer || viewer.endsWith('[bot]') || (0,loop_trust/* normaliseLogin */.uj)(viewer) === (0,loop_trust/* normaliseLogin */.uj)(loop_trust/* ACTIONS_BOT */.aX);
    const viewerRole = isApp ? undefined : await github.permission(viewer);
    const workflows = (await github.listWorkflows()).filter(w => w.path.startsWith('.github/workflows/'));
    const texts = await github.readFiles(workflows.map(w => w.path), repository.defaultBranch);
    const files = [];
    const configRefsFound = [];
    for (const w of workflows) {
        const text = texts.get(w.path)?.toString('utf8');
        if (text === undefined)
            continue;
        configRefsFound.push(...configRefs(w.path, text));
        const shape = readWorkflow(w.path, text);
        shape.problems.push(...(await parserProblems(w.path, text)));
        files.push(shape);
    }
    const issues = await github.listIssuesWithLabels([labels/* LABEL_UNIT */.eQ, labels/* LABEL_EPIC_PARENT */.CU, labels/* LABEL_DASHBOARD */.Mc]);
    const probe = issues.find(i => i.labels.includes(labels/* LABEL_UNIT */.eQ));
    const trust = (0,loop_trust/* trustPolicy */.RZ)(viewer, config.trust.bot_logins);
    const pulls = (0,work/* loopWork */.I)((await github.scanOpenPulls()).map(loop_pulls/* pullFacts */.RE), (0,work/* workPolicy */.o)(trust, config)).pulls.filter(p => p.owner === 'loop');
    const runs = new Map();
    for (const shape of files.filter(f => f.jobs.some(j => j.modes.some(m => m.mode === 'tick')))) {
        const info = workflows.find(w => w.path === shape.path);
        if (info)
            runs.set(shape.path, await github.recentRuns(info.id, RECENT_RUNS));
    }
    return {
        now: (0,clock/* now */.tB)(),
        repository,
        ...(viewer ? { viewer } : {}),
        ...(viewerRole ? { viewerRole } : {}),
        settings: await github.actionsSettings(),
        guard: await github.branchGuard(repository.defaultBranch),
        workflows,
        files,
        labels: await github.listLabels(),
        issues,
        ...(probe ? { dependencies: await github.dependenciesAvailable(probe.number) } : {}),
        pulls,
        runs,
        ...(options.push ? { app: { reaches: await options.push.installationReaches() } } : {}),
        configRefs: configRefsFound,
        ...(await configNamesOf(github)),
        configFile: await configFileOf(github, options.configFile)
    };
}
/** The configuration checked; a local one is compared with the default branch's copy. */
async function configFileOf(github, file) {
    const facts = { path: file.path, origin: file.origin };
    if (file.origin !== 'workspace' || file.text === undefined)
        return facts;
    const there = await github.readFile(file.path);
    return {
        ...facts,
        branch: !there ? 'absent' : sameConfig(there.text, file.text) ? 'same' : 'differs'
    };
}
/** The repository's secret and variable names, when the token may list them. */
async function configNamesOf(github) {
    const names = await github.actionsConfigNames();
    return names ? { configNames: names } : {};
}
/**
 * GitHub's own workflow parser on the file, as GitHub runs it when the workflow starts: what it
 * rejects fails the run before any job. Loaded only here (it is a big module).
 */
async function parserProblems(path, content) {
    const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await Promise.all(/* import() */[__webpack_require__.e(443), __webpack_require__.e(657)]).then(__webpack_require__.bind(__webpack_require__, 2657));
    const { ErrorPolicy } = await __webpack_require__.e(/* import() */ 443).then(__webpack_require__.bind(__webpack_require__, 9443));
    const parsed = parseWorkflow({ name: path, content }, new NoOperationTraceWriter());
    const errors = parsed.context.errors.getErrors().map(e => ({
        line: e.range?.start.line ?? 1,
        message: e.message.replace(/^.*?\(Line: \d+, Col: \d+\): /, '')
    }));
    if (parsed.value) {
        const template = await convertWorkflowTemplate(parsed.context, parsed.value, undefined, {
            errorPolicy: ErrorPolicy.TryConversion
        });
        for (const e of template.errors ?? []) {
            const message = e.Message.replace(/^.*?\(Line: \d+, Col: \d+\): /, '');
            const line = Number(/\(Line: (\d+),/.exec(e.Message)?.[1] ?? 1);
            if (!errors.some(x => x.message === message))
                errors.push({ line, message });
        }
    }
    return errors;
}

;// CONCATENATED MODULE: ./src/doctor/requirements.ts
const need = (scope, access, why) => ({ scope, access, why });
function needsOf(use) {
    switch (use.mode) {
        case 'compile':
            if (use.dryRun)
                return [
                    need('contents', 'read', 'read the roadmap'),
                    need('issues', 'read', 'read the DAG')
                ];
            if (use.pullRequestOnly)
                return [
                    need('contents', 'read', 'read the roadmap'),
                    need('issues', 'read', 'read the marked issues'),
                    need('pull-requests', 'write', 'post the plan comment')
                ];
            return [
                need('contents', 'write', 'commit the markers (or push the marker branch)'),
                need('issues', 'write', 'create, update and close the DAG issues'),
                need('pull-requests', 'write', 'the marker pull request fallback')
            ];
        case 'tick':
            return [
                need('contents', 'read', 'read the roadmap and configuration'),
                need('issues', 'write', 'the claim label and comment, the dashboard'),
                need('pull-requests', 'read', 'scan the pull requests'),
                need('checks', 'read', 'read their checks'),
                ...(use.dispatchesWorkflows
                    ? [need('actions', 'write', 'dispatch the worker workflow')]
                    : use.seesWorkerRuns
                        ? [need('actions', 'read', 'see a worker run end, to settle its attempt at once')]
                        : [])
            ];
        case 'prompt':
            return [
                need('contents', 'read', 'read the skills and specs'),
                need('issues', 'read', 'read the issue and its comments'),
                ...(use.reviewPacket
                    ? [need('pull-requests', 'read', 'read the pull request and its diff')]
                    : [])
            ];
        case 'publish':
            return [
                need('issues', 'write', 'the refusal comment and the claim'),
                need('contents', 'read', 'read the base of the change'),
                need('pull-requests', 'read', 'find the pull request to update')
            ];
        case 'verdict':
            return [
                need('checks', 'write', 'publish the loopreview check'),
                need('pull-requests', 'write', "the loop's COMMENT review"),
                need('contents', 'read', 'read the configuration')
            ];
        case 'discover':
            return [
                need('actions', 'read', "read the failed run's jobs and logs"),
                need('issues', 'write', 'file, update and reopen issues'),
                need('contents', 'read', 'read the configuration'),
                need('pull-requests', 'read', 'the enrolment check: whether a pull request already works on it'),
                need('checks', 'read', "and how that pull request's checks stand")
            ];
        case 'forecast':
            // Offline but for the roadmap and configuration, when the checkout has not got them.
            return [need('contents', 'read', 'read the roadmap and the configuration')];
        case 'doctor':
            return [
                need('contents', 'read', 'read the workflow files'),
                need('issues', 'read', 'read the DAG and the dashboard'),
                need('pull-requests', 'read', "scan the loop's pull requests"),
                need('checks', 'read', 'see whether CI ran on them'),
                need('actions', 'read', "the workflows' state and runs")
            ];
    }
}
/** `write` covers `read`; `none` covers nothing. */
function covers(granted, wanted) {
    if (granted === 'write')
        return true;
    return granted === 'read' && wanted === 'read';
}

;// CONCATENATED MODULE: ./src/doctor/finding.ts
/** Where a repository's Actions settings are, for the fixes that name them. */
const SETTINGS_ACTIONS = 'Settings → Actions → General';

;// CONCATENATED MODULE: ./src/doctor/mode-jobs.ts
/** Every mode step of the workflows. */
function modeJobs(files) {
    return files.flatMap(file => file.jobs.flatMap(job => job.modes.map(m => ({ file, job, mode: m.mode, with: m.step.with }))));
}

;// CONCATENATED MODULE: ./src/doctor/repository-checks.ts




/** A loop pull request whose head is older than this and has no check at all got no CI. */
const CI_GRACE_MINUTES = 15;
/** Rules that make GitHub refuse a commit straight to the branch. */
const COMMIT_REFUSING_RULES = ['pull_request', 'update', 'required_status_checks'];
function markerFindings(facts, config) {
    const mode = config.compile.write_markers;
    if (mode === 'off')
        return [];
    const refusing = facts.guard.rules.filter(r => COMMIT_REFUSING_RULES.includes(r));
    const guarded = facts.guard.protected === true || refusing.length > 0;
    const branch = facts.repository.defaultBranch;
    const out = [];
    const needsPr = mode === 'pr' || guarded;
    if (mode === 'commit' && guarded)
        out.push({
            check: 'markers',
            status: 'note',
            message: `${branch} is protected${refusing.length ? ` (rules: ${refusing.join(', ')})` : ''}: compile's marker commit is refused, and it opens a marker pull request instead`,
            fix: 'set compile.write_markers: pr in .delivery.yml to skip the refused commit (or off)',
            file: '.delivery.yml'
        });
    if (needsPr && facts.settings?.canApprovePullRequestReviews === false)
        out.push({
            check: 'markers',
            status: 'fail',
            message: `compile opens its marker pull request with GITHUB_TOKEN, which this repository does not allow`,
            fix: `enable "Allow GitHub Actions to create and approve pull requests" in ${SETTINGS_ACTIONS} → Workflow permissions, or set compile.write_markers: off`,
            file: '.delivery.yml'
        });
    if (needsPr && !facts.settings)
        out.push({
            check: 'markers',
            status: 'note',
            message: `compile opens a marker pull request with GITHUB_TOKEN: that needs "Allow GitHub Actions to create and approve pull requests" (not readable with this token)`
        });
    if (!out.length)
        out.push({
            check: 'markers',
            status: 'ok',
            message: mode === 'commit'
                ? `compile can commit the unit markers to ${branch}`
                : 'compile can open its marker pull request'
        });
    return out;
}
const EXPECTED_LABELS = [labels/* LABEL_UNIT */.eQ, labels/* LABEL_DASHBOARD */.Mc, labels/* LABEL_CLAIM */.YQ, labels/* LABEL_NEEDS_HUMAN */.$X];
function labelFindings(facts) {
    const have = new Set(facts.labels.map(l => l.toLowerCase()));
    const missing = EXPECTED_LABELS.filter(l => !have.has(l.toLowerCase()));
    if (!missing.length)
        return [{ check: 'labels', status: 'ok', message: "the loop's labels exist" }];
    return [
        {
            check: 'labels',
            status: 'note',
            message: `${missing.join(', ')} do not exist yet: compile and tick create them on first use`
        }
    ];
}
function dependencyFindings(facts) {
    if (facts.dependencies === undefined)
        return [
            {
                check: 'dependencies',
                status: 'note',
                message: 'no unit issue yet to ask about issue dependencies: compile uses them where GitHub has them, blocked-by:#N labels otherwise'
            }
        ];
    return facts.dependencies
        ? [
            {
                check: 'dependencies',
                status: 'ok',
                message: 'native issue dependencies ("blocked by") are available'
            }
        ]
        : [
            {
                check: 'dependencies',
                status: 'note',
                message: 'issue dependencies are not available here (GitHub Enterprise Server without them, or refused for the token): the blocked-by:#N label fallback is in use'
            }
        ];
}
function ciFindings(facts) {
    const cutoff = facts.now.getTime() - CI_GRACE_MINUTES * 60_000;
    const silent = facts.pulls.filter(p => Date.parse(p.headCommittedAt ?? p.createdAt) < cutoff &&
        Date.parse(p.createdAt) < cutoff &&
        !p.checks.some(c => c.name !== loop_pulls/* REVIEW_CHECK */.o));
    if (!facts.pulls.length)
        return [
            {
                check: 'ci-on-loop-prs',
                status: 'note',
                message: 'no loop pull request is open: CI on them is checked once there is one'
            }
        ];
    if (!silent.length)
        return [
            {
                check: 'ci-on-loop-prs',
                status: 'ok',
                message: `CI ran on the loop's open pull requests (${facts.pulls.length})`
            }
        ];
    const byActions = silent.filter(p => (0,loop_trust/* normaliseLogin */.uj)(p.author) === 'github-actions');
    return [
        {
            check: 'ci-on-loop-prs',
            status: 'fail',
            message: `no CI ran on ${silent.map(p => `#${p.number}`).join(', ')} (more than ${CI_GRACE_MINUTES} minutes after their last push)${byActions.length ? `: ${byActions.map(p => `#${p.number}`).join(', ')} were pushed with GITHUB_TOKEN, whose pushes start no workflows` : ''}`,
            fix: "give publish a GitHub App's token as push-token (or a PAT), and make sure the CI workflow runs on pull_request"
        }
    ];
}

;// CONCATENATED MODULE: ./src/doctor/cron-gap.ts
/**
 * The longest wait between two runs of a schedule, in minutes, from its minute and hour fields
 * (lists, ranges, steps, `*`): `17,47 * * * *` is 30, `0 *\/6 * * *` 360. Day-of-month, month and
 * weekday fields are taken as every day: doctor only needs to tell a late schedule from a quiet
 * one. GitHub's own parser says whether the cron is valid; this says how often it fires.
 */
function expand(field, low, high) {
    const out = new Set();
    for (const part of field.split(',')) {
        const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
        if (!m)
            return undefined;
        const from = m[1] === '*' ? low : Number(m[2]);
        const to = m[1] === '*' ? high : m[3] !== undefined ? Number(m[3]) : m[4] ? high : from;
        const step = m[4] ? Number(m[4]) : 1;
        if (from < low || to > high || from > to || step < 1)
            return undefined;
        for (let v = from; v <= to; v += step)
            out.add(v);
    }
    return [...out].sort((a, b) => a - b);
}
/** Minutes between the most distant consecutive runs; undefined when the fields cannot be read. */
function cronGapMinutes(cron) {
    const [minute, hour] = cron.trim().split(/\s+/);
    const minutes = expand(minute ?? '', 0, 59);
    const hours = expand(hour ?? '', 0, 23);
    if (!minutes?.length || !hours?.length)
        return undefined;
    const fires = hours.flatMap(h => minutes.map(m => h * 60 + m));
    let gap = fires[0] + 24 * 60 - fires[fires.length - 1];
    for (let i = 1; i < fires.length; i++)
        gap = Math.max(gap, fires[i] - fires[i - 1]);
    return gap;
}

;// CONCATENATED MODULE: ./src/doctor/trigger-checks.ts

/** The tick's schedule is late when no run came for this many intervals (GitHub delays them). */
const LATE_INTERVALS = 3;
/** A tick workflow without a schedule moves only when someone runs it. */
function missingScheduleFindings(ticks) {
    return [...new Set(ticks.map(j => j.file))].flatMap(file => file.on.has('schedule')
        ? []
        : [
            {
                check: 'triggers',
                status: 'warn',
                message: `${file.path} has no schedule: the loop moves only when someone runs it`,
                fix: "add on.schedule with a cron such as '17,47 * * * *' (off the hour and the half hour, GitHub's busiest minutes)",
                file: file.path
            }
        ]);
}
/** Ticks need a concurrency group that never cancels a running tick; others need their own. */
function concurrencyFindings(ticks, jobs) {
    const out = [];
    for (const j of ticks) {
        const group = j.job.concurrency ?? j.file.concurrency;
        if (!group?.group)
            out.push({
                check: 'concurrency',
                status: 'warn',
                message: `job ${j.job.id} (tick) has no concurrency group: two ticks can run at once and race for the same claims`,
                fix: 'add concurrency: { group: delivery-loop-tick, cancel-in-progress: false } to the tick job',
                file: j.file.path,
                line: j.job.line
            });
        else if (group.cancelInProgress === 'true')
            out.push({
                check: 'concurrency',
                status: 'fail',
                message: `job ${j.job.id} (tick) cancels the running tick when a new one starts: a tick cut off mid-write leaves claims half made`,
                fix: 'set cancel-in-progress: false',
                file: j.file.path,
                line: j.job.line
            });
    }
    const tickGroups = new Set(ticks.map(j => (j.job.concurrency ?? j.file.concurrency)?.group).filter(Boolean));
    for (const j of jobs.filter(j => j.mode === 'compile' || j.mode === 'discover')) {
        const group = (j.job.concurrency ?? j.file.concurrency)?.group;
        if (group && tickGroups.has(group))
            out.push({
                check: 'concurrency',
                status: 'warn',
                message: `job ${j.job.id} (${j.mode}) shares the tick's concurrency group ${group}: GitHub keeps one pending run per group and cancels the others, so ${j.mode} runs are dropped`,
                fix: `give ${j.mode} its own group (e.g. delivery-loop-${j.mode})`,
                file: j.file.path,
                line: j.job.line
            });
    }
    return out;
}
/** compile runs on pushes to the default branch that touch the roadmap. */
function compileTriggerFindings(facts, jobs) {
    const out = [];
    const main = facts.repository.defaultBranch;
    for (const file of new Set(jobs.filter(j => j.mode === 'compile').map(j => j.file))) {
        const push = file.on.get('push');
        if (!push) {
            if (!file.on.has('workflow_dispatch') || file.on.size > 1)
                out.push({
                    check: 'triggers',
                    status: 'warn',
                    message: `${file.path} does not run on push: roadmap changes reach the issues only when someone runs compile`,
                    fix: `add on.push with branches: [${main}] and paths: [ROADMAP.md, .delivery.yml]`,
                    file: file.path
                });
            continue;
        }
        const branches = (push.branches ?? []);
        const paths = (push.paths ?? []);
        if (branches.length && !branches.includes(main))
            out.push({
                check: 'triggers',
                status: 'fail',
                message: `${file.path} runs on pushes to ${branches.join(', ')}, not to the default branch ${main}`,
                fix: `list ${main} under on.push.branches`,
                file: file.path
            });
        if (paths.length && !paths.some(p => p === 'ROADMAP.md' || p.includes('*')))
            out.push({
                check: 'triggers',
                status: 'fail',
                message: `${file.path} runs on pushes touching ${paths.join(', ')}, which does not include ROADMAP.md`,
                fix: 'add ROADMAP.md (and .delivery.yml) under on.push.paths',
                file: file.path
            });
    }
    return out;
}
/** A tick on its schedule only waits for the next slot after every merge or green run. */
function eventTriggerFindings(ticks) {
    return [...new Set(ticks.map(j => j.file))].flatMap(file => {
        const events = ['pull_request', 'workflow_run', 'issues'].filter(e => file.on.has(e));
        if (!file.on.has('schedule') || events.length >= 2)
            return [];
        return [
            {
                check: 'triggers',
                status: 'note',
                message: `${file.path} ticks on its schedule${events.length ? ` and ${events.join(', ')}` : ''} only: after a merge or a green CI run the loop waits for the next scheduled tick`,
                fix: 'add the event triggers of examples/workflows/delivery-tick.yml (docs/dashboard.md#when-tick-runs)',
                file: file.path
            }
        ];
    });
}
/** on.workflow_run naming a workflow that is not here never starts anything. */
function watchedWorkflowFindings(facts, jobs) {
    const names = new Set(facts.workflows.flatMap(w => [w.name, w.path]));
    const watching = jobs.filter(j => j.mode === 'discover' || j.mode === 'tick');
    return [...new Set(watching.map(j => j.file))].flatMap(file => {
        const watched = (file.on.get('workflow_run')?.workflows ?? []);
        const unknown = watched.filter(w => !names.has(w));
        if (!unknown.length)
            return [];
        return [
            {
                check: 'triggers',
                status: 'warn',
                message: `${file.path} waits for ${unknown.map(w => `"${w}"`).join(', ')} (on.workflow_run), which is no workflow here: it never starts it`,
                fix: `list the workflows to watch under on.workflow_run.workflows by their name: (here: ${facts.workflows
                    .filter(w => !facts.files.find(f => f.path === w.path)?.jobs.some(j => j.modes.length))
                    .map(w => `"${w.name}"`)
                    .join(', ')})`,
                file: file.path
            }
        ];
    });
}
/** The workflows' triggers and concurrency, one finding per rule, in order. */
function triggerFindings(facts, jobs) {
    const ticks = jobs.filter(j => j.mode === 'tick');
    const out = [
        ...missingScheduleFindings(ticks),
        ...concurrencyFindings(ticks, jobs),
        ...compileTriggerFindings(facts, jobs),
        ...eventTriggerFindings(ticks),
        ...watchedWorkflowFindings(facts, jobs)
    ];
    if (!out.length && jobs.length)
        out.push({
            check: 'triggers',
            status: 'ok',
            message: 'the tick is scheduled and has its own concurrency group; compile runs on roadmap pushes'
        });
    return out;
}
/** Minutes between scheduled runs of a cron (its longest gap); a day when it cannot be read. */
function cronInterval(cron) {
    return cronGapMinutes(cron) ?? 24 * 60;
}
function scheduleFindings(facts, jobs) {
    const out = [];
    for (const file of new Set(jobs.filter(j => j.mode === 'tick').map(j => j.file))) {
        const crons = (file.on.get('schedule') ?? [])
            .map(s => s.cron ?? '')
            .filter(Boolean);
        if (!crons.length || !Array.isArray(file.on.get('schedule')))
            continue;
        const interval = Math.min(...crons.map(cronInterval));
        const runs = facts.runs.get(file.path) ?? [];
        const scheduled = runs.filter(r => r.event === 'schedule');
        const last = scheduled[0] ?? runs[0];
        if (!last) {
            out.push({
                check: 'schedule',
                status: 'note',
                message: `${file.path} has not run yet: its schedule starts once the file is on the default branch (GitHub may take a while to pick it up)`,
                fix: 'start it now with "Run workflow" (workflow_dispatch)',
                file: file.path
            });
            continue;
        }
        const age = (facts.now.getTime() - Date.parse(last.createdAt)) / 60_000;
        const late = Math.max(LATE_INTERVALS * interval, 120);
        if (!scheduled.length || age > late)
            out.push({
                check: 'schedule',
                status: 'warn',
                message: `${file.path}: the last ${scheduled.length ? 'scheduled ' : ''}run was ${Math.round(age / 60)} h ago (schedule every ${interval} min)`,
                fix: 'check that the workflow is enabled and on the default branch; GitHub disables schedules in public repositories after 60 days without activity',
                file: file.path
            });
        else
            out.push({
                check: 'schedule',
                status: 'ok',
                message: `${file.path} last ran on schedule ${Math.round(age)} min ago`
            });
        const failed = runs
            .slice(0, 3)
            .filter(r => r.status === 'completed' && r.conclusion === 'failure');
        if (failed.length === 3)
            out.push({
                check: 'schedule',
                status: 'warn',
                message: `${file.path}: its last 3 runs failed`,
                fix: 'open the latest run: its summary says what to fix (docs/troubleshooting.md)',
                file: file.path
            });
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
;// CONCATENATED MODULE: ./src/doctor/first-week.ts
/**
 * What a first week on GitHub needs and a file-by-file reading misses (pure): the CI the tick
 * waits for must run on the loop's pull requests (else no review and no fix ever starts), and an
 * App token that pushes must be allowed to bring workflow changes along (Dependabot bumps the
 * workflows' pins on the default branch; "Update branch" and a conflict task's merge then need
 * `workflows: write`).
 */

const LOOP_BRANCH = 'loop/issue-1';
/** A branch filter (`branches` / `branches-ignore`) lets `branch` through. */
function passes(trigger, branch) {
    if (!trigger)
        return false;
    const list = (key) => Array.isArray(trigger[key]) ? trigger[key].map(String) : undefined;
    const only = list('branches');
    const ignored = list('branches-ignore');
    if (only && !only.some(p => (0,esm/* minimatch */.xF)(branch, p)))
        return false;
    return !ignored?.some(p => (0,esm/* minimatch */.xF)(branch, p));
}
/** The workflow runs on a loop branch's push, or on a pull request into the default branch. */
function runsOnLoopPulls(file, defaultBranch) {
    return (passes(file.on.get('push') ?? (file.on.has('push') ? {} : undefined), LOOP_BRANCH) ||
        passes(file.on.get('pull_request') ?? (file.on.has('pull_request') ? {} : undefined), defaultBranch));
}
/** The CI workflows the tick waits for (on.workflow_run) must run on the loop's pull requests. */
function loopCiFindings(facts, ticks) {
    const out = [];
    for (const tick of new Set(ticks)) {
        const watched = (tick.on.get('workflow_run')?.workflows ?? []);
        for (const name of watched) {
            const ci = facts.files.find(f => f.name === name || f.path === name);
            if (!ci || runsOnLoopPulls(ci, facts.repository.defaultBranch))
                continue;
            out.push({
                check: 'ci-on-loop-prs',
                status: 'warn',
                message: `${ci.path} ("${name}", which ${tick.path} waits for) runs neither on a push to loop/** nor on a pull request into ${facts.repository.defaultBranch}: the loop's pull requests get no CI, so none is reviewed or fixed`,
                fix: `add on.pull_request (branches: [${facts.repository.defaultBranch}]) or loop/** to on.push.branches of ${ci.path}`,
                file: ci.path
            });
        }
    }
    return out;
}
/** App tokens that push (contents: write) without workflows: write. */
function appTokenFindings(facts) {
    return facts.files.flatMap(file => file.jobs.flatMap(job => job.steps
        .filter(s => /(^|\/)create-github-app-token@/.test(s.uses) &&
        s.with['permission-contents'] === 'write' &&
        s.with['permission-workflows'] !== 'write')
        .map(s => ({
        check: 'app-permissions',
        status: 'warn',
        message: `${file.path}, job ${job.id}: the App token pushes without workflows: write — once a workflow changes on ${facts.repository.defaultBranch} (Dependabot bumping a pin), GitHub refuses to bring a loop branch up to date or to commit a conflict task's merge with it`,
        fix: 'add permission-workflows: write to the step, and workflows: write to the App (Settings → Developer settings → the App → Permissions)',
        file: file.path,
        line: s.line
    }))));
}
/** The secrets and variables the workflows name that the repository does not have. */
function configFindings(facts) {
    if (!facts.configNames)
        return [
            {
                check: 'secrets',
                status: 'note',
                message: 'the Actions secrets and variables were not checked: this token may not list them (GITHUB_TOKEN cannot)',
                fix: 'run doctor with a token of a repository admin (gh auth token) to check them'
            }
        ];
    const have = {
        secrets: new Set(facts.configNames.secrets),
        vars: new Set(facts.configNames.variables)
    };
    // A name the workflow tests for being set anywhere is one it can go without.
    const optional = new Set(facts.configRefs.filter(r => r.optional).map(r => `${r.kind}.${r.name}`));
    const required = new Set(facts.configRefs.map(r => `${r.kind}.${r.name}`).filter(k => !optional.has(k)));
    const seen = new Set();
    const out = [];
    for (const r of facts.configRefs) {
        const key = `${r.kind}.${r.name}`;
        if (have[r.kind].has(r.name) || seen.has(key))
            continue;
        seen.add(key);
        const what = r.kind === 'secrets' ? 'secret' : 'variable';
        out.push({
            check: 'secrets',
            status: required.has(key) ? 'fail' : 'note',
            message: required.has(key)
                ? `${r.file} needs the ${what} ${r.name}, which this repository does not have: its job fails at the step that reads it`
                : `${r.file} can use the ${what} ${r.name} (not set: the workflow goes without it)`,
            fix: `Settings → Secrets and variables → Actions → New repository ${what}: ${r.name}`,
            file: r.file,
            line: r.line
        });
    }
    if (!out.length)
        out.push({
            check: 'secrets',
            status: 'ok',
            message: 'every secret and variable the workflows name is set'
        });
    return out;
}

;// CONCATENATED MODULE: ./src/doctor/plan.ts










function planDoctor(facts, config) {
    const jobs = modeJobs(facts.files);
    const findings = [
        ...configFileFindings(facts.configFile),
        ...tokenFindings(facts),
        ...settingsFindings(facts, jobs),
        ...workflowFindings(facts, config, jobs),
        ...permissionFindings(facts, config, jobs),
        ...triggerFindings(facts, jobs),
        ...markerFindings(facts, config),
        ...labelFindings(facts),
        ...dependencyFindings(facts),
        ...ciFindings(facts),
        ...scheduleFindings(facts, jobs),
        ...dashboardFindings(facts),
        ...appFindings(facts),
        ...appTrustFindings(facts, config),
        ...loopCiFindings(facts, jobs.filter(j => j.mode === 'tick').map(j => j.file)),
        ...appTokenFindings(facts),
        ...configFindings(facts)
    ];
    const status = findings.some(f => f.status === 'fail')
        ? 'unhealthy'
        : findings.some(f => f.status === 'warn')
            ? 'attention'
            : 'healthy';
    return { findings, status };
}
function tokenFindings(facts) {
    if (!facts.viewer || facts.viewer.endsWith('[bot]') || !facts.viewerRole)
        return [
            {
                check: 'token',
                status: 'ok',
                message: `an App or Actions token${facts.viewer ? ` (${facts.viewer})` : ''}: each job's permissions are checked below`
            }
        ];
    const role = facts.viewerRole;
    if ((0,loop_trust/* canWrite */._4)(role))
        return [
            {
                check: 'token',
                status: 'ok',
                message: `the token is ${facts.viewer}'s, with ${role} access`
            }
        ];
    return [
        {
            check: 'token',
            status: 'fail',
            message: `the token is ${facts.viewer}'s, with ${role} access: the loop's modes write issues and checks`,
            fix: 'use a token of someone with write access to the repository (or run doctor as a mode in a workflow)'
        }
    ];
}
function settingsFindings(facts, jobs) {
    const s = facts.settings;
    if (!s)
        return [
            {
                check: 'actions-settings',
                status: 'note',
                message: `the Actions settings are readable by admins only: not checked with this token`,
                fix: `run doctor with an admin's token, or check ${SETTINGS_ACTIONS} by hand`
            }
        ];
    const out = [];
    if (!s.enabled)
        out.push({
            check: 'actions-settings',
            status: 'fail',
            message: 'GitHub Actions is disabled for this repository: no workflow of the loop runs',
            fix: `enable Actions in ${SETTINGS_ACTIONS} → Actions permissions`
        });
    else if (s.allowedActions === 'local_only')
        out.push({
            check: 'actions-settings',
            status: 'fail',
            message: 'only actions from this repository may run: delivery-loop and the pinned actions of the workflows are refused',
            fix: `allow them in ${SETTINGS_ACTIONS} → Actions permissions (or allow selected actions and list them)`
        });
    else if (s.allowedActions === 'selected')
        out.push({
            check: 'actions-settings',
            status: 'note',
            message: 'only selected actions may run',
            fix: `make sure delivery-loop/delivery-loop@* and every action the workflows pin are allowed in ${SETTINGS_ACTIONS}`
        });
    const defaults = jobs.filter(j => j.job.permissions === undefined);
    if (s.defaultWorkflowPermissions === 'read')
        for (const j of defaults.filter(j => needsOf(useOf(j, undefined)).some(n => n.access === 'write')))
            out.push({
                check: 'actions-settings',
                status: 'fail',
                message: `job ${j.job.id} (mode ${j.mode}) sets no permissions:, and the repository's default GITHUB_TOKEN may only read`,
                fix: `give the job its own permissions: (docs/permissions.md), or choose "Read and write permissions" in ${SETTINGS_ACTIONS} → Workflow permissions`,
                file: j.file.path,
                line: j.job.line
            });
    if (!out.length)
        out.push({
            check: 'actions-settings',
            status: 'ok',
            message: `Actions enabled; the default GITHUB_TOKEN may ${s.defaultWorkflowPermissions ?? 'read'}${s.canApprovePullRequestReviews ? ' and open pull requests' : ''}`
        });
    return out;
}
function useOf(j, config) {
    const condition = (j.job.condition ?? '').replace(/\s+/g, ' ');
    return {
        mode: j.mode,
        pullRequestOnly: /github\.event_name == '(pull_request|pull_request_target)'/.test(condition) &&
            !/!=/.test(condition),
        dryRun: j.with['dry-run'] === 'true',
        reviewPacket: 'pull-request' in j.with,
        dispatchesWorkflows: config?.dispatch.adapter === 'workflow',
        seesWorkerRuns: ['matrix', 'workflow'].includes(config?.dispatch.adapter ?? 'matrix')
    };
}
function workflowFindings(facts, config, jobs) {
    const out = [];
    for (const file of facts.files)
        for (const p of file.problems)
            out.push({
                check: 'workflows',
                status: 'fail',
                message: `GitHub refuses this workflow: ${p.message}`,
                fix: 'correct the file (GitHub reports it as an invalid workflow and runs none of its jobs)',
                file: file.path,
                line: p.line
            });
    const has = (mode) => jobs.some(j => j.mode === mode);
    const missing = [
        {
            mode: 'compile',
            example: 'delivery-compile.yml',
            status: 'fail',
            why: 'the roadmap never becomes issues'
        },
        { mode: 'tick', example: 'delivery-tick.yml', status: 'fail', why: 'nothing is dispatched' },
        {
            mode: 'discover',
            example: 'delivery-discover.yml',
            status: 'note',
            why: 'CI failures on the default branch do not become issues'
        }
    ];
    for (const m of missing.filter(m => !has(m.mode)))
        out.push({
            check: 'workflows',
            status: m.status,
            message: `no workflow runs mode: ${m.mode}: ${m.why}`,
            fix: `add .github/workflows/${m.example} from examples/workflows (or run \`delivery-loop init\`)`
        });
    if (config.dispatch.adapter === 'workflow')
        out.push(...workerWorkflowFindings(facts, config));
    for (const w of facts.workflows.filter(w => w.state !== 'active')) {
        const shape = facts.files.find(f => f.path === w.path);
        if (!shape?.jobs.some(j => j.modes.length) && w.path !== workerPath(config))
            continue;
        out.push({
            check: 'workflows',
            status: 'fail',
            message: w.state === 'disabled_inactivity'
                ? `${w.name} was disabled by GitHub after 60 days without activity in the repository`
                : `${w.name} is disabled (${w.state})`,
            fix: `enable it: Actions → ${w.name} → Enable workflow`,
            file: w.path
        });
    }
    for (const j of jobs.filter(j => j.mode === 'publish' && !j.with['push-token']))
        out.push({
            check: 'workflows',
            status: 'warn',
            message: `job ${j.job.id} publishes without push-token: its commits and pull requests are made with GITHUB_TOKEN, which starts no CI`,
            fix: "pass a GitHub App's token as push-token (examples/workflows/delivery-tick.yml)",
            file: j.file.path,
            line: j.job.line
        });
    if (!out.length)
        out.push({
            check: 'workflows',
            status: 'ok',
            message: `${[...new Set(jobs.map(j => j.mode))].sort().join(', ')} run in ${new Set(jobs.map(j => j.file.path)).size} valid workflow(s)`
        });
    return out;
}
function workerPath(config) {
    const w = config.dispatch.workflow;
    return w ? (w.includes('/') ? w : `.github/workflows/${w}`) : undefined;
}
function workerWorkflowFindings(facts, config) {
    const path = workerPath(config);
    const file = facts.files.find(f => f.path === path || f.name === config.dispatch.workflow);
    if (!file)
        return [
            {
                check: 'workflows',
                status: 'fail',
                message: `dispatch.workflow names ${config.dispatch.workflow ?? '(nothing)'}, which is no workflow on the default branch: every dispatch fails`,
                fix: 'add the worker workflow (examples/workflows/delivery-worker.yml) or correct dispatch.workflow in .delivery.yml',
                file: '.delivery.yml'
            }
        ];
    const dispatch = file.on.get('workflow_dispatch');
    const inputs = Object.keys((dispatch?.inputs ?? {}));
    const wanted = ['issue', 'branch', 'attempt', 'kind'];
    const lacking = wanted.filter(i => !inputs.includes(i));
    if (!dispatch || lacking.length)
        return [
            {
                check: 'workflows',
                status: 'fail',
                message: !dispatch
                    ? `${file.path} has no workflow_dispatch trigger: tick cannot start it`
                    : `${file.path} takes no input ${lacking.join(', ')}: tick's dispatch is refused (422)`,
                fix: 'declare on.workflow_dispatch.inputs issue, branch, attempt, kind and pull (examples/workflows/delivery-worker.yml)',
                file: file.path
            }
        ];
    return [];
}
/** Agent actions: their jobs should hold no write permission (the loop publishes). */
const AGENT_ACTIONS = /(claude-code-action|codex-action|openhands)/;
function permissionFindings(facts, config, jobs) {
    const out = [];
    for (const j of jobs) {
        if (j.job.permissions === undefined)
            continue;
        const needs = needsOf(useOf(j, config));
        for (const n of needs.filter(n => !covers(granted(j.job, n.scope), n.access)))
            out.push({
                check: 'permissions',
                status: 'fail',
                message: `job ${j.job.id} (mode ${j.mode}) has ${n.scope}: ${granted(j.job, n.scope)}; it needs ${n.scope}: ${n.access} (${n.why}) — GitHub answers 403 "Resource not accessible by integration"`,
                fix: `add \`${n.scope}: ${n.access}\` under the job's permissions:`,
                file: j.file.path,
                line: j.job.permissionsLine ?? j.job.line
            });
    }
    // Least privilege: a write no mode of the job needs (agent jobs are checked separately).
    for (const file of facts.files)
        for (const job of file.jobs.filter(job => job.modes.length && job.permissions !== undefined)) {
            const needs = job.modes.flatMap(m => needsOf(useOf({ file, job, mode: m.mode, with: m.step.with }, config)));
            const grants = writeGrants(job).filter(g => !needs.some(n => g === `${n.scope}: ${n.access}`));
            if (grants.length)
                out.push({
                    check: 'permissions',
                    status: 'warn',
                    message: `job ${job.id} grants ${grants.join(', ')}, which its mode does not need`,
                    fix: 'lower it to what docs/permissions.md lists for the mode',
                    file: file.path,
                    line: job.permissionsLine ?? job.line
                });
        }
    for (const file of facts.files)
        for (const job of file.jobs.filter(job => job.steps.some(s => AGENT_ACTIONS.test(s.uses)))) {
            const writes = writeGrants(job);
            if (writes.length)
                out.push({
                    check: 'permissions',
                    status: 'warn',
                    message: `job ${job.id} runs an agent with ${writes.join(', ')}: a prompt-injected agent could use it`,
                    fix: 'give agent jobs read permissions only (contents: read, issues: read); the loop publishes their patch',
                    file: file.path,
                    line: job.permissionsLine ?? job.line
                });
        }
    if (!out.length && jobs.length)
        out.push({
            check: 'permissions',
            status: 'ok',
            message: `every job has what its mode needs and no write more (${jobs.length} step(s) checked)`
        });
    return out;
}
function dashboardFindings(facts) {
    const dashboards = facts.issues.filter(i => i.labels.includes(labels/* LABEL_DASHBOARD */.Mc));
    const open = dashboards.filter(i => i.state === 'OPEN');
    if (open.length)
        return [{ check: 'dashboard', status: 'ok', message: `the dashboard is #${open[0].number}` }];
    if (dashboards.length)
        return [
            {
                check: 'dashboard',
                status: 'warn',
                message: `the dashboard #${dashboards[0].number} is closed: its controls (pause, resume, retry) are out of sight`,
                fix: `reopen #${dashboards[0].number}; the next tick otherwise opens a new one`
            }
        ];
    return [
        {
            check: 'dashboard',
            status: 'note',
            message: 'no dashboard yet: the first tick opens it'
        }
    ];
}
/**
 * Publish pushes as the team's App, so its pull requests are the loop's work only when the App's
 * bot is trusted: otherwise tick sees the claimed issue without work and dispatches it again.
 */
function appTrustFindings(facts, config) {
    const usesApp = facts.files.some(f => f.jobs.some(j => j.steps.some(s => /create-github-app-token/.test(s.uses))));
    if (!usesApp || config.trust.bot_logins.length)
        return [];
    return [
        {
            check: 'app-trust',
            status: 'fail',
            message: "publish pushes with a GitHub App's token, but trust.bot_logins names no bot: the App's pull requests are not the loop's work, so tick dispatches their issues again",
            fix: "list the App's bot in .delivery.yml: trust: { bot_logins: ['<app-slug>[bot]'] }",
            file: '.delivery.yml'
        }
    ];
}
function appFindings(facts) {
    const usesApp = facts.files.some(f => f.jobs.some(j => j.steps.some(s => /create-github-app-token/.test(s.uses))));
    if (!usesApp && !facts.app)
        return [];
    if (!facts.app)
        return [
            {
                check: 'app',
                status: 'note',
                message: "the workflows make a GitHub App token: its installation is checked only with the App's token",
                fix: 'pass it as DELIVERY_LOOP_PUSH_TOKEN (CLI) or push-token (mode: doctor)'
            }
        ];
    if (facts.app.reaches === undefined)
        return [
            {
                check: 'app',
                status: 'note',
                message: 'the push token is not an App installation token (a PAT?): its pushes start CI as its owner'
            }
        ];
    return facts.app.reaches
        ? [
            {
                check: 'app',
                status: 'ok',
                message: 'the App is installed and its installation includes this repository'
            }
        ]
        : [
            {
                check: 'app',
                status: 'fail',
                message: `the App's installation does not include ${facts.repository.fullName}: create-github-app-token fails and nothing is published`,
                fix: "add the repository to the App's installation (the App's page → Configure → Repository access)"
            }
        ];
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/doctor/render.ts
/**
 * doctor's report: the job summary (Markdown) and the terminal's lines, worst first, each with
 * its fix and where.
 */

const ORDER = ['fail', 'warn', 'note', 'ok'];
const MARK = { fail: '✗', warn: '!', note: 'i', ok: '✓' };
function sortedFindings(plan) {
    return [...plan.findings].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
}
function where(f) {
    return f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
}
const HEADLINE = {
    healthy: 'healthy: nothing to fix',
    attention: 'works, with warnings worth fixing',
    unhealthy: 'something must be fixed before the loop can work'
};
function doctorSummary(plan, repository) {
    const counts = ORDER.map(s => `${plan.findings.filter(f => f.status === s).length} ${s}`);
    return [
        `## Delivery Loop · doctor`,
        '',
        `${repository}: **${HEADLINE[plan.status]}** (${counts.join(', ')}).`,
        '',
        (0,markdown/* table */.tp)(['', 'Check', 'Finding', 'Fix', 'Where'], sortedFindings(plan).map(f => [
            MARK[f.status],
            f.check,
            (0,markdown/* cell */.Hn)(f.message, 400),
            (0,markdown/* cell */.Hn)(f.fix ?? '', 300),
            (0,markdown/* cell */.Hn)(where(f))
        ]))
    ].join('\n');
}
/** One line per finding (two with a fix), for a terminal. */
function doctorLines(plan, repository) {
    const lines = [`delivery-loop doctor: ${repository}: ${HEADLINE[plan.status]}`];
    for (const f of sortedFindings(plan)) {
        const at = where(f);
        lines.push(`${MARK[f.status]} ${f.status.padEnd(4)} ${f.check}: ${f.message}${at ? ` (${at})` : ''}`);
        if (f.fix && f.status !== 'ok')
            lines.push(`         fix: ${f.fix}`);
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/github/read-only.ts
var read_only = __webpack_require__(8542);
// EXTERNAL MODULE: ./src/loop/markers.ts
var markers = __webpack_require__(725);
// EXTERNAL MODULE: ./src/report/sticky-comment.ts
var sticky_comment = __webpack_require__(647);
;// CONCATENATED MODULE: ./src/modes/doctor.ts
/**
 * mode: doctor — check a repository's set-up for the loop through the API, in one run: gather
 * (reads only; the facts are read through a read-only port) → judge (pure, src/doctor/plan.ts)
 * → report. With `pull-request` (e.g. init's set-up pull request) its one write is the report as
 * a comment there, kept up to date on each run; otherwise nothing is written. The step fails when
 * something must be fixed; warnings leave it green.
 */






async function doctorMode(env) {
    const facts = await gatherDoctorFacts({
        github: (0,read_only/* readOnlyPort */._c)(env.github),
        ...(env.push ? { push: (0,read_only/* readOnlyPort */._c)(env.push) } : {}),
        config: env.config,
        configFile: env.configFile
    });
    const plan = planDoctor(facts, env.config);
    const failing = plan.findings.filter(f => f.status === 'fail');
    const summary = doctorSummary(plan, facts.repository.fullName);
    const pull = env.inputs.pullRequest;
    const comment = pull === undefined
        ? undefined
        : await (0,sticky_comment/* writeStickyComment */.I)(env.github, pull, markers/* DOCTOR_COMMENT_MARKER */.$u, summary, (await env.trust()).isLoop);
    return {
        status: plan.status,
        outputs: {
            problems: String(failing.length),
            warnings: String(plan.findings.filter(f => f.status === 'warn').length)
        },
        report: { findings: sortedFindings(plan), ...(comment ? { comment, pull_request: pull } : {}) },
        summary,
        terminal: doctorLines(plan, facts.repository.fullName),
        ...(failing.length
            ? {
                failure: `doctor found ${failing.length} problem(s) to fix: ${[...new Set(failing.map(f => f.check))].join(', ')} (each listed with its fix)`
            }
            : {})
    };
}


/***/ }),

/***/ 647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ writeStickyComment)
/* harmony export */ });
/* harmony import */ var _loop_markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(725);

async function writeStickyComment(github, pull, marker, body, trusted) {
    const comments = await github.listComments(pull);
    const mine = comments.find(c => (0,_loop_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .startsWithMarker */ .Ox)(c.body, marker) && trusted(c.author));
    const text = `${marker}\n${body}`;
    if (!mine) {
        await github.createComment(pull, text);
        return 'created';
    }
    if (mine.body === text)
        return 'unchanged';
    await github.updateComment(mine.id, text);
    return 'updated';
}


/***/ })

};
