import { describe, expect, it } from "vitest";
import { RequestRateLimiter } from "../../../shared/stores/notion/request-rate-limiter.js";

/** A clock that only moves when the limiter sleeps: the sleeps are the pacing. */
function virtualClock() {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
  };
}

describe(RequestRateLimiter, () => {
  it("lets a burst through, then one request every third of a second", async () => {
    const clock = virtualClock();
    const limiter = new RequestRateLimiter({ requestsPerSecond: 3, burst: 3 }, clock.now, clock.sleep);
    const times: number[] = [];
    for (let index = 0; index < 9; index++) {
      await limiter.take();
      times.push(Math.round(clock.now()));
    }
    expect(times).toEqual([0, 0, 0, 334, 667, 1000, 1334, 1667, 2000]);
  });

  it("serves callers waiting at once in order, none before its turn", async () => {
    const clock = virtualClock();
    const limiter = new RequestRateLimiter({ requestsPerSecond: 3, burst: 1 }, clock.now, clock.sleep);
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4].map((n) => limiter.take().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3, 4]);
    expect(clock.now()).toBeGreaterThanOrEqual(1000);
  });

  it("holds every request back for as long as a Retry-After asked", async () => {
    const clock = virtualClock();
    const limiter = new RequestRateLimiter({ requestsPerSecond: 3, burst: 3 }, clock.now, clock.sleep);
    limiter.pauseFor(2000);
    await limiter.take();
    expect(clock.now()).toBe(2000);
  });
});
