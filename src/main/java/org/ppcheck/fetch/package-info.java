/**
 * Getting policies from the web: polite HTTP ({@link org.ppcheck.fetch.HttpFetcher}, robots.txt,
 * per-host rate limit, retries, no non-public address that a page leads to), finding the policy from a homepage
 * ({@link org.ppcheck.fetch.PolicyFinder}, with {@link org.ppcheck.fetch.Chromium} for pages that need JavaScript), and keeping an exact copy of what was checked
 * ({@link org.ppcheck.fetch.Archive}).
 */
package org.ppcheck.fetch;
