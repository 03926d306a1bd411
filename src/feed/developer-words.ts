/**
 * The developer's words for what went wrong (developer-message.ts): loaded with the error views
 * (src/elements/shared/error-views.ts) and by the server; importing it registers them.
 */
import { registerProblemWords, type Problem } from './errors.js';

/** The problem in a sentence: what was wrong and, where it helps, what would be valid. */
function problemSentence(problem: Problem): string {
  switch (problem[0]) {
    case 'http':
      return `The feed server answered ${problem[1]} ${problem[2]} for ${problem[3]}.`;
    case 'timeout':
      return `The feed did not arrive within ${problem[1]} s (${problem[2]}).`;
    case 'unreachable':
      return `The feed could not be reached (${problem[1]}): ${problem[2]}.`;
    case 'empty':
      return `The feed at ${problem[1]} is empty.`;
    case 'html':
      return `The feed at ${problem[1]} is an HTML page, not JSON.`;
    case 'json':
      return `The feed at ${problem[1]} is not valid JSON: ${problem[2]}.`;
    case 'inline-json':
      return `The inline feed is not valid JSON: ${problem[1]}.`;
    case 'empty-address':
      return 'The feed address is empty.';
    case 'scheme':
      return `Refused feed address "${problem[1]}": only http, https and relative addresses are fetched.`;
    case 'invalid-address':
      return `"${problem[1]}" is not a valid address.`;
    case 'protocol':
      return `Refused feed address "${problem[1]}": it resolves to ${problem[2]}, only http and https are fetched.`;
    case 'metric':
      return `The feed "${problem[1]}" has no metric ${problem[2]}; it has: ${problem[3]}.`;
  }
}

registerProblemWords(problemSentence);
