// @ts-check
/**
 * Tend's menu in the Google Sheet. "Run now" asks Cloud Scheduler to run Tend's daily job at
 * once, with the user's own Google sign-in: the function stays private (only the scheduler's
 * account may call it), and whoever may run the job is decided in Google Cloud IAM.
 */

/** The job `npm run deploy` creates: `<functionName>-daily`, with the default function name. */
const TEND_DEFAULT_JOB = "tend-daily-run-daily";
/** Where Help points; a Script Property TEND_README_URL overrides it. Empty: no link. */
const TEND_README_URL = "";
const TEND_SCHEDULER_API = "https://cloudscheduler.googleapis.com/v1/";

/** Adds the Tend menu each time the spreadsheet opens (a simple trigger: no authorization needed). */
// biome-ignore lint/correctness/noUnusedVariables: Apps Script calls it: a simple trigger
function onOpen() {
  SpreadsheetApp.getUi()
    .createMenu("Tend")
    .addItem("Run now", "tendRunNow")
    .addItem("Open today's list", "tendOpenToday")
    .addItem("Help", "tendHelp")
    .addToUi();
}

/** Runs the daily job now: the suggestions land in the sheet a minute or two later. */
// biome-ignore lint/correctness/noUnusedVariables: Apps Script calls it: a menu item
function tendRunNow() {
  const ui = SpreadsheetApp.getUi();
  const job = tendSchedulerJob_(PropertiesService.getScriptProperties());
  if ("problem" in job) {
    ui.alert("Tend", job.problem, ui.ButtonSet.OK);
    return;
  }
  /** @type {GoogleAppsScript.URL_Fetch.HTTPResponse} */
  let response;
  try {
    response = UrlFetchApp.fetch(`${TEND_SCHEDULER_API}${job.name}:run`, {
      method: "post",
      contentType: "application/json",
      payload: "{}",
      // Quota and the API check go to Tend's project, not to this script's hidden one, where
      // the Cloud Scheduler API is off.
      headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}`, "X-Goog-User-Project": job.project },
      muteHttpExceptions: true,
    });
  } catch (error) {
    ui.alert(
      "Tend",
      `Tend could not reach Cloud Scheduler: ${tendSentence_(String(error))}.`,
      ui.ButtonSet.OK,
    );
    return;
  }
  const status = response.getResponseCode();
  if (status >= 200 && status < 300) {
    SpreadsheetApp.getActiveSpreadsheet().toast(
      "Tend is running: the suggestions appear here in a minute or two.",
      "Tend",
      10,
    );
    return;
  }
  ui.alert("Tend", tendRunError_(status, response.getContentText()), ui.ButtonSet.OK);
}

/**
 * The job's resource name from the Script Properties TEND_PROJECT, TEND_REGION and (optional)
 * TEND_SCHEDULER_JOB, or the sentence saying what to set.
 * @param {GoogleAppsScript.Properties.Properties} properties
 * @returns {{ name: string, project: string } | { problem: string }}
 */
function tendSchedulerJob_(properties) {
  const read = (/** @type {string} */ key) => (properties.getProperty(key) || "").trim();
  const project = read("TEND_PROJECT");
  const region = read("TEND_REGION");
  const job = read("TEND_SCHEDULER_JOB") || TEND_DEFAULT_JOB;
  const missing = [
    /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(project) ? "" : "TEND_PROJECT (your Google Cloud project id)",
    /^[a-z]+-[a-z]+\d+$/.test(region) ? "" : "TEND_REGION (such as europe-west1)",
    /^[A-Za-z0-9_-]{1,500}$/.test(job) ? "" : "TEND_SCHEDULER_JOB (the Cloud Scheduler job's name)",
  ].filter((text) => text !== "");
  if (missing.length > 0) {
    return {
      problem: `Set the Script Properties ${missing.join(" and ")} in Extensions > Apps Script > Project Settings, then choose Run now again.`,
    };
  }
  return { name: `projects/${project}/locations/${region}/jobs/${job}`, project };
}

/**
 * Google's error answer as one sentence, with what to do for the usual cases.
 * @param {number} status
 * @param {string} body
 */
function tendRunError_(status, body) {
  let message = "";
  try {
    message = tendSentence_(String(JSON.parse(body).error.message || ""));
  } catch (_) {
    message = "";
  }
  let hint = "";
  if (/has not been used in project|is disabled/i.test(message)) {
    hint = "; check that TEND_PROJECT is the project Tend was deployed to (the deploy enables that API)";
  } else if (status === 401 || status === 403) {
    hint =
      "; your Google account needs the Cloud Scheduler Job Runner and Service Usage Consumer roles in Tend's project";
  } else if (status === 404) {
    hint = "; check the Script Properties TEND_PROJECT, TEND_REGION and TEND_SCHEDULER_JOB";
  }
  return `Tend could not start the run (HTTP ${status})${message === "" ? "" : `: ${message}`}${hint}.`;
}

/**
 * The first sentence of a text, on one line and without its full stop, to sit inside another.
 * @param {string} text
 */
function tendSentence_(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return (line.split(/(?<=[.!?]) (?=[A-Z])/)[0] || "").replace(/[.!?]$/, "");
}

/** Shows the Today tab, where each run leaves the day's list. */
// biome-ignore lint/correctness/noUnusedVariables: Apps Script calls it: a menu item
function tendOpenToday() {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // Tend finds its tabs by name whatever the case, so this does too.
  const today = spreadsheet.getSheets().find((sheet) => sheet.getName().trim().toLowerCase() === "today");
  if (today === undefined) {
    const ui = SpreadsheetApp.getUi();
    ui.alert("Tend", "There is no Today tab yet: Tend adds it on its first run.", ui.ButtonSet.OK);
    return;
  }
  today.activate();
}

/** A short dialog: what the menu does, and where to read more. */
// biome-ignore lint/correctness/noUnusedVariables: Apps Script calls it: a menu item
function tendHelp() {
  const url = (
    PropertiesService.getScriptProperties().getProperty("TEND_README_URL") || TEND_README_URL
  ).trim();
  const more = /^https:\/\//.test(url)
    ? `<p><a href="${tendEscapeHtml_(url)}" target="_blank" rel="noopener">Read Tend's README</a></p>`
    : "<p>More in Tend's README, section <i>Google Sheets and Cloud Functions</i>.</p>";
  const html = [
    '<div style="font-family: sans-serif; font-size: 14px">',
    "<p>Tend reads this sheet every morning and writes, next to each contact, the suggested action, why, priority, due date and a draft message.</p>",
    "<p><b>Run now</b> starts that run at once. <b>Open today's list</b> shows the Today tab.</p>",
    "<p>When you set Status to <i>Request sent</i> or <i>Following</i>, today's date goes into Requested on or Followed on if it is blank.</p>",
    more,
    "</div>",
  ].join("");
  const output = HtmlService.createHtmlOutput(html).setWidth(420).setHeight(260);
  SpreadsheetApp.getUi().showModalDialog(output, "Tend");
}

/** @param {string} text */
function tendEscapeHtml_(text) {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
