package org.ppcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One sentence each: a disclosure said in plain words is found, and the same words used in another
 * sense are not. The sentences are written for this test (fictional services), not taken from policies.
 */
class DisclosurePhrasingTest {

    @ParameterizedTest(name = "{0} {2}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            provision_requirement | Fields marked as required must be completed before you can book. | true
            provision_requirement | Giving us these details is a requirement to enter into a contract with us. | true
            provision_requirement | Account holders must provide a billing address. | true
            provision_requirement | We may be required to provide records to a court. | false
            rights.complaint      | You can contact the data protection regulator in your country if you are unhappy. | true
            rights.complaint      | You may refer the matter to the supervisory authority. | true
            rights.complaint      | We file yearly reports with financial regulators. | false
            rights.complaint      | Our ICO registration number is shown in the footer. | false
            security              | Our staff are bound by confidentiality obligations. | true
            security              | Physical, electronic and procedural safeguards shield the records we hold. | true
            data_source           | We may get your contact details from friends who invite you. | true
            data_source           | You can choose to receive offers from our partners. | false
            data_source           | We protect you from third parties who send spam. | false
            lawful_basis          | By creating an account you consent to the collection of your details. | true
            lawful_basis          | By using the timer you agree to our terms of service. | false
            lawful_basis          | Invoices stay on file for as long as our legal obligations demand. | false
            transfer.safeguards   | We put appropriate safeguards in place for our vendors. | false
            transfer.safeguards   | The host sits in a country recognised by the European Commission as giving an equivalent level of protection. | true
            automated_decision    | Our site collects technical data by automated means such as cookies. | false
            automated_decision    | We use automated systems to decide who is eligible for a discount. | true
            rights.portability    | If we are acquired, your data may be transferred to another company. | false
            rights.portability    | You can ask us to transmit a copy of your data to another controller. | true
            rights.opt_out_sale   | California residents can tell us not to sell their personal information. | true
            rights.opt_out_sale   | Any member may ask us not to share an email address with the print shop. | false
            do_not_track          | We do not track users across other websites. | false
            rights.access         | Whenever you like, you are free to ask for a copy of it. | true
            rights.access         | On request we will send a copy of the model clauses we rely on. | false
            do_not_track          | Do Not Track signals sent by browsers get no response from our site. | true
            """)
    void plainWordsAndOtherSenses(String id, String sentence, boolean expected) {
        assertThat(Policies.facts(sentence).discloses(id)).as(sentence).isEqualTo(expected);
    }
}
