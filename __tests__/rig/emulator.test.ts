/**
 * The rig itself must be honest: its REST answers conform to GitHub's OpenAPI description, it
 * paginates, authenticates, counts and injects faults, and our client copes with those faults.
 */
import { sealSecret } from '../../src/init/seal.js'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { restClient } from '../../rig/rest-client.js'
import { createClient } from '../../src/github/client.js'
import { MemoryLogger } from '../../src/logging.js'
import { ConformanceChecker } from '../../rig/github/openapi.js'
import { startRig, type Rig } from '../../rig/index.js'

let rig: Rig
const repo = { owner: 'acme', repo: 'widgets' }

beforeAll(async () => {
  rig = await startRig()
})
afterAll(async () => {
  await rig.stop()
})

function client(token: string) {
  return restClient(token, { baseUrl: rig.github.url, request: { retries: 0 } })
}

describe('GitHub emulator', () => {
  it('answers the REST routes the action uses with responses that conform to the OpenAPI description', async () => {
    const maintainer = client(rig.github.tokens.maintainer)
    const bot = client(rig.github.tokens.bot)
    await maintainer.rest.repos.get(repo)
    const a = await maintainer.rest.issues.create({
      ...repo,
      title: 'A',
      body: 'first',
      labels: ['x']
    })
    const b = await bot.rest.issues.create({ ...repo, title: 'B' })
    await bot.rest.issues.createLabel({
      ...repo,
      name: 'delivery:unit',
      color: '0e8a16',
      description: 'unit'
    })
    await bot.rest.issues.addLabels({
      ...repo,
      issue_number: b.data.number,
      labels: ['delivery:unit']
    })
    await bot.request('POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by', {
      ...repo,
      issue_number: b.data.number,
      issue_id: a.data.id
    })
    await bot.request('POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', {
      ...repo,
      issue_number: a.data.number,
      sub_issue_id: b.data.id
    })
    await bot.rest.issues.update({
      ...repo,
      issue_number: a.data.number,
      state: 'closed',
      state_reason: 'not_planned'
    })
    const comment = await bot.rest.issues.createComment({
      ...repo,
      issue_number: a.data.number,
      body: 'hello'
    })
    await bot.rest.issues.updateComment({ ...repo, comment_id: comment.data.id, body: 'edited' })
    await bot.rest.issues.listComments({ ...repo, issue_number: a.data.number })
    await bot.request('GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by', {
      ...repo,
      issue_number: b.data.number
    })
    await bot.rest.issues.removeLabel({
      ...repo,
      issue_number: b.data.number,
      name: 'delivery:unit'
    })
    await bot.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'docs/x.md',
      message: 'add',
      content: Buffer.from('x').toString('base64')
    })
    const file = await bot.rest.repos.getContent({ ...repo, path: 'docs/x.md' })
    expect(Array.isArray(file.data)).toBe(false)
    const ref = await bot.rest.git.getRef({ ...repo, ref: 'heads/main' })
    await bot.rest.git.createRef({
      ...repo,
      ref: 'refs/heads/loop/issue-2',
      sha: ref.data.object.sha
    })
    await bot.rest.pulls.create({
      ...repo,
      head: 'loop/issue-2',
      base: 'main',
      title: 'Fix',
      body: 'Closes #2'
    })
    await bot.rest.pulls.list({ ...repo })
    await bot.rest.rateLimit.get()
    await bot.rest.issues.listForRepo({ ...repo, state: 'all' })
    // What init sets up: a commit look-up, the secrets key, a sealed secret, variables.
    await maintainer.rest.repos.getCommit({ ...repo, ref: 'main' })
    const key = await maintainer.rest.actions.getRepoPublicKey(repo)
    await maintainer.rest.actions.createOrUpdateRepoSecret({
      ...repo,
      secret_name: 'A_KEY',
      encrypted_value: await sealSecret('s3cret', key.data.key),
      key_id: key.data.key_id
    })
    await maintainer.rest.actions.createRepoVariable({ ...repo, name: 'A_VAR', value: '1' })
    await maintainer.rest.actions.updateRepoVariable({ ...repo, name: 'A_VAR', value: '2' })
    expect(rig.github.model.actionsSecrets.get('A_KEY')).toBe('s3cret')
    expect(rig.conformance.report()).toBe('')
    expect(rig.conformance.violations).toEqual([])
    expect(rig.conformance.checked.responses).toBeGreaterThanOrEqual(20)
    expect(rig.conformance.checked.requests).toBeGreaterThanOrEqual(10)
  })

  it('fails the conformance check when a response misses a required field', async () => {
    const checker = new ConformanceChecker()
    const stop = rig.github.observe(e => checker.check(e))
    rig.github.inject({ method: 'GET', path: /\/issues\/1$/, omitField: 'title', times: 1 })
    await client(rig.github.tokens.bot).rest.issues.get({ ...repo, issue_number: 1 })
    stop()
    expect(checker.violations).toEqual([
      expect.objectContaining({
        operation: 'GET /repos/{owner}/{repo}/issues/{issue_number}',
        kind: 'response',
        errors: expect.stringContaining("must have required property 'title'")
      })
    ])
    // The shared checker saw the same broken response; clear it so the suite stays meaningful.
    rig.conformance.violations.length = 0
  })

  it('flags a request body that does not match the operation', () => {
    const checker = new ConformanceChecker()
    checker.check({
      method: 'POST',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by',
      status: 201,
      requestBody: { issue_number: 3 },
      responseBody: undefined
    })
    expect(checker.violations[0]).toMatchObject({
      kind: 'request',
      errors: expect.stringContaining('issue_id')
    })
  })

  it('paginates with Link headers, and the client follows them to the end', async () => {
    const maintainer = client(rig.github.tokens.maintainer)
    for (let i = 0; i < 5; i++) await maintainer.rest.issues.create({ ...repo, title: `page ${i}` })
    const total = rig.github.model.issues.length
    const before = rig.github.log.length
    const all = await maintainer.paginate(maintainer.rest.issues.listForRepo, {
      ...repo,
      state: 'all',
      per_page: 2
    })
    expect(all).toHaveLength(total)
    expect(rig.github.log.length - before).toBe(Math.ceil(total / 2))
  })

  it('serves GraphQL against a real schema: connections, limits and unknown fields', async () => {
    const bot = client(rig.github.tokens.bot)
    const result = await bot.graphql<{
      viewer: { login: string }
      repository: {
        issues: { totalCount: number; nodes: { number: number; author: { login: string } }[] }
      }
    }>(
      `query($owner: String!, $name: String!) {
        viewer { login }
        repository(owner: $owner, name: $name) {
          issues(first: 100, states: [OPEN, CLOSED]) { totalCount nodes { number author { login } } }
        }
      }`,
      { owner: 'acme', name: 'widgets' }
    )
    expect(result.viewer.login).toBe('github-actions')
    expect(result.repository.issues.nodes[0]).toEqual({
      number: 1,
      author: { login: 'maintainer' }
    })
    await expect(
      bot.graphql(
        'query { repository(owner: "acme", name: "widgets") { issues(first: 101) { totalCount } } }'
      )
    ).rejects.toThrow('exceeds the `first` limit of 100')
    await expect(bot.graphql('query { viewer { nope } }')).rejects.toThrow(
      'Cannot query field "nope"'
    )
  })

  it("authenticates by token and applies each user's permissions", async () => {
    await expect(client('wrong').rest.repos.get(repo)).rejects.toMatchObject({ status: 401 })
    const outsider = client(rig.github.tokens.outsider)
    const created = await outsider.rest.issues.create({
      ...repo,
      title: 'from outside',
      labels: ['delivery:unit']
    })
    expect(created.data.labels).toEqual([]) // dropped silently, as GitHub does
    expect(created.data.author_association).toBe('NONE')
    await expect(
      outsider.rest.issues.createLabel({ ...repo, name: 'nope', color: '000000' })
    ).rejects.toMatchObject({
      status: 403
    })
  })

  it('sends rate-limit headers and counts down per token', async () => {
    const bot = client(rig.github.tokens.bot)
    const first = await bot.rest.repos.get(repo)
    const second = await bot.rest.repos.get(repo)
    expect(first.headers['x-ratelimit-limit']).toBe('1000')
    expect(Number(second.headers['x-ratelimit-remaining'])).toBe(
      Number(first.headers['x-ratelimit-remaining']) - 1
    )
  })

  it('injects 5xx faults that the client retries, and secondary rate limits it waits out', async () => {
    const logger = new MemoryLogger()
    const octokit = createClient({
      token: rig.github.tokens.bot,
      baseUrl: rig.github.url,
      logger,
      writePacingMs: 0,
      retryBaseMs: 1
    })
    rig.github.inject({ method: 'GET', path: /^\/repos\/acme\/widgets$/, status: 502, times: 2 })
    const before = rig.github.log.length
    const { data } = await octokit.rest.repos.get(repo)
    expect(data.full_name).toBe('acme/widgets')
    expect(rig.github.log.slice(before).map(r => r.status)).toEqual([502, 502, 200])

    rig.github.inject({ method: 'POST', path: /\/comments$/, status: 403, retryAfter: 0, times: 1 })
    const comment = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 1,
      body: 'after a pause'
    })
    expect(comment.status).toBe(201)
    expect(
      logger.lines.some(l => l.level === 'warning' && l.message.includes('secondary rate limit'))
    ).toBe(true)
  })

  it('dies after N writes until revived, like a run killed half-way', async () => {
    const bot = client(rig.github.tokens.bot)
    rig.github.dieAfterWrites(1)
    await bot.rest.issues.create({ ...repo, title: 'last one' })
    await expect(bot.rest.issues.create({ ...repo, title: 'never' })).rejects.toMatchObject({
      status: 503
    })
    await expect(bot.rest.repos.get(repo)).rejects.toMatchObject({ status: 503 })
    rig.github.revive()
    expect(rig.github.model.issues.some(i => i.title === 'never')).toBe(false)
  })

  it('records a merge the action sends (a bot) as a request only a human may make', async () => {
    const bot = client(rig.github.tokens.bot)
    await expect(bot.rest.pulls.merge({ ...repo, pull_number: 1 })).rejects.toMatchObject({
      status: 404
    })
    expect(rig.github.log.at(-1)).toMatchObject({
      method: 'PUT',
      path: '/repos/acme/widgets/pulls/1/merge',
      status: 404
    })
    // Recorded as a request only a human may make; acknowledged here so the rig can stop.
    expect(rig.github.humanOnly).toEqual(['PUT /repos/acme/widgets/pulls/1/merge'])
    rig.github.humanOnly.length = 0
  })
})

