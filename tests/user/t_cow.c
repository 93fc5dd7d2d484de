// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_cow.c - copy-on-write after fork, in the data, bss, heap, mmap and
 * stack areas and in a page that was only read before (2.4.0 maps the
 * shared zero page there): whichever process writes first gets its own
 * copy, the other keeps the old values (book chapter 4, fork, and
 * §2.4-§2.5 page faults; 2.4.0 copy_page_range() and do_wp_page()).  Same on a modern host.
 *
 * Ordering without pipes or shared memory: a spinning "sentinel" child
 * exists until the parent has written; the checking child waits until
 * kill(sentinel, 0) fails.
 */
#include "libc.h"

#define NSLOT	6

static unsigned long data_slot = 0xda7a;	/* .data */
static unsigned long bss_slot;			/* .bss */
static unsigned long slot[NSLOT];		/* addresses of the slots */
static const char *slot_name[NSLOT] = {
	"data", "bss", "heap", "mmap", "zero page", "stack"
};

/* The value of slot i in generation gen; the zero page starts as 0. */
static unsigned long want(int i, int gen)
{
	if (i == 4 && gen == 1)
		return 0;
	return gen << 16 | i;
}

/* Write only what differs: the zero page stays untouched at first. */
static void set_gen(int gen)
{
	int i;

	for (i = 0; i < NSLOT; i++)
		if (peek(slot[i]) != want(i, gen))
			poke(slot[i], want(i, gen));
}

/* A bit mask of the slots that do not hold generation gen. */
static int wrong(int gen)
{
	int i, mask = 0;

	for (i = 0; i < NSLOT; i++)
		if (peek(slot[i]) != want(i, gen))
			mask |= 1 << i;
	return mask;
}

static void report(int mask, const char *who)
{
	int i;

	for (i = 0; i < NSLOT; i++)
		if (mask & (1 << i))
			diag("%s: %s slot wrong", who, slot_name[i]);
}

static void child_writes(unsigned long gen)
{
	set_gen(gen);
	_exit(wrong(gen));
}

static void grandchild(unsigned long gen)
{
	int st = run_child(child_writes, gen + 1);

	_exit(exited_with(st, 0) ? wrong(gen) : 0x80);
}

int main(int argc, char **argv)
{
	volatile unsigned long stack_slot = 0;
	unsigned long heap, map;
	int st, mask, sentinel, checker;

	plan(9);
	heap = PAGE_ALIGN(brk(0));
	brk(heap + PAGE_SIZE);
	map = mmap2(0, 2 * PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_ANON_PRIV,
		    -1, 0);
	slot[0] = (unsigned long)&data_slot;
	slot[1] = (unsigned long)&bss_slot;
	slot[2] = heap + 100;
	slot[3] = map + 200;
	slot[4] = map + PAGE_SIZE + 300;
	slot[5] = (unsigned long)&stack_slot;
	set_gen(1);
	ok(wrong(1) == 0, "six slots set: data, bss, heap, mmap, zero page "
	   "(read only), stack");

	/* The child writes first. */
	st = run_child(child_writes, 2);
	ok(exited_with(st, 0), "child wrote generation 2 and read it back "
	   "(status %#x)", st);
	report(WIFEXITED(st) ? WEXITSTATUS(st) : 0, "child");
	mask = wrong(1);
	ok(mask == 0, "parent still sees generation 1 in every slot");
	report(mask, "parent");

	/* The parent writes first, while a child still shares the pages. */
	sentinel = fork();
	if (sentinel == 0)
		for (;;)
			sched_yield();
	checker = fork();
	if (checker == 0) {
		while (kill(sentinel, 0) == 0)
			sched_yield();
		_exit(wrong(1));
	}
	set_gen(3);
	mask = wrong(3);
	kill(sentinel, SIGKILL);
	ok(killed_by(reap(sentinel), SIGKILL), 
	   "sentinel child killed and reaped");
	st = reap(checker);
	ok(exited_with(st, 0), "parent wrote generation 3 first: the child "
	   "still sees generation 1 (status %#x)", st);
	report(WIFEXITED(st) ? WEXITSTATUS(st) : 0, "checker");
	ok(mask == 0, "parent sees its generation 3");
	report(mask, "parent");

	/* Three processes share; the grandchild writes. */
	set_gen(1);
	st = run_child(grandchild, 1);
	ok(exited_with(st, 0), "grandchild wrote, its parent (our child) still "
	   "sees generation 1 (status %#x)", st);
	ok(wrong(1) == 0, "and so do we");

	/* All children gone: our pages are ours alone again. */
	set_gen(5);
	ok(wrong(5) == 0, "parent writes generation 5 after the children exit");
	return done();
}
