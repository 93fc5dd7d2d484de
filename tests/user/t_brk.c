// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_brk.c - brk(): the initial break, growing, shrinking, growing again,
 * the guard page below the next mapping (book §2.12, 2.4.0 sys_brk()).
 *
 * 2.4.0 versus a modern host (argv[1] = "host", from run-host):
 *  - the initial break is the end of the last PT_LOAD segment (p_vaddr +
 *    p_memsz), not page aligned; modern kernels page-align it (and may
 *    randomize it): on the host we only check it is page aligned and
 *    not below that end.
 */
#include "libc.h"

struct elf32_hdr {
	unsigned char e_ident[16];
	unsigned short e_type, e_machine;
	unsigned int e_version, e_entry, e_phoff, e_shoff, e_flags;
	unsigned short e_ehsize, e_phentsize, e_phnum;
};

struct elf32_phdr {
	unsigned int p_type, p_offset, p_vaddr, p_paddr;
	unsigned int p_filesz, p_memsz, p_flags, p_align;
};

#define PT_LOAD	1

extern const struct elf32_hdr __ehdr_start;	/* from the linker */
char pad[1234];				/* bss not ending on a page */

/* End of the highest PT_LOAD segment, read from our own ELF header. */
static unsigned long elf_end(void)
{
	const struct elf32_phdr *ph;
	unsigned long end = 0;
	int i;

	ph = (const void *)((const char *)&__ehdr_start + __ehdr_start.e_phoff);
	for (i = 0; i < __ehdr_start.e_phnum; i++)
		if (ph[i].p_type == PT_LOAD &&
		    ph[i].p_vaddr + ph[i].p_memsz > end)
			end = ph[i].p_vaddr + ph[i].p_memsz;
	return end;
}

static int all_zero(unsigned long from, unsigned long to)
{
	for (; from < to; from += 4)
		if (peek(from))
			return 0;
	return 1;
}

static void touch(unsigned long addr)
{
	poke(addr, 1);
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	unsigned long end = elf_end(), start, top, grown, p, map, ret;

	plan(17);
	start = brk(0);
	ok(end & ~PAGE_MASK, "end of bss %#lx is not page aligned", end);
	if (host)
		ok(start >= end && !(start & ~PAGE_MASK),
		   "host: initial break %#lx page aligned, >= %#lx", start, end);
	else
		ok(start == end, "initial break %#lx is the end of bss %#lx",
		   start, end);
	ok(all_zero(end, PAGE_ALIGN(end)), "rest of the last bss page is zero");
	ok(brk(start) == start, "brk(current) returns it");

	/* Grow by three pages and a bit. */
	top = start + 3 * PAGE_SIZE + 100;
	ok(brk(top) == top, "grow: brk(%#lx) returns the new break", top);
	ok(all_zero(PAGE_ALIGN(start), PAGE_ALIGN(top)), "new pages are zero");
	for (p = PAGE_ALIGN(start); p < PAGE_ALIGN(top); p += 4)
		poke(p, p ^ 0x5a5a5a5a);
	for (p = PAGE_ALIGN(start); p < PAGE_ALIGN(top); p += 4)
		if (peek(p) != (p ^ 0x5a5a5a5a))
			break;
	ok(p == PAGE_ALIGN(top), "heap keeps what is written");

	/* Shrink: the pages above go away. */
	ok(brk(start) == start, "shrink back to %#lx", start);
	if (is_emulated(argc, argv))
		skip("qemu-i386 keeps the pages above a shrunk break");
	else
		ok(killed_by(run_child(touch, PAGE_ALIGN(start) + PAGE_SIZE),
			     SIGSEGV), "access above the shrunk break: SIGSEGV");

	/* Regrow: fresh zero pages, not the old contents. */
	ok(brk(top) == top, "regrow to %#lx", top);
	if (is_emulated(argc, argv))
		skip("qemu-i386 keeps the pages above a shrunk break");
	else
		ok(all_zero(PAGE_ALIGN(start), PAGE_ALIGN(top)),
		   "regrown pages are zero again");

	/* A bigger heap, every page touched. */
	grown = start + 256 * PAGE_SIZE;
	ok(brk(grown) == grown, "grow by 1 MB");
	for (p = PAGE_ALIGN(start); p < grown; p += PAGE_SIZE)
		poke(p, p);
	for (p = PAGE_ALIGN(start); p < grown; p += PAGE_SIZE)
		if (peek(p) != p)
			break;
	ok(p >= grown, "all 256 pages hold their values");
	ok(brk(start) == start, "shrink 1 MB back");

	/* Below the end of the text: refused, the break stays. */
	ok(brk(0x1000) == start, "brk(0x1000) below the code leaves the break");

	/* A mapping 16 pages up: the break may come to one page below it. */
	p = PAGE_ALIGN(start) + 16 * PAGE_SIZE;
	map = mmap2(p, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_ANON_PRIV, -1, 0);
	if (map != p) {
		skip("address %#lx not free for the guard-page tests", p);
		skip("address %#lx not free for the guard-page tests", p);
	} else {
		ret = brk(map);
		ok(ret == start, "brk up to the mapping at %#lx refused "
		   "(guard page): %#lx", map, ret);
		ret = brk(map - PAGE_SIZE);
		ok(ret == map - PAGE_SIZE, "brk to one page below it: %#lx",
		   ret);
		brk(start);
		munmap(map, PAGE_SIZE);
	}
	return done();
}
