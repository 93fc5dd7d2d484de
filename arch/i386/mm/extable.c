// SPDX-License-Identifier: GPL-2.0-only
/*
 * Search the kernel's exception table (sorted by the linker in the
 * order the entries were emitted; 2.4.0 relies on that order too).
 * 情景分析 §2.4.  Follows Linux 2.4.0 arch/i386/mm/extable.c (no modules).
 */
#include <linux/kernel.h>
#include <asm/uaccess.h>

extern const struct exception_table_entry __start___ex_table[];
extern const struct exception_table_entry __stop___ex_table[];

/*
 * Binary search between first and last, both inclusive.  Entries are
 * compared by the signed distance of their insn from value.
 */
static inline unsigned long
search_one_table(const struct exception_table_entry *first,
		 const struct exception_table_entry *last,
		 unsigned long value)
{
	const struct exception_table_entry *probe;
	long off;

	while (first <= last) {
		probe = first + (last - first) / 2;
		off = probe->insn - value;
		if (off < 0) {
			first = probe + 1;
			continue;
		}
		if (off > 0) {
			last = probe - 1;
			continue;
		}
		return probe->fixup;
	}
	return 0;
}

unsigned long search_exception_table(unsigned long addr)
{
	return search_one_table(__start___ex_table, __stop___ex_table - 1,
				addr);
}
