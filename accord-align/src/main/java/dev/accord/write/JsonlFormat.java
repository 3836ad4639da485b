package dev.accord.write;

import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import dev.accord.internal.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@link Format#JSONL}: one JSON object a line, {@code {"source_ids":[0],"target_ids":[0,1],
 * "source_text":"…","target_text":"…","score":0.9734,"type":"1-2"}}.
 */
final class JsonlFormat implements StreamFormat {

    @Override
    public void write(Writer out, Document source, Document target, List<Bead> beads) throws IOException {
        JsonWriter json = new JsonWriter(out);
        for (Bead bead : beads) {
            json.beginObject();
            ids(json.name("source_ids"), bead.source());
            ids(json.name("target_ids"), bead.target());
            json.name("source_text").value(BeadTexts.text(source, bead.source()));
            json.name("target_text").value(BeadTexts.text(target, bead.target()));
            json.name("score").value(Double.parseDouble(BeadTexts.score(bead.score())));
            json.name("type").value(bead.type());
            json.endObject().newline();
        }
    }

    private static void ids(JsonWriter json, List<Integer> ids) throws IOException {
        json.beginArray();
        for (int id : ids) {
            json.value(id);
        }
        json.endArray();
    }
}
