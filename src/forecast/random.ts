/**
 * The forecast's randomness, repeatable: one seeded generator per simulated run, and the
 * distributions its models are written in. Durations are minutes.
 */

/** A number in [0, 1); the same seed gives the same sequence (mulberry32). */
export type Rng = () => number

export function seeded(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A duration in minutes: a fixed number, a uniform range, or a log-normal given by its median
 * and 90th percentile (the shape of how long agents, CI and people take: mostly quick, a long tail).
 */
export type Duration =
  number | { uniform: [number, number] } | { lognormal: { median: number; p90: number } }

/** z of the 90th percentile of the standard normal. */
const Z90 = 1.2815515655446004

function normal(rng: Rng): number {
  // Box–Muller; 1 - u keeps the logarithm finite.
  const u = 1 - rng()
  const v = rng()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}

export function sample(d: Duration, rng: Rng): number {
  if (typeof d === 'number') return d
  if ('uniform' in d) return d.uniform[0] + (d.uniform[1] - d.uniform[0]) * rng()
  const { median, p90 } = d.lognormal
  const sigma = p90 > median ? Math.log(p90 / median) / Z90 : 0
  return median * Math.exp(sigma * normal(rng))
}

/** The median of a duration: what the lower bound assumes of every step. */
export function median(d: Duration): number {
  if (typeof d === 'number') return d
  if ('uniform' in d) return (d.uniform[0] + d.uniform[1]) / 2
  return d.lognormal.median
}

/** True with probability `p`. */
export function chance(p: number, rng: Rng): boolean {
  return p > 0 && rng() < p
}
