/**
 * The dashboard's HTTP surface: the REST routes, the server-sent event stream, the page's assets,
 * and what protects them all (security headers on every response, the token on writes, the Host check
 * against DNS rebinding, the Origin check against cross-site writes).
 */
package io.newsflow.dashboard.http;
