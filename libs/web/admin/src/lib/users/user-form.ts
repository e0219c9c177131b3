import { inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { FIELD_LIMITS, DEFAULT_LANGUAGE, type Language, type Role } from '@gp/domain';
import { atLeastOne, withinLimit } from '@gp/web/core';

/** The fields both user dialogs share. Call in an injection context (a field initializer). */
export function userFields() {
  const fb = inject(NonNullableFormBuilder);
  return {
    name: fb.control('', [Validators.required, withinLimit(FIELD_LIMITS.person.name)]),
    roles: fb.control<Role[]>([], atLeastOne),
    departmentIds: fb.control<string[]>([]),
    language: fb.control<Language>(DEFAULT_LANGUAGE, Validators.required),
  };
}
