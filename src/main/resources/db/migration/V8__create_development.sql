-- The member development pipeline (发展党员), domain-rules.md §3: the 5 stages and 25 steps as
-- rows, and per person the steps done, with their date, who decided and who recorded them.

create table development_step (
    code         varchar(32)  primary key,
    stage        smallint     not null,
    seq          smallint     not null,
    name_zh      varchar(40)  not null,
    name_en      varchar(80)  not null,
    -- the status a person reaches with this step (through MemberService, with a history row)
    moves_to     varchar(32),
    -- decided by the committee with approval power: a community cannot approve, its street does
    approval     boolean      not null default false,
    -- whom the step names: the two introducers, or the one or two mentors
    people       varchar(16),
    -- who decides by default: the branch, its higher committee, the approving committee, or the
    -- organization department one level further up
    decider      varchar(16)  not null,
    -- not one of the 25 standard steps: the other decisions at the end of probation
    alternative  boolean      not null default false,
    constraint uk_development_step_seq unique (seq),
    constraint ck_development_step_stage check (stage between 1 and 5),
    constraint ck_development_step_moves_to check (moves_to in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY',
        'FULL', 'PROBATION_CANCELLED')),
    constraint ck_development_step_people check (people in ('INTRODUCER', 'MENTOR')),
    constraint ck_development_step_decider check (decider in ('BRANCH', 'HIGHER', 'APPROVER', 'DEPARTMENT'))
);

create table development_step_prerequisite (
    step_code     varchar(32) not null,
    requires_code varchar(32) not null,
    constraint pk_development_step_prerequisite primary key (step_code, requires_code),
    constraint fk_development_prerequisite_step foreign key (step_code) references development_step (code),
    constraint fk_development_prerequisite_requires foreign key (requires_code) references development_step (code),
    constraint ck_development_prerequisite_not_self check (step_code <> requires_code)
);

insert into development_step (code, stage, seq, name_zh, name_en, moves_to, approval, people, decider, alternative)
values
    ('APPLY',                  1,  1, '递交入党申请书',         'Submit the application',                  'APPLICANT', false, null, 'BRANCH', false),
    ('TALK',                   1,  2, '党组织派人谈话',         'Talk with the applicant',                 null, false, null, 'BRANCH', false),
    ('ACTIVIST',               2,  3, '确定入党积极分子',       'Confirm as activist',                     'ACTIVIST', false, null, 'BRANCH', false),
    ('ACTIVIST_FILED',         2,  4, '积极分子报上级党委备案', 'File the activist with the higher committee', null, false, null, 'HIGHER', false),
    ('MENTORS',                2,  5, '指定培养联系人',         'Assign mentors',                          null, false, 'MENTOR', 'BRANCH', false),
    ('TRAINING',               2,  6, '培养教育考察',           'Train, educate and assess',               null, false, null, 'BRANCH', false),
    ('CANDIDATE',              3,  7, '确定发展对象',           'Confirm as development candidate',        'CANDIDATE', false, null, 'BRANCH', false),
    ('CANDIDATE_FILED',        3,  8, '发展对象报上级党委备案', 'File the candidate with the higher committee', null, false, null, 'HIGHER', false),
    ('INTRODUCERS',            3,  9, '确定入党介绍人',         'Choose the introducers',                  null, false, 'INTRODUCER', 'BRANCH', false),
    ('POLITICAL_REVIEW',       3, 10, '进行政治审查',           'Political review',                        null, false, null, 'HIGHER', false),
    ('INTENSIVE_TRAINING',     3, 11, '开展集中培训',           'Short intensive training',                null, false, null, 'HIGHER', false),
    ('COMMITTEE_REVIEW',       4, 12, '支部委员会审查',         'Review by the branch committee',          null, false, null, 'BRANCH', false),
    ('PRE_REVIEW',             4, 13, '上级党委预审',           'Pre-review by the higher committee',      null, false, null, 'APPROVER', false),
    ('APPLICATION_FORM',       4, 14, '填写入党志愿书',         'Fill in the application form',            null, false, null, 'BRANCH', false),
    ('ADMISSION_VOTE',         4, 15, '支部大会讨论接收',       'Admission vote of the branch general meeting', null, false, null, 'BRANCH', false),
    ('HIGHER_TALK',            4, 16, '上级党委派人谈话',       'Talk by the higher committee',            null, false, null, 'APPROVER', false),
    ('ADMISSION_APPROVAL',     4, 17, '上级党委审批',           'Approval by the higher committee',        'PROBATIONARY', true, null, 'APPROVER', false),
    ('ADMISSION_FILED',        4, 18, '报组织部门备案',         'File with the organization department',   null, false, null, 'DEPARTMENT', false),
    ('PLACEMENT',              5, 19, '编入党支部和党小组',     'Place in the branch and a Party group',   null, false, null, 'BRANCH', false),
    ('OATH',                   5, 20, '入党宣誓',               'Take the oath',                           null, false, null, 'BRANCH', false),
    ('PROBATION_ASSESSMENT',   5, 21, '继续教育考察',           'Continued education and assessment',      null, false, null, 'BRANCH', false),
    ('CONVERSION_APPLICATION', 5, 22, '提出转正申请',           'Apply for full membership',               null, false, null, 'BRANCH', false),
    ('CONVERSION_VOTE',        5, 23, '支部大会讨论转正',       'Conversion vote of the branch general meeting', null, false, null, 'BRANCH', false),
    ('CONVERSION_APPROVAL',    5, 24, '上级党委审批转正',       'Conversion approval by the higher committee', 'FULL', true, null, 'APPROVER', false),
    ('ARCHIVE',                5, 25, '材料归档',               'Archive the files',                       null, false, null, 'HIGHER', false),
    ('EXTENSION',              5, 26, '延长预备期',             'Extend the probation',                    null, true, null, 'APPROVER', true),
    ('CANCELLATION',           5, 27, '取消预备党员资格',       'Cancel the probationary membership',      'PROBATION_CANCELLED', true, null, 'APPROVER', true);

