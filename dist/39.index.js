export const id = 39;
export const ids = [39];
export const modules = {

/***/ 706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ logExcerpt)
/* harmony export */ });
/* unused harmony export EXCERPT_BYTES */
/* harmony import */ var _prompt_sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5331);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3205);
/**
 * A bounded log excerpt around the first error: a window of lines, capped in bytes (cut on a
 * UTF-8 boundary), timestamps stripped, mentions and HTML comments neutralised, invisible
 * characters removed, fenced so nothing in it renders.
 */



const EXCERPT_BYTES = 4096;
const BEFORE = 15;
const AFTER = 15;
function logExcerpt(log, maxBytes = EXCERPT_BYTES) {
    // Only the lines near the first error are ever looked at, so a huge log costs one split.
    const lines = log.split(/\r?\n/);
    const at = (0,_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .firstErrorLine */ .hf)(lines);
    if (at < 0)
        return { errorLine: '', markdown: '_The job log was empty._', truncated: false };
    const from = Math.max(0, at - BEFORE);
    const window = lines.slice(from, at + AFTER + 1).map(l => (0,_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .stripLogPrefix */ .zx)(l)
        // eslint-disable-next-line no-control-regex -- ANSI colour codes in CI logs
        .replace(/\x1b\[[0-9;]*m/g, '')
        .slice(0, 500));
    let text = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralizeComments */ .g9)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralizeMentions */ .tI)((0,_prompt_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .stripInvisible */ ._0)(window.join('\n'))));
    // Keep the error line itself inside the budget: trim from the front first.
    let truncated = from > 0 || at + AFTER + 1 < lines.length;
    while (Buffer.byteLength(text, 'utf8') > maxBytes && text.includes('\n')) {
        text = text.slice(text.indexOf('\n') + 1);
        truncated = true;
    }
    if (Buffer.byteLength(text, 'utf8') > maxBytes) {
        text = (0,_prompt_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .cutUtf8 */ .Ok)(text, maxBytes);
        truncated = true;
    }
    const longestFence = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length));
    const fence = '`'.repeat(longestFence + 1);
    return {
        errorLine: (0,_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .stripLogPrefix */ .zx)(lines[at]),
        markdown: `${fence}text\n${text}\n${fence}${truncated ? '\n_Excerpt of the job log around the first error; the full log is linked above._' : ''}`,
        truncated
    };
}


/***/ }),

/***/ 3205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hf: () => (/* binding */ firstErrorLine),
/* harmony export */   vH: () => (/* binding */ failureSignature),
/* harmony export */   zx: () => (/* binding */ stripLogPrefix)
/* harmony export */ });
/* unused harmony export normaliseErrorLine */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Failure signatures (SPEC §13): the same failure must keep its signature across runs (other run
 * ids, timestamps, temp paths, durations, hashes), and different failures must not share one.
 */

/** GitHub prefixes every log line with an ISO timestamp; `##[error]` marks annotated errors. */
const LINE_TIMESTAMP = /^\uFEFF?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\s?/;
function stripLogPrefix(line) {
    return line.replace(LINE_TIMESTAMP, '');
}
const ERROR_MARK = /##\[error\]/;
const ERROR_WORDS = /\b(error|failed|failure|exception|panic|fatal|assertion|traceback)\b/i;
/** Index of the first error line: an `##[error]` annotation, else the first line naming an error. */
function firstErrorLine(lines) {
    const marked = lines.findIndex(l => ERROR_MARK.test(l));
    if (marked >= 0)
        return marked;
    const worded = lines.findIndex(l => ERROR_WORDS.test(stripLogPrefix(l)));
    if (worded >= 0)
        return worded;
    for (let i = lines.length - 1; i >= 0; i--)
        if (stripLogPrefix(lines[i]).trim())
            return i;
    return -1;
}
/** Normalise one error line so that incidental details do not change the signature. */
function normaliseErrorLine(line) {
    return (stripLogPrefix(line)
        .replace(/##\[error\]/g, '')
        // eslint-disable-next-line no-control-regex -- ANSI colour codes in CI logs
        .replace(/\x1b\[[0-9;]*m/g, '') // ANSI colours
        .replace(/\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g, '<time>')
        .replace(/\b\d{2}:\d{2}:\d{2}(?:\.\d+)?\b/g, '<time>')
        .replace(/(?:\/tmp|\/var\/folders|\/home\/runner\/work\/_temp|[A-Za-z]:\\Users\\[^\\\s]+\\AppData\\Local\\Temp|\/private\/var)[^\s'"`)]*/g, '<tmp>')
        .replace(/\b[0-9a-f]{7,64}\b/gi, m => (/[a-f]/i.test(m) && /\d/.test(m) ? '<hash>' : m))
        .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>')
        .replace(/\b\d+(?:\.\d+)?\s?(?:ms|s|sec|secs|seconds|m|min|minutes|h)\b/g, '<duration>')
        .replace(/\d+/g, '<n>')
        .replace(/\s+/g, ' ')
        .trim());
}
function failureSignature(input) {
    const seed = [
        'v1',
        'workflow_run',
        input.workflowPath,
        input.job,
        input.step,
        normaliseErrorLine(input.errorLine)
    ].join('|');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(seed, 'utf8').digest('hex').slice(0, 16);
}


/***/ }),

/***/ 5950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ classify),
/* harmony export */   W: () => (/* binding */ orderReady)
/* harmony export */ });
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4459);
/* harmony import */ var _pulls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6886);
/**
 * The classification of unit issues (SPEC §5.3): pure, first matching rule wins, and every result
 * carries a reason a human can read. Tick plans on it, and discover's enrolment check tells a
 * human what tick will do by calling the same function — the hold, needs-human, trust and blocker
 * rules exist once.
 */


