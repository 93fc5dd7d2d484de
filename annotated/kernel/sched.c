// SPDX-License-Identifier: GPL-2.0-only
/*
 * The scheduler: the run queue, choosing the next task by "goodness"
 * (the time slice left, plus a bonus for a task sharing the current
 * address space), switching address spaces (a kernel thread borrows the
 * previous one: lazy TLB), switching tasks, and sleeping and waking on
 * wait queues.  Uniprocessor.
 * 情景分析 chapter 4 (schedule); §2.3 (mm_struct, active_mm).
 * Follows Linux 2.4.0 kernel/sched.c.
 */
/// §4.6 进程的调度与切换。本文件是 2.4.0 的调度器：运行队列、按 goodness 选下一个进程、切换地址空间和进程上下文，
/// 以及在等待队列上睡眠、唤醒（§4.5 之后的等待、§4.9 信号量都靠它）。单 CPU 版本：SMP 的部分（has_cpu、
/// 跨 CPU 的 reschedule_idle、IPI）都按 2.4.0 的 !CONFIG_SMP 分支写。
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/interrupt.h>
#include <linux/timer.h>
#include <asm/uaccess.h>
#include <asm/mmu_context.h>
#include <asm/hardirq.h>

/*
 * runqueue_lock guards the run queue (interrupts off: wake-ups come
 * from interrupt handlers); tasklist_lock the task list and the family
 * links.  On one CPU both only switch interrupts.
 */
/// 两把锁与 2.4.0 相同：runqueue_lock 保护运行队列（中断处理程序会 wake_up，所以要关中断），tasklist_lock
/// 保护进程链表和家族指针。单 CPU 上它们只起关中断的作用（linux/spinlock.h）。
spinlock_t runqueue_lock = SPIN_LOCK_UNLOCKED;
rwlock_t tasklist_lock = RW_LOCK_UNLOCKED;

/// 运行队列：所有可运行的进程（idle 进程除外）通过 task_struct.run_list 挂在这里。2.4.0 是 static 的，
/// 本移植去掉 static，以便 sched.h 里的 del_from_runqueue 等内联函数在别的文件里使用（2.4.0 那些函数只在本文件用）。
LIST_HEAD(runqueue_head);

/* The task this CPU runs. */
/// 每个 CPU 当前在运行哪个进程。reschedule_idle 用它找到“被抢的对象”。2.4.0 还记 last_schedule（SMP 用）
/// 并按 cache 行对齐，单 CPU 不需要。
static struct schedule_data {
	struct task_struct *curr;
} aligned_data[NR_CPUS] = { { &init_task } };

#define cpu_curr(cpu)		aligned_data[(cpu)].curr
#define can_schedule(p, cpu)	(1)

/*
 * How much p deserves the CPU: -1 for a task that yielded, 0 when its
 * time slice is used up (then all slices get recalculated), else the
 * ticks left, +1 if it runs on this_mm (no TLB flush), + 20 - nice.
 * Real-time tasks beat every other at 1000 + rt_priority.
 */
/// §4.6 进程的调度与切换：进程的“权值”。2.4.0: kernel/sched.c goodness()
/// -1：刚 sched_yield 过（SCHED_YIELD），排在所有可运行进程之后，但比 idle 进程（-1000）强；0：时间片用完，
/// 如果所有候选都是 0，schedule 就重新计算时间片；普通进程的权值 = 剩余时间片 counter + 20 - nice，
/// 若它与当前进程共用同一个 mm（或者是没有 mm 的内核线程），再加 1：切换过去不用刷新 TLB（不装 CR3）。
/// 实时进程（SCHED_FIFO/SCHED_RR）是 1000 + rt_priority，永远压过普通进程。
static inline int goodness(struct task_struct *p, int this_cpu,
			   struct mm_struct *this_mm)
{
	int w;

	/// 让出的标志先看：实时进程让出时也是 -1。
	if (p->policy & SCHED_YIELD)
		return -1;
	if (p->policy != SCHED_OTHER)
		return 1000 + p->rt_priority;

	/// counter 就是剩下的时钟滴答数，每个滴答 update_process_times 减 1。
	w = p->counter;
	if (!w)
		return 0;
	if (!p->mm || p->mm == this_mm)
		w++;
	/// nice 从 -20 到 19：nice 越小权值越大。
	return w + 20 - p->nice;
}

