import { errors } from '@strapi/utils';

/**
 * Refuses a member's write that touches fields only the server or an editor sets, naming them; refusing
 * (instead of silently dropping) tells the caller exactly why nothing was written.
 */
export function refuseProtectedFields(data: Record<string, unknown> | undefined, protectedFields: readonly string[], who = 'an editor'): void {
  if (!data) return;
  const touched = protectedFields.filter((field) => Object.prototype.hasOwnProperty.call(data, field));
  if (touched.length > 0) {
    throw new errors.PolicyError(`${touched.join(', ')} can only be set by ${who}`, { fields: touched });
  }
}

// Note: a 403 raised inside a content-API controller must be a PolicyError. Strapi's authorize middleware
// wraps the controller and turns any other ForbiddenError into a bare "Forbidden", losing the message.
