package vn.gov.ward.assistant.reminder;

import vn.gov.ward.assistant.support.OnRedisCluster;

/** Deadline reminders (each sent once at its working time) on a 3-master Redis Cluster. */
@OnRedisCluster
class ReminderOnClusterTest extends ReminderTest {
}
