import { access } from "node:fs/promises";
import { loadSample } from "../../config/sample.js";
import { runDaily } from "../../shared/run/daily-run.js";
import { parseToday, todayIn } from "../../shared/run/today.js";
import type { SettingRow, TemplateRow } from "../../shared/stores/contact-store.js";
import { createWorkbook } from "../../shared/stores/local/create-workbook.js";
import { readSettingsFile } from "../../shared/stores/local/settings-file.js";
import { openStore } from "../../shared/stores/open-store.js";
import { formatSummary } from "./print-summary.js";

export interface RunCommandOptions {
  source: string;
  settings?: string;
  templates?: string;
  today?: string;
  dryRun?: boolean;
  json?: boolean;
  createSample?: boolean;
}

export async function runCommand(options: RunCommandOptions, print: (text: string) => void): Promise<void> {
  const today = options.today === undefined ? undefined : parseToday(options.today);
  if (options.createSample && !(await exists(options.source))) {
    const sample = await loadSample(today ?? todayIn("UTC", new Date()));
    await createWorkbook(options.source, sample);
    if (!options.json)
      print(
        `Created ${options.source} from the sample contacts (config/sample-contacts.csv): open it to see Tend's suggestions.\n`,
      );
  }
  const extraSettingRows: SettingRow[] = [];
  const extraTemplateRows: TemplateRow[] = [];
  for (const file of [options.settings, options.templates]) {
    if (file === undefined) continue;
    const rows = await readSettingsFile(file);
    extraSettingRows.push(...rows.settingRows);
    extraTemplateRows.push(...rows.templateRows);
  }
  const store = openStore(options.source);
  try {
    const summary = await runDaily({
      store,
      ...(today === undefined ? {} : { today }),
      dryRun: options.dryRun === true,
      extraSettingRows,
      extraTemplateRows,
    });
    print(options.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
  } finally {
    await store.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
