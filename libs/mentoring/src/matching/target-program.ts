import loadHighs, { type Highs, type Model, type ModelData } from 'highs';
import type { CandidateArcs } from './candidate-arcs';
import type { Assignment } from './max-score-assignment';
import type { PreparedRound } from './prepared-round';

/** The target rows to enforce; a group row per entry of `groups`. */
export interface TargetRows {
  readonly groups: readonly Int32Array[];
  readonly groupOfMentee: Int32Array;
  readonly minGroupRateShare: number;
  readonly minAcrossDepartmentsShare?: number;
}

export type TargetProgramResult =
  | { readonly status: 'optimal'; readonly assignment: Assignment }
  | { readonly status: 'infeasible' }
  | { readonly status: 'unsolved'; readonly reason: string };

export interface TargetProgramTuning {
  /** How many of each mentee's best-scoring pairs the first linear relaxation starts from. */
  readonly initialArcsPerMentee: number;
  /**
   * Whether the first incumbent comes from the relaxation (fast) or is the empty assignment (tests use it
   * to make the pruning loop do all the work).
   */
  readonly incumbentFromRelaxation: boolean;
  /** The reduced cost up to which pairs enter the first integer program; it grows fourfold each round. */
  readonly firstReducedCostAllowance: number;
}

const DEFAULT_TUNING: TargetProgramTuning = {
  initialArcsPerMentee: 4,
  incumbentFromRelaxation: true,
  firstReducedCostAllowance: 2,
};
const MAX_PRICING_ROUNDS = 50;
const PRICING_TOLERANCE = 1e-6;
const INTEGRAL_TOLERANCE = 1e-6;

/**
 * The best assignment that meets the target rows, or proof that none exists. The integer program
 *   max sum(score_a x_a)  over binary x_a, one per candidate pair a, and X = sum(x_a) new pairs,
 *   mentee rows sum(x) <= 1, mentor rows sum(x) <= open capacity,
 *   group g:  F_g + X_g >= share * |g| / N * (F + X)      (match rate of g >= share * overall rate)
 *   across:   A_F + X_across  >= share * (F + X)          (F, F_g, A_F: counts of the fixed matches)
 * has one column per candidate pair, too many to hand to HiGHS whole at company scale. It is solved
 * exactly by an LP-based reduction:
 *  1. The linear relaxation is solved over a few pairs per mentee; pairs that price out (negative reduced
 *     cost under the row duals y) are added until none does.
 *  2. For ANY duals y of the right signs and any x meeting the rows, weak duality gives
 *       score(x) <= y.b - sum(d_a x_a) - d_X X,   d = A'y - score (the reduced costs),
 *     so with UB = y.b + sum(max(0, -d_a)) + max(0, -d_X) * Xmax, every assignment that uses pair a scores
 *     at most UB - d_a. Scores are integers, so once some assignment scores LB, a pair with
 *     UB - d_a < LB + 1 cannot be part of a better one.
 *  3. LB comes from an integer program over the relaxation's pairs with its integral values fixed. Then
 *     integer programs run over the pairs whose reduced cost is within a growing allowance, each started
 *     from the incumbent, until the allowance covers every pair that step 2 leaves for the incumbent:
 *     the last one's optimum is then optimal for the whole program.
 * When a step cannot run (the restricted relaxation is infeasible, which only fixed matches can cause),
 * the whole program goes to HiGHS as it is.
 */
