export const id = 724;
export const ids = [724];
export const modules = {

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

/***/ 3724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishMode: () => (/* binding */ publishMode),
  pushTokenWarning: () => (/* binding */ pushTokenWarning)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/guardrails/attestation.ts + 1 modules
var attestation = __webpack_require__(739);
;// CONCATENATED MODULE: ./src/publish/usage-count.ts
/**
 * Reading the numbers of an agent's own report of a run. A count that is missing where the
 * report always has it, renamed, negative, fractional nonsense or a string cannot be read: the
 * run then has no usage record (a cost or token cap holds dispatch for want of evidence), never a
 * record of zero.
 */
/** A count the report must have: undefined when it is not a finite number ≥ 0. */
function readableCount(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}
/**
 * A count the report may leave out: undefined when absent, null when present but unreadable
 * (so a corrupt optional field still means "no record").
 */
function optionalCount(value) {
    if (value === undefined || value === null)
        return undefined;
    return readableCount(value) ?? null;
}
/** The longest run a report's duration may claim: longer is not a run's duration, it is noise. */
const MAX_RUN_MS = 7 * 24 * 3600 * 1000;

;// CONCATENATED MODULE: ./src/publish/codex-report.ts

function lines(text) {
    const out = [];
    for (const raw of text.split('\n')) {
        if (!raw.trim())
            continue;
        try {
            out.push(JSON.parse(raw));
        }
        catch {
            // A line cut off when the runner stopped: the totals before it still stand.
        }
    }
    return out;
}
/**
 * The session's token totals, or why they cannot be read: a renamed, negative or non-numeric
 * field is "no record" (a cost cap then holds dispatch), never zero.
 */
function codexTokens(totals) {
    const unreadable = (field) => ({
        problem: `the Codex session log's token count has no readable ${field}: this run has no record`
    });
    const input = readableCount(totals.input_tokens);
    if (input === undefined)
        return unreadable('input_tokens');
    const cached = optionalCount(totals.cached_input_tokens);
    const total = optionalCount(totals.total_tokens);
    const out = optionalCount(totals.output_tokens);
    const reasoning = optionalCount(totals.reasoning_output_tokens);
    if (cached === null)
        return unreadable('cached_input_tokens');
    if (total === null || out === null || reasoning === null)
        return unreadable('output count (total_tokens, output_tokens, reasoning_output_tokens)');
    // Whatever the log counts as output (reasoning included or apart), total minus input is all of it.
    if (total !== undefined && total >= input)
        return { input, cached: Math.min(cached ?? 0, input), output: total - input };
    if (out === undefined)
        return unreadable('output_tokens');
    return { input, cached: Math.min(cached ?? 0, input), output: out + (reasoning ?? 0) };
}
/** The record of a Codex session that ended at `endedAt`, or why there is none. */
function codexSessionRecord(text, endedAt, prices) {
    const all = lines(text);
    const model = [...all]
        .reverse()
        .find(l => l.type === 'turn_context' && typeof l.payload?.model === 'string')?.payload
        ?.model;
    const totals = [...all]
        .reverse()
        .find(l => l.type === 'event_msg' && l.payload?.type === 'token_count' && l.payload.info)
        ?.payload?.info?.total_token_usage;
    if (!totals)
        return { problem: 'the Codex session log has no token count: the run did not finish' };
    if (!model)
        return { problem: 'the Codex session log names no model (no turn_context line)' };
    const price = prices[model];
    if (!price)
        return {
            problem: `no price for ${model} in guardrails.budget.prices: Codex reports tokens, not cost, so this run has no record`
        };
    const tokens = codexTokens(totals);
    if ('problem' in tokens)
        return tokens;
    const { input, cached, output } = tokens;
    const cost = ((input - cached) * price.input +
        cached * (price.cached_input ?? price.input) +
        output * price.output) /
        1e6;
    const first = all.find(l => typeof l.timestamp === 'string')?.timestamp;
    const at = first ? Date.parse(first) : NaN;
    // A start before any run could have begun, or after the end, is noise: dated at its end.
    const started = at <= endedAt.getTime() && endedAt.getTime() - at <= MAX_RUN_MS ? new Date(at) : endedAt;
    return {
        record: {
            role: 'worker',
            provider: 'openai',
            model: model.slice(0, 200),
            exit_code: 0,
            started_at: started.toISOString(),
            ended_at: endedAt.toISOString(),
            duration_seconds: Math.max(0, Math.round((endedAt.getTime() - started.getTime()) / 1000)),
            tokens: { input, output },
            cost_usd: Math.round(cost * 1e6) / 1e6
        }
    };
}

;// CONCATENATED MODULE: ./src/publish/agent-report.ts


/** The tokens of a result's `usage`: input (cache reads and writes included) and output. */
function claudeTokens(usage) {
    const input = readableCount(usage.input_tokens);
    const output = readableCount(usage.output_tokens);
    const cacheWrite = optionalCount(usage.cache_creation_input_tokens);
    const cacheRead = optionalCount(usage.cache_read_input_tokens);
    if (input === undefined || output === undefined || cacheWrite === null || cacheRead === null)
        return {
            problem: "the execution file's result has no readable token usage (input_tokens, output_tokens): this run has no record"
        };
    // Cache reads and writes are input the model processed, and priced as such.
    return {
        input: Math.round(input + (cacheWrite ?? 0) + (cacheRead ?? 0)),
        output: Math.round(output)
    };
}
/**
 * The record of a claude-code-action run whose execution file ended at `endedAt`, or why there
 * is none (not the file's format, or no result message: the run did not finish).
 */
function claudeExecutionRecord(text, endedAt) {
    let messages;
    try {
        messages = JSON.parse(text);
    }
    catch (error) {
        return { problem: `the execution file is not JSON (${error.message})` };
    }
    if (!Array.isArray(messages))
        return {
            problem: 'the execution file is not a list of messages (claude-code-action writes one)'
        };
    const list = messages;
    const result = [...list].reverse().find(m => m?.type === 'result');
    if (!result || result.total_cost_usd === undefined)
        return {
            problem: 'the execution file has no result message with total_cost_usd: the run did not finish'
        };
    const cost = readableCount(result.total_cost_usd);
    if (cost === undefined)
        return {
            problem: `the execution file's total_cost_usd (${JSON.stringify(result.total_cost_usd)}) is not a cost: this run has no record`
        };
    const tokens = claudeTokens(result.usage ?? {});
    if ('problem' in tokens)
        return tokens;
    const init = list.find(m => m?.type === 'system' && m.subtype === 'init');
    const model = (typeof init?.model === 'string' && init.model) ||
        Object.keys(result.modelUsage ?? {})[0] ||
        'unknown';
    // A duration past any run's length is noise: the run is dated at its end, never a crash.
    const ms = readableCount(result.duration_ms);
    const seconds = ms !== undefined && ms <= MAX_RUN_MS ? ms / 1000 : 0;
    const started = new Date(endedAt.getTime() - seconds * 1000);
    const turns = readableCount(result.num_turns);
    return {
        record: {
            role: 'worker',
            provider: 'anthropic',
            model: model.slice(0, 200),
            effort: turns !== undefined ? `${Math.round(turns)} turns` : 'unknown turns',
            exit_code: result.is_error === true ? 1 : 0,
            started_at: started.toISOString(),
            ended_at: endedAt.toISOString(),
            duration_seconds: Math.round(seconds),
            tokens,
            cost_usd: cost
        }
    };
}
/**
 * The record of an agent's own report, whichever agent wrote it: claude-code-action's execution
 * file (a JSON array) or Codex's session log (JSON lines, priced with `prices`).
 */
function agentReportRecord(text, endedAt, prices) {
    return text.trimStart().startsWith('[')
        ? claudeExecutionRecord(text, endedAt)
        : codexSessionRecord(text, endedAt, prices);
}
/**
 * One record for a run that wrote several reports (Codex starts a session log per session): the
 * sums of tokens and cost, from the first start to the last end. One report without a record
 * makes the whole run "no record": a part counted would undercount the run.
 */
function agentReportsRecord(texts, endedAt, prices) {
    const records = [];
    for (const [i, text] of texts.entries()) {
        const made = agentReportRecord(text, endedAt, prices);
        if ('problem' in made)
            return texts.length > 1
                ? { problem: `report ${i + 1} of ${texts.length}: ${made.problem}` }
                : made;
        records.push(made.record);
    }
    if (records.length === 1)
        return { record: records[0] };
    const started = Math.min(...records.map(r => Date.parse(r.started_at)));
    const ended = Math.max(...records.map(r => Date.parse(r.ended_at)));
    const sum = (f) => records.reduce((n, r) => n + f(r), 0);
    return {
        record: {
            ...records[0],
            model: [...new Set(records.map(r => r.model))].join(', ').slice(0, 200),
            exit_code: Math.max(...records.map(r => r.exit_code)),
            started_at: new Date(started).toISOString(),
            ended_at: new Date(ended).toISOString(),
            duration_seconds: Math.round((ended - started) / 1000),
            tokens: { input: sum(r => r.tokens.input), output: sum(r => r.tokens.output) },
            cost_usd: Math.round(sum(r => r.cost_usd) * 1e6) / 1e6
        }
    };
}

// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/loop/markers.ts
var markers = __webpack_require__(725);
// EXTERNAL MODULE: ./src/loop/trust.ts
var trust = __webpack_require__(2900);
// EXTERNAL MODULE: ./src/publish/apply.ts
var apply = __webpack_require__(9955);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/publish/patch.ts
/**
 * A worker's patch, read by git itself (never by a hand-written diff parser): `git apply` lists
 * the paths, applies the patch to the base versions of exactly those files in a throw-away
 * repository, and `git diff --raw` reports every result with its mode — so symlinks, submodules,
 * renames and binary files are seen as git sees them. Nothing here touches the workspace.
 */





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function git(cwd, args) {
    const { stdout } = await run('git', ['-c', 'core.autocrlf=false', ...args], {
        cwd,
        encoding: 'buffer',
        maxBuffer: 64 * 1024 * 1024,
        // No user or system configuration (hooks, filters) reaches the throw-away repository.
        env: { PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' }
    });
    return stdout;
}
const failure = (error) => String(error.stderr ?? error.message)
    .trim()
    .slice(0, 300);
/** A path as git writes it in a header: C-quoted when it has special characters. */
function unquote(name) {
    if (!name.startsWith('"'))
        return name;
    const bytes = [];
    const body = name.slice(1, -1);
    const escapes = {
        n: 10,
        t: 9,
        '"': 34,
        '\\': 92,
        a: 7,
        b: 8,
        f: 12,
        r: 13,
        v: 11
    };
    for (let i = 0; i < body.length; i++) {
        if (body[i] !== '\\') {
            bytes.push(...Buffer.from(body[i], 'utf8'));
            continue;
        }
        const oct = /^[0-7]{3}/.exec(body.slice(i + 1));
        if (oct) {
            bytes.push(parseInt(oct[0], 8));
            i += 3;
        }
        else
            bytes.push(escapes[body[++i]] ?? body.charCodeAt(i));
    }
    return Buffer.from(bytes).toString('utf8');
}
/**
 * Paths named by the patch: `git apply --numstat -z` lists every post-image (and deletions);
 * the sources of renames and copies come from their `rename from` / `copy from` header lines —
 * lines that can only be headers, since every line inside a hunk starts with ' ', '+' or '-'.
 */
async function namedPaths(cwd, patchFile, patch) {
    const out = (await git(cwd, ['apply', '--numstat', '-z', patchFile])).toString('utf8');
    const paths = out.split('\0').flatMap(f => /^(?:\d+|-)\t(?:\d+|-)\t(.+)$/s.exec(f)?.[1] ?? []);
    for (const m of patch.toString('utf8').matchAll(/^(?:rename|copy) from (.+)$/gm))
        paths.push(unquote(m[1]));
    return paths;
}
/** New modes the patch itself declares (`git apply --summary`: created files, mode changes). */
async function declaredModes(cwd, patchFile) {
    const out = (await git(cwd, ['apply', '--summary', patchFile])).toString('utf8');
    const modes = new Map();
    for (const m of out.matchAll(/^ (?:create mode (\d{6})|mode change \d{6} => (\d{6})) (.+)$/gm))
        modes.set(unquote(m[3]), m[1] ?? m[2]);
    return modes;
}
/**
 * What can be known from the patch alone, before any request: the paths it names and the modes
 * it declares — enough for the file count, the path rules and links or submodules it creates.
 * Sizes and the modes of existing files need the base (readPatch).
 */
async function patchNames(patch, tempRoot = external_node_os_default().tmpdir()) {
    const dir = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(tempRoot, 'delivery-loop-names-'));
    try {
        const patchFile = external_node_path_default().join(dir, 'change.patch');
        await external_node_fs_.promises.writeFile(patchFile, patch);
        await git(dir, ['init', '-q']);
        const named = [...new Set(await namedPaths(dir, patchFile, patch))];
        const modes = await declaredModes(dir, patchFile);
        return {
            changes: named.map(p => ({
                path: p,
                status: 'modified',
                mode: modes.get(p) ?? '100644',
                binary: false,
                bytes: 0
            }))
        };
    }
    catch (error) {
        return { changes: [], problem: `the patch is not a git patch: ${failure(error)}` };
    }
    finally {
        await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
    }
}
const SAFE = (p) => !p.startsWith('/') && !p.includes('\\') && !p.split('/').some(s => s === '..' || s === '');
/** `git diff --raw -z`: ":old new oldsha newsha STATUS\0path\0[path\0]". */
function rawEntries(raw) {
    const f = raw.split('\0');
    const out = [];
    for (let i = 0; i < f.length; i++) {
        const m = /^:(\d{6}) (\d{6}) \w+ \w+ ([A-Z])\d*$/.exec(f[i]);
        if (!m)
            continue;
        if (m[3] === 'R' || m[3] === 'C')
            out.push({ status: m[3], mode: m[2], from: f[++i], path: f[++i] });
        else
            out.push({ status: m[3], mode: m[3] === 'D' ? m[1] : m[2], path: f[++i] });
    }
    return out;
}
async function binaries(cwd, reverse) {
    const out = (await git(cwd, ['diff', '--cached', '--numstat', '-z', '--no-renames', ...reverse, 'HEAD'])).toString('utf8');
    const set = new Set();
    for (const field of out.split('\0')) {
        const m = /^-\t-\t(.+)$/s.exec(field);
        if (m)
            set.add(m[1]);
    }
    return set;
}
const STATUS = {
    A: 'added',
    M: 'modified',
    T: 'modified',
    D: 'deleted',
    R: 'renamed',
    C: 'added'
};
/** The base versions of exactly the named files, committed in `work`. */
async function commitBase(work, named, base) {
    // Read in batches (not a request per file).
    for (const [file, bytes] of await base([...new Set(named)])) {
        await external_node_fs_.promises.mkdir(external_node_path_default().dirname(external_node_path_default().join(work, file)), { recursive: true });
        await external_node_fs_.promises.writeFile(external_node_path_default().join(work, file), bytes);
    }
    await git(work, ['add', '-A']);
    await git(work, [
        '-c',
        'user.name=base',
        '-c',
        'user.email=base@localhost',
        'commit',
        '-q',
        '--allow-empty',
        '--no-verify',
        '-m',
        'base'
    ]);
}
/**
 * Applied forward, or — a re-run after its commit was pushed — found already there: the patch
 * applies in reverse to the base, which then holds the change (index only: the files stay as
 * the base has them, and the diff is read reversed). The diff's direction, or why it fails.
 */
async function applyToBase(work, patchFile) {
    try {
        await git(work, ['apply', '--index', '--binary', patchFile]);
        return { reverse: [] };
    }
    catch (error) {
        try {
            await git(work, ['apply', '--cached', '--reverse', '--binary', patchFile]);
            return { reverse: ['-R'] };
        }
        catch {
            return { problem: `the patch does not apply to its base: ${failure(error)}` };
        }
    }
}
/** Every change git sees between the base and the index, with the changed files' bytes. */
async function changesIn(work, reverse) {
    const raw = rawEntries((await git(work, ['diff', '--cached', '--raw', '-z', '-M', ...reverse, 'HEAD'])).toString('utf8'));
    const binary = await binaries(work, reverse);
    const changes = [];
    const contents = new Map();
    for (const e of raw) {
        const full = external_node_path_default().join(work, e.path);
        let bytes = 0;
        if (e.status !== 'D') {
            const stat = await external_node_fs_.promises.lstat(full);
            if (stat.isSymbolicLink())
                bytes = Buffer.byteLength(await external_node_fs_.promises.readlink(full));
            else if (stat.isFile()) {
                const content = await external_node_fs_.promises.readFile(full);
                bytes = content.length;
                contents.set(e.path, content);
            }
        }
        changes.push({
            path: e.path,
            ...(e.from ? { from: e.from } : {}),
            status: STATUS[e.status] ?? 'modified',
            mode: e.mode,
            binary: binary.has(e.path),
            bytes
        });
    }
    return { changes, contents };
}
/** The patch's change as git applies it to its base, in a scratch repository removed after. */
async function readPatch(patch, base, tempRoot = external_node_os_default().tmpdir()) {
    const dir = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(tempRoot, 'delivery-loop-publish-'));
    try {
        const patchFile = external_node_path_default().join(dir, 'change.patch');
        const work = external_node_path_default().join(dir, 'work');
        await external_node_fs_.promises.mkdir(work);
        await external_node_fs_.promises.writeFile(patchFile, patch);
        await git(work, ['init', '-q']);
        let named;
        try {
            named = await namedPaths(work, patchFile, patch);
        }
        catch (error) {
            return {
                changes: [],
                contents: new Map(),
                problem: `the patch is not a git patch: ${failure(error)}`
            };
        }
        // Unsafe names are never written to disk: the rules refuse them by name.
        const unsafe = named.filter(p => !SAFE(p));
        if (unsafe.length)
            return {
                changes: unsafe.map(p => ({
                    path: p,
                    status: 'modified',
                    mode: '100644',
                    binary: false,
                    bytes: 0
                })),
                contents: new Map()
            };
        const baseContents = new Map();
        await commitBase(work, named, async (files) => {
            const got = await base(files);
            for (const [file, bytes] of got)
                baseContents.set(file, bytes);
            return got;
        });
        const applied = await applyToBase(work, patchFile);
        if ('problem' in applied)
            return { changes: [], contents: new Map(), problem: applied.problem };
        const read = await changesIn(work, applied.reverse);
        return { ...read, baseContents, ...(applied.reverse.length ? { alreadyApplied: true } : {}) };
    }
    finally {
        await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/publish/plan.ts
var publish_plan = __webpack_require__(7872);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
;// CONCATENATED MODULE: ./src/publish/git-names.ts
/**
 * Names as git sees them (pure): a repository path normalised the way the tree stores it, and a
 * branch name checked by git's ref-format rules, so a rule that protects a file cannot be passed
 * by spelling it differently, and a branch git would refuse is refused before any write.
 */
/** `./plan//ROADMAP.md`, `plan/./ROADMAP.md` → `plan/ROADMAP.md`; undefined if it leaves the tree. */
function treePath(path) {
    const out = [];
    for (const part of path.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (!out.length)
                return undefined;
            out.pop();
        }
        else
            out.push(part);
    }
    return out.length ? out.join('/') : undefined;
}
/** Two spellings of one repository path (git compares paths byte for byte after that). */
function samePath(a, b) {
    const x = treePath(a);
    return x !== undefined && x === treePath(b);
}
/**
 * Why git would refuse `name` as a branch (`git check-ref-format --branch`), or undefined.
 * https://git-scm.com/docs/git-check-ref-format
 */
function badBranchName(name) {
    if (!name)
        return 'it is empty';
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(name))
        return 'it has a space, a control character or one of ~ ^ : ? * [ \\';
    if (name.includes('..'))
        return 'it has ".."';
    if (name.includes('@{'))
        return 'it has "@{"';
    if (name === '@')
        return 'it is "@"';
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return 'it starts or ends with "/" or has "//"';
    if (name.endsWith('.'))
        return 'it ends with "."';
    if (name.startsWith('-'))
        return 'it starts with "-"';
    for (const part of name.split('/'))
        if (part.startsWith('.') || part.endsWith('.lock'))
            return `its part "${part}" starts with "." or ends with ".lock"`;
    return undefined;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/publish/rules.ts
/**
 * The rules a worker's change must pass before the loop commits it (pure). A change is a list of
 * file changes as git read them from the worker's patch; every refusal names the rule and the
 * path, so the issue comment can say exactly what to do differently.
 */



/**
 * Requests a publish may make in one run, reads and writes together: GITHUB_TOKEN has 1,000 an
 * hour for everything the loop does. A change of n files costs about ⌈n/100⌉ reads of its base
 * and n + 6 writes (blobs, tree, commit, ref, pull request), plus ~10 to read the task.
 */
const PUBLISH_REQUEST_BUDGET = 300;
function publishRequests(files) {
    return 10 + Math.ceil(files / 100) + files + 6;
}
const match = (path, patterns) => patterns.some(p => (0,esm/* minimatch */.xF)(path, treePath(p) ?? p, { dot: true }));
/** Paths that could escape the tree or reach git's own files. */
function unsafePath(path) {
    const parts = path.split('/');
    return (path.startsWith('/') ||
        /^[A-Za-z]:/.test(path) ||
        path.includes('\\') ||
        parts.some(p => p === '..' || p === '' || p.toLowerCase() === '.git'));
}
function pathRefusals(path, ctx) {
    const rules = ctx.config.publish;
    if (unsafePath(path))
        return [
            {
                rule: 'unsafe path',
                detail: `${(0,markdown/* codePath */.Xe)(path)}: absolute, empty, \`..\` or \`.git\` paths are refused`
            }
        ];
    if (match(path, rules.forbidden_paths))
        return [
            {
                rule: 'publish.forbidden_paths',
                detail: `${(0,markdown/* codePath */.Xe)(path)} may not be changed by a worker`
            }
        ];
    // By identity, not by spelling: `config: ./ci/delivery.yml` protects `ci/delivery.yml`.
    if (samePath(path, ctx.configPath))
        return [
            {
                rule: 'configuration',
                detail: `${(0,markdown/* codePath */.Xe)(path)} is the loop's configuration in use: workers may not change it`
            }
        ];
    if (samePath(path, ctx.roadmapPath) && !(rules.roadmap_in_doc_slices && ctx.sliceKind === 'doc'))
        return [
            {
                rule: 'publish.roadmap_in_doc_slices',
                detail: `${(0,markdown/* codePath */.Xe)(path)} is the roadmap: ${rules.roadmap_in_doc_slices ? 'only doc slices may change it' : 'workers may not change it'}`
            }
        ];
    if (rules.allowed_paths.length && !match(path, rules.allowed_paths))
        return [
            { rule: 'publish.allowed_paths', detail: `${(0,markdown/* codePath */.Xe)(path)} is outside the allowed paths` }
        ];
    return [];
}
function checkChange(changes, ctx) {
    const rules = ctx.config.publish;
    const out = [];
    const badName = ctx.branch !== undefined ? badBranchName(ctx.branch) : undefined;
    if (badName)
        out.push({
            rule: 'branch',
            detail: `${JSON.stringify(ctx.branch)} is no branch name git accepts: ${badName}`
        });
    else if (ctx.branch !== undefined &&
        (ctx.branch === ctx.defaultBranch || !ctx.branch.startsWith('loop/')))
        out.push({
            rule: 'branch',
            detail: `the change targets ${ctx.branch}: the loop pushes only to branches it creates (loop/…), never to ${ctx.defaultBranch}`
        });
    if (!changes.length)
        out.push({ rule: 'empty change', detail: 'the patch changes no file' });
    if (changes.length > rules.max_files)
        out.push({
            rule: 'publish.max_files',
            detail: `${changes.length} files changed, more than ${rules.max_files}`
        });
    else if (publishRequests(changes.length) > PUBLISH_REQUEST_BUDGET)
        out.push({
            rule: 'request budget',
            detail: `${changes.length} files need about ${publishRequests(changes.length)} requests to publish, more than publish's budget of ${PUBLISH_REQUEST_BUDGET}: split the change (or lower publish.max_files)`
        });
    const total = changes.reduce((n, c) => n + c.bytes, 0);
    if (total > rules.max_bytes)
        out.push({
            rule: 'publish.max_bytes',
            detail: `${total} bytes of new content, more than ${rules.max_bytes}`
        });
    for (const c of changes) {
        out.push(...pathRefusals(c.path, ctx));
        if (c.from)
            out.push(...pathRefusals(c.from, ctx));
        if (c.mode === '120000')
            out.push({
                rule: 'symlink',
                detail: `${(0,markdown/* codePath */.Xe)(c.path)} is a symbolic link: workers may not add or change links`
            });
        if (c.mode === '160000')
            out.push({
                rule: 'submodule',
                detail: `${(0,markdown/* codePath */.Xe)(c.path)} is a submodule: workers may not add or change submodules`
            });
        if (c.binary && c.bytes > rules.max_binary_bytes)
            out.push({
                rule: 'publish.max_binary_bytes',
                detail: `${(0,markdown/* codePath */.Xe)(c.path)} is a binary file of ${c.bytes} bytes, more than ${rules.max_binary_bytes}`
            });
    }
    return out;
}
/**
 * What the patch alone refuses, before any request (patch.ts `patchNames`): its names, its size
 * in files, the modes it declares, the branch when the input names it. The roadmap rule waits for
 * the issue (a doc slice may change the roadmap), sizes for the base.
 */
function patchRefusals(names, ctx) {
    if (names.problem)
        return [{ rule: 'patch', detail: names.problem }];
    return checkChange(names.changes, { ...ctx, sliceKind: 'doc' });
}
/** Each refusal once (the early check and the full check can both find it). */
function uniqueRefusals(refusals) {
    const seen = new Set();
    return refusals.filter(r => {
        const key = `${r.rule}\n${r.detail}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * A line git writes around an unresolved conflict: `<<<<<<< ours` / `>>>>>>> theirs` — seven
 * characters by default, more with a `conflict-marker-size` attribute or in a nested merge.
 */
const CONFLICT_LINE = /^(?:<{7,}|>{7,})(?:[ \t]|\r?$)/gm;
function markerLines(bytes) {
    return bytes ? (bytes.toString('utf8').match(CONFLICT_LINE) ?? []).length : 0;
}
/**
 * A conflict task's change must leave no conflict markers: the files holding more of git's
 * `<<<<<<<` or `>>>>>>>` lines than the base holds (text files only), refused by name. A file
 * that holds such lines on purpose (a fixture of a merge tool) keeps them without a refusal.
 */
function conflictMarkerRefusals(changes, contents, base = new Map()) {
    return changes
        .filter(c => c.status !== 'deleted' && !c.binary)
        .filter(c => markerLines(contents.get(c.path)) > markerLines(base.get(c.path)))
        .map(c => ({
        rule: 'unresolved conflict',
        detail: `${(0,markdown/* codePath */.Xe)(c.path)} still holds git's conflict markers: resolve the conflict and remove them`
    }));
}

