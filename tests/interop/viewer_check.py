#!/usr/bin/env python3
"""Drives the viewer page in a headless browser with Selenium, as a user would, and checks
it against the graph JSON it was made from. Browsers: Chromium (Debian's chromium +
chromium-driver) or Firefox (Debian's firefox-esr + geckodriver, `cargo install
geckodriver`).

usage: viewer_check.py [--browser chromium|firefox] PAGE.html GRAPH.json SCREENSHOT.png [SEARCH]
(without SEARCH: the last word of the name of the actor with the most evidence)

Checks: the page loads from file:// with no script error; the node and statement-edge
counts equal the JSON's; the statement edges are drawn (their polarity colours are on
the screen); clicking an edge shows its evidence sentence in the panel (#evidence); the
country filter (the <select>) lowers the counts and keeps only that country's
statements; searching SEARCH selects its node; the neighbourhood button and its depth
menu show the statements within 1, 2 and 3 hops, as counted in the JSON; the
affiliation links are drawn dashed; the congruence and conflict views, CSV and SVG
work; the screenshot is not blank. Exits 1 with a message on the first failure.
"""
import json
import re
import os
import sys
import time
import xml.etree.ElementTree as ET

from selenium import webdriver
import shutil

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select


def fail(message):
    print(f"viewer_check: {message}", file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def chromium():
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--window-size=1500,950", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    for binary in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if os.path.exists(binary):
            options.binary_location = binary
            break
    path = next((p for p in ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")
                 if os.path.exists(p)), None)
    service = Service(executable_path=path) if path else Service()
    return webdriver.Chrome(options=options, service=service)


def firefox():
    from selenium.webdriver.firefox.service import Service
    options = webdriver.FirefoxOptions()
    options.add_argument("-headless")
    binary = next((p for p in ("/usr/bin/firefox-esr", "/usr/bin/firefox") if os.path.exists(p)), None)
    if binary is None:
        fail("Firefox is missing: install Debian's firefox-esr")
    options.binary_location = binary
    path = shutil.which("geckodriver") or os.path.expanduser("~/.cargo/bin/geckodriver")
    if not os.path.exists(path):
        fail("geckodriver is missing: cargo install --locked geckodriver")
    d = webdriver.Firefox(options=options, service=Service(executable_path=path))
    d.set_window_size(1500, 950)
    return d


def driver(browser):
    return chromium() if browser == "chromium" else firefox()
def wait_ready(d, timeout=120):
    end = time.time() + timeout
    while time.time() < end:
        if d.execute_script("return !!(window.standpunkt && window.standpunkt.ready)"):
            return
        time.sleep(0.05)
    fail(f"the page did not get ready in {timeout} s")


def severe(d):
    """Script errors: those the page caught (window.standpunktErrors, both browsers) and
    Chromium's console log."""
    errors = d.execute_script("return window.standpunktErrors || []")
    if d.capabilities.get("browserName", "").startswith("chrom"):
        errors += [e["message"] for e in d.get_log("browser") if e["level"] == "SEVERE"]
    return errors


def within(statement_links, start, depth):
    """The statement ids within `depth` hops of `start`, as the page defines them: a
    statement whose nearer end is fewer than `depth` hops away."""
    touching = {}
    for link in statement_links:
        for end in (link["source"], link["target"]):
            touching.setdefault(end, []).append(link)
    dist, frontier = {start: 0}, [start]
    for d in range(1, depth + 1):
        following = []
        for node in frontier:
            for link in touching.get(node, []):
                for end in (link["source"], link["target"]):
                    if end not in dist:
                        dist[end] = d
                        following.append(end)
        frontier = following
    return {l["id"] for l in statement_links if l["source"] in dist and l["target"] in dist
            and min(dist[l["source"]], dist[l["target"]]) < depth}


def markable(link):
    """Whether some evidence of the link has a quotation or a cue word in its sentence, as
    the page's highlighter looks for them."""
    for e in link["evidence"]:
        sentence = e.get("sentence") or ""
        if e.get("quote") and e["quote"] in sentence:
            return True
        for w in re.split(r"\s*…\s*|\s+", e.get("cue") or ""):
            if w and re.search(r"(?<![^\W_])" + re.escape(w) + r"(?![^\W_])", sentence, re.I):
                return True
    return False


def click_edge(d, graph):
    """Clicks statement edges on the canvas until one opens its evidence; returns it."""
    box = d.find_element(By.ID, "cy")
    width, height = box.size["width"], box.size["height"]
    # Only edges with something to mark: a continuation of indirect speech has no cue word
    # in its sentence (its cue is "(indirekte Rede)") and no quotation.
    links = sorted((l for l in graph["links"] if l["type"] == "statement" and markable(l)),
                   key=lambda l: (-len(l["evidence"]), l["id"]))
    for link in links[:40]:
        d.execute_script("window.standpunkt.cy.$(':selected').unselect()")
        point = d.execute_script(
            "const cy = window.standpunkt.cy, e = cy.getElementById(arguments[0]);"
            "cy.zoom(1.2); cy.center(e); return e.renderedMidpoint();", link["id"])
        x, y = point["x"], point["y"]
        if not (5 < x < width - 5 and 5 < y < height - 5):
            continue
        ActionChains(d).move_to_element_with_offset(box, int(x - width / 2), int(y - height / 2)).click().perform()
        time.sleep(0.15)
        panel = d.find_element(By.ID, "evidence")
        if panel.get_attribute("data-id") == link["id"]:
            return link, panel.text
    fail("no click on an edge opened its evidence")


def not_blank(d, png_base64):
    """Distinct colours, the share of non-white pixels of a PNG and how many pixels have
    the colour of a for or against edge (#1a9850, #d73027), measured in the page."""
    return d.execute_async_script(
        """const done = arguments[arguments.length - 1];
        const img = new Image();
        img.onload = () => {
          const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
          const g = c.getContext('2d'); g.drawImage(img, 0, 0);
          const px = g.getImageData(0, 0, c.width, c.height).data;
          const colours = new Set(); let ink = 0, n = 0, edges = 0;
          const near = (i, r, g, b) => Math.abs(px[i] - r) + Math.abs(px[i + 1] - g) + Math.abs(px[i + 2] - b) < 60;
          for (let i = 0; i < px.length; i += 4) {
            if (near(i, 26, 152, 80) || near(i, 215, 48, 39)) edges++;
            if ((i / 4) % 7) continue;
            n++; colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
            if (px[i] < 235 || px[i + 1] < 235 || px[i + 2] < 235) ink++;
          }
          done({colours: colours.size, ink: ink / n, edges, width: img.width, height: img.height});
        };
        img.onerror = () => done(null);
        img.src = 'data:image/png;base64,' + arguments[0];""", png_base64)


def main():
    args = sys.argv[1:]
    browser = "chromium"
    if args[:1] == ["--browser"] and len(args) > 1:
        browser, args = args[1], args[2:]
    if browser not in ("chromium", "firefox") or len(args) < 3:
        fail("usage: viewer_check.py [--browser chromium|firefox] PAGE.html GRAPH.json SCREENSHOT.png [SEARCH]")
    page, graph_path, shot = args[:3]
    with open(graph_path, encoding="utf-8") as f:
        graph = json.load(f)
    nodes = {n["id"]: n for n in graph["nodes"]}
    statement_links = [l for l in graph["links"] if l["type"] == "statement"]
    if len(args) > 3:
        wanted = args[3]
    else:
        said = {}
        for l in statement_links:
            said[l["source"]] = said.get(l["source"], 0) + len(l["evidence"])
        top = sorted(said, key=lambda a: (-said[a], a))[0]
        wanted = nodes[top]["label"].split()[-1]
    check(all("id" in l for l in graph["links"]), "a link of the JSON has no id")
    check(len({l["id"] for l in graph["links"]}) == len(graph["links"]), "link ids repeat")

    d = driver(browser)
    print(f"viewer_check: {d.capabilities.get('browserName')} {d.capabilities.get('browserVersion')}")
    try:
        started = time.time()
        d.get("file://" + os.path.abspath(page))
        wait_ready(d)
        print(f"viewer_check: ready in {time.time() - started:.2f} s; steps (ms since navigation): "
              f"{d.execute_script('return window.standpunkt.timings()')}")
        errors = severe(d)
        check(not errors, f"script errors: {errors}")
        api = "return window.standpunkt."
        counts = d.execute_script(api + "counts()")
        expected = {"nodes": len(nodes), "edges": len(statement_links)}
        check(counts["nodes"] == expected["nodes"] and counts["edges"] == expected["edges"],
              f"counts {counts} differ from the JSON's {expected}")
        print(f"viewer_check: counts {counts['nodes']} nodes, {counts['edges']} statement edges = JSON")
        # The graph as first drawn (a few frames after loading) shows its edges.
        d.execute_async_script("const done = arguments[arguments.length - 1];"
                               "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 200)))")
        # (Checked where the force layout ran, the country boxes on: the big graphs'
        # overview draws its edges too thin to keep their colour.)
        first = not_blank(d, d.find_element(By.ID, "cy").screenshot_as_base64)
        small = d.find_element(By.ID, "g-boxes").is_enabled()
        # Thin edges are antialiased (Firefox blends most of their pixels into the white
        # background, and a graph fitted around far-off nodes draws them shorter), so a
        # dozen pixels in the pure for/against colours show them drawn; none drawn gives 0.
        check(first and (first["edges"] >= 12 or not small),
              f"no statement edge is drawn after loading: {first}")
        print(f"viewer_check: first drawing: {first}")

        link, text = click_edge(d, graph)
        sentence = link["evidence"][0]["sentence"]
        check(" ".join(sentence.split()) in " ".join(text.split()),
              f"the panel of {link['id']} lacks its sentence {sentence!r}:\n{text}")
        marks = d.find_elements(By.CSS_SELECTOR, "#evidence mark")
        check(len(marks) >= 1, "no cue or quotation is highlighted in the panel")
        print(f"viewer_check: clicked {link['id']!r}: evidence shown, {len(marks)} marks")

        # The country filter, through its <select>: the country with most statements.
        by_country = {}
        for l in statement_links:
            code = nodes[l["source"]].get("country")
            if code:
                by_country[code] = by_country.get(code, 0) + 1
        code = sorted(by_country, key=lambda c: (-by_country[c], c))[0]
        Select(d.find_element(By.ID, "f-country")).select_by_value(code)
        filtered = d.execute_script(api + "counts()")
        check(filtered["nodes"] < counts["nodes"] and filtered["edges"] < counts["edges"],
              f"the filter {code} did not lower the counts: {filtered}")
        check(filtered["edges"] == by_country[code],
              f"{code}: {filtered['edges']} edges shown, the JSON has {by_country[code]}")
        shown = d.execute_script(
            "return window.standpunkt.cy.edges('.statement').not('.hidden').map(e => e.data('source'))")
        check(all(nodes[s].get("country") == code for s in shown), "an edge of another country is shown")
        print(f"viewer_check: country {code}: {filtered['nodes']} nodes, {filtered['edges']} edges")
        api_counts = d.execute_script(api + "filter({country: '', polarity: -1})")
        negative = sum(1 for l in statement_links if (l.get("polarity") or 0) < 0)
        check(api_counts["edges"] == negative, f"polarity −1: {api_counts} vs {negative} in the JSON")
        # Predicate and mode through their menus, dates through the API and the slider:
        # the statements with at least one piece of evidence passing, as in the JSON.
        d.find_element(By.ID, "b-reset").click()
        predicate = sorted({l["predicate"] for l in statement_links},
                           key=lambda p: (-sum(l["predicate"] == p for l in statement_links), p))[0]
        Select(d.find_element(By.ID, "f-predicate")).select_by_value(predicate)
        got = d.execute_script(api + "counts()")["edges"]
        want = sum(1 for l in statement_links if l["predicate"] == predicate)
        check(got == want, f"predicate {predicate}: {got} edges shown, the JSON has {want}")
        Select(d.find_element(By.ID, "f-predicate")).select_by_value("")
        Select(d.find_element(By.ID, "f-mode")).select_by_value("indirect")
        got = d.execute_script(api + "counts()")["edges"]
        want = sum(1 for l in statement_links if any(e["mode"] == "indirect" for e in l["evidence"]))
        check(got == want, f"mode indirect: {got} edges shown, the JSON has {want}")
        Select(d.find_element(By.ID, "f-mode")).select_by_value("")

        def day(date):
            return date + "-01-01" if len(date) == 4 else date + "-01" if len(date) == 7 else date

        def dated(lo, hi):
            return sum(1 for l in statement_links
                       if any(e.get("date") and lo <= day(e["date"]) <= hi for e in l["evidence"]))
        days = sorted({day(e["date"]) for l in statement_links for e in l["evidence"] if e.get("date")})
        print(f"viewer_check: predicate {predicate}, mode indirect: edges as in the JSON")
        if len(days) > 1:
            lo, hi = days[len(days) // 4], days[max(len(days) // 4, 3 * len(days) // 4 - 1)]
            got = d.execute_script(api + f"filter({{from: '{lo}', to: '{hi}'}})")["edges"]
            check(got == dated(lo, hi), f"dates {lo}–{hi}: {got} edges shown, the JSON has {dated(lo, hi)}")
            d.find_element(By.ID, "b-reset").click()
            # The slider: the earlier half of the dates cut off.
            half = days[len(days) // 2]
            d.execute_script("const s = document.getElementById('f-from'); s.value = arguments[0];"
                             "s.dispatchEvent(new Event('input'));", len(days) // 2)
            slid = d.execute_script(api + "counts()")["edges"]
            check(slid == dated(half, days[-1]) and slid < counts["edges"],
                  f"slider from {half}: {slid} edges shown, the JSON has {dated(half, days[-1])}")
            print(f"viewer_check: dates {lo}–{hi}: {got} edges; slider from {half}: {slid} edges, "
                  f"as in the JSON")
        d.find_element(By.ID, "b-reset").click()
        check(d.execute_script(api + "counts()") == counts, "reset did not restore the counts")

        # Search through the input box, as a user types.
        box = d.find_element(By.ID, "search")
        box.clear()
        box.send_keys(wanted, Keys.ENTER)
        time.sleep(0.2)
        selected = d.execute_script(api + "selected()")
        check(any(wanted.lower() in nodes[s]["label"].lower() for s in selected if s in nodes),
              f"searching {wanted!r} selected {selected}")
        check(wanted.lower() in d.find_element(By.ID, "evidence").text.lower(),
              f"the panel does not show {wanted}")
        print(f"viewer_check: search {wanted!r} selected {selected}")

        # The neighbourhood of the found node, through its button and its depth menu.
        centre = next(s for s in selected if s in nodes)
        shown_ids = ("return window.standpunkt.cy.edges('.statement').not('.hidden')"
                     ".map(e => e.id())")
        d.find_element(By.ID, "b-around").click()
        for depth in (1, 2, 3):
            if depth > 1:
                Select(d.find_element(By.ID, "n-depth")).select_by_value(str(depth))
            expected_ids = within(statement_links, centre, depth)
            got = set(d.execute_script(shown_ids))
            check(got == expected_ids, f"neighbourhood of {centre} in {depth} hops: "
                  f"{len(got)} edges shown, the JSON has {len(expected_ids)}")
            print(f"viewer_check: neighbourhood of {centre}, {depth} hops: {len(got)} edges")
        d.find_element(By.ID, "b-around").click()
        Select(d.find_element(By.ID, "n-depth")).select_by_value("1")
        check(d.execute_script(api + "counts()") == counts, "leaving the neighbourhood did not restore the counts")

        for view in ("congruence", "conflict"):
            c = d.execute_script(api + f"view('{view}')")
            check(c["view"] == view and c["edges"] == 0, f"view {view}: {c}")
            print(f"viewer_check: {view} network: {c['nodes']} nodes, {c['ties']} ties")
        d.execute_script(api + "view('statements')")

        csv = d.execute_script(api + "csv()")
        rows = csv.count("\r\n") - 1
        evidence = sum(len(l["evidence"]) for l in statement_links)
        check(rows >= evidence, f"CSV has {rows} rows for {evidence} pieces of evidence")
        svg = d.execute_script(api + "svg()")
        root = ET.fromstring(svg)
        check(root.tag.endswith("svg") and len(root) > len(nodes), "the SVG is empty")
        png = d.execute_script("return window.standpunkt.cy.png({full: true}).length")
        check(png > 1000, "the PNG export is empty")
        print(f"viewer_check: CSV {rows} rows, SVG {len(svg)} bytes, PNG ok")

        # The picture for the README: the graph with the evidence of a selected statement.
        d.execute_script(api + "reset()")
        box.clear()
        box.send_keys(wanted, Keys.ENTER)
        time.sleep(0.3)
        check(not severe(d), f"console errors: {severe(d)}")
        image = d.get_screenshot_as_base64()
        measured = not_blank(d, image)
        check(measured and measured["colours"] > 50 and measured["ink"] > 0.05,
              f"the screenshot looks blank: {measured}")
        check(measured["edges"] > 50, f"no statement edge is drawn in the screenshot: {measured}")
        with open(shot, "wb") as f:
            import base64
            f.write(base64.b64decode(image))
        print(f"viewer_check: screenshot {shot}: {measured}")

        # Affiliations (after the picture: switching the boxes lays the graph out anew):
        # dashed links; with the country boxes off, every one of them.
        affiliations = [l for l in graph["links"] if l["type"] == "affiliation"]
        visible = ("return window.standpunkt.cy.edges('.affiliation').filter(e => e.visible())"
                   ".map(e => [e.id(), e.style('line-style')])")
        boxes = d.find_element(By.ID, "g-boxes")
        if boxes.is_enabled():
            boxes.click()
        drawn = d.execute_script(visible)
        check(len(drawn) == len(affiliations) and all(style == "dashed" for _, style in drawn),
              f"{len(drawn)} affiliation links drawn ({sorted({s for _, s in drawn})}), "
              f"the JSON has {len(affiliations)}")
        check(d.execute_script(api + "counts()") == counts, "switching the boxes changed the counts")
        if not boxes.is_selected() and boxes.is_enabled():
            boxes.click()
        print(f"viewer_check: {len(drawn)} affiliation links drawn dashed")
        check(not severe(d), f"script errors: {severe(d)}")
    finally:
        d.quit()
    print("viewer_check: ok")


if __name__ == "__main__":
    main()
