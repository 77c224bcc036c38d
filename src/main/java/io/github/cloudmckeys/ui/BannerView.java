package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.i18n.Messages;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The failure banner: the sentence, Retry, and a button to dismiss it. Hidden when there is no failure. */
final class BannerView extends HBox {

    BannerView(BannerModel banner, Messages messages) {
        setId("banner");
        getStyleClass().add("banner");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);

        Label message = new Label();
        message.setId("bannerMessage");
        message.setGraphic(Icons.warning());
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(banner.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);

        Button retry = new Button(messages.get("window.banner.retry"));
        retry.setId("retry");
        retry.visibleProperty().bind(banner.retryAvailableProperty());
        retry.managedProperty().bind(banner.retryAvailableProperty());
        retry.setOnAction(e -> banner.retry());

        Button dismiss = new Button("✕");
        dismiss.setId("dismissBanner");
        dismiss.getStyleClass().add("dismiss");
        dismiss.setTooltip(new Tooltip(messages.get("window.banner.dismiss")));
        dismiss.setAccessibleText(messages.get("window.banner.dismiss"));
        dismiss.setOnAction(e -> banner.dismiss());

        getChildren().addAll(message, retry, dismiss);
        BooleanBinding showing = banner.messageProperty().isNotEmpty();
        visibleProperty().bind(showing);
        managedProperty().bind(showing);
    }
}