/* Positive: p is worth taking the CPU from prev. */
/// §4.7 强制性调度：p 比 prev 好多少；正数才值得抢占。2.4.0: kernel/sched.c preemption_goodness()
/// 两者都按 prev 的 active_mm 计算，所以与 prev 共用地址空间的 p 多得 1 分。
static inline int preemption_goodness(struct task_struct *prev,
				      struct task_struct *p, int cpu)
{
	struct mm_struct *mm = prev->active_mm;

	return goodness(p, cpu, mm) - goodness(prev, cpu, mm);
}

/*
 * p was just woken: if it is clearly better than the running task, ask
 * for a reschedule at the next return to user mode (or in the idle
 * loop).  Called with runqueue_lock held.
 */
/// §4.7 强制性调度：刚被唤醒的进程 p 是否应当马上抢占当前进程。2.4.0: kernel/sched.c reschedule_idle()
/// 这里并不立刻切换（内核态不可抢占），只是给当前进程置 need_resched，它在下一次返回用户空间时
/// （entry.S ret_with_reschedule）或 idle 循环里调用 schedule()。差值要大于 1 才抢，免得为一点点优势来回切换。
/// 本移植只有 2.4.0 的单 CPU 分支。
static void reschedule_idle(struct task_struct *p)
{
	int cpu = smp_processor_id();
	/// 被抢的对象是本 CPU 正在运行的进程（aligned_data 里记的），不一定是 current（比如在中断里唤醒）。
	struct task_struct *running = cpu_curr(cpu);

	if (preemption_goodness(running, p, cpu) > 1)
		running->need_resched = 1;
}

/* At the head: a woken task is looked at first. */
/// §4.6：挂到运行队列头部。2.4.0: kernel/sched.c add_to_runqueue()
/// 放在头部有讲究：schedule 从头往后扫，权值相同时先看到的胜出，所以刚醒来的进程略占便宜。
static inline void add_to_runqueue(struct task_struct *p)
{
	nr_running++;
	list_add(&p->run_list, &runqueue_head);
}

/// §4.6：SCHED_RR 进程用完时间片后移到队尾，让同优先级的其他进程先运行。2.4.0: kernel/sched.c move_last_runqueue()
static inline void move_last_runqueue(struct task_struct *p)
{
	struct list_head *entry = &p->run_list;

	list_del(entry);
	list_add_tail(entry, &runqueue_head);
}

/* Make p runnable and put it on the run queue if it is not there. */
/// §4.5 进程的睡眠与唤醒：把进程设为 TASK_RUNNING 并放进运行队列。2.4.0: kernel/sched.c wake_up_process()
/// 已经在队列上（比如还没来得及睡下去就被唤醒）就只改状态，也不再比较权值。
/// 新放进队列的，由 reschedule_idle 决定要不要请当前进程让位。
void wake_up_process(struct task_struct *p)
{
	unsigned long irqstate;

	/// 中断处理程序也会唤醒进程，所以用 irqsave：调用者可能已经关了中断，完了要恢复原状。
	spin_lock_irqsave(&runqueue_lock, irqstate);
	p->state = TASK_RUNNING;
	if (!task_on_runqueue(p)) {
		add_to_runqueue(p);
		reschedule_idle(p);
	}
	spin_unlock_irqrestore(&runqueue_lock, irqstate);
}

/*
 * The new task's first code after switch_to (from ret_from_fork): the
 * yield flag of the task switched out is cleared, as schedule() does.
 */
/// §4.6：切换完成后的收尾。2.4.0: kernel/sched.c __schedule_tail()
/// 单 CPU 上只需清掉被换下进程的 SCHED_YIELD 标志：让出只管一次，下次调度它又按正常权值参加竞争。
static inline void __schedule_tail(struct task_struct *prev)
{
	prev->policy &= ~SCHED_YIELD;
}

/// §4.3 fork：子进程第一次被调度时从 ret_from_fork（entry.S）调用这里，prev 是换下的进程（switch_to 留在 %ebx 里）。
/// 2.4.0: kernel/sched.c schedule_tail()
asmlinkage void schedule_tail(struct task_struct *prev)
{
	__schedule_tail(prev);
}

