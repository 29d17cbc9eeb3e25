export const id = 248;
export const ids = [248];
export const modules = {

/***/ 706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ logExcerpt)
/* harmony export */ });
/* unused harmony export EXCERPT_BYTES */
/* harmony import */ var _github_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1679);
/* harmony import */ var _prompt_sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5331);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3205);
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
    const at = (0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .firstErrorLine */ .hf)(lines);
    if (at < 0)
        return { errorLine: '', markdown: '_The job log was empty._', truncated: false };
    const from = Math.max(0, at - BEFORE);
    const window = lines.slice(from, at + AFTER + 1).map(l => (0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .stripLogPrefix */ .zx)(l)
        // eslint-disable-next-line no-control-regex -- ANSI colour codes in CI logs
        .replace(/\x1b\[[0-9;]*m/g, '')
        .slice(0, 500));
    let text = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralizeComments */ .g9)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralizeMentions */ .tI)((0,_prompt_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .stripInvisible */ ._0)(window.join('\n'))));
    // Keep the error line itself inside the budget: trim from the front first.
    let truncated = from > 0 || at + AFTER + 1 < lines.length;
    while (Buffer.byteLength(text, 'utf8') > maxBytes && text.includes('\n')) {
        text = text.slice(text.indexOf('\n') + 1);
        truncated = true;
    }
    if (Buffer.byteLength(text, 'utf8') > maxBytes) {
        text = (0,_github_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .cutUtf8 */ .Ok)(text, maxBytes);
        truncated = true;
    }
    const longestFence = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length));
    const fence = '`'.repeat(longestFence + 1);
    return {
        errorLine: (0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .stripLogPrefix */ .zx)(lines[at]),
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
 * Failure signatures (docs/specs/0000-product.md §13): the same failure must keep its signature across runs (other run
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

/***/ 5950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ classify),
/* harmony export */   W: () => (/* binding */ orderReady)
/* harmony export */ });
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4459);
/* harmony import */ var _pulls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6886);
/**
 * The classification of unit issues (docs/specs/0000-product.md §5.3): pure, first matching rule wins, and every result
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
    // Before CI and review: neither means anything for a change that cannot merge as it is.
    if ((0,_pulls_js__WEBPACK_IMPORTED_MODULE_1__/* .isConflicting */ .PJ)(pull))
        return {
            ...at,
            sub: 'conflicting',
            reason: `pull request #${pull.number} conflicts with its base branch: never reviewed nor ready for merge until it is brought up to date (the fix wave sends a loop pull request back to its worker as a conflict task)`
        };
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
    // A loopreview check is the loop's word only when the loop's own identity published it, bound
    // to this head (pulls.ts); a check run's name alone proves nothing.
    const foreign = pull.verdict !== undefined && !ctx.trust.isLoop(pull.verdictApp);
    const ignored = foreign
        ? ` (a loopreview check published by ${pull.verdictApp ?? 'an unknown app'}, not the loop, was ignored)`
        : pull.foreignVerdicts
            ? ` (${pull.foreignVerdicts} loopreview check(s) the loop did not publish for this head were ignored)`
            : '';
    switch (foreign ? undefined : pull.verdict) {
        case undefined:
            return {
                ...at,
                sub: 'awaiting-review',
                reason: `CI is green on #${pull.number}; no loopreview verdict for ${pull.headSha.slice(0, 7)} yet${ignored}`
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
            // Branch protection wants it up to date first: GitHub would refuse the merge.
            if (pull.mergeStateStatus === 'BEHIND')
                return {
                    ...at,
                    sub: 'behind',
                    reason: `#${pull.number} passed, but is behind its base branch, which must be up to date to merge: tick updates it with its push-token (CI runs again), or press "Update branch"`
                };
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
    if (pull?.owner === 'human')
        return {
            ...of('human', `in flight by a human: pull request #${pull.number} by ${pull.author ?? '(unknown)'} — the loop neither dispatches, reviews nor fixes it`),
            pull: pull.number
        };
    if (pull)
        return inFlight(issue, pull, ctx);
    if ((0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .hasLabel */ .RX)(issue.labels, _labels_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL_CLAIM */ .YQ)) {
        if (issue.workerEnded)
            return of('stalled', `the worker's ${issue.workerEnded} with no pull request: a no-progress attempt, settled without waiting for the lease`);
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
    // Ranked once per issue, not per comparison: the rank reads the issue's marker.
    const rank = new Map(ready.map(i => [i, roadmapRank(i) ?? Number.MAX_SAFE_INTEGER]));
    return [...ready].sort((a, b) => {
        const ra = rank.get(a);
        const rb = rank.get(b);
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

/***/ 5331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ untrustedBlock),
/* harmony export */   Yd: () => (/* binding */ newNonce),
/* harmony export */   _0: () => (/* binding */ stripInvisible),
/* harmony export */   _2: () => (/* binding */ sanitizeUntrusted),
/* harmony export */   zs: () => (/* binding */ cutMarked)
/* harmony export */ });
/* unused harmony exports UNTRUSTED_LIMIT_BYTES, visibleText */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _github_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1679);
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
/** `text` cut to `bytes` with a visible `[TRUNCATED what: omitted N bytes]` line when cut. */
function cutMarked(text, bytes, what) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size <= bytes)
        return text;
    const marker = (n) => `\n[TRUNCATED ${what}: omitted ${n} bytes]`;
    const cut = (0,_github_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .cutUtf8 */ .Ok)(text, bytes - Buffer.byteLength(marker(size)));
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
    const cut = (0,_github_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .cutUtf8 */ .Ok)(clean, limit);
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
