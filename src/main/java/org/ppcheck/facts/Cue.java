package org.ppcheck.facts;

import java.util.List;

/**
 * Every cue list the code asks for by name, in one place, so that loading can check that each is
 * defined (in {@code cues.yaml} or {@code place-roles.yaml}) and a test that each list defined there
 * is asked for. A context (asked for with {@link Lexicons#inContext}) also needs its heading list,
 * NAME + "Heading". Lexicon entries name contexts of their own ({@code context: rights}), which are
 * checked when the lexicons are read.
 */
enum Cue {
    COLLECT("collect", true),
    DEFINITION("definition"),
    DEFINITION_HEADING("definitionHeading"),
    COLLECTED_COLUMN("collectedColumn"),
    NOT_COLLECTED_CELL("notCollectedCell"),
    NOT_COLLECTED_ITEM("notCollectedItem"),
    COLLECTED_ITEM("collectedItem"),
    ANAPHORIC_LEAD_IN("anaphoricLeadIn"),
    SHARE("share", true),
    SHARE_WITH_HEADING("shareWithHeading"),
    LOCATION("location", true),
    LOCATION_HEADING("locationHeading"),
    STORED("stored"),
    TRANSFERRED("transferred"),
    RETENTION("retention"),
    RETENTION_HEADING("retentionHeading"),
    VAGUE_RETENTION("vagueRetention"),
    NOT_RETENTION("notRetention"),
    WEB_ADDRESS("webAddress"),
    PLACE_APPOSITION("placeApposition"),
    PLACE_SAME_LIST("placeSameList"),
    PLACE_ADDRESS_BEFORE("placeAddressBefore"),
    PLACE_RECIPIENT_ADDRESS("placeRecipientAddress"),
    PLACE_NAME_BEFORE("placeNameBefore"),
    PLACE_NAME_AFTER("placeNameAfter"),
    PLACE_LAW_BEFORE("placeLawBefore"),
    PLACE_LAW_AFTER("placeLawAfter"),
    PLACE_RESIDENCE_BEFORE("placeResidenceBefore"),
    PLACE_RESIDENCE_AFTER("placeResidenceAfter"),
    PLACE_STAYS_IN("placeStaysIn"),
    PLACE_SERVED_FROM("placeServedFrom"),
    PLACE_ORIGIN_BEFORE("placeOriginBefore"),
    PLACE_ORIGIN_AFTER("placeOriginAfter"),
    PLACE_QUALIFYING_BEFORE("placeQualifyingBefore"),
    PLACE_LISTED_WITH_OTHERS("placeListedWithOthers"),
    PLACE_GOVERNOR("placeGovernor"),
    PLACE_GOVERNOR_FAR("placeGovernorFar"),
    PLACE_HOLDER("placeHolder"),
    PLACE_HOLDER_LOCATED("placeHolderLocated"),
    PLACE_COMPANY_NAME("placeCompanyName"),
    PLACE_DESTINATION_AFTER("placeDestinationAfter"),
    LOCATION_COLUMN("locationColumn"),
    NOT_LOCATION_COLUMN("notLocationColumn");

    private final String listName;
    private final boolean context;

    Cue(String listName) {
        this(listName, false);
    }

    Cue(String listName, boolean context) {
        this.listName = listName;
        this.context = context;
    }

    /** The name of the cue list in the YAML files. */
    String listName() {
        return listName;
    }

    /** Whether the code asks for this cue as a context, so that its heading list is needed too. */
    boolean isContext() {
        return context;
    }

    /** The names of the cue lists this cue needs: its own, and its heading list when it is a context. */
    List<String> listNames() {
        return context ? contextLists(listName) : List.of(listName);
    }

    /** The cue lists a context needs: NAME, for a sentence or its lead-in, and NAME + "Heading", for its headings. */
    static List<String> contextLists(String context) {
        return List.of(context, headingList(context));
    }

    /** The name of a context's heading list. */
    static String headingList(String context) {
        return context + "Heading";
    }
}