/*
 * Give the CPU to the best runnable task.  prev leaves the run queue
 * unless it is still runnable (a sleeper with a signal pending stays).
 * If every runnable task used up its slice, all tasks get new slices
 * (half the old plus one by nice) and the choice is made again.
 * Address spaces: a task with an mm gets it loaded (switch_mm); a
 * kernel thread keeps prev's active_mm, pinned by mm_count, and the
 * borrowed mm of a kernel thread is dropped when it is switched out.
 */
/// §4.6 进程的调度与切换：调度器本身。2.4.0: kernel/sched.c schedule()
/// 1) prev（当前进程）若不再可运行（睡眠、僵死），把它从运行队列摘下；可中断睡眠但已有信号的进程改回运行态，
///    这样 wait4、pause 之类会被信号打断；
/// 2) 在运行队列里挑 goodness 最大的，prev 若仍可运行也参加；都为 0 时给所有进程重新分配时间片再挑；
/// 3) 切换地址空间：下一个进程有自己的 mm 就 switch_mm（装 CR3）；内核线程没有 mm，就“借用”prev 的 active_mm
///    （懒惰 TLB：CR3 不动，给 mm_count 加 1 防止它被释放）；prev 若是借用者，此时归还（mmdrop）；
/// 4) switch_to 切换堆栈和 eip。从 switch_to 下一行开始运行的已经是另一个进程了（它当初也是在这里被换下的）。
/// 2.4.0 用一串标号和 goto 把少见的情形（SCHED_RR、重算时间片、prev 仍可运行）挪到函数末尾；本移植用
/// do-while 与 for 循环写同样的步骤，次序不变。
asmlinkage void schedule(void)
{
	struct schedule_data *sched_data;
	struct task_struct *prev, *next, *t;
	struct list_head *pos;
	int this_cpu, best, w;

	/// 每个进程（包括内核线程）运行时都必须有 active_mm，CR3 指向的就是它的页面目录。
	if (!current->active_mm)
		BUG();
	/// 外层循环：切换回来以后（或者根本没有切换）若又有人请求调度（need_resched），再调度一次。
	do {
		prev = current;
		this_cpu = prev->processor;
		/// 中断处理程序里不能调度：它没有自己的进程上下文。asm/hardirq.h 的计数由 do_IRQ 维护。
		if (in_interrupt()) {
			printk("Scheduling in interrupt\n");
			BUG();
			return;
		}
		sched_data = &aligned_data[this_cpu];
		spin_lock_irq(&runqueue_lock);

		/* A round-robin task that used up its slice goes to the back. */
		/// 只看 policy 恰好是 SCHED_RR 的：刚让出（带 SCHED_YIELD 位）的不在此列。新的时间片按 nice 计算。
		if (prev->policy == SCHED_RR && !prev->counter) {
			prev->counter = NICE_TO_TICKS(prev->nice);
			move_last_runqueue(prev);
		}

		/* A sleeper leaves the queue, unless a signal already came. */
		/// 可中断睡眠、但信号已经到了：不睡了，改回运行态；其他非运行状态（不可中断睡眠、僵死、停止）都离开运行队列。
		if (prev->state == TASK_INTERRUPTIBLE && signal_pending(prev))
			prev->state = TASK_RUNNING;
		else if (prev->state != TASK_RUNNING)
			del_from_runqueue(prev);
		/// 开始调度了，清除“需要调度”的请求；如果等会儿选中的还是自己，末尾会再检查一次。
		prev->need_resched = 0;

		for (;;) {
			/* The idle task runs when nothing else can; a
			   runnable prev competes from the start. */
			/// 缺省选 idle 进程（0 号），权值 -1000，任何可运行进程都比它好。
			next = idle_task(this_cpu);
			best = -1000;
			/// prev 仍然可运行：以它的权值作为起点，别人必须严格大于它才会被选中，避免无谓的切换。
			if (prev->state == TASK_RUNNING) {
				next = prev;
				best = goodness(prev, this_cpu, prev->active_mm);
			}
			list_for_each(pos, &runqueue_head) {
				t = list_entry(pos, struct task_struct, run_list);
				if (!can_schedule(t, this_cpu))
					continue;
				w = goodness(t, this_cpu, prev->active_mm);
				/// 严格大于：权值相同时，运行队列里靠前的（刚被唤醒的在队首）胜出。
				if (w > best) {
					best = w;
					next = t;
				}
			}
			/// 最好的权值不是 0 就选定了（只有 idle 可选时是 -1000，也算选定）。
			if (best)
				break;

			/* Every candidate used up its slice: new ones for all. */
			/// 所有候选者的时间片都用完了：给每一个进程（包括睡眠的）重新计算 counter = counter/2 + NICE_TO_TICKS(nice)。
			/// 睡眠进程的剩余时间片一半保留下来，所以经常睡眠的交互式进程醒来后 counter 比较大，容易得到 CPU。
			/// nice 为 0 时 NICE_TO_TICKS 是 6 个滴答（HZ=100）。遍历进程链表要换成 tasklist_lock，算完再回来重挑。
			/// 0 号进程不在 for_each_task 的范围内，它的 counter 不变。
			spin_unlock_irq(&runqueue_lock);
			read_lock(&tasklist_lock);
			for_each_task(t)
				t->counter = (t->counter >> 1) +
					     NICE_TO_TICKS(t->nice);
			read_unlock(&tasklist_lock);
			spin_lock_irq(&runqueue_lock);
		}

		sched_data->curr = next;
		spin_unlock_irq(&runqueue_lock);
		/// 选中的还是自己：不必切换，直接去检查 need_resched。
		if (next == prev)
			continue;

		prepare_to_switch();
		{
			/// §2.3：用户进程的 mm 与 active_mm 相同；内核线程 mm 为 NULL，只有借来的 active_mm。
			struct mm_struct *from = prev->active_mm;

			/// 懒惰 TLB：内核线程只访问 3G 以上的内核空间，而所有页面目录的内核部分都一样，所以不必换 CR3，
			/// 直接沿用上一个进程的页面目录，省掉一次 TLB 刷新。mm_count 加 1，保证借用期间页面目录不被释放。
			if (!next->mm) {
				/* A kernel thread: lazy TLB on prev's mm. */
				if (next->active_mm)
					BUG();
				atomic_inc(&from->mm_count);
				next->active_mm = from;
				enter_lazy_tlb(from, next, this_cpu);
			} else {
				if (next->active_mm != next->mm)
					BUG();
				/// 换 CR3（asm/mmu_context.h）。from 与 next->mm 相同（同一进程的线程，或内核线程之后又回到原进程）时什么也不做。
				switch_mm(from, next->mm, next, this_cpu);
			}
			/* A kernel thread leaving gives back what it borrowed. */
			/// prev 是内核线程或刚退出的进程（do_exit 已把 mm 清为 NULL，只留 active_mm）：归还它占着的 active_mm。
			/// 对退出的进程，这一次 mmdrop 往往就是最后一个引用，页面目录和 mm_struct 在这里释放（__mmdrop）。
			if (!prev->mm) {
				prev->active_mm = NULL;
				mmdrop(from);
			}
		}

		/* Registers and stack: from here on we run as next. */
		/// §4.6：切换系统堆栈和指令指针（asm/system.h 的宏和 process.c 的 __switch_to）。宏的第三个参数也是 prev：
		/// 等本进程以后被换回来，prev 变量里是那时被换下的进程，所以 __schedule_tail(prev) 处理的是它。
		switch_to(prev, next, prev);
		__schedule_tail(prev);
	} while (current->need_resched);
}

