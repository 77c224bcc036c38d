package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.i18n.Messages;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * "Use as…": a menu of the roles a field can be given, "Not used", and going back to what
 * the table and the inference decide. Picking one keeps it for every environment of the service.
 */
final class UseAsMenu {
    private UseAsMenu() {}

    /**
     * @param key   the field's key when the menu is used (null: nothing to assign)
     * @param first the roles to list first (those an export misses), the others after a separator
     */
    static Menu create(String text, RoleChoices choices, Messages messages, Supplier<String> key,
                       List<FieldRole> first) {
        Menu menu = new Menu(text);
        for (FieldRole role : first) {
            menu.getItems().add(item(choices.roleText(role), "useAs-" + role.kebabName(), choices, key,
                    Optional.of(Optional.of(role))));
        }
        if (!first.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        for (FieldRole role : choices.roles()) {
            if (!first.contains(role)) {
                menu.getItems().add(item(choices.roleText(role), "useAs-" + role.kebabName(), choices, key,
                        Optional.of(Optional.of(role))));
            }
        }
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().add(item(messages.get("window.table.notUsed"), "useAs-not-used", choices, key,
                Optional.of(Optional.empty())));
        menu.getItems().add(item(messages.get("window.table.clearRole"), "useAs-clear", choices, key,
                Optional.empty()));
        return menu;
    }

    private static MenuItem item(String text, String id, RoleChoices choices, Supplier<String> key,
                                 Optional<Optional<FieldRole>> choice) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> {
            String chosen = key.get();
            if (chosen != null) {
                choices.useAs(chosen, choice);
            }
        });
        return item;
    }
}
