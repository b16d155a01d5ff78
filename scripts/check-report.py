#!/usr/bin/env python3
"""Check a stancegraph report page in headless Chromium with the network off.

    scripts/check-report.py PAGE.html [--hostile] [--screenshots DIR]

Loads the page from disk in Debian's chromium, driven through the system chromedriver
(/usr/bin/chromedriver), with every host name resolving nowhere (--host-resolver-rules) and
the network emulated offline (CDP), then checks that:

- the page logs no console error (a Content-Security-Policy violation is one) and makes no
  request but for the page itself (read from Chromium's performance log);
- clicking an edge in the diagram shows its full quote in the evidence panel, and, when the
  page carries source passages, the passage with the quote highlighted;
- search finds a node by part of its label, and keyboard use alone works: / focuses the
  search, arrows choose, Enter focuses the node (its neighbourhood stays, the rest fades),
  Esc leaves the focus;
- moving the date slider hides elements, and moving it back shows them again;
- with --hostile: no script from the graph's text ran (window.__pwned is undefined, no alert
  opened, no <img>, <iframe> or javascript: link is in the document), and the text is shown.

--screenshots DIR saves report.png (the default view) and report-focus.png (a focused node).
Exits 0 when every check passes, 1 when one fails (each failure is printed), 2 when the
browser cannot be started.
"""
import argparse
import json
import os
import sys
import time

try:
    from selenium import webdriver
    from selenium.common.exceptions import NoAlertPresentException, WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
except ImportError:
    print("check-report: the selenium Python package is not installed (pip install selenium)", file=sys.stderr)
    sys.exit(2)

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print(f"FAIL: {message}")
    return condition


