#!/usr/bin/env python3
"""A real-browser walkthrough of Hearth: two people, two headless Chromium browsers.

What it checks, in order (each step asserts and stops with a clear message when it fails):

  1. The server starts on a free port with a fresh SQLite folder and answers /healthz.
  2. Two people (A and B) sign up with unique handles and land on Today.
  3. A invites from /settings; B enters the code and the two are paired.
  4. A maps two parts on /parts, relates them (the SVG map and the list show it) and shares one
     of them from its page (/parts/{id}).
  5. B sees the shared part on /partner, and nothing of the private one.
  6. A takes a pause through /pauses -> /practices/pause and ticks "share"; B sees it on /partner.
  7. Both check in through /practices/four-foundations; A's /checkins shows SVG charts with A's
     line and B's line.
  8. /coach shows a live result for "You never listen to me." ("... from a part"), with the
     cue ("never") marked in the message.
  9. A downloads /settings/export with the browser's own session: JSON, format "hearth-export".
 10. A deletes the account with the password, lands on /signup, and is signed out for good;
     B is no longer shown anything of A.
 11. The server stops on SIGTERM within 10 seconds (graceful shutdown).

Along the way it saves a screenshot of every page at phone width (360x800) and desktop width
(1280x900), full-page height up to 4000 px, as NAME-phone.png and NAME-desktop.png in
$SCREENSHOT_DIR (default .build/screenshots). Console errors in the browsers (a script that
failed, a blocked resource) fail the walkthrough too.

Run it from the repository root, after `swift build --product hearth`:

    python3 Tests/Browser/walkthrough.py [--bin .build/debug/hearth]

or `scripts/browser-test.sh`, which installs what is missing and builds first. The binary may
also be given as $HEARTH_BIN. Needs Python 3, selenium 4, /usr/bin/chromium and
/usr/bin/chromedriver. Exit code 0 when everything passed, 1 (with the reason) otherwise.
"""

import argparse
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from urllib.parse import urlparse

from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SIZES = {"phone": (360, 800), "desktop": (1280, 900)}
MAX_SHOT_HEIGHT = 4000
WAIT = 10  # seconds for any one thing to appear
# Console errors that are not the app's fault: Hearth serves no favicon, and browsers always ask.
IGNORED_CONSOLE = ("/favicon.ico ",)


class WalkthroughFailed(Exception):
    """A step did not do what it should; the message says which and what was seen."""


def fail(message):
    raise WalkthroughFailed(message)


def step(title):
    print(f"-- {title}", flush=True)


# The server -----------------------------------------------------------------------------------

