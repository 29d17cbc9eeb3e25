/**
 * Pull request reviews and check runs: what `mode: verdict` publishes. Reviews are always of type
 * COMMENT — there is no code path here that approves, requests changes or dismisses.
 */
import type { CheckAnnotation, CheckRunFields, PullReview } from '../port.js'
import { hasWriteKey, withoutWriteKey, withWriteKey } from '../../loop/markers.js'
import { attempt, statusOf, toApiError, type OctokitApi } from './api.js'
import { createOnce, newWriteKey, SEND_ONCE } from './send-once.js'

/** GitHub takes at most 50 annotations per check-run request. */
const ANNOTATIONS_PER_REQUEST = 50

function annotationsOf(batch: CheckAnnotation[]) {
  return batch.map(a => ({
    path: a.path,
    start_line: a.line,
    end_line: a.line,
    annotation_level: a.level,
    message: a.message,
    ...(a.title ? { title: a.title } : {})
  }))
}

// eslint-disable-next-line max-lines-per-function -- an adapter's method table: one closure per port method
export function reviewsAdapter(api: OctokitApi) {
  const { octokit, repo } = api
  const output = (fields: CheckRunFields, batch: CheckAnnotation[]) => ({
    title: fields.title,
    summary: fields.summary,
    ...(batch.length ? { annotations: annotationsOf(batch) } : {})
  })
  /** The check run of this name and external id on the head, if one was made before. */
  const ownCheckRun = (fields: CheckRunFields) =>
    attempt(`read the ${fields.name} checks of ${fields.headSha.slice(0, 7)}`, async () => {
      const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
        ...repo,
        ref: fields.headSha,
        check_name: fields.name,
        filter: 'all',
        per_page: 100
      })
      return runs.find(r => r.external_id === fields.externalId)?.id
    })
  /** Update it in place; false when GitHub refuses (another app's run): a new one is made. */
  const updatedCheckRun = async (id: number, fields: CheckRunFields): Promise<boolean> => {
    try {
      for (let i = 0; i === 0 || i < fields.annotations.length; i += ANNOTATIONS_PER_REQUEST)
        await octokit.rest.checks.update({
          ...repo,
          check_run_id: id,
          status: 'completed',
          conclusion: fields.conclusion,
          ...(fields.detailsUrl ? { details_url: fields.detailsUrl } : {}),
          output: output(fields, fields.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
        })
      return true
    } catch (error) {
      if (statusOf(error) === 403 || statusOf(error) === 404) return false
      throw toApiError(error, `update the ${fields.name} check ${id}`)
    }
  }
  return {
    listReviews: (number: number) =>
      attempt(`list the reviews of pull request #${number}`, async () => {
        const reviews: PullReview[] = []
        for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listReviews, {
          ...repo,
          pull_number: number,
          per_page: 100
        }))
          for (const r of page.data)
            reviews.push({
              id: r.id,
              body: withoutWriteKey(r.body),
              author: r.user?.login ?? null,
              state: r.state
            })
        return reviews
      }),
    createCommentReview(number: number, commitSha: string, text: string) {
      const key = newWriteKey()
      const body = withWriteKey(text, key)
      return createOnce(
        `review pull request #${number}`,
        async () => {
          const { data } = await octokit.rest.pulls.createReview({
            ...repo,
            pull_number: number,
            commit_id: commitSha,
            body,
            event: 'COMMENT',
            ...SEND_ONCE
          })
          return data.id
        },
        async () => {
          const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
            ...repo,
            pull_number: number,
            per_page: 100
          })
          return reviews.find(r => hasWriteKey(r.body, key))?.id
        }
      )
    },
    updateReview: (number: number, reviewId: number, body: string) =>
      attempt(`update the review on pull request #${number}`, async () => {
        await octokit.rest.pulls.updateReview({
          ...repo,
          pull_number: number,
          review_id: reviewId,
          body
        })
      }),
    async createCheckRun(fields: CheckRunFields): Promise<number> {
      const what = `publish the ${fields.name} check on ${fields.headSha.slice(0, 7)}`
      // A re-run of the same verdict (its review failed after the check was made) updates the
      // check it made instead of adding a second one for the head.
      const earlier = fields.externalId ? await ownCheckRun(fields) : undefined
      if (earlier !== undefined && (await updatedCheckRun(earlier, fields))) return earlier
      const key = newWriteKey()
      const output = (batch: CheckAnnotation[]) => ({
        title: fields.title,
        summary: withWriteKey(fields.summary, key),
        ...(batch.length ? { annotations: annotationsOf(batch) } : {})
      })
      const first = fields.annotations.slice(0, ANNOTATIONS_PER_REQUEST)
      const id = await createOnce(
        what,
        async () => {
          const { data } = await octokit.rest.checks.create({
            ...repo,
            name: fields.name,
            head_sha: fields.headSha,
            status: 'completed',
            conclusion: fields.conclusion,
            ...(fields.detailsUrl ? { details_url: fields.detailsUrl } : {}),
            ...(fields.externalId ? { external_id: fields.externalId } : {}),
            output: output(first),
            ...SEND_ONCE
          })
          return data.id
        },
        async () => {
          const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
            ...repo,
            ref: fields.headSha,
            check_name: fields.name,
            filter: 'all',
            per_page: 100
          })
          return runs.find(r => hasWriteKey(r.output.summary, key))?.id
        }
      )
      // Further annotations land on the same check run: updating twice is harmless.
      await attempt(what, async () => {
        for (let i = first.length; i < fields.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
          const batch = fields.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST)
          await octokit.rest.checks.update({ ...repo, check_run_id: id, output: output(batch) })
        }
      })
      return id
    },
    async checkRunSummary(id: number): Promise<string | undefined> {
      try {
        const { data } = await octokit.rest.checks.get({ ...repo, check_run_id: id })
        return withoutWriteKey(data.output.summary ?? '')
      } catch (error) {
        if (statusOf(error) === 404) return undefined
        throw toApiError(error, `read check run ${id}`)
      }
    }
  }
}
