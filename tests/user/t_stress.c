// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_stress.c - a seeded stress run: 3,000 random steps of mmap, munmap,
 * mprotect, brk, reads, writes and fork, each one checked against a
 * model of every page (book §2.4-§2.13: do_mmap_pgoff, do_munmap,
 * mprotect_fixup, sys_brk, the page-fault handler, copy_page_range and
 * the copy on write of do_wp_page).
 *
 * The model: a window of WIN_PAGES pages at WIN_BASE and the first
 * BRK_PAGES pages of the heap.  For each page: mapped or not, its
 * protection (none, read, read-write) and the word expected at its head
 * and at its tail (0 for a fresh page).  Every step checks its own
 * effect: the return value, the contents read back, a SIGSEGV where the
 * model forbids the access (caught by a handler that steps over the
 * faulting instruction) and none where it allows it.  Every 100th step
 * forks: the child checks its copy of every page, writes all its
 * writable pages (copy on write) and unmaps a range; the parent then
 * checks that its own pages did not change.  Only a summary goes to the
 * console (one TAP line per kind of check), the first mismatches as
 * diagnostics: the program is also make bench's measure of the kernel's
 * cost per step.
 *
 *   t_stress [host|qemu] [seed=N]       (default seed 1)
 *
 * 2.4.0 versus a modern host (argv[1] = "host", from run-host):
 *  - mprotect of a range that starts in no mapping: -EFAULT in 2.4.0,
 *    -ENOMEM on modern kernels;
 *  - under qemu-i386 (argv[1] = "qemu"): the pages above a shrunk break
 *    stay mapped with their contents, so those are not checked; an
 *    mprotect on no mapping is not tried (qemu would make the page it
 *    keeps in reserve there accessible).
 */
#include "libc.h"

#define __NR_rt_sigaction	174
#define SA_SIGINFO		0x00000004
#define SA_RESTORER		0x04000000

#define STEPS		3000
#define FORK_EVERY	100
#define WIN_BASE	0x50000000UL
#define WIN_PAGES	48
#define BRK_PAGES	16
#define SLOTS		(WIN_PAGES + BRK_PAGES)
#define MAX_RUN		8		/* pages per mmap/munmap/mprotect */
#define TAIL		(PAGE_SIZE - 4)
#define UNKNOWN		0xffffffffUL	/* contents not known (qemu brk) */

/* What can be done to a page. */
#define NONE	0
#define RD	1
#define RW	2

struct slot {
	int mapped;
	int prot;
	unsigned long val;		/* the word at the head and the tail */
};

static struct slot model[SLOTS];
static unsigned long heap;		/* page-aligned start of the heap */
static int brk_pages;			/* heap pages below the break */
static int emulated, host;

/* Kinds of check, one TAP line each. */
enum { C_MMAP, C_MUNMAP, C_MPROTECT, C_BRK, C_DATA, C_FAULT, C_CHILD,
       C_PARENT, C_FINAL, C_KINDS };
static const char *const kind_name[C_KINDS] = {
	"mmap MAP_FIXED returns the address, fresh pages read 0",
	"munmap returns 0, the pages are gone",
	"mprotect returns 0 (or 2.4.0's error on no mapping)",
	"brk returns the asked break, new heap pages read 0",
	"every read gives the model's word",
	"SIGSEGV exactly where the model forbids the access",
	"forked children see their copy and write their own (COW)",
	"the parent's pages unchanged by the children",
	"the final pass over every page agrees with the model",
};
static int checks[C_KINDS], bad[C_KINDS];
static int step;

static void check(int kind, int cond, const char *what, unsigned long a,
		  unsigned long b)
{
	checks[kind]++;
	if (cond)
		return;
	if (bad[kind]++ < 3)
		diag("step %d: %s (%#lx, %#lx)", step, what, a, b);
}

/* xorshift32: the same steps for the same seed, here and on the host. */
static unsigned long seed = 1;

