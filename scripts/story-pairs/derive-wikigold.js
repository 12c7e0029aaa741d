#!/usr/bin/env node
// Derives the WikiGold texts of enrich's story pair set (enrich/src/test/resources/story-pairs/wikigold/)
// from WikiGold's CoNLL file (CC BY 4.0; attribution in the pair set's README and in NOTICE). Each of the
// 144 documents (the last is empty) becomes one X.txt in the format of the gold articles: a headline (the first sentence's
// opening words), a blank line, and the body with paragraphs of two or three sentences. Tokens are joined
// back into prose (no space before closing punctuation, none inside quotes and brackets); words are
// not changed. The output is committed; re-run to rebuild it.
// Usage: node derive-wikigold.js <wikigold.conll.txt> <output dir>
'use strict'
const fs = require('fs')
const path = require('path')

const [input, outDir] = process.argv.slice(2)
if (!input || !outDir) {
  console.error('usage: derive-wikigold.js <wikigold.conll.txt> <output dir>')
  process.exit(2)
}

const documents = []
let sentence = []
let doc = null
const endSentence = () => {
  if (doc && sentence.length) doc.push(sentence)
  sentence = []
}
for (const line of fs.readFileSync(input, 'utf8').split('\n')) {
  const token = line.split(' ')[0]
  if (token === '-DOCSTART-') {
    endSentence()
    doc = []
    documents.push(doc)
  } else if (line.trim() === '') {
    endSentence()
  } else {
    sentence.push(token)
  }
}
endSentence()

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '%', "'s", "n't", "'", "'re", "'ve", "'ll", "'d", "'m"])
const NO_SPACE_AFTER = new Set(['(', '[', '$'])

function detokenise(tokens) {
  let text = ''
  let quoteOpen = false
  let glueNext = true
  for (const token of tokens) {
    let glue = glueNext
    glueNext = false
    if (token === '"') {
      if (quoteOpen) glue = true
      else glueNext = true
      quoteOpen = !quoteOpen
    } else if (NO_SPACE_BEFORE.has(token)) {
      glue = true
    }
    if (NO_SPACE_AFTER.has(token)) glueNext = true
    text += (glue || text === '' ? '' : ' ') + token
  }
  return text
}

function paragraphs(sentences) {
  const result = []
  let current = []
  let words = 0
  for (const s of sentences) {
    current.push(detokenise(s))
    words += s.length
    if (current.length === 3 || (current.length === 2 && words >= 40)) {
      result.push(current.join(' '))
      current = []
      words = 0
    }
  }
  if (current.length) result.push(current.join(' '))
  return result
}

function headline(first) {
  const words = detokenise(first).split(' ')
  let title = ''
  for (const w of words) {
    if ((title + ' ' + w).length > 60) break
    title = title ? title + ' ' + w : w
  }
  return title.replace(/[,;:(]+$/, '')
}

fs.mkdirSync(outDir, { recursive: true })
let written = 0
documents.forEach((sentences, i) => {
  if (!sentences.length) return // the file ends with an empty document
  written++
  const number = String(i + 1).padStart(3, '0')
  const slug = sentences[0].slice(0, 4).join('-').toLowerCase().replace(/[^a-z0-9-]+/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '')
  const file = path.join(outDir, `${number}-${slug || 'document'}.txt`)
  fs.writeFileSync(file, headline(sentences[0]) + '\n\n' + paragraphs(sentences).join('\n\n') + '\n')
})
console.log(`wrote ${written} documents to ${outDir}`)
