export const id = 942;
export const ids = [942];
export const modules = {

/***/ 5694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ workflowRunEvent),
/* harmony export */   _n: () => (/* binding */ pullRequestOf),
/* harmony export */   vo: () => (/* binding */ issuesEvent)
/* harmony export */ });
function issuesEvent(context) {
    return context.eventName === 'issues' ? context.payload : undefined;
}
function workflowRunEvent(context) {
    return context.eventName === 'workflow_run' ? context.payload : undefined;
}
/** The pull request a `pull_request` (or `pull_request_target`) event is about. */
function pullRequestOf(context) {
    if (!context.eventName.startsWith('pull_request'))
        return undefined;
    const number = context.payload.pull_request?.number;
    return typeof number === 'number' ? number : undefined;
}


/***/ }),

/***/ 2561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compileMode: () => (/* binding */ compileMode)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/loop/fields.ts
var loop_fields = __webpack_require__(9461);
// EXTERNAL MODULE: ./src/loop/labels.ts
var labels = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/compile/plan.ts
var compile_plan = __webpack_require__(4214);
;// CONCATENATED MODULE: ./src/compile/operations.ts
/**
 * compile's writes, decided (pure): the reconciled plan (plan.ts) turned into the exact requests a
 * run sends, in order — labels, issues, native dependencies, sub-issues, close comments and
 * closes — and cut at the write quota. A dry run lists these operations; the applier (apply.ts)
 * sends them and decides nothing but what GitHub's answers force (a refusal, the rate limit, an
 * API this GitHub does not have).
 *
 * Issues this run creates are named by their marker key and bound when the applier has created
 * them; a title, body or label that names one is rendered then, from the plan's item, so a
 * dependent's "Blocked by: #N" always holds the number GitHub gave its blocker.
 */


