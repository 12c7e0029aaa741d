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
            sentences.add(what + " at " + i.getLocation());
        }
        return sentences;
    }
}
