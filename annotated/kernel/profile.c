// SPDX-License-Identifier: GPL-2.0-only
/*
 * Reading the kernel profiler here: with profile=N on the command line,
 * the functions that took the most timer ticks are printed at power-off,
 * by name from the kallsyms table.  Port addition: 2.4.0 hands
 * prof_buffer to user space as /proc/profile, for readprofile(8) to sum
 * against System.map; this port has no /proc.
 */
#include <linux/kernel.h>
#include <linux/kallsyms.h>
#include <asm/hw_irq.h>

/// 打印前 16 名：够看出热点，又不让报告本身在串口上花太多时间。
#define PROF_TOP	16

/// 一个函数的汇总：起始地址用来判断相邻的桶是否属于同一个函数，名字来自 kallsyms 表。
struct prof_hot {
	unsigned long start;	/* the function's first byte */
	const char *name;
	unsigned long ticks;
};

static struct prof_hot prof_top[PROF_TOP];

/* Keep the PROF_TOP largest, largest first. */
/// §3 中断（时钟中断与内核剖析）：维持一张按滴答数从大到小排好的“热点”表，只留前 PROF_TOP 个，插入排序即可。
/// 2.4.0: 无（本移植新增）：2.4.0 把 prof_buffer 整个交给用户空间的 readprofile 去排序；本移植没有 /proc，只能在内核里排。
static void prof_note(unsigned long start, const char *name,
		      unsigned long ticks)
{
	int i = PROF_TOP - 1;

	if (!ticks || ticks <= prof_top[i].ticks)
		return;
	for (; i > 0 && prof_top[i - 1].ticks < ticks; i--)
		prof_top[i] = prof_top[i - 1];
	prof_top[i].start = start;
	prof_top[i].name = name;
	prof_top[i].ticks = ticks;
}

/*
 * One pass over the buckets in address order: neighbouring buckets of
 * the same function add up.  The last bucket also holds every tick past
 * the text (the init code), so it is counted on its own.
 */
/// §3 中断（时钟中断与内核剖析）：关机前把 profile= 采到的样本按函数汇总，打印最热的几个函数。
/// 2.4.0: 无（本移植新增）：2.4.0 的读法是 /proc/profile 加 readprofile(8) 对照 System.map；本移植没有 /proc，
/// 于是在 machine_power_off() 里用 kallsyms 表就地汇总打印（见 Documentation/deviations.md）。
/// `make profile PROG=...` 带 profile=2 启动并运行用户程序，结束时就能看到这张表。
void profile_report(void)
{
	unsigned int *buf = prof_buffer;
	unsigned long i, total = 0, cur = 0, sum = 0;
	const char *cur_name = NULL;

	if (!buf)
		return;
	/// 先摘下缓冲区：报告本身（kallsyms_lookup 的查找、printk 的串口等待）也会被时钟中断打断，\n不摘下的话这些滴答会算进结果，报告越长越失真。x86_do_profile() 见到 NULL 就什么也不做。
	prof_buffer = NULL;	/* the report's own ticks are not counted */
	for (i = 0; i < prof_len; i++)
		total += buf[i];
	/// 桶按地址排列，kallsyms 表也按地址排序，所以顺序走一遍就能把同一函数的相邻桶加在一起；\n最后一个桶单独算，因为它还收容了 _etext 之后（__init 代码）的所有样本，与 2.4.0 一样。
	for (i = 0; i + 1 < prof_len; i++) {
		unsigned long addr, off, size, start;
		const char *name;

		if (!buf[i])
			continue;
		addr = (unsigned long)_stext + (i << prof_shift);
		/// 桶的起始地址落在哪个函数里，就算给哪个函数；桶大于 4 字节时跨函数的边界归前一个函数。
		name = kallsyms_lookup(addr, &off, &size);
		start = name ? addr - off : addr;
		if (start != cur) {
			prof_note(cur, cur_name, sum);
			cur = start;
			cur_name = name;
			sum = 0;
		}
		sum += buf[i];
	}
	prof_note(cur, cur_name, sum);
	/// calibrate_delay() 之类的 __init 函数的样本都在这里：2.4.0 只剖析 _stext.._etext 的正文。
	prof_note(0, "(last bucket: end of text, init code)",
		  buf[prof_len - 1]);

	/// 输出格式：总滴答数，然后每行“滴答数 百分比 函数名”。tests/boot 核对它。
	printk("profile: %lu kernel ticks, buckets of %lu bytes\n",
	       total, 1UL << prof_shift);
	for (i = 0; i < PROF_TOP && prof_top[i].ticks; i++) {
		const char *name = prof_top[i].name;

		if (!name)
			name = "?";
		printk("profile: %6lu %3lu%% %s\n", prof_top[i].ticks,
		       prof_top[i].ticks * 100 / total, name);
	}
}
