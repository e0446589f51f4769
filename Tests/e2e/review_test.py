"""End-to-end test of the page in headless Chromium (run by scripts/e2e-browser).

1. Review: opens the example alignment served by `bitext serve`, merges two rows with the keyboard,
   checks undo and redo, saves with the button and checks the TMX on disk.
2. Align: uploads two versions of a release on the page, merges the weakest row with its
   neighbour, saves, and checks the new TMX on disk against the rows as shown before the merge.
3. Search: finds the saved pair in the memory (concordance and fuzzy match), a near hit marked as
   such (tmx/notices.tmx), and a glossary entry.
4. Glossary: accepts term candidates (one with an edit) and rejects one, and checks the glossary
   file on disk.
With --screenshots DIR it also writes the README's screenshots.
"""
import argparse
import os
import sys
import time
import xml.etree.ElementTree as ET

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
results = {"passed": 0, "failed": 0}


def check(name, condition, detail=""):
    if condition:
        results["passed"] += 1
        print(f"ok   {name}")
    else:
        results["failed"] += 1
        print(f"FAIL {name} {detail}")


def rows(driver):
    return driver.find_elements(By.CSS_SELECTOR, "tr.row")


def wait_rows(driver, count):
    WebDriverWait(driver, 15).until(lambda d: len(rows(d)) == count)


def cells(driver, index):
    row = driver.find_element(By.CSS_SELECTOR, f'tr.row[data-index="{index}"]')
    return [cell.text for cell in row.find_elements(By.CSS_SELECTOR, "td.cell")]


def wait(driver, condition, seconds=30):
    return WebDriverWait(driver, seconds).until(condition)


def shoot(driver, args, name):
    if args.screenshots:
        driver.save_screenshot(f"{args.screenshots}/{name}.png")


def check_saved_unit(path, count, index, texts, bead):
    """Checks the TMX on disk: its unit count, and the texts and props of the unit a person fixed."""
    units = ET.parse(path).getroot().findall("./body/tu")
    check(f"the TMX on disk has {count} units", len(units) == count, str(len(units)))
    found = {tuv.get(XML_LANG): "".join(tuv.find("seg").itertext()) for tuv in units[index].findall("tuv")}
    check(f"unit {index + 1} holds the fixed pair", found == texts, str(found))
    props = {prop.get("type"): prop.text for prop in units[index].findall("prop")}
    check(f"unit {index + 1} is a reviewed {bead} bead", props.get("x-bead") == bead and props.get("x-reviewed") == "yes", str(props))


def sentences(driver, index):
    """The sentences of each column of a row, as the page shows them (read in one script)."""
    return driver.execute_script(
        "const row = document.querySelector('tr.row[data-index=\"' + arguments[0] + '\"]');"
        "return [...row.querySelectorAll('td.cell')].map((cell) => [...cell.querySelectorAll('.sentence')].map((s) => s.textContent));",
        index)


def align_uploads(driver, args):
    """Aligns the uploads and merges the row the page puts first (the weakest) with its neighbour.

    Nothing here relies on the aligner making a mistake: the merged row and the saved unit are
    checked against the two rows as the page showed them before the merge.
    """
    driver.find_element(By.ID, "tab-align").click()
    driver.find_element(By.ID, "align-source").send_keys(os.path.join(args.uploads, "upload-release.en.txt"))
    driver.find_element(By.ID, "align-target").send_keys(os.path.join(args.uploads, "upload-release.fr.txt"))
    output = driver.find_element(By.ID, "align-output").get_attribute("value")
    check("the memory name is suggested from the upload", output == "tmx/upload-release.tmx", output)
    driver.find_element(By.ID, "align-run").click()
    wait(driver, lambda d: d.find_element(By.ID, "view-review").is_displayed() and d.find_element(By.ID, "message").text.startswith("Aligned"))
    count = len(rows(driver))
    shown = [sentences(driver, index) for index in range(count)]
    check("the aligned releases open for review, every sentence in one row",
          sum(len(row[0]) for row in shown) == 11 and sum(len(row[1]) for row in shown) == 12, str(shown))
    message = driver.find_element(By.ID, "message").text
    check("the page says how many rows there are", f": {count} rows," in message, message)
    order = [int(row.get_attribute("data-index")) for row in rows(driver)]
    badges = [row.find_element(By.CSS_SELECTOR, ".badge").text for row in rows(driver)]
    scores = [1.5 if badge == "–" else float(badge) for badge in badges]
    check("the weakest rows come first", sorted(order) == list(range(count)) and scores == sorted(scores), str(list(zip(order, badges))))
    shoot(driver, args, "align-weakest-first")

    # The weakest row is selected: M merges it with the next row (Shift+M with the previous when it is the last).
    weakest = order[0]
    first = weakest - 1 if weakest == count - 1 else weakest
    expected = [a + b for a, b in zip(shown[first], shown[first + 1])]
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.SHIFT + "m" if first != weakest else "m")
    wait_rows(driver, count - 1)
    merged = sentences(driver, first)
    check("M merges the weakest row with its neighbour", merged == expected, str(merged))
    bead = f"{len(expected[0])}-{len(expected[1])}"
    driver.find_element(By.ID, "save").click()
    wait(driver, lambda d: d.find_element(By.ID, "status").text.startswith("saved"))
    message = driver.find_element(By.ID, "message").text
    check("Save writes the new memory", f"Saved {count - 1} units to tmx/upload-release.tmx" in message, message)

    check_saved_unit(os.path.join(args.root, "tmx", "upload-release.tmx"), count - 1, first, {
        "en": " ".join(expected[0]),
        "fr": " ".join(expected[1]),
    }, bead)


