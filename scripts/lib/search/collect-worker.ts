/**
 * A worker thread of the search step (shard-collection.ts, collectShardsInBackground): reads the
 * given shards' fragments and keeps each shard's collection beside its bundle, while the main
 * thread merges the bundles. An error ends the thread with it, and the search step reports it.
 */
import { workerData } from 'node:worker_threads';
import { storeShardCollection } from './shard-collection.ts';

for (const dir of (workerData as { dirs: string[] }).dirs) storeShardCollection(dir);