export async function solveTargetProgram(
  round: PreparedRound,
  arcs: CandidateArcs,
  rows: TargetRows,
  best: Assignment,
  timeLimitSeconds: number,
  tuning: TargetProgramTuning = DEFAULT_TUNING,
): Promise<TargetProgramResult> {
  const highs = await loadSolver();
  const layout = new TargetProgramLayout(round, arcs, rows, highs.constants.objectiveSense.maximize);
  const clock = new SolveClock(timeLimitSeconds);
  const wholeProgram = (): ProgramRun => runProgram(highs, layout, allArcs(arcs), { integer: true, clock });

  const relaxation = solveRelaxationByPricing(highs, layout, best, tuning, clock);
  if (relaxation.status !== 'optimal') return toResult(layout, relaxation.status === 'unsolved' ? relaxation : wholeProgram());

  const bound = layout.upperBound(relaxation.rowDual);
  let incumbentAssignment: Assignment;
  if (tuning.incumbentFromRelaxation) {
    const incumbent = findIncumbent(highs, layout, relaxation, clock);
    if (incumbent.status === 'unsolved') return toResult(layout, incumbent);
    if (incumbent.status !== 'optimal') return toResult(layout, wholeProgram());
    incumbentAssignment = layout.assignmentOf(incumbent.columns, incumbent.colValue);
  } else {
    if (!layout.emptyAssignmentMeetsRows()) return toResult(layout, wholeProgram());
    incumbentAssignment = layout.assignmentOf(new Int32Array(0), new Float64Array(1));
  }
  // Widen the pairs step by step: a small neighbourhood of the relaxation usually holds the optimum,
  // and each better incumbent shrinks the set of pairs that could still beat it.
  for (let allowance = tuning.firstReducedCostAllowance; ; allowance = Math.max(1, allowance * 4)) {
    const survivorThreshold = bound.value - incumbentAssignment.totalScore - 1 + bound.margin;
    if (survivorThreshold < 0) return { status: 'optimal', assignment: incumbentAssignment };
    const threshold = Math.min(allowance, survivorThreshold);
    const columns = layout.arcsWithinReducedCost(bound.reducedCost, threshold, incumbentAssignment);
    const run = runProgram(highs, layout, columns, { integer: true, clock, start: layout.startOf(columns, incumbentAssignment) });
    if (run.status !== 'optimal') return toResult(layout, run);
    const improved = layout.assignmentOf(run.columns, run.colValue);
    // The incumbent is among the columns and meets the rows, so a proven optimum cannot score less.
    if (improved.totalScore < incumbentAssignment.totalScore) {
      return { status: 'unsolved', reason: 'the solver returned an assignment worse than one it had been given.' };
    }
    incumbentAssignment = improved;
    if (threshold >= bound.value - incumbentAssignment.totalScore - 1 + bound.margin) {
      return { status: 'optimal', assignment: incumbentAssignment };
    }
  }
}

type ProgramRun =
  | { readonly status: 'optimal'; readonly columns: Int32Array; readonly colValue: Float64Array; readonly rowDual: Float64Array }
  | { readonly status: 'infeasible' }
  | { readonly status: 'unsolved'; readonly reason: string };

function toResult(layout: TargetProgramLayout, run: ProgramRun): TargetProgramResult {
  if (run.status !== 'optimal') return run;
  return { status: 'optimal', assignment: layout.assignmentOf(run.columns, run.colValue) };
}

function solveRelaxationByPricing(
  highs: Highs,
  layout: TargetProgramLayout,
  best: Assignment,
  tuning: TargetProgramTuning,
  clock: SolveClock,
): ProgramRun {
  const { arcs } = layout;
  const inProgram = new Uint8Array(arcs.arcMentor.length);
  const initial: number[] = [];
  for (let mentee = 0; mentee < arcs.menteeCount; mentee += 1) {
    const own = Array.from({ length: arcs.arcStart[mentee + 1] - arcs.arcStart[mentee] }, (_, k) => arcs.arcStart[mentee] + k);
    own.sort((a, b) => arcs.arcScore[b] - arcs.arcScore[a] || a - b);
    const chosen = own.slice(0, tuning.initialArcsPerMentee);
    if (best.arcOfMentee[mentee] >= 0 && !chosen.includes(best.arcOfMentee[mentee])) chosen.push(best.arcOfMentee[mentee]);
    for (const arc of chosen.sort((a, b) => a - b)) {
      inProgram[arc] = 1;
      initial.push(arc);
    }
  }
  let columns = Int32Array.from(initial);
  const model = highs.createModel(layout.modelData(columns, { integer: false }));
  try {
    for (let pricingRound = 0; ; pricingRound += 1) {
      const run = runModel(highs, model, clock, columns);
      if (run.status !== 'optimal' || pricingRound === MAX_PRICING_ROUNDS) return run;
      const entering: number[] = [];
      for (let arc = 0; arc < inProgram.length; arc += 1) {
        if (inProgram[arc] === 0 && layout.reducedCost(arc, run.rowDual) < -PRICING_TOLERANCE) entering.push(arc);
      }
      if (entering.length === 0) return run;
      for (const arc of entering) inProgram[arc] = 1;
      const added = Int32Array.from(entering);
      model.addCols(layout.columnData(added));
      const grown = new Int32Array(columns.length + added.length);
      grown.set(columns);
      grown.set(added, columns.length);
      columns = grown;
    }
  } finally {
    model.dispose();
  }
}

