/**
 * The trust policy, once: whose markers, claims and comments the loop honours (its own identity
 * and configured bot logins), and whose issues it dispatches (those, plus owners, members and
 * collaborators). Everyone else's text is data, never instructions.
 */
import { rememberedByText } from '../text/remembered.js'

/** The default token's identity: its issues are trusted even when a PAT runs a mode later. */
export const ACTIONS_BOT = 'github-actions[bot]'
export const TRUSTED_ASSOCIATIONS: readonly string[] = ['OWNER', 'MEMBER', 'COLLABORATOR']
/** Repository roles that may write: whose dashboard boxes and whose events the loop obeys. */
export const WRITE_ROLES: readonly string[] = ['admin', 'maintain', 'write']

export function canWrite(role: string | undefined): boolean {
  return !!role && WRITE_ROLES.includes(role)
}

/** GraphQL reports bots without `[bot]`, REST with it; compare without case and suffix. */
export function normaliseLogin(login: string | null | undefined): string {
  return normalised(login ?? '')
}

const normalised = rememberedByText((login: string) => login.toLowerCase().replace(/\[bot\]$/, ''))

export interface TrustPolicy {
  /** The loop's own identities: its markers and claims count only from these. */
  readonly logins: readonly string[]
  isLoop(login: string | null | undefined): boolean
  /** An issue author whose issue may be dispatched. */
  isTrustedAuthor(login: string | null | undefined, association: string): boolean
}

export function trustPolicy(viewer: string | undefined, botLogins: readonly string[]): TrustPolicy {
  const logins = [...new Set([ACTIONS_BOT, ...(viewer ? [viewer] : []), ...botLogins])]
  const set = new Set(logins.map(normaliseLogin))
  // A login as configured is the loop's without normalising (most authors a tick reads are).
  const exact = new Set(logins)
  const isLoop = (login: string | null | undefined) =>
    !!login && (exact.has(login) || set.has(normaliseLogin(login)))
  return {
    logins,
    isLoop,
    isTrustedAuthor: (login, association) =>
      isLoop(login) || TRUSTED_ASSOCIATIONS.includes(association)
  }
}