static unsigned long rnd(unsigned long n)
{
	seed ^= seed << 13;
	seed ^= seed >> 17;
	seed ^= seed << 5;
	return seed % n;
}

static unsigned long slot_addr(int i)
{
	if (i < WIN_PAGES)
		return WIN_BASE + i * PAGE_SIZE;
	return heap + (i - WIN_PAGES) * PAGE_SIZE;
}

/* A fresh word for a write: never 0 and never UNKNOWN. */
static unsigned long fresh_word(int i)
{
	return ((unsigned long)step << 8) | (i + 1);
}

/*
 * One access that may fault.  The handler moves eip past the two-byte
 * "movl (%ecx),%eax" or "movl %eax,(%ecx)" and notes the fault.
 */
struct sigctx {
	unsigned long gs, fs, es, ds;
	unsigned long edi, esi, ebp, esp, ebx, edx, ecx, eax;
	unsigned long trapno, err, eip, cs, eflags, esp_at_signal, ss;
	unsigned long fpstate, oldmask, cr2;
};

struct uctx {
	unsigned long flags, link;
	unsigned long ss_sp, ss_flags, ss_size;
	struct sigctx mc;
	unsigned long sigmask[2];
};

static volatile int faults;

static void on_segv(int sig, void *info, struct uctx *uc)
{
	faults++;
	uc->mc.eip += 2;
}

/* Our own return path from the handler (qemu-i386 needs one given). */
void stress_restorer(void);
asm(".text\n"
    "stress_restorer:\n\t"
    "movl $" "173" ", %eax\n\t"
    "int $0x80");

static int install_handler(void)
{
	struct {
		unsigned long handler, flags, restorer, mask[2];
	} act = { (unsigned long) on_segv, SA_SIGINFO | SA_RESTORER,
		  (unsigned long) stress_restorer, { 0, 0 } };

	return syscall6(__NR_rt_sigaction, SIGSEGV, (long) &act, 0, 8, 0, 0);
}

/* Read the word at addr; *faulted tells whether it raised SIGSEGV. */
static unsigned long try_read(unsigned long addr, int *faulted)
{
	int before = faults;
	unsigned long v;

	asm volatile("xorl %%eax, %%eax\n\t"
		     "movl (%%ecx), %%eax"
		     : "=&a" (v) : "c" (addr) : "memory");
	*faulted = faults != before;
	return v;
}

static int try_write(unsigned long addr, unsigned long v)
{
	int before = faults;

	asm volatile("movl %%eax, (%%ecx)"
		     : : "a" (v), "c" (addr) : "memory");
	return faults != before;
}

static int readable(int i)
{
	return model[i].mapped && model[i].prot != NONE;
}

/* Whether a fault at slot i can be checked (qemu keeps old heap pages). */
static int fault_known(int i)
{
	return !(emulated && i >= WIN_PAGES && !model[i].mapped);
}

/* Read slot i's head and tail and hold them against the model. */
static int verify_slot(int i, int kind)
{
	unsigned long a = slot_addr(i), v, w;
	int f, g;

	v = try_read(a, &f);
	w = try_read(a + TAIL, &g);
	if (readable(i)) {
		check(C_FAULT, !f && !g, "read of an accessible page faulted",
		      a, model[i].prot);
		if (model[i].val != UNKNOWN)
			check(kind, v == model[i].val && w == model[i].val,
			      "page holds another word", a, v);
		return !f && !g && (model[i].val == UNKNOWN ||
				    (v == model[i].val && w == model[i].val));
	}
	if (fault_known(i))
		check(C_FAULT, f && g, "read of a forbidden page did not fault",
		      a, model[i].mapped);
	return !fault_known(i) || (f && g);
}

