// Members upload listing images and exchange documents through the content API (POST /api/upload). For them —
// not for editors in the admin — the upload checks each file's real type (JPEG, PNG, WebP up to 5 MB, PDF up
// to 10 MB, by its bytes) and stores it as that type (its name's extension corrected), takes
// at most 8 files at once, refuses replacing or attaching files directly (images reach a listing only through
// the listing routes, which check ownership), and records who uploaded each file.
import { open } from 'node:fs/promises';
import { errors } from '@strapi/utils';
import { InputError, type FieldIssue } from '../../domain/errors/field-error';
import { IMAGES_MAX, storedFileName, uploadContentType, uploadIssues } from '../../domain/listing/listing-images';
import { asStrapiValidation } from '../../document-hooks/input-error';

async function head(filepath: string): Promise<Uint8Array> {
  const handle = await open(filepath, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const { bytesRead } = await handle.read(buffer, 0, 16, 0);
    return new Uint8Array(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

export default (plugin: any) => {
  plugin.contentTypes.file.schema.attributes.uploader = {
    type: 'relation',
    relation: 'manyToOne',
    target: 'plugin::users-permissions.user',
    private: true,
    configurable: false,
  };

  const factory = plugin.controllers['content-api'];
  plugin.controllers['content-api'] = (deps: any) => {
    const controller = factory(deps);
    const upload = controller.upload;
    controller.upload = async function (ctx: any) {
      const userId = ctx.state.auth?.strategy?.name === 'users-permissions' ? ctx.state.user?.id : undefined;
      if (!userId) return upload.call(controller, ctx);
      const body = ctx.request.body ?? {};
      if (ctx.query?.id || body.ref || body.refId || body.field || body.path) {
        throw new errors.PolicyError('Members upload new images only; attach them to a listing through the listing routes', { reason: 'upload_restricted' });
      }
      const input = ctx.request.files?.files;
      const files: any[] = Array.isArray(input) ? input : input ? [input] : [];
      if (files.length > IMAGES_MAX) {
        throw asStrapiValidationError([{ path: ['files'], code: 'too_many', message: `files: at most ${IMAGES_MAX} images at once`, params: { max: IMAGES_MAX } }]);
      }
      const issues: FieldIssue[] = [];
      for (const [index, file] of files.entries()) {
        const bytes = await head(file.filepath);
        issues.push(...uploadIssues(index, bytes, Number(file.size)));
        // Stored (and later served) as what it is, whatever its name or declared type claim.
        const type = uploadContentType(bytes);
        if (type) {
          file.mimetype = type;
          file.originalFilename = storedFileName(String(file.originalFilename ?? ''), type);
        }
      }
      if (issues.length) throw asStrapiValidationError(issues);
      // The upload plugin parses fileInfo itself and answered malformed JSON with a 500.
      if (body.fileInfo !== undefined && !isFileInfo(body.fileInfo)) {
        throw asStrapiValidationError([{ path: ['fileInfo'], code: 'invalid_type', message: 'fileInfo: must be a JSON object (or a list of them) with name, alternativeText, caption' }]);
      }
      if (files.length === 0) return upload.call(controller, ctx);
      const uploaded = await uploadAllOrNone(deps.strapi, ctx, files, (one) => upload.call(controller, one));
      for (const file of uploaded) {
        if (file?.id) await deps.strapi.db.query('plugin::upload.file').update({ where: { id: file.id }, data: { uploader: userId } });
      }
      ctx.status = 201;
      ctx.body = uploaded;
    };
    return controller;
  };
  return plugin;
};

/**
 * Uploads the files one by one through the plugin's own controller and, when one is refused (a name it does not
 * take, an image it cannot read), removes those already stored: the plugin stores a batch file by file, and a
 * refused batch left its first files behind, without an owner.
 */
async function uploadAllOrNone(strapi: any, ctx: any, files: any[], uploadOne: (ctx: any) => Promise<unknown>): Promise<any[]> {
  const infos = fileInfoList(ctx.request.body?.fileInfo);
  const uploaded: any[] = [];
  try {
    for (const [index, file] of files.entries()) {
      ctx.request.files.files = file;
      ctx.request.body = { ...ctx.request.body, fileInfo: JSON.stringify(infos[index] ?? {}) };
      await uploadOne(ctx);
      uploaded.push(...(Array.isArray(ctx.body) ? ctx.body : [ctx.body]));
    }
  } catch (error) {
    for (const stored of uploaded) {
      const row = stored?.id ? await strapi.db.query('plugin::upload.file').findOne({ where: { id: stored.id } }) : null;
      if (row) await strapi.plugin('upload').service('upload').remove(row);
    }
    throw error;
  } finally {
    ctx.request.files.files = files;
  }
  return uploaded;
}

/** fileInfo (checked by isFileInfo) as one object per file, by index. */
function fileInfoList(value: unknown): Record<string, unknown>[] {
  if (value === undefined) return [];
  const parsed = typeof value === 'string' ? parseJson(value) : value;
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.map((item) => (typeof item === 'string' ? parseJson(item) : item) as Record<string, unknown>);
}

/** True for what the upload plugin takes as fileInfo: a JSON object or a list of them (as form fields, so maybe JSON text). */
function isFileInfo(value: unknown): boolean {
  const parsed = typeof value === 'string' ? parseJson(value) : value;
  const isObject = (item: unknown) => !!item && typeof item === 'object' && !Array.isArray(item);
  if (Array.isArray(parsed)) return parsed.every((item) => isObject(typeof item === 'string' ? parseJson(item) : item));
  return isObject(parsed);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asStrapiValidationError(issues: FieldIssue[]): unknown {
  try {
    asStrapiValidation(() => {
      throw new InputError(issues);
    });
  } catch (error) {
    return error;
  }
  return new errors.ValidationError('invalid upload');
}