function minutesBetween(from, to) {
    return (to.getTime() - Date.parse(from)) / 60_000;
}
/** Minutes the head of `pull` has waited for its checks: since it was opened or last pushed. */
function checksWaited(pull, now) {
    const since = [pull.createdAt, pull.headCommittedAt ?? pull.createdAt].sort().at(-1);
    return minutesBetween(since, now);
}
const NO_CI_FIX = 'pushes made with GITHUB_TOKEN start no workflow runs — let workers push with a GitHub App token or a PAT (docs/review.md#no-checks-is-an-answer)';
function inFlight(issue, pull, ctx) {
    const at = { issue: issue.number, class: 'in-flight', pull: pull.number };
    if (pull.draft)
        return { ...at, sub: 'gated', reason: `pull request #${pull.number} is a draft` };
    const overdue = checksWaited(pull, ctx.now) >= ctx.noChecksAfterMinutes;
    const noCi = (what) => ({
        issue: issue.number,
        class: 'needs-human',
        pull: pull.number,
        reason: `pull request #${pull.number} ${what} after ${ctx.noChecksAfterMinutes} minutes (ci.no_checks_after_minutes): ${NO_CI_FIX}`
    });
    if (!pull.checks.length) {
        if (overdue)
            return noCi('has no checks at all');
        return { ...at, sub: 'gated', reason: `pull request #${pull.number} has no checks yet` };
    }
    const missing = ctx.requiredChecks.filter(name => !pull.checks.some(c => c.name === name));
    if (missing.length && overdue)
        return noCi(`never got the required check(s) ${missing.join(', ')} (ci.checks)`);
    const required = ctx.requiredChecks.length
        ? ctx.requiredChecks.map(name => pull.checks.find(c => c.name === name) ?? { name, state: 'pending' })
        : pull.checks;
    const failed = required.filter(c => c.state === 'failure').map(c => c.name);
    if (failed.length)
        return { ...at, sub: 'fixing', reason: `required check(s) failed: ${failed.join(', ')}` };
    const pending = required.filter(c => c.state === 'pending').map(c => c.name);
    if (pending.length)
        return { ...at, sub: 'gated', reason: `waiting for check(s): ${pending.join(', ')}` };
    // A loopreview check is the loop's word only when the loop's own identity published it.
    const foreign = pull.verdict !== undefined && !ctx.trust.isLoop(pull.verdictApp);
    switch (foreign ? undefined : pull.verdict) {
        case undefined:
            return {
                ...at,
                sub: 'awaiting-review',
                reason: `CI is green on #${pull.number}; no loopreview verdict for ${pull.headSha.slice(0, 7)} yet${foreign ? ` (a loopreview check published by ${pull.verdictApp ?? 'an unknown app'}, not the loop, was ignored)` : ''}`
            };
        case 'fail':
            return {
                ...at,
                sub: 'changes-requested',
                reason: `the reviewer asked for changes on #${pull.number}`
            };
        case 'needs-human':
            return {
                ...at,
                sub: 'review-needs-human',
                reason: `the reviewer wants a human to look at #${pull.number}`
            };
        case 'pass':
            return {
                ...at,
                sub: 'ready-to-merge',
                reason: `CI is green and the review passed: #${pull.number} is ready for a human to merge`
            };
    }
}
function classify(issue, ctx) {
    const of = (cls, reason) => ({
        issue: issue.number,
        class: cls,
        reason
    });
    if (ctx.paused)
        return of('paused', 'the loop is paused');
    if (issue.duplicateOf !== undefined)
        return of('duplicate', `a younger copy of #${issue.duplicateOf} (same roadmap marker): never dispatched; the next compile closes it`);
    const held = (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .heldBy */ .Vr)(issue.labels);
    if (held.length)
        return of('held', `held by the label ${held.join(', ')}`);
    if ((0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .needsHuman */ .tv)(issue.labels))
        return of('needs-human', 'labelled needs-human: a human must look first');
    if (!ctx.trust.isTrustedAuthor(issue.author, issue.authorAssociation)) {
        return of('untrusted', `its author ${issue.author ?? '(unknown)'} is neither the loop's bot nor an owner, member or collaborator`);
    }
    const waiting = [];
    for (const n of issue.blockers) {
        const facts = ctx.blockers.get(n);
        if (facts === undefined || facts === null) {
            waiting.push(`#${n} could not be read`);
        }
        else if (facts.state === 'CLOSED') {
            if (facts.stateReason !== 'COMPLETED')
                waiting.push(`#${n} was closed as ${(facts.stateReason ?? 'unknown').toLowerCase().replace('_', ' ')}, which is not done`);
        }
        else if (!(ctx.satisfiedBy === 'pr-open' && (0,_pulls_js__WEBPACK_IMPORTED_MODULE_1__/* .pullFor */ .L3)(n, ctx.pulls))) {
            waiting.push(`#${n} is open`);
        }
    }
    if (waiting.length)
        return of('blocked', `blocked: ${waiting.join('; ')}`);
    const pull = (0,_pulls_js__WEBPACK_IMPORTED_MODULE_1__/* .pullFor */ .L3)(issue.number, ctx.pulls);
    if (pull)
        return inFlight(issue, pull, ctx);
    if ((0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .hasLabel */ .RX)(issue.labels, _labels_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL_CLAIM */ .YQ)) {
        if (!issue.claimedAt)
            return of('claimed', 'claimed (time of the claim unknown, so the lease is kept)');
        const age = minutesBetween(issue.claimedAt, ctx.now);
        if (age < ctx.leaseMinutes)
            return of('claimed', `claimed ${Math.max(0, Math.floor(age))} min ago; lease ${ctx.leaseMinutes} min`);
        return of('stalled', `claimed ${Math.floor(age)} min ago with no pull request (lease ${ctx.leaseMinutes} min): a no-progress attempt`);
    }
    return of('ready', 'every blocker is done and nothing works on it');
}
const PRIORITY = /^(?:priority:\s*(critical|urgent|high|medium|normal|low)|p([0-4]))$/i;
const PRIORITY_RANK = {
    critical: 0,
    urgent: 0,
    high: 1,
    medium: 2,
    normal: 2,
    low: 3
};
function priorityOf(labels) {
    let best = 2;
    for (const l of labels) {
        const m = PRIORITY.exec(l.trim());
        if (m)
            best = Math.min(best, m[1] ? PRIORITY_RANK[m[1].toLowerCase()] : Math.min(Number(m[2]), 3));
    }
    return best;
}
/**
 * Dispatch order of ready issues: roadmap order (blockers first, then document order; issues not
 * in the roadmap after those that are), then `priority:*` labels, then age.
 */