def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`hearth serve` on a free port with a fresh data folder, its output kept in a log file."""

    def __init__(self, binary):
        self.binary = binary
        self.port = free_port()
        self.data_dir = tempfile.mkdtemp(prefix="hearth-browser-")
        self.log_path = os.path.join(self.data_dir, "server.log")
        self.process = None
        self.base = f"http://127.0.0.1:{self.port}"

    def start(self, timeout=60):
        log = open(self.log_path, "w")
        self.process = subprocess.Popen(
            [self.binary, "serve", "--port", str(self.port), "--data-dir", self.data_dir],
            stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                fail(f"the server exited with code {self.process.returncode} before answering /healthz:\n{self.log()}")
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2) as response:
                    if response.status == 200 and response.read().strip() == b"ok":
                        return
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                pass
            time.sleep(0.2)
        fail(f"the server did not answer /healthz within {timeout} s:\n{self.log()}")

    def stop(self, grace=10):
        """SIGTERM, then the time it took to exit; fails if it took longer than `grace` seconds."""
        if self.process is None or self.process.poll() is not None:
            return None
        started = time.time()
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            fail(f"the server did not exit within {grace} s of SIGTERM (no graceful shutdown):\n{self.log()}")
        elapsed = time.time() - started
        if code != 0:
            fail(f"the server exited with code {code} after SIGTERM (expected 0):\n{self.log()}")
        return elapsed

    def kill(self):
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def log(self, lines=40):
        try:
            with open(self.log_path) as handle:
                return "".join(handle.readlines()[-lines:])
        except OSError:
            return "(no server log)"


# The browsers ---------------------------------------------------------------------------------

def make_driver():
    options = Options()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--window-size=1280,900"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


class Person:
    """One person with their own browser (so their own cookies and session)."""

    def __init__(self, label, display_name, server, shots):
        suffix = secrets.token_hex(3)
        self.label = label
        self.display_name = display_name
        self.handle = f"{display_name.lower()}-{suffix}"
        self.password = f"warm kettle {secrets.token_hex(4)} morning"
        self.server = server
        self.shots = shots
        self.driver = make_driver()
        self.console_errors = []

    # Navigation and looking ----------------------------------------------------------------

    def path(self):
        return urlparse(self.driver.current_url).path

    def go(self, path):
        self.driver.get(self.server.base + path)
        self.check_page(f"GET {path}")

    def check_page(self, doing):
        """Fails with the page's message if the server answered with its error page."""
        self.collect_console()
        headings = self.driver.find_elements(By.TAG_NAME, "h1")
        if headings and headings[0].text.strip() == "Sorry":
            message = self.text("main")
            fail(f"{self.label}: {doing} showed the error page at {self.driver.current_url}: {message!r}")
        notices = self.driver.find_elements(By.CSS_SELECTOR, "main .notice[role=alert]")
        if notices and notices[0].text.strip():
            fail(f"{self.label}: {doing} at {self.driver.current_url} showed the message {notices[0].text.strip()!r}")

    def collect_console(self):
        try:
            entries = self.driver.get_log("browser")
        except WebDriverException:
            return
        for entry in entries:
            message = entry.get("message", "")
            if entry.get("level") == "SEVERE" and not any(ignored in message for ignored in IGNORED_CONSOLE):
                self.console_errors.append(f"{self.driver.current_url}: {message}")

    def expect_path(self, expected, doing):
        if self.path() != expected:
            fail(f"{self.label}: after {doing} expected to be on {expected}, but the browser is at "
                 f"{self.driver.current_url} (heading {self.heading()!r})")

    def find(self, css, doing=None):
        try:
            return WebDriverWait(self.driver, WAIT).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))
        except TimeoutException:
            fail(f"{self.label}: no element {css!r} on {self.driver.current_url}"
                 + (f" ({doing})" if doing else "") + f"; the page says: {self.text('main')[:400]!r}")

    def text(self, css):
        elements = self.driver.find_elements(By.CSS_SELECTOR, css)
        return elements[0].text if elements else ""

    def heading(self):
        return self.text("h1")

    def expect_in(self, css, words, doing):
        found = self.find(css, doing).text
        if words not in found:
            fail(f"{self.label}: {doing}: expected {words!r} in {css} on {self.driver.current_url}, found {found!r}")

    # Forms -----------------------------------------------------------------------------------

    def fill(self, form, name, value):
        field = form.find_element(By.NAME, name)
        field.clear()
        field.send_keys(str(value))

    def tick(self, form, name, value):
        box = form.find_element(By.CSS_SELECTOR, f'input[name="{name}"][value="{value}"]')
        if not box.is_selected():
            box.click()

    def tick_labelled(self, form, name, label):
        """Ticks the checkbox (or radio) named `name` whose label reads `label`."""
        for box in form.find_elements(By.CSS_SELECTOR, f'input[name="{name}"]'):
            if box.find_element(By.XPATH, "..").text.strip() == label:
                if not box.is_selected():
                    box.click()
                return
        fail(f"{self.label}: no {name!r} choice labelled {label!r} on {self.driver.current_url}")

    def submit(self, form, doing, button_css="button[type=submit]"):
        button = form.find_element(By.CSS_SELECTOR, button_css)
        old = self.driver.find_element(By.TAG_NAME, "html")
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
        button.click()
        try:
            WebDriverWait(self.driver, WAIT).until(EC.staleness_of(old))
        except TimeoutException:
            fail(f"{self.label}: {doing}: the form did not submit (still on {self.driver.current_url})")
        self.check_page(doing)

    # Screenshots -----------------------------------------------------------------------------

    def screenshot(self, name):
        """Saves NAME-phone.png and NAME-desktop.png, full-page height (capped).

        The viewport is set exactly through the DevTools protocol (a window size would include
        the browser's own frame); the phone size also behaves as a mobile viewport."""
        for size, (width, height) in SIZES.items():
            self.set_viewport(width, height, mobile=size == "phone")
            page = self.driver.execute_script(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
            self.set_viewport(width, min(max(height, page), MAX_SHOT_HEIGHT), mobile=size == "phone")
            self.driver.execute_script("window.scrollTo(0, 0)")
            path = os.path.join(self.shots.directory, f"{name}-{size}.png")
            if not self.driver.save_screenshot(path):
                fail(f"could not save the screenshot {path}")
            self.shots.saved.append(path)
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def set_viewport(self, width, height, mobile):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    def save_failure_screenshot(self):
        """What this person's browser showed when the walk failed, as failed-A.png or failed-B.png."""
        path = os.path.join(self.shots.directory, f"failed-{self.label}.png")
        try:
            self.driver.save_screenshot(path)
            print(f"   {self.label}'s browser at the failure ({self.driver.current_url}): {path}", file=sys.stderr)
        except WebDriverException:
            pass

    def quit(self):
        try:
            self.driver.quit()
        except WebDriverException:
            pass


class Shots:
    def __init__(self, directory):
        self.directory = directory
        self.saved = []
        os.makedirs(directory, exist_ok=True)
        for label in ("A", "B"):  # from an earlier failed run
            stale = os.path.join(directory, f"failed-{label}.png")
            if os.path.exists(stale):
                os.remove(stale)


# The walk -------------------------------------------------------------------------------------

def sign_up(person):
    step(f"{person.label} signs up as {person.handle}")
    person.go("/signup")
    if person.label == "A":
        person.screenshot("signup")
    form = person.find("form[action='/signup']")
    person.fill(form, "handle", person.handle)
    person.fill(form, "displayName", person.display_name)
    person.fill(form, "password", person.password)
    person.submit(form, "signing up")
    person.expect_path("/", "signing up")
    if person.display_name not in person.heading():
        fail(f"{person.label}: Today should greet {person.display_name}, its heading is {person.heading()!r}")


def pair(a, b):
    step("A invites, B accepts the code")
    a.go("/settings")
    invite = a.find("#invite", "the invite button")
    a.submit(invite.find_element(By.XPATH, "./ancestor::form"), "inviting")
    code = a.find("#invite-code", "the invitation code").text.strip()
    if not code:
        fail("A: /settings showed an empty #invite-code after inviting")
    b.go("/settings")
    form = b.find("#accept-form")
    b.fill(form, "code", code)
    b.submit(form, "accepting the code")
    b.expect_in("#partner-settings", f"paired with {a.display_name}", "B after accepting A's code")
    a.go("/settings")
    a.expect_in("#partner-settings", f"paired with {b.display_name}", "A after B accepted")


def add_part(person, name, role, strategies=(), feelings="", needs=""):
    person.go("/parts")
    form = person.find("#add-part")
    person.fill(form, "name", name)
    Select(form.find_element(By.NAME, "role")).select_by_value(role)
    for strategy in strategies:
        person.tick(form, "strategies[]", strategy)
    person.fill(form, "feelings", feelings)
    person.fill(form, "needs", needs)
    person.submit(form, f"adding the part {name!r}")
    person.expect_path("/parts", f"adding the part {name!r}")
    person.expect_in("#parts-list", name, f"the new part {name!r}")


def part_link(person, name):
    for link in person.driver.find_elements(By.CSS_SELECTOR, "#parts-list a"):
        if link.text.strip() == name:
            return link.get_attribute("href")
    fail(f"{person.label}: no link to the part {name!r} in #parts-list on {person.driver.current_url}")


def map_parts(a, shared, private):
    step(f"A maps {shared!r} and {private!r}, relates them, and shares {shared!r}")
    first_strategy = None
    a.go("/parts")
    boxes = a.find("#add-part").find_elements(By.CSS_SELECTOR, 'input[name="strategies[]"]')
    if boxes:
        first_strategy = boxes[0].get_attribute("value")
    add_part(a, shared, "protector", [first_strategy] if first_strategy else [], "watchful, tense", "to be trusted")
    add_part(a, private, "exile", [], "small, scared", "to be seen")

    form = a.find("#relate-parts", "the relate form appears once there are two parts")
    Select(form.find_element(By.NAME, "from")).select_by_visible_text(shared)
    Select(form.find_element(By.NAME, "kind")).select_by_value("protects")
    Select(form.find_element(By.NAME, "to")).select_by_visible_text(private)
    a.submit(form, "relating the parts")
    a.expect_path("/parts", "relating the parts")
    relations = a.find("main").text
    if f"{shared} protects {private}" not in relations:
        fail(f"A: /parts should list '{shared} protects {private}' after relating; the page says {relations[:600]!r}")
    svg = a.find(".map-card svg", "the parts map")
    map_text = svg.get_attribute("innerHTML")
    for name in (shared, private):
        if name not in map_text:
            fail(f"A: the parts map SVG does not name {name!r}")
    if "relation" not in map_text:
        fail("A: the parts map SVG draws no relation line after relating two parts")
    a.screenshot("parts")

    a.driver.get(part_link(a, shared))
    a.check_page(f"opening the part {shared!r}")
    toggle = a.find("#share-toggle")
    a.submit(toggle.find_element(By.XPATH, "./ancestor::form"), "sharing the part")
    a.expect_in("main", "Shared with your partner.", f"the page of {shared!r} after sharing")
    a.screenshot("part")
    a.go("/parts")
    listed = a.find("#parts-list").text
    if "shared" not in listed:
        fail(f"A: /parts should mark {shared!r} as shared; the list says {listed!r}")


def partner_sees_part(b, shared, private):
    step("B sees the shared part on /partner, not the private one")
    b.go("/partner")
    b.expect_in("#partner-parts", shared, "B's /partner after A shared a part")
    if private in b.driver.page_source:
        fail(f"B: /partner shows A's private part {private!r}; only {shared!r} was shared")


PAUSE = {
    "happened": "I asked about the weekend and you looked at your phone.",
    "body": "A tight chest.",
    "protector": "It wanted to snap back.",
    "exile": "It fears it does not matter; it needs to be seen.",
    "say": "A part of me felt brushed off just now, and it got scared.",
}


def take_pause(a, part):
    step("A takes a pause through /practices/pause and shares it")
    a.go("/pauses")
    a.find("#new-pause").click()
    a.check_page("opening the pause practice")
    a.expect_path("/practices/pause", "clicking #new-pause")
    form = a.find("#practice-form")
    for name, value in PAUSE.items():
        a.fill(form, name, value)
    a.tick_labelled(form, "parts[]", part)
    for quality, value in (("calm", 4), ("curiosity", 6), ("compassion", 5)):
        a.fill(form, f"self_{quality}", value)
    a.tick(form, "share", "1")
    a.screenshot("pause-practice")
    a.submit(form, "saving the pause")
    if a.heading() != "Pause saved":
        fail(f"A: saving the pause should show 'Pause saved', the heading is {a.heading()!r}: {a.text('main')[:400]!r}")
    a.go("/pauses")
    listed = a.find("#pause-list").text
    if PAUSE["happened"] not in listed or "shared" not in listed:
        fail(f"A: /pauses should list the pause as shared; #pause-list says {listed!r}")
    a.screenshot("pauses")
    a.driver.find_element(By.CSS_SELECTOR, "#pause-list a").click()
    a.check_page("opening the pause")
    a.screenshot("pause")


def partner_sees_pause(b):
    step("B sees the shared pause on /partner")
    b.go("/partner")
    b.expect_in("#partner-pauses", PAUSE["happened"], "B's /partner after A shared a pause")
    b.screenshot("partner")


def check_in(person, ratings, note, shoot=False):
    step(f"{person.label} checks in on the four foundations")
    person.go("/checkins")
    person.find("#new-checkin").click()
    person.check_page("opening the check-in")
    person.expect_path("/practices/four-foundations", "clicking #new-checkin")
    form = person.find("#practice-form")
    for name, value in zip(("acceptance", "care", "respect", "differentiation", "sharing"), ratings):
        person.fill(form, name, value)
    person.fill(form, "note", note)
    if shoot:
        person.screenshot("checkin-practice")
    person.submit(form, "saving the check-in")
    if person.heading() != "Check-in saved":
        fail(f"{person.label}: saving the check-in should show 'Check-in saved', the heading is "
             f"{person.heading()!r}: {person.text('main')[:400]!r}")


def charts_show_both(a, b):
    step("A's /checkins shows SVG charts with A's line and B's line")
    a.go("/checkins")
    charts = a.driver.find_elements(By.CSS_SELECTOR, ".charts svg")
    if len(charts) < 5:
        fail(f"A: /checkins should draw a chart per foundation and one for sharing (5), found {len(charts)} svg")
    for chart in charts:
        title = chart.get_attribute("aria-label") or "(untitled chart)"
        for style, whose in (("mine", "A's own"), ("partner", f"B's ({b.display_name})")):
            if not chart.find_elements(By.CSS_SELECTOR, f"polyline.{style}"):
                fail(f"A: the chart {title!r} on /checkins has no polyline.{style} ({whose} line)")
    legend = a.text(".legend")
    if b.display_name not in legend:
        fail(f"A: the /checkins legend should name {b.display_name}; it says {legend!r}")
    a.screenshot("checkins")


def coach(a):
    step("The coach answers live for 'You never listen to me.'")
    a.go("/coach")
    area = a.find("#coach-text")
    area.send_keys("You never listen to me.")
    try:
        WebDriverWait(a.driver, WAIT).until(
            lambda d: d.find_element(By.ID, "coach-result").is_displayed()
            and "from a part" in d.find_element(By.ID, "coach-result").text)
    except TimeoutException:
        result = a.driver.find_element(By.ID, "coach-result")
        a.collect_console()
        fail(f"A: /coach showed no live result 'from a part' within {WAIT} s "
             f"(visible: {result.is_displayed()}, text: {result.text!r}, console: {a.console_errors[-3:]})")
    marks = [mark.text for mark in a.driver.find_elements(By.CSS_SELECTOR, "#coach-highlighted mark")]
    if not any("never" in mark for mark in marks):
        fail(f"A: /coach highlighted no cue with 'never' (marks: {marks!r})")
    a.screenshot("coach")


def plain_pages(a):
    step("The other pages render")
    a.go("/")
    a.screenshot("today")
    a.go("/practices")
    if len(a.driver.find_elements(By.CSS_SELECTOR, "#practice-list li")) < 2:
        fail("A: /practices lists fewer than two practices in #practice-list")
    a.screenshot("practices")
    a.go("/help")
    a.screenshot("help")
    a.go("/settings")
    a.screenshot("settings")


EXPORT_SCRIPT = """
const done = arguments[arguments.length - 1];
fetch('/settings/export', {credentials: 'same-origin'})
  .then(r => r.text().then(body => done({status: r.status, type: r.headers.get('content-type'), body: body})))
  .catch(e => done({status: 0, type: '', body: String(e)}));
"""


def export(a, shared, private):
    step("A downloads the export with the browser's session")
    a.go("/settings")
    link = a.find("#export")
    if urlparse(link.get_attribute("href")).path != "/settings/export":
        fail(f"A: #export should link to /settings/export, it links to {link.get_attribute('href')!r}")
    a.driver.set_script_timeout(WAIT)
    answer = a.driver.execute_async_script(EXPORT_SCRIPT)
    if answer["status"] != 200:
        fail(f"A: GET /settings/export answered {answer['status']}: {answer['body'][:300]!r}")
    if "json" not in (answer["type"] or ""):
        fail(f"A: /settings/export should be JSON, its content-type is {answer['type']!r}")
    try:
        document = json.loads(answer["body"])
    except ValueError as error:
        fail(f"A: /settings/export is not JSON ({error}): {answer['body'][:300]!r}")
    if document.get("format") != "hearth-export":
        fail(f"A: the export's format is {document.get('format')!r}, expected 'hearth-export'")
    names = {part.get("name") for part in document.get("parts", [])}
    if not {shared, private} <= names:
        fail(f"A: the export should hold both parts, it holds {sorted(names)}")
    if len(document.get("pauses", [])) != 1 or len(document.get("checkIns", [])) != 1:
        fail(f"A: the export should hold 1 pause and 1 check-in, it holds {len(document.get('pauses', []))} "
             f"and {len(document.get('checkIns', []))}")


def delete_account(a, b, shared):
    step("A deletes the account and is signed out")
    a.go("/settings")
    form = a.find("#delete-form")
    a.fill(form, "password", a.password)
    a.submit(form, "deleting the account", "#delete-account")
    if a.path() not in ("/signup", "/signin"):
        fail(f"A: after deleting the account expected /signup or /signin, the browser is at {a.driver.current_url}")
    a.go("/")
    if a.path() not in ("/signup", "/signin"):
        fail(f"A: after deleting the account, / should send to /signin, it is at {a.driver.current_url} "
             f"(heading {a.heading()!r})")
    a.screenshot("signin" if a.path() == "/signin" else "signup")
    if a.path() != "/signin":
        a.go("/signin")
        a.screenshot("signin")
    form = a.find("form[action='/signin']")
    a.fill(form, "handle", a.handle)
    a.fill(form, "password", a.password)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(a.driver, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, "h1"))
    a.driver.get_log("browser")  # the refused sign-in's 401 is expected here
    if a.path() == "/":
        fail("A: signing in with the deleted account's name and password still works")
    b.go("/partner")
    if shared in b.driver.page_source or PAUSE["happened"] in b.driver.page_source:
        fail("B: /partner still shows A's shared part or pause after A deleted the account")


