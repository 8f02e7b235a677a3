package id.sdmi.indicator.framework;

import id.sdmi.web.Label;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored bilingual text; the owning entity names its columns. */
@Embeddable
public class Text {

    @Column(name = "id")
    public String id;

    @Column(name = "en")
    public String en;

    public static Text of(Label label) {
        if (label == null) {
            return null;
        }
        Text text = new Text();
        text.id = label.id();
        text.en = label.en();
        return text;
    }

    public Label label() {
        return new Label(id, en);
    }
}
