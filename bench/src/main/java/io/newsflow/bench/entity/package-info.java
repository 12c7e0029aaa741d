/** Gazetteer lookups of the entity linker against plain hash maps of the same names. */
package io.newsflow.bench.entity;
