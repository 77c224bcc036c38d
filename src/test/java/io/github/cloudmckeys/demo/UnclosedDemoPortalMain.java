package io.github.cloudmckeys.demo;

import java.net.http.HttpResponse;

/**
 * Run in a child JVM by {@link DemoPortalLifecycleTest}: starts a portal, uses it and returns
 * from main without closing it. The JVM must still exit.
 */
public final class UnclosedDemoPortalMain {
    private UnclosedDemoPortalMain() {}

    public static void main(String[] args) throws Exception {
        DemoPortal portal = DemoPortal.start();
        HttpResponse<byte[]> response = DemoHttp.get(portal, "/environments");
        System.out.println("served " + response.statusCode() + " from " + portal.endpoint());
    }
}
