package io.github.cloudmckeys.ui;

import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;

/**
 * Small monochrome icons, drawn as shapes so that the style sheet colours them
 * ({@code .icon} and its -fx-background-color). Paths on a 24×24 grid, after the
 * Material Design icons (Apache License 2.0).
 */
final class Icons {
    private static final String COPY = "M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2"
            + "h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z";
    private static final String EYE = "M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5"
            + "c-1.73-4.39-6-7.5-11-7.5zM12 17c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5z"
            + "m0-8c-1.66 0-3 1.34-3 3s1.34 3 3 3 3-1.34 3-3-1.34-3-3-3z";
    private static final String EYE_OFF = "M12 7c2.76 0 5 2.24 5 5 0 .65-.13 1.26-.36 1.83l2.92 2.92"
            + "c1.51-1.26 2.7-2.89 3.43-4.75-1.73-4.39-6-7.5-11-7.5-1.4 0-2.74.25-3.98.7l2.16 2.16"
            + "C10.74 7.13 11.35 7 12 7zM2 4.27l2.28 2.28.46.46C3.08 8.3 1.78 10.02 1 12c1.73 4.39 6 7.5 11 7.5"
            + " 1.55 0 3.03-.3 4.38-.84l.42.42L19.73 22 21 20.73 3.27 3 2 4.27zM7.53 9.8l1.55 1.55"
            + "c-.05.21-.08.43-.08.65 0 1.66 1.34 3 3 3 .22 0 .44-.03.65-.08l1.55 1.55c-.67.33-1.41.53-2.2.53"
            + "-2.76 0-5-2.24-5-5 0-.79.2-1.53.53-2.2zm4.31-.78l3.15 3.15.02-.16c0-1.66-1.34-3-3-3l-.17.01z";
    private static final String SEARCH = "M15.5 14h-.79l-.28-.27C15.41 12.59 16 11.11 16 9.5 16 5.91 13.09 3 9.5 3"
            + "S3 5.91 3 9.5 5.91 16 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5z"
            + "m-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z";
    private static final String WARNING = "M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z";
    private static final String CLOUD = "M19.35 10.04C18.67 6.59 15.64 4 12 4 9.11 4 6.6 5.64 5.35 8.04"
            + " 2.34 8.36 0 10.91 0 14c0 3.31 2.69 6 6 6h13c2.76 0 5-2.24 5-5 0-2.64-2.05-4.78-4.65-4.96z";

    private Icons() {}

    static Region copy() {
        return icon(COPY, 14, 15);
    }

    static Region eye() {
        return icon(EYE, 16, 12);
    }

    static Region eyeOff() {
        return icon(EYE_OFF, 16, 14);
    }

    static Region search() {
        return icon(SEARCH, 14, 14);
    }

    static Region warning() {
        return icon(WARNING, 16, 14);
    }

    static Region cloud() {
        return icon(CLOUD, 18, 13);
    }

    private static Region icon(String path, double width, double height) {
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        Region icon = new Region();
        icon.setShape(shape);
        icon.getStyleClass().add("icon");
        icon.setMinSize(width, height);
        icon.setPrefSize(width, height);
        icon.setMaxSize(width, height);
        return icon;
    }
}
