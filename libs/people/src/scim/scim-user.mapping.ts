import type { PersonEntity } from '../entities/person.entity';
import { ScimError } from './scim.errors';

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@"<>()\\,;:]+@[^\s@"<>()\\,;:]+\.[^\s@"<>()\\,;:]+$/;

/** What a SCIM User says about a person, checked. */
export interface ScimUserFields {
  userName: string;
  externalId: string | null;
  displayName: string;
  title: string | null;
  department: string | null;
  active: boolean;
  /** undefined: not given (kept on replace); null: reports to nobody. */
  managerId: string | null | undefined;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalText(value: unknown, field: string, max: number): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || value.length > max || /[\u0000-\u001f]/.test(value)) {
    throw new ScimError(400, `${field} must be text of at most ${max} characters.`, 'invalidValue');
  }
  return value.trim();
}

/** Entra ID sends booleans as "True"/"False" strings. */
function booleanValue(value: unknown, field: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw new ScimError(400, `${field} must be true or false.`, 'invalidValue');
}

export function readScimUser(body: unknown): ScimUserFields {
  if (!isObject(body)) throw new ScimError(400, 'The body must be a SCIM User (a JSON object).', 'invalidSyntax');
  const userName = optionalText(body.userName, 'userName', 254)?.toLowerCase();
  if (!userName || !EMAIL.test(userName)) {
    throw new ScimError(400, 'userName must be the person\'s work email address, such as ada@example.com.', 'invalidValue');
  }
  const name = isObject(body.name) ? body.name : {};
  const joined = [optionalText(name.givenName, 'name.givenName', 100), optionalText(name.familyName, 'name.familyName', 100)].filter(Boolean).join(' ');
  const displayName = optionalText(body.displayName, 'displayName', 200) ?? optionalText(name.formatted, 'name.formatted', 200) ?? (joined || userName);
  const enterprise = isObject(body[ENTERPRISE_SCHEMA]) ? (body[ENTERPRISE_SCHEMA] as Json) : {};
  let managerId: string | null | undefined;
  if ('manager' in enterprise) {
    const manager = enterprise.manager;
    const value = isObject(manager) ? manager.value : manager;
    if (value === null || value === undefined || value === '') managerId = null;
    else if (typeof value === 'string' && UUID.test(value)) managerId = value.toLowerCase();
    else throw new ScimError(400, 'manager.value must be the Kennis id of another User.', 'invalidValue');
  }
  return {
    userName,
    externalId: optionalText(body.externalId, 'externalId', 200),
    displayName,
    title: optionalText(body.title, 'title', 150),
    department: optionalText(enterprise.department, 'department', 100),
    active: body.active === undefined ? true : booleanValue(body.active, 'active'),
    managerId,
  };
}

export function scimUser(person: PersonEntity, baseUrl: string): Json {
  return {
    schemas: [USER_SCHEMA, ENTERPRISE_SCHEMA],
    id: person.id,
    externalId: person.externalId ?? undefined,
    userName: person.email,
    displayName: person.name,
    name: { formatted: person.name },
    emails: [{ value: person.email, type: 'work', primary: true }],
    title: person.jobTitle || undefined,
    active: person.deactivatedAt === null,
    [ENTERPRISE_SCHEMA]: {
      department: person.department || undefined,
      ...(person.managerId ? { manager: { value: person.managerId } } : {}),
    },
    meta: { resourceType: 'User', created: person.createdAt.toISOString(), location: `${baseUrl}/scim/v2/Users/${person.id}` },
  };
}

/**
 * Applies a PatchOp to the User as SCIM shows it; the result is read again like a replace, so a patch
 * is checked exactly like a full User. Paths: attribute names, "name.givenName", the enterprise URN
 * prefix, and emails[type eq "work"].value as Entra ID sends it.
 */
export function applyPatch(resource: Json, body: unknown): Json {
  if (!isObject(body) || !Array.isArray(body.Operations) || body.Operations.length === 0 || body.Operations.length > 100) {
    throw new ScimError(400, `A PATCH body is a ${PATCH_SCHEMA} with 1 to 100 Operations.`, 'invalidSyntax');
  }
  const result: Json = structuredClone(resource);
  for (const operation of body.Operations as unknown[]) {
    if (!isObject(operation) || typeof operation.op !== 'string') throw new ScimError(400, 'Each operation needs an op: add, replace or remove.', 'invalidSyntax');
    const op = operation.op.toLowerCase();
    if (!['add', 'replace', 'remove'].includes(op)) throw new ScimError(400, `op must be add, replace or remove, got "${operation.op}".`, 'invalidSyntax');
    const path = typeof operation.path === 'string' ? operation.path : null;
    if (path === null) {
      if (op === 'remove' || !isObject(operation.value)) throw new ScimError(400, 'An operation without a path needs an object value.', 'noTarget');
      for (const [attribute, value] of Object.entries(operation.value)) setPath(result, attribute, value);
    } else {
      setPath(result, path, op === 'remove' ? null : operation.value);
    }
  }
  return result;
}

function setPath(resource: Json, rawPath: string, value: unknown): void {
  let path = rawPath;
  let target = resource;
  if (path.startsWith(`${ENTERPRISE_SCHEMA}:`)) {
    path = path.slice(ENTERPRISE_SCHEMA.length + 1);
    target = isObject(resource[ENTERPRISE_SCHEMA]) ? (resource[ENTERPRISE_SCHEMA] as Json) : (resource[ENTERPRISE_SCHEMA] = {});
  } else if (path === ENTERPRISE_SCHEMA && isObject(value)) {
    for (const [attribute, inner] of Object.entries(value)) setPath(resource, `${ENTERPRISE_SCHEMA}:${attribute}`, inner);
    return;
  }
  if (/^emails(\[.*\])?(\.value)?$/i.test(path)) {
    const email = Array.isArray(value) ? (value.find((item) => isObject(item) && item.primary) ?? value[0]) : value;
    resource.userName = isObject(email) ? email.value : email;
    return;
  }
  const parts = path.split('.');
  if (parts.some((part) => !/^[A-Za-z][A-Za-z0-9]*$/.test(part)) || parts.length > 2) {
    throw new ScimError(400, `Kennis cannot change the path "${rawPath}".`, 'invalidFilter');
  }
  if (parts.length === 2) {
    const parent = isObject(target[parts[0]]) ? (target[parts[0]] as Json) : (target[parts[0]] = {});
    parent[parts[1]] = value;
    if (parts[0] === 'name') delete target.displayName;
    return;
  }
  target[parts[0]] = value;
}

/** The one filter provisioning needs: userName eq "..." (or externalId eq "..."). */
export function readFilter(filter: unknown): { attribute: 'userName' | 'externalId'; value: string } | null {
  if (filter === undefined || filter === '') return null;
  const match = typeof filter === 'string' ? /^\s*(userName|externalId)\s+eq\s+"((?:[^"\\]|\\.){1,254})"\s*$/i.exec(filter) : null;
  if (!match) throw new ScimError(400, 'Kennis filters Users by userName eq "<email>" or externalId eq "<id>" only.', 'invalidFilter');
  return { attribute: match[1].toLowerCase() === 'username' ? 'userName' : 'externalId', value: match[2].replace(/\\(.)/g, '$1') };
}
