// The Firefox smoke test runs on the Firefox production build; refuse to run without it or without Firefox.
import { firefoxReady } from './harness';

export default function setup() {
  const problem = firefoxReady();
  if (problem) throw new Error(problem);
}
