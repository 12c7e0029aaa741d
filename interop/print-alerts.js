'use strict';
// The README's "Attach your own consumer" example: prints newsflow's alerts as they come.
//   node print-alerts.js ~/.newsflow/endpoints.properties
const fs = require('fs');
const { Kafka } = require('kafkajs');
const { SchemaRegistryClient, AvroDeserializer, SerdeType } = require('@confluentinc/schemaregistry');

const endpoints = Object.fromEntries(fs.readFileSync(process.argv[2], 'utf8').split('\n')
  .filter(line => line.includes('=') && !line.startsWith('#'))
  .map(line => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1).trim()]));

const kafka = new Kafka({ clientId: 'print-alerts', brokers: [endpoints['kafka.bootstrap.servers']] });
const registry = new SchemaRegistryClient({ baseURLs: [endpoints['registry.url']] });
const avro = new AvroDeserializer(registry, SerdeType.VALUE, {});
const consumer = kafka.consumer({ groupId: 'print-alerts', readUncommitted: false });

(async () => {
  await consumer.connect();
  await consumer.subscribe({ topic: 'news.alerts', fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      const alert = await avro.deserialize(topic, message.value);
      console.log(`${alert.ruleName}: ${alert.title} ${alert.url || ''} [${alert.alertId}]`);
    },
  });
})();
