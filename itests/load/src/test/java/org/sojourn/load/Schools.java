package org.sojourn.load;

import java.util.List;
import java.util.stream.IntStream;

/** The schools of the load run (made by peak.sh from the demo school) and which students are on whose list. */
final class Schools {

    private Schools() {
    }

    /** @return the main account of the school with that index, which is also its school number */
    static String login(int school) {
        return String.format("9%07d", school);
    }

    /** @return the indices of the students on that school's list: every {@code schools}-th one */
    static List<Integer> studentsOf(int school, int schools, int students) {
        return IntStream.range(0, students).filter(student -> student % schools == school).boxed().toList();
    }
}
