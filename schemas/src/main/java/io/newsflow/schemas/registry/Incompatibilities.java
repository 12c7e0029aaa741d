package io.newsflow.schemas.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * Avro's reader/writer incompatibilities as sentences a person can act on
 * ("reader field 'x' has no default at /fields/20"). Registries only give terse reasons, and a
 * deserializer that meets a writer schema its reader cannot read must say why.
 */
public final class Incompatibilities {
    private Incompatibilities() {
    }

    /** Why {@code reader} cannot read data written with {@code writer}; empty when it can. */
    public static List<String> explain(Schema reader, Schema writer) {
        SchemaCompatibility.SchemaPairCompatibility pair = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        List<String> sentences = new ArrayList<>();
        for (SchemaCompatibility.Incompatibility i : pair.getResult().getIncompatibilities()) {
            String what;
            switch (i.getType()) {
                case READER_FIELD_MISSING_DEFAULT_VALUE:
                    what = "reader field '" + i.getMessage() + "' has no default";
                    break;
                case TYPE_MISMATCH:
                    what = "type changed (" + i.getMessage() + ")";
                    break;
                case NAME_MISMATCH:
                    what = "name changed (" + i.getMessage() + ")";
                    break;
                case MISSING_ENUM_SYMBOLS:
                    what = "enum symbols missing in the reader (" + i.getMessage() + ")";
                    break;
                case MISSING_UNION_BRANCH:
                    what = "union branch missing in the reader (" + i.getMessage() + ")";
                    break;
                case FIXED_SIZE_MISMATCH:
                    what = "fixed size changed (" + i.getMessage() + ")";
                    break;
                default:
                    what = i.getType() + " (" + i.getMessage() + ")";
            }
            String field = fieldPath(reader, i.getLocation());
            sentences.add((field.isEmpty() || what.startsWith("reader field") ? "" : "field '" + field + "': ") + what
                    + " at " + i.getLocation());
        }
        return sentences;
    }

    /** "/fields/3/type/items/fields/0/type" in the reader as "entities.name"; empty when not a field. */
    static String fieldPath(Schema reader, String location) {
        StringBuilder path = new StringBuilder();
        Schema schema = reader;
        String[] steps = location == null ? new String[0] : location.split("/");
        try {
            for (int k = 0; k < steps.length; k++) {
                if (schema.getType() == Schema.Type.UNION && !"fields".equals(steps[k])) {
                    schema = schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst().orElse(schema);
                }
                switch (steps[k]) {
                    case "fields":
                        Schema.Field field = schema.getFields().get(Integer.parseInt(steps[++k]));
                        path.append(path.length() == 0 ? "" : ".").append(field.name());
                        schema = field.schema();
                        break;
                    case "items":
                        schema = schema.getElementType();
                        break;
                    case "values":
                        schema = schema.getValueType();
                        break;
                    default:
                        break;
                }
            }
        } catch (RuntimeException e) {
            // a location this walk does not understand: show what was resolved so far
        }
        return path.toString();
    }
}
