package org.ppcheck.web;

import gg.jte.html.HtmlAttribute;
import gg.jte.html.HtmlPolicyException;
import gg.jte.html.HtmlTag;
import gg.jte.html.OwaspHtmlPolicy;

/**
 * What the templates may contain, checked when they are compiled (jte-maven-plugin's
 * {@code htmlPolicyClass}): OWASP's rules (quoted attributes, no output inside tag or attribute
 * names, no inline event handlers) plus no script element and no style attribute or element, so that
 * the Content-Security-Policy can forbid inline code without breaking a page.
 */
public final class TemplatePolicy extends OwaspHtmlPolicy {
    @Override
    public void validateHtmlTag(HtmlTag htmlTag) throws HtmlPolicyException {
        super.validateHtmlTag(htmlTag);
        if (htmlTag.getName().equals("script") || htmlTag.getName().equals("style")) {
            throw new HtmlPolicyException("<" + htmlTag.getName() + "> is not allowed: the CSP forbids inline code; use static/app.css");
        }
    }

    @Override
    public void validateHtmlAttribute(HtmlTag htmlTag, HtmlAttribute htmlAttribute) throws HtmlPolicyException {
        super.validateHtmlAttribute(htmlTag, htmlAttribute);
        if (htmlAttribute.getName().equals("style")) {
            throw new HtmlPolicyException("style attributes are not allowed: the CSP forbids inline styles; use a class");
        }
    }
}