/** GitHub allows this many sub-issues per parent. */
const SUB_ISSUE_LIMIT = 100;
/** Issues that exist now, by key: the kept issue of every item that has one. */
function existingByKey(plan) {
    return new Map(plan.items.flatMap(p => p.issue ? [[p.item.key, { number: p.issue.number, databaseId: p.issue.databaseId }]] : []));
}
/** The closing comment: why the issue closes (the marker is ours; nothing else is quoted). */
function closeComment(close) {
    return close.reason === 'duplicate'
        ? `Delivery Loop: duplicate of #${close.keep} (both carry roadmap marker \`${close.key}\`, for example from two concurrent runs). Keeping the older issue.`
        : `Delivery Loop: this slice is no longer in the roadmap (marker \`${close.key}\`), so the issue is closed as not planned. Put the slice back with the same marker to reopen the work in a new way, or reopen this issue by hand.`;
}
class Planner {
    input;
    existing;
    managedIds;
    labels;
    /** Blockers created in this run whose `blocked-by:#…` label an earlier group creates. */
    lateLabels = new Set();
    subIssues = new Map();
    notices = [];
    constructor(input) {
        this.input = input;
        this.existing = existingByKey(input.plan);
        this.managedIds = new Set([...this.existing.values()].map(i => i.databaseId));
        this.labels = new Set(input.labels);
    }
    ref(key) {
        const known = this.existing.get(key);
        return known ? { number: known.number } : { key };
    }
    /** The item's blockers: managed ones by key (bound late when new), `#N` ones by database id. */
    blockers(p) {
        const managed = p.item.blockerKeys.map(k => {
            const known = this.existing.get(k);
            return known ? { databaseId: known.databaseId } : { key: k };
        });
        const external = p.item.externalBlockers.flatMap(n => {
            const found = this.input.external.get(n);
            return found ? [{ databaseId: found.databaseId }] : [];
        });
        return [...managed, ...external];
    }
    /** Labels the item requires that the repository does not have yet. */
    missingLabels(p, required) {
        const named = required
            .filter(name => !this.labels.has(name.toLowerCase()))
            .map(name => ({ op: 'create-label', label: { name } }));
        // One label per blocker, not per edge: a blocker several items wait for is labelled once.
        const late = p.item.blockerKeys
            .filter(k => !this.existing.has(k) && !this.lateLabels.has(k))
            .map(k => ({ op: 'create-label', label: { blockedBy: k } }));
        return [...named, ...late];
    }
    /** The item's epic parent, within GitHub's sub-issue limit (counted per parent in this run). */
    subIssue(p) {
        const parentKey = p.item.parentKey;
        if (!parentKey)
            return [];
        const count = (this.subIssues.get(parentKey) ?? 0) + 1;
        this.subIssues.set(parentKey, count);
        if (count <= SUB_ISSUE_LIMIT)
            return [{ op: 'add-sub-issue', parent: this.ref(parentKey), child: p.item.key }];
        if (count === SUB_ISSUE_LIMIT + 1)
            this.notices.push(`Epic "${p.item.unit.title}" has more than ${SUB_ISSUE_LIMIT} slices; GitHub allows ${SUB_ISSUE_LIMIT} sub-issues per parent, so the rest carry only the epic label.`);
        return [];
    }
    create(p) {
        const known = (k) => this.existing.get(k)?.number;
        const wanted = (0,compile_plan/* desiredContent */.Em)(p.item, known, {});
        const key = p.item.key;
        return [
            ...this.missingLabels(p, wanted.labels),
            { op: 'create-issue', key },
            ...this.blockers(p).map(blocker => ({
                op: 'add-blocked-by',
                issue: { key },
                blocker
            })),
            ...this.subIssue(p)
        ];
    }
    update(p) {
        const issue = p.issue;
        const wanted = (0,compile_plan/* desiredContent */.Em)(p.item, k => this.existing.get(k)?.number, {});
        const fields = [
            ...(issue.title !== wanted.title ? ['title'] : []),
            ...(p.changes.includes('body') ? ['body'] : []),
            ...(p.changes.includes('labels') ? ['labels'] : [])
        ];
        const blockers = this.blockers(p);
        const native = new Set(issue.blockedBy.map(b => b.databaseId));
        const wantedIds = new Set(blockers.flatMap(b => ('databaseId' in b ? [b.databaseId] : [])));
        const add = blockers.filter(b => !('databaseId' in b) || !native.has(b.databaseId));
        const remove = issue.blockedBy.filter(b => this.managedIds.has(b.databaseId) && !wantedIds.has(b.databaseId));
        const labels = fields.includes('labels') ? this.missingLabels(p, wanted.labels) : [];
        return [
            ...labels,
            ...(fields.length ? [{ op: 'update-issue', issue: issue.number, fields }] : []),
            ...add.map(blocker => ({
                op: 'add-blocked-by',
                issue: { number: issue.number },
                blocker
            })),
            ...remove.map(b => ({
                op: 'remove-blocked-by',
                issue: issue.number,
                blocker: b.databaseId
            })),
            ...(p.changes.includes('parent') ? this.subIssue(p) : [])
        ];
    }
    /** Labels a group creates are known to the groups after it. */
    learn(operations) {
        for (const o of operations)
            if (o.op === 'create-label' && 'name' in o.label)
                this.labels.add(o.label.name.toLowerCase());
            else if (o.op === 'create-label' && 'blockedBy' in o.label)
                this.lateLabels.add(o.label.blockedBy);
    }
}
function closeGroup(close) {
    return {
        key: close.key,
        ref: `#${close.issue.number}`,
        action: 'close',
        close,
        operations: [
            { op: 'comment', issue: close.issue.number, body: closeComment(close) },
            {
                op: 'close-issue',
                issue: close.issue.number,
                reason: close.reason === 'duplicate' ? 'duplicate' : 'not_planned'
            }
        ]
    };
}
/**
 * Every write of the plan, grouped per item in apply order (blockers first), then the closures.
 * The first group that does not fit the quota and every group after it wait for the next run
 * (matching is by marker, so the next run continues where this one stopped).
 */
