"""Headless Chromium over the DevTools protocol (a pipe, no extra package): load a page, read its DOM, list every
network request it made, take screenshots. Used by the browser test and scripts/screenshot_report.py.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


class BrowserError(RuntimeError):
    """Chromium is missing, did not start, or the page did not finish."""


def find_chromium() -> str | None:
    return next((path for name in CANDIDATES if (path := shutil.which(name))), None)


class Page:
    """One Chromium process with one tab, driven over --remote-debugging-pipe (fd 3 in, fd 4 out)."""

    def __init__(self, width: int = 1280, height: int = 900, timeout: float = 60.0) -> None:
        exe = find_chromium()
        if exe is None:
            raise BrowserError("chromium not found (Debian: apt-get install chromium)")
        self.timeout = timeout
        self.requests: list[str] = []
        self.errors: list[str] = []
        self._events: list[dict] = []
        self._next_id = 0
        self._buffer = b""
        self._profile = tempfile.mkdtemp(prefix="kompetens-chromium-")
        cmd_r, self._cmd_w = os.pipe()
        self._res_r, res_w = os.pipe()

        def wire() -> None:  # in the child: the protocol pipes become fds 3 and 4
            a, b = os.dup(cmd_r), os.dup(res_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        flags = [
            "--headless", "--remote-debugging-pipe", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--proxy-server=http://127.0.0.1:9",  # belt and braces: nothing the page asks for can leave the machine
            f"--user-data-dir={self._profile}", f"--window-size={width},{height}",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            flags.append("--no-sandbox")  # Chromium refuses to run its sandbox as root (CI containers)
        self._proc = subprocess.Popen(
            [exe, *flags, "about:blank"], preexec_fn=wire, pass_fds=(3, 4),
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(cmd_r)
        os.close(res_w)
        target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Network", "Page", "Runtime"):
            self.call(f"{domain}.enable")

    # -- protocol ---------------------------------------------------------------------------------------------
    def _read_message(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._res_r], [], [], left)[0]:
                raise BrowserError("chromium did not answer in time")
            chunk = os.read(self._res_r, 1 << 20)
            if not chunk:
                raise BrowserError("chromium exited")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def _handle_event(self, message: dict) -> None:
        method, params = message.get("method"), message.get("params", {})
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.errors.append(details.get("exception", {}).get("description") or details.get("text", "error"))
        self._events.append(message)

    def _call(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._cmd_w, json.dumps(message).encode("utf-8") + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            self._handle_event(reply)

    def call(self, method: str, params: dict | None = None) -> dict:
        return self._call(method, params, self._session)

    # -- page -------------------------------------------------------------------------------------------------
    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return result.get("result", {}).get("value")

    def open(self, path: Path) -> None:
        """Load a local file and wait until the report has drawn (it sets body[data-ready])."""
        self.call("Page.navigate", {"url": path.resolve().as_uri()})
        self.wait("document.body && document.body.dataset.ready === '1'")

    def wait(self, condition: str) -> None:
        """Wait until the JS expression `condition` is true; fail early if the page reports an error."""
        deadline = time.monotonic() + self.timeout
        while not self.evaluate(f"Boolean({condition})"):
            error = self.evaluate("document.body ? document.body.dataset.error || '' : ''")
            if error:
                raise BrowserError(f"the page reported: {error}")
            if time.monotonic() > deadline:
                raise BrowserError(f"not true after {self.timeout:.0f} s: {condition} (JS errors: {self.errors})")
            time.sleep(0.05)

    def dom(self) -> str:
        return self.evaluate("document.documentElement.outerHTML")

    def screenshot(self, out: Path, selector: str | None = None, height: int | None = None) -> Path:
        """PNG of the page from the top of `selector` (or of the page), `height` CSS pixels tall."""
        top = self.evaluate(
            f"(() => {{ const n = document.querySelector({json.dumps(selector)}); "
            "return n ? n.getBoundingClientRect().top + window.scrollY : 0; })()"
        ) if selector else 0
        width = self.evaluate("document.documentElement.clientWidth")
        full = self.evaluate("document.documentElement.scrollHeight")
        clip = {"x": 0, "y": max(0, top - 8), "width": width, "height": min(height or full, full), "scale": 1}
        shot = self.call("Page.captureScreenshot", {"format": "png", "clip": clip, "captureBeyondViewport": True})
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(base64.b64decode(shot["data"]))
        return out

    def close(self) -> None:
        with contextlib.suppress(BrowserError):
            self._call("Browser.close")
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        for fd in (self._cmd_w, self._res_r):
            with contextlib.suppress(OSError):
                os.close(fd)
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Page:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
