package org.ppcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each wording of a recipient, alone in a policy, yields that recipient (or, for a near-miss, does
 * not). The same sentences stand together in policies-corpus/traps-recipients*.md; here each is
 * proved on its own, since a whole policy shows a recipient once however many sentences name it.
 */
class RecipientWordingsTest {

    private static java.util.List<String> recipients(String sentence) {
        return Policies.facts("# Notes\n\n" + sentence + "\n").recipients().stream().map(Facts.Fact::id).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            analytics_providers    | We rely on providers that help us with hosting, analytics, customer support and billing.
            analytics_providers    | Quillfeather shares account details with outside companies that perform services for us, such as payment processing, data analytics and email delivery.
            analytics_providers    | Visit records are also collected by outside tracking companies, which provide traffic analytics to Quillfeather.
            analytics_providers    | Independent analytics companies may set cookies and pixels in our app to measure how it is used.
            analytics_providers    | We may give aggregated usage figures to third parties in connection with data analytics.
            advertising_partners   | Third-party ad networks may place cookies on our site to collect information about your visits.
            advertising_partners   | Some pages carry advertisements served by other companies.
            advertising_partners   | Contact details may be handed to third parties who assist with our marketing campaigns.
            data_brokers           | Under a few US state privacy statutes, handing over this data could be considered a "sale" or "sharing".
            data_brokers           | Letting advertising cookies run on our pages may constitute a sale of personal information under the laws of some states.
            data_brokers           | During the past year, we have disclosed or sold device identifiers and browsing history to the recipient types listed next.
            data_brokers           | We sell or share device identifiers and browsing activity with ad partners for cross-context behavioral advertising.
            affiliates             | We may share your details with the Quillfeather family of companies.
            affiliates             | We may share records with entities under the Larkspur Group for internal administration.
            affiliates             | We pass account records to other members of the Quillfeather corporate group.
            affiliates             | We may disclose account records to entities controlled by Quillfeather or under common ownership with it.
            business_partners      | We disclose information to institutions we have partnered with to offer co-hosted webinars.
            business_partners      | We share order details with selected third-party partners who deliver our gift boxes.
            business_transfer      | If another company buys the assets or stock of Quillfeather, your information may pass to it.
            government_authorities | Each disclosure we make in answer to a subpoena or court order is recorded in a log.
            service_providers      | We send order data to outside companies that perform services for us.
            data_brokers           | We "sell" personal information as the California Consumer Privacy Act defines that word.
            data_brokers           | Passing identifiers to ad partners may qualify as a "sale" under some state laws.
            affiliates             | We may share records with companies that are part of the Larkspur group.
            business_transfer      | If a larger firm acquires us, customer records would be among the transferred assets.
            analytics_providers    | We use Mixpanel to see which features people open.
            advertising_partners   | Our pages include the Meta Pixel so that our campaigns can be measured.
            advertising_partners   | We work with advertising networks to show you ads.
            advertising_partners   | We share hashed email addresses with social media platforms to show you our ads there.
            analytics_providers    | Information may be disclosed to providers of analytics, hosting and customer service.
            analytics_providers    | We share page-view logs with contractors who provide statistics and analyses for us.
            business_transfer      | Your information may be transferred to the acquiring entity.
            business_transfer      | We may disclose data to another entity that purchases some or all of our business.
            data_brokers           | We may "sell" or "share" your personal information with advertising partners.
            data_brokers           | Some of our disclosures to ad partners could be viewed as a sale of personal information under Virginia law.
            """)
    void namesTheRecipient(String id, String sentence) {
        assertThat(recipients(sentence)).as(sentence).contains(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            data_brokers           | We never sell what we know about you.
            data_brokers           | Residents of some states have a right to refuse the sale of their data.
            data_brokers           | We neither sell nor share your data for cross-context behavioral advertising.
            data_brokers           | Ask us and we will tell you whether we have sold anything about you over the last twelve months.
            data_brokers           | Our use of these cookies would not constitute a sale of personal information.
            data_brokers           | We do not believe our use of cookies constitutes a sale of personal information.
            data_brokers           | We have not "sold" or "shared" personal information in the past 12 months.
            data_brokers           | Wrenfield will not knowingly sell or share data about anyone younger than 16.
            data_brokers           | A footer link on every Wrenfield screen lets you stop the sale or sharing of your data.
            advertising_partners   | Wrenfield never gives your data to advertisers.
            advertising_partners   | We never allow third-party ad networks to place cookies on our service.
            advertising_partners   | Your details may go to the companies in our group, for instance for their marketing.
            advertising_partners   | California residents can ask which third parties got their data for their direct marketing.
            business_partners      | Our partners place cookies and pixels on our pages to see how visitors move between them.
            business_partners      | We partner with local radio stations to display advertising for our cooking events.
            business_partners      | Wrenfield and its partners may use cookies to show you ads on other sites.
            business_partners      | Wrenfield lets selected third-party partners drop cookies and pixels that keep the site secure.
            service_providers      | Our third-party vendors use cookies to deliver advertising on other sites.
            business_transfer      | If you buy a subscription from another company, that company's terms apply to your purchase.
            analytics_providers    | Usage logs are kept for our internal analytics and reporting.
            government_authorities | If a court order requires it, we delete your records.
            data_brokers           | You can request the categories of personal details we have sold about you.
            data_brokers           | We may be sharing these reports with your team administrator.
            data_brokers           | You can request a list of the recipient types for any disclosures that could be deemed sales.
            data_brokers           | This section explains whether and how, in the last year, we have collected, disclosed or sold personal information.
            business_transfer      | We share campaign data with our user acquisition partners.
            business_transfer      | If you sell your device, reset it first so the new owner cannot see your data.
            data_brokers           | To opt out of sharing for cross-context behavioral advertising, use the toggle in settings.
            data_brokers           | Under the CCPA, a "sale" includes making personal information available to third parties for value.
            analytics_providers    | We analyse usage internally and do not use third-party analytics services.
            """)
    void doesNotNameTheRecipient(String id, String sentence) {
        assertThat(recipients(sentence)).as(sentence).doesNotContain(id);
    }

    @org.junit.jupiter.api.Test
    void aHeadingNamesARecipientWhenItSaysDataGoesThereButNotWhenItAsks() {
        Facts said = Policies.facts("# Notes\n\n## When we share data with the Quillfeather family of companies\n\nThis helps us run the service.\n");
        assertThat(said.recipients()).extracting(Facts.Fact::id).contains("affiliates");
        Facts asked = Policies.facts("# Notes\n\n## Do we sell your personal information to data brokers?\n\nNo. We never do.\n");
        assertThat(asked.recipients()).extracting(Facts.Fact::id).doesNotContain("data_brokers");
    }
}