/** An assignment meeting the rows: the relaxation's integral values kept, its fractional part decided. */
function findIncumbent(
  highs: Highs,
  layout: TargetProgramLayout,
  relaxation: Extract<ProgramRun, { status: 'optimal' }>,
  clock: SolveClock,
): ProgramRun {
  const { columns, colValue } = relaxation;
  const lower = new Float64Array(columns.length);
  const upper = new Float64Array(columns.length).fill(1);
  const undecided = new Uint8Array(layout.arcs.menteeCount);
  columns.forEach((arc, position) => {
    const value = colValue[position + 1];
    if (value > INTEGRAL_TOLERANCE && value < 1 - INTEGRAL_TOLERANCE) undecided[layout.arcMentee[arc]] = 1;
  });
  columns.forEach((arc, position) => {
    if (undecided[layout.arcMentee[arc]] === 1) return;
    const value = Math.round(colValue[position + 1]);
    lower[position] = value;
    upper[position] = value;
  });
  const narrow = runProgram(highs, layout, columns, { integer: true, clock, lower, upper });
  if (narrow.status !== 'infeasible') return narrow;
  return runProgram(highs, layout, columns, { integer: true, clock });
}

function runProgram(
  highs: Highs,
  layout: TargetProgramLayout,
  columns: Int32Array,
  options: { integer: boolean; clock: SolveClock; lower?: Float64Array; upper?: Float64Array; start?: Float64Array },
): ProgramRun {
  const model = highs.createModel(layout.modelData(columns, options));
  try {
    if (options.start) model.setSolution({ colValue: options.start });
    return runModel(highs, model, options.clock, columns);
  } finally {
    model.dispose();
  }
}

function runModel(highs: Highs, model: Model, clock: SolveClock, columns: Int32Array): ProgramRun {
  const remaining = clock.remainingSeconds();
  if (remaining <= 0) return { status: 'unsolved', reason: clock.exhaustedReason() };
  // The objective has integer coefficients, so a gap under 1 proves the incumbent optimal.
  model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0.5, time_limit: remaining });
  const { modelStatus } = model.run();
  const statuses = highs.constants.modelStatus;
  if (modelStatus === statuses.infeasible) return { status: 'infeasible' };
  if (modelStatus === statuses.optimal) {
    const solution = model.getSolution();
    return { status: 'optimal', columns, colValue: solution.colValue, rowDual: solution.rowDual };
  }
  return {
    status: 'unsolved',
    reason: modelStatus === statuses.timeLimit ? clock.exhaustedReason() : `the solver stopped with status ${modelStatus}.`,
  };
}

function allArcs(arcs: CandidateArcs): Int32Array {
  return Int32Array.from({ length: arcs.arcMentor.length }, (_, arc) => arc);
}

class SolveClock {
  private readonly deadline: number;

  constructor(private readonly limitSeconds: number) {
    this.deadline = performance.now() + limitSeconds * 1000;
  }

  remainingSeconds(): number {
    return (this.deadline - performance.now()) / 1000;
  }

  exhaustedReason(): string {
    return `the solver found no proven best assignment within ${this.limitSeconds} s.`;
  }
}

const enum RowSense {
  AtMost,
  AtLeast,
  Equal,
}

/**
 * Rows and columns of the program. Column 0 is X (the number of new pairs); column k > 0 is the pair
 * `columns[k - 1]` of whatever subset of candidate pairs a model holds.
 */