function planOperations(input) {
    const planner = new Planner(input);
    const groups = [];
    const deferred = [];
    let writes = 0;
    const place = (group) => {
        if (deferred.length || writes + group.operations.length > input.maxWrites) {
            if (group.operations.length)
                deferred.push(group);
            return;
        }
        writes += group.operations.length;
        groups.push(group);
    };
    for (const p of input.plan.items) {
        const operations = p.action === 'create' ? planner.create(p) : p.issue ? planner.update(p) : [];
        const group = {
            key: p.item.key,
            ref: p.item.ref,
            action: operations.length ? (p.action === 'create' ? 'create' : 'update') : 'unchanged',
            item: p,
            operations
        };
        place(group);
        if (groups.at(-1) === group)
            planner.learn(operations);
    }
    for (const close of input.plan.closes)
        place(closeGroup(close));
    return { groups, deferred, notices: planner.notices };
}
/** The label an operation creates, with its stable colour, once every key it names is bound. */
function labelToCreate(label, numberOf) {
    const name = 'name' in label
        ? label.name
        : numberOf(label.blockedBy) !== undefined
            ? (0,labels/* blockedByLabel */.WY)(numberOf(label.blockedBy))
            : undefined;
    return name === undefined ? undefined : { name, ...(0,labels/* labelStyle */.c8)(name) };
}
/** The REST request an operation is sent as, issues this run creates named `{key}`. */
function requestOf(o) {
    const issue = (r) => ('number' in r ? String(r.number) : `{${r.key}}`);
    switch (o.op) {
        case 'create-label':
            return 'POST /labels';
        case 'create-issue':
            return 'POST /issues';
        case 'update-issue':
        case 'close-issue':
            return `PATCH /issues/${o.issue}`;
        case 'add-blocked-by':
            return `POST /issues/${issue(o.issue)}/dependencies/blocked_by`;
        case 'remove-blocked-by':
            return `DELETE /issues/${o.issue}/dependencies/blocked_by/${o.blocker}`;
        case 'add-sub-issue':
            return `POST /issues/${issue(o.parent)}/sub_issues`;
        case 'comment':
            return `POST /issues/${o.issue}/comments`;
    }
}

;// CONCATENATED MODULE: ./src/compile/apply.ts
/**
 * compile's one applier: sends the planned operations (operations.ts) in order and decides
 * nothing the plan did not, except what GitHub's answers force: an item GitHub refuses (422) is
 * reported with its roadmap line and the items waiting for it are skipped; the rate limit stops
 * the run (the rest is remaining and the next run continues, matching by marker); a GitHub without
 * the dependencies or sub-issues API leaves the blocked-by labels alone, with one notice each.
 */




