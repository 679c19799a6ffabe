import { errors } from '@strapi/utils';
import { InputError } from '../domain/errors/field-error';

/** Runs domain validation and turns its InputError into Strapi's 400 ValidationError, one entry per field. */
export function asStrapiValidation<T>(validate: () => T): T {
  try {
    return validate();
  } catch (error) {
    if (error instanceof InputError) {
      throw new errors.ValidationError(error.message, {
        errors: error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, name: 'ValidationError', code: issue.code, params: issue.params ?? {} })),
      });
    }
    throw error;
  }
}
