"""The shared frontier of one site in Redis: queue, run-scoped dupefilter, leases, workers.

Keys (``<p>`` = ``newscrawl:<site>``), all run-scoped: deleted by the last worker to leave.

* ``<p>:queue``      sorted set of encoded requests (scrapy-redis ``PriorityQueue`` format)
* ``<p>:dupefilter`` set of request fingerprints (scrapy-redis ``RFPDupeFilter``)
* ``<p>:leases``     hash lease id -> ``<score>\\n<encoded request>``: requests a worker popped
  and has not finished yet
* ``<p>:lease_exp``  sorted set lease id -> expiry (Redis server time); the holder renews its
  leases while alive; expired leases go back to the queue (a worker died)
* ``<p>:workers``    sorted set worker -> expiry, renewed by each live worker

A run starts when a worker joins and no other worker is alive: it clears what a dead run left
(so the seeds pass the dupefilter again). It ends when the queue is empty and no lease is held:
every worker then closes; the last to leave deletes the keys. All steps that read and write
several keys are Lua scripts (atomic in Redis), and every clock is Redis's ``TIME``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

_NOW = "local t = redis.call('TIME') local now = tonumber(t[1]) + tonumber(t[2]) / 1000000 "

JOIN = (
    _NOW
    + """
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local fresh = 0
if redis.call('ZCARD', KEYS[1]) == 0 then
  redis.call('DEL', KEYS[2], KEYS[3], KEYS[4], KEYS[5])
  fresh = 1
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
return fresh
"""
)
"""KEYS: workers, queue, dupefilter, leases, lease_exp. ARGV: worker, ttl. 1 = a fresh run."""

LEAVE = (
    _NOW
    + """
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) == 0 then
  redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5])
  return 1
end
return 0
"""
)
"""KEYS as JOIN. ARGV: worker. 1 = this was the last worker; the run's keys are gone."""

POP = (
    _NOW
    + """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
redis.call('HSET', KEYS[2], ARGV[1], r[2] .. '\\n' .. r[1])
redis.call('ZADD', KEYS[3], now + tonumber(ARGV[2]), ARGV[1])
return r[1]
"""
)
"""KEYS: queue, leases, lease_exp. ARGV: lease id, ttl. The request, leased; nil if empty."""

RENEW = (
    _NOW
    + """
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
for i = 3, #ARGV do redis.call('ZADD', KEYS[2], 'XX', now + tonumber(ARGV[2]), ARGV[i]) end
return 0
"""
)
"""KEYS: workers, lease_exp. ARGV: worker, ttl, lease ids... (only leases still held)."""

REQUEUE = (
    _NOW
    + """
local ids = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now)
for _, id in ipairs(ids) do
  local v = redis.call('HGET', KEYS[2], id)
  if v then
    local i = string.find(v, '\\n', 1, true)
    redis.call('ZADD', KEYS[1], tonumber(string.sub(v, 1, i - 1)), string.sub(v, i + 1))
    redis.call('HDEL', KEYS[2], id)
  end
  redis.call('ZREM', KEYS[3], id)
end
return #ids
"""
)
"""KEYS: queue, leases, lease_exp. Expired leases back to the queue; how many."""


class FrontierKeys:
    """The Redis key names of one site's frontier."""

    def __init__(self, site: str, prefix: str = "newscrawl") -> None:
        base = f"{prefix}:{site}"
        self.queue = f"{base}:queue"
        self.dupefilter = f"{base}:dupefilter"
        self.leases = f"{base}:leases"
        self.lease_exp = f"{base}:lease_exp"
        self.workers = f"{base}:workers"
        self.politeness = f"{prefix}:polite"

    def run_keys(self) -> list[str]:
        return [self.workers, self.queue, self.dupefilter, self.leases, self.lease_exp]


class Frontier:
    """One worker's handle on a site's shared frontier (``server``: a ``redis.Redis``)."""

    def __init__(self, server: Any, site: str, worker: str, *, lease_seconds: float) -> None:
        self.server = server
        self.keys = FrontierKeys(site)
        self.worker = worker
        self.lease_seconds = lease_seconds
        self.held: list[str] = []
        """Lease ids this worker holds (popped, not released)."""
        self._ids = itertools.count()
        self._join = server.register_script(JOIN)
        self._leave = server.register_script(LEAVE)
        self._pop = server.register_script(POP)
        self._renew = server.register_script(RENEW)
        self._requeue = server.register_script(REQUEUE)

    def join(self) -> bool:
        """Register this worker; True when it starts a fresh run (nobody else alive)."""
        return bool(self._join(keys=self.keys.run_keys(), args=[self.worker, self.lease_seconds]))

    def leave(self) -> bool:
        """Unregister; True when this was the last worker (the run's keys are deleted)."""
        return bool(self._leave(keys=self.keys.run_keys(), args=[self.worker]))

    def pop(self) -> bytes | None:
        """The next encoded request, leased to this worker; None when the queue is empty."""
        lease = f"{self.worker}:{next(self._ids)}"
        data = self._pop(
            keys=[self.keys.queue, self.keys.leases, self.keys.lease_exp], args=[lease, self.lease_seconds]
        )
        if data is None:
            return None
        self.held.append(lease)
        return bytes(data)

    def heartbeat(self) -> int:
        """Renew this worker and its leases; put expired leases (dead workers') back in the
        queue. Returns how many were put back."""
        keys = [self.keys.workers, self.keys.lease_exp]
        self._renew(keys=keys, args=[self.worker, self.lease_seconds, *self.held])
        return int(self._requeue(keys=[self.keys.queue, self.keys.leases, self.keys.lease_exp]))

    def release(self, leases: Sequence[str] | None = None) -> None:
        """Done with these leases (default: all held): their requests are finished for good."""
        done = list(self.held if leases is None else leases)
        if not done:
            return
        pipe = self.server.pipeline()
        pipe.hdel(self.keys.leases, *done)
        pipe.zrem(self.keys.lease_exp, *done)
        pipe.execute()
        gone = set(done)
        self.held = [lease for lease in self.held if lease not in gone]

    def pending(self) -> tuple[int, int]:
        """(requests queued, requests leased by any worker)."""
        pipe = self.server.pipeline()
        pipe.zcard(self.keys.queue)
        pipe.hlen(self.keys.leases)
        queued, leased = pipe.execute()
        return int(queued), int(leased)

    def queued(self) -> int:
        return int(self.server.zcard(self.keys.queue))
