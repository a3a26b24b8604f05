#!/usr/bin/env python3
"""ctest entry of the accessibility tests: starts a private desktop (session.py) and runs

  flows LANG   the flows of issue 20 by touch, by a screen reader (AT-SPI only) and by
               keyboard alone, each on a fresh copy of the same data, and compares what each
               stored with what touch stored;
  audit LANG   every main page's accessibility tree against the rules in audit.py.

Exits 77 (skipped) when no display server or accessibility bus can be started here."""

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import session  # noqa: E402


def arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["flows", "audit"])
    parser.add_argument("language")
    parser.add_argument("--app", required=True)
    parser.add_argument("--admin", required=True)
    parser.add_argument("--server", help="buurtbrug-server, for joining an organisation")
    parser.add_argument("--translations", required=True)
    parser.add_argument("--operators", default="touch,atspi,keyboard")
    parser.add_argument("--only", help="run only these flows (comma-separated names), to watch one")
    parser.add_argument("--font-scale", default="1")
    parser.add_argument("--keep", help="keep the data folders here")
    parser.add_argument("--inner", action="store_true")
    return parser.parse_args()


def admin(args, *command):
    done = subprocess.run([args.admin, *command], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise AssertionError("buurtbrug-admin %s: %s" % (" ".join(command), done.stderr.strip()))
    return done.stdout


def prepare_data(args, folder, display):
    """The sample neighbourhood, as the app loads it, plus one card of Het Wijkpaleis."""
    template = os.path.join(folder, "template")
    os.makedirs(template)
    subprocess.run([args.app, "--data", template, "--sample", "--lang", args.language,
                    "--now", "2026-11-24T12:30", "--screenshot", os.path.join(folder, "first.png")],
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, timeout=120,
                   check=True)
    issued = admin(args, "card", "issue", "--org", "visserijplein", "--initiative", "initiative:wijkpaleis",
                   "--from", "2026-11-01", "--until", "2027-01-31", "--data", template)
    code = re.search(r"card (\S+)", issued).group(1)
    return template, code


# What differs between two runs of the same flow and says nothing about what was stored.
VOLATILE = re.compile(r"^(_rev|_revisions|_conflicts|at|createdAt|updatedAt|loggedAt|modifiedAt|"
                      r"time|timestamp|device|deviceId|seq|stampedAt|changedAt)$")


GENERATED = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,}")


def normalised(value):
    if isinstance(value, dict):
        return {k: normalised(v) for k, v in sorted(value.items()) if not VOLATILE.match(k)}
    if isinstance(value, list):
        return [normalised(v) for v in value]
    return value


def stored(args, data):
    """What the app stored: every database of the folder, as `buurtbrug-admin export` gives it,
    without revisions and clock times; documents keyed by type and content, not by random id."""
    exported = json.loads(admin(args, "export", "--data", data))
    docs = []
    for database, rows in sorted(exported.get("databases", {}).items()):
        for doc in rows:
            docs.append(dict(doc, database=database))
    kept = []
    for doc in docs:
        body = normalised(doc)
        # Generated ids differ per run; the kind ("tally:") and the content stay.
        if "_id" in body:
            body["_id"] = GENERATED.sub("*", body["_id"])
        kept.append(json.dumps(body, sort_keys=True, ensure_ascii=False))
    return sorted(kept)


def expected_changes(before, after, only=None):
    """What the flows must have stored, whoever ran them: one conversation today in Arabic
    about housing (the chat chip went on and off again), a second one taken back, the first
    follow-up marked as arrived, three people at today's first activity, a contact referred to
    a professional, one stamp for Het Wijkpaleis, the card added to this phone with its progress
    shared. (Joining and the export are checked on the server and the file.)"""
    import flows                   # what the flows type (imports pyatspi: inside the session)
    new = [json.loads(d) for d in after if d not in before]
    if only:
        return []
    problems = []
    tallies = [d for d in new if d.get("type") == "tally"]
    if [(d.get("language"), d.get("needs"), d.get("does")) for d in tallies] != [("ar", ["housing"], None)]:
        problems.append("expected one tally in ar about housing, got %s" % tallies)
    if len([d for d in new if d.get("_deleted") and d.get("_id", "").startswith("tally:")]) != 1:
        problems.append("expected one tally taken back")
    if len([d for d in new if d.get("type") == "contact"
            and d.get("referral", {}).get("status") == "arrived"]) != 1:
        problems.append("expected one follow-up marked arrived")
    if not [d for d in new if "stamp" in json.dumps(d)]:
        problems.append("expected a stamp")
    attendance = [d for d in new if d.get("type") == "visit"]
    if [d.get("count") for d in attendance] != [3]:
        problems.append("expected one attendance of 3, got %s" % attendance)
    contacts = [d for d in new if d.get("type") == "contact" and d.get("person") == flows.CONTACT_CODE]
    if len(contacts) != 1 or flows.REFERRED_TO not in json.dumps(contacts[0].get("referral")):
        problems.append("expected contact %s referred to %s, got %s" % (flows.CONTACT_CODE, flows.REFERRED_TO, contacts))
    if not [d for d in new if d.get("shareProgress") is True]:
        problems.append("expected a card with its progress shared, got %s"
                        % [d for d in new if "card" in d.get("_id", "")][:3])
    return ["%s" % p for p in problems]


