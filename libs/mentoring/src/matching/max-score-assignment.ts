import type { CandidateArcs } from './candidate-arcs';

export interface Assignment {
  /** Mentor index per mentee, or -1. */
  readonly mentorOfMentee: Int32Array;
  /** The candidate arc used per mentee, or -1. */
  readonly arcOfMentee: Int32Array;
  readonly totalScore: number;
}

/**
 * An optimal assignment with its proof: duals of the assignment LP
 *   min sum(menteeDual) + sum(openCapacity * mentorDual)  s.t.  menteeDual_i + mentorDual_j >= score_ij,  duals >= 0,
 * whose objective equals totalScore. Anyone can check it: no assignment can score more than a feasible
 * dual's objective, and this one is reached.
 */
export interface CertifiedAssignment extends Assignment {
  readonly menteeDual: Float64Array;
  readonly mentorDual: Float64Array;
}

const UNMATCHED = -1;

/**
 * The assignment of maximum total score: each mentee to at most one mentor, each mentor to at most
 * `capacity[mentor]` mentees, only along candidate arcs.
 *
 * It is a min-cost flow (mentee -> mentor at cost -score, mentor -> sink with the mentor's capacity,
 * mentee -> sink at cost 0 for "unmatched"), solved by successive shortest paths: mentees join one at a
 * time and each sends its unit along a shortest path of the residual graph, found by Dijkstra on reduced
 * costs. The node potentials keep every residual arc's reduced cost non-negative, which is exactly the
 * optimality condition of the flow so far; so after the last mentee the assignment is optimal, not
 * approximately but exactly, since all costs are integers. The potentials are returned as the LP duals
 * that certify it.
 *
 * Invariants the code relies on: the sink's potential stays 0, a mentor with free capacity has potential 0
 * (mentors never lose a unit, and a free mentor is never settled before the sink), other potentials only
 * fall. A newcomer has no incoming residual arcs, so its potential may be set to whatever makes its own
 * arcs non-negative.
 *
 * The solver walks each mentee's arcs best score first. Since mentor potentials are never above 0, an arc's
 * reduced cost is at least the mentee's potential minus the arc's score, so once that bound passes the
 * distance to beat, no later arc of the mentee can matter and the scan stops: about half of Dijkstra's
 * relaxations at company scale. Only arcs that could never win are skipped, and ties still go to the lower
 * mentor index, so the assignment is the same as with a full scan.
 */
export function solveMaxScoreAssignment(arcs: CandidateArcs, capacity: Int32Array): CertifiedAssignment {
  return new SuccessiveShortestPaths(arcs, capacity).solve();
}

class SuccessiveShortestPaths {
  private readonly menteeCount: number;
  private readonly sink: number;
  /** Nodes: mentees 0..N-1, mentors N..N+M-1, the sink N+M. */
  private readonly potential: Float64Array;
  private readonly distance: Float64Array;
  private readonly settledNodes: Int32Array;
  private settledCount = 0;
  private readonly touchedNodes: Int32Array;
  private touchedCount = 0;
  private readonly heap: NodeHeap;

  private readonly mentorOfMentee: Int32Array;
  private readonly arcOfMentee: Int32Array;
  private readonly used: Int32Array;
  /** The mentees of each mentor as a doubly linked list. */
  private readonly firstMentee: Int32Array;
  private readonly nextMentee: Int32Array;
  private readonly previousMentee: Int32Array;
  /** On the shortest path tree: the mentee and arc through which each mentor was reached. */
  private readonly reachedFromMentee: Int32Array;
  private readonly reachedThroughArc: Int32Array;
  private sinkReachedFrom = -1;
  /** Each mentee's arcs (the same arcStart ranges) by score, highest first, then by mentor index. */
  private readonly byScore: ArcsByScore;

