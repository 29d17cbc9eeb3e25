export const id = 39;
export const ids = [39];
export const modules = {

/***/ 5039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  discoverMode: () => (/* binding */ discoverMode)
});

// EXTERNAL MODULE: ./src/loop/labels.ts
var loop_labels = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/events.ts
var events = __webpack_require__(5694);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/github/labels.ts
var github_labels = __webpack_require__(7448);
// EXTERNAL MODULE: ./src/discover/excerpt.ts
var discover_excerpt = __webpack_require__(706);
// EXTERNAL MODULE: ./src/discover/signature.ts
var discover_signature = __webpack_require__(3205);
;// CONCATENATED MODULE: ./src/discover/trigger.ts
/** Which events discover acts on (pure): a completed, failed run of a watched workflow and branch. */

const FAILED_CONCLUSIONS = ['failure', 'timed_out'];
function discoverTrigger(context, config, defaultBranch) {
    if (context.eventName === 'issues')
        return { kind: 'enrolment' };
    if (context.eventName !== 'workflow_run')
        return {
            kind: 'ignored',
            reason: `discover runs on workflow_run and issues events, not ${context.eventName}`
        };
    const event = (0,events/* workflowRunEvent */.$4)(context);
    const run = event?.workflow_run;
    if (!run || event?.action !== 'completed')
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

// EXTERNAL MODULE: ./src/loop/markers.ts
var markers = __webpack_require__(725);
// EXTERNAL MODULE: ./src/github/limits.ts
var limits = __webpack_require__(1679);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/discover/render.ts
/** Titles and bodies of the issues discover files (pure). */



const OCCURRENCES = /^\| Occurrences \| (\d+) \|$/m;
const FIRST_SEEN = /^\| First seen \| ([^|]+) \|$/m;
function failureTitle(f) {
    const title = `Code: Fix CI failure: ${f.workflow} / ${f.job}`;
    return (0,limits/* fitTitle */.Ei)(title);
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



/** REST requests one filed issue costs at most: the create, its read-back, a spare. */
const REQUESTS_PER_FILED_ISSUE = 3;
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
    const room = input.room?.issues ?? Infinity;
    const cap = Math.min(config.discover.max_issues_per_run, room);
    const why = room < config.discover.max_issues_per_run
        ? `over the API budget (${input.room.remaining} requests left, api.reserve ${config.api.reserve})`
        : 'over discover.max_issues_per_run';
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
        else if (created >= cap) {
            overflow.push({ failure: f, outcome: outcomes.length });
            outcomes.push({
                ...base,
                action: 'skipped',
                reason: `${why}; listed in the summary issue${runSummary ? ` #${runSummary.number}` : ''}`,
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
/**
 * After creating, the issues this run filed that another run filed first (two discovers of one
 * failure at once, or a create whose lost answer was read back late): for each, the oldest
 * trusted issue with the same signature — the one every run keeps. Pure: the applier re-reads.
 */
function filedTwice(filed, existing, trust) {
    const oldest = new Map();
    for (const i of [...existing].sort((a, b) => a.number - b.number)) {
        const sig = (0,markers/* discoverMarkerOf */.ds)(i.body);
        if (sig && trust.isLoop(i.author) && !oldest.has(sig))
            oldest.set(sig, i.number);
    }
    return filed.flatMap(f => {
        const keeper = oldest.get(f.signature);
        return keeper !== undefined && keeper !== f.issue ? [{ ...f, keeper }] : [];
    });
}

;// CONCATENATED MODULE: ./src/discover/apply.ts
/** The discover applier: runs the plan's operations in order and fills in the issue numbers. */



/**
 * Two discovers of the same failure at once both see no issue and both file one: each re-reads
 * after filing, and the one that filed later closes its copy as a duplicate of the older.
 */
async function closeCopies(github, logger, plan, trust) {
    const filed = plan.outcomes.flatMap(o => o.action === 'created' && o.issue !== undefined
        ? [{ signature: o.signature, issue: o.issue }]
        : []);
    if (!filed.length)
        return;
    for (const copy of filedTwice(filed, await discoveredIssues(github), trust)) {
        await github.createComment(copy.issue, `Delivery Loop: duplicate of #${copy.keeper} — another discover run filed this failure (\`${copy.signature}\`) first.`);
        await github.updateIssue(copy.issue, { state: 'closed', stateReason: 'duplicate' });
        for (const o of plan.outcomes)
            if (o.issue === copy.issue) {
                o.issue = copy.keeper;
                o.action = 'skipped';
                o.reason = `filed at the same time as #${copy.keeper} by another run: this copy closed as a duplicate`;
            }
        logger.info(`#${copy.issue} closed as a duplicate of #${copy.keeper}`);
    }
}
async function applyDiscover(github, logger, plan, trust) {
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
    await closeCopies(github, logger, plan, trust);
    return summaryIssue ? { summaryIssue } : {};
}

// EXTERNAL MODULE: ./src/loop/classify.ts
var classify = __webpack_require__(5950);
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

// EXTERNAL MODULE: ./src/loop/pulls.ts
var loop_pulls = __webpack_require__(6886);
// EXTERNAL MODULE: ./src/loop/work.ts
var work = __webpack_require__(4841);
;// CONCATENATED MODULE: ./src/modes/discover.ts
/**
 * mode: discover — CI failures (and labels) become deduplicated work in the DAG (docs/specs/0000-product.md §13).
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
    return env.trust();
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
    const trust = await trustOf(env);
    const existing = await discoveredIssues(github);
    // Filing spends REST requests: keep api.reserve of them (from this run's answers, no request).
    const { core } = await github.rateLimit();
    const room = Math.max(0, Math.floor((core.remaining - env.config.api.reserve) / REQUESTS_PER_FILED_ISSUE));
    const plan = planDiscover({
        run,
        failures,
        existing,
        trust,
        config: env.config,
        now: (0,clock/* now */.tB)().toISOString(),
        room: { issues: room, remaining: core.remaining }
    });
    const applied = inputs.dryRun ? {} : await applyDiscover(github, logger, plan, trust);
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
    const payload = (0,events/* issuesEvent */.vo)(env.context) ?? {};
    if (payload.action !== 'labeled' || payload.label?.name?.toLowerCase() !== loop_labels/* LABEL_UNIT */.eQ)
        return ignored('issues event is not the delivery:unit label being added');
    const number = payload.issue?.number;
    const issue = number ? await github.getIssue(number) : undefined;
    if (!issue)
        return ignored(`issue #${number ?? '?'} not found`);
    const blockers = enrolmentBlockers(issue);
    const trust = await trustOf(env);
    const pulls = (await github.scanOpenPulls()).map(loop_pulls/* pullFacts */.RE);
    const plan = planEnrolment({
        issue,
        blockers: blockers.length ? await github.lookupIssues(blockers) : new Map(),
        pulls: (0,work/* loopWork */.I)(pulls, (0,work/* workPolicy */.o)(trust, env.config)).pulls,
        comments: await github.listComments(issue.number),
        now: (0,clock/* now */.tB)()
    }, env.config, trust);
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


/***/ })

};
