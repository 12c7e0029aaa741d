package io.newsflow.enrich.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns extracted page text into article text: decodes leftover HTML entities, normalises odd
 * whitespace and drops the page furniture that extraction lets through ("Scroll to Top", "Also
 * Read: ...", share and subscribe prompts, cookie notices, category and tag rows, photo credits,
 * bylines, "Archived" notes), so none of it becomes an entity. Paragraphs stay separated by one blank
 * line because sentences never cross them and the store shows them.
 *
 * <p>Why line-based: furniture arrives as whole short lines around the story; a line is dropped
 * only when it is short and matches a known prompt, so a sentence in the story that happens to say
 * "subscribe" is kept.
 */
public final class TextCleaner {
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern MULTI_SPACE = Pattern.compile(" {2,}");
    private static final int MAX_FURNITURE_LINE = 160;
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"), Map.entry("sbquo", "\u201A"), Map.entry("bdquo", "\u201E"),
            Map.entry("hellip", "\u2026"), Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"),
            Map.entry("euro", "\u20AC"), Map.entry("pound", "\u00A3"), Map.entry("yen", "\u00A5"),
            Map.entry("cent", "\u00A2"), Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"),
            Map.entry("trade", "\u2122"), Map.entry("deg", "\u00B0"), Map.entry("middot", "\u00B7"),
            Map.entry("bull", "\u2022"), Map.entry("shy", ""), Map.entry("zwnj", ""), Map.entry("zwj", ""),
            Map.entry("thinsp", " "), Map.entry("ensp", " "), Map.entry("emsp", " "), Map.entry("times", "\u00D7"),
            Map.entry("eacute", "\u00E9"), Map.entry("egrave", "\u00E8"), Map.entry("aacute", "\u00E1"),
            Map.entry("agrave", "\u00E0"), Map.entry("iacute", "\u00ED"), Map.entry("oacute", "\u00F3"),
            Map.entry("uacute", "\u00FA"), Map.entry("ntilde", "\u00F1"), Map.entry("ccedil", "\u00E7"),
            Map.entry("ouml", "\u00F6"), Map.entry("uuml", "\u00FC"), Map.entry("auml", "\u00E4"),
            Map.entry("szlig", "\u00DF"), Map.entry("Eacute", "\u00C9"), Map.entry("Ouml", "\u00D6"),
            Map.entry("Uuml", "\u00DC"), Map.entry("Auml", "\u00C4"));

    private static final List<Pattern> FURNITURE = List.of(
            Pattern.compile("^(scroll|back) to (the )?top\\W*$"),
            Pattern.compile("^(also read|read also|read more|related|related articles?|related stories|related coverage|recommended|more stories|see also|must read|trending now|you may also like|don'?t miss)(\\s*[:|\u00BB>\u2013\u2014-].*)?$"),
            Pattern.compile("^(share|share this|share on|share via|tweet|email|print|copy link)( (article|story|this|on \\w+|via \\w+))?\\W*$"),
            Pattern.compile("^(facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest)(\\W+(facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|email))*\\W*$"),
            Pattern.compile("^(subscribe|sign up|get our|join our|follow us)\\b.*"),
            Pattern.compile(".*\\b(our|free|daily|weekly|morning|evening) newsletters?\\b.*"),
            Pattern.compile("^.{0,40}\\b(subscribers? only|subscribe now|subscribe today)\\b.*"),
            Pattern.compile(".*\\bcookies?\\b.*\\b(accept|consent|policy|settings|use|uses|using)\\b.*"),
            Pattern.compile("^(advertisement|sponsored|ad|skip advertisement|continue reading|click here.*)\\W*$"),
            Pattern.compile("^(all rights reserved|©|\\(c\\)|copyright)\\b.*"),
            Pattern.compile("^(photo|image|video)( credit)?:.*"),
            Pattern.compile("^(updated|published|last updated)( on)?:? .{0,60}$"),
            // Category, tag and source furniture ("Categories: Politics", "Archived from the original").
            Pattern.compile("^(categories|category|tags|tagged|filed under|topics|more on|sources?)\\s*:.*"),
            Pattern.compile("^archived( (from|at|on) .*)?\\W*$"),
            // Credits and bylines ("(Photo: NASA/Bill Ingalls)", "Reporting by X; Editing by Y").
            Pattern.compile("^\\(?(photo|photograph|picture|image|illustration|credit|credits|caption)s?( by)?\\s*:.*"),
            Pattern.compile("^(reporting|writing|editing|additional reporting|compiled|posted|written) by .*"),
            Pattern.compile("^.{0,60}\\b(getty images|ap photo|afp photo|reuters photo|epa-efe|shutterstock)\\)?\\W*$"));
    /** "By Jane Doe", "By Jane Doe and John Roe, Reuters": a byline, written in title case. */
    private static final Pattern BYLINE = Pattern.compile(
            "^By( [\\p{Lu}][\\p{L}.'\u2019-]*){1,4}((,| and| &)( [\\p{Lu}][\\p{L}.'\u2019-]*){1,4})*\\W*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;,\"]\\W*$");
    /** Furniture words that mark a line of page links ("2008 Canada Published North America Politics"). */
    private static final Pattern LINK_LINE_WORD = Pattern.compile("\\b(Published|Archived|Categories|Filed|Tags)\\b");

    /** Cleans a body: paragraphs separated by one blank line, no furniture, plain spaces. */
    public String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String normalised = normaliseInline(text.replace("\r\n", "\n").replace('\r', '\n'));
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String rawLine : normalised.split("\n", -1)) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                flush(paragraph, paragraphs);
                continue;
            }
            if (isFurniture(line)) {
                flush(paragraph, paragraphs);
                continue;
            }
            if (paragraph.length() > 0) {
                paragraph.append('\n');
            }
            paragraph.append(line);
        }
        flush(paragraph, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    /** Cleans a one-line text such as a headline: entities decoded, whitespace collapsed. */
    public String cleanLine(String text) {
        if (text == null) {
            return "";
        }
        return MULTI_SPACE.matcher(normaliseInline(text).replace('\n', ' ').replace('\r', ' ')).replaceAll(" ").strip();
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    private static boolean isFurniture(String line) {
        if (line.length() > MAX_FURNITURE_LINE) {
            return false;
        }
        if (BYLINE.matcher(line).matches() || isLinkLine(line)) {
            return true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (Pattern pattern : FURNITURE) {
            if (pattern.matcher(lower).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A row of page links: five words or more, every one capitalised or a number, no sentence
     * punctuation, and a furniture word among them.
     */
    private static boolean isLinkLine(String line) {
        if (!LINK_LINE_WORD.matcher(line).find() || SENTENCE_END.matcher(line).find()) {
            return false;
        }
        String[] words = line.split("\\s+");
        if (words.length < 5) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !Character.isDigit(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String decode(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return whole;
        }
        String named = NAMED.get(name);
        return named == null ? whole : named;
    }

    private static String normaliseInline(String text) {
        String decoded = text;
        // Twice: feeds often double-encode (&amp;amp; -> &amp; -> &).
        for (int i = 0; i < 2 && ENTITY.matcher(decoded).find(); i++) {
            decoded = ENTITY.matcher(decoded).replaceAll(m -> Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        decoded = TAG.matcher(decoded).replaceAll("");
        decoded = INVISIBLE.matcher(decoded).replaceAll("");
        decoded = SPACES.matcher(decoded).replaceAll(" ");
        decoded = decoded.replace('\u2028', '\n').replace('\u2029', '\n');
        Matcher spaces = MULTI_SPACE.matcher(decoded);
        return spaces.replaceAll(" ");
    }
}
