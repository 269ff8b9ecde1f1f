import * as z from "zod";

/** What `npm run deploy` needs to know (config/deploy.json; see config/deploy.example.json). */
export const DeployConfig = z
  .object({
    project: z
      .string()
      .regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, "a Google Cloud project id such as my-project-123"),
    region: z.string().regex(/^[a-z]+-[a-z]+\d$/, "a region such as europe-west1"),
    source: z
      .string()
      .regex(
        /^(sheets:|notion:|https:\/\/)/,
        "sheets:<spreadsheet id>, a spreadsheet URL, or notion:<database id>",
      ),
    schedule: z.string().min(9, "a cron schedule such as 0 7 * * *").default("0 7 * * *"),
    timeZone: z.string().min(1, "an IANA time zone such as Europe/Berlin"),
    functionName: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,62}$/, "lower-case letters, digits and dashes")
      .default("tend-daily-run"),
    runtimeServiceAccount: z
      .string()
      .regex(/^[a-z][a-z0-9-]{5,29}$/, "6-30 lower-case letters, digits and dashes")
      .default("tend-runner"),
    schedulerServiceAccount: z
      .string()
      .regex(/^[a-z][a-z0-9-]{5,29}$/, "6-30 lower-case letters, digits and dashes")
      .default("tend-scheduler"),
    settingsFile: z.string().nullable().default(null),
    notionTokenSecret: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/, "a Secret Manager secret name")
      .nullable()
      .default(null),
    /** The Notion page for the morning summary (TEND_NOTION_SUMMARY_PAGE): its id or URL. */
    notionSummaryPage: z
      .string()
      .regex(/^[^,\s]+$/, "a Notion page id or URL (Copy link), without spaces or commas")
      .nullable()
      .default(null),
  })
  .strict();
export type DeployConfig = z.infer<typeof DeployConfig>;

/** An argument completed at run time: `prefix` followed by what an earlier step printed. */
export interface CapturedArg {
  prefix: string;
  from: string;
}
export type DeployArg = string | CapturedArg;

export interface DeployStep {
  why: string;
  command: DeployArg[];
  /** Steps a person does (sharing a sheet): printed, never run. */
  manual?: boolean;
  /** Keep this step's standard output (trimmed) under this name for later steps' CapturedArgs. */
  captureAs?: string;
}

/** The deployed function's HTTPS URL: only gcloud knows it, after the deploy. */
export const FUNCTION_URL = "FUNCTION_URL";

const APIS = [
  "cloudfunctions.googleapis.com",
  "run.googleapis.com",
  "cloudbuild.googleapis.com",
  "artifactregistry.googleapis.com",
  "cloudscheduler.googleapis.com",
  "sheets.googleapis.com",
  "secretmanager.googleapis.com",
];

/** The exact gcloud commands, in order: APIs, service accounts, secret access, function, schedule. */
export function deployPlan(config: DeployConfig): DeployStep[] {
  const project = `--project=${config.project}`;
  const runtime = `${config.runtimeServiceAccount}@${config.project}.iam.gserviceaccount.com`;
  const scheduler = `${config.schedulerServiceAccount}@${config.project}.iam.gserviceaccount.com`;
  const envVars = [
    `TEND_SOURCE=${config.source}`,
    ...(config.settingsFile ? [`TEND_SETTINGS=${config.settingsFile}`] : []),
    ...(config.notionSummaryPage ? [`TEND_NOTION_SUMMARY_PAGE=${config.notionSummaryPage}`] : []),
  ];
  const steps: DeployStep[] = [
    { why: "Enable the APIs Tend uses", command: ["gcloud", "services", "enable", ...APIS, project] },
    {
      why: "Create the service account the function runs as",
      command: [
        "gcloud",
        "iam",
        "service-accounts",
        "create",
        config.runtimeServiceAccount,
        "--display-name=Tend daily run",
        project,
      ],
    },
  ];
  if (config.source.startsWith("sheets:") || config.source.includes("docs.google.com")) {
    steps.push({
      why: `Share the spreadsheet (Editor) with ${runtime}`,
      command: ["open", "the sheet, Share, add", runtime],
      manual: true,
    });
  }
  if (config.notionTokenSecret) {
    steps.push(
      {
        why: "Keep the Notion token in Secret Manager (paste it on standard input)",
        command: [
          "gcloud",
          "secrets",
          "create",
          config.notionTokenSecret,
          "--replication-policy=automatic",
          "--data-file=-",
          project,
        ],
      },
      {
        why: "Let the function read that secret",
        command: [
          "gcloud",
          "secrets",
          "add-iam-policy-binding",
          config.notionTokenSecret,
          `--member=serviceAccount:${runtime}`,
          "--role=roles/secretmanager.secretAccessor",
          project,
        ],
      },
    );
  }
  steps.push(
    {
      why: "Deploy the function (2nd gen, Node.js 22, not public)",
      command: [
        "gcloud",
        "functions",
        "deploy",
        config.functionName,
        "--gen2",
        "--runtime=nodejs22",
        `--region=${config.region}`,
        "--source=.",
        "--entry-point=dailyRun",
        "--trigger-http",
        "--no-allow-unauthenticated",
        `--service-account=${runtime}`,
        `--set-env-vars=${envVars.join(",")}`,
        ...(config.notionTokenSecret
          ? [`--set-secrets=NOTION_TOKEN=${config.notionTokenSecret}:latest`]
          : []),
        "--memory=1Gi",
        "--timeout=540s",
        project,
      ],
    },
    {
      why: "Create the service account Cloud Scheduler calls the function as",
      command: [
        "gcloud",
        "iam",
        "service-accounts",
        "create",
        config.schedulerServiceAccount,
        "--display-name=Tend scheduler",
        project,
      ],
    },
    {
      why: "Allow only that account to call the function",
      command: [
        "gcloud",
        "functions",
        "add-invoker-policy-binding",
        config.functionName,
        `--region=${config.region}`,
        `--member=serviceAccount:${scheduler}`,
        project,
      ],
    },
    {
      why: "Look up the function's URL (the scheduler calls it and uses it as the OIDC audience)",
      command: [
        "gcloud",
        "functions",
        "describe",
        config.functionName,
        "--gen2",
        `--region=${config.region}`,
        project,
        "--format=value(serviceConfig.uri)",
      ],
      captureAs: FUNCTION_URL,
    },
    {
      why: `Run every day at "${config.schedule}" in ${config.timeZone}, with an OIDC token and a JSON body`,
      command: [
        "gcloud",
        "scheduler",
        "jobs",
        "create",
        "http",
        `${config.functionName}-daily`,
        `--location=${config.region}`,
        `--schedule=${config.schedule}`,
        `--time-zone=${config.timeZone}`,
        { prefix: "--uri=", from: FUNCTION_URL },
        "--http-method=POST",
        "--headers=Content-Type=application/json",
        "--message-body={}",
        `--oidc-service-account-email=${scheduler}`,
        { prefix: "--oidc-token-audience=", from: FUNCTION_URL },
        project,
      ],
    },
  );
  return steps;
}
