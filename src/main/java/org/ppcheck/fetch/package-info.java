/**
 * Getting policies from the web: polite HTTP ({@link org.ppcheck.fetch.HttpFetcher}, robots.txt,
 * per-host rate limit, retries), finding the policy from a homepage
 * ({@link org.ppcheck.fetch.PolicyFinder}), and keeping an exact copy of what was checked
 * ({@link org.ppcheck.fetch.Archive}).
 */
package org.ppcheck.fetch;
