// SPDX-License-Identifier: GPL-2.0-only
/*
 * Persistent kernel mappings of HighMem pages (kmap_high/kunmap_high):
 * LAST_PKMAP addresses from PKMAP_BASE up, handed out round-robin and
 * unmapped lazily, all at once, with one TLB flush.
 * 情景分析 §2.1 (HIGHMEM).  Follows Linux 2.4.0 mm/highmem.c (the bounce
 * buffers for block I/O are left out: this port has no block I/O).
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/wait.h>
#include <linux/spinlock.h>
#include <linux/highmem.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>

/*
 * Per pkmap slot: 0 free and not in any TLB, 1 free but maybe still in
 * a TLB (needs a flush before reuse), n > 1 mapped with n - 1 users.
 * Port: not static, so the boot checks can read it.
 */
int pkmap_count[LAST_PKMAP];
static unsigned int last_pkmap_nr;
static spinlock_t kmap_lock = SPIN_LOCK_UNLOCKED;

pte_t *pkmap_page_table;

static DECLARE_WAIT_QUEUE_HEAD(pkmap_map_wait);

#ifdef HOST_TEST
/*
 * Stand-ins for the host tests, not 2.4.0: they run one task with no
 * scheduler (kernel/sched.c, kernel/fork.c are not linked), so nobody
 * could free a slot while we sleep, and "sleeping" with every slot
 * taken is a dead end: say so and stop.  A test may set
 * host_kmap_sleeper to play the other task that runs meanwhile.
 */
void (*host_kmap_sleeper)(void);

static inline void host_add_wait_queue(wait_queue_head_t *q,
				       wait_queue_t *wait)
{
	wait->flags &= ~WQ_FLAG_EXCLUSIVE;
	__add_wait_queue(q, wait);
}

static inline void host_remove_wait_queue(wait_queue_head_t *q,
					  wait_queue_t *wait)
{
	__remove_wait_queue(q, wait);
}

static inline void host_kmap_schedule(void)
{
	void (*other)(void) = host_kmap_sleeper;

	if (other) {
		host_kmap_sleeper = NULL;
		other();
		return;
	}
	panic("kmap_high: all %d pkmap slots in use, no other task to "
	      "release one", LAST_PKMAP);
}

#define add_wait_queue		host_add_wait_queue
#define remove_wait_queue	host_remove_wait_queue
#define schedule		host_kmap_schedule
#undef wake_up
#define wake_up(q)	do { (void) (q); } while (0)
#endif

/*
 * Unmap every slot whose count is 1 (no users, possibly in the TLB),
 * making it 0; the pages lose their virtual address.  One flush for all.
 */
static void flush_all_zero_pkmaps(void)
{
	int slot;

	flush_cache_all();
	for (slot = 0; slot < LAST_PKMAP; slot++) {
		pte_t old;

		if (pkmap_count[slot] != 1)
			continue;
		pkmap_count[slot] = 0;
		old = ptep_get_and_clear(&pkmap_page_table[slot]);
		if (pte_none(old))
			BUG();
		pte_page(old)->virtual = NULL;
	}
	flush_tlb_all();
}

/*
 * Find a free slot for page, cycling from the last one used; each wrap
 * to slot 0 first flushes the slots that were released.  Called with
 * kmap_lock held.
 */
static inline unsigned long map_new_virtual(struct page *page)
{
	unsigned long vaddr;
	unsigned int nr;
	int tries;

	for (;;) {
		tries = LAST_PKMAP;
		do {
			last_pkmap_nr = (last_pkmap_nr + 1) & LAST_PKMAP_MASK;
			if (last_pkmap_nr == 0) {
				/* Wrapped: reclaim released slots, look again. */
				flush_all_zero_pkmaps();
				tries = LAST_PKMAP;
			}
			if (pkmap_count[last_pkmap_nr] == 0)
				goto found;
		} while (--tries);

		/* Every slot is busy: sleep until kunmap_high() frees one. */
		{
			DECLARE_WAITQUEUE(waiter, current);

			__set_current_state(TASK_UNINTERRUPTIBLE);
			add_wait_queue(&pkmap_map_wait, &waiter);
			spin_unlock(&kmap_lock);
			schedule();
			remove_wait_queue(&pkmap_map_wait, &waiter);
			spin_lock(&kmap_lock);
		}
		/* Someone may have mapped our page while we slept. */
		if (page->virtual)
			return (unsigned long) page->virtual;
	}

found:
	nr = last_pkmap_nr;
	vaddr = PKMAP_ADDR(nr);
	set_pte(&pkmap_page_table[nr], mk_pte(page, kmap_prot));
	pkmap_count[nr] = 1;
	page->virtual = (void *) vaddr;
	return vaddr;
}

/*
 * kmap() of a HighMem page: reuse its slot if it still has one, else
 * take a new one; count one more user.  May sleep: not from interrupts.
 */
void *kmap_high(struct page *page)
{
	void *vaddr;

	/* page->virtual of a HighMem page is only stable under kmap_lock. */
	spin_lock(&kmap_lock);
	vaddr = page->virtual;
	if (!vaddr)
		vaddr = (void *) map_new_virtual(page);
	/* A mapped slot counts its users plus one. */
	if (++pkmap_count[PKMAP_NR((unsigned long) vaddr)] < 2)
		BUG();
	spin_unlock(&kmap_lock);
	return vaddr;
}

/*
 * One user less.  The mapping stays (count 1) until the next
 * flush_all_zero_pkmaps: dropping to 0 here would need a TLB flush.
 */
void kunmap_high(struct page *page)
{
	unsigned long vaddr;
	int left;

	spin_lock(&kmap_lock);
	vaddr = (unsigned long) page->virtual;
	if (!vaddr)
		BUG();
	left = --pkmap_count[PKMAP_NR(vaddr)];
	if (!left)
		BUG();
	/* Back to 1: the slot is reusable now; wake whoever waits for one. */
	if (left == 1)
		wake_up(&pkmap_map_wait);
	spin_unlock(&kmap_lock);
}
