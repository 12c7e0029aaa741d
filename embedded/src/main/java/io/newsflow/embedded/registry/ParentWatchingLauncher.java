package io.newsflow.embedded.registry;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * The child JVM's entry point: {@code ParentWatchingLauncher <parentPid> <mainClass> args...}. It halts
 * this JVM as soon as the parent process is gone, then runs {@code mainClass} as if it had been started
 * directly.
 *
 * <p>Why: a shutdown hook in the parent cannot run when the parent is killed with SIGKILL, and Linux
 * does not kill children with their parent, so without this the registry would outlive newsflow and keep
 * its port. Watching from inside the child works whatever killed the parent. {@code halt} (not
 * {@code exit}) because the registry's own shutdown hooks are pointless once nobody can talk to it.
 *
 * <p>This class must stay free of dependencies: the child's class path is this module's jar and the
 * registry's runner jar only.
 */
public final class ParentWatchingLauncher {
    private ParentWatchingLauncher() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 2) {
            System.err.println("usage: ParentWatchingLauncher <parentPid> <mainClass> [args...]");
            Runtime.getRuntime().halt(2);
        }
        long parentPid = Long.parseLong(args[0]);
        watchParent(parentPid);

        Method main = Class.forName(args[1], true, ClassLoader.getSystemClassLoader())
                .getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void watchParent(long parentPid) {
        // If we were already re-parented, the parent died before we got here (its pid may even be reused).
        Optional<Long> actualParent = ProcessHandle.current().parent().map(ProcessHandle::pid);
        if (actualParent.isPresent() && actualParent.get() != parentPid) {
            System.err.println("Parent process " + parentPid + " is gone; not starting.");
            Runtime.getRuntime().halt(0);
        }
        Thread watcher = new Thread(() -> ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(ParentWatchingLauncher::parentGone),
                ParentWatchingLauncher::parentGone), "newsflow-parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void parentGone() {
        System.err.println("newsflow (the parent process) is gone: stopping the registry.");
        Runtime.getRuntime().halt(0);
    }
}