def inner(args):
    display_process, display = session.start_display()
    apps = []
    servers = []
    stoppers = []
    try:
        os.environ["DISPLAY"] = display
        session.enable_accessibility_bus()
        import at                      # noqa: E402  (pyatspi connects to this session's bus)
        import operators               # noqa: E402
        from flows import Flows        # noqa: E402
        from translations import Translations  # noqa: E402
        import audit                   # noqa: E402
        from server import Server      # noqa: E402

        tr = Translations(args.translations, args.language)
        folder = args.keep or tempfile.mkdtemp(prefix="buurtbrug-a11y-")
        template, code = prepare_data(args, folder, display)
        results = {}
        failures = []
        names = args.operators.split(",") if args.mode == "flows" else ["audit"]
        only = args.only.split(",") if args.only else None
        heard = at.Announcements()
        for name in names:
            data = os.path.join(folder, name)
            shutil.copytree(template, data)
            # Each run joins its own server, so no run pulls what another one pushed.
            server = Server(args.server, args.admin, os.path.join(folder, name + "-server")) if args.server else None
            servers.append(server)
            # A speech-dispatcher per run: one that served an app which was then stopped may
            # hang the next app's speech engine.
            speech = session.Speech(os.path.join(folder, name + "-speech"))
            stoppers.append(speech)
            app = session.App(args.app, data, args.language, display,
                              ["--font-scale", args.font_scale], speech)
            apps.append(app)
            root = at.find_app()
            at.find(root, "heading", tr("Initiatives nearby"), timeout=30)
            operators.focus_window(display)
            started = time.monotonic()
            try:
                if args.mode == "flows":
                    op = operators.OPERATORS[name](root, display)
                    join = (server.url, server.invite("coordinator")) if server else None
                    # The store is read while the app runs (WAL), just before it joins.
                    def before_join(name=name, data=data):
                        results[name] = stored(args, data)
                    try:
                        Flows(root, op, tr, code, "Wijkpaleis", join=join, heard=heard).all(only, before_join)
                    except AssertionError:
                        # What the screen showed when the flow stopped, for a person to look at.
                        import screen  # noqa: E402
                        shot = os.path.join(args.keep or tempfile.gettempdir(), "a11y-%s-%s-failure.png"
                                            % (args.language, name.replace(" ", "-")))
                        screen.Screen(display).save_png(shot)
                        print("  the screen at the failure: %s" % shot, flush=True)
                        raise
                else:
                    join = (server.url, server.invite("coordinator")) if server else None
                    failures += audit.audit_pages(root, tr, operators.Keyboard(root, display), display, join)
            finally:
                print("  %s took %.0f s" % (name, time.monotonic() - started), flush=True)
                app.stop()
            if args.mode == "flows":
                if name not in results:
                    results[name] = stored(args, data)
                failures += ["%s: %s" % (name, p) for p in expected_changes(stored(args, template), results[name], only)]
                if server and not only:
                    if len(server.devices()) != 1:
                        failures.append("%s: expected the server to know one joined device, got %d"
                                        % (name, len(server.devices())))
                    exports = glob.glob(os.path.join(app.home, "Documents", "Buurtbrug", "*-report-*.csv"))
                    if len(exports) != 1 or os.path.getsize(exports[0]) == 0:
                        failures.append("%s: expected one exported report, got %s" % (name, exports))
                    # The export is compared by what it holds, not by where it went.
                    results[name] = results[name] + ["export: " + open(e, encoding="utf-8").read() for e in exports]
            if server:
                server.stop()
            speech.stop()
        if args.mode == "flows":
            for name, docs in results.items():
                if name == "touch":
                    continue
                if "touch" in results and docs != results["touch"]:
                    only_touch = [d for d in results["touch"] if d not in docs]
                    only_here = [d for d in docs if d not in results["touch"]]
                    failures.append("%s stored otherwise than touch:\n  touch only: %s\n  %s only: %s"
                                    % (name, only_touch[:5], name, only_here[:5]))
        print("%d operators ran the %s of issue 20 in %s" % (len(names), args.mode, args.language))
        for failure in failures:
            print("FAIL: " + failure, flush=True)
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
        return 1 if failures else 0
    finally:
        for app in apps:
            app.stop()
        for server in servers + stoppers:
            if server:
                server.stop()
        display_process.terminate()
        display_process.wait(10)


def main():
    args = arguments()
    if args.inner:
        try:
            return inner(args)
        except AssertionError as error:
            print("FAIL: %s" % error, flush=True)
            return 1
    gone = session.missing_tools(need_xdotool=True)
    if gone:
        session.skip("missing " + ", ".join(gone))
    return session.run_inside_own_session(os.path.abspath(__file__), sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
