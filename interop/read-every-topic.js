'use strict';
// Reads newsflow's topics as any Node service would, with clients nobody on the newsflow team wrote: kafkajs
// (read_committed) and Confluent's AvroDeserializer, which fetches each writer schema from the registry by the id in
// the record. Prints one JSON line per record on stdout: {topic, partition, offset, key, magic, schemaId, value}, or
// {..., error} when a record cannot be decoded, then a summary on stderr. Exits 1 when any record failed, a value held
// a number that is not finite, or the topics were not read to their end within the timeout.
//
//   node read-every-topic.js --bootstrap 127.0.0.1:9092 --registry http://127.0.0.1:8081/apis/ccompat/v7 \
//        --topics news.raw,news.enriched [--timeout-ms 60000] [--use-latest true]
// --use-latest decodes every record into the subject's latest schema (Confluent's useLatestVersion) instead of its
// writer's own: fields removed since are skipped, so records written before a field was replaced still decode.
const { Kafka, logLevel } = require('kafkajs');
const { SchemaRegistryClient, AvroDeserializer, SerdeType } = require('@confluentinc/schemaregistry');

function options(argv) {
  const o = { timeoutMs: 60000, useLatest: false };
  for (let i = 2; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (name === 'bootstrap') o.bootstrap = value;
    else if (name === 'registry') o.registry = value;
    else if (name === 'topics') o.topics = value.split(',');
    else if (name === 'timeout-ms') o.timeoutMs = Number(value);
    else if (name === 'use-latest') o.useLatest = value === 'true';
    else throw new Error(`unknown option --${name}`);
  }
  if (!o.bootstrap || !o.registry || !o.topics) throw new Error('give --bootstrap, --registry and --topics');
  return o;
}

// Numbers a JSON reader would get wrong: NaN and infinities become null in JSON.stringify.
function nonFinite(value, path, found) {
  if (typeof value === 'number' && !Number.isFinite(value)) found.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => nonFinite(v, `${path}[${i}]`, found));
  else if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [k, v] of Object.entries(value)) nonFinite(v, `${path}.${k}`, found);
  }
  return found;
}

async function main() {
  const o = options(process.argv);
  const kafka = new Kafka({ clientId: 'newsflow-interop', brokers: [o.bootstrap], logLevel: logLevel.ERROR });

  // Where each partition ends now: reading is done when every partition was read up to there.
  const admin = kafka.admin();
  await admin.connect();
  const pending = new Map();
  for (const topic of o.topics) {
    for (const p of await admin.fetchTopicOffsets(topic)) {
      if (BigInt(p.high) > BigInt(p.low)) pending.set(`${topic}:${p.partition}`, BigInt(p.high) - 1n);
    }
  }
  await admin.disconnect();

  const avro = new AvroDeserializer(new SchemaRegistryClient({ baseURLs: [o.registry] }), SerdeType.VALUE,
    { useLatestVersion: o.useLatest });
  const consumer = kafka.consumer({ groupId: `newsflow-interop-${process.pid}-${Date.now()}`, readUncommitted: false });
  let finish;
  const finished = new Promise(resolve => { finish = resolve; });
  const settle = () => { if (pending.size === 0) finish(true); };
  // Emitted after each batch, also for a batch of transaction markers only, with the last offset it covered.
  consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
    const key = `${payload.topic}:${payload.partition}`;
    if (pending.has(key) && BigInt(payload.lastOffset) >= pending.get(key)) pending.delete(key);
    settle();
  });

  const counts = {};
  let failures = 0;
  await consumer.connect();
  await consumer.subscribe({ topics: o.topics, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      counts[topic] = (counts[topic] || 0) + 1;
      const line = { topic, partition, offset: message.offset, key: message.key === null ? null : message.key.toString('utf8') };
      if (message.value === null) {
        line.value = null; // a tombstone: the key was deleted
      } else {
        line.magic = message.value.readUInt8(0);
        line.schemaId = message.value.length >= 5 ? message.value.readInt32BE(1) : null;
        try {
          line.value = await avro.deserialize(topic, message.value);
          const bad = nonFinite(line.value, 'value', []);
          if (bad.length > 0) {
            failures++;
            line.error = `not a finite number: ${bad.join(', ')}`;
          }
        } catch (e) {
          failures++;
          line.error = String(e && e.message ? e.message : e);
        }
      }
      process.stdout.write(JSON.stringify(line) + '\n');
    },
  });
  settle();
  const timer = new Promise(resolve => setTimeout(() => resolve(false), o.timeoutMs));
  const complete = await Promise.race([finished, timer]);
  await consumer.disconnect();
  process.stderr.write(`read ${JSON.stringify(counts)}; ${failures} failed; `
    + (complete ? 'every partition read to its end\n' : `not read to the end within ${o.timeoutMs} ms: ${[...pending.keys()]}\n`));
  process.exit(failures === 0 && complete ? 0 : 1);
}

main().catch(e => {
  process.stderr.write(`read-every-topic: ${e && e.stack ? e.stack : e}\n`);
  process.exit(2);
});
