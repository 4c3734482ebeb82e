// Runs the CI examples as written (examples/ci/github-actions.yml and azure-pipelines.yml) on the example project,
// as a fresh runner would: each pipeline in its own workspace (a copy of examples/, the partner's repository) with
// its own empty local Maven repository, its steps in order. Both files must be valid YAML (duplicate keys too).
//
// What a runner here cannot do is stood in for, and said: a checkout of azlighthouse/lighthouse-maven-plugin
// (actions/checkout with repository:, or git clone of its URL in a script) copies this checkout's files;
// setup-java and JavaToolInstaller are the machine's Java 17; upload-sarif, PublishTestResults and the Jenkinsfile's
// junit only check that the report they name exists. Steps that run neither Maven nor git (comments posted on a pull
// request, say) are listed and not run. The Jenkinsfile is not run: each of its sh commands must be one that ran here.
// The run is a push to main: steps for pull requests only (the diff against the target branch, which diff's own ITs
// cover) are listed and not run, an upload guarded by hashFiles() is left out when its file is missing, as on
// GitHub, and the reports a push must publish (PUSH_REPORTS) are checked after each pipeline.
//
// Maven resolves into the pipeline's own repository (MAVEN_ARGS, read by Maven 3.9+), from the machine's local
// repository first (a file:// repository, as src/it/settings.xml does for the invoker ITs) and Maven Central after.
// Usage: node ci-examples.cjs <node_modules dir>; run from the repository root; logs in target/ci-examples/.
// (node ci-examples.cjs --copy-source <dir> is the git stand-in's copy, with LIGHTHOUSE_SOURCE the checkout.)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const ROOT = process.env.LIGHTHOUSE_SOURCE || process.cwd();
const WORK = path.join(ROOT, 'target/ci-examples');
const PLUGIN_REPO = 'azlighthouse/lighthouse-maven-plugin';
const PLUGIN_URL = new RegExp('^https://github\\.com/' + PLUGIN_REPO + '(\\.git)?/?$');
const PUSH_REPORTS = ['target/lighthouse-reports/lighthouse.sarif', 'target/lighthouse-reports/lighthouse-generate.sarif',
  'target/lighthouse-reports/TEST-lighthouse.xml', 'target/lighthouse-reports/TEST-lighthouse-generate.xml'];
const ran = [];      // every command line run, for the Jenkinsfile check
let failures = 0;

function fail(message) {
  console.log('ci-examples: FAILED ' + message);
  failures++;
}

