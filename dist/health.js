import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-I33RBGC6.js";
import {
  summary
} from "./chunks/chunk-BDDRII6Q.js";
import {
  HEALTH_MARKER,
  assessHealth,
  healthMarkdown,
  healthTitle,
  loadHistory
} from "./chunks/chunk-ECPKYRBZ.js";
import {
  flakyIssuesApi
} from "./chunks/chunk-2ZN5WP2U.js";
import "./chunks/chunk-ZSLPRR32.js";
import {
  loadConfig
} from "./chunks/chunk-6RML2HF4.js";
import {
  redactor
} from "./chunks/chunk-HUNNWOYD.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/health.ts
init_define_TESTOPS_UPLOT();

// src/pipeline/health-step.ts
init_define_TESTOPS_UPLOT();

// src/health/issue.ts
init_define_TESTOPS_UPLOT();
async function syncHealthIssue(api, ref, input) {
  const login = await api.login();
  const ours = (await api.listByLabel(ref, input.label)).filter(
    (issue) => issue.body.includes(HEALTH_MARKER) && (issue.author === login || issue.author === null)
  );
  const open = ours.filter((issue) => issue.state === "open");
  const keep = open[0] ?? ours.at(-1);
  if (!keep) {
    const created = await api.create(ref, { title: input.title, body: input.body, labels: [input.label] });
    return { action: "created", number: created.number, url: created.url };
  }
  for (const duplicate of open.slice(1))
    await api.update(ref, duplicate.number, {
      state: "closed",
      stateReason: "not_planned",
      body: `Duplicate of #${keep.number}.

${HEALTH_MARKER}`
    });
  const reopen = keep.state === "closed" && input.alerts > 0;
  const updated = await api.update(ref, keep.number, {
    title: input.title,
    body: input.body,
    ...reopen ? { state: "open", stateReason: "reopened" } : {}
  });
  return { action: reopen ? "reopened" : "updated", number: updated.number, url: updated.url };
}

// src/pipeline/health-step.ts
async function healthImpl(context, setOutputs2) {
  const { log, event, inputs } = context;
  const { config } = loadConfig(context.repoRoot, inputs.config);
  const dir = inputs.history;
  const history = await loadHistory({ repoRoot: context.repoRoot, history: config.history, ...dir ? { dir } : {} });
  for (const problem of history.problems) log.warning(`testops health: left out ${problem}`);
  const report = assessHealth(history.records, config.health, /* @__PURE__ */ new Date());
  const runUrl = event.serverUrl && event.repo && event.runId ? `${event.serverUrl}/${event.repo.owner}/${event.repo.repo}/actions/runs/${event.runId}` : void 0;
  const body = healthMarkdown(report, runUrl ? { runUrl } : {});
  log.info(
    `testops health: ${history.records.length} runs read from ${history.from}; ${report.window.runs} in the window; ${report.alerts.length} alert(s)`
  );
  if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(redactor.text(body), true).write({ overwrite: false });
  let issueUrl;
  const octokit = context.octokit();
  if (!config.health.issue) log.info("testops health: health.issue is false: the job summary only");
  else if (!octokit || !event.repo)
    log.warning("testops health: no token or repository: the health issue is not updated (the job summary has the report)");
  else {
    try {
      const result = await syncHealthIssue(flakyIssuesApi(octokit), event.repo, {
        title: healthTitle(report),
        body,
        label: config.health.label,
        alerts: report.alerts.length
      });
      issueUrl = result.url;
      log.info(`testops health: ${result.action} issue #${result.number} (${result.url})`);
    } catch (error) {
      log.warning(
        `testops health: the health issue could not be updated: ${error.message.split("\n")[0]} (the workflow needs permissions: issues: write); the job summary has the report`
      );
    }
  }
  setOutputs2({
    "health-issue-url": issueUrl,
    "health-alerts": report.alerts.length,
    conclusion: report.alerts.length > 0 ? "failure" : "success"
  });
  return 0;
}

// src/steps/health.ts
await runStep("health", () => healthImpl(stepContext(), setOutputs));
