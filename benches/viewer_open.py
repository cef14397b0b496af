#!/usr/bin/env python3
"""Opens viewer pages in a headless browser (BROWSER=chromium, the default: Debian's
chromium + chromium-driver; BROWSER=firefox: firefox-esr + geckodriver; Python
selenium) and prints how long each takes to become interactive: from navigation start
to the first frame drawn after the page's script is ready (window.standpunkt.ready),
measured in the page with performance.now(); the CPU time the browser's processes spent
meanwhile (user + system, read from /proc: less dependent on the machine's load than the
wall time); then the time a filter takes to redraw. Median of RUNS fresh page loads
(default 5).

usage: viewer_open.py PAGE.html…      (benches/viewer.sh calls it)
"""
import os
import shutil
import statistics
import sys

from selenium import webdriver

OPEN = """const done = arguments[arguments.length - 1];
(function wait() {
  if (!(window.standpunkt && window.standpunkt.ready)) return setTimeout(wait, 20);
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const t = performance.now();
    const c = window.standpunkt.counts();
    done({open: t, nodes: c.nodes, edges: c.edges});
  }));
})();"""
FILTER = """const done = arguments[arguments.length - 1];
const code = window.standpunkt.cy.nodes('[kind = "country"]')[0];
const f0 = performance.now();
window.standpunkt.filter({country: code ? code.data('id').slice(8) : ''});
requestAnimationFrame(() => {
  const f1 = performance.now();
  window.standpunkt.reset();
  done(f1 - f0);
});"""


def descendants(root):
    """Ids of the processes below `root` (from /proc)."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        for child in children.get(pid, []):
            found.append(child)
            todo.append(child)
    return found


def cpu_times(root):
    """Process id → user + system CPU seconds of every process below `root`."""
    ticks = os.sysconf("SC_CLK_TCK")
    times = {}
    for pid in descendants(root):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        times[pid] = (int(fields[11]) + int(fields[12])) / ticks
    return times


def cpu_spent(before, after):
    """CPU seconds spent between two cpu_times() readings (new processes from zero)."""
    return sum(t - before.get(pid, 0.0) for pid, t in after.items())


def driver(browser):
    if browser == "firefox":
        from selenium.webdriver.firefox.service import Service
        options = webdriver.FirefoxOptions()
        options.add_argument("-headless")
        options.binary_location = "/usr/bin/firefox-esr"
        path = shutil.which("geckodriver") or os.path.expanduser("~/.cargo/bin/geckodriver")
        d = webdriver.Firefox(options=options, service=Service(path))
        d.set_window_size(1500, 950)
        return d
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1500,950"):
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))


def main():
    runs = int(os.environ.get("RUNS", "5"))
    browser = os.environ.get("BROWSER", "chromium")
    d = driver(browser)
    d.set_script_timeout(300)
    try:
        for page in sys.argv[1:]:
            results = []
            for _ in range(runs):
                d.get("about:blank")
                before = cpu_times(d.service.process.pid)
                d.get("file://" + os.path.abspath(page))
                result = d.execute_async_script(OPEN)
                # The CPU time up to the first frame (the filter's redraw comes after).
                result["cpu"] = cpu_spent(before, cpu_times(d.service.process.pid))
                result["filter"] = d.execute_async_script(FILTER)
                results.append(result)
            opened = statistics.median(r["open"] for r in results) / 1000
            filtered = statistics.median(r["filter"] for r in results)
            cpu = statistics.median(r["cpu"] for r in results)
            size = os.path.getsize(page) / 1e6
            each = ", ".join(f"{r['open'] / 1000:.2f}" for r in results)
            print(f"{browser}: {os.path.basename(page)}: {size:.1f} MB, {results[0]['nodes']} nodes, "
                  f"{results[0]['edges']} statement edges: interactive in {opened:.2f} s "
                  f"(median of {runs}; runs {each}), browser CPU {cpu:.2f} s, "
                  f"country filter redrawn in {filtered:.0f} ms")
    finally:
        d.quit()


if __name__ == "__main__":
    main()
