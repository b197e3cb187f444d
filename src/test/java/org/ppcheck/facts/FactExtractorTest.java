package org.ppcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ppcheck.facts.Policies.places;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ppcheck.nlp.AnalyzedDocument;

class FactExtractorTest {

    private static List<String> fields(Facts f) {
        return f.dataFields().stream().map(Facts.Fact::id).toList();
    }

    @Test
    void frameworksCountInAnyContextButNotGenericPhrases() {
        Facts f = Policies.facts("""
                # Privacy
                We comply with the General Data Protection Regulation and the UK GDPR.
                We no longer rely on the EU-U.S. Privacy Shield.
                We follow applicable data protection laws.
                """);
        assertThat(f.frameworks()).extracting(Facts.Fact::id).containsExactly("GDPR", "UK_GDPR", "PRIVACY_SHIELD");
    }

    @Test
    void ukGdprAloneIsNotTheEuGdpr() {
        Facts f = Policies.facts("We process data under the UK GDPR and the Data Protection Act 2018.");
        assertThat(f.frameworks()).extracting(Facts.Fact::id).containsExactly("UK_GDPR");
    }

    @Test
    void acronymsAreCaseSensitive() {
        Facts f = Policies.facts("We appreciate your comments on our ccpa-style dpf and appi settings.");
        assertThat(f.frameworks()).isEmpty();
    }

    @Test
    void negatedCollectionYieldsNoField() {
        Facts f = Policies.facts("""
                # Information we collect
                We collect your name and email address when you register.
                We do not collect biometric data or keystroke patterns.
                We never ask for your passport.
                """);
        assertThat(fields(f)).contains("name", "email").doesNotContain("biometric", "keystroke_patterns", "government_id");
    }

    @Test
    void pseudoNegationsDoNotNegate() {
        Facts f = Policies.facts("We collect information including, without limitation, your phone number and IP address.");
        assertThat(fields(f)).contains("phone", "ip_address");
    }

    @Test
    void listItemsInheritTheLeadInVerb() {
        Facts f = Policies.facts("""
                ## Data we process
                When you sign up, the following is provided:

                - Full name
                - Mobile number
                - Billing address
                """);
        assertThat(fields(f)).contains("name", "phone", "postal_address");
    }

    @Test
    void fieldsNeedACollectionContext() {
        Facts f = Policies.facts("Questions? Email us, or call our phone line.");
        assertThat(fields(f)).doesNotContain("email", "phone");
    }