// EXTERNAL MODULE: ./src/loop/fields.ts
var fields = __webpack_require__(9461);
;// CONCATENATED MODULE: ./src/modes/publish.ts
/**
 * mode: publish — the loop, not the agent, writes a worker's change (docs/specs/0000-product.md §6, safe outputs):
 * gather (the issue, its claim, the branch and base, the patch as git reads it, the attestation)
 * → check the rules and plan (pure) → apply with the push token (Git Data API: no credentials
 * on disk, never a force). A refused change is never pushed; the issue says which rule refused it.
 */














/** PRs and pushes made with GITHUB_TOKEN start no workflow runs: say so, and the fix. */
async function pushTokenWarning(push, given) {
    const viewer = await push.viewerLogin();
    if (given && (0,trust/* normaliseLogin */.uj)(viewer) !== (0,trust/* normaliseLogin */.uj)(trust/* ACTIONS_BOT */.aX))
        return undefined;
    return `${given ? 'push-token is' : 'no push-token was given, so publish pushes with'} the workflow's GITHUB_TOKEN (${viewer ?? 'github-actions[bot]'}): GitHub starts no workflow runs for its pushes and pull requests, so CI never runs on this pull request and tick marks it needs-human after ci.no_checks_after_minutes. Fix: pass a GitHub App installation token (actions/create-github-app-token) or a fine-grained PAT with contents and pull-requests write as push-token.`;
}
async function claimOf(env, issue) {
    const trust = await env.trust();
    const comments = await env.github.listComments(issue);
    return comments
        .filter(c => trust.isLoop(c.author))
        .flatMap(c => {
        const marker = (0,markers/* parseClaim */.Ed)(c.body);
        return marker && marker.phase !== 'released' ? [{ commentId: c.id, marker }] : [];
    })
        .at(-1);
}
/**
 * The agent's reports at `given`: a file, or a directory (Codex's `sessions/`, uploaded whole)
 * holding one `rollout-*.jsonl` per session — every one of them is the run's spend.
 */
