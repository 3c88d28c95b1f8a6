import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_ACTION_LABELS, AUDIT_SUBJECT_KINDS, auditActionGroup, auditActionLabel } from '@maillage/shared';
import { WEBHOOK_EVENT_TYPES } from '@maillage/shared/api';
import { describe, expect, it } from 'vitest';
import { NAMED_SUBJECT_TYPES } from './subjects.js';

/**
 * Every audit action the server can write has a French label. The actions are found in the sources:
 * each 'domain.action' string literal of server/src (outside tests) is an action name, except the few
 * dotted literals listed below that are something else (file names, settings, paths).
 */
const SRC = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.includes('test-fixtures') ? [path] : [];
  });
}

const NOT_ACTIONS = [
  /\.(html|graphql|csv|ts|js|json|wasm|data)$/,
  /^maillage\./,
  /^input\./,
  /^req\./,
  /^extensions\./,
  /^db\./,
  // SQL's name for the row an upsert would have inserted (on conflict … do update set x = excluded.x).
  /^excluded\./,
  // The webhook event types (shared/src/api/webhook-events.ts): what a subscribed system is told, not audit actions.
  new RegExp(`^(${WEBHOOK_EVENT_TYPES.map((t) => t.replace('.', '\\.')).join('|')})$`),
];
const LITERAL = /(['`])([a-z][a-z_]*(?:\.[a-z][a-z_]*)+)\1/g;
/** Actions built from a template: the template, and where its variable part comes from. */
const TEMPLATES: Record<string, (text: string) => string[]> = {
  // case.<kind>: the kinds of the case events that apply() writes (transitions.service.ts).
  'case.${event.kind}': (text) => [...text.matchAll(/\{\s*kind: '([a-z_]+)'/g)].map((m) => `case.${m[1]}`),
  // A mutation that wrote no event of its own, and a refusal by a field's policy: named after the
  // GraphQL operation, labelled by family (auditActionLabel).
  'graphql.${info.fieldName}': () => ['graphql.anyMutation'],
};

function writtenActions(): { action: string; file: string }[] {
  const found: { action: string; file: string }[] = [];
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    const where = relative(SRC, file);
    for (const m of text.matchAll(LITERAL)) {
      if (!NOT_ACTIONS.some((re) => re.test(m[2]!))) found.push({ action: m[2]!, file: where });
    }
    for (const m of text.matchAll(/action: `([^`]*)`/g)) {
      const expand = TEMPLATES[m[1]!];
      expect(expand, `${where}: the action template \`${m[1]}\` is unknown to this test`).toBeDefined();
      for (const action of expand!(text)) found.push({ action, file: where });
    }
  }
  return found;
}

describe('audit action labels', () => {
  const written = writtenActions();

  it('finds the actions the code writes (the scan itself works)', () => {
    const names = new Set(written.map((w) => w.action));
    for (const known of [
      'auth.login',
      'case.read',
      'case.export',
      'case.close',
      'case.reassign',
      'parcours.document_read',
      'clas.dashboard.export',
      'audit.purge',
    ]) {
      expect(names, known).toContain(known);
    }
  });

  it('gives every action written by the code a French label and a group', () => {
    const missing = written.filter((w) => !w.action.startsWith('graphql.') && !AUDIT_ACTION_LABELS[w.action]);
    expect(missing, 'actions without a label in shared/src/audit/labels.ts').toEqual([]);
    const ungrouped = Object.keys(AUDIT_ACTION_LABELS).filter((a) => !auditActionGroup(a));
    expect(ungrouped, 'labelled actions outside every group of the filter').toEqual([]);
  });

  it('labels the GraphQL families in French, and says so of an action it does not know', () => {
    expect(auditActionLabel('graphql.setClasYearConfig')).toBe("Modification par l'API : setClasYearConfig");
    expect(auditActionLabel('Mutation.createUser')).toBe("Modification par l'API : createUser");
    expect(auditActionLabel('Query.auditEvents')).toBe("Lecture par l'API : auditEvents");
    expect(auditActionLabel('case.read')).toBe("Consultation d'un dossier");
    expect(auditActionLabel('nouveau.truc')).toBe('Action non répertoriée (nouveau.truc)');
  });

  it('names every kind of object the code records, and has a French kind for each', () => {
    const types = new Set<string>();
    for (const file of sources(SRC)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/subjectType: '([a-z_]+)'/g)) types.add(m[1]!);
    }
    expect(types.size).toBeGreaterThan(10);
    expect(
      [...types].filter((t) => !AUDIT_SUBJECT_KINDS[t]),
      'subject types without a French kind',
    ).toEqual([]);
    expect(
      [...types].filter((t) => !NAMED_SUBJECT_TYPES.includes(t)),
      'subject types no module names',
    ).toEqual([]);
  });
});
