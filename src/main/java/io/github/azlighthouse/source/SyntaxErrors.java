package io.github.azlighthouse.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.ContentReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Syntax errors in words a partner understands, at the line to fix. The parsers (snakeyaml, Jackson) say
 * what they were doing and where they gave up; that is often the line after the mistake (a missing ','
 * shows at the next entry, an unclosed quote at the end of the file). Where the file is at hand, its text
 * tells the line that needs the change.
 */
final class SyntaxErrors {

    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.+)' \\(code (\\d+)\\)\\)");
    private static final Pattern START = Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final Pattern FOUND = Pattern.compile("found character '(.+)' that cannot start any token");

    private SyntaxErrors() {}

    /** @param file the file's text is read to find the line to fix; {@code null} when there is no file */
    static SyntaxError explain(Exception e, String shownAs, boolean yaml, Path file) {
        Source text = new Source(file);
        if (e instanceof JsonProcessingException j
                && j.getCause() instanceof MarkedYAMLException y
                && y.getProblemMark() != null) {
            return yaml(y, shownAs, text);
        }
        if (e instanceof JsonProcessingException j) {
            return json(j, shownAs, text);
        }
        // snakeyaml reports some malformed input (bad bytes, odd indentation) as unchecked exceptions
        return new SyntaxError(
                Position.startOf(shownAs),
                "not readable as " + (yaml ? "YAML" : "JSON") + ": " + firstLine(e.getMessage()));
    }

    private static SyntaxError yaml(MarkedYAMLException y, String shownAs, Source text) {
        String context = y.getContext() == null ? "" : y.getContext();
        String problem = y.getProblem() == null ? "" : y.getProblem();
        Position at = at(shownAs, y.getProblemMark());
        Position opened = y.getContextMark() == null ? at : at(shownAs, y.getContextMark());
        Matcher found = FOUND.matcher(problem);
        if (problem.startsWith("expected <block end>, but found '-'")) {
            return new SyntaxError(
                    at,
                    "a list item ('- ') where a key was expected: indent the list under its key"
                            + " (key:, then '  - item' on the lines below), or line it up with the other items");
        }
        if (problem.startsWith("expected <block end>")) {
            return new SyntaxError(
                    at,
                    "this line is not indented like the lines above it: the keys of one entry"
                            + " start in the same column, and so do the '- ' items of one list");
        }
        if (context.startsWith("while scanning a simple key")) {
            return new SyntaxError(opened, "this line has no ':': write it as 'key: value', or remove it");
        }
        if (context.startsWith("while scanning a quoted scalar")) {
            return new SyntaxError(opened, "the quoted text that starts here is never closed: add its closing quote");
        }
        if (context.startsWith("while parsing a flow sequence")) {
            return new SyntaxError(
                    opened,
                    "the '[' here is not closed: add ']' after its last item (items are" + " separated by ',')");
        }
        if (context.startsWith("while parsing a flow mapping")) {
            return new SyntaxError(
                    opened,
                    "the '{' here is not closed: add '}' after its last entry (entries are" + " separated by ',')");
        }
        if (context.startsWith("while parsing a flow node")) {
            return new SyntaxError(
                    text.before(at),
                    "the file ends inside a '[' or '{' opened here: close it, or"
                            + " put text that starts with '[' or '{' in quotes");
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return colon(at, text);
        }
        if (found.find()) {
            return new SyntaxError(
                    at,
                    found.group(1).startsWith("\\t")
                            ? "a tab character: YAML indents with spaces only; replace the tab with spaces"
                            : "'" + found.group(1) + "' cannot start a value in YAML: put the value in quotes");
        }
        return new SyntaxError(at, (context.isEmpty() ? "" : context + ": ") + firstLine(problem));
    }

    /** A ':' snakeyaml did not expect: a value with ': ' in it, a line without ':' above, or indentation. */
    private static SyntaxError colon(Position at, Source text) {
        String line = text.line(at.line());
        if (line != null) {
            int first = line.indexOf(": ");
            if (first >= 0 && first + 1 < at.column() - 1) {
                return new SyntaxError(
                        at, "a second ': ' on this line: put the value in quotes, e.g." + " key: \"text: more text\"");
            }
            for (int n = at.line() - 1; n >= 1; n--) { // the line above, unless it is blank or a comment
                String above = text.line(n);
                if (above == null || above.isBlank() || above.trim().startsWith("#")) {
                    continue;
                }
                if (!above.contains(":") && !above.trim().startsWith("-")) {
                    return new SyntaxError(
                            new Position(at.file(), n, indent(above) + 1),
                            "this line has no ':': write it as 'key: value', or remove it");
                }
                break;
            }
        }
        return new SyntaxError(
                at,
                "a ':' where none fits: this line is indented more than the key above it (line"
                        + " it up), or its value contains ': ' (put the value in quotes)");
    }

    private static SyntaxError json(JsonProcessingException j, String shownAs, Source text) {
        String message =
                firstLine(j.getOriginalMessage() == null ? j.getClass().getSimpleName() : j.getOriginalMessage());
        Position at = at(j.getLocation(), shownAs);
        Position before = text.before(at); // the end of what came before the error: where a ',' or ']' belongs
        Matcher character = CHARACTER.matcher(message);
        Matcher start = START.matcher(message);
        String opened = start.find() ? " opened at line " + start.group(1) + ", column " + start.group(2) : "";
        if (message.startsWith("Duplicate field '")) {
            return new SyntaxError(at, "duplicate key '" + message.substring("Duplicate field '".length()));
        }
        if (message.startsWith("Unexpected end-of-input")) {
            String bracket = message.contains("Array") ? "[" : "{";
            return new SyntaxError(
                    before,
                    "the file ends before the '" + bracket + "'" + opened + " is closed: add" + " the missing '"
                            + ("[".equals(bracket) ? "]" : "}") + "'");
        }
        if (message.startsWith("Unexpected close marker")) {
            if (message.contains("no open")) {
                return new SyntaxError(
                        at,
                        "a '" + message.charAt("Unexpected close marker '".length()) + "' that"
                                + " closes nothing: remove it (the JSON value already ended)");
            }
            return new SyntaxError(
                    at,
                    "this '" + message.charAt("Unexpected close marker '".length())
                            + "' does not match the bracket it closes" + opened.replace("opened", "(opened")
                            + (opened.isEmpty() ? "" : ")") + ": close '[' with ']' and '{' with '}'");
        }
        if (message.startsWith("Unrecognized token '")) {
            String token = message.substring("Unrecognized token '".length(), message.indexOf('\'', 20));
            return new SyntaxError(
                    at,
                    "'" + token + "' is not a JSON value: put text in double quotes; true, false"
                            + " and null are written in lower case");
        }
        if (message.startsWith("Illegal unquoted character")) {
            return new SyntaxError(
                    at,
                    message.contains("code 10)") || message.contains("code 13)")
                            ? "this text runs past the end of the line: close its double quote on the same line (write a"
                                    + " line break as \\n)"
                            : "a control character inside text: write a tab as \\t");
        }
        if (character.find()) {
            String c = character.group(1);
            if (c.equals("#") || message.contains("comment")) {
                return new SyntaxError(
                        at, "JSON has no '#' comments: write // or /* */ (as ARM templates may), or remove this line");
            }
            if (c.equals("'")) {
                return new SyntaxError(at, "JSON needs double quotes (\"), not single quotes (')");
            }
            if (message.contains("to separate Array entries") && c.equals(":")) {
                return new SyntaxError(
                        context(j, shownAs, at), "the '[' here is not closed: add ']' after its last item");
            }
            if (message.contains("to separate")) {
                return new SyntaxError(before, "a ',' is missing after this value: entries are separated by ','");
            }
            if (message.contains("double-quote to start field name") && (c.equals("}") || c.equals("]"))) {
                return new SyntaxError(
                        before, "a ',' before '" + c + "': JSON allows no comma after the last entry;" + " remove it");
            }
            if (message.contains("double-quote to start field name")) {
                return new SyntaxError(at, "a key must be in double quotes, e.g. \"name\": value");
            }
            if (message.contains("expected a valid value")) {
                return new SyntaxError(
                        at,
                        "a value is missing here (text in double quotes, a number, true, false,"
                                + " null, [ … ] or { … })");
            }
        }
        return new SyntaxError(at, message.replaceAll(" ?\\(?\\[Source: [^]]*]\\)?", ""));
    }

    /** Where the bracket the parser was inside of was opened. */
    private static Position context(JsonProcessingException j, String shownAs, Position fallback) {
        if (j.getProcessor() instanceof JsonParser p) {
            JsonStreamContext c = p.getParsingContext();
            JsonLocation l = c == null ? null : c.startLocation(ContentReference.unknown());
            if (l != null && l.getLineNr() > 0) {
                return new Position(shownAs, l.getLineNr(), Math.max(1, l.getColumnNr()));
            }
        }
        return fallback;
    }

    private static Position at(String shownAs, Mark mark) {
        return new Position(shownAs, mark.getLine() + 1, mark.getColumn() + 1);
    }

    static Position at(JsonLocation l, String file) {
        if (l == null || l.getLineNr() < 1) {
            return Position.startOf(file);
        }
        return new Position(file, l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** The file's lines up to the error, read only when a message needs them. */
    private static final class Source {
        private final Path file;
        private List<String> lines;
        private boolean whole; // every line is read

        Source(Path file) {
            this.file = file;
        }

        /** Line {@code n} (1-based), or {@code null} when it is not known. */
        String line(int n) {
            List<String> all = lines(n);
            return n >= 1 && n <= all.size() ? all.get(n - 1) : null;
        }

        /** The last non-blank character before {@code at}: the end of the value before the error. */
        Position before(Position at) {
            for (int n = at.line(); n >= 1; n--) {
                String line = line(n);
                if (line == null) {
                    if (lines(n).isEmpty()) {
                        return at; // no text at hand
                    }
                    continue; // past the end of the file: from its last line
                }
                int end = n == at.line() ? Math.min(line.length(), at.column() - 1) : line.length();
                for (int i = end - 1; i >= 0; i--) {
                    if (!Character.isWhitespace(line.charAt(i))) {
                        return new Position(at.file(), n, i + 1);
                    }
                }
            }
            return at;
        }

        private List<String> lines(int upTo) {
            if (file == null) {
                return List.of();
            }
            if (lines == null || (lines.size() < upTo && !whole)) {
                try (Stream<String> read = Files.lines(file, StandardCharsets.UTF_8)) {
                    lines = read.limit(Math.max(upTo, 1)).toList();
                    whole = lines.size() < Math.max(upTo, 1);
                } catch (IOException | UncheckedIOException e) {
                    lines = List.of(); // the message falls back to the parser's position
                    whole = true;
                }
            }
            return lines;
        }
    }
}
