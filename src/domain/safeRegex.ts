/**
 * The wording rules in data/tiers.json are regular expressions written by contributors. Each is compiled when the
 * dataset is validated (a clear message if it does not compile) and must run in bounded time: JavaScript's
 * backtracking matcher can take exponential time on a repeated group that itself repeats or alternates
 * (`^(a+)+$`, `(a|a)*`), so such patterns, backreferences and overlong patterns are refused.
 */

export const MAX_RULE_PATTERN_LENGTH = 400;

/** Why `source` is not an acceptable rule pattern, or null. */
export function rulePatternProblem(source: string, flags = 'i'): string | null {
  if (source.length > MAX_RULE_PATTERN_LENGTH)
    return `is ${source.length} characters long; a rule pattern may have at most ${MAX_RULE_PATTERN_LENGTH}`;
  try {
    new RegExp(source, flags);
  } catch (error) {
    return `is not a valid regular expression (${error instanceof Error ? error.message : String(error)})`;
  }
  // One pass over the pattern: for every group, whether it holds a quantifier or an alternation, and whether the
  // group itself is repeated (*, + or {n,m}; a ? only makes it optional, which is harmless).
  const stack: { quantified: boolean; alternation: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next))
        return `uses a backreference (\\${next}), which can take exponential time`;
      if (!inClass && next === 'k')
        return 'uses a named backreference (\\k), which can take exponential time';
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push({ quantified: false, alternation: false });
    else if (c === '|') {
      const top = stack[stack.length - 1];
      if (top) top.alternation = true;
    } else if (c === ')') {
      const group = stack.pop();
      if (!group) continue;
      const after = source[i + 1] ?? '';
      const repeated = after === '*' || after === '+' || after === '{';
      if (repeated && (group.quantified || group.alternation))
        return `repeats a group that itself ${group.quantified ? 'repeats' : 'alternates'} (nested quantifier near position ${i}), which can take exponential time; write it without the nesting`;
      const parent = stack[stack.length - 1];
      if (parent && (group.quantified || repeated || after === '?')) parent.quantified = true;
    } else if (c === '*' || c === '+' || c === '{' || (c === '?' && source[i - 1] !== '(')) {
      const top = stack[stack.length - 1];
      if (top) top.quantified = true;
    }
  }
  return null;
}