def no_console_errors(people):
    errors = [f"{person.label}: {line}" for person in people for line in person.console_errors]
    if errors:
        fail("the browsers logged errors:\n  " + "\n  ".join(errors))


def walk(server, shots):
    people = []
    try:
        a = Person("A", "Robin", server, shots)
        people.append(a)
        b = Person("B", "Sam", server, shots)
        people.append(b)
        shared, private = "Inner critic", "Little one"
        sign_up(a)
        sign_up(b)
        pair(a, b)
        map_parts(a, shared, private)
        partner_sees_part(b, shared, private)
        take_pause(a, shared)
        partner_sees_pause(b)
        check_in(a, (7, 8, 6, 5, 3), "A quiet week.", shoot=True)
        check_in(b, (5, 6, 8, 7, 2), "Busy, but kind.")
        charts_show_both(a, b)
        coach(a)
        plain_pages(a)
        export(a, shared, private)
        delete_account(a, b, shared)
        for person in people:
            person.collect_console()
        no_console_errors(people)
    except WalkthroughFailed:
        for person in people:
            person.save_failure_screenshot()
        raise
    finally:
        for person in people:
            person.quit()


def main():
    parser = argparse.ArgumentParser(description="Hearth's two-browser walkthrough.")
    parser.add_argument("--bin", default=os.environ.get("HEARTH_BIN", os.path.join(REPO, ".build/debug/hearth")),
                        help="the hearth binary (default: $HEARTH_BIN, else .build/debug/hearth)")
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.bin)
    if not os.access(binary, os.X_OK):
        print(f"FAIL: no hearth binary at {binary}; run `swift build --product hearth` first", file=sys.stderr)
        return 1
    shots = Shots(os.path.abspath(os.environ.get("SCREENSHOT_DIR", os.path.join(REPO, ".build/screenshots"))))
    server = Server(binary)
    started = time.time()
    try:
        step(f"starting {binary} on port {server.port}")
        server.start()
        walk(server, shots)
        step("stopping the server with SIGTERM")
        took = server.stop()
        print(f"   it exited in {took:.2f} s")
    except WalkthroughFailed as error:
        print(f"\nFAIL: {error}", file=sys.stderr)
        return 1
    except WebDriverException as error:
        print(f"\nFAIL: the browser failed: {error.msg or error}\nserver log:\n{server.log()}", file=sys.stderr)
        return 1
    finally:
        server.kill()
        shutil.rmtree(server.data_dir, ignore_errors=True)
    print(f"\nPASS in {time.time() - started:.0f} s; {len(shots.saved)} screenshots in {shots.directory}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
