// The time source every lib service receives, so logic is tested with a fixed
// clock and never calls Date.now() itself. The real one is in lib/platform.
export interface Clock {
  now(): number;
}