async function reportFilesIn(workspace, given) {
    const full = external_node_path_default().resolve(workspace, given);
    const stat = await external_node_fs_.promises.stat(full).catch(() => undefined);
    if (!stat?.isDirectory())
        return [given];
    const entries = await external_node_fs_.promises.readdir(full, { recursive: true });
    const logs = entries
        .filter(e => /(^|\/)rollout-[^/]*\.jsonl$/.test(e))
        .sort((a, b) => external_node_path_default().basename(a).localeCompare(external_node_path_default().basename(b)));
    return logs.length ? logs.map(l => external_node_path_default().join(given, l)) : [given];
}
/** The worker's record: its attestation file, or one made from the agent's own reports. */
async function workerRecord(env) {
    const { attestationFile, executionFile } = env.inputs;
    const given = attestationFile ?? executionFile;
    if (!given)
        return {};
    const files = attestationFile ? [given] : await reportFilesIn(env.context.workspace, given);
    const texts = [];
    for (const file of files) {
        const text = await external_node_fs_.promises
            .readFile(external_node_path_default().resolve(env.context.workspace, file), 'utf8')
            .catch(() => undefined);
        if (text === undefined)
            return { problem: `no ${attestationFile ? 'attestation' : 'execution'} file at ${file}` };
        texts.push(text);
    }
    let text = texts[0];
    if (!attestationFile) {
        // It ended no later than now: the binding charges it between its dispatch and now.
        const made = agentReportsRecord(texts, (0,clock/* now */.tB)(), env.config.guardrails.budget.prices);
        if ('problem' in made)
            return { problem: made.problem };
        text = JSON.stringify(made.record);
    }
    const read = (0,attestation/* readRecord */.aE)(text.trim(), given);
    return 'record' in read ? { record: read.record } : { problem: read.reason };
}
/**
 * The worker's record, bound to this task: publish knows the issue, the attempt and the run, and
 * fills in what the record leaves out, so the tick charges it to this attempt (usage-binding.ts).
 * A record that names another issue or attempt is not this task's: it is left out, with why.
 */
