"""A mobile link between a PC and the server, on loopback: a TCP proxy that limits the
bandwidth each way, delays every byte by the link's latency, and cuts every connection after
a set number of bytes has gone through (as a regional centre's 3G does when the signal drops).

Used by tests/sync/test_slow_link.py and benchmarks/sync_bench.py --slow-link.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from dataclasses import dataclass, field

CHUNK = 16 * 1024


@dataclass
class LinkStats:
    down_bytes: int = 0  # server → PC
    up_bytes: int = 0  # PC → server
    cuts: int = 0
    connections: int = 0


@dataclass
class _Direction:
    """One way of the link: bytes leave no faster than ``rate`` allows."""

    rate: float  # bytes per second
    free_at: float = 0.0

    def departure(self, size: int) -> float:
        now = time.monotonic()
        self.free_at = max(self.free_at, now) + size / self.rate
        return self.free_at


@dataclass
class SlowLink:
    """``SlowLink(upstream_port, bits_per_second=1_000_000, latency_s=0.3, cut_every=4 MB)``;
    ``start()`` gives the port a PC connects to; ``close()`` stops it. The latency is the
    round trip: half of it each way."""

    upstream_port: int
    bits_per_second: int = 1_000_000
    latency_s: float = 0.3
    cut_every: int | None = None  # bytes from the server between two cuts
    stats: LinkStats = field(default_factory=LinkStats)

    def __post_init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._open: set[asyncio.StreamWriter] = set()
        self._down = _Direction(self.bits_per_second / 8)
        self._up = _Direction(self.bits_per_second / 8)
        self._since_cut = 0
        self.port = 0

    def start(self) -> int:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._serve(), self._loop)
        self.port = future.result(10)
        return self.port

    def close(self) -> None:
        async def stop() -> None:
            if self._server is not None:
                self._server.close()
            for writer in list(self._open):
                writer.transport.abort()

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    async def _serve(self) -> int:
        self._server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
        return int(self._server.sockets[0].getsockname()[1])

    async def _connection(
        self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter
    ) -> None:
        self.stats.connections += 1
        try:
            server_r, server_w = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            client_w.transport.abort()
            return
        pair = {client_w, server_w}
        self._open |= pair
        try:
            await asyncio.gather(
                self._pump(client_r, server_w, self._up, down=False),
                self._pump(server_r, client_w, self._down, down=True),
            )
        finally:
            for writer in pair:
                writer.transport.abort()
            self._open -= pair

    async def _pump(
        self,
        source: asyncio.StreamReader,
        sink: asyncio.StreamWriter,
        direction: _Direction,
        *,
        down: bool,
    ) -> None:
        """Reads as it comes, delivers each chunk once the link has carried it and the
        latency has passed (a queue keeps the pipe full while chunks are in flight)."""
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()

        async def deliver() -> None:
            while (item := await queue.get()) is not None:
                due, chunk = item
                await asyncio.sleep(max(0.0, due - time.monotonic()))
                if sink.transport.is_closing():
                    return
                if down and self._cut_within(len(chunk)):
                    sink.write(chunk[: self._before_cut()])  # part of it, then the signal drops
                    self._cut()
                    return
                sink.write(chunk)
                with contextlib.suppress(ConnectionError):
                    await sink.drain()
                if down:
                    self.stats.down_bytes += len(chunk)
                    self._since_cut += len(chunk)

        delivering = asyncio.ensure_future(deliver())
        try:
            while chunk := await source.read(CHUNK):
                due = direction.departure(len(chunk)) + self.latency_s / 2
                if not down:
                    self.stats.up_bytes += len(chunk)
                await queue.put((due, chunk))
        except ConnectionError:
            pass
        finally:
            await queue.put(None)
            with contextlib.suppress(ConnectionError):
                await delivering
            if not sink.transport.is_closing():
                with contextlib.suppress(OSError, RuntimeError):
                    sink.write_eof()

    def _cut_within(self, size: int) -> bool:
        return self.cut_every is not None and self._since_cut + size >= self.cut_every

    def _before_cut(self) -> int:
        assert self.cut_every is not None
        return self.cut_every - self._since_cut

    def _cut(self) -> None:
        """The signal drops: every connection at once, mid-answer."""
        self.stats.down_bytes += self._before_cut()
        self._since_cut = 0
        self.stats.cuts += 1
        for writer in list(self._open):
            writer.transport.abort()