def search_memory(driver, args):
    driver.find_element(By.ID, "tab-search").click()
    wait(driver, lambda d: len(Select(d.find_element(By.ID, "search-from")).options) > 1)
    languages = [option.get_attribute("value") for option in Select(driver.find_element(By.ID, "search-from")).options]
    check("the memories' languages can be chosen", languages == ["", "en", "fr"], str(languages))
    Select(driver.find_element(By.ID, "search-from")).select_by_value("fr")
    Select(driver.find_element(By.ID, "search-to")).select_by_value("en")
    box = driver.find_element(By.ID, "search-text")
    box.send_keys("agences de transfert", Keys.ENTER)
    heading = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .concordance h2"))[0].text
    check("the concordance finds the saved pair", "“agences de transfert” (fr → en): 1 unit" in heading, heading)
    marks = [mark.text for mark in driver.find_elements(By.CSS_SELECTOR, "#search-results .hit .source mark")]
    check("the phrase is highlighted", marks == ["agences de transfert"], str(marks))
    origin = driver.find_element(By.CSS_SELECTOR, "#search-results .hit .origin").text
    check("the hit names the new memory", "tmx/upload-release.tmx" in origin, origin)
    translation = driver.find_element(By.CSS_SELECTOR, "#search-results .hit .translation").text
    check("the hit shows the English translation", "Payments were routed" in translation, translation)

    # A fuzzy match against the pair reviewed in the example memory (not aligned here, so the same whatever the aligner does).
    Select(driver.find_element(By.ID, "search-from")).select_by_value("en")
    Select(driver.find_element(By.ID, "search-to")).select_by_value("fr")
    box.clear()
    box.send_keys("Seizures of ivory rose by 50 per cent last year.", Keys.ENTER)
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .fuzzy .match"))
    percent = driver.find_element(By.CSS_SELECTOR, "#search-results .match .percent").text
    check("a fuzzy match shows its percentage", percent.endswith("%") and 70 <= int(percent[:-1]) < 100, percent)
    differs = [mark.text for mark in driver.find_elements(By.CSS_SELECTOR, "#search-results .match .source mark")]
    check("the word that differs is highlighted", differs == ["40"], str(differs))
    target = driver.find_element(By.CSS_SELECTOR, "#search-results .match .translation").text
    check("the fuzzy match shows the reviewed translation", "Les saisies d'ivoire ont augmenté de 40 % l'an dernier." in target, target)

    box.clear()
    Select(driver.find_element(By.ID, "search-from")).select_by_value("fr")
    Select(driver.find_element(By.ID, "search-to")).select_by_value("en")
    # A near hit (another inflection) is marked as `bitext lookup` marks it; the exact one is not.
    box.send_keys("notice rouge", Keys.ENTER)
    wait(driver, lambda d: "notice rouge" in d.execute_script("const h = document.querySelector('#search-results .concordance h2'); return h ? h.textContent : '';"))
    heading = driver.find_element(By.CSS_SELECTOR, "#search-results .concordance h2").text
    check("the concordance heading counts the near hit", "“notice rouge” (fr → en): 2 units (1 near)" in heading, heading)
    near = driver.find_elements(By.CSS_SELECTOR, "#search-results .hit.near")
    check("one hit is marked near", len(near) == 1 and near[0].find_element(By.CSS_SELECTOR, ".near-label").text == "near:",
          str([hit.text for hit in near]))
    marks = [mark.text for mark in near[0].find_elements(By.CSS_SELECTOR, ".source mark")] if near else []
    check("the near hit highlights the inflected phrase", marks == ["notices rouges"], str(marks))
    exact = driver.find_elements(By.CSS_SELECTOR, "#search-results .hit:not(.near)")
    check("the exact hit is not marked", len(exact) == 1 and not exact[0].find_elements(By.CSS_SELECTOR, ".near-label")
          and "La notice rouge a été publiée lundi." in exact[0].text, str([hit.text for hit in exact]))
    shoot(driver, args, "search-near-hit")

    box.clear()
    box.send_keys("réseau", Keys.ENTER)
    wait(driver, lambda d: "réseau" in d.execute_script("const h = document.querySelector('#search-results h2'); return h ? h.textContent : '';"))
    shoot(driver, args, "search-concordance")

    box.clear()
    box.send_keys("Secrétaire général", Keys.ENTER)
    wait(driver, lambda d: d.execute_script("const g = document.querySelector('#search-results .glossary-hits'); return g ? g.textContent : '';"))
    hit = driver.find_element(By.CSS_SELECTOR, "#search-results .glossary-hits .line").text
    check("the glossary entry is shown with the memory's answers", "Secrétaire général → Secretary General" in hit and "glossaries/press.tsv" in hit, hit)

    # A term inside a sentence is found too (as `bitext lookup` finds it), not only a whole phrase.
    box.clear()
    box.send_keys("La secrétaire générale a salué les progrès du réseau.", Keys.ENTER)
    wait(driver, lambda d: "secrétaire générale" in d.execute_script("const g = document.querySelector('#search-results .glossary-hits'); return g ? g.textContent : '';"))
    lines = [line.text for line in driver.find_elements(By.CSS_SELECTOR, "#search-results .glossary-hits .line")]
    check("a glossary term inside a sentence is shown, with its base form", any("secrétaire générale (Secrétaire général) → Secretary General" in line for line in lines), str(lines))


