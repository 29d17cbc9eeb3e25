/**
 * What a GraphQL query costs against GitHub's GraphQL budget, computed the way GitHub documents
 * it (docs.github.com, "Rate limits and query limits for the GraphQL API", calculating a query's
 * rate limit score): every connection (a field with `first` or `last`) needs one request per
 * node of its parents' connections — `first:` of each enclosing connection multiplied together —
 * the requests are summed, divided by 100 and rounded, and a query costs at least one point.
 * A mutation costs one point. Fields that are not connections (an aliased `issue(number:)`, an
 * object) carry no multiplier of their own.
 */
import {
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValueNode
} from 'graphql'

/** The page size a `first`/`last` argument asks for, with variables resolved. */
function pageSize(field: FieldNode, variables: Record<string, unknown>): number | undefined {
  const arg = field.arguments?.find(a => a.name.value === 'first' || a.name.value === 'last')
  if (!arg) return undefined
  const value = valueOf(arg.value, variables)
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.VARIABLE) return variables[node.name.value]
  return undefined
}

/** Requests needed to fill every connection under `set`, whose parents multiply to `parents`. */
function requests(
  set: SelectionSetNode | undefined,
  parents: number,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>
): number {
  let sum = 0
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const size = pageSize(selection, variables)
      if (size === undefined) {
        sum += requests(selection.selectionSet, parents, fragments, variables)
      } else {
        sum += parents + requests(selection.selectionSet, parents * size, fragments, variables)
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      sum += requests(selection.selectionSet, parents, fragments, variables)
    } else {
      const fragment = fragments.get(selection.name.value)
      sum += requests(fragment?.selectionSet, parents, fragments, variables)
    }
  }
  return sum
}

/** The requests a query needs (before dividing by 100): what GitHub's examples show. */
export function graphqlRequests(
  document: DocumentNode,
  variables: Record<string, unknown> = {}
): number {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d)
  const operation = document.definitions.find(d => d.kind === Kind.OPERATION_DEFINITION)
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0
  return requests(operation.selectionSet, 1, fragments, variables)
}

/** The points a request costs; a document that does not parse costs the minimum (and fails). */
export function graphqlCost(source: string, variables: Record<string, unknown> = {}): number {
  let document: DocumentNode
  try {
    document = parse(source)
  } catch {
    return 1
  }
  const operation = document.definitions.find(d => d.kind === Kind.OPERATION_DEFINITION)
  if (operation?.kind === Kind.OPERATION_DEFINITION && operation.operation === 'mutation') return 1
  return Math.max(1, Math.round(graphqlRequests(document, variables) / 100))
}