const DEPENDENCIES_UNAVAILABLE = "GitHub's issue dependencies API is not available for this repository (older GitHub Enterprise or missing permission): dependencies are recorded as blocked-by labels only.";
const SUB_ISSUES_UNAVAILABLE = "GitHub's sub-issues API is not available here: epic slices carry the epic label only.";
/** A group names an issue this run should have created and did not (GitHub refused it). */
class WaitsForRefused extends Error {
}
class Applier {
    github;
    logger;
    render;
    result = {
        created: [],
        updated: [],
        unchanged: [],
        closed: [],
        remaining: [],
        nativeDependencies: 'available',
        notices: [],
        writes: 0,
        rateLimited: false,
        sent: []
    };
    bound = new Map();
    subIssuesAvailable = true;
    constructor(github, logger, render, groups) {
        this.github = github;
        this.logger = logger;
        this.render = render;
        for (const g of groups)
            if (g.item?.issue)
                this.bound.set(g.key, { number: g.item.issue.number, databaseId: g.item.issue.databaseId });
    }
    notice(text, level = 'notice') {
        if (this.result.notices.includes(text))
            return;
        this.result.notices.push(text);
        this.logger[level](text);
    }
    /** Keys an item names that have no issue: blockers (or its epic) GitHub refused to create. */
    unbound(group) {
        const item = group.item?.item;
        if (!item)
            return [];
        return [...item.blockerKeys, ...(item.parentKey ? [item.parentKey] : [])].filter(k => !this.bound.has(k));
    }
    issue(key) {
        const found = this.bound.get(key);
        if (!found)
            throw new WaitsForRefused();
        return found;
    }
    number(ref) {
        return 'number' in ref ? ref.number : this.issue(ref.key).number;
    }
    wanted(item) {
        return (0,compile_plan/* desiredContent */.Em)(item, k => this.bound.get(k)?.number, this.render);
    }
    wrote(o, bindings = {}) {
        this.result.writes++;
        this.result.sent.push(requestOf(o).replace(/\{([^}]+)\}/g, (_, k) => String(bindings[k] ?? this.bound.get(k)?.number ?? `{${k}}`)));
    }
    get nativeAvailable() {
        return this.result.nativeDependencies === 'available';
    }
    async send(o, group) {
        const { github } = this;
        switch (o.op) {
            case 'create-label': {
                const label = labelToCreate(o.label, k => this.issue(k).number);
                await github.createLabel(label.name, label.color, label.description);
                return this.wrote(o);
            }
            case 'create-issue': {
                const wanted = this.wanted(group.item.item);
                const created = await github.createIssue({
                    title: wanted.title,
                    body: wanted.body,
                    labels: wanted.labels
                });
                this.bound.set(o.key, created);
                this.logger.info(`created #${created.number} ${group.ref}: ${wanted.title}`);
                return this.wrote(o);
            }
            case 'update-issue': {
                const issue = group.item.issue;
                const wanted = this.wanted(group.item.item);
                await github.updateIssue(o.issue, {
                    ...(o.fields.includes('title') ? { title: wanted.title } : {}),
                    ...(o.fields.includes('body') ? { body: wanted.body } : {}),
                    ...(o.fields.includes('labels')
                        ? { labels: (0,compile_plan/* mergeLabels */.Mr)(issue.labels, wanted.labels) }
                        : {})
                });
                return this.wrote(o);
            }
            case 'add-blocked-by': {
                if (!this.nativeAvailable)
                    return;
                const blocker = 'databaseId' in o.blocker ? o.blocker.databaseId : this.issue(o.blocker.key).databaseId;
                const outcome = await github.addBlockedBy(this.number(o.issue), blocker);
                if (outcome !== 'unavailable')
                    return this.wrote(o);
                this.result.nativeDependencies = 'unavailable';
                return this.notice(DEPENDENCIES_UNAVAILABLE);
            }
            case 'remove-blocked-by':
                if (!this.nativeAvailable)
                    return;
                await github.removeBlockedBy(o.issue, o.blocker);
                return this.wrote(o);
            case 'add-sub-issue': {
                if (!this.subIssuesAvailable)
                    return;
                const outcome = await github.addSubIssue(this.number(o.parent), this.issue(o.child).databaseId);
                if (outcome !== 'unavailable')
                    return this.wrote(o);
                this.subIssuesAvailable = false;
                return this.notice(SUB_ISSUES_UNAVAILABLE);
            }
            case 'comment':
                await github.createComment(o.issue, o.body);
                return this.wrote(o);
            case 'close-issue':
                await github.updateIssue(o.issue, { state: 'closed', stateReason: o.reason });
                return this.wrote(o);
        }
    }
    /** What the report says of a group that was applied. */
    record(group) {
        if (group.close) {
            const { close } = group;
            this.logger.info(`closed #${close.issue.number} (${close.reason})`);
            const fields = (0,loop_fields/* fieldsOf */.Pf)(close.issue.body);
            this.result.closed.push({
                issue: close.issue.number,
                id: close.key,
                ref: fields.ref ?? '',
                kind: fields.kind ?? '',
                title: close.issue.title,
                blocked_by: [],
                reason: close.reason
            });
            return;
        }
        const { item } = group.item;
        const entry = {
            issue: this.bound.get(group.key).number,
            id: item.key,
            ref: item.ref,
            kind: item.kind,
            title: item.title,
            blocked_by: this.wanted(item).blockedBy
        };
        if (group.action === 'create')
            return void this.result.created.push(entry);
        const changes = changesOf(group.operations);
        if (!changes.length)
            return void this.result.unchanged.push(entry);
        this.logger.info(`updated #${entry.issue} ${item.ref} (${changes.join(', ')})`);
        this.result.updated.push({ ...entry, changes });
    }
    remaining(group, reason) {
        this.result.remaining.push({
            id: group.key,
            ref: group.ref,
            action: group.action,
            ...(group.item ? { line: group.item.item.line } : {}),
            ...(reason ? { reason } : {})
        });
    }
}
/** What an update changed, as the report words it. */
function changesOf(operations) {
    const fields = operations.flatMap(o => (o.op === 'update-issue' ? o.fields : []));
    return [
        ...fields,
        ...(operations.some(o => o.op === 'add-blocked-by' || o.op === 'remove-blocked-by')
            ? ['dependencies']
            : []),
        ...(operations.some(o => o.op === 'add-sub-issue') ? ['parent'] : [])
    ];
}
/** Send one group's operations; false when the run must stop here (the rate limit). */
async function applyGroup(applier, group, logger) {
    const waiting = applier.unbound(group);
    if (waiting.length) {
        applier.remaining(group, `waits for ${waiting.length} blocker(s) GitHub refused to create`);
        return true;
    }
    try {
        for (const o of group.operations)
            await applier.send(o, group);
        applier.record(group);
        return true;
    }
    catch (error) {
        if (error instanceof WaitsForRefused) {
            applier.remaining(group, 'waits for a blocker GitHub refused to create');
            return true;
        }
        if (error instanceof errors/* ApiError */.hD && error.status === 422) {
            // What GitHub refuses for one slice must not stop the others: report it with its line.
            const reason = `GitHub refused it: ${error.message.slice(0, 300)}`;
            applier.remaining(group, reason);
            logger.error(`${group.item ? `roadmap line ${group.item.item.line}, ` : ''}${group.ref}: ${reason}`);
            return true;
        }
        if (!(error instanceof errors/* RateLimitedError */.TM))
            throw error;
        applier.result.rateLimited = true;
        applier.notice(`GitHub's rate limit stopped this compile early${error.resetAt ? ` (it lifts at ${error.resetAt})` : ''}: the rest is listed as remaining, and the next compile continues.`, 'warning');
        applier.remaining(group);
        return false;
    }
}
async function applyOperations(options) {
    const { operations, github, logger, render } = options;
    const applier = new Applier(github, logger, render, operations.groups);
    for (const notice of operations.notices) {
        applier.result.notices.push(notice);
        logger.warning(notice);
    }
    let stopped = false;
    for (const group of operations.groups) {
        if (stopped) {
            if (group.operations.length)
                applier.remaining(group);
            continue;
        }
        stopped = !(await applyGroup(applier, group, logger));
    }
    for (const group of operations.deferred)
        applier.remaining(group);
    return applier.result;
}

