"""Browser suite for the Uptake web app: signs in as people do and reads their pages in headless chromium.

Started by Tests/browser/run.sh. Makes a small demo territory in a temporary SQLite file, adds one user per
role with `uptake user add`, serves it with `uptake serve` on a free loopback port, then drives Debian's
chromium through chromium-driver. Every page is screenshotted at 390 px and 1280 px into --output.
Prints "N passed, N failed" last and exits non-zero on any failure.
"""
import argparse
import datetime
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

PASSWORD = "browser-pass-1"
WIDTHS = (390, 1280)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Suite:
    def __init__(self, uptake, output):
        self.uptake = uptake
        self.output = output
        self.work = tempfile.mkdtemp(prefix="uptake-browser-")
        self.database = "sqlite:" + os.path.join(self.work, "uptake.sqlite")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = dict(os.environ, UPTAKE_BCRYPT_COST="4")
        self.server = None
        self.driver = None
        self.passed = 0
        self.failed = 0

    # --- set-up -------------------------------------------------------------------------------------------
    def run_uptake(self, *args, stdin=None):
        result = subprocess.run([self.uptake, *args, "--database", self.database], input=stdin, text=True,
                                capture_output=True, env=self.env, timeout=300)
        if result.returncode != 0:
            raise RuntimeError(f"uptake {' '.join(args)} failed: {result.stderr}")
        return result.stdout

    def api(self, path, token):
        request = urllib.request.Request(self.base + path, headers={"Authorization": "Bearer " + token})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)

    def set_up(self):
        today = datetime.date.today().isoformat()
        self.run_uptake("demo", "generate", "--reps", "4", "--teams", "2", "--agencies", "600", "--today", today)
        self.run_uptake("user", "add", "ana", "--role", "analyst", "--password-stdin", stdin=PASSWORD + "\n")
        self.run_uptake("user", "add", "root", "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n")
        self.run_uptake("user", "add", "eve", "--role", "executive", "--password-stdin", stdin=PASSWORD + "\n")
        self.run_uptake("user", "add", "rita", "--role", "rep", "--rep", "demo-rep-01", "--password-stdin",
                        stdin=PASSWORD + "\n")
        self.admin_token = self.run_uptake("user", "token", "root").splitlines()[0].strip()
        log = open(os.path.join(self.output, "server.log"), "w")
        self.server = subprocess.Popen([self.uptake, "serve", "--database", self.database, "--port", str(self.port)],
                                       stdout=log, stderr=subprocess.STDOUT, env=self.env)
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(self.base + "/health", timeout=2).read()
                break
            except OSError:
                if time.time() > deadline or self.server.poll() is not None:
                    raise RuntimeError("the server did not start; see server.log")
                time.sleep(0.2)
        rep = self.api("/api/v1/reps/demo-rep-01", self.admin_token)
        self.team = rep["team"]
        self.run_uptake("user", "add", "mona", "--role", "manager", "--team", self.team, "--password-stdin",
                        stdin=PASSWORD + "\n")
        # The first day from today with stops, planned for the rep with `uptake plan` (the day the suite
        # reads must have suggestions to accept), so that the suite reads a real day on any weekday.
        self.day = None
        for offset in range(0, 8):
            date = (datetime.date.today() + datetime.timedelta(days=offset)).isoformat()
            schedule = self.api(f"/api/v1/reps/demo-rep-01/day?date={date}", self.admin_token)
            if schedule["stops"]:
                self.run_uptake("plan", "--rep", "demo-rep-01", "--date", date, "--quiet")
                self.day = self.api(f"/api/v1/plans/demo-rep-01/{date}", self.admin_token)
                break
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                         "--window-size=1280,900"):
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        self.driver.set_page_load_timeout(60)

    def tear_down(self):
        if self.driver:
            self.driver.quit()
        if self.server:
            self.server.terminate()
            try:
                self.server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.server.kill()

    # --- helpers ------------------------------------------------------------------------------------------
    def open(self, path):
        self.driver.get(self.base + path)

    def screenshot(self, name):
        for width in WIDTHS:
            self.driver.set_window_size(width, 900)
            height = self.driver.execute_script("return document.documentElement.scrollHeight")
            self.driver.set_window_size(width, max(600, min(height + 40, 4000)))
            time.sleep(0.3)  # charts and maps redraw on resize
            width_used = self.driver.execute_script("return document.documentElement.scrollWidth")
            assert width_used <= width + 1, f"{name} scrolls sideways at {width} px ({width_used} px wide)"
            self.driver.save_screenshot(os.path.join(self.output, f"{name}-{width}.png"))
        self.driver.set_window_size(1280, 900)

    def sign_in(self, name):
        self.driver.delete_all_cookies()  # a test that failed half-way may have left a session
        self.open("/login")
        self.driver.find_element(By.ID, "name").send_keys(name)
        self.driver.find_element(By.ID, "password").send_keys(PASSWORD)
        self.driver.find_element(By.ID, "sign-in").click()
        WebDriverWait(self.driver, 20).until(lambda d: "/login" not in d.current_url)

    def sign_out(self):
        self.driver.find_element(By.CSS_SELECTOR, "form.signout button").click()
        WebDriverWait(self.driver, 20).until(lambda d: "/login" in d.current_url)

    def wait_for_charts(self, ids):
        """Waits until Chart.js has drawn on each canvas: a chart is attached and its pixels are not all blank."""
        script = """
            var element = document.getElementById(arguments[0]);
            if (!window.Chart || !element || Chart.getChart(element) === undefined) { return false; }
            var pixels = element.getContext('2d').getImageData(0, 0, element.width, element.height).data;
            for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { return true; } }
            return false;"""
        for canvas in ids:
            WebDriverWait(self.driver, 20).until(lambda d: d.execute_script(script, canvas),
                                                 f"{canvas} is not drawn")

    def console_errors(self):
        return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"]

    def check(self, name, body):
        try:
            body()
            print(f"PASS {name}")
            self.passed += 1
        except Exception:  # noqa: BLE001 - a failed check is reported and the suite goes on
            print(f"FAIL {name}\n{traceback.format_exc()}")
            self.failed += 1
            try:
                self.driver.save_screenshot(os.path.join(self.output, f"failed-{name}.png"))
            except Exception:  # noqa: BLE001
                pass

    # --- tests --------------------------------------------------------------------------------------------
    def test_login_page(self):
        self.open("/login")
        assert self.driver.find_element(By.TAG_NAME, "h1").text == "Sign in"
        self.screenshot("login")

    def test_wrong_password(self):
        self.open("/login")
        self.driver.find_element(By.ID, "name").send_keys("rita")
        self.driver.find_element(By.ID, "password").send_keys("not-the-password")
        self.driver.find_element(By.ID, "sign-in").click()
        error = WebDriverWait(self.driver, 20).until(
            expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".error")))
        assert "Wrong name or password" in error.text

    def test_rep_reads_the_day(self):
        self.sign_in("rita")
        assert self.driver.current_url.endswith("/day"), self.driver.current_url
        assert self.day is not None, "the demo rep has no appointment in the coming week"
        self.console_errors()  # only this page's messages count
        self.open("/day?date=" + self.day["date"])
        assert "My day" in self.driver.find_element(By.TAG_NAME, "h1").text
        stops = self.driver.find_elements(By.CSS_SELECTOR, "#stops > li")
        times = [stop.find_element(By.CSS_SELECTOR, ".time").text for stop in stops]
        expected = [stop["arrival"] for stop in self.day["stops"]]
        assert times == expected, f"{times} != {expected}"
        assert times == sorted(times), "stops are not in time order"
        suggested = self.driver.find_elements(By.CSS_SELECTOR, "#stops > li.suggested")
        assert suggested, "the planned day shows no suggested stop"
        assert len(suggested) == len(self.day["suggestions"])
        for element, card in zip(suggested, self.day["suggestions"]):
            assert card["text"] in element.text, f"{card['text']!r} not shown"
        WebDriverWait(self.driver, 20).until(
            expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "#map.leaflet-container")))
        markers = self.driver.find_elements(By.CSS_SELECTOR, "#map path.leaflet-interactive")
        assert len(markers) >= 2, "the route and its stops are not drawn"
        errors = self.console_errors()
        assert errors == [], errors
        self.screenshot("rep-day")

    def test_rep_accepts_a_suggestion(self):
        self.open("/day?date=" + self.day["date"])
        card = self.day["suggestions"][0]
        self.driver.find_element(By.CSS_SELECTOR, f"li[data-suggestion='{card['id']}'] button.accept").click()
        # The click posts the form and the day reloads: the old element goes stale while the wait polls.
        WebDriverWait(self.driver, 20, ignored_exceptions=(StaleElementReferenceException,)).until(
            lambda d: d.find_element(By.CSS_SELECTOR, f"li[data-suggestion='{card['id']}']")
            .get_attribute("data-status") == "accepted")
        assert self.driver.current_url.endswith("#s-" + card["id"]), self.driver.current_url
        # The dismiss form offers the configured reasons.
        reasons = [option.get_attribute("value") for option in self.driver.find_elements(
            By.CSS_SELECTOR, f"li[data-suggestion='{card['id']}'] select[name=reason] option")]
        assert "too_far" in reasons and "other" in reasons, reasons
        plan = self.api(f"/api/v1/plans/demo-rep-01/{self.day['date']}", self.admin_token)
        assert [s["status"] for s in plan["suggestions"] if s["id"] == card["id"]] == ["accepted"]
        errors = self.console_errors()
        assert errors == [], errors
        self.screenshot("rep-day-accepted")

    def test_rep_cannot_open_another_reps_lead(self):
        others = self.api("/api/v1/leads?limit=500", self.admin_token)["items"]
        other = next(lead for lead in others if lead.get("owner") not in (None, "demo-rep-01"))
        self.open("/leads/" + other["id"])
        assert self.driver.find_element(By.TAG_NAME, "h1").text.startswith("404"), self.driver.page_source[:300]
        assert other["name"] not in self.driver.page_source
        own = next(lead for lead in others if lead.get("owner") == "demo-rep-01")
        self.open("/leads/" + own["id"])
        assert self.driver.find_element(By.TAG_NAME, "h1").text == own["name"]
        self.screenshot("rep-lead")
        self.open("/kpis")
        self.screenshot("rep-kpis")
        self.sign_out()

    def test_manager_reads_the_team(self):
        self.sign_in("mona")
        assert self.driver.current_url.endswith("/team"), self.driver.current_url
        self.console_errors()  # only this page's messages count
        self.open("/team")
        rows = self.driver.find_elements(By.CSS_SELECTOR, "#team-table tbody tr")
        reps = [rep for rep in self.api("/api/v1/reps", self.admin_token)["items"] if rep["team"] == self.team]
        assert len(rows) == len(reps), f"{len(rows)} rows for {len(reps)} reps"
        assert any("demo-rep-01" == rep["id"] for rep in reps)
        # The acceptance the rep just recorded is in the funnel, as the API reports it.
        accepted = self.driver.find_element(By.CSS_SELECTOR, "#funnel-table tr[data-rep='demo-rep-01'] td.accepted")
        assert accepted.text == "1", accepted.text
        funnel = self.api("/api/v1/teams/" + urllib.parse.quote(self.team), self.admin_token)["funnel"]
        assert [row["accepted"] for row in funnel if row["rep"] == "demo-rep-01"] == [1], funnel
        WebDriverWait(self.driver, 20).until(lambda d: d.execute_script(
            "return window.Chart && Chart.getChart(document.getElementById('bar-chart')) !== undefined"))
        errors = self.console_errors()
        assert errors == [], errors
        self.screenshot("manager-team")
        self.open("/day")
        assert self.driver.find_element(By.TAG_NAME, "h1").text.startswith("403")
        self.sign_out()

    def test_executive_reads_the_kpis(self):
        self.sign_in("eve")
        assert self.driver.current_url.endswith("/kpis"), self.driver.current_url
        self.console_errors()  # only this page's messages count
        self.open("/kpis")
        kpis = self.api("/api/v1/kpis", self.admin_token)
        assert self.driver.find_element(By.ID, "kpi-visits").text == str(kpis["visits"])
        WebDriverWait(self.driver, 20).until(lambda d: d.execute_script(
            "return window.Chart && Chart.getChart(document.getElementById('line-chart')) !== undefined"))
        assert self.driver.find_element(By.ID, "kpi-acceptance").text.startswith("100%"), \
            self.driver.find_element(By.ID, "kpi-acceptance").text
        WebDriverWait(self.driver, 20).until(lambda d: d.execute_script(
            "return Chart.getChart(document.getElementById('adoption-chart')) !== undefined"))
        errors = self.console_errors()
        assert errors == [], errors
        self.screenshot("executive-kpis")
        self.sign_out()

    def test_analyst_and_admin_pages(self):
        # A champion to read: trained on the demo territory and every lead scored with it (the score history
        # is what the health's drift compares with the model's training profile).
        self.run_uptake("train", "--threads", "1", "--json")
        self.run_uptake("score", "--json")
        self.sign_in("ana")
        assert self.driver.current_url.endswith("/analyst")
        self.console_errors()  # only this page's messages count
        self.open("/analyst")
        assert self.driver.find_element(By.ID, "models-table").is_displayed()
        status = self.driver.find_element(By.CSS_SELECTOR, "#health-status strong").text
        assert status in ("ok", "watch", "alert"), status
        self.wait_for_charts(["drift-chart"])
        errors = self.console_errors()
        assert errors == [], errors
        self.screenshot("analyst")
        # The champion's page: its stored metrics as the API lists them, and every chart drawn.
        analyst_token = self.run_uptake("user", "token", "ana").splitlines()[0].strip()
        champion = next(m for m in self.api("/api/v1/models", analyst_token)["items"] if m["champion"])
        self.driver.find_element(By.CSS_SELECTOR, "#models-table a.model-link").click()
        WebDriverWait(self.driver, 20).until(lambda d: "/analyst/models/" in d.current_url)
        assert self.driver.current_url.endswith("/analyst/models/" + champion["id"]), self.driver.current_url
        auc = self.driver.find_element(By.ID, "metric-auc").text
        stored = champion.get("rocAUC", champion.get("roc_auc"))
        assert auc == f"{stored:.3f}", (auc, stored)
        rows = self.driver.find_elements(By.CSS_SELECTOR, "#reliability-table tbody tr")
        assert len(rows) == 10, f"{len(rows)} reliability bins"
        self.wait_for_charts(["reliability-chart", "gain-chart", "lift-chart", "importance-chart", "drift-chart"])
        errors = self.console_errors()
        assert errors == [], errors
        self.screenshot("analyst-model")
        self.sign_out()
        self.sign_in("root")
        assert self.driver.current_url.endswith("/admin")
        names = [row.find_element(By.TAG_NAME, "td").text for row in
                 self.driver.find_elements(By.CSS_SELECTOR, "#users tbody tr")]
        assert sorted(names) == ["ana", "eve", "mona", "rita", "root"], names
        self.screenshot("admin")
        self.sign_out()

    def test_digests_render_for_each_role(self):
        # The weekly digest as each role gets it in the app: Chromium renders it under its own strict policy
        # (inline styles, no scripts) without a console error, addressed to that role's audience.
        rep_name = self.api("/api/v1/reps/demo-rep-01", self.admin_token)["name"]
        for user, audience, shot in (("eve", "All teams", "digest-executive"),
                                     ("mona", "Team " + self.team, "digest-manager"),
                                     ("rita", rep_name, "digest-rep")):
            self.sign_in(user)
            self.console_errors()  # only the digest's messages count
            self.open("/digest")
            strong = [element.text for element in self.driver.find_elements(By.TAG_NAME, "strong")]
            assert audience in strong, (user, strong)
            # The digest is e-mail HTML with no icon link, so Chromium's own /favicon.ico probe is not its error.
            errors = [error for error in self.console_errors() if "/favicon.ico" not in error]
            assert errors == [], errors
            self.screenshot(shot)
            self.driver.delete_all_cookies()

    def run(self):
        try:
            self.set_up()
        except Exception:  # noqa: BLE001
            print(f"FAIL set-up\n{traceback.format_exc()}")
            self.tear_down()
            print("0 passed, 1 failed")
            return 1
        try:
            for name in ("login_page", "wrong_password", "rep_reads_the_day", "rep_accepts_a_suggestion",
                         "rep_cannot_open_another_reps_lead",
                         "manager_reads_the_team", "executive_reads_the_kpis", "analyst_and_admin_pages",
                         "digests_render_for_each_role"):
                self.check(name, getattr(self, "test_" + name))
        finally:
            self.tear_down()
        print(f"{self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--uptake", required=True)
    parser.add_argument("--output", required=True)
    arguments = parser.parse_args()
    os.makedirs(arguments.output, exist_ok=True)
    sys.exit(Suite(arguments.uptake, arguments.output).run())


if __name__ == "__main__":
    main()