def candidate_row(driver, source):
    # In one script, so that a list being redrawn never hands out a row that is gone.
    return driver.execute_script(
        "return [...document.querySelectorAll('#terms tr.candidate')]"
        ".find((row) => row.querySelector('.term-source').value === arguments[0]) || null;", source)


def decide(driver, source, decision, target=None):
    row = candidate_row(driver, source)
    if row is None:
        check(f"candidate {source} is proposed", False)
        return
    if target is not None:
        field = row.find_element(By.CSS_SELECTOR, ".term-target")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", field)
        field.clear()
        field.send_keys(target)
    button = row.find_element(By.CSS_SELECTOR, f'button[data-decision="{decision}"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
    button.click()
    wait(driver, lambda d: "decided" in row.get_attribute("class"))


def curate_glossary(driver, args):
    driver.find_element(By.ID, "tab-glossary").click()
    glossary = driver.find_element(By.ID, "terms-glossary").get_attribute("value")
    check("the served glossary is chosen", glossary == "glossaries/press.tsv", glossary)
    # Every message the page shows while the extraction runs in the background, recorded as it changes.
    driver.execute_script("window.messages = []; new MutationObserver(() => window.messages.push(document.querySelector('#message').textContent))"
                          ".observe(document.querySelector('#message'), {childList: true, characterData: true, subtree: true});")
    driver.find_element(By.ID, "terms-run").click()
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#terms tr.candidate")) > 10, 120)
    messages = driver.execute_script("return window.messages;")
    check("the page shows the extraction's progress while it runs", any("Extracting term candidates fr → en: " in m and " s…" in m for m in messages), str(messages))
    summary = driver.find_element(By.ID, "terms-summary").text
    check("the candidates of both memories are extracted", "tmx/release-review.tmx, tmx/upload-release.tmx" in summary, summary)
    check("a pair already in the glossary is not proposed", candidate_row(driver, "Secrétaire général") is None)
    row = candidate_row(driver, "transfert d'argent")
    evidence = row.find_element(By.CSS_SELECTOR, ".evidence").text if row else ""
    check("a candidate shows its evidence", "Dice" in evidence and "agences de transfert" in evidence, evidence)

    decide(driver, "service social", "accept", target="social services")
    decide(driver, "transfert d'argent", "accept")
    decide(driver, "opération montre", "reject")
    entries = [entry.text for entry in driver.find_elements(By.CSS_SELECTOR, "#glossary-entries li.entry")]
    check("the glossary shows the accepted terms", "service social → social services" in entries and "transfert d'argent → money transfer" in entries, str(entries))
    driver.execute_script("window.scrollTo(0, 0);")
    shoot(driver, args, "glossary-curation")

    with open(os.path.join(args.root, "glossaries", "press.tsv"), encoding="utf-8") as file:
        lines = [line.split("\t")[:2] for line in file.read().splitlines() if line and not line.startswith("#")]
    check("the glossary file on disk holds the accepted pairs, in its own format", lines[:1] == [["Secrétaire général", "Secretary General"]]
          and ["service social", "social services"] in lines and ["transfert d'argent", "money transfer"] in lines, str(lines))
    check("the rejected pair is not in the glossary", not any(line[0] == "opération montre" for line in lines), str(lines))

    button = driver.find_element(By.ID, "terms-run")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
    button.click()
    wait(driver, lambda d: candidate_row(d, "transfert d'argent") is None, 120)
    check("decided candidates are not proposed again", candidate_row(driver, "service social") is None and candidate_row(driver, "opération montre") is None)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--tmx", required=True, help="the memory file on disk")
    parser.add_argument("--path", required=True, help="its API path")
    parser.add_argument("--root", required=True, help="the folder served (holding tmx/ and glossaries/)")
    parser.add_argument("--uploads", required=True, help="the folder of the release files to upload")
    parser.add_argument("--screenshots")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--driver", default="/usr/bin/chromedriver")
    args = parser.parse_args()

    options = webdriver.ChromeOptions()
    options.binary_location = args.chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(args.driver), options=options)
    try:
        driver.get(f"{args.url}?path={args.path}")
        wait_rows(driver, 10)
        check("the alignment opens as 10 rows", len(rows(driver)) == 10)
        badge = driver.find_element(By.CSS_SELECTOR, 'tr.row[data-index="2"] .badge').text
        check("the score is shown", badge == "0.41", badge)
        if args.screenshots:
            driver.save_screenshot(f"{args.screenshots}/review-document-order.png")

        # Select the English-only row 5 and merge it with the French-only row 6 (key M).
        driver.find_element(By.CSS_SELECTOR, 'tr.row[data-index="4"] td.num').click()
        driver.find_element(By.TAG_NAME, "body").send_keys("m")
        wait_rows(driver, 9)
        merged = cells(driver, 4)
        check("M merges the row with the next", merged == [
            "Seizures of ivory rose by 40 per cent last year.",
            "Les saisies d'ivoire ont augmenté de 40 % l'an dernier.",
        ], merged)
        status = driver.find_element(By.ID, "status").text
        check("the page says there are unsaved changes", status.startswith("unsaved"), status)

        body = driver.find_element(By.TAG_NAME, "body")
        body.send_keys(Keys.CONTROL, "z")
        wait_rows(driver, 10)
        check("Ctrl+Z undoes the merge", len(rows(driver)) == 10)
        body.send_keys(Keys.CONTROL, "y")
        wait_rows(driver, 9)
        check("Ctrl+Y redoes it", cells(driver, 4)[1].startswith("Les saisies"))

        driver.find_element(By.ID, "save").click()
        WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, "status").text.startswith("saved"))
        message = driver.find_element(By.ID, "message").text
        check("Save reports the units written", "Saved 9 units" in message, message)

        check_saved_unit(args.tmx, 9, 4, {
            "en": "Seizures of ivory rose by 40 per cent last year.",
            "fr": "Les saisies d'ivoire ont augmenté de 40 % l'an dernier.",
        }, "1-1")

        if args.screenshots:
            driver.find_element(By.ID, "filter").send_keys("weakest first")
            time.sleep(0.3)
            driver.find_element(By.CSS_SELECTOR, 'tr.row[data-index="6"] td.num').click()
            driver.save_screenshot(f"{args.screenshots}/review-weakest-first.png")

        align_uploads(driver, args)
        search_memory(driver, args)
        curate_glossary(driver, args)
    finally:
        driver.quit()
    print(f"e2e: {results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
