package org.ppcheck.util;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The YAML parser for files users give ppcheck (rules files, vendor lists): plain data only (Jackson
 * never builds arbitrary types from YAML tags, and does not expand aliases), at most
 * {@value #MAX_ALIASES} aliases and {@value #MAX_CHARS} characters; Jackson's own stream
 * constraints cap the nesting at 1,000 levels.
 */
public final class SafeYaml {
    public static final int MAX_ALIASES = 20;
    public static final int MAX_CHARS = 2 * 1024 * 1024;

    private SafeYaml() {
    }

    public static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(MAX_CHARS);
        options.setAllowRecursiveKeys(false);
        return YAMLFactory.builder().loaderOptions(options).build();
    }
}