static void write_slot(int i)
{
	unsigned long a = slot_addr(i), v = fresh_word(i);
	int f = try_write(a, v);
	int g = try_write(a + TAIL, v);

	if (model[i].mapped && model[i].prot == RW) {
		check(C_FAULT, !f && !g, "write to a writable page faulted",
		      a, v);
		model[i].val = v;
	} else if (fault_known(i)) {
		check(C_FAULT, f && g, "write to a forbidden page did not fault",
		      a, model[i].prot);
	}
	/* qemu: a write above the break may land in a kept page; unknown. */
	if (!fault_known(i))
		model[i].val = UNKNOWN;
}

static int prot_bits(int prot)
{
	return prot == RW ? PROT_READ | PROT_WRITE :
	       prot == RD ? PROT_READ : PROT_NONE;
}

/* A random run of pages inside the window: first page and count. */
static void pick_run(int *first, int *n)
{
	*first = rnd(WIN_PAGES);
	*n = 1 + rnd(MAX_RUN);
	if (*first + *n > WIN_PAGES)
		*n = WIN_PAGES - *first;
}

static void do_mmap_step(void)
{
	int first, n, i, prot = rnd(3);
	unsigned long a, ret;

	pick_run(&first, &n);
	a = slot_addr(first);
	ret = mmap(a, n * PAGE_SIZE, prot_bits(prot),
		   MAP_FIXED | MAP_ANON_PRIV, -1, 0);
	check(C_MMAP, ret == a, "mmap did not return the address", a, ret);
	if (ret != a)
		return;
	for (i = first; i < first + n; i++) {
		model[i].mapped = 1;
		model[i].prot = prot;
		model[i].val = 0;
	}
	verify_slot(first + rnd(n), C_MMAP);
}

static void do_munmap_step(void)
{
	int first, n, i, ret;

	pick_run(&first, &n);
	ret = munmap(slot_addr(first), n * PAGE_SIZE);
	check(C_MUNMAP, ret == 0, "munmap failed", slot_addr(first), ret);
	if (ret)
		return;
	for (i = first; i < first + n; i++)
		model[i].mapped = 0;
	verify_slot(first + rnd(n), C_MUNMAP);
}

static void do_mprotect_step(void)
{
	int first, n, i, ret, prot = rnd(3), whole = 1;

	pick_run(&first, &n);
	for (i = first; i < first + n; i++)
		whole &= model[i].mapped;
	/* A run with a hole: only from an unmapped first page (no change
	 * anywhere, in 2.4.0 and in modern kernels alike). */
	if (!whole && model[first].mapped) {
		while (n > 1 && !model[first + n - 1].mapped)
			n--;
		for (i = first, whole = 1; i < first + n; i++)
			whole &= model[i].mapped;
		if (!whole)
			n = 1;
	}
	/* qemu-i386 would make a page it keeps in reserve accessible. */
	if (!model[first].mapped && emulated)
		return;
	ret = mprotect(slot_addr(first), n * PAGE_SIZE, prot_bits(prot));
	if (!model[first].mapped) {
		check(C_MPROTECT, ret == (host ? -ENOMEM : -EFAULT),
		      "mprotect on no mapping: wrong error",
		      slot_addr(first), ret);
		return;
	}
	check(C_MPROTECT, ret == 0, "mprotect failed", slot_addr(first), ret);
	if (ret)
		return;
	for (i = first; i < first + n; i++)
		model[i].prot = prot;
	verify_slot(first + rnd(n), C_MPROTECT);
}

static void do_brk_step(void)
{
	int want = rnd(BRK_PAGES + 1), i;
	unsigned long top = heap + want * PAGE_SIZE, ret;

	ret = brk(top);
	check(C_BRK, ret == top, "brk did not move", top, ret);
	if (ret != top)
		return;
	for (i = 0; i < BRK_PAGES; i++) {
		struct slot *s = &model[WIN_PAGES + i];

		if (i < want && !s->mapped)
			s->val = emulated ? UNKNOWN : 0;
		s->mapped = i < want;
		s->prot = RW;
	}
	if (want > brk_pages)
		verify_slot(WIN_PAGES + brk_pages + rnd(want - brk_pages),
			    C_BRK);
	else if (want < brk_pages)
		verify_slot(WIN_PAGES + want + rnd(brk_pages - want), C_BRK);
	brk_pages = want;
}

