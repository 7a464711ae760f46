import type { CandidateArcs } from './candidate-arcs';
import type { Assignment } from './max-score-assignment';

/**
 * Best pair first: take candidate pairs from the highest score down and keep each one whose mentee is
 * still free and whose mentor has room. Not optimal; kept as the baseline the benchmark compares with.
 */
export function solveGreedyAssignment(arcs: CandidateArcs, capacity: Int32Array): Assignment {
  const { menteeCount, arcStart, arcMentor, arcScore } = arcs;
  const arcMentee = new Int32Array(arcMentor.length);
  for (let mentee = 0; mentee < menteeCount; mentee += 1) {
    arcMentee.fill(mentee, arcStart[mentee], arcStart[mentee + 1]);
  }
  const order = Uint32Array.from(arcMentor.keys());
  // Arcs are in (mentee, mentor) order already, so the arc index settles ties the same way every run.
  order.sort((a, b) => arcScore[b] - arcScore[a] || a - b);

  const mentorOfMentee = new Int32Array(menteeCount).fill(-1);
  const arcOfMentee = new Int32Array(menteeCount).fill(-1);
  const used = new Int32Array(capacity.length);
  let totalScore = 0;
  for (const arc of order) {
    const mentee = arcMentee[arc];
    const mentor = arcMentor[arc];
    if (mentorOfMentee[mentee] !== -1 || used[mentor] >= capacity[mentor]) continue;
    mentorOfMentee[mentee] = mentor;
    arcOfMentee[mentee] = arc;
    used[mentor] += 1;
    totalScore += arcScore[arc];
  }
  return { mentorOfMentee, arcOfMentee, totalScore };
}