/*
 * Wake the tasks sleeping on q in one of the states in mode.  A waiter
 * queued as exclusive (WQ_FLAG_EXCLUSIVE) ends the walk when wq_mode
 * asks for an exclusive wake-up: only one of them gets up.
 */
/// §4.5 进程的睡眠与唤醒：唤醒等待队列 q 上处于 mode 所列状态的进程。2.4.0: kernel/sched.c __wake_up_common()
/// 以 WQ_FLAG_EXCLUSIVE 挂入的等待者（如信号量的等待者）是“独占”的：wq_mode 含 WQ_FLAG_EXCLUSIVE 时，
/// 唤醒一个独占者就停下，免得一群进程被唤醒后又只有一个能拿到资源（“惊群”）。
/// 2.4.0 在中断上下文里还会优先挑最近在本 CPU 上运行过的独占者；单 CPU 上没有区别，本移植省去。
static inline void __wake_up_common(wait_queue_head_t *q, unsigned int mode,
				    unsigned int wq_mode)
{
	struct list_head *pos, *after;
	unsigned long irqstate;

	if (!q)
		return;

	wq_write_lock_irqsave(&q->lock, irqstate);
	for (pos = q->task_list.next; pos != &q->task_list; pos = after) {
		wait_queue_t *w = list_entry(pos, wait_queue_t, task_list);
		struct task_struct *sleeper = w->task;

		/// 先记下后继：被唤醒的进程可能马上把自己从队列摘下（单 CPU 上不会在这里发生，但次序与 2.4.0 相同）。
		after = pos->next;
		/// 状态不在 mode 之列的（比如 wake_up_interruptible 遇到不可中断睡眠的，或已经在运行的）跳过，
		/// 也不算作那一个独占者。
		if (!(sleeper->state & mode))
			continue;
		wake_up_process(sleeper);
		if (w->flags & wq_mode & WQ_FLAG_EXCLUSIVE)
			break;
	}
	wq_write_unlock_irqrestore(&q->lock, irqstate);
}