/* The child: its copy, then writes of its own and an munmap. */
static void child_work(void)
{
	int i, wrong = 0, first, n, bad_before = 0;

	for (i = 0; i < C_KINDS; i++)
		bad_before += bad[i];

	for (i = 0; i < SLOTS; i++)
		wrong += !verify_slot(i, C_CHILD);
	for (i = 0; i < SLOTS; i++)
		if (model[i].mapped && model[i].prot == RW)
			write_slot(i);
	for (i = 0; i < SLOTS; i++)
		wrong += !verify_slot(i, C_CHILD);
	pick_run(&first, &n);
	if (munmap(slot_addr(first), n * PAGE_SIZE))
		wrong++;
	for (i = first; i < first + n; i++)
		model[i].mapped = 0;
	for (i = 0; i < SLOTS; i++)
		wrong += !verify_slot(i, C_CHILD);
	for (i = 0; i < C_KINDS; i++)
		wrong += bad[i];
	wrong -= bad_before;
	_exit(wrong ? 1 : 0);
}

static void do_fork_step(void)
{
	int pid = fork(), st, i;

	if (pid == 0)
		child_work();
	st = pid < 0 ? pid : reap(pid);
	check(C_CHILD, exited_with(st, 0), "child found a mismatch", pid, st);
	for (i = 0; i < SLOTS; i++)
		verify_slot(i, C_PARENT);
}

static void parse_seed(int argc, char **argv)
{
	int i;
	const char *p;

	for (i = 1; i < argc; i++) {
		if (strncmp(argv[i], "seed=", 5))
			continue;
		for (seed = 0, p = argv[i] + 5; *p >= '0' && *p <= '9'; p++)
			seed = seed * 10 + (*p - '0');
		if (!seed)
			seed = 1;
	}
}

int main(int argc, char **argv)
{
	int counts[8] = { 0 }, i, op;

	host = is_host(argc, argv);
	emulated = is_emulated(argc, argv);
	parse_seed(argc, argv);
	plan(C_KINDS + 1);
	diag("seed %lu, %d steps", seed, STEPS);

	ok(install_handler() == 0, "SIGSEGV handler installed");
	heap = PAGE_ALIGN(brk(0));
	/* Start from a known state: the window and the heap empty. */
	munmap(WIN_BASE, WIN_PAGES * PAGE_SIZE);
	brk(heap);

	for (step = 1; step <= STEPS; step++) {
		if (step % FORK_EVERY == 0) {
			do_fork_step();
			counts[7]++;
			continue;
		}
		op = rnd(100);
		if (op < 14) {
			do_mmap_step();
			counts[0]++;
		} else if (op < 24) {
			do_munmap_step();
			counts[1]++;
		} else if (op < 36) {
			do_mprotect_step();
			counts[2]++;
		} else if (op < 44) {
			do_brk_step();
			counts[3]++;
		} else if (op < 70) {
			i = rnd(SLOTS);
			write_slot(i);
			verify_slot(i, C_DATA);
			counts[4]++;
		} else {
			verify_slot(rnd(SLOTS), C_DATA);
			counts[5]++;
		}
	}
	step = 0;
	for (i = 0; i < SLOTS; i++)
		verify_slot(i, C_FINAL);
	diag("mmap %d, munmap %d, mprotect %d, brk %d, write %d, read %d, "
	     "fork %d, SIGSEGV caught %d", counts[0], counts[1], counts[2],
	     counts[3], counts[4], counts[5], counts[7], faults);

	for (i = 0; i < C_KINDS; i++)
		ok(checks[i] > 0 && !bad[i], "%s (%d checks)", kind_name[i],
		   checks[i]);
	munmap(WIN_BASE, WIN_PAGES * PAGE_SIZE);
	brk(heap);
	return done();
}