function orderReady(ready, roadmapRank) {
    return [...ready].sort((a, b) => {
        const ra = roadmapRank(a) ?? Number.MAX_SAFE_INTEGER;
        const rb = roadmapRank(b) ?? Number.MAX_SAFE_INTEGER;
        return (ra - rb ||
            priorityOf(a.labels) - priorityOf(b.labels) ||
            a.createdAt.localeCompare(b.createdAt) ||
            a.number - b.number);
    });
}


/***/ }),

/***/ 6886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L3: () => (/* binding */ pullFor),
/* harmony export */   RE: () => (/* binding */ pullFacts),
/* harmony export */   o: () => (/* binding */ REVIEW_CHECK),
/* harmony export */   yC: () => (/* binding */ branchFor)
/* harmony export */ });
/* unused harmony exports checkState, verdictOf */
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
function pullFacts(node) {
    const { rollup, ...facts } = node;
    const review = rollup.find(isReview);
    const verdict = verdictOf(review);
    const about = review?.type === 'check-run' ? review : undefined;
    return {
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
        ...(verdict && about?.id ? { verdictCheckId: about.id } : {})
    };
}
/** The open pull request working on an issue: it closes the issue, or uses its loop branch. */
function pullFor(issue, pulls) {
    const branch = new RegExp(`^loop/issue-${issue}(?:-|$)`);
    return pulls.find(p => p.closes.includes(issue)) ?? pulls.find(p => branch.test(p.headRef));
}
/** The worker's branch for an attempt: `loop/issue-N`, retries `loop/issue-N-retry-K`. */
function branchFor(number, attempt) {
    return attempt <= 1 ? `loop/issue-${number}` : `loop/issue-${number}-retry-${attempt - 1}`;
}


/***/ }),

/***/ 5039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  discoverMode: () => (/* binding */ discoverMode)
});

// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/github/labels.ts
var github_labels = __webpack_require__(7448);
;// CONCATENATED MODULE: ./src/discover/apply.ts
/** The discover applier: runs the plan's operations in order and fills in the issue numbers. */

async function applyDiscover(github, logger, plan) {
    const labels = new github_labels/* LabelEnsurer */.Z(github);
    let summaryIssue = plan.summaryIssue;
    for (const op of plan.operations) {
        switch (op.op) {
            case 'ensure-labels':
                await labels.ensure(op.labels);
                break;
            case 'create-issue': {
                const outcome = plan.outcomes[op.outcome];
                outcome.issue = (await github.createIssue(op)).number;
                logger.info(`filed #${outcome.issue} for ${outcome.job} / ${outcome.step} (${outcome.signature})`);
                break;
            }
            case 'update-issue':
                await github.updateIssue(op.issue, {
                    body: op.body,
                    ...(op.reopen ? { state: 'open' } : {})
                });
                if (op.comment)
                    await github.createComment(op.issue, op.comment);
                break;
            case 'create-summary':
                summaryIssue = (await github.createIssue(op)).number;
                for (const i of op.outcomes) {
                    plan.outcomes[i].issue = summaryIssue;
                    plan.outcomes[i].reason += ` #${summaryIssue}`;
                }
                break;
        }
    }
    return summaryIssue ? { summaryIssue } : {};
}