/// §4.5：wake_up() 等宏的入口（linux/sched.h）。2.4.0: kernel/sched.c __wake_up()
void __wake_up(wait_queue_head_t *q, unsigned int mode, unsigned int wq_mode)
{
	__wake_up_common(q, mode, wq_mode);
}

/*
 * Sleep on q in state until woken: queue ourselves, schedule, dequeue.
 * Interrupts stay off from queueing to schedule(), so that a wake-up
 * from an interrupt cannot come in between.
 */
/// §4.5 进程的睡眠与唤醒：以 state 在 q 上睡眠，interruptible_sleep_on 和 sleep_on 的共同部分。
/// 2.4.0: 无（本移植新增）：2.4.0 的 interruptible_sleep_on() 和 sleep_on() 做的是同样几步，只差睡眠状态；本移植把共同部分写成一个内联函数。
/// 先改状态、再挂队列、再 schedule：唤醒若发生在 schedule 之前，状态已被改回 TASK_RUNNING，schedule 不会把
/// 进程从运行队列摘下，所以不会丢失唤醒。
static inline void sleep_on_state(wait_queue_head_t *q, long state)
{
	wait_queue_t entry;
	unsigned long irqstate;

	init_waitqueue_entry(&entry, current);
	current->state = state;

	wq_write_lock_irqsave(&q->lock, irqstate);
	__add_wait_queue(q, &entry);
	/// 只开锁不开中断：从挂入队列到 schedule() 关中断之间，中断处理程序不能插进来唤醒。schedule 返回时中断已打开，
	/// 摘队列时重新关中断上锁，最后恢复调用前的中断状态。
	wq_write_unlock(&q->lock);
	schedule();
	wq_write_lock_irq(&q->lock);
	__remove_wait_queue(q, &entry);
	wq_write_unlock_irqrestore(&q->lock, irqstate);
}

/* The interruptible kind also returns when a signal arrives. */
/// §4.5 进程的睡眠与唤醒：在 q 上可中断地睡眠，信号也能叫醒。2.4.0: kernel/sched.c interruptible_sleep_on()
void interruptible_sleep_on(wait_queue_head_t *q)
{
	sleep_on_state(q, TASK_INTERRUPTIBLE);
}

/* The timer of schedule_timeout: wake the sleeper given in data. */
/// §2.8 2.4.0: kernel/sched.c process_timeout()：定时器到期，唤醒睡眠的进程。
static void process_timeout(unsigned long data)
{
	wake_up_process((struct task_struct *) data);
}

/*
 * Sleep (in the state the caller set) for at most timeout ticks; returns
 * the ticks left when woken early, 0 when the time ran out.
 * MAX_SCHEDULE_TIMEOUT sleeps without a timer.
 */
