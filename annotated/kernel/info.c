// SPDX-License-Identifier: GPL-2.0-only
/*
 * sysinfo(): uptime, memory and process counts in one structure.  init
 * reads freeram with it before and after the test programs.
 * Follows Linux 2.4.0 kernel/info.c.  Port: no load averages (no
 * calc_load); and before counting free memory the slab
 * allocator gives its empty slabs back (kmem_cache_reap until nothing
 * more comes back), which 2.4.0 does only under memory pressure: so the
 * free count does not depend on how many objects the caches once held.
 */
/// §3.8：系统调用 sysinfo（116），2.4.0 的 kernel/info.c。
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/swap.h>
#include <linux/sched.h>
#include <asm/uaccess.h>

/*
 * Port: reap the slab caches until 64 calls in a row free nothing
 * (each call looks at a few caches, starting where the last stopped,
 * and frees most of the empty slabs of the best one).
 */
/// §2.10 内核缓冲区的管理：把 slab 缓存中的空闲 slab 都还给伙伴系统。2.4.0: 无（本移植新增）
/// init 在运行测试程序前后各用 sysinfo 读一次 freeram，相等才说明没有泄漏页面。可是 slab 缓存在对象释放后
/// 仍留着空的 slab（2.4.0 只在内存紧张时由 kmem_cache_reap 回收），一个测试程序一下子建了很多虚存区间，
/// vm_area_struct 缓存就多占几页，前后数字便不相等。这里反复调用 2.4.0 的 kmem_cache_reap（每次看几个缓存、
/// 回收其中空闲最多的那个的大部分空 slab），连续 64 次毫无收获才停，于是 freeram 只反映真正被占用的页面。
static void reap_all_caches(void)
{
	unsigned int before;
	int idle = 0;

	while (idle < 64) {
		before = nr_free_pages();
		kmem_cache_reap(GFP_KERNEL);
		if (nr_free_pages() == before)
			idle++;
		else
			idle = 0;
	}
}

/// §3.8：系统调用 sysinfo。2.4.0: kernel/info.c sys_sysinfo()
/// 内存数字来自 si_meminfo（arch/i386/mm/init.c），单位是 mem_unit（PAGE_SIZE）：freeram 就是空闲页面数。
/// 交换空间的两个数字来自 si_swapinfo（mm/swapfile.c），与 2.4.0 相同；还没有 swapon 时都是 0。
/// 与 2.4.0 不同：没有平均负载（avenrun），并先调用 reap_all_caches。
asmlinkage long sys_sysinfo(struct sysinfo *info)
{
	struct sysinfo val;

	memset((char *) &val, 0, sizeof(struct sysinfo));

	cli();
	val.uptime = jiffies / HZ;
	val.procs = nr_threads - 1;
	sti();

	reap_all_caches();
	si_meminfo(&val);
	si_swapinfo(&val);

	if (copy_to_user(info, &val, sizeof(struct sysinfo)))
		return -EFAULT;
	return 0;
}