// EXTERNAL MODULE: ./src/events.ts
var events = __webpack_require__(5694);
// EXTERNAL MODULE: ./src/roadmap/compile-roadmap.ts + 6 modules
var compile_roadmap = __webpack_require__(2615);
// EXTERNAL MODULE: ./src/roadmap/source.ts
var source = __webpack_require__(5959);
// EXTERNAL MODULE: ./src/roadmap/text.ts
var roadmap_text = __webpack_require__(7757);
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

// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
;// CONCATENATED MODULE: ./src/compile/markers-writeback.ts



const MARKER_COMMIT_MESSAGE = 'chore(roadmap): add unit markers';
/** Whether there is anything to write back (compile's facts read the default branch's file then). */
function markersMissing(s) {
    return s.mode !== 'off' && missingMarkers(s.roadmap).length > 0;
}
function planWriteback(s) {
    const insertions = missingMarkers(s.roadmap);
    if (!insertions.length)
        return { markers: 0, outcome: 'none' };
    if (s.mode === 'off')
        return { markers: insertions.length, outcome: 'off' };
    const { current, text, path, defaultBranch } = s;
    if (!current || current.text.replace(/\r\n/g, '\n') !== text.replace(/\r\n/g, '\n')) {
        // Someone pushed meanwhile: the next compile (run by that push) writes the markers.
        const detail = `${path} on ${defaultBranch} differs from the compiled text; markers will be written by the next compile`;
        return { markers: insertions.length, outcome: 'skipped', detail };
    }
    // Same content but other line ends (a checkout with autocrlf): positions come from the text
    // that is written, so take them from a parse of that text.
    const positions = current.text === text ? insertions : missingMarkers((0,compile_roadmap/* compileRoadmap */.u)(current.text, path).roadmap);
    return {
        outcome: 'write',
        markers: insertions.length,
        mode: s.mode,
        path,
        text: insertMarkers(current.text, positions),
        sha: current.sha,
        branch: s.branch,
        defaultBranch
    };
}
async function writeMarkers(github, logger, plan) {
    if (plan.outcome !== 'write') {
        if (plan.outcome === 'skipped' && plan.detail)
            logger.warning(plan.detail);
        return plan;
    }
    const { path, defaultBranch, markers } = plan;
    if (plan.mode === 'commit') {
        const outcome = await github.writeFile({
            path,
            text: plan.text,
            sha: plan.sha,
            branch: defaultBranch,
            message: MARKER_COMMIT_MESSAGE
        });
        if (outcome === 'written') {
            logger.info(`wrote ${markers} marker(s) to ${path} on ${defaultBranch}`);
            return { markers, outcome: 'committed' };
        }
        if (outcome === 'conflict') {
            const detail = `${path} changed on ${defaultBranch} while compiling; markers will be written by the next compile`;
            logger.warning(detail);
            return { markers, outcome: 'skipped', detail };
        }
        logger.notice(`${defaultBranch} is protected: opening a pull request with the roadmap markers instead of committing`);
    }
    return proposeMarkers(github, logger, plan);
}
/** The markers as a pull request from `compile.markers_branch` (never force-pushed). */
async function proposeMarkers(github, logger, plan) {
    const { path, defaultBranch, markers } = plan;
    const updated = plan.text;
    const head = await github.branchSha(defaultBranch);
    if (!head)
        throw new Error(`default branch ${defaultBranch} not found`);
    let branch = plan.branch;
    const existing = await github.branchSha(branch);
    if (existing) {
        const open = await github.findOpenPull(branch, defaultBranch);
        if (open === undefined) {
            // A stale branch from an earlier, closed pull request: never force-push, use a new one.
            branch = `${branch}-${(0,clock/* now */.tB)().getTime().toString(36)}`;
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
        body: `Delivery Loop assigned ${markers} roadmap marker(s). Merging this pull request keeps issue matching stable when headings and slices are edited.\n\nOnly \`<!-- lc:u=… -->\` comments are added; every other byte of \`${path}\` is unchanged.`
    });
    logger.info(`markers proposed in pull request #${pull}`);
    return { markers, outcome: 'pull-request', pullRequest: pull };
}