// EXTERNAL MODULE: ./src/loop/classify.ts
var classify = __webpack_require__(5950);
// EXTERNAL MODULE: ./src/loop/labels.ts
var loop_labels = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/loop/markers.ts
var markers = __webpack_require__(725);
;// CONCATENATED MODULE: ./src/discover/enrolment.ts



function enrolmentBlockers(issue) {
    return [...new Set([...(0,loop_labels/* blockersFromLabels */.Dx)(issue.labels), ...issue.blockedBy.map(b => b.number)])];
}
function planEnrolment(facts, config, trust) {
    const { issue } = facts;
    const blockers = enrolmentBlockers(issue);
    const c = (0,classify/* classify */.L)({
        number: issue.number,
        labels: issue.labels,
        author: issue.author,
        authorAssociation: issue.authorAssociation,
        createdAt: issue.createdAt,
        blockers
    }, {
        paused: false,
        trust,
        blockers: facts.blockers,
        pulls: facts.pulls,
        satisfiedBy: config.dependencies.satisfied_by,
        requiredChecks: config.ci.checks,
        now: facts.now,
        leaseMinutes: config.dispatch.lease_minutes,
        noChecksAfterMinutes: config.ci.no_checks_after_minutes
    });
    const problems = [];
    const missing = blockers.filter(n => facts.blockers.get(n) === null);
    if (missing.length)
        problems.push(`blockers that are no issues: ${missing.map(n => `#${n}`).join(', ')}`);
    if (c.class === 'untrusted')
        problems.push('untrusted author');
    const verdict = issue.state === 'CLOSED'
        ? 'it is closed, so tick will not dispatch it'
        : c.class === 'ready'
            ? 'it is ready: the next tick may dispatch it, within the budgets'
            : `tick classifies it as ${c.sub ? `${c.class} (${c.sub})` : c.class}: ${c.reason}`;
    const said = facts.comments.some(cm => (0,markers/* startsWithMarker */.Ox)(cm.body, markers/* ENROLLED_MARKER */.b) && trust.isLoop(cm.author));
    const text = `${markers/* ENROLLED_MARKER */.b}\nDelivery Loop: this issue joined the loop (\`${loop_labels/* LABEL_UNIT */.eQ}\`). ${verdict[0].toUpperCase()}${verdict.slice(1)}.`;
    const open = blockers.filter(n => {
        const b = facts.blockers.get(n);
        return !b || b.state !== 'CLOSED' || b.stateReason !== 'COMPLETED';
    });
    return { verdict, problems, blockedBy: open, ...(said ? {} : { comment: text }) };
}

// EXTERNAL MODULE: ./src/discover/excerpt.ts
var discover_excerpt = __webpack_require__(706);
// EXTERNAL MODULE: ./src/discover/signature.ts
var discover_signature = __webpack_require__(3205);
;// CONCATENATED MODULE: ./src/discover/trigger.ts
const FAILED_CONCLUSIONS = ['failure', 'timed_out'];
function discoverTrigger(context, config, defaultBranch) {
    if (context.eventName === 'issues')
        return { kind: 'enrolment' };
    if (context.eventName !== 'workflow_run')
        return {
            kind: 'ignored',
            reason: `discover runs on workflow_run and issues events, not ${context.eventName}`
        };
    const payload = context.payload;
    const run = payload.workflow_run;
    if (!run || payload.action !== 'completed')
        return { kind: 'ignored', reason: 'the workflow run has not completed' };
    if (!FAILED_CONCLUSIONS.includes(run.conclusion ?? ''))
        return {
            kind: 'ignored',
            reason: `the run concluded ${run.conclusion ?? 'without a conclusion'}`
        };
    const self = `${context.repo.owner}/${context.repo.repo}`.toLowerCase();
    const head = run.head_repository?.full_name;
    if (head && head.toLowerCase() !== self)
        return {
            kind: 'ignored',
            reason: `run ${run.id} came from a fork (${head})`,
            fork: { run: run.id, repository: head }
        };
    const { workflows, branches } = config.discover;
    if (workflows.length &&
        !workflows.some(w => w === run.name || w === run.path || run.path.endsWith(`/${w}`)))
        return { kind: 'ignored', reason: `workflow ${run.name} is not in discover.workflows` };
    const watched = branches.length ? branches : [defaultBranch];
    if (!watched.includes(run.head_branch))
        return {
            kind: 'ignored',
            reason: `branch ${run.head_branch} is not watched (${watched.join(', ')})`
        };
    return { kind: 'run', run };
}

;// CONCATENATED MODULE: ./src/discover/facts.ts




/** The failures of a run, one per signature. */
async function runFailures(github, logger, run) {
    const failures = [];
    for (const job of await github.listRunJobs(run.id)) {
        if (!FAILED_CONCLUSIONS.includes(job.conclusion ?? ''))
            continue;
        const step = job.steps.find(s => FAILED_CONCLUSIONS.includes(s.conclusion ?? ''))?.name ??
            '(no failed step)';
        let log = '';
        try {
            log = await github.jobLog(job.id);
        }
        catch (error) {
            logger.warning(`No log for job ${job.name}: ${error.message}`);
        }
        const excerpt = (0,discover_excerpt/* logExcerpt */.s)(log);
        const signature = (0,discover_signature/* failureSignature */.vH)({
            workflowPath: run.path,
            job: job.name,
            step,
            errorLine: excerpt.errorLine
        });
        if (failures.some(f => f.signature === signature))
            continue;
        failures.push({
            signature,
            workflow: run.name,
            workflowPath: run.path,
            job: job.name,
            jobUrl: job.htmlUrl,
            step,
            errorLine: excerpt.errorLine,
            excerpt: excerpt.markdown
        });
    }
    return failures;
}
/** Every discovered issue, open and closed, all pages. */
function discoveredIssues(github) {
    return github.listIssuesWithLabels([loop_labels/* LABEL_DISCOVERED */.Yv]);
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/discover/render.ts
/** Titles and bodies of the issues discover files (pure). */


const OCCURRENCES = /^\| Occurrences \| (\d+) \|$/m;
const FIRST_SEEN = /^\| First seen \| ([^|]+) \|$/m;
function failureTitle(f) {
    const title = `Code: Fix CI failure: ${f.workflow} / ${f.job}`;
    return title.length > 256 ? `${title.slice(0, 255)}…` : title;
}
/** What an existing body says about earlier occurrences (missing parts get safe defaults). */
function readOccurrence(body, fallbackTime) {
    const run = (0,markers/* discoverRunOf */.GD)(body);
    return {
        count: Number(OCCURRENCES.exec(body)?.[1] ?? 1),
        firstSeen: FIRST_SEEN.exec(body)?.[1].trim() ?? fallbackTime,
        lastRun: run?.run ?? 0,
        lastAttempt: run?.attempt ?? 0,
        commentedAt: (0,markers/* discoverCommentedOf */.Pq)(body) ?? fallbackTime
    };
}
function failureBody(f, run, occurrence, now) {
    const inline = (text) => `\`${text.replace(/`/g, "'")}\``;
    return (0,markdown/* neutralizeMentions */.tI)([
        (0,markers/* discoverMarker */.gP)(f.signature),
        (0,markers/* discoverRunMarker */.$x)(run.id, run.attempt),
        (0,markers/* discoverCommentedMarker */.sz)(occurrence.commentedAt),
        'A CI failure on a watched branch, filed by Delivery Loop `discover`.',
        '',
        '| | |',
        '|---|---|',
        `| Signature | \`${f.signature}\` |`,
        `| Workflow | ${(0,markdown/* cell */.Hn)(f.workflow)} (\`${f.workflowPath}\`) |`,
        `| Job | [${(0,markdown/* cell */.Hn)(f.job)}](${f.jobUrl || run.url}) |`,
        `| Step | ${(0,markdown/* cell */.Hn)(f.step)} |`,
        `| Run | [${run.id}](${run.url}) (attempt ${run.attempt}) |`,
        `| Commit | \`${run.sha}\` |`,
        `| Branch | \`${run.branch}\` |`,
        `| Occurrences | ${occurrence.count} |`,
        `| First seen | ${occurrence.firstSeen} |`,
        `| Last seen | ${now} |`,
        '',
        '## First error',
        '',
        f.errorLine ? inline(f.errorLine.slice(0, 500)) : '_No error line found in the log._',
        '',
        '## Log excerpt',
        '',
        f.excerpt,
        '',
        '## Acceptance criteria',
        '',
        `- [ ] The \`${(0,markdown/* cell */.Hn)(f.job)}\` job of \`${(0,markdown/* cell */.Hn)(f.workflow)}\` passes again on \`${run.branch}\`.`,
        '- [ ] The change fixes the cause of the first error above; no test is skipped, deleted or weakened to get there.',
        '- [ ] Where practical, a test reproduces the failure and now passes.',
        ''
    ].join('\n'));
}
function summaryBody(runMarker, run, workflow, rest) {
    return (0,markdown/* neutralizeMentions */.tI)([
        runMarker,
        `Run [${run.id}](${run.url}) of \`${workflow}\` failed in more distinct ways than \`discover.max_issues_per_run\` allows to file at once. These failures were not filed as their own issues; discover files them (and deduplicates them) when they happen again:`,
        '',
        '| job | step | signature | first error |',
        '|---|---|---|---|',
        ...rest.map(f => `| ${(0,markdown/* cell */.Hn)(f.job)} | ${(0,markdown/* cell */.Hn)(f.step)} | \`${f.signature}\` | ${(0,markdown/* cell */.Hn)(f.errorLine.replace(/`/g, "'"), 100)} |`),
        ''
    ].join('\n'));
}

;// CONCATENATED MODULE: ./src/discover/plan.ts



/** The oldest trusted discovered issue per signature. */
function bySignature(existing, trust) {
    const out = new Map();
    for (const issue of [...existing].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
        const sig = (0,markers/* discoverMarkerOf */.ds)(issue.body);
        if (sig && trust.isLoop(issue.author) && !out.has(sig))
            out.set(sig, issue);
    }
    return out;
}
function known(input, f, issue) {
    const { run, now } = input;
    const base = { signature: f.signature, job: f.job, step: f.step, issue: issue.number };
    if (issue.state === 'CLOSED' && issue.stateReason !== 'COMPLETED') {
        const how = (issue.stateReason ?? 'not planned').toLowerCase().replace('_', ' ');
        return {
            outcome: {
                ...base,
                action: 'skipped',
                reason: `#${issue.number} was closed as ${how}: left alone`
            }
        };
    }
    const seen = readOccurrence(issue.body, issue.createdAt);
    if (seen.lastRun === run.id && seen.lastAttempt === run.attempt)
        return {
            outcome: {
                ...base,
                action: 'skipped',
                reason: `run ${run.id} was already counted on #${issue.number}`
            }
        };
    const regressed = issue.state === 'CLOSED';
    const every = input.config.discover.comment_every_hours * 3600_000;
    const dueComment = regressed || Date.parse(now) - Date.parse(seen.commentedAt) >= every;
    const next = {
        ...seen,
        count: seen.count + 1,
        lastRun: run.id,
        lastAttempt: run.attempt,
        commentedAt: dueComment ? now : seen.commentedAt
    };
    const comment = regressed
        ? `Delivery Loop: **regressed** — this failure happened again in run [${run.id}](${run.url}) on \`${run.branch}\` after the issue was closed as completed (occurrence ${next.count}).`
        : dueComment
            ? `Delivery Loop: seen again in run [${run.id}](${run.url}) (occurrence ${next.count}).`
            : undefined;
    return {
        outcome: { ...base, action: regressed ? 'reopened' : 'updated' },
        op: {
            op: 'update-issue',
            issue: issue.number,
            body: failureBody(f, run, next, now),
            reopen: regressed,
            ...(comment ? { comment } : {})
        }
    };
}
function planDiscover(input) {
    const { run, config, now, trust } = input;
    const issues = bySignature(input.existing, trust);
    // A redelivered event must not file what this run's summary issue already lists.
    const runSummary = input.existing.find(i => (0,markers/* isDiscoverSummaryFor */.dK)(i.body, run.id, run.attempt) && trust.isLoop(i.author));
    const listed = new Set([...(runSummary?.body ?? '').matchAll(/`([0-9a-f]{16})`/g)].map(m => m[1]));
    const labels = [loop_labels/* LABEL_DISCOVERED */.Yv, ...(config.discover.enqueue ? [loop_labels/* LABEL_UNIT */.eQ] : [])];
    const outcomes = [];
    const operations = [];
    const overflow = [];
    let created = 0;
    for (const f of input.failures) {
        const base = { signature: f.signature, job: f.job, step: f.step };
        const issue = issues.get(f.signature);
        if (issue) {
            const { outcome, op } = known(input, f, issue);
            outcomes.push(outcome);
            if (op)
                operations.push(op);
        }
        else if (listed.has(f.signature)) {
            outcomes.push({
                ...base,
                action: 'skipped',
                issue: runSummary.number,
                reason: `already listed for this run in #${runSummary.number}`
            });
        }
        else if (created >= config.discover.max_issues_per_run) {
            overflow.push({ failure: f, outcome: outcomes.length });
            outcomes.push({
                ...base,
                action: 'skipped',
                reason: `over discover.max_issues_per_run; listed in the summary issue${runSummary ? ` #${runSummary.number}` : ''}`,
                ...(runSummary ? { issue: runSummary.number } : {})
            });
        }
        else {
            created++;
            const occurrence = {
                count: 1,
                firstSeen: now,
                lastRun: run.id,
                lastAttempt: run.attempt,
                commentedAt: now
            };
            operations.push({
                op: 'create-issue',
                outcome: outcomes.length,
                title: failureTitle(f),
                body: failureBody(f, run, occurrence, now),
                labels
            });
            outcomes.push({ ...base, action: 'created' });
        }
    }
    if (overflow.length && !runSummary)
        operations.push({
            op: 'create-summary',
            title: `CI failures: ${overflow.length} more in ${run.workflow} run ${run.id}`,
            body: summaryBody((0,markers/* discoverSummaryMarker */.mg)(run.id, run.attempt), run, run.workflow, overflow.map(o => o.failure)),
            labels: [loop_labels/* LABEL_DISCOVERED */.Yv],
            outcomes: overflow.map(o => o.outcome)
        });
    const needsLabels = operations.some(o => o.op === 'create-issue' || o.op === 'create-summary');
    return {
        outcomes,
        ...(runSummary ? { summaryIssue: runSummary.number } : {}),
        operations: needsLabels ? [{ op: 'ensure-labels', labels }, ...operations] : operations
    };
}

