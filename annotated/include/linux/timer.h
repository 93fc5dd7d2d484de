/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Kernel timers: call function(data) once jiffies reaches expires.
 * Follows Linux 2.4.0 include/linux/timer.h.  Port: one unsorted list
 * scanned every tick (2.4.0 keeps timer wheels), enough for the few
 * sleeps with a timeout the port has (kswapd's one-second nap).
 */
#ifndef _LINUX_TIMER_H
#define _LINUX_TIMER_H

#include <linux/list.h>

/// §2.8 2.4.0: include/linux/timer.h struct timer_list：到 expires 时调用 function(data)。
/// 本移植只有一条不排序的队列，每个时钟中断扫一遍（2.4.0 用时间轮），kswapd 的一秒睡眠用它。
struct timer_list {
	struct list_head list;
	unsigned long expires;
	unsigned long data;
	void (*function)(unsigned long);
};

extern void add_timer(struct timer_list *timer);
extern int del_timer(struct timer_list *timer);
extern void run_timer_list(void);

/// §2.8 2.4.0: include/linux/timer.h init_timer()：list.next 为 NULL 表示不在队列上。
static inline void init_timer(struct timer_list *timer)
{
	timer->list.next = timer->list.prev = NULL;
}

/// §2.8 2.4.0: include/linux/timer.h timer_pending()。
static inline int timer_pending(const struct timer_list *timer)
{
	return timer->list.next != NULL;
}

/* Wrap-safe comparisons of jiffies values. */
#define time_after(a, b)	((long) (b) - (long) (a) < 0)
#define time_before(a, b)	time_after(b, a)
#define time_after_eq(a, b)	((long) (a) - (long) (b) >= 0)
#define time_before_eq(a, b)	time_after_eq(b, a)

#endif /* _LINUX_TIMER_H */
