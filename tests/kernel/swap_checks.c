// SPDX-License-Identifier: GPL-2.0-only
/*
 * In-kernel checks of swap entries (情景分析 §2.6, §2.9): a swap entry
 * put in a pte and taken out again is the same entry, such a pte is
 * neither present nor none (the fault path tells it from an empty one
 * that way), its PRESENT and PROTNONE bits are clear, and it survives
 * a page-table page (set_pte, ptep_get_and_clear).  Also mm/swapfile.c's
 * state at boot, with no swap area: nothing to hand out.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/swap.h>
#include <asm/page.h>
#include <asm/pgtable.h>
#include "kcheck.h"

static const unsigned long swap_types[] = { 0, 1, 7, 31, 63 };
static const unsigned long swap_offsets[] = {
	1, 2, 255, 256, 8190, 0x10000, 0xabcdef, 0xffffff
};

#define NR(a)	(sizeof(a) / sizeof((a)[0]))

static void check_encoding(void)
{
	unsigned int i, j, bad = 0;
	swp_entry_t e, back;
	pte_t pte;

	for (i = 0; i < NR(swap_types); i++) {
		for (j = 0; j < NR(swap_offsets); j++) {
			e = SWP_ENTRY(swap_types[i], swap_offsets[j]);
			pte = swp_entry_to_pte(e);
			back = pte_to_swp_entry(pte);
			if (back.val != e.val ||
			    SWP_TYPE(back) != swap_types[i] ||
			    SWP_OFFSET(back) != swap_offsets[j] ||
			    pte_present(pte) || pte_none(pte) ||
			    (pte_val(pte) & (_PAGE_PRESENT | _PAGE_PROTNONE)))
				bad++;
		}
	}
	kcheck(bad == 0, "swap entries: %u type/offset pairs round-trip "
	       "through a pte, none present or none (%u bad)",
	       NR(swap_types) * NR(swap_offsets), bad);
	e = SWP_ENTRY(1, 5);
	KCHECK_EQ(e.val, 0x502, "SWP_ENTRY(1, 5): type in bits 1-6, offset "
		  "from bit 8");
	KCHECK_EQ(SWP_OFFSET(SWP_ENTRY(0, ~0UL)), 0xffffff,
		  "largest swap offset 2^24 - 1");
}

/* The same through a page-table page, as the fault path would see it. */
static void check_in_page_table(void)
{
	pte_t *table = (pte_t *) get_zeroed_page(GFP_KERNEL);
	unsigned int i, bad = 0;
	swp_entry_t e;
	pte_t pte;

	if (!kcheck(table != NULL, "a page-table page for the swap ptes"))
		return;
	for (i = 0; i < PTRS_PER_PTE; i++)
		set_pte(table + i, swp_entry_to_pte(SWP_ENTRY(i % 64, i + 1)));
	for (i = 0; i < PTRS_PER_PTE; i++) {
		pte = table[i];
		e = pte_to_swp_entry(pte);
		if (pte_present(pte) || pte_none(pte) ||
		    SWP_TYPE(e) != i % 64 || SWP_OFFSET(e) != i + 1)
			bad++;
		pte = ptep_get_and_clear(table + i);
		if (pte_to_swp_entry(pte).val != e.val || !pte_none(table[i]))
			bad++;
	}
	kcheck(bad == 0, "1024 swap ptes in a page table read back, not "
	       "present, cleared to none (%u bad)", bad);
	free_page((unsigned long) table);
}

/* No swapon yet: no area, no slot, entry 0 for anyone who asks. */
static void check_no_swap(void)
{
	struct sysinfo val;
	swp_entry_t e;

	kcheck(nr_swapfiles == 0 && swap_list.head == -1 &&
	       swap_list.next == -1 && nr_swap_pages == 0,
	       "no swap area at boot: nr_swapfiles %u, swap_list {%d, %d}, "
	       "nr_swap_pages %d", nr_swapfiles, swap_list.head,
	       swap_list.next, nr_swap_pages);
	e = get_swap_page();
	KCHECK_EQ(e.val, 0, "get_swap_page() with no swap: entry 0");
	memset(&val, 0xff, sizeof(val));
	si_swapinfo(&val);
	kcheck(val.totalswap == 0 && val.freeswap == 0,
	       "si_swapinfo with no swap: total %lu free %lu",
	       val.totalswap, val.freeswap);
}

void mm_swap_checks(void)
{
	check_encoding();
	check_in_page_table();
	check_no_swap();
}