def start_browser(width=1600, height=1000):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--host-resolver-rules=MAP * ~NOTFOUND",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-default-apps", "--no-first-run", "--no-pings", "--disable-domain-reliability",
                     "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
                     "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-GB"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                           {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
    return driver


def load(driver, page):
    url = "file://" + os.path.abspath(page)
    driver.get(url)
    deadline = time.time() + 30
    while time.time() < deadline:
        if driver.execute_script("return document.documentElement.classList.contains('ready')"):
            return url
        time.sleep(0.1)
    check(False, "the page's script did not finish starting (no 'ready' class within 30 s)")
    return url


def requests_made(driver):
    """Every URL the page asked for, from the performance log."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def console_errors(driver):
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def showing(driver):
    return driver.execute_script("return document.getElementById('evidence-body').getAttribute('data-showing')")


def normalise(text):
    replacements = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-"}
    return " ".join("".join(replacements.get(c, c) for c in text).split())


def check_edge_click(driver):
    data = driver.execute_script("return JSON.parse(document.getElementById('report-data').textContent)")
    with_passage = any(r["context"] for e in data["edges"] for r in e["records"])
    candidates = [e for e in data["edges"] if any(r["quote"] and (r["context"] or not with_passage) for r in e["records"])]
    for edge in candidates:
        heads = driver.find_elements(By.CSS_SELECTOR, f'[id="edge-{edge["id"]}"] polygon')
        if not heads or not heads[0].is_displayed():
            continue
        ActionChains(driver).move_to_element(heads[0]).click().perform()
        if showing(driver) != "edge:" + edge["id"]:
            continue  # covered by another element where the pointer landed; try the next edge
        record = next(r for r in edge["records"] if r["quote"] and (r["context"] or not with_passage))
        panel = driver.find_element(By.ID, "evidence-body").text
        check(normalise(record["quote"]) in normalise(panel),
              f"clicking edge {edge['id']} does not show its full quote {record['quote']!r}")
        if record["context"]:
            marks = [m.text for m in driver.find_elements(By.CSS_SELECTOR, "#evidence-body figure.passage mark")]
            check(any(normalise(record["context"][1]) == normalise(m) for m in marks),
                  f"clicking edge {edge['id']} does not show the passage with {record['context'][1]!r} highlighted")
        print(f"ok: clicking edge {edge['id']} shows its quote" + (" and its highlighted passage" if record["context"] else ""))
        return data
    check(False, "no edge with a quote could be clicked in the diagram")
    return data


def active_id(driver):
    return driver.execute_script("return document.activeElement && document.activeElement.id")


def check_keyboard_search(driver, data):
    # A node whose label has a word of four letters or more that is not its first word.
    body = driver.find_element(By.TAG_NAME, "body")
    driver.execute_script("document.activeElement && document.activeElement.blur()")
    target, typed = None, None
    for node in data["nodes"]:
        words = [w for w in node["label"].replace("(", " ").replace(")", " ").split() if len(w) >= 4 and w.isalpha()]
        if node["kind"] != "source" and len(words) >= 2:
            target, typed = node, words[-1][:-1].lower()  # part of a word: found as text inside a name
            break
    if not check(target is not None, "no node to search for"):
        return None
    ActionChains(driver).send_keys("/").perform()
    check(active_id(driver) == "search", "/ does not focus the search box")
    ActionChains(driver).send_keys(typed).perform()
    options = driver.find_elements(By.CSS_SELECTOR, "#search-results [role=option]")
    ids = [o.get_attribute("data-node") for o in options]
    if not check(target["id"] in ids, f"searching {typed!r} does not find {target['id']} (found {ids})"):
        return None
    print(f"ok: searching {typed!r} finds {target['id']} among {len(ids)}")
    for _ in range(ids.index(target["id"])):
        ActionChains(driver).send_keys(Keys.ARROW_DOWN).perform()
    selected = driver.find_elements(By.CSS_SELECTOR, "#search-results [aria-selected=true]")
    check(selected and selected[0].get_attribute("data-node") == target["id"], "the arrows do not choose the result")
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    focusing = driver.execute_script("return document.getElementById('diagram-svg').classList.contains('focusing')")
    check(focusing, "Enter does not focus the chosen node in the diagram")
    check(showing(driver) == "node:" + target["id"], "Enter does not show the chosen node's evidence")
    faded = driver.execute_script(
        "return document.querySelectorAll('#diagram-svg g.node:not(.keep), #diagram-svg g.edge:not(.keep)').length")
    kept = driver.execute_script("return document.querySelectorAll('#diagram-svg .keep').length")
    check(kept > 0, "focus keeps nothing of the diagram")
    print(f"ok: Enter focuses {target['id']}: {kept} elements stay, {faded} fade")
    return target


def check_escape(driver):
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    focusing = driver.execute_script("return document.getElementById('diagram-svg').classList.contains('focusing')")
    check(not focusing, "Esc does not leave the focus")
    if not focusing:
        print("ok: Esc leaves the focus")


def hidden_count(driver):
    return driver.execute_script("return document.querySelectorAll('#diagram-svg .time-hidden').length")


def check_slider(driver):
    slider = driver.find_element(By.ID, "time-slider")
    if not slider.is_displayed():
        check(False, "the date slider is not shown")
        return
    check(hidden_count(driver) == 0, "elements are hidden before the slider moves")
    slider.send_keys(Keys.HOME)
    earliest = hidden_count(driver)
    check(earliest > 0, "moving the date slider to the earliest date hides nothing")
    driver.find_element(By.CSS_SELECTOR, "input[name=clock][value=reported]").click()
    reported = hidden_count(driver)  # may be 0: every source of a small graph can be out by the earliest date
    slider.send_keys(Keys.END)
    check(hidden_count(driver) == 0, "moving the slider back to the end does not show everything again")
    driver.find_element(By.CSS_SELECTOR, "input[name=clock][value=valid]").click()
    print(f"ok: the slider at the earliest date hides {earliest} elements (valid on), {reported} (reported by)")


def check_hostile(driver):
    check(driver.execute_script("return typeof window.__pwned") == "undefined", "script from the graph's text ran (window.__pwned is set)")
    try:
        alert = driver.switch_to.alert
        check(False, f"an alert opened: {alert.text!r}")
        alert.dismiss()
    except NoAlertPresentException:
        pass
    counts = driver.execute_script("""return {
        scripts: document.scripts.length,
        images: document.querySelectorAll('img, iframe, object, embed').length,
        javascriptLinks: Array.from(document.querySelectorAll('[href], [*|href]')).filter(function (e) {
            return /^\\s*javascript:/i.test(e.getAttribute('href') || e.getAttribute('xlink:href') || ''); }).length,
        handlers: Array.from(document.querySelectorAll('*')).filter(function (e) {
            return Array.from(e.attributes).some(function (a) { return /^on/i.test(a.name); }); }).length };""")
    check(counts["scripts"] == 2, f"the document has {counts['scripts']} script elements, not 2 (its data and its script)")
    check(counts["images"] == 0, "the graph's text made an image, frame or object element")
    check(counts["javascriptLinks"] == 0, "the graph's text made a javascript: link")
    check(counts["handlers"] == 0, "the graph's text made an element with an event handler attribute")
    title = driver.find_element(By.TAG_NAME, "h1").text
    expected = driver.execute_script("return JSON.parse(document.getElementById('report-data').textContent).title")
    check(normalise(title) == normalise(expected or title), f"the title is not shown as text: {title!r}, not {expected!r}")
    print("ok: hostile text stays text (no script ran, no alert, no injected element)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("page")
    parser.add_argument("--hostile", action="store_true", help="the page is made from hostile text: check that none of it ran")
    parser.add_argument("--screenshots", metavar="DIR", help="save report.png and report-focus.png here")
    options = parser.parse_args()
    try:
        driver = start_browser()
    except WebDriverException as error:
        print(f"check-report: cannot start chromium through {CHROMEDRIVER}: {error.msg}", file=sys.stderr)
        return 2
    try:
        url = load(driver, options.page)
        if options.screenshots:
            os.makedirs(options.screenshots, exist_ok=True)
            driver.save_screenshot(os.path.join(options.screenshots, "report.png"))
        if options.hostile:
            check_hostile(driver)
        data = check_edge_click(driver)
        target = check_keyboard_search(driver, data)
        if target and options.screenshots:
            driver.save_screenshot(os.path.join(options.screenshots, "report-focus.png"))
        check_escape(driver)
        check_slider(driver)
        if options.hostile:
            check_hostile(driver)
        errors = console_errors(driver)
        check(not errors, "console errors: " + "; ".join(errors))
        others = [u for u in requests_made(driver) if u != url and not u.startswith("data:")]
        check(not others, "the page made network requests: " + ", ".join(others))
        if not errors and not others:
            print("ok: no console error, no request but the page itself")
    finally:
        driver.quit()
    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