    @Test
    void storageLocationsAreIsoCodesWithRelation() {
        Facts f = Policies.facts("""
                ## Where we store data
                Your data is stored on servers located in the People's Republic of China.
                We may transfer personal data to the United States and Singapore.
                """);
        assertThat(f.dataLocations()).extracting(Facts.LocationFact::country, Facts.LocationFact::relation)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CN", Facts.Relation.STORED),
                        org.assertj.core.groups.Tuple.tuple("US", Facts.Relation.TRANSFERRED),
                        org.assertj.core.groups.Tuple.tuple("SG", Facts.Relation.TRANSFERRED));
    }

    @Test
    void residenceRegisteredOfficeAndOriginAreNotDataLocations() {
        Facts f = Policies.facts("""
                If you live in the European Economic Area, the United Kingdom or Switzerland, you have extra rights.
                Acme Ltd is registered in Delaware and its registered office is at 1 Main Street, Dover 19901, Germany.
                When we transfer data from the EEA, we use standard contractual clauses.
                We do not store your data in Russia.
                """);
        assertThat(places(f)).isEmpty();
    }

    @Test
    void listedDestinationsShareTheirFrame() {
        Facts f = Policies.facts("We maintain data centers in Australia, Japan, the Netherlands and Canada.");
        assertThat(places(f)).containsExactly("AU", "JP", "NL", "CA");
    }

    @Test
    void everyPlaceIdIsACountryCodeEvenWhereYamlWouldReadABoolean() {
        assertThat(Vocabulary.places()).allMatch(id -> id.matches("[A-Z]{2}|EU|EEA"), "ISO 3166-1 alpha-2, EU or EEA")
                .contains("NO");
        Facts f = Policies.facts("Your data is stored in data centers in Norway and Sweden.");
        assertThat(places(f)).containsExactly("NO", "SE");
    }

    @Test
    void retentionPeriodsBecomeIsoDurations() {
        Facts f = Policies.facts("""
                ## How long we keep data
                We keep invoices for seven (7) years. Server logs are deleted after 30 days.
                Other data is kept as long as necessary.
                """);
        assertThat(f.retention()).extracting(Facts.RetentionFact::period).containsExactly("P7Y", "P30D", null);
    }

    @Test
    void agesAndResponseTimesAreNotRetention() {
        Facts f = Policies.facts("""
                Our service is not for children under 13 years old.
                We respond to requests within 30 days.
                """);
        assertThat(f.retention()).isEmpty();
    }

    @Test
    void vagueRetentionHasNullPeriod() {
        Facts f = Policies.facts("We retain your information for as long as necessary to provide the service.");
        assertThat(f.retention()).singleElement().satisfies(r -> assertThat(r.period()).isNull());
        assertThat(f.discloses("retention")).isTrue();
    }

    @Test
    void everyDisclosureIdIsReportedPresentOrAbsent() {
        Facts f = Policies.facts("""
                # Your rights
                You have the right to access your personal data and to lodge a complaint with a supervisory authority.
                """);
        assertThat(f.disclosures()).extracting(Facts.Disclosure::id).containsExactlyElementsOf(Vocabulary.disclosures());
        assertThat(f.discloses("rights.access")).isTrue();
        assertThat(f.discloses("rights.complaint")).isTrue();
        assertThat(f.discloses("dpo")).isFalse();
    }

    @Test
    void recipientsNeedASharingContextAndNoNegation() {
        Facts f = Policies.facts("""
                We share personal data with our service providers and affiliates.
                We do not sell personal information to data brokers.
                """);
        assertThat(f.recipients()).extracting(Facts.Fact::id).containsExactly("service_providers", "affiliates");
    }

    @Test
    void theAuthorityAUserMayComplainToIsNoRecipient() {
        Facts complaint = Policies.facts("""
                You may share your concerns with us, and you have the right to lodge a complaint with your local supervisory authority.
                """);
        assertThat(complaint.recipients()).extracting(Facts.Fact::id).doesNotContain("government_authorities");
        Facts disclosed = Policies.facts("We may share personal data with competent supervisory authorities when the law requires it.");
        assertThat(disclosed.recipients()).extracting(Facts.Fact::id).contains("government_authorities");
    }

    @Test
    void evidenceIsTheExactTextAtItsOffsetsWithItsSection() {
        AnalyzedDocument doc = Policies.analyze("p.md", """
                # Acme Privacy Notice
                ## Storage
                All personal information is hosted in Ireland.
                """);
        Facts f = new FactExtractor().extract(doc);
        Evidence e = f.dataLocations().get(0).evidence().get(0);
        assertThat(doc.text().substring(e.start(), e.end())).isEqualTo(e.text());
        assertThat(e.text()).isEqualTo("All personal information is hosted in Ireland.");
        assertThat(e.section()).isEqualTo("Acme Privacy Notice > Storage");
    }

    @Test
    void lastUpdatedBecomesAnIsoDate() {
        assertThat(Policies.facts("# Policy\n\nLast updated: March 3rd, 2026\n\nHello.").lastUpdated()).isEqualTo("2026-03-03");
        assertThat(Policies.facts("Effective date: 14 February 2025").lastUpdated()).isEqualTo("2025-02-14");
        assertThat(Policies.facts("Version of 2024-11-05: we updated this.").lastUpdated()).isEqualTo("2024-11-05");
        assertThat(Policies.facts("We collect email addresses.").lastUpdated()).isNull();
    }

    @Test
    void statePrivacyLawsCountWhenStatesAreNamedNotForGenericWording() {
        assertThat(Policies.facts("If you reside in Colorado, Connecticut or Virginia, you have the right to opt out of targeted advertising.")
                .hasFramework("US_STATE")).isTrue();
        assertThat(Policies.facts("Illinois residents: we comply with the Biometric Information Privacy Act.").hasFramework("US_STATE")).isTrue();
        assertThat(Policies.facts("More details are given where required by certain U.S. state privacy laws.").hasFramework("US_STATE")).isFalse();
    }

    @Test
    void euAndUkGdprNamesBoth() {
        Facts f = Policies.facts("We rely on legal bases under the EU and UK GDPR.");
        assertThat(f.frameworks()).extracting(Facts.Fact::id).containsExactly("GDPR", "UK_GDPR");
    }

    @Test
    void placesThatNameLawsOriginsOrAddressesAreNotDataLocations() {
        Facts f = Policies.facts("""
                ## International transfers
                The clauses allow companies in the EEA to transfer data to other countries.
                For the UK we use the UK International Data Transfer Addendum.
                The network is operated by Example Social Ltd., 4 Harbour Square, Dublin 2 Ireland.
                Please identify Brazil as your country of residence when you write to us.
                Many advertisers take part in the EDAA (Europe), which offers opt-out tools.
                """);
        assertThat(places(f)).isEmpty();
    }

    @Test
    void recipientsSeatInBracketsIsADataLocation() {
        Facts f = Policies.facts("We share order data with our logistics provider Parcelo UAB (Lithuania) and Swiftpost Ltd (United Kingdom).");
        assertThat(places(f)).containsExactly("LT", "GB");
    }

    @Test
    void bareListOfRegionalNoticesIsNotAListOfDataLocations() {
        Facts f = Policies.facts("""
                ## International data transfers
                We may transfer your information to the United States.

                ## Region specific information
                Depending on where you live, you may have more rights. Please see the list below.

                - [Brazil](https://example.com/br)
                - [Canada](https://example.com/ca)
                """);
        assertThat(places(f)).containsExactly("US");
    }

    @Test
    void healthWordsOutsideHealthDataAreIgnored() {
        Facts f = Policies.facts("""
                We collect log data for the diagnosis of technical incidents.
                If you have a disability, you may request this notice in an alternative format.
                """);
        assertThat(fields(f)).doesNotContain("health");
    }

    @Test
    void definitionsAreNotCollectionStatements() {
        Facts f = Policies.facts("""
                ## Definitions
                Sensitive personal data means data revealing racial or ethnic origin, health or biometric data.
                """);
        assertThat(fields(f)).doesNotContain("biometric", "health", "special_category");
    }

    @Test
    void negationReachesAcrossALongEnumeration() {
        Facts f = Policies.facts("The service is not designed to process sensitive personal data (e.g., personal data revealing racial "
                + "or ethnic origin, religious beliefs, health, sexuality, citizenship, immigration status, genetic or biometric data).");
        assertThat(fields(f)).doesNotContain("biometric", "special_category", "health");
    }

    @Test
    void rightsPhrasedWithoutTheWordRightAreFoundUnderARightsHeading() {
        Facts f = Policies.facts("""
                ## Your choices
                You can:

                - view and copy your personal information;
                - ask us to delete it;
                - take a machine-readable copy to another provider.
                """);
        assertThat(f.discloses("rights.access")).isTrue();
        assertThat(f.discloses("rights.erasure")).isTrue();
        assertThat(f.discloses("rights.portability")).isTrue();
    }

    @Test
    void aBareHeadingNamesARightOnlyUnderARightsHeading() {
        Facts rights = Policies.facts("""
                ## Your rights

                ### 3.1 Portability

                A spreadsheet to take with you.
                """);
        assertThat(rights.discloses("rights.portability")).isTrue();
        Facts named = Policies.facts("""
                ## Right to object

                Tell us if something bothers you.
                """);
        assertThat(named.discloses("rights.objection")).isTrue();
        Facts elsewhere = Policies.facts("""
                ## Delivery

                ### Access

                Couriers reach the locker with a code.
                """);
        assertThat(elsewhere.discloses("rights.access")).isFalse();
    }

    @Test
    void keepingDataSafeIsNoRetentionHeading() {
        Facts f = Policies.facts("""
                ## How we keep your information safe

                Our doors have locks.
                """);
        assertThat(f.discloses("retention")).isFalse();
    }

    @Test
    void wordsInAnotherSenseAreNoRights() {
        Facts f = Policies.facts("You can delete cookies in your browser. Our objective is a short notice. "
                + "You can restrict access to your albums. Support staff may access your account when you ask for help.");
        assertThat(f.discloses("rights.erasure")).isFalse();
        assertThat(f.discloses("rights.objection")).isFalse();
        assertThat(f.discloses("rights.restriction")).isFalse();
        assertThat(f.discloses("rights.access")).isFalse();
    }

    @Test
    void provisionRequirementIsAboutTheUserGivingDataNotAnyOptionalThing() {
        assertThat(Policies.facts("If you choose to withhold requested information, we may not be able to provide the service.")
                .discloses("provision_requirement")).isTrue();
        assertThat(Policies.facts("Answering the survey is entirely voluntary.").discloses("provision_requirement")).isTrue();
        assertThat(Policies.facts("We offer optional features such as themes. Your agent will be required to submit proof of authority.")
                .discloses("provision_requirement")).isFalse();
    }

    @Test
    void optOutOfSaleIsTheRightNotAStatementThatWeDoNotSell() {
        assertThat(Policies.facts("You have the right to opt out of the processing of your data for targeted advertising or sale.")
                .discloses("rights.opt_out_sale")).isTrue();
        assertThat(Policies.facts("We do not sell your personal information.").discloses("rights.opt_out_sale")).isFalse();
    }

    /** Each sentence names exactly the listed laws (space-separated; empty: none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            We follow the Irish Data Protection Act 2018 and the GDPR.                       | GDPR
            Ireland's Data Protection Act 2018 sets the age of digital consent at 16.        |
            The Data Protection Act 2018 (Ireland) gives the regulator its powers.           |
            In the UK we follow the Data Protection Act 2018.                                | UK_GDPR
            We also comply with the UK Data Protection Act.                                  | UK_GDPR
            We process data in line with the United Kingdom ("UK") GDPR.                     | UK_GDPR
            For them the UK or EU GDPR applies.                                              | GDPR UK_GDPR
            Our contracts follow the UK and EU GDPR alike.                                   | GDPR UK_GDPR
            We apply the GDPR as it forms part of UK law.                                    | GDPR UK_GDPR
            Residents have rights under Cal. Civ. Code § 1798.100 et seq. and may use them.  | CCPA
            California Civil Code Sec. 1798.105 lets you ask us to delete data.              | CCPA
            California Civil Code Section 1798.83 lets you ask about direct marketing.      |
            We post this notice as Cal. Bus. & Prof. Code §§ 22575-22579 require.            | CALOPPA
            Business and Professions Code § 22575 asks us to say how we answer signals.     | CALOPPA
            Transfers rely on the EU-US Data Protection Framework.                           | DPF
            Regulation 2016/679 sets out your rights.                                        | GDPR
            We ask parents first, as 15 U.S.C. § 6501 and 16 C.F.R. Part 312 require.       | COPPA
            Our clinic partners follow 45 C.F.R. Parts 160 and 164.                          | HIPAA
            Our bank partners must follow 15 U.S.C. § 6801 et seq. for your records.         | GLBA
            Users in Brazil have rights under Lei nº 13.709/2018.                             | LGPD
            We served 13,709 users last year.                                                |
            Our German customers may rely on the DSGVO and our French ones on the RGPD.     | GDPR
            Since 2023 the nDSG applies to our Zurich office.                                | SWISS_FADP
            Residents may use the rights that the Tennessee Information Protection Act gives. | US_STATE
            We honour the Delaware Personal Data Privacy Act and the Maryland Online Data Privacy Act. | US_STATE
            The Rhode Island Data Transparency and Privacy Protection Act gives you rights.  | US_STATE
            The Florida Digital Bill of Rights applies to large companies only.              | US_STATE
            If you live in Australia, the Privacy Act gives you the right to see your data.  | AU_PRIVACY_ACT
            Users in Australia and New Zealand: the Privacy Act 2020 applies in New Zealand. |
            We comply with the Privacy Act.                                                  |
            Write to GDPR@example.com with your request.                                     |
            See https://example.com/help/CCPA for the form.                                  |
            Our page example.com/UK-GDPR and the short link /HIPAA are only addresses.       |
            귀하가 한국에 거주하는 경우 개인정보 보호법에 따른 권리가 있습니다.                    | PIPA_KR
            我们依照《中华人民共和国个人信息保护法》处理您的信息。                                 | PIPL
            当社は個人情報の保護に関する法律を遵守します。                                        | APPI
            """)
    void lawsByTheirCitationsButNotOtherCountriesLawsOrAddresses(String sentence, String ids) {
        List<String> expected = ids == null ? List.of() : List.of(ids.split("\\s+"));
        assertThat(Policies.facts(sentence).frameworks()).extracting(Facts.Fact::id)
                .as(sentence).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void upperCaseClassesDoNotTakeOrdinaryWordsForNames() {
        assertThat(Policies.facts("Our couriers use the data in order to bring parcels to you.").discloses("storage_location")).isFalse();
        assertThat(Policies.facts("The app is offered by a small team and is free.").discloses("controller.identity")).isFalse();
        assertThat(Policies.facts("The courier app provided by 42Parcels (\"42Parcels\") is covered by this notice.")
                .discloses("controller.identity")).isTrue();
        assertThat(Policies.facts("Your data is sent to a hosting partner within the European Union.").discloses("storage_location")).isTrue();
        assertThat(Policies.facts("We never transfer personal data of our users to countries outside the EEA.")
                .discloses("storage_location")).isTrue();
    }
}