  constructor(
    private readonly arcs: CandidateArcs,
    private readonly capacity: Int32Array,
  ) {
    const { menteeCount, mentorCount } = arcs;
    this.byScore = sortArcsByScore(arcs);
    const nodeCount = menteeCount + mentorCount + 1;
    this.menteeCount = menteeCount;
    this.sink = menteeCount + mentorCount;
    this.potential = new Float64Array(nodeCount);
    this.distance = new Float64Array(nodeCount).fill(Infinity);
    this.settledNodes = new Int32Array(nodeCount);
    this.touchedNodes = new Int32Array(nodeCount);
    this.heap = new NodeHeap(nodeCount, this.distance);
    this.mentorOfMentee = new Int32Array(menteeCount).fill(UNMATCHED);
    this.arcOfMentee = new Int32Array(menteeCount).fill(UNMATCHED);
    this.used = new Int32Array(mentorCount);
    this.firstMentee = new Int32Array(mentorCount).fill(UNMATCHED);
    this.nextMentee = new Int32Array(menteeCount).fill(UNMATCHED);
    this.previousMentee = new Int32Array(menteeCount).fill(UNMATCHED);
    this.reachedFromMentee = new Int32Array(mentorCount).fill(UNMATCHED);
    this.reachedThroughArc = new Int32Array(mentorCount).fill(UNMATCHED);
  }

  solve(): CertifiedAssignment {
    const { arcStart, arcScore } = this.arcs;
    for (let mentee = 0; mentee < this.menteeCount; mentee += 1) {
      if (arcStart[mentee] === arcStart[mentee + 1]) continue;
      this.potential[mentee] = this.newcomerPotential(mentee);
      if (!this.tryDirectAugmentation(mentee)) this.augmentAlongShortestPath(mentee);
    }
    let totalScore = 0;
    for (let mentee = 0; mentee < this.menteeCount; mentee += 1) {
      if (this.arcOfMentee[mentee] !== UNMATCHED) totalScore += arcScore[this.arcOfMentee[mentee]];
    }
    // Reduced costs u_i + v_j - score_ij are the residual arcs' reduced costs, non-negative by the invariants.
    const sinkPotential = this.potential[this.sink];
    const menteeDual = Float64Array.from({ length: this.menteeCount }, (_, mentee) =>
      arcStart[mentee] === arcStart[mentee + 1] ? 0 : this.potential[mentee] - sinkPotential,
    );
    const mentorDual = Float64Array.from(
      { length: this.arcs.mentorCount },
      (_, mentor) => sinkPotential - this.potential[this.menteeCount + mentor],
    );
    return { mentorOfMentee: this.mentorOfMentee, arcOfMentee: this.arcOfMentee, totalScore, menteeDual, mentorDual };
  }

  private newcomerPotential(mentee: number): number {
    const { arcStart } = this.arcs;
    const { mentor: arcMentor, score: arcScore } = this.byScore;
    let best = this.potential[this.sink];
    for (let k = arcStart[mentee]; k < arcStart[mentee + 1] && arcScore[k] > best; k += 1) {
      best = Math.max(best, arcScore[k] + this.potential[this.menteeCount + arcMentor[k]]);
    }
    return best;
  }

  /**
   * The common case, without Dijkstra: when going straight to a free mentor (or staying unmatched) costs no
   * more than the first step to any full mentor, no longer path can be shorter. Dijkstra would then settle
   * only the newcomer, so its potential is the only one to update.
   */
  private tryDirectAugmentation(mentee: number): boolean {
    const { arcStart } = this.arcs;
    const { mentor: arcMentor, score: arcScore } = this.byScore;
    const menteePotential = this.potential[mentee];
    let shortestToSink = menteePotential - this.potential[this.sink];
    let bestMentor = UNMATCHED;
    let bestArc = UNMATCHED;
    let shortestToFullMentor = Infinity;
    for (let k = arcStart[mentee]; k < arcStart[mentee + 1] && menteePotential - arcScore[k] <= shortestToSink; k += 1) {
      const mentor = arcMentor[k];
      const cost = menteePotential - this.potential[this.menteeCount + mentor] - arcScore[k];
      if (this.used[mentor] < this.capacity[mentor]) {
        if (cost < shortestToSink || (cost === shortestToSink && bestMentor !== UNMATCHED && mentor < bestMentor)) {
          shortestToSink = cost;
          bestMentor = mentor;
          bestArc = this.byScore.arc[k];
        }
      } else if (cost < shortestToFullMentor) {
        shortestToFullMentor = cost;
      }
    }
    if (shortestToSink > shortestToFullMentor) return false;
    if (bestArc !== UNMATCHED) {
      this.used[bestMentor] += 1;
      this.assign(mentee, bestMentor, bestArc);
    }
    this.potential[mentee] -= shortestToSink;
    return true;
  }

