package org.ppcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ppcheck.facts.Policies.places;

import org.junit.jupiter.api.Test;
import org.ppcheck.facts.Facts.PlaceRole;

/** The role of each place a sentence names: only destinations are data locations; the rest are reported with their role. */
class PlaceRolesTest {

    private static PlaceRole roleOf(Facts f, String country) {
        if (places(f).contains(country)) {
            return PlaceRole.DESTINATION;
        }
        return f.mentionedPlaces().stream().filter(p -> p.country().equals(country)).map(Facts.PlaceMention::role)
                .findFirst().orElse(null);
    }

    @Test
    void whereUsersLiveIsResidenceEvenInsideADefinition() {
        Facts f = Policies.facts("""
                An "Alpine Member" is an account holder resident in an EEA country or Switzerland.
                Members who we consider to be located in Norway receive a Norwegian notice.
                """);
        assertThat(places(f)).isEmpty();
        assertThat(roleOf(f, "EEA")).isEqualTo(PlaceRole.RESIDENCE);
        assertThat(roleOf(f, "CH")).isEqualTo(PlaceRole.RESIDENCE);
        assertThat(roleOf(f, "NO")).isEqualTo(PlaceRole.RESIDENCE);
    }

    @Test
    void placesThatExplainAnotherShareItsRole() {
        Facts f = Policies.facts("Should you reside in the EEA (i.e. the EU member states plus Iceland and Norway), read the annex.");
        assertThat(places(f)).isEmpty();
        assertThat(roleOf(f, "IS")).isEqualTo(PlaceRole.RESIDENCE);
        assertThat(roleOf(f, "EU")).isEqualTo(PlaceRole.RESIDENCE);
    }

    @Test
    void lawsAndApprovingBodiesAreTheReachOfALaw() {
        Facts f = Policies.facts("""
                We process your data in line with UK data privacy laws.
                Our model clauses were adopted by the European Commission and the UK ICO.
                In certain jurisdictions, such as the European Union, newsletters need your prior agreement.
                """);
        assertThat(places(f)).isEmpty();
        assertThat(roleOf(f, "GB")).isEqualTo(PlaceRole.LAW_SCOPE);
        assertThat(roleOf(f, "EU")).isEqualTo(PlaceRole.LAW_SCOPE);
    }

    @Test
    void theStartOfATransferIsItsOrigin() {
        Facts f = Policies.facts("When we transfer data outside of Japan, we use contracts. Data collected in Austria is kept apart.");
        assertThat(places(f)).isEmpty();
        assertThat(roleOf(f, "JP")).isEqualTo(PlaceRole.ORIGIN);
        assertThat(roleOf(f, "AT")).isEqualTo(PlaceRole.ORIGIN);
    }

    @Test
    void namesAndAddressesAreNotDestinations() {
        Facts f = Policies.facts("""
                Analytics data is shared with Metric Ireland and Metric Platforms.
                Our data protection officer works at Plexa Group Sweden AB.
                You may write to 14 Rue Verte, 75011 Paris – France.
                """);
        assertThat(places(f)).isEmpty();
        assertThat(roleOf(f, "IE")).isEqualTo(PlaceRole.NAME_OR_ADDRESS);
        assertThat(roleOf(f, "SE")).isEqualTo(PlaceRole.NAME_OR_ADDRESS);
        assertThat(roleOf(f, "FR")).isEqualTo(PlaceRole.NAME_OR_ADDRESS);
    }

    @Test
    void anAddressIsADestinationOnlyWhenDataIsSentToItsCompany() {
        Facts sent = Policies.facts("Usage statistics are transferred to Roomsync Ltd, 12 Queen Street, Auckland 1010, New Zealand.");
        assertThat(places(sent)).containsExactly("NZ");
        Facts letter = Policies.facts("You can send a letter to Roomsync Ltd, 12 Queen Street, Auckland 1010, New Zealand.");
        assertThat(places(letter)).isEmpty();
        assertThat(roleOf(letter, "NZ")).isEqualTo(PlaceRole.NAME_OR_ADDRESS);
    }

    @Test
    void aCityStandsForItsCountryWhereDataGoes() {
        Facts f = Policies.facts("Your files are stored on servers in Frankfurt. We share payment data with a group company in Dubai.");
        assertThat(places(f)).containsExactly("DE", "AE");
    }

    @Test
    void workDoneFromAPlaceOrByPeopleThereIsDoneThere() {
        Facts f = Policies.facts("""
                Customer support is provided from South Africa.
                Your messages may be accessed by our team in India.
                We may share your information with law enforcement in the United States.
                Transfers from the United Kingdom rely on the UK Addendum.
                """);
        assertThat(places(f)).containsExactly("ZA", "IN", "US");
        assertThat(roleOf(f, "GB")).isEqualTo(PlaceRole.ORIGIN);
    }

    @Test
    void recipientsSeatedInAPlaceAndListsWithNotes() {
        Facts f = Policies.facts("""
                Some of our service providers are based in Chile.
                Your data is sent to our payment provider Adyen N.V. in the Netherlands.
                Data centres: Germany (primary), Austria (backup).
                """);
        assertThat(places(f)).containsExactly("CL", "NL", "DE", "AT");
    }

    @Test
    void notTransferredOutsideMeansKeptInside() {
        Facts f = Policies.facts("Member records are never moved to a country outside the EU/EEA.");
        assertThat(places(f)).containsExactlyInAnyOrder("EU", "EEA");
    }

    @Test
    void aProcessorTableHostingColumnNamesDestinations() {
        Facts f = Policies.facts("""
                | Vendor | Purpose | Hosting location |
                | --- | --- | --- |
                | Postwise | Newsletters | Denmark |
                | Countly | Analytics, no transfer outside the EU | Finland |
                """);
        // the denial in another cell does not negate the hosting country; it says the data stays in the EU
        assertThat(places(f)).containsExactlyInAnyOrder("DK", "EU", "FI");
    }

    @Test
    void aTableOfOfficesIsNotATableOfDestinations() {
        Facts f = Policies.facts("""
                | Country | Entity | Address |
                | --- | --- | --- |
                | Portugal | Example Lda | Rua Nova 1, Lisboa |
                """);
        assertThat(places(f)).isEmpty();
    }

    @Test
    void recipientsHeldDataInAPlaceAfterASharingVerb() {
        Facts f = Policies.facts("Order details can be passed to our sister companies, including those in Canada and Mexico.");
        assertThat(places(f)).containsExactly("CA", "MX");
    }

    @Test
    void aPlaceInADeniedSentenceIsReportedAsDenied() {
        Facts f = Policies.facts("We never store your data in China.");
        assertThat(places(f)).isEmpty();
        assertThat(roleOf(f, "CN")).isEqualTo(PlaceRole.DENIED);
    }
}
