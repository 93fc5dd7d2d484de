// SPDX-License-Identifier: GPL-2.0-only
/*
 * Address to name lookup over the table scripts/kallsyms generates from
 * the linked kernel (sorted addresses plus NUL-separated names).
 * Port addition: 2.4.0 had no in-kernel symbol table.
 */
#include <linux/kernel.h>
#include <linux/kallsyms.h>

extern const unsigned long kallsyms_num;
extern const unsigned long kallsyms_addresses[];
extern const char kallsyms_names[];
extern char _stext[], _etext[], __init_begin[], __init_end[];

/* Kernel text: the main text, or the boot-only text of __init functions. */
int kernel_text(unsigned long addr)
{
	return (addr >= (unsigned long)_stext && addr < (unsigned long)_etext) ||
	       (addr >= (unsigned long)__init_begin &&
		addr < (unsigned long)__init_end);
}

/* The i-th name: walk over i NUL-terminated strings. */
static const char *kallsyms_name(unsigned long i)
{
	const char *p = kallsyms_names;

	while (i--)
		while (*p++)
			;
	return p;
}

const char *kallsyms_lookup(unsigned long addr, unsigned long *offset,
			    unsigned long *size)
{
	unsigned long lo = 0, hi = kallsyms_num, mid, end;

	if (!kernel_text(addr) || !kallsyms_num ||
	    addr < kallsyms_addresses[0])
		return NULL;
	while (hi - lo > 1) {		/* last entry with address <= addr */
		mid = (lo + hi) / 2;
		if (kallsyms_addresses[mid] <= addr)
			lo = mid;
		else
			hi = mid;
	}
	end = lo + 1 < kallsyms_num ? kallsyms_addresses[lo + 1]
				    : (unsigned long)__init_end;
	if (addr < (unsigned long)_etext && end > (unsigned long)_etext)
		end = (unsigned long)_etext;
	*offset = addr - kallsyms_addresses[lo];
	*size = end - kallsyms_addresses[lo];
	return kallsyms_name(lo);
}

void print_symbol(const char *fmt, unsigned long addr)
{
	unsigned long offset, size;
	const char *name = kallsyms_lookup(addr, &offset, &size);
	char buf[128];

	if (name)
		sprintf(buf, "%s+0x%lx/0x%lx", name, offset, size);
	else
		sprintf(buf, "0x%08lx", addr);
	printk(fmt, buf);
}