  private augmentAlongShortestPath(source: number): void {
    const shortestToSink = this.runDijkstra(source);
    this.augment(source);
    // Johnson's update, shifted so the sink keeps potential 0: only nodes settled before the sink change.
    for (let k = 0; k < this.settledCount; k += 1) {
      const node = this.settledNodes[k];
      this.potential[node] += this.distance[node] - shortestToSink;
    }
    for (let k = 0; k < this.touchedCount; k += 1) {
      this.distance[this.touchedNodes[k]] = Infinity;
      this.heap.forget(this.touchedNodes[k]);
    }
    this.touchedCount = 0;
    this.heap.clear();
  }

  private runDijkstra(source: number): number {
    const { arcStart, arcScore: scoreOfArc } = this.arcs;
    const { mentor: arcMentor, score: arcScore, arc: arcId } = this.byScore;
    const { menteeCount, sink, potential, distance, heap } = this;
    this.settledCount = 0;
    this.relax(source, 0);
    for (;;) {
      const node = heap.pop();
      if (node === sink) return distance[sink];
      this.settledNodes[this.settledCount] = node;
      this.settledCount += 1;
      const base = distance[node] + potential[node];
      if (node < menteeCount) {
        const mentee = node;
        if (this.relax(sink, base - potential[sink])) this.sinkReachedFrom = mentee;
        for (let k = arcStart[mentee]; k < arcStart[mentee + 1] && base - arcScore[k] <= distance[sink]; k += 1) {
          const mentor = arcMentor[k];
          if (mentor === this.mentorOfMentee[mentee]) continue;
          if (this.relax(menteeCount + mentor, base - arcScore[k] - potential[menteeCount + mentor])) {
            this.reachedFromMentee[mentor] = mentee;
            this.reachedThroughArc[mentor] = arcId[k];
          }
        }
      } else {
        const mentor = node - menteeCount;
        if (this.used[mentor] < this.capacity[mentor] && this.relax(sink, base - potential[sink])) {
          this.sinkReachedFrom = node;
        }
        // Backward arc: the mentee leaves this mentor, which gives back the arc's score.
        for (let mentee = this.firstMentee[mentor]; mentee !== UNMATCHED; mentee = this.nextMentee[mentee]) {
          this.relax(mentee, base + scoreOfArc[this.arcOfMentee[mentee]] - potential[mentee]);
        }
      }
    }
  }

  private relax(node: number, newDistance: number): boolean {
    if (!(newDistance < this.distance[node])) return false;
    if (this.distance[node] === Infinity) {
      this.touchedNodes[this.touchedCount] = node;
      this.touchedCount += 1;
    }
    this.distance[node] = newDistance;
    this.heap.pushOrDecrease(node);
    return true;
  }

  /** Walks the path back from the sink: each mentee on it moves to the mentor after it. */
  private augment(source: number): void {
    let mentor: number;
    if (this.sinkReachedFrom >= this.menteeCount) {
      mentor = this.sinkReachedFrom - this.menteeCount;
      this.used[mentor] += 1;
    } else {
      const leaving = this.sinkReachedFrom;
      const previousMentor = this.mentorOfMentee[leaving];
      this.unassign(leaving);
      if (leaving === source) return;
      mentor = previousMentor;
    }
    for (;;) {
      const mentee = this.reachedFromMentee[mentor];
      const previousMentor = this.mentorOfMentee[mentee];
      this.assign(mentee, mentor, this.reachedThroughArc[mentor]);
      if (mentee === source) return;
      mentor = previousMentor;
    }
  }

  private assign(mentee: number, mentor: number, arc: number): void {
    this.unassign(mentee);
    this.mentorOfMentee[mentee] = mentor;
    this.arcOfMentee[mentee] = arc;
    const first = this.firstMentee[mentor];
    this.nextMentee[mentee] = first;
    this.previousMentee[mentee] = UNMATCHED;
    if (first !== UNMATCHED) this.previousMentee[first] = mentee;
    this.firstMentee[mentor] = mentee;
  }

