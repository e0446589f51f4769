"""End-to-end test of the review page in headless Chromium (run by scripts/e2e-browser).

Opens the example alignment served by `bitext serve`, merges two rows with the keyboard, checks
undo and redo, saves with the button and checks the TMX on disk. With --screenshots DIR it also
writes the README's screenshots.
"""
import argparse
import sys
import time
import xml.etree.ElementTree as ET

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--tmx", required=True, help="the memory file on disk")
    parser.add_argument("--path", required=True, help="its API path")
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

        units = ET.parse(args.tmx).getroot().findall("./body/tu")
        check("the TMX on disk has 9 units", len(units) == 9, str(len(units)))
        texts = {tuv.get(XML_LANG): "".join(tuv.find("seg").itertext()) for tuv in units[4].findall("tuv")}
        check("unit 5 holds the merged pair", texts == {
            "en": "Seizures of ivory rose by 40 per cent last year.",
            "fr": "Les saisies d'ivoire ont augmenté de 40 % l'an dernier.",
        }, str(texts))
        props = {prop.get("type"): prop.text for prop in units[4].findall("prop")}
        check("unit 5 is a reviewed 1-1 bead", props.get("x-bead") == "1-1" and props.get("x-reviewed") == "yes", str(props))

        if args.screenshots:
            driver.find_element(By.ID, "filter").send_keys("weakest first")
            time.sleep(0.3)
            driver.find_element(By.CSS_SELECTOR, 'tr.row[data-index="6"] td.num').click()
            driver.save_screenshot(f"{args.screenshots}/review-weakest-first.png")
    finally:
        driver.quit()
    print(f"e2e: {results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