describe('GitHub emulator: checks on pull requests', () => {
  it('rolls up check runs and commit statuses on the head commit in GraphQL, and serves them over REST', async () => {
    const bot = client(rig.github.tokens.bot)
    const ref = await bot.rest.git.getRef({ ...repo, ref: 'heads/main' })
    await bot.rest.git.createRef({
      ...repo,
      ref: 'refs/heads/loop/issue-1',
      sha: ref.data.object.sha
    })
    const pr = await bot.rest.pulls.create({
      ...repo,
      head: 'loop/issue-1',
      base: 'main',
      title: 'Work',
      body: 'Closes #1'
    })
    const sha = pr.data.head.sha
    const query = `query($n: Int!) { repository(owner: "acme", name: "widgets") { pullRequest(number: $n) {
      headRefOid commits(last: 1) { nodes { commit { oid statusCheckRollup { state contexts(first: 100) { nodes {
        __typename ... on CheckRun { name status conclusion } ... on StatusContext { context state } } } } } } } } } }`
    type Rollup = {
      repository: {
        pullRequest: {
          commits: {
            nodes: {
              commit: {
                statusCheckRollup: { state: string; contexts: { nodes: unknown[] } } | null
              }
            }[]
          }
        }
      }
    }
    const rollup = async () =>
      (await bot.graphql<Rollup>(query, { n: pr.data.number })).repository.pullRequest.commits
        .nodes[0].commit.statusCheckRollup
    expect(await rollup()).toBeNull()
    await bot.rest.checks.create({ ...repo, name: 'test', head_sha: sha, status: 'in_progress' })
    expect((await rollup())!.state).toBe('PENDING')
    await bot.rest.checks.create({ ...repo, name: 'test', head_sha: sha, conclusion: 'success' })
    await bot.rest.repos.createCommitStatus({
      ...repo,
      sha,
      state: 'success',
      context: 'ci/legacy'
    })
    expect(await rollup()).toEqual({
      state: 'SUCCESS',
      contexts: {
        nodes: [
          { __typename: 'CheckRun', name: 'test', status: 'COMPLETED', conclusion: 'SUCCESS' },
          { __typename: 'StatusContext', context: 'ci/legacy', state: 'SUCCESS' }
        ]
      }
    })
    await bot.rest.checks.create({ ...repo, name: 'lint', head_sha: sha, conclusion: 'failure' })
    expect((await rollup())!.state).toBe('FAILURE')
    const listed = await bot.rest.checks.listForRef({ ...repo, ref: sha })
    expect(listed.data.check_runs.map(c => c.name)).toEqual(['test', 'test', 'lint'])
    expect(rig.conformance.report()).toBe('')
  })

  it('refuses a ref name git would refuse, moves a pull request with a contents write, lets outsiders comment-review, and applies a write whose answer it then loses', async () => {
    const maintainer = client(rig.github.tokens.maintainer)
    const outsider = client(rig.github.tokens.outsider)
    const m = rig.github.model
    const main = m.branch('main')!.commitSha
    for (const bad of ['loop/../main', 'loop/issue-9 main', 'loop/x.lock'])
      await expect(
        maintainer.rest.git.createRef({ ...repo, ref: `refs/heads/${bad}`, sha: main })
      ).rejects.toMatchObject({
        status: 422,
        message: expect.stringContaining('is not a valid ref name')
      })

    const pr = m.openPull({
      head: 'loop/issue-77',
      title: 'x',
      body: '',
      userId: m.userByLogin('maintainer')!.id
    })
    const before = pr.pull!.headSha
    const put = await maintainer.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'docs/new.md',
      message: 'add',
      content: Buffer.from('hi\n').toString('base64'),
      branch: 'loop/issue-77'
    })
    expect(pr.pull!.headSha).not.toBe(before)
    expect(pr.pull!.headSha).toBe(put.data.commit.sha)
    expect(m.commits.get(pr.pull!.headSha)!.parents).toEqual([before])
    // The commit keeps the message it was given and names its author, as GitHub's does.
    expect(m.commits.get(pr.pull!.headSha)!.message).toBe('add')
    expect(m.commits.get(pr.pull!.headSha)!.authorId).toBe(m.userByLogin('maintainer')!.id)
    // The author may close their own pull request without write access, and its files are
    // what the branch changed since it forked, not what main merged since.
    const theirs = m.openPull({
      head: 'outsider-change',
      title: 'y',
      body: '',
      userId: m.userByLogin('outsider')!.id
    })
    m.writeFile('outsider-change', 'docs/theirs.md', Buffer.from('x\n'))
    m.writeFile('main', 'docs/meanwhile.md', Buffer.from('y\n'))
    const files = await outsider.rest.pulls.listFiles({ ...repo, pull_number: theirs.number })
    expect(files.data.map(f => f.filename)).toEqual(['docs/theirs.md'])
    await outsider.rest.pulls.update({ ...repo, pull_number: theirs.number, state: 'closed' })
    expect(theirs.state).toBe('closed')
    await expect(
      outsider.rest.pulls.update({ ...repo, pull_number: pr.number, state: 'closed' })
    ).rejects.toMatchObject({ status: 403 })

    const review = await outsider.rest.pulls.createReview({
      ...repo,
      pull_number: pr.number,
      body: 'looks fine to me',
      event: 'COMMENT'
    })
    expect(review.data.user!.login).toBe('outsider')

    rig.github.inject({ method: 'POST', path: /\/comments$/, afterApply: true, times: 1 })
    const comments = () => m.comments.filter(c => c.issueNumber === pr.number).length
    await expect(
      maintainer.rest.issues.createComment({ ...repo, issue_number: pr.number, body: 'once' })
    ).rejects.toBeDefined()
    expect(comments()).toBe(1)
    expect(rig.conformance.report()).toBe('')
  })
})
