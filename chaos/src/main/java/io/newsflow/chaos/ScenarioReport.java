package io.newsflow.chaos;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What one fault scenario did and what it then checked, in the words a reader of RELIABILITY.md or of
 * {@code newsflow chaos} needs: the load, the faults injected, the records checked and how many were
 * lost or doubled. A scenario fills it in as it goes, so a failed check still shows what came before.
 */
public final class ScenarioReport {
    private final String scenario;
    private final List<String> actions = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private long load;
    private int faults;
    private long checked;
    private long lost;
    private long doubled;

    public ScenarioReport(String scenario) {
        this.scenario = scenario;
    }

    public ScenarioReport did(String action) {
        actions.add(action);
        return this;
    }

    /** Records a check: {@code holds} false makes the scenario fail with {@code statement} as the reason. */
    public ScenarioReport verify(boolean holds, String statement) {
        (holds ? checks : failures).add(statement);
        return this;
    }

    public ScenarioReport load(long records) {
        this.load = records;
        return this;
    }

    public ScenarioReport fault() {
        faults++;
        return this;
    }

    public ScenarioReport counts(long recordsChecked, long recordsLost, long recordsDoubled) {
        this.checked = recordsChecked;
        this.lost = recordsLost;
        this.doubled = recordsDoubled;
        return this;
    }

    public String scenario() {
        return scenario;
    }

    public boolean passed() {
        return failures.isEmpty() && lost == 0 && doubled == 0;
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public int faults() {
        return faults;
    }

    public long lost() {
        return lost;
    }

    public long doubled() {
        return doubled;
    }

    public long checked() {
        return checked;
    }

    /** One line for RELIABILITY.md: load, faults, records checked, lost, doubled. */
    public String summary() {
        return scenario + ": " + (passed() ? "PASSED" : "FAILED") + "; load " + load + " records, faults injected "
                + faults + ", records checked " + checked + ", records lost: " + lost + ", records doubled: " + doubled;
    }

    public void print(PrintStream out) {
        out.println("Scenario " + scenario);
        actions.forEach(a -> out.println("  did:      " + a));
        checks.forEach(c -> out.println("  verified: " + c));
        failures.forEach(f -> out.println("  FAILED:   " + f));
        out.println("  " + summary());
    }

    @Override
    public String toString() {
        return summary() + (failures.isEmpty() ? "" : " " + failures);
    }
}