;// CONCATENATED MODULE: ./src/compile/facts.ts
/**
 * compile's facts (reads only), in two rounds so a quiet compile reads little: the roadmap and
 * the issues it manages (enough to reconcile), then — only when the reconciled plan writes —
 * what its writes depend on: the repository's labels, the rate limit left, and the roadmap on
 * the default branch that markers are written back to.
 */







async function roadmapFacts(env) {
    const { github, context, inputs } = env;
    const file = inputs.roadmapPath;
    const pull = (0,events/* pullRequestOf */._n)(context);
    const found = await (0,source/* readRoadmapSource */.K)(github, context, file, { of: 'event', pull });
    if (!found)
        throw new errors/* ConfigError */.xL(`${file} not found`, [
            {
                file,
                message: 'the roadmap file does not exist in the workspace or on the default branch (input `roadmap`)'
            }
        ]);
    const text = (0,roadmap_text/* roadmapText */.g)(found.bytes, file);
    const repository = await github.repository();
    return {
        file,
        source: found.source,
        text,
        compiled: (0,compile_roadmap/* compileRoadmap */.u)(text, file),
        ...(pull !== undefined ? { pull } : {}),
        defaultBranch: repository.defaultBranch,
        render: {
            roadmapUrl: `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/blob/${repository.defaultBranch}/${file}`
        },
        trust: await env.trust()
    };
}
async function issueFacts(github, compiled) {
    const { roadmap } = compiled;
    const existing = await github.listIssuesWithLabels([labels/* LABEL_UNIT */.eQ, labels/* LABEL_EPIC_PARENT */.CU]);
    const externalNumbers = [
        ...new Set(roadmap.slices.flatMap(s => (roadmap.blockers.get(s.id) ?? []).flatMap(b => (b.type === 'issue' ? [b.number] : []))))
    ];
    const external = externalNumbers.length ? await github.lookupIssues(externalNumbers) : new Map();
    return { existing, external };
}
async function writeFacts(github, plan, writeback) {
    const writes = plan.items.some(i => i.action !== 'unchanged') || plan.closes.length > 0;
    const labelled = plan.items.some(i => i.action === 'create' || i.changes.includes('labels'));
    return {
        labels: new Set(labelled ? (await github.listLabels()).map(l => l.toLowerCase()) : []),
        ...(writes ? { rate: await github.rateLimit() } : {}),
        ...(markersMissing(writeback)
            ? { current: await github.readFile(writeback.path, writeback.defaultBranch) }
            : {})
    };
}

// EXTERNAL MODULE: ./src/compile/summary.ts
var summary = __webpack_require__(5157);
// EXTERNAL MODULE: ./src/report/sticky-comment.ts
var sticky_comment = __webpack_require__(647);
// EXTERNAL MODULE: ./src/github/limits.ts
var limits = __webpack_require__(1679);
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