// EXTERNAL MODULE: ./src/loop/pulls.ts
var pulls = __webpack_require__(6886);
// EXTERNAL MODULE: ./src/loop/trust.ts
var trust = __webpack_require__(2900);
;// CONCATENATED MODULE: ./src/modes/discover.ts
/**
 * mode: discover — CI failures (and labels) become deduplicated work in the DAG (SPEC §13).
 * `workflow_run`: trigger check (pure) → facts (failed jobs, logs, issues filed before) → plan
 * (`discover/plan.ts`) → apply. `issues: labeled` with `delivery:unit`: the enrolment check,
 * which says once what tick will do with the issue.
 */









function ignored(reason, report = {}) {
    return {
        status: 'ignored',
        report: { reason, ...report },
        summary: `## Delivery Loop · discover\n\nNothing to do: ${reason}.`
    };
}
async function trustOf(env) {
    return (0,trust/* trustPolicy */.RZ)(await env.github.viewerLogin(), env.config.trust.bot_logins);
}
async function discoverMode(env) {
    const repository = await env.github.repository();
    const trigger = discoverTrigger(env.context, env.config, repository.defaultBranch);
    if (trigger.kind === 'enrolment')
        return enrolment(env);
    if (trigger.kind === 'ignored') {
        if (trigger.fork)
            env.logger.notice(`Ignoring run ${trigger.fork.run}: it ran on a fork (${trigger.fork.repository}), whose failures are not trusted`);
        return ignored(trigger.reason, trigger.fork ? { fork: true } : {});
    }
    return fileFailures(env, trigger.run);
}
async function fileFailures(env, payload) {
    const { github, logger, inputs } = env;
    const run = {
        id: payload.id,
        attempt: payload.run_attempt ?? 1,
        url: payload.html_url,
        sha: payload.head_sha,
        branch: payload.head_branch,
        workflow: payload.name
    };
    const failures = await runFailures(github, logger, payload);
    if (!failures.length)
        return ignored(`run ${run.id} has no failed job`);
    const plan = planDiscover({
        run,
        failures,
        existing: await discoveredIssues(github),
        trust: await trustOf(env),
        config: env.config,
        now: (0,clock/* now */.t)().toISOString()
    });
    const applied = inputs.dryRun ? {} : await applyDiscover(github, logger, plan);
    const summaryIssue = applied.summaryIssue ?? plan.summaryIssue;
    const of = (action) => plan.outcomes.filter(o => o.action === action);
    return {
        status: of('created').length || of('updated').length || of('reopened').length
            ? 'filed'
            : 'no-new-failures',
        outputs: {
            created: String(of('created').length),
            updated: String(of('updated').length),
            reopened: String(of('reopened').length)
        },
        report: {
            run: {
                id: run.id,
                attempt: run.attempt,
                workflow: run.workflow,
                path: payload.path,
                branch: run.branch
            },
            created: of('created'),
            updated: of('updated'),
            reopened: of('reopened'),
            skipped: of('skipped'),
            ...(summaryIssue ? { summary_issue: summaryIssue } : {})
        },
        summary: discoverSummary(plan, run, failures.length, inputs.dryRun, summaryIssue)
    };
}
function discoverSummary(plan, run, distinct, dryRun, summaryIssue) {
    const count = (action) => plan.outcomes.filter(o => o.action === action).length;
    const rows = plan.outcomes.map(o => [
        o.action,
        o.issue ? `#${o.issue}` : o.action === 'created' ? '(dry run)' : '—',
        (0,markdown/* cell */.Hn)(o.job),
        (0,markdown/* cell */.Hn)(o.step),
        `\`${o.signature}\``,
        (0,markdown/* cell */.Hn)(o.reason ?? '')
    ]);
    return [
        '## Delivery Loop · discover',
        '',
        `Run [${run.id}](${run.url}) of \`${run.workflow}\` on \`${run.branch}\`: **${distinct}** distinct failure(s) — ${count('created')} filed, ${count('updated')} updated, ${count('reopened')} reopened, ${count('skipped')} skipped${dryRun ? ' (dry run: nothing written)' : ''}.`,
        '',
        (0,markdown/* table */.tp)(['action', 'issue', 'job', 'step', 'signature', 'note'], rows),
        ...(summaryIssue ? ['', `Failures over the cap are listed in #${summaryIssue}.`] : [])
    ].join('\n');
}
async function enrolment(env) {
    const { github, inputs } = env;
    const payload = env.context.payload;
    if (payload.action !== 'labeled' || payload.label?.name?.toLowerCase() !== 'delivery:unit')
        return ignored('issues event is not the delivery:unit label being added');
    const number = payload.issue?.number;
    const issue = number ? await github.getIssue(number) : undefined;
    if (!issue)
        return ignored(`issue #${number ?? '?'} not found`);
    const blockers = enrolmentBlockers(issue);
    const plan = planEnrolment({
        issue,
        blockers: blockers.length ? await github.lookupIssues(blockers) : new Map(),
        pulls: (await github.scanOpenPulls()).map(pulls/* pullFacts */.RE),
        comments: await github.listComments(issue.number),
        now: (0,clock/* now */.t)()
    }, env.config, await trustOf(env));
    const commented = !inputs.dryRun && plan.comment !== undefined;
    if (commented)
        await github.createComment(issue.number, plan.comment);
    return {
        status: 'enrolled',
        report: {
            issue: issue.number,
            verdict: plan.verdict,
            problems: plan.problems,
            blocked_by: plan.blockedBy,
            commented
        },
        summary: `## Delivery Loop · discover\n\n#${issue.number} joined the loop: ${plan.verdict}.`
    };
}