  private unassign(mentee: number): void {
    const mentor = this.mentorOfMentee[mentee];
    if (mentor === UNMATCHED) return;
    const previous = this.previousMentee[mentee];
    const next = this.nextMentee[mentee];
    if (previous === UNMATCHED) this.firstMentee[mentor] = next;
    else this.nextMentee[previous] = next;
    if (next !== UNMATCHED) this.previousMentee[next] = previous;
    this.mentorOfMentee[mentee] = UNMATCHED;
    this.arcOfMentee[mentee] = UNMATCHED;
  }
}

interface ArcsByScore {
  /** Position k holds candidate arc arc[k], to mentor[k] with score[k]. */
  readonly arc: Int32Array;
  readonly mentor: Int32Array;
  readonly score: Int32Array;
}

/** Sort keys that order a mentee's arcs by score, highest first, then by position (ascending mentor index). */
const POSITION_RANGE = 2 ** 32;

function sortArcsByScore(arcs: CandidateArcs): ArcsByScore {
  const { arcStart, arcMentor, arcScore } = arcs;
  // Scores stay below 2^20 (six criteria of weight <= 1000 at <= 100 percent), so a key is an exact
  // double and the native numeric sort orders them: several times faster than a comparator here.
  const keys = new Float64Array(arcMentor.length);
  for (let mentee = 0; mentee < arcs.menteeCount; mentee += 1) {
    const start = arcStart[mentee];
    for (let k = start; k < arcStart[mentee + 1]; k += 1) keys[k] = -arcScore[k] * POSITION_RANGE + (k - start);
    keys.subarray(start, arcStart[mentee + 1]).sort();
  }
  const arc = new Int32Array(arcMentor.length);
  const mentor = new Int32Array(arcMentor.length);
  const score = new Int32Array(arcMentor.length);
  for (let mentee = 0; mentee < arcs.menteeCount; mentee += 1) {
    const start = arcStart[mentee];
    for (let k = start; k < arcStart[mentee + 1]; k += 1) {
      const key = keys[k];
      arc[k] = start + (key - Math.floor(key / POSITION_RANGE) * POSITION_RANGE);
      mentor[k] = arcMentor[arc[k]];
      score[k] = arcScore[arc[k]];
    }
  }
  return { arc, mentor, score };
}

/** A binary min-heap of node ids keyed by their current distance, with decrease-key. */
class NodeHeap {
  private readonly nodes: Int32Array;
  private readonly positions: Int32Array;
  private size = 0;

  constructor(
    nodeCount: number,
    private readonly keys: Float64Array,
  ) {
    this.nodes = new Int32Array(nodeCount);
    this.positions = new Int32Array(nodeCount).fill(-1);
  }

  pushOrDecrease(node: number): void {
    let position = this.positions[node];
    if (position === -1) {
      position = this.size;
      this.size += 1;
      this.nodes[position] = node;
      this.positions[node] = position;
    }
    this.siftUp(position);
  }

  pop(): number {
    const top = this.nodes[0];
    this.positions[top] = -2;
    this.size -= 1;
    if (this.size > 0) {
      const last = this.nodes[this.size];
      this.nodes[0] = last;
      this.positions[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  /** Every node ever pushed must be forgotten before the heap is used again. */
  forget(node: number): void {
    this.positions[node] = -1;
  }

  clear(): void {
    this.size = 0;
  }

  private less(a: number, b: number): boolean {
    const keyA = this.keys[a];
    const keyB = this.keys[b];
    return keyA < keyB || (keyA === keyB && a < b);
  }

  private siftUp(position: number): void {
    const node = this.nodes[position];
    while (position > 0) {
      const parentPosition = (position - 1) >> 1;
      const parent = this.nodes[parentPosition];
      if (!this.less(node, parent)) break;
      this.nodes[position] = parent;
      this.positions[parent] = position;
      position = parentPosition;
    }
    this.nodes[position] = node;
    this.positions[node] = position;
  }

  private siftDown(position: number): void {
    const node = this.nodes[position];
    for (;;) {
      const left = 2 * position + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && this.less(this.nodes[right], this.nodes[left]) ? right : left;
      if (!this.less(this.nodes[child], node)) break;
      this.nodes[position] = this.nodes[child];
      this.positions[this.nodes[child]] = position;
      position = child;
    }
    this.nodes[position] = node;
    this.positions[node] = position;
  }
}