class TargetProgramLayout {
  readonly arcMentee: Int32Array;
  readonly rowCount: number;
  private readonly menteeRow: Int32Array;
  private readonly mentorRow: Int32Array;
  private readonly totalRow: number;
  private readonly groupRowStart: number;
  private readonly acrossRow: number;
  private readonly rowLower: Float64Array;
  private readonly rowUpper: Float64Array;
  private readonly rowSense: RowSense[] = [];
  private readonly maxNewPairs: number;

  constructor(
    private readonly round: PreparedRound,
    readonly arcs: CandidateArcs,
    private readonly rows: TargetRows,
    private readonly maximize: ModelData['sense'],
  ) {
    const { menteeCount, mentorCount, arcStart, arcMentor } = arcs;
    this.arcMentee = new Int32Array(arcMentor.length);
    for (let mentee = 0; mentee < menteeCount; mentee += 1) this.arcMentee.fill(mentee, arcStart[mentee], arcStart[mentee + 1]);

    let rowCount = 0;
    const lower: number[] = [];
    const upper: number[] = [];
    const addRow = (sense: RowSense, low: number, high: number): number => {
      this.rowSense.push(sense);
      lower.push(low);
      upper.push(high);
      return rowCount++;
    };
    this.menteeRow = new Int32Array(menteeCount).fill(-1);
    for (let mentee = 0; mentee < menteeCount; mentee += 1) {
      if (arcStart[mentee + 1] > arcStart[mentee]) this.menteeRow[mentee] = addRow(RowSense.AtMost, -Infinity, 1);
    }
    this.maxNewPairs = rowCount;
    const mentorHasArcs = new Uint8Array(mentorCount);
    for (const mentor of arcMentor) mentorHasArcs[mentor] = 1;
    this.mentorRow = new Int32Array(mentorCount).fill(-1);
    for (let mentor = 0; mentor < mentorCount; mentor += 1) {
      if (mentorHasArcs[mentor] === 1) this.mentorRow[mentor] = addRow(RowSense.AtMost, -Infinity, round.openCapacity[mentor]);
    }
    this.totalRow = addRow(RowSense.Equal, 0, 0);

    const fixed = countFixedMatches(round, rows);
    this.groupRowStart = rowCount;
    rows.groups.forEach((_, group) => {
      const required = this.groupShareOfNewPairs(group) * fixed.matched - fixed.groupMatched[group];
      addRow(RowSense.AtLeast, required, Infinity);
    });
    const acrossShare = rows.minAcrossDepartmentsShare;
    this.acrossRow = acrossShare === undefined ? -1 : addRow(RowSense.AtLeast, acrossShare * fixed.matched - fixed.across, Infinity);
    this.rowCount = rowCount;
    this.rowLower = Float64Array.from(lower);
    this.rowUpper = Float64Array.from(upper);
  }

  modelData(
    columns: Int32Array,
    options: { integer: boolean; lower?: Float64Array; upper?: Float64Array },
  ): ModelData {
    const columnCount = columns.length + 1;
    const matrix = this.columnMatrix(columns, true);
    const colCost = new Float64Array(columnCount);
    const colLower = new Float64Array(columnCount);
    const colUpper = new Float64Array(columnCount).fill(1);
    colUpper[0] = this.maxNewPairs;
    columns.forEach((arc, position) => {
      colCost[position + 1] = this.arcs.arcScore[arc];
      if (options.lower) colLower[position + 1] = options.lower[position];
      if (options.upper) colUpper[position + 1] = options.upper[position];
    });
    return {
      numCols: columnCount,
      numRows: this.rowCount,
      sense: this.maximize,
      colCost,
      colLower,
      colUpper,
      rowLower: this.rowLower,
      rowUpper: this.rowUpper,
      matrix,
      // X is integral too (it equals a sum of binaries). Left continuous, HiGHS's MIP presolve can lose
      // feasible assignments when fixed matches loosen the target rows: it reported the empty assignment
      // as optimal with a feasible one of score 17 beside it (matching-engine.targets-fixed.spec.ts).
      ...(options.integer ? { integrality: new Int32Array(columnCount).fill(1) } : {}),
    };
  }

