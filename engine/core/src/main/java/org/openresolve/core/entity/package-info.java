/**
 * What an entity is, told from its statements: the profile an analyst reads ({@link
 * org.openresolve.core.entity.EntityProfile}), aggregated in plain Java so that every list is
 * ordered and every flag decided the same way whatever runs it.
 */
package org.openresolve.core.entity;