async function attestationBlock(env, task) {
    const { record, problem } = await workerRecord(env);
    if (!record)
        return problem ? { problem } : {};
    if (record.issue !== undefined && record.issue !== task.issue)
        return { problem: `the record names issue #${record.issue}, not #${task.issue}` };
    if (record.attempt !== undefined && record.attempt !== task.attempt)
        return { problem: `the record names attempt ${record.attempt}, not ${task.attempt}` };
    const bound = {
        ...record,
        issue: task.issue,
        attempt: task.attempt,
        run: record.run ?? env.context.runId
    };
    return { block: (0,markers/* attestMarker */.Uw)(bound) };
}
/** The task, its target branch and base, and any refusal that needs no patch to see. */
async function taskFacts(env) {
    const { inputs, github } = env;
    const issue = await github.getIssue(inputs.issue);
    if (!issue)
        throw new errors/* InputError */.dz('issue', `#${inputs.issue} is not an issue in this repository`);
    const repository = await github.repository();
    const claim = await claimOf(env, issue.number);
    const branch = inputs.branch ?? claim?.marker.branch;
    if (!branch)
        throw new errors/* InputError */.dz('branch', 'is required: the branch from the wave (matrix.branch)');
    const kind = inputs.kind ?? claim?.marker.kind ?? 'new';
    const refusals = [];
    let pull;
    if (kind !== 'new') {
        const number = inputs.pullRequest ?? (await github.findOpenPull(branch, repository.defaultBranch));
        const found = number !== undefined ? await github.getPull(number) : undefined;
        if (!found || found.state !== 'OPEN' || found.headRef !== branch)
            refusals.push({
                rule: 'fix target',
                detail: `a ${kind} task needs the open pull request of ${branch}`
            });
        else
            pull = { number: found.number, body: found.body };
    }
    const head = await github.branchSha(branch);
    const sentFor = claim?.marker.head;
    // A conflict task's tree is the base plus the worker's patch: a commit pushed on the branch
    // since the task was sent is in neither, so publishing would drop it. Never.
    if (kind === 'conflict' && sentFor && head && head !== sentFor)
        refusals.push({
            rule: 'branch moved',
            detail: `${branch} moved from ${sentFor.slice(0, 7)}, the head this task was sent for, to ${head.slice(0, 7)}: publishing would drop a commit the loop did not make; the next tick sends the new head`
        });
    // A conflict task's change is the pull request's, made on the base head it merged in.
    const base = kind !== 'conflict' && head ? head : (await github.branchSha(repository.defaultBranch));
    const task = {
        issue: issue.number,
        title: issue.title,
        branch,
        kind,
        attempt: claim?.marker.attempt ?? 1,
        ...(pull ? { pull } : {})
    };
    const sliceKind = (0,fields/* fieldsOf */.Pf)(issue.body).kind;
    return { task, claim, refusals, head, base, repository, sliceKind };
}
function summaryOf(plan, task, warning, pull) {
    return [
        '## Delivery Loop · publish',
        '',
        plan.outcome === 'published'
            ? `Published attempt ${task.attempt} of #${task.issue} to \`${task.branch}\`${pull ? ` — pull request #${pull}` : ''}.`
            : `Refused the change of attempt ${task.attempt} of #${task.issue}: nothing was pushed.`,
        ...(warning ? ['', `> [!WARNING]\n> ${warning}`] : []),
        '',
        (0,markdown/* table */.tp)(['rule', 'detail'], plan.refusals.map(r => [r.rule, (0,markdown/* cell */.Hn)(r.detail, 300)]))
    ].join('\n');
}
/** The rules' view of this change: the configuration, the task and its branch. */
function rulesContext(env, facts) {
    const { inputs, config } = env;
    return {
        config,
        roadmapPath: inputs.roadmapPath,
        configPath: inputs.configPath,
        ...(facts?.sliceKind ? { sliceKind: facts.sliceKind } : {}),
        ...(facts || inputs.branch ? { branch: facts?.task.branch ?? inputs.branch } : {}),
        defaultBranch: facts?.repository.defaultBranch ?? ''
    };
}
/** The worker's patch file, required with the issue. */
async function patchOf(env) {
    const { inputs, context } = env;
    if (inputs.issue === undefined)
        throw new errors/* InputError */.dz('issue', 'is required for mode publish');
    if (!inputs.patchFile)
        throw new errors/* InputError */.dz('patch-file', "is required for mode publish (the worker's `git diff --binary`)");
    return external_node_fs_.promises.readFile(external_node_path_default().resolve(context.workspace, inputs.patchFile)).catch(() => undefined);
}
/** The patch read against its base, unless it is missing or already refused by its names. */
async function readAgainstBase(env, patch, names, early, facts) {
    if (!patch)
        return {
            changes: [],
            contents: new Map(),
            problem: `the worker produced no patch file at ${env.inputs.patchFile}`
        };
    if (early.length)
        return { changes: names.changes, contents: new Map() };
    return readPatch(patch, files => env.github.readFiles(files, facts.base), env.context.runnerTemp);
}
/** Every refusal of this change: the task's, the patch's, the rules'. */
function refusalsOf(env, facts, early, read) {
    // On the default branch already (no branch of ours holds it): nothing for this attempt to add.
    const merged = read.alreadyApplied && facts.head === undefined;
    return uniqueRefusals([
        ...facts.refusals,
        ...early,
        ...(read.problem ? [{ rule: 'patch', detail: read.problem }] : []),
        ...(merged
            ? [
                {
                    rule: 'empty change',
                    detail: `${facts.repository.defaultBranch} already holds this change`
                }
            ]
            : []),
        ...checkChange(read.changes, rulesContext(env, facts)),
        ...(facts.task.kind === 'conflict'
            ? conflictMarkerRefusals(read.changes, read.contents, read.baseContents)
            : [])
    ]);
}
/**
 * A conflict resolution that puts back what the base changed since the branch forked (a
 * sibling's merged change undone): said on the pull request, not refused — it may be meant. A
 * look-up GitHub cannot answer says nothing: this is a nicety, never a reason to fail.
 */
