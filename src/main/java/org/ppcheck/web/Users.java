package org.ppcheck.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.ppcheck.util.AtomicFiles;
import org.ppcheck.util.LocatedYaml;
import org.ppcheck.util.YamlBinder;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The users who may sign in to {@code ppcheck serve --auth FILE}: a YAML file mapping each name to
 * a BCrypt hash of the password ({@code users: {ann: "$2a$12$..."}}), written by
 * {@code ppcheck users add}. No password is ever stored or shown.
 */
public final class Users {
    /** BCrypt's work factor: 2^12 rounds, about a quarter of a second per sign-in on a small machine. */
    private static final int LOG_ROUNDS = 12;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
    private static final Pattern HASH = Pattern.compile("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    /** Checked against when the name is unknown, so that a wrong name takes as long as a wrong password. */
    private static final String DUMMY = BCrypt.hashpw("not a password", BCrypt.gensalt(LOG_ROUNDS));

    private final Map<String, String> hashes;

    private Users(Map<String, String> hashes) {
        this.hashes = Collections.unmodifiableMap(new TreeMap<>(hashes));
    }

    /** A users file that cannot be used: every problem, each as {@code FILE:LINE:COL: path: message}. */
    public static final class UsersException extends Exception {
        private final List<String> problems;

        public UsersException(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** Reads a users file; every problem is reported at once. */
    public static Users load(Path file) throws UsersException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsersException(List.of(file + ": no such users file; create it with 'ppcheck users add NAME --file " + file + "'"));
        } catch (IOException e) {
            throw new UsersException(List.of(file + ": cannot be read (" + e.getMessage() + ")"));
        }
        YamlBinder.Result<Map<String, String>> result = YamlBinder.bind(file.toString(), text, Users::bind);
        if (!result.problems().isEmpty()) {
            throw new UsersException(result.problems());
        }
        return new Users(result.value());
    }

    private static Map<String, String> bind(LocatedYaml root, YamlBinder b) {
        Map<String, String> out = new TreeMap<>();
        LocatedYaml.MapNode top = b.map(root, "", List.of("users"), List.of());
        LocatedYaml node = top == null ? null : top.entries().get("users");
        if (!(node instanceof LocatedYaml.MapNode users)) {
            if (node != null) {
                b.problem(node, "users", "must map each user name to a BCrypt hash; add users with 'ppcheck users add NAME'");
            }
            return out;
        }
        users.entries().forEach((name, value) -> {
            String path = YamlBinder.child("users", name);
            if (!NAME.matcher(name).matches()) {
                b.problem(users.keys().get(name), path, "a user name is 1 to 64 letters, digits, '.', '_', '@' or '-'");
            }
            String hash = b.text(value, path);
            if (hash != null && !HASH.matcher(hash).matches()) {
                b.problem(value, path, "not a BCrypt hash; set the password again with 'ppcheck users add " + name + "'");
            } else if (hash != null) {
                out.put(name, hash);
            }
        });
        return out;
    }

    /** The users file with {@code name}'s password set (added, or replaced), written atomically; the other users are kept. */
    public static void add(Path file, String name, char[] password) throws UsersException, IOException {
        if (!NAME.matcher(name).matches()) {
            throw new UsersException(List.of(name + ": a user name is 1 to 64 letters, digits, '.', '_', '@' or '-'"));
        }
        if (password.length < 8) {
            throw new UsersException(List.of("the password must have at least 8 characters"));
        }
        Map<String, String> users = new TreeMap<>(Files.exists(file) ? load(file).hashes : Map.of());
        users.put(name, BCrypt.hashpw(new String(password), BCrypt.gensalt(LOG_ROUNDS)));
        StringBuilder yaml = new StringBuilder("# ppcheck serve --auth: user names and BCrypt hashes of their passwords.\n"
                + "# Add a user or set a password with 'ppcheck users add NAME --file THIS-FILE'.\n"
                + "users:\n");
        users.forEach((n, h) -> yaml.append("  \"").append(n).append("\": \"").append(h).append("\"\n"));
        AtomicFiles.write(file, yaml.toString());
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its default permissions apply
        }
    }

    /** Whether the name and password match; a wrong name costs as much time as a wrong password. */
    public boolean verify(String name, String password) {
        String hash = name == null ? null : hashes.get(name);
        boolean ok = BCrypt.checkpw(password == null ? "" : password, hash == null ? DUMMY : hash);
        return ok && hash != null;
    }

    /** The user names, sorted. */
    public List<String> names() {
        return new ArrayList<>(hashes.keySet());
    }
}
