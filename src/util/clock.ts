/** The clock as a parameter, so time-dependent logic is tested without faking globals. */
export interface Clock {
  now(): Date;
  /** monotonic milliseconds */
  monotonic(): number;
}

export const systemClock: Clock = {
  now: () => new Date(),
  monotonic: () => performance.now(),
};