/***/ }),

/***/ 5331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ untrustedBlock),
/* harmony export */   Ok: () => (/* binding */ cutUtf8),
/* harmony export */   Yd: () => (/* binding */ newNonce),
/* harmony export */   _0: () => (/* binding */ stripInvisible),
/* harmony export */   _2: () => (/* binding */ sanitizeUntrusted),
/* harmony export */   zs: () => (/* binding */ cutMarked)
/* harmony export */ });
/* unused harmony exports UNTRUSTED_LIMIT_BYTES, visibleText */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Untrusted text (issue and PR text, CI logs, review findings) on its way to an agent: strip what
 * a human reviewer cannot see (HTML comments, zero-width, bidirectional and other format
 * characters, Unicode tag characters, variation selectors), normalise line ends, cap the size
 * (cut on a UTF-8 boundary, with a visible marker), and delimit it with fences the text cannot
 * forge (a fresh random nonce per block).
 */

/**
 * Invisible characters: zero-width and bidi controls (the "Trojan Source" set), the Arabic letter
 * mark U+061C, the BOM, the soft hyphen, Unicode tag characters (U+E0000–E007F, "ASCII smuggling")
 * and variation selectors (U+FE00–FE0F, U+E0100–E01EF).
 */
const INVISIBLE = new RegExp(
// eslint-disable-next-line no-misleading-character-class -- the selectors are listed to strip them
'[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\u00AD\\u061C\\u180E' +
    '\\u{FE00}-\\u{FE0F}\\u{E0000}-\\u{E007F}\\u{E0100}-\\u{E01EF}]', 'gu');
