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
