package io.github.cloudmckeys.bench;

/** The command-line figures' floor: a Java program that prints one line, on the same runtime and options. */
public final class HelloWorld {
    private HelloWorld() {}

    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