const UNTRUSTED_LIMIT_BYTES = 16 * 1024;
function cutUtf8(text, bytes) {
    const buf = Buffer.from(text, 'utf8');
    if (buf.length <= bytes)
        return text;
    let end = Math.max(bytes, 0);
    while (end > 0 && (buf[end] & 0xc0) === 0x80)
        end--;
    return buf.subarray(0, end).toString('utf8');
}
/** `text` cut to `bytes` with a visible `[TRUNCATED what: omitted N bytes]` line when cut. */
function cutMarked(text, bytes, what) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size <= bytes)
        return text;
    const marker = (n) => `\n[TRUNCATED ${what}: omitted ${n} bytes]`;
    const cut = cutUtf8(text, bytes - Buffer.byteLength(marker(size)));
    return `${cut}${marker(size - Buffer.byteLength(cut, 'utf8'))}`;
}
/** Invisible characters removed (nothing else). */
function stripInvisible(text) {
    return text.replace(INVISIBLE, '');
}
/**
 * Invisible characters and hidden HTML comments removed, line ends normalised. Invisible
 * characters go first, so none can split a `<!--` that re-forms after the comments are gone.
 */
function visibleText(text) {
    return stripInvisible(text.replace(/\r\n?/g, '\n')).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}
function sanitizeUntrusted(text, limit = UNTRUSTED_LIMIT_BYTES, what = 'untrusted issue text') {
    const clean = visibleText(text).trim();
    const size = Buffer.byteLength(clean, 'utf8');
    if (size <= limit)
        return { text: clean, omittedBytes: 0 };
    const cut = cutUtf8(clean, limit);
    const omitted = size - Buffer.byteLength(cut, 'utf8');
    return { text: `${cut}\n[TRUNCATED ${what}: omitted ${omitted} bytes]`, omittedBytes: omitted };
}
/**
 * Untrusted text between BEGIN and END lines that carry a random nonce, so text that contains an
 * END line of its own cannot close the block early: only the line with this nonce does.
 */
function untrustedBlock(kind, text, nonce = newNonce()) {
    // Look-alike delimiters inside are defused too, so none can even seem to close the block.
    const defused = text.replace(/<<<(\s*(?:BEGIN|END) UNTRUSTED)/gi, '<<‹$1');
    return [
        `<<<BEGIN UNTRUSTED ${kind} ${nonce}>>>`,
        defused,
        `<<<END UNTRUSTED ${kind} ${nonce}>>>`
    ].join('\n');
}
function newNonce() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex');
}


/***/ })

};