  /** Pair columns to append to a model that already holds X and some pairs. */
  columnData(columns: Int32Array): Parameters<Model['addCols']>[0] {
    return {
      cost: Float64Array.from(columns, (arc) => this.arcs.arcScore[arc]),
      lower: new Float64Array(columns.length),
      upper: new Float64Array(columns.length).fill(1),
      matrix: this.columnMatrix(columns, false),
    };
  }

  /** d_a = (A'y)_a - score_a for one candidate pair. */
  reducedCost(arc: number, rowDual: Float64Array): number {
    const mentee = this.arcMentee[arc];
    const mentor = this.arcs.arcMentor[arc];
    let value = rowDual[this.menteeRow[mentee]] + rowDual[this.mentorRow[mentor]] - rowDual[this.totalRow];
    const group = this.rows.groupOfMentee[mentee];
    if (this.rows.groups.length > 0 && group >= 0) value += rowDual[this.groupRowStart + group];
    if (this.acrossRow >= 0 && this.isAcrossDepartments(mentee, mentor)) value += rowDual[this.acrossRow];
    return value - this.arcs.arcScore[arc];
  }

  /**
   * UB = y.b + sum over all pairs of max(0, -d_a) + max(0, -d_X) * Xmax, with y clipped to the signs that
   * make it a valid bound whatever the solver's accuracy; `margin` covers floating-point error in the sums.
   */
  upperBound(solverRowDual: Float64Array): { value: number; margin: number; reducedCost: Float64Array } {
    const rowDual = Float64Array.from(solverRowDual, (dual, row) => {
      const sense = this.rowSense[row];
      return sense === RowSense.AtMost ? Math.max(0, dual) : sense === RowSense.AtLeast ? Math.min(0, dual) : dual;
    });
    const sum = new CompensatedSum();
    for (let row = 0; row < this.rowCount; row += 1) {
      if (rowDual[row] !== 0) {
        sum.add(rowDual[row] * (this.rowSense[row] === RowSense.AtLeast ? this.rowLower[row] : this.rowUpper[row]));
      }
    }
    const reducedCost = new Float64Array(this.arcs.arcMentor.length);
    for (let arc = 0; arc < reducedCost.length; arc += 1) {
      reducedCost[arc] = this.reducedCost(arc, rowDual);
      if (reducedCost[arc] < 0) sum.add(-reducedCost[arc]);
    }
    let totalColumnCost = rowDual[this.totalRow];
    this.rows.groups.forEach((_, group) => {
      totalColumnCost -= this.groupShareOfNewPairs(group) * rowDual[this.groupRowStart + group];
    });
    if (this.acrossRow >= 0) totalColumnCost -= this.rows.minAcrossDepartmentsShare! * rowDual[this.acrossRow];
    if (totalColumnCost < 0) sum.add(-totalColumnCost * this.maxNewPairs);
    return { value: sum.value(), margin: 1e-9 * sum.magnitude() + 1e-6, reducedCost };
  }

  emptyAssignmentMeetsRows(): boolean {
    return this.rowLower.every((lower) => lower <= 0) && this.rowUpper.every((upper) => upper >= 0);
  }

  /** The pairs whose reduced cost is at most `threshold`, and those of the incumbent. */
  arcsWithinReducedCost(reducedCost: Float64Array, threshold: number, incumbent: Assignment): Int32Array {
    const arcs: number[] = [];
    for (let arc = 0; arc < reducedCost.length; arc += 1) {
      if (reducedCost[arc] <= threshold || incumbent.arcOfMentee[this.arcMentee[arc]] === arc) arcs.push(arc);
    }
    return Int32Array.from(arcs);
  }

  /** A model's column values for an assignment: X first, then 1 for the pairs it uses. */
  startOf(columns: Int32Array, assignment: Assignment): Float64Array {
    const start = new Float64Array(columns.length + 1);
    columns.forEach((arc, position) => {
      if (assignment.arcOfMentee[this.arcMentee[arc]] === arc) {
        start[0] += 1;
        start[position + 1] = 1;
      }
    });
    return start;
  }