function parse(file) {
  const YAML = require(path.join(path.resolve(process.argv[2]), 'yaml'));
  const doc = YAML.parseDocument(fs.readFileSync(file, 'utf8'), { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new Error(file + ' is not valid YAML:\n' + doc.errors.map(e => e.message).join('\n'));
  }
  return doc.toJS();
}

/** This checkout's files (tracked and new, not ignored): what a clone of the plugin's repository holds. */
function copyPluginSource(target) {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT })
    .toString().split('\0').filter(f => f && fs.existsSync(path.join(ROOT, f)));
  for (const f of files) {
    fs.mkdirSync(path.join(target, path.dirname(f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(target, f));
    fs.chmodSync(path.join(target, f), fs.statSync(path.join(ROOT, f)).mode);
  }
}

function copyDir(from, to) {
  fs.cpSync(from, to, { recursive: true, filter: src => path.basename(src) !== 'target' });
}

/** A fresh runner: workspace with the partner's repository (examples/), an empty local repository, a git stand-in. */
function runner(name) {
  const dir = path.join(WORK, name);
  fs.rmSync(dir, { recursive: true, force: true });
  const workspace = path.join(dir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  // git clone of the plugin's URL copies this checkout; every other git command is the real git
  const realGit = execFileSync('bash', ['-c', 'command -v git']).toString().trim();
  fs.writeFileSync(path.join(bin, 'git'), `#!/usr/bin/env bash
if [ "$1" = clone ]; then
  url=""; dest=""
  shift
  while [ $# -gt 0 ]; do
    case "$1" in
      --depth|--branch|-b) shift 2 ;;
      -*) shift ;;
      *) if [ -z "$url" ]; then url="$1"; else dest="$1"; fi; shift ;;
    esac
  done
  if [[ "$url" =~ ${PLUGIN_URL.source} ]]; then
    echo "ci-examples: git clone $url stands in as a copy of this checkout into $dest" >&2
    exec node "${__filename}" --copy-source "$dest"
  fi
fi
exec "${realGit}" "$@"
`, { mode: 0o755 });
  const settings = path.join(dir, 'settings.xml');
  const m2 = path.join(os.homedir(), '.m2/repository');
  fs.writeFileSync(settings, fs.readFileSync(path.join(ROOT, 'src/it/settings.xml'), 'utf8')
    .replaceAll('@localRepositoryUrl@', 'file://' + m2));
  const env = { ...process.env, PATH: bin + path.delimiter + process.env.PATH, LIGHTHOUSE_SOURCE: ROOT,
    MAVEN_ARGS: `-Dmaven.repo.local=${path.join(dir, 'repository')} -s ${settings}` };
  return { name, dir, workspace, env, step: 0 };
}

function checkout(r) {
  copyDir(path.join(ROOT, 'examples'), r.workspace);
  console.log(`ci-examples: ${r.name}: checkout: the example project (examples/) as the repository`);
}

function runsSomething(script) {
  return /(^|[\s;&|(])(\.\/mvnw|mvn|git)\s/m.test(script);
}

function shell(r, script, cwd, what) {
  r.step++;
  if (!runsSomething(script)) {
    console.log(`ci-examples: ${r.name}: not run (runs neither Maven nor git): ${what}`);
    return;
  }
  if (script.includes('${{')) {
    fail(`${r.name}: ${what}: has a GitHub expression (\${{ … }}) this check cannot evaluate:\n${script}`);
    return;
  }
  const log = path.join(r.dir, `step-${r.step}.log`);
  const started = Date.now();
  const out = fs.openSync(log, 'w');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script],
    { cwd, env: r.env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  script.split('\n').map(l => l.trim()).filter(l => l).forEach(l => ran.push(l));
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (result.status === 0) {
    console.log(`ci-examples: ${r.name}: ok (${seconds} s) ${what}`);
  } else {
    fail(`${r.name}: ${what} exited ${result.status} (${seconds} s); the end of ${path.relative(ROOT, log)}:\n`
      + fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n'));
  }
}

/** Whether a file or a glob (a * in the file name) names at least one file in the workspace. */
function exists(r, f) {
  if (!path.basename(f).includes('*')) {
    return fs.existsSync(path.join(r.workspace, f));
  }
  const dir = path.join(r.workspace, path.dirname(f));
  const name = new RegExp('^' + path.basename(f).split('*').map(p => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*') + '$');
  return fs.existsSync(dir) && fs.readdirSync(dir).some(n => name.test(n));
}

function reportExists(r, file, what) {
  for (const f of String(file).split(/[\s,]+/).filter(f => f)) {
    if (exists(r, f)) {
      console.log(`ci-examples: ${r.name}: ok ${what}: ${f} exists`);
    } else {
      fail(`${r.name}: ${what}: ${f} was not written`);
    }
  }
}

function githubActions(file) {
  const workflow = parse(file);
  for (const [id, job] of Object.entries(workflow.jobs)) {
    const r = runner('github-actions-' + id);
    for (const step of job.steps) {
      const uses = step.uses || '';
      const condition = String(step.if || '');
      if (/github\.event_name == 'pull_request'/.test(condition)) {
        console.log(`ci-examples: ${r.name}: not run (pull requests only; this run is a push): ${step.name || uses}`);
        continue;
      }
      const hashed = condition.match(/hashFiles\('([^']+)'\) != ''/);
      if (hashed && !exists(r, hashed[1])) {
        console.log(`ci-examples: ${r.name}: not run (hashFiles('${hashed[1]}') is empty, as on a push): ${uses}`);
        continue;
      }
      const dir = path.join(r.workspace, step['working-directory'] || '');
      if (uses.startsWith('actions/checkout@')) {
        const w = step.with || {};
        if (!w.repository) {
          checkout(r);
        } else if (w.repository === PLUGIN_REPO) {
          copyPluginSource(path.join(r.workspace, w.path || ''));
          console.log(`ci-examples: ${r.name}: checkout of ${w.repository} (${w.ref || 'default branch'}) stands in`
            + ` as a copy of this checkout into ${w.path || '.'}`);
        } else {
          fail(`${r.name}: checkout of ${w.repository}: only ${PLUGIN_REPO} can stand in here`);
        }
      } else if (uses.startsWith('actions/setup-java@')) {
        console.log(`ci-examples: ${r.name}: setup-java (Java ${step.with['java-version']}): the machine's Java`);
      } else if (uses.startsWith('github/codeql-action/upload-sarif@')) {
        reportExists(r, step.with.sarif_file, 'upload-sarif');
      } else if (step.run) {
        shell(r, step.run, dir, 'run: ' + step.run.trim().split('\n')[0]);
      } else {
        console.log(`ci-examples: ${r.name}: not run: uses ${uses}`);
      }
    }
    reportExists(r, PUSH_REPORTS.join(' '), 'a push publishes');
  }
}

function azurePipelines(file) {
  const pipeline = parse(file);
  const r = runner('azure-pipelines');
  const macros = { 'Agent.TempDirectory': path.join(r.dir, 'agent-temp'), 'Build.SourcesDirectory': r.workspace,
    'System.DefaultWorkingDirectory': r.workspace, 'Pipeline.Workspace': r.dir };
  fs.mkdirSync(macros['Agent.TempDirectory']);
  r.env.AGENT_TEMPDIRECTORY = macros['Agent.TempDirectory']; // Azure Pipelines passes its variables as environment too
  for (const step of pipeline.steps) {
    if (/isPullRequest, true/.test(String(step.condition || ''))) {
      console.log(`ci-examples: ${r.name}: not run (pull requests only; this run is a push): `
        + (step.displayName || step.task));
      continue;
    }
    if (step.checkout === 'self') {
      checkout(r);
    } else if (step.script) {
      const script = step.script.replace(/\$\(([A-Za-z.]+)\)/g, (m, name) => macros[name] || m);
      shell(r, script, r.workspace, 'script: ' + (step.displayName || step.script.trim().split('\n')[0]));
    } else if (String(step.task).startsWith('JavaToolInstaller@')) {
      console.log(`ci-examples: ${r.name}: JavaToolInstaller (Java ${step.inputs.versionSpec}): the machine's Java`);
    } else if (String(step.task).startsWith('PublishTestResults@')) {
      reportExists(r, step.inputs.testResultsFiles, 'PublishTestResults');
    } else {
      console.log(`ci-examples: ${r.name}: not run: ${step.task || Object.keys(step)[0]}`);
    }
  }
  reportExists(r, PUSH_REPORTS.join(' '), 'a push publishes');
}

/** The Jenkinsfile's sh commands are ones the YAML pipelines ran. */
function jenkinsfile(file) {
  const commands = [...fs.readFileSync(file, 'utf8').matchAll(/\bsh\s+'([^']*)'/g)].map(m => m[1]);
  for (const c of commands) {
    if (ran.includes(c)) {
      console.log(`ci-examples: Jenkinsfile: ok sh '${c}' ran above`);
    } else {
      fail(`Jenkinsfile: sh '${c}' is none of the commands the YAML pipelines ran; run it here too`);
    }
  }
}

if (process.argv[2] === '--copy-source') {
  copyPluginSource(path.resolve(process.argv[3]));
} else {
  fs.mkdirSync(WORK, { recursive: true });
  githubActions(path.join(ROOT, 'examples/ci/github-actions.yml'));
  azurePipelines(path.join(ROOT, 'examples/ci/azure-pipelines.yml'));
  jenkinsfile(path.join(ROOT, 'examples/ci/Jenkinsfile'));
  console.log(failures === 0 ? 'ci-examples: every Maven command of examples/ci ran on the example project'
    : `ci-examples: ${failures} failed`);
  process.exit(failures === 0 ? 0 : 1);
}