insert into development_step_prerequisite (step_code, requires_code) values
    ('TALK', 'APPLY'),
    ('ACTIVIST', 'APPLY'), ('ACTIVIST', 'TALK'),
    ('ACTIVIST_FILED', 'ACTIVIST'),
    ('MENTORS', 'ACTIVIST'),
    ('TRAINING', 'MENTORS'),
    ('CANDIDATE', 'ACTIVIST_FILED'), ('CANDIDATE', 'TRAINING'),
    ('CANDIDATE_FILED', 'CANDIDATE'),
    ('INTRODUCERS', 'CANDIDATE'),
    ('POLITICAL_REVIEW', 'CANDIDATE'),
    ('INTENSIVE_TRAINING', 'CANDIDATE'),
    ('COMMITTEE_REVIEW', 'CANDIDATE_FILED'), ('COMMITTEE_REVIEW', 'INTRODUCERS'),
    ('COMMITTEE_REVIEW', 'POLITICAL_REVIEW'), ('COMMITTEE_REVIEW', 'INTENSIVE_TRAINING'),
    ('PRE_REVIEW', 'COMMITTEE_REVIEW'),
    ('APPLICATION_FORM', 'PRE_REVIEW'),
    ('ADMISSION_VOTE', 'APPLICATION_FORM'), ('ADMISSION_VOTE', 'POLITICAL_REVIEW'),
    ('ADMISSION_VOTE', 'INTENSIVE_TRAINING'),
    ('HIGHER_TALK', 'ADMISSION_VOTE'),
    ('ADMISSION_APPROVAL', 'HIGHER_TALK'),
    ('ADMISSION_FILED', 'ADMISSION_APPROVAL'),
    ('PLACEMENT', 'ADMISSION_APPROVAL'),
    ('OATH', 'ADMISSION_APPROVAL'),
    ('PROBATION_ASSESSMENT', 'ADMISSION_APPROVAL'),
    ('CONVERSION_APPLICATION', 'ADMISSION_APPROVAL'),
    ('CONVERSION_VOTE', 'CONVERSION_APPLICATION'),
    ('CONVERSION_APPROVAL', 'CONVERSION_VOTE'),
    ('ARCHIVE', 'CONVERSION_APPROVAL'),
    ('EXTENSION', 'ADMISSION_APPROVAL'),
    ('CANCELLATION', 'ADMISSION_APPROVAL');

-- One step of one person. Rows are never edited away: a wrong step is voided with a reason, a
-- returned approval keeps its reason, and the step is recorded again as a new row.
create table member_step (
    id                 bigserial    primary key,
    member_id          bigint       not null,
    step_code          varchar(32)  not null,
    -- the day of the step; for an approval, the day the approving committee approved
    done_on            date,
    -- approvals: the day the request (with the branch's decision) reached the approving committee
    submitted_on       date,
    -- who decided: the organization or committee, as written on the record
    decided_by         varchar(120) not null,
    note               varchar(500),
    extension_months   int,
    approval_state     varchar(16)  not null default 'NONE',
    -- approvals: the street whose working committee decides
    approver_street_id bigint,
    approved_by        varchar(50),
    approved_at        timestamptz,
    return_reason      varchar(500),
    recorded_by        varchar(50)  not null,
    recorded_at        timestamptz  not null default now(),
    voided_by          varchar(50),
    voided_at          timestamptz,
    void_reason        varchar(500),
    version            bigint       not null default 0,
    constraint fk_member_step_member foreign key (member_id) references party_member (id),
    constraint fk_member_step_step foreign key (step_code) references development_step (code),
    constraint fk_member_step_street foreign key (approver_street_id) references region (id),
    constraint ck_member_step_state check (approval_state in ('NONE', 'PENDING', 'APPROVED', 'RETURNED')),
    constraint ck_member_step_done check (done_on is not null or approval_state in ('PENDING', 'RETURNED')),
    constraint ck_member_step_approval check (approval_state = 'NONE'
        or (submitted_on is not null and approver_street_id is not null)),
    constraint ck_member_step_returned check (approval_state <> 'RETURNED' or return_reason is not null),
    constraint ck_member_step_submitted check (done_on is null or submitted_on is null or done_on >= submitted_on),
    constraint ck_member_step_extension check (extension_months is null or extension_months between 6 and 12),
    constraint ck_member_step_void check ((voided_at is null) = (void_reason is null))
);

-- a step is held once per person; voided rows and returned requests stay beside the live one
create unique index uk_member_step_live on member_step (member_id, step_code)
    where voided_at is null and approval_state <> 'RETURNED';
create index ix_member_step_member on member_step (member_id, id);
create index ix_member_step_pending on member_step (approver_street_id, submitted_on)
    where approval_state = 'PENDING' and voided_at is null;

-- the people a step names: the two introducers, or the mentors
create table member_step_person (
    step_id    bigint      not null,
    member_id  bigint      not null,
    role       varchar(16) not null,
    constraint pk_member_step_person primary key (step_id, member_id),
    constraint fk_member_step_person_step foreign key (step_id) references member_step (id),
    constraint fk_member_step_person_member foreign key (member_id) references party_member (id),
    constraint ck_member_step_person_role check (role in ('INTRODUCER', 'MENTOR'))
);

create index ix_member_step_person_member on member_step_person (member_id);
