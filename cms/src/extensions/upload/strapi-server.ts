// Members upload listing images and exchange documents through the content API (POST /api/upload). For them —
// not for editors in the admin — the upload checks each file's real type (JPEG, PNG, WebP up to 5 MB, PDF up
// to 10 MB, by its bytes), takes
// at most 8 files at once, refuses replacing or attaching files directly (images reach a listing only through
// the listing routes, which check ownership), and records who uploaded each file.
import { open } from 'node:fs/promises';
import { errors } from '@strapi/utils';
import { InputError, type FieldIssue } from '../../domain/errors/field-error';
import { IMAGES_MAX, uploadIssues } from '../../domain/listing/listing-images';
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
      for (const [index, file] of files.entries()) issues.push(...uploadIssues(index, await head(file.filepath), Number(file.size)));
      if (issues.length) throw asStrapiValidationError(issues);
      await upload.call(controller, ctx);
      const uploaded: any[] = Array.isArray(ctx.body) ? ctx.body : ctx.body ? [ctx.body] : [];
      for (const file of uploaded) {
        if (file?.id) await deps.strapi.db.query('plugin::upload.file').update({ where: { id: file.id }, data: { uploader: userId } });
      }
    };
    return controller;
  };
  return plugin;
};

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
