import type { ListQuery } from '@/lib/query/types';
import type { ResourceDef } from '@/lib/resources/types';
import { getStore } from '@/lib/store';
import type { DataSource } from './source';

/** Reads the embedded SQLite store. Synchronous underneath; async to share the contract. */
export const localSource: DataSource = {
  kind: 'local',
  async list(def: ResourceDef, query: ListQuery, now: Date) {
    return getStore().list(def, query, now);
  },
  async get(def, id) {
    return { record: getStore().get(def, id) };
  },
  async getBySlug(def, slug) {
    return { record: getStore().getBySlug(def, slug) };
  },
  async facet(def, field) {
    return getStore().facet(def, field);
  },
  async histogram(def, query, unit, now) {
    return getStore().histogram(def, query, unit, now);
  },
  async ids(def) {
    return getStore().ids(def);
  },
  version() {
    return getStore().dataVersion();
  },
  async dataAsOf() {
    const store = getStore();
    return store.getMeta('last_sync_at') ?? store.getMeta('data_updated_at');
  },
};
