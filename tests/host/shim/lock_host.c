// SPDX-License-Identifier: GPL-2.0-only
/*
 * The counting locks of lock_host.h.  Built with the kernel's headers and
 * flags like every shim.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include "lock_host.h"

struct vm_area_struct;

extern void __real_lock_vma_mappings(struct vm_area_struct *vma);
extern void __real_unlock_vma_mappings(struct vm_area_struct *vma);

static struct host_lock_counts counts;
static int spin_held, map_held;
static char first_error[160];

static void broken(const char *rule)
{
	if (!first_error[0])
		sprintf(first_error, "%s", rule);
}

void host_spin_lock(void *lock)
{
	(void) lock;
	counts.spin_locks++;
	spin_held++;
}

void host_spin_unlock(void *lock)
{
	(void) lock;
	counts.spin_unlocks++;
	if (spin_held == 0) {
		broken("spin_unlock of a lock that is not held");
		return;
	}
	spin_held--;
}

void __wrap_lock_vma_mappings(struct vm_area_struct *vma)
{
	counts.map_locks++;
	if (spin_held)
		broken("lock_vma_mappings with a spin lock held");
	map_held++;
	__real_lock_vma_mappings(vma);
}

void __wrap_unlock_vma_mappings(struct vm_area_struct *vma)
{
	counts.map_unlocks++;
	if (map_held == 0)
		broken("unlock_vma_mappings without lock_vma_mappings");
	else
		map_held--;
	if (spin_held)
		broken("unlock_vma_mappings with a spin lock still held");
	__real_unlock_vma_mappings(vma);
}

void host_lock_counts_get(struct host_lock_counts *c)
{
	*c = counts;
}

void host_lock_counts_reset(void)
{
	memset(&counts, 0, sizeof(counts));
	spin_held = map_held = 0;
	first_error[0] = 0;
}

int host_lock_check(char *msg)
{
	if (!first_error[0] && (spin_held || map_held))
		sprintf(first_error, "still held: %d spin locks, %d mappings",
			spin_held, map_held);
	if (!first_error[0])
		return 0;
	strcpy(msg, first_error);
	return -1;
}
