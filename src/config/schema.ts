/**
 * The JSON Schema of `.delivery.yml` (version 1). This object is the single source: ajv validates
 * against it (filling in the defaults written here), and `npm run schema` publishes it to
 * `docs/delivery.schema.json`, which a test keeps identical.
 */

interface PositiveInteger {
  readonly type: 'integer'
  readonly exclusiveMinimum: 0
  readonly description: string
}

// Overloads keep each default a literal type, so `FromSchema` (config/types.ts) knows the key
// is always filled in.
function positiveInteger(description: string): PositiveInteger
function positiveInteger<D extends number>(
  description: string,
  defaultValue: D
): PositiveInteger & { readonly default: D }
function positiveInteger(description: string, defaultValue?: number) {
  return {
    type: 'integer',
    exclusiveMinimum: 0,
    description,
    ...(defaultValue === undefined ? {} : { default: defaultValue })
  } as const
}

const positiveNumber = (description: string) =>
  ({ type: 'number', exclusiveMinimum: 0, description }) as const

const stringList = (description: string) =>
  ({ type: 'array', items: { type: 'string', minLength: 1 }, default: [], description }) as const

import { forecastConfigSchema } from './forecast-schema.js'

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://delivery-loop.dev/schema/delivery.schema.json',
  title: 'Delivery Loop configuration (.delivery.yml)',
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { const: 1, description: 'Schema version of this file. Always 1.' },
    dispatch: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'How tick hands a ready issue to a coding agent.',
      properties: {
        adapter: {
          enum: ['matrix', 'workflow', 'assign', 'comment', 'label'],
          default: 'matrix',
          description:
            'matrix: the `wave` output feeds a strategy.matrix job; workflow: workflow_dispatch; assign: assign `assignee`; comment: post `comment_template`; label: add `label`.'
        },
        workflow: {
          type: 'string',
          minLength: 1,
          description: 'Workflow file name or id to dispatch (adapter: workflow).'
        },
        ref: {
          type: 'string',
          minLength: 1,
          description: 'Git ref for workflow_dispatch (default: the default branch).'
        },
        assignee: {
          type: 'string',
          minLength: 1,
          description: 'Login to assign (adapter: assign), e.g. copilot-swe-agent[bot].'
        },
        comment_template: {
          type: 'string',
          minLength: 1,
          description:
            'Comment body (adapter: comment). Placeholders: {issue}, {branch}, {attempt}, {title}.'
        },
        label: { type: 'string', minLength: 1, description: 'Label to add (adapter: label).' },
        lease_minutes: positiveInteger(
          'A claim with no pull request after this many minutes is stalled.',
          120
        ),
        fix_wave: {
          type: 'boolean',
          default: true,
          description: 'Send pull requests with failing required checks back to their worker.'
        },
        approval: {
          enum: ['none', 'wave'],
          default: 'none',
          description:
            'none: dispatch on its own; wave: each tick proposes its wave on the dashboard (a box per issue and one for the whole wave) and only what people with write access approve is dispatched.'
        }
      }
    },
    guardrails: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        budget: {
          type: 'object',
          additionalProperties: false,
          default: {},
          description:
            'Every number must be positive: 0 or a negative value is an error, never "unlimited".',
          properties: {
            max_in_flight: positiveInteger('Open claims and pull requests at once.', 3),
            // The wave is a strategy.matrix: GitHub runs at most 256 jobs of one.
            max_dispatches_per_tick: {
              ...positiveInteger(
                'Dispatches in one tick (at most 256: the wave is a matrix, and GitHub runs no more jobs of one).',
                3
              ),
              maximum: 256
            },
            max_dispatches_per_day: positiveInteger('Dispatches in any rolling 24 hours.', 20),
            max_attempts_per_issue: positiveInteger(
              'Attempts per issue, counted across ticks until the issue closes.',
              3
            ),
            max_total_tokens: positiveInteger(
              'Token usage per rolling window (from attestations).'
            ),
            max_total_cost_usd: positiveNumber(
              'Cost in USD per rolling window (from attestations).'
            ),
            window_hours: positiveInteger('Length of the rolling usage window.', 24),
            prices: {
              type: 'object',
              default: {},
              description:
                "USD per million tokens, by model, for agents whose own report counts tokens but not cost (Codex's session log): publish prices such a run with it. A model not listed gets no record, so a cost cap stops dispatch rather than count it as free.",
              additionalProperties: {
                type: 'object',
                additionalProperties: false,
                required: ['input', 'output'],
                properties: {
                  input: { type: 'number', minimum: 0, description: 'Input tokens.' },
                  cached_input: {
                    type: 'number',
                    minimum: 0,
                    description: 'Cached input tokens (default: the input price).'
                  },
                  output: { type: 'number', minimum: 0, description: 'Output tokens.' }
                }
              }
            }
          }
        },
        circuit_breaker: {
          type: 'object',
          additionalProperties: false,
          default: {},
          properties: {
            max_no_progress_attempts: positiveInteger(
              'Attempts without progress before an issue is frozen (needs-human).',
              2
            ),
            max_conflict_attempts: positiveInteger(
              "Conflict tasks per pull request (a sibling's merge made it conflict; they do not count as no progress) before the issue is frozen (needs-human).",
              2
            ),
            trip_after_failed_ticks: positiveInteger(
              'Consecutive failed ticks before the breaker opens.',
              3
            ),
            cooldown_minutes: positiveInteger('Minutes before an open breaker goes half-open.', 60)
          }
        },
        review: {
          type: 'object',
          additionalProperties: false,
          default: {},
          description:
            "Review-aware pacing: new work is dispatched only while the loop's pull requests waiting for a person to merge (and those on their way) stay under these. Fix, conflict and review waves are never held. Unset: no pacing.",
          properties: {
            max_waiting: positiveInteger(
              "At most this many of the loop's pull requests ready for human merge, or on their way there (in flight), at once: new work waits beyond it."
            ),
            max_wait_hours: positiveNumber(
              "Pace new work so a pull request that becomes ready is not expected to wait longer than this for a merge, at the pace people merged the loop's pull requests over the last two weeks (by hour of the week); and hold it while the oldest waits longer already."
            )
          }
        }
      }
    },
    ci: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        checks: stringList('Required check names. Empty: every check on the pull request head.'),
        no_checks_after_minutes: positiveInteger(
          'A pull request with no checks at all after this long needs a human.',
          30
        )
      }
    },
    verification: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description:
        'The independent reviewer (loopreview): its review packet and the verdict rules.',
      properties: {
        require_distinct_reviewer: {
          type: 'boolean',
          default: false,
          description:
            "A verdict from a reviewer of the worker's provider (from the worker's attestation, else adapters.worker) needs a human; so does one where the worker's provider is unknown."
        },
        max_verdict_bytes: positiveInteger(
          'A verdict file larger than this needs a human.',
          262144
        ),
        max_reviews_per_head: positiveInteger(
          'Reviews sent for one head without a published verdict before the issue needs a human (a failing reviewer or verdict job must not buy review after review).',
          2
        ),
        review_lease_minutes: positiveInteger(
          'How long a review wave sent for a head is taken as running: it is not sent again meanwhile.',
          60
        ),
        packet: {
          type: 'object',
          additionalProperties: false,
          default: {},
          description:
            'Byte limits of the review packet (mode: prompt with pull-request); every cut is marked.',
          properties: {
            total_bytes: positiveInteger('The whole packet.', 262144),
            pull_request_bytes: positiveInteger('Title and body of the pull request.', 16384),
            issue_bytes: positiveInteger('The linked issue.', 16384),
            files_bytes: positiveInteger('The list of changed files.', 16384),
            diff_bytes: positiveInteger('The diff.', 163840),
            file_patch_bytes: positiveInteger(
              "One file's patch; a bigger patch is summarised.",
              32768
            ),
            spec_bytes: positiveInteger('The spec files the issue or pull request names.', 32768)
          }
        }
      }
    },
    adapters: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        worker: {
          type: 'string',
          minLength: 1,
          description:
            'Provider of the worker agent (e.g. anthropic, openai), for require_distinct_reviewer when a pull request carries no worker attestation.'
        }
      }
    },
    skills: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        paths: stringList('Extra glob patterns of SKILL.md files.'),
        include: stringList('Extra files to include, e.g. AGENTS.md.'),
        mode: {
          enum: ['metadata', 'full'],
          default: 'metadata',
          description: 'metadata: name, description, path and headings; full: inline the bodies.'
        },
        budget_bytes: positiveInteger('Byte budget of the skills section of a prompt.', 4096)
      }
    },
    discover: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        workflows: stringList('Workflow names or paths to watch. Empty: all.'),
        branches: stringList('Branches to watch. Empty: the default branch.'),
        max_issues_per_run: positiveInteger('New issues per run; beyond it one summary issue.', 5),
        comment_every_hours: positiveInteger(
          'At most one recurrence comment per issue in this many hours.',
          24
        ),
        enqueue: {
          type: 'boolean',
          default: true,
          description: 'Label discovered issues delivery:unit so tick dispatches a fix.'
        }
      }
    },
    compile: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        write_markers: {
          enum: ['commit', 'pr', 'off'],
          default: 'commit',
          description: 'How markers assigned by compile are written back to the roadmap.'
        },
        markers_branch: {
          type: 'string',
          minLength: 1,
          default: 'delivery-loop/roadmap-markers',
          description: 'Branch of the marker pull request (write_markers: pr).'
        },
        max_writes_per_run: positiveInteger(
          'Write requests per compile run; the next run continues.',
          300
        ),
        max_closes_per_run: positiveInteger(
          'Closing more issues than this (or more than half of the open unit issues) in one compile needs the confirm-closes input.',
          10
        )
      }
    },
    publish: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description:
        "What mode: publish accepts from a worker's change before it commits it and opens the pull request.",
      properties: {
        forbidden_paths: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          default: ['.github/workflows/**', '.github/actions/**', '.delivery.yml'],
          description:
            'Glob patterns a worker may never change. The roadmap file is guarded by roadmap_in_doc_slices.'
        },
        allowed_paths: stringList(
          'Glob patterns a worker may change. Empty: every path not forbidden.'
        ),
        roadmap_in_doc_slices: {
          type: 'boolean',
          default: false,
          description: 'Let doc slices change the roadmap file; otherwise no worker may.'
        },
        max_files: positiveInteger('Changed files per change.', 50),
        max_bytes: positiveInteger('Bytes of new file content per change.', 1048576),
        max_binary_bytes: positiveInteger('Size of one binary file.', 102400)
      }
    },
    dependencies: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        satisfied_by: {
          enum: ['closed', 'pr-open'],
          default: 'closed',
          description:
            'closed: a blocker is done when closed as completed; pr-open: also when it has an open pull request.'
        },
        stack: {
          type: 'boolean',
          default: false,
          description:
            "Stacked dependents: a slice whose one open blocker has a loop pull request that passed CI and review starts on that pull request's branch, its own pull request based there; re-based onto the default branch when the blocker merges. Needs dispatch.adapter matrix."
        }
      }
    },
    trust: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        bot_logins: stringList(
          "Logins (besides the token identity) whose markers and issues are trusted and whose pull requests on loop branches are the loop's work, e.g. the GitHub App bot that publishes."
        ),
        agent_logins: stringList(
          "Logins an agent opens its own pull requests as (adapters assign, comment, label, workflow), e.g. claude[bot]: their pull requests on a loop branch or closing the dispatched issue are the loop's work. The assign adapter's dispatch.assignee counts without being listed."
        )
      }
    },
    api: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        reserve: positiveInteger(
          'Kept in reserve of each GitHub budget: REST requests and GraphQL points; waves shrink to keep it.',
          100
        )
      }
    },
    forecast: forecastConfigSchema
  }
} as const
