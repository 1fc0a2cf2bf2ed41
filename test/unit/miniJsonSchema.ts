/**
 * A JSON Schema (draft-07) checker for the keywords our two schemas use, enough to run them over real
 * corpus files without a schema library. A keyword it does not know is an error, so a schema cannot
 * silently rely on one that this checker would skip.
 */
export type Schema = { [keyword: string]: unknown };

export interface SchemaError {
  /** JSON pointer of the offending value, e.g. `/rules/casualty~1untaged`. */
  at: string;
  message: string;
}

const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'markdownDescription', 'default']);

export function validate(schema: Schema, value: unknown, at = ''): SchemaError[] {
  const errors: SchemaError[] = [];
  const fail = (message: string, where = at) => errors.push({ at: where, message });
  for (const [keyword, rule] of Object.entries(schema)) {
    switch (keyword) {
      case 'type':
        if (!hasType(value, rule as string)) fail(`not of type ${String(rule)}`);
        break;
      case 'enum':
        if (!(rule as unknown[]).includes(value)) fail(`not one of ${JSON.stringify(rule)}`);
        break;
      case 'const':
        if (value !== rule) fail(`not ${JSON.stringify(rule)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value)) fail(`does not match ${String(rule)}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (rule as number)) fail(`shorter than ${String(rule)}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (rule as number)) fail(`above ${String(rule)}`);
        break;
      case 'exclusiveMinimum':
        if (typeof value === 'number' && value <= (rule as number)) fail(`not above ${String(rule)}`);
        break;
      case 'required':
        if (isObject(value)) for (const key of rule as string[]) if (!(key in value)) fail(`missing ${key}`);
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((item, index) => errors.push(...validate(rule as Schema, item, `${at}/${index}`)));
        break;
      case 'properties':
      case 'additionalProperties':
      case 'propertyNames':
        if (isObject(value)) errors.push(...validateObject(schema, value, at, keyword));
        break;
      case 'if':
        if (validate(rule as Schema, value, at).length === 0 && schema.then) errors.push(...validate(schema.then as Schema, value, at));
        break;
      case 'then':
        break;
      default:
        if (!ANNOTATIONS.has(keyword)) throw new Error(`the checker does not know the keyword ${keyword}`);
    }
  }
  return errors;
}

/** One of the three object keywords; each is checked when its own keyword comes round. */
function validateObject(schema: Schema, value: Record<string, unknown>, at: string, keyword: string): SchemaError[] {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const errors: SchemaError[] = [];
  for (const [key, item] of Object.entries(value)) {
    const where = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (keyword === 'properties' && properties[key]) errors.push(...validate(properties[key], item, where));
    if (keyword === 'propertyNames') errors.push(...validate(schema.propertyNames as Schema, key, where));
    if (keyword === 'additionalProperties' && !properties[key]) {
      const rule = schema.additionalProperties;
      if (rule === false) errors.push({ at: where, message: 'not an allowed property' });
      else errors.push(...validate(rule as Schema, item, where));
    }
  }
  return errors;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'object') return isObject(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'integer') return Number.isInteger(value);
  return typeof value === type;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
