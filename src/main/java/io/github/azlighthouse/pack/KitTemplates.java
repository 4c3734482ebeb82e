package io.github.azlighthouse.pack;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * The kit's scripts and README are resource templates ({@code <name>.mustache} beside this class),
 * rendered with mustache.java. The templates hold the fixed text; every value reaches them already
 * made safe by Java for where it goes (shell- or PowerShell-quoted, Markdown-escaped, one line for a
 * comment), so the templates escape nothing (no HTML escaping). Templates are compiled once per instance
 * and can be rendered from any thread.
 */
final class KitTemplates {

    private final MustacheFactory factory = new DefaultMustacheFactory("io/github/azlighthouse/pack") {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value); // values are quoted or escaped by Java for their language
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /** Renders {@code name} (e.g. {@code deploy.sh}) from {@code name.mustache} with {@code values}. */
    String render(String name, Map<String, Object> values) {
        Mustache template = factory.compile(name + ".mustache");
        StringWriter out = new StringWriter();
        template.execute(out, values);
        return out.toString();
    }
}
