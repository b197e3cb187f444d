/** The web app of {@code ppcheck serve}: pages, JSON API and security on the vendor register, rendered by precompiled jte templates. */
package org.ppcheck.web;
