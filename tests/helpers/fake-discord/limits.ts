/**
 * Discord's payload limits (content length, embeds, components, autocomplete choices, modals,
 * application commands), checked like Discord does so that bot bugs fail in tests with 400/50035.
 */
import { FLAG_IS_COMPONENTS_V2 } from './constants.js';
import type { JsonObject, RecordedFile } from './types.js';
import { apiError } from './util.js';

/** Collects Discord-style form errors: `{ field: { _errors: [{ code, message }] } }`. */
export class FormErrors {
  readonly tree: JsonObject = {};
  count = 0;
  add(path: Array<string | number>, code: string, message: string): void {
    let node = this.tree;
    for (const key of path) {
      const k = String(key);
      node[k] ??= {};
      node = node[k];
    }
    (node['_errors'] ??= []).push({ code, message });
    this.count++;
  }
  throwIfAny(): void {
    if (this.count > 0) throw apiError(400, 50035, 'Invalid Form Body', this.tree);
  }
}

/** Length in code points, as Discord counts it (0 for non-strings). */
function len(v: unknown): number {
  return typeof v === 'string' ? [...v].length : 0;
}

export function validateMessage(body: JsonObject, files: RecordedFile[], errs: FormErrors, base: Array<string | number>, _mode: 'create' | 'edit'): void {
  const content = body['content'];
  if (content != null && typeof content !== 'string') errs.add([...base, 'content'], 'BASE_TYPE_STRING', 'Must be a string.');
  if (len(content) > 2000) errs.add([...base, 'content'], 'BASE_TYPE_MAX_LENGTH', 'Must be 2000 or fewer in length.');
  const embeds = body['embeds'];
  if (embeds != null) {
    if (!Array.isArray(embeds)) errs.add([...base, 'embeds'], 'LIST_TYPE_CONVERT', 'Only iterables may be used in a ListType');
    else {
      if (embeds.length > 10) errs.add([...base, 'embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
      let total = 0;
      embeds.forEach((e: JsonObject, i: number) => {
        const p = [...base, 'embeds', i];
        const check = (v: unknown, max: number, key: Array<string | number>, required = false): void => {
          if (required && (typeof v !== 'string' || v.length === 0)) errs.add([...p, ...key], 'BASE_TYPE_REQUIRED', 'This field is required');
          if (len(v) > max) errs.add([...p, ...key], 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
          total += len(v);
        };
        check(e['title'], 256, ['title']);
        check(e['description'], 4096, ['description']);
        if (e['footer']) check(e['footer']['text'], 2048, ['footer', 'text'], true);
        if (e['author']) check(e['author']['name'], 256, ['author', 'name'], true);
        const fields = e['fields'];
        if (Array.isArray(fields)) {
          if (fields.length > 25) errs.add([...p, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
          fields.forEach((f: JsonObject, j: number) => {
            check(f['name'], 256, ['fields', j, 'name'], true);
            check(f['value'], 1024, ['fields', j, 'value'], true);
          });
        }
        for (const key of ['url']) {
          const v = e[key];
          if (v != null && !/^https?:\/\//.test(String(v))) errs.add([...p, key], 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
        }
        for (const key of ['image', 'thumbnail']) {
          const v = e[key]?.['url'];
          if (v != null && !/^(https?|attachment):\/\//.test(String(v))) errs.add([...p, key, 'url'], 'URL_TYPE_INVALID_URL', 'Scheme must be one of (\'http\', \'https\', \'attachment\').');
        }
        const color = e['color'];
        if (color != null && (!Number.isInteger(color) || color < 0 || color > 0xffffff)) errs.add([...p, 'color'], 'NUMBER_TYPE_MAX', 'int value should be <= 16777215 and >= 0.');
      });
      if (total > 6000) errs.add([...base, 'embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
    }
  }
  const components = body['components'];
  if (components != null && Array.isArray(components) && !(Number(body['flags'] ?? 0) & FLAG_IS_COMPONENTS_V2)) {
    if (components.length > 5) errs.add([...base, 'components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
    const ids = new Set<string>();
    components.forEach((row: JsonObject, i: number) => {
      const p = [...base, 'components', i];
      if (row['type'] !== 1) {
        errs.add([...p, 'type'], 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', 'Top-level components must be action rows');
        return;
      }
      const children: JsonObject[] = Array.isArray(row['components']) ? row['components'] : [];
      if (children.length === 0 || children.length > 5) errs.add([...p, 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
      children.forEach((c, j) => {
        const cp = [...p, 'components', j];
        if (c['type'] === 2) {
          if (len(c['label']) > 80) errs.add([...cp, 'label'], 'BASE_TYPE_MAX_LENGTH', 'Must be 80 or fewer in length.');
          const style = c['style'];
          if (style === 5) {
            if (!c['url']) errs.add([...cp, 'url'], 'BASE_TYPE_REQUIRED', 'This field is required');
          } else if (style !== 6) {
            if (!c['custom_id']) errs.add([...cp, 'custom_id'], 'BASE_TYPE_REQUIRED', 'This field is required');
          }
          if (!c['label'] && !c['emoji'] && style !== 6) errs.add([...cp, 'label'], 'BASE_TYPE_REQUIRED', 'Button needs a label or an emoji');
        }
        const cid = c['custom_id'];
        if (cid != null) {
          if (len(cid) > 100) errs.add([...cp, 'custom_id'], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
          if (ids.has(cid)) errs.add([...cp, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
          ids.add(cid);
        }
      });
    });
  }
  if (files.length > 10) errs.add([...base, 'files'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  for (const f of files) {
    if (f.size > 10 * 1024 * 1024) throw apiError(413, 40005, 'Request entity too large');
  }
}

export function validateChoices(data: JsonObject, errs: FormErrors): void {
  const choices = data['choices'];
  if (!Array.isArray(choices)) {
    errs.add(['data', 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
    return;
  }
  if (choices.length > 25) errs.add(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  choices.forEach((c: JsonObject, i: number) => {
    const name = c['name'];
    if (typeof name !== 'string' || len(name) < 1 || len(name) > 100) errs.add(['data', 'choices', i, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    const value = c['value'];
    if (typeof value === 'string' ? len(value) > 100 : typeof value !== 'number') errs.add(['data', 'choices', i, 'value'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  });
}

export function validateModal(data: JsonObject, errs: FormErrors): void {
  if (!data['custom_id'] || len(data['custom_id']) > 100) errs.add(['data', 'custom_id'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  if (!data['title'] || len(data['title']) > 45) errs.add(['data', 'title'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 45 in length.');
  const comps = data['components'];
  if (!Array.isArray(comps) || comps.length < 1 || comps.length > 5) errs.add(['data', 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
}

export function validateCommand(c: JsonObject, path: Array<string | number>, errs: FormErrors): void {
  const type = c['type'] ?? 1;
  const name = c['name'];
  const nameRe = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
  if (typeof name !== 'string' || (type === 1 ? !nameRe.test(name) || name !== name.toLowerCase() : len(name) < 1 || len(name) > 32)) {
    errs.add([...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
  if (type === 1) {
    const d = c['description'];
    if (typeof d !== 'string' || len(d) < 1 || len(d) > 100) errs.add([...path, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  }
  const validateOptions = (opts: unknown, p: Array<string | number>): void => {
    if (opts == null) return;
    if (!Array.isArray(opts)) {
      errs.add(p, 'LIST_TYPE_CONVERT', 'Only iterables may be used in a ListType');
      return;
    }
    if (opts.length > 25) errs.add(p, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    let seenOptional = false;
    const names = new Set<string>();
    opts.forEach((o: JsonObject, i: number) => {
      const op = [...p, i];
      if (typeof o['name'] !== 'string' || !nameRe.test(o['name']) || o['name'] !== o['name'].toLowerCase()) errs.add([...op, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
      if (names.has(o['name'])) errs.add([...op, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option names must be unique');
      names.add(o['name']);
      if (typeof o['description'] !== 'string' || len(o['description']) < 1 || len(o['description']) > 100) errs.add([...op, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
      if (o['type'] !== 1 && o['type'] !== 2) {
        if (o['required']) {
          if (seenOptional) errs.add([...op, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
        } else seenOptional = true;
      }
      if (Array.isArray(o['choices'])) {
        if (o['choices'].length > 25) errs.add([...op, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
        if (o['autocomplete']) errs.add([...op, 'autocomplete'], 'APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE', 'Autocomplete cannot be set with choices');
      }
      if (o['type'] === 1 || o['type'] === 2) validateOptions(o['options'], [...op, 'options']);
    });
  };
  validateOptions(c['options'], [...path, 'options']);
}

/** Discord rejects a message with nothing to show (50006). */
export function isEmptyMessage(body: JsonObject, files: RecordedFile[]): boolean {
  const content = typeof body['content'] === 'string' ? body['content'].trim() : '';
  const arr = (k: string): boolean => Array.isArray(body[k]) && body[k].length > 0;
  return !content && !arr('embeds') && !arr('components') && !arr('sticker_ids') && !body['poll'] && files.length === 0 && !arr('attachments');
}