  assignmentOf(columns: Int32Array, colValue: Float64Array): Assignment {
    const mentorOfMentee = new Int32Array(this.arcs.menteeCount).fill(-1);
    const arcOfMentee = new Int32Array(this.arcs.menteeCount).fill(-1);
    let totalScore = 0;
    columns.forEach((arc, position) => {
      if (colValue[position + 1] < 0.5) return;
      mentorOfMentee[this.arcMentee[arc]] = this.arcs.arcMentor[arc];
      arcOfMentee[this.arcMentee[arc]] = arc;
      totalScore += this.arcs.arcScore[arc];
    });
    return { mentorOfMentee, arcOfMentee, totalScore };
  }

  /**
   * The group row divided by N, so all its coefficients are at most 1 and HiGHS stays well conditioned:
   * F_g + X_g >= (share * |g| / N) * (F + X).
   */
  private groupShareOfNewPairs(group: number): number {
    return (this.rows.minGroupRateShare * this.rows.groups[group].length) / this.arcs.menteeCount;
  }

  private isAcrossDepartments(mentee: number, mentor: number): boolean {
    return this.round.mentorDepartment[mentor] !== this.round.menteeDepartment[mentee];
  }

  /** Compressed columns, row indices ascending within each column. */
  private columnMatrix(columns: Int32Array, withTotalColumn: boolean): Parameters<Model['addCols']>[0]['matrix'] {
    const columnCount = columns.length + (withTotalColumn ? 1 : 0);
    const starts = new Int32Array(columnCount + 1);
    const indices: number[] = [];
    const values: number[] = [];
    let column = 0;
    if (withTotalColumn) {
      indices.push(this.totalRow);
      values.push(1);
      this.rows.groups.forEach((_, group) => {
        indices.push(this.groupRowStart + group);
        values.push(-this.groupShareOfNewPairs(group));
      });
      if (this.acrossRow >= 0) {
        indices.push(this.acrossRow);
        values.push(-this.rows.minAcrossDepartmentsShare!);
      }
      column = 1;
      starts[column] = indices.length;
    }
    for (const arc of columns) {
      const mentee = this.arcMentee[arc];
      const mentor = this.arcs.arcMentor[arc];
      indices.push(this.menteeRow[mentee], this.mentorRow[mentor], this.totalRow);
      values.push(1, 1, -1);
      const group = this.rows.groupOfMentee[mentee];
      if (this.rows.groups.length > 0 && group >= 0) {
        indices.push(this.groupRowStart + group);
        values.push(1);
      }
      if (this.acrossRow >= 0 && this.isAcrossDepartments(mentee, mentor)) {
        indices.push(this.acrossRow);
        values.push(1);
      }
      column += 1;
      starts[column] = indices.length;
    }
    return {
      format: 'csc',
      numRows: this.rowCount,
      numCols: columnCount,
      starts,
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    };
  }
}

function countFixedMatches(round: PreparedRound, rows: TargetRows): { matched: number; across: number; groupMatched: number[] } {
  const groupMatched = rows.groups.map(() => 0);
  let matched = 0;
  let across = 0;
  round.fixedMentorOfMentee.forEach((mentor, mentee) => {
    if (mentor < 0) return;
    matched += 1;
    if (round.mentorDepartment[mentor] !== round.menteeDepartment[mentee]) across += 1;
    if (rows.groupOfMentee[mentee] >= 0 && rows.groups.length > 0) groupMatched[rows.groupOfMentee[mentee]] += 1;
  });
  return { matched, across, groupMatched };
}

/** Neumaier summation: the bound adds up hundreds of thousands of terms and must stay exact to well under 1. */
class CompensatedSum {
  private sum = 0;
  private compensation = 0;
  private absolute = 0;

  add(term: number): void {
    const next = this.sum + term;
    this.compensation += Math.abs(this.sum) >= Math.abs(term) ? this.sum - next + term : term - next + this.sum;
    this.sum = next;
    this.absolute += Math.abs(term);
  }

  value(): number {
    return this.sum + this.compensation;
  }

  magnitude(): number {
    return this.absolute;
  }
}

let highsLoading: Promise<Highs> | undefined;

function loadSolver(): Promise<Highs> {
  highsLoading ??= loadHighs();
  return highsLoading;
}
