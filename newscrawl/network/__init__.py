"""Where the crawler may connect: address policy, the guarded DNS resolver, private origins.

- ``addresses``: which IP addresses are public (``forbidden_reason``).
- ``origins``: the (host, port) pairs whose private addresses a site opted into.
- ``resolver``: the Twisted name resolver every HTTP connection goes through; it hands the
  connection only addresses that passed the check, so there is no second lookup to rebind.
"""

from newscrawl.network.addresses import forbidden_reason
from newscrawl.network.origins import Origin, origin_of

__all__ = ["Origin", "forbidden_reason", "origin_of"]