async function revertedOnBase(env, facts, read) {
    if (facts.task.kind !== 'conflict' || !facts.head || !read.baseContents)
        return [];
    const base = read.baseContents;
    const since = await env.github
        .compareCommits(facts.head, facts.repository.defaultBranch)
        .catch(() => undefined);
    const touched = read.changes.filter(c => since?.files.includes(c.path)).map(c => c.path);
    if (!since || !touched.length)
        return [];
    const atFork = await env.github.readFiles(touched, since.mergeBase).catch(() => undefined);
    if (!atFork)
        return [];
    return touched.filter(p => {
        const fork = atFork.get(p);
        const now = read.contents.get(p);
        // Deleted again, or back to the fork's bytes, where the base had changed it.
        if (!now)
            return !fork && base.has(p);
        return !!fork && now.equals(fork) && !base.get(p)?.equals(fork);
    });
}
async function publishMode(env) {
    const { inputs, github } = env;
    const patch = await patchOf(env);
    // Decided from the patch alone, before the first request: a patch refused by its names, its
    // size in files or the modes it declares is never read against its base.
    const names = patch ? await patchNames(patch, env.context.runnerTemp) : undefined;
    const early = names ? patchRefusals(names, rulesContext(env)) : [];
    const facts = await taskFacts(env);
    const read = await readAgainstBase(env, patch, names, early, facts);
    const attestation = await attestationBlock(env, facts.task);
    const reverted = await revertedOnBase(env, facts, read);
    const plan = (0,publish_plan/* planPublish */.N)({
        task: facts.task,
        changes: read.changes,
        refusals: refusalsOf(env, facts, early, read),
        ...(attestation.block ? { attestation: attestation.block } : {}),
        baseSha: facts.base,
        ...(facts.head ? { headSha: facts.head } : {}),
        branchExists: facts.head !== undefined,
        ...(read.alreadyApplied ? { alreadyApplied: true } : {}),
        defaultBranch: facts.repository.defaultBranch,
        ...(facts.claim ? { claim: facts.claim } : {}),
        ...(reverted.length ? { reverted } : {})
    });
    if (reverted.length && plan.outcome === 'published')
        env.logger.warning(`The resolution undoes what ${facts.repository.defaultBranch} changed since the branch forked in ${reverted.join(', ')}: said on the pull request`);
    const push = env.push ?? github;
    const warning = plan.outcome === 'published' ? await pushTokenWarning(push, env.push !== undefined) : undefined;
    if (warning)
        env.logger.warning(warning);
    if (read.alreadyApplied && plan.outcome === 'published')
        env.logger.info(`${facts.task.branch} already holds this change (a re-run after its commit was pushed): nothing to commit; finishing its pull request`);
    const applied = inputs.dryRun
        ? {}
        : {
            ...(read.alreadyApplied && facts.head ? { commit: facts.head } : {}),
            ...(await (0,apply/* applyPublish */.I)(github, push, plan, read.contents))
        };
    return {
        status: inputs.dryRun ? 'planned' : plan.outcome,
        outputs: {
            'pull-request': applied.pull ? String(applied.pull) : '',
            commit: applied.commit ?? '',
            reason: plan.refusals.map(r => `${r.rule}: ${r.detail}`).join('; ')
        },
        report: {
            issue: facts.task.issue,
            attempt: facts.task.attempt,
            kind: facts.task.kind,
            branch: facts.task.branch,
            base: facts.base,
            outcome: plan.outcome,
            refusals: plan.refusals,
            changes: read.changes,
            attestation: attestation.block ? 'included' : (attestation.problem ?? null),
            push_token_warning: warning ?? null,
            reverted_base_changes: reverted,
            commit: applied.commit ?? null,
            pull_request: applied.pull ?? null
        },
        summary: summaryOf(plan, facts.task, warning, applied.pull)
    };
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