;// CONCATENATED MODULE: ./src/modes/compile.ts
/**
 * mode: compile — ROADMAP.md → an idempotent issue DAG (docs/specs/0000-product.md §2–§4).
 * Parse and validate (zero writes on any error) → read marked issues → plan → then, depending on
 * the event: a sticky plan comment on a pull request, the plan alone for dry runs and branches
 * other than the default, or apply + marker write-back on the default branch.
 */












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
        return await (0,sticky_comment/* writeStickyComment */.I)(github, pull, markers/* PLAN_COMMENT_MARKER */.FL, body, trusted);
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
        await upsertPlanComment(env.github, env.logger, pull, markdown, run.trust.isLoop);
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
/** The planned writes as the report lists them: each operation and the request it is sent as. */
function operationsReport(d) {
    const list = (groups) => groups.flatMap(g => g.operations.map(o => ({ request: requestOf(o), ...o })));
    return {
        operations: list(d.operations.groups),
        ...(d.operations.deferred.length ? { deferred: list(d.operations.deferred) } : {}),
        markers: d.writeback
    };
}
function plannedWrites(d) {
    return d.operations.groups.reduce((n, g) => n + g.operations.length, 0);
}
/** The plan alone: a pull request's sticky comment, a dry run, or a push to another branch. */
async function planOnly(run, d, why) {
    const { env, compiled, pull } = run;
    const { plan, closure } = d;
    const warning = closure.blocked
        ? `\n\n**⚠️ Applying this plan would stop: ${closure.blocked}**`
        : '';
    const writes = `A run that applies it sends ${plannedWrites(d)} write request(s) (the \`report\` output lists them).`;
    const heading = `## Delivery Loop · compile plan\n\n${why} ${writes}${warning}`;
    const markdown = (0,summary/* planMarkdown */.Xg)(compiled, plan, heading);
    const comment = pull !== undefined && !env.inputs.dryRun
        ? await upsertPlanComment(env.github, env.logger, pull, (0,summary/* planMarkdown */.Xg)(compiled, plan, heading, limits/* COMMENT_ROOM_CHARS */.it - markers/* PLAN_COMMENT_MARKER */.FL.length - 1), run.trust.isLoop)
        : undefined;
    return {
        status: 'planned',
        outputs: { created: '0', updated: '0', closed: '0' },
        report: {
            ...baseReport(run, plan),
            plan: entryOf(compiled, plan),
            closes: plan.closes.map(c => ({ issue: c.issue.number, id: c.key, reason: c.reason })),
            ...operationsReport(d),
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
function appliedReport(run, plan, result, writeback) {
    return {
        ...baseReport(run, plan),
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
        closed: result.closed,
        remaining: result.remaining,
        native_dependencies: result.nativeDependencies,
        notices: result.notices,
        markers: writeback,
        sent: result.sent,
        totals: {
            created: result.created.length,
            updated: result.updated.length,
            unchanged: result.unchanged.length,
            closed: result.closed.length,
            remaining: result.remaining.length,
            writes: result.writes
        }
    };
}
/**
 * Whether the workflow should start the next compile at once: the run stopped at
 * `max_writes_per_run` with work left. Not when GitHub's rate limit or the quota left stopped
 * it (the next run would stop again before the reset), nor when GitHub refused what is left.
 */
function continues(env, result) {
    return (result.remaining.length > 0 &&
        !result.rateLimited &&
        result.writes >= env.config.compile.max_writes_per_run);
}
/** Apply on the default branch, then write the markers back once every write is done. */
async function applyCompile(run, d) {
    const { env, compiled, file } = run;
    const { github, logger } = env;
    const result = await applyOperations({
        operations: d.operations,
        github,
        logger,
        render: run.render
    });
    const writeback = result.remaining.length
        ? { markers: 0, outcome: 'none' }
        : await writeMarkers(github, logger, d.writeback);
    return {
        status: result.remaining.length ? 'partial' : 'applied',
        outputs: {
            created: String(result.created.length),
            updated: String(result.updated.length),
            closed: String(result.closed.length),
            continue: String(continues(env, result))
        },
        report: appliedReport(run, d.plan, result, writeback),
        summary: (0,summary/* appliedMarkdown */.HQ)(compiled, result, writebackLine(file, writeback)),
        state: {
            ...env.state,
            compile: {
                remaining: result.remaining.length,
                ...(result.remaining.length ? {} : { completed_at: (0,clock/* now */.tB)().toISOString() })
            }
        }
    };
}
/** A mass closure stops before any write and says how to confirm it. */
function needsConfirmation(run, d, why) {
    run.env.logger.error(why, { file: run.file, title: 'Roadmap change would close many issues' });
    const markdown = (0,summary/* planMarkdown */.Xg)(run.compiled, d.plan, `## Delivery Loop · compile\n\n**⚠️ Stopped before any write: ${why}**`);
    return {
        status: 'needs-confirmation',
        outputs: { created: '0', updated: '0', closed: '0' },
        report: {
            ...baseReport(run, d.plan),
            closes: d.plan.closes.map(c => ({ issue: c.issue.number, id: c.key, reason: c.reason })),
            ...operationsReport(d),
            needs_confirmation: why
        },
        summary: markdown,
        failure: why
    };
}
/** The writes within the quota left (keeping api.reserve): never run dry mid-compile. */
function writeQuota(env, budgets) {
    const { config, logger } = env;
    // Compile's writes (issues, labels, edges, sub-issues) are REST requests: the core budget.
    const rate = budgets?.core;
    const quota = rate ? Math.max(0, rate.remaining - config.api.reserve) : Infinity;
    if (rate && quota < config.compile.max_writes_per_run)
        logger.warning(`${rate.remaining} API requests left until ${rate.resetAt} (api.reserve ${config.api.reserve}): this compile makes at most ${quota} writes and the next one continues`);
    return Math.min(config.compile.max_writes_per_run, quota);
}
/** Reconcile, then the writes it takes, from the facts (the second round read only if it writes). */
async function decide(run, plan, existing, external) {
    const { env } = run;
    const { config, inputs } = env;
    const settings = {
        roadmap: run.compiled.roadmap,
        path: run.file,
        mode: config.compile.write_markers,
        branch: config.compile.markers_branch,
        defaultBranch: run.defaultBranch
    };
    const facts = await writeFacts(env.github, plan, settings);
    const closure = checkClosures({
        closes: plan.closes,
        openUnits: existing.filter(i => i.state === 'OPEN' && run.trust.isLoop(i.author) && (0,markers/* unitMarkerOf */.mQ)(i.body) !== undefined).length,
        maxCloses: config.compile.max_closes_per_run,
        ...(inputs.confirmCloses !== undefined ? { confirmed: inputs.confirmCloses } : {}),
        file: run.file
    });
    return {
        plan,
        operations: planOperations({
            plan,
            labels: facts.labels,
            external,
            maxWrites: writeQuota(env, facts.rate)
        }),
        writeback: planWriteback({ ...settings, text: run.text, current: facts.current }),
        closure
    };
}
async function compileMode(env) {
    const run = { ...(await roadmapFacts(env)), env };
    if (run.compiled.diagnostics.length)
        return invalid(run, run.compiled.diagnostics);
    annotateWarnings(env, run.compiled.warnings);
    const { existing, external } = await issueFacts(env.github, run.compiled);
    const plan = (0,compile_plan/* planCompile */.Rj)({
        compiled: run.compiled,
        existing,
        trusted: run.trust.isLoop,
        external,
        render: run.render
    });
    if (plan.diagnostics.length)
        return invalid(run, plan.diagnostics);
    for (const i of plan.ignored) {
        env.logger.warning(`#${i.issue} carries roadmap marker ${i.key} but was written by ${i.author ?? 'an unknown author'}, who is not trusted; it is ignored (add the login to trust.bot_logins if it is yours)`);
    }
    const decided = await decide(run, plan, existing, external);
    const { context, inputs } = env;
    const onDefaultBranch = context.eventName !== 'push' ||
        !context.ref ||
        context.ref === `refs/heads/${run.defaultBranch}`;
    if (run.pull !== undefined)
        return planOnly(run, decided, 'Plan for this pull request: merging it applies the plan.');
    if (inputs.dryRun)
        return planOnly(run, decided, 'Dry run: nothing was written.');
    if (!onDefaultBranch)
        return planOnly(run, decided, `Push to ${context.ref}: compile applies only on ${run.defaultBranch}.`);
    if (decided.closure.blocked)
        return needsConfirmation(run, decided, decided.closure.blocked);
    return applyCompile(run, decided);
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


/***/ })

};
