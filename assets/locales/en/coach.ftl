# The method's fixed words: moves, steps, outcomes, assessments, and the coach's built-in flags.

move-open-question = open question
move-closed-question = closed question
move-reflection = reflection
move-affirmation = affirmation
move-statement = statement
move-vision = vision
move-ask = ask
move-lecture = lecture
move-silence = silence
move-unclassified = unclassified

step-door = Get in the door
step-story = Get their story
step-vision = Propose a vision
step-obstacles = Address obstacles
step-ask = Advocate & assess
step-none = none

outcome-committed = committed
outcome-maybe = maybe
outcome-declined = declined
outcome-walked-away = walked away
outcome-none = none
outcome-no-outcome = no outcome
outcome-the-end = the end

assess-leader = leader
assess-supporter = supporter
assess-undecided = undecided
assess-pass = pass
assess-unknown = unknown

violation-visionbeforestory = Proposed a vision before getting their story.
violation-askbeforestory = Asked for a commitment before getting their story.
violation-askbeforevision = Asked for a commitment before offering a vision to act on.
violation-obstaclesneveraddressed = Never addressed what stands in their way.
violation-noconcreteask = Never got to a concrete ask they answered.

flag-asks-permission = Asked permission
flag-asks-permission-about = Opened by asking for their time ("got a minute?"), which invites a no and makes the talk a favour.
flag-not-listening = Didn't hear the answer
flag-not-listening-about = Moved on without taking in what they just said.
flag-assumes = Assumed
flag-assumes-about = Decided what they think or why they are here instead of asking.
flag-throws-statistics = Threw statistics
flag-throws-statistics-about = Led with numbers instead of their experience; facts rarely move people on their own.
flag-pitch-before-story = Pitched before the story
flag-pitch-before-story-about = Sold the group or the campaign before learning anything about them.
flag-dismisses-obstacle = Dismissed an obstacle
flag-dismisses-obstacle-about = Brushed off a real constraint or fear instead of taking it seriously.
flag-argues = Argued
flag-argues-about = Tried to win a point instead of understanding theirs.
flag-accuses = Accused
flag-accuses-about = Blamed or labelled the person, which ends trust fast.
flag-lectures = Lectured off the point
flag-lectures-about = Talked at length about something that isn't what they care about right now.
flag-no-concrete-ask = No concrete ask
flag-no-concrete-ask-about = Ended without asking for a specific action at a specific time.
flag-talks-over = Talked over them
flag-talks-over-about = Cut in before they finished.
flag-open-question = Open question
flag-open-question-about = Asked something they can answer in their own words.
flag-reflects-concern = Reflected a concern
flag-reflects-concern-about = Said back what they feel or fear, so they know they were heard.
flag-connects-bigger-picture = Connected to the bigger picture
flag-connects-bigger-picture-about = Linked their story to others' and to who holds power, without losing their words.
flag-takes-obstacle-seriously = Took an obstacle seriously
flag-takes-obstacle-seriously-about = Named a real risk or cost honestly and worked with it.
flag-concrete-ask = Concrete ask
flag-concrete-ask-about = Asked for a specific action, at a specific time and place.
flag-gets-contact = Got a contact
flag-gets-contact-about = Got a phone number or a name to follow up with.
flag-schedules-follow-up = Scheduled a follow-up
flag-schedules-follow-up-about = Set the next conversation before leaving this one.
