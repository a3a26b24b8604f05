"""A private desktop for one accessibility test: a virtual X display (Xvfb), its own D-Bus
session with the AT-SPI bus (the bus Orca uses), and the app running on it with Qt's
accessibility always on. Everything started here is stopped here; every wait is bounded."""

import os
import shutil
import subprocess
import sys
import time

SKIP = 77  # ctest SKIP_RETURN_CODE: no display server or bus here, nothing was tested


def skip(why):
    print("SKIP: " + why, flush=True)
    sys.exit(SKIP)


def missing_tools(need_xdotool):
    tools = ["Xvfb", "dbus-run-session"] + (["xdotool"] if need_xdotool else [])
    gone = [t for t in tools if shutil.which(t) is None]
    if not os.path.exists("/usr/libexec/at-spi-bus-launcher"):
        gone.append("at-spi-bus-launcher (at-spi2-core)")
    probe = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        gone.append("python3-pyatspi")
    return gone


def start_display(first=None, tries=30, timeout=10):
    """Starts Xvfb on a free display number; returns (process, ':N'). A number in use by an X
    server this process cannot see (another test's, in another /tmp) makes Xvfb exit at once,
    so each number is kept only once a client has connected to it. A11Y_DISPLAY_FIRST sets the
    first number tried (a shared machine's range), else 90; A11Y_DISPLAY_TRIES how many."""
    first = first if first is not None else int(os.environ.get("A11Y_DISPLAY_FIRST", "90"))
    tries = int(os.environ.get("A11Y_DISPLAY_TRIES", tries))
    for number in range(first, first + tries):
        if os.path.exists("/tmp/.X%d-lock" % number):
            continue
        xvfb = subprocess.Popen(["Xvfb", ":%d" % number, "-screen", "0", "1280x1024x24",
                                 "-nolisten", "tcp", "-noreset"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and xvfb.poll() is None:
            probe = subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True,
                                   env={"DISPLAY": ":%d" % number, "PATH": os.environ.get("PATH", "")})
            if probe.returncode == 0:
                return xvfb, ":%d" % number
            time.sleep(0.2)
        if xvfb.poll() is None:
            xvfb.kill()
        xvfb.wait(5)
    skip("Xvfb could not start a display on :%d to :%d" % (first, first + tries - 1))


def enable_accessibility_bus():
    """Starts the AT-SPI bus in this D-Bus session and marks accessibility as on."""
    subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                    "org.freedesktop.DBus.Properties.Set", "string:org.a11y.Status",
                    "string:IsEnabled", "variant:boolean:true"],
                   capture_output=True, timeout=20)
    reply = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                            "/org/a11y/bus", "org.a11y.Bus.GetAddress"], capture_output=True, timeout=20)
    if reply.returncode != 0:
        skip("no AT-SPI bus in the D-Bus session: " + reply.stderr.decode().strip())


def children_of(pid):
    """The processes whose parent is pid, read from /proc (bounded by the process table)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    return found


class Speech:
    """A speech-dispatcher of the test's own, in the foreground, on a socket in the test's
    folder: the app's speech engine connects to it at once instead of spawning a daemon that
    outlives the test (and may hang). None is started where speech-dispatcher is missing; the
    app then says it cannot read aloud, which the flow accepts too."""

    def __init__(self, folder):
        self.process = None
        os.makedirs(folder, exist_ok=True)
        self.socket = os.path.join(folder, "speechd.sock")
        binary = shutil.which("speech-dispatcher")
        if binary is None:
            return
        self.log = open(os.path.join(folder, "speechd.log"), "w")
        self.process = subprocess.Popen([binary, "--run-single", "--communication-method", "unix_socket",
                                         "--socket-path", self.socket, "--timeout", "0",
                                         "--pid-file", os.path.join(folder, "speechd.pid")],
                                        stdout=self.log, stderr=subprocess.STDOUT)
        wait_until(lambda: os.path.exists(self.socket) or self.process.poll() is not None, 10, 0.1,
                   "speech-dispatcher's socket")

    def environment(self):
        return {"SPEECHD_ADDRESS": "unix_socket:" + self.socket} if self.process else {}

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        modules = children_of(self.process.pid)
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:    # a hung one ignores it
            self.process.kill()
            self.process.wait(5)
        for pid in modules:
            try:
                os.kill(pid, 9)
            except OSError:
                pass
        self.log.close()


class App:
    """The app under test, on the virtual display, with its data in a folder of the test."""

    def __init__(self, binary, data, language, display, extra=(), speech=None):
        env = dict(os.environ)
        env.update(speech.environment() if speech else {})
        env.update({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1",
                    "LANG": "C.UTF-8"})
        env.pop("WAYLAND_DISPLAY", None)
        # Its own home: the exported report lands in this run's Documents, not a person's.
        self.home = os.path.join(data, "home")
        os.makedirs(self.home, exist_ok=True)
        env["HOME"] = self.home
        env.pop("XDG_CACHE_HOME", None)
        env.pop("XDG_CONFIG_HOME", None)
        # When the app opened a speech engine (slow: it may start speech-dispatcher), for the log.
        env["QT_LOGGING_RULES"] = "buurtbrug.readaloud.info=true"
        env["QT_MESSAGE_PATTERN"] = "%{time process} %{message}"
        self.log = open(os.path.join(data, "app-%s.log" % language), "w")
        self.process = subprocess.Popen([binary, "--data", data, "--lang", language,
                                         "--size", "390x844", "--now", "2026-11-24T12:30", *extra],
                                        env=env, stdout=self.log, stderr=subprocess.STDOUT)

    def running(self):
        return self.process.poll() is None

    def stop(self):
        code = self.process.poll()
        if code is not None and not self.log.closed:
            # It ended by itself: a crash (a negative code is the signal) is said, not hidden.
            print("  the app had ended by itself with code %d" % code, flush=True)
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.log.close()


def run_inside_own_session(script, args):
    """Re-runs `script` with `args` inside a fresh D-Bus session (dbus-run-session), with
    Debian's python3 (pyatspi is packaged for it), bounded in time."""
    command = ["dbus-run-session", "--", "/usr/bin/python3", script, "--inner", *args]
    try:
        return subprocess.run(command, timeout=600).returncode
    except subprocess.TimeoutExpired:
        print("FAIL: the accessibility session took more than 600 s", flush=True)
        return 1


def wait_until(predicate, timeout, step=0.1, what="condition"):
    """Polls predicate() until it returns something true; returns it, or raises after timeout."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception as error:  # the tree changes while it is read
            last_error = error
        time.sleep(step)
    raise AssertionError("timed out after %.0f s waiting for %s%s" %
                         (timeout, what, " (%s)" % last_error if last_error else ""))
