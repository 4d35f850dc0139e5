import { Readable } from 'node:stream';
import type { NetworkMap } from '@netwerkkracht/core';
import type { FastifyReply } from 'fastify';
import { createSlicer } from './slices.js';
import { isStreamedMap, type StreamedMap } from './streamed-map.js';

/**
 * Sends an answer that holds a whole map (`{ version, map, ... }`) as JSON, streamed one snapshot
 * at a time with the event loop given turns between slices. Built whole, the 16 MB answer of a
 * map of 100 snapshots of 300 people held the loop for 100-150 ms (joining the text, then writing
 * it to the socket as one string); JSON.stringify of the whole map in one go takes about 70 ms.
 * The JSON is the same value Fastify would send (the map's `snapshots` come last among its
 * fields). A big map read from the database comes as a StreamedMap: its snapshots are made as the
 * socket takes the answer, a part at a time, and give the same text as the whole map would.
 */
export async function sendMapAnswer<A extends { readonly map: NetworkMap | StreamedMap }>(reply: FastifyReply, answer: A): Promise<FastifyReply> {
  // A small buffer: the next snapshot is made when the socket has taken the last one.
  return reply.type('application/json; charset=utf-8').send(Readable.from(answerChunks(answer), { objectMode: false, highWaterMark: 64 * 1024 }));
}

/** The answer's JSON text in pieces: everything up to the map's snapshots, each snapshot, the rest. */
async function* answerChunks(answer: { readonly map: NetworkMap | StreamedMap }): AsyncGenerator<Buffer> {
  const slicer = createSlicer();
  const fields = Object.entries(answer).filter(([, value]) => value !== undefined);
  let open = '{';
  for (const [i, [key, value]] of fields.entries()) {
    const comma = i === 0 ? '' : ',';
    if (key !== 'map') {
      open += `${comma}${JSON.stringify(key)}:${JSON.stringify(value)}`;
      continue;
    }
    const map = value as NetworkMap | StreamedMap;
    const { snapshots, ...head } = isStreamedMap(map) ? { ...map.head, snapshots: map.snapshots(slicer) } : map;
    const headJson = JSON.stringify(head);
    yield Buffer.from(`${open}${comma}"map":${headJson.slice(0, -1)}${headJson === '{}' ? '' : ','}"snapshots":[`);
    let s = 0;
    for await (const snapshot of snapshots) {
      yield Buffer.from(`${s === 0 ? '' : ','}${JSON.stringify(snapshot)}`);
      s += 1;
      await slicer.maybeYield();
    }
    open = ']}';
  }
  yield Buffer.from(`${open}}`);
}
