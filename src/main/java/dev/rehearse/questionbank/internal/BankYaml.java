package dev.rehearse.questionbank.internal;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.ConstructorException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The YAML reader of the bank's files (a question's front matter, {@code topics.yaml}): text, lists and fields only,
 * within bounds, so that no file, however hostile, can make it run long, use much memory or throw anything but a
 * {@link YAMLException}.
 *
 * <ul>
 *   <li>A plain value is text as written, never guessed into a number, a truth value or a date ({@code 3.10} stays
 *       {@code 3.10}, {@code on} stays {@code on}); only an empty value or {@code ~} is no value.</li>
 *   <li>A tag ({@code !!int}, {@code !!binary}, {@code !!set}, {@code !foo} ...) is refused: front matter has no use
 *       for one, and their constructors throw other exceptions on bad input.</li>
 *   <li>No alias may repeat a list or a mapping ({@code maxAliasesForCollections = 0}): that is how a "billion
 *       laughs" file multiplies a few lines into millions of values, and how a list can contain itself.</li>
 *   <li>Nesting is at most {@value #MAX_NESTING} deep (a key point's match list is at depth 4), the text at most the
 *       bank's file limit, and a field written twice is refused rather than the last one silently kept.</li>
 * </ul>
 */
final class BankYaml {

    static final int MAX_NESTING = 10;
    static final String TAG_REFUSED = "a tag such as !!int or !!binary is not allowed here: write the value as "
            + "plain text";
    static final String ALIAS_PROBLEM = "Number of aliases for non-scalar nodes exceeds";
    static final String NESTING_PROBLEM = "Nesting Depth exceeded";

    private BankYaml() {
    }

    /** The text read as YAML: a Map, a List, a String or null, nested. */
    static Object load(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(QuestionFileParser.MAX_FILE_BYTES);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(false);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new PlainConstructor(options), new Representer(dumper), dumper, options, new PlainResolver())
                .load(text);
    }

    /** Resolves a plain value only to text, or to nothing when it is empty or {@code ~}/{@code null}. */
    private static final class PlainResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    /** Builds text, lists and mappings, and refuses every other tag with the line it is on. */
    private static final class PlainConstructor extends SafeConstructor {
        PlainConstructor(LoaderOptions options) {
            super(options);
        }

        @Override
        protected Object constructObject(Node node) {
            Tag tag = node.getTag();
            if (!Tag.STR.equals(tag) && !Tag.SEQ.equals(tag) && !Tag.MAP.equals(tag) && !Tag.NULL.equals(tag)) {
                throw new RefusedTag(node);
            }
            return super.constructObject(node);
        }
    }

    static final class RefusedTag extends ConstructorException {
        RefusedTag(Node node) {
            super(null, null, TAG_REFUSED + " (found %s)".formatted(shown(node.getTag())), node.getStartMark());
        }

        private static String shown(Tag tag) {
            String value = tag.getValue();
            String name = value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
            return name.length() > 40 ? name.substring(0, 39) + "…" : name;
        }
    }
}
