package org.grassroots.regional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for one meeting of a joint meeting: the day, topics, decisions and the units present. */
@Data
public class JointMeetingForm {

    @NotNull(message = "{regional.meeting.heldOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotBlank(message = "{regional.meeting.topics.required}")
    @Size(max = 2000, message = "{regional.size.2000}")
    private String topics;

    @Size(max = 2000, message = "{regional.size.2000}")
    private String decisions;

    /** Membership rows present, never units: a unit that left and rejoined is two rows. */
    private List<Long> memberIds = new ArrayList<>();

    private Long version;

    static JointMeetingForm of(JointMeeting m) {
        JointMeetingForm f = new JointMeetingForm();
        f.heldOn = m.getHeldOn();
        f.topics = m.getTopics();
        f.decisions = m.getDecisions();
        f.memberIds = new ArrayList<>(m.getMemberIds());
        f.version = m.getVersion();
        return f;
    }
}