/// §2.8 2.4.0: kernel/sched.c schedule_timeout()：最多睡 timeout 个时钟嘀嗒，返回剩余的嘀嗒数。
signed long schedule_timeout(signed long timeout)
{
	struct timer_list timer;
	unsigned long expire;

	if (timeout == MAX_SCHEDULE_TIMEOUT) {
		schedule();
		return timeout;
	}
	if (timeout < 0) {
		printk(KERN_ERR "schedule_timeout: wrong timeout value %lx\n",
		       timeout);
		current->state = TASK_RUNNING;
		return 0;
	}
	init_timer(&timer);
	timer.function = process_timeout;
	timer.data = (unsigned long) current;
	expire = jiffies + timeout;
	timer.expires = expire;
	add_timer(&timer);
	schedule();
	del_timer(&timer);

	timeout = expire - jiffies;
	return timeout < 0 ? 0 : timeout;
}

/* interruptible_sleep_on that gives up after timeout ticks. */
/// §2.8 2.4.0: kernel/sched.c interruptible_sleep_on_timeout()：kswapd 用它每秒至少醒一次。
long interruptible_sleep_on_timeout(wait_queue_head_t *q, long timeout)
{
	wait_queue_t entry;
	unsigned long irqstate;

	init_waitqueue_entry(&entry, current);
	current->state = TASK_INTERRUPTIBLE;

	wq_write_lock_irqsave(&q->lock, irqstate);
	__add_wait_queue(q, &entry);
	wq_write_unlock(&q->lock);
	timeout = schedule_timeout(timeout);
	wq_write_lock_irq(&q->lock);
	__remove_wait_queue(q, &entry);
	wq_write_unlock_irqrestore(&q->lock, irqstate);
	return timeout;
}

/// §4.5：不可中断的睡眠，信号也叫不醒。2.4.0: kernel/sched.c sleep_on()
void sleep_on(wait_queue_head_t *q)
{
	sleep_on_state(q, TASK_UNINTERRUPTIBLE);
}

/*
 * sched_yield(): let the others run first.  Only worth it if another
 * task is runnable (on one CPU the caller is on the run queue too).
 */
/// §4.6：系统调用 sched_yield（158）。2.4.0: kernel/sched.c sys_sched_yield()
/// 只有别的进程可运行时才值得让：打上 SCHED_YIELD（goodness 变成 -1）并请求调度；nr_running 也算上了自己，
/// 所以要不等于 1 才说明还有别人。实时进程不打标志，只请求调度（同优先级的排到它后面去由 SCHED_RR 处理）。
asmlinkage long sys_sched_yield(void)
{
	if (nr_running != 1) {
		if (current->policy == SCHED_OTHER)
			current->policy |= SCHED_YIELD;
		current->need_resched = 1;
	}
	return 0;
}

/* The idle task becomes this CPU's current task for the scheduler. */
/// §4.6：0 号进程进入 idle 循环前，把自己登记为本 CPU 的当前进程。2.4.0: kernel/sched.c init_idle()
/// idle 进程不应在运行队列上（schedule 只在没有别的可选时才选它）；若在，报告并摘下。
void __init init_idle(void)
{
	int cpu = smp_processor_id();
	struct schedule_data *sd = &aligned_data[cpu];

	if (current != &init_task && task_on_runqueue(current)) {
		printk("UGH! (%d:%d) was on the runqueue, removing.\n",
		       cpu, current->pid);
		del_from_runqueue(current);
	}
	sd->curr = current;
}

/*
 * Boot: the boot task (pid 0, the future idle task) runs on init_mm as
 * a lazy-TLB task; the pid hash starts empty.
 */
/// §10 系统初始化 / §4.6：start_kernel 在 trap_init、init_IRQ 之后调用。2.4.0: kernel/sched.c sched_init()
/// 清空 pid 杂凑表；0 号进程从此也是一个“懒惰 TLB”的内核线程，使用 init_mm（swapper_pg_dir）。
/// 2.4.0 这里还初始化定时器向量和三个 bottom half（TIMER_BH 等）；本移植没有定时器队列和 bottom half。
void __init sched_init(void)
{
	int cpu = smp_processor_id();

	init_task.processor = cpu;
	memset(pidhash, 0, sizeof(pidhash));
	/// 0 号进程借用 init_mm，与 schedule 里内核线程借用时一样给 mm_count 加 1。
	atomic_inc(&init_mm.mm_count);
	enter_lazy_tlb(&init_mm, current, cpu);
}
