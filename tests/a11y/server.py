"""A real buurtbrug-server on 127.0.0.1 for the join flow: its own data folder with one
organisation and an invite, as a coordinator makes it with buurtbrug-admin. Every wait is
bounded; the server is stopped by whoever started it."""

import json
import os
import re
import subprocess
import time


def admin_json(admin, data, *command):
    done = subprocess.run([admin, *command, "--data", data, "--json"], capture_output=True, text=True,
                          timeout=60)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise AssertionError("buurtbrug-admin %s: %s" % (" ".join(command), done.stderr.strip()))
    return json.loads(lines[-1])


class Server:
    def __init__(self, binary, admin, data, org="visserijplein"):
        self.admin = admin
        self.data = data
        self.org = org
        os.makedirs(data, exist_ok=True)
        admin_json(admin, data, "init")
        admin_json(admin, data, "add-org", org)
        # The port: 0 lets the system choose; A11Y_SERVER_PORT pins it (a shared machine's range).
        port = os.environ.get("A11Y_SERVER_PORT", "0")
        self.log = open(os.path.join(data, "server.log"), "w")
        self.process = subprocess.Popen([binary, "--data", data, "--port", port], stdout=subprocess.PIPE,
                                        stderr=self.log, text=True)
        self.url = None
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and self.process.poll() is None:
            line = self.process.stdout.readline()
            found = re.search(r"listening on (http://[\d.]+:\d+)/", line or "")
            if found:
                self.url = found.group(1)
                break
        if self.url is None:
            self.stop()
            raise AssertionError("buurtbrug-server did not start (see %s)" % self.log.name)

    def invite(self, role):
        return admin_json(self.admin, self.data, "invite", "--role", role, "--org", self.org)["code"]

    def devices(self):
        """The devices enrolled with this server (buurtbrug-admin devices)."""
        return admin_json(self.admin, self.data, "devices").get("devices", [])

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.log.close()
