// SPDX-License-Identifier: GPL-2.0-only
/*
 * figure-vmas.c - the process behind the guide's generated VMA figure
 * (Documentation/guide/figures.md, scripts/figures).
 *
 * It maps 34 one-page areas, alternately read-write and read-only (2.4.0
 * never merges mmap areas, and these could not merge anyway), so its
 * mm_struct holds more than AVL_MIN_MAP_COUNT (32) areas and 2.4.0 keeps
 * them in an AVL tree as well as on the list.  Then it unmaps one page and
 * a two-page run and maps again into those holes (first fit upward from
 * TASK_UNMAPPED_BASE), prints its /proc/self/maps, and stops in Bochs'
 * debugger with a magic breakpoint (xchg %bx,%bx), where scripts/figures
 * reads mm->mmap and mm->mmap_avl out of memory.
 */
#include "libc.h"

#define N	34

static unsigned long area[N];

static void show_maps(void)
{
	static char buf[4096];
	long n;
	int fd = open("/proc/self/maps", O_RDONLY, 0);

	if (fd < 0) {
		printf("figure-vmas: open /proc/self/maps: %d\n", fd);
		return;
	}
	printf("figure-vmas: maps begin\n");
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		write(1, buf, n);
	printf("figure-vmas: maps end\n");
	close(fd);
}

int main(void)
{
	unsigned long one, two;
	int i;

	for (i = 0; i < N; i++)
		area[i] = mmap2(0, PAGE_SIZE,
				i & 1 ? PROT_READ : PROT_READ | PROT_WRITE,
				MAP_ANON_PRIV, -1, 0);
	munmap(area[9], PAGE_SIZE);
	munmap(area[20], 2 * PAGE_SIZE);
	/* First fit: the one-page hole, then the two-page hole. */
	one = mmap2(0, PAGE_SIZE, PROT_READ | PROT_EXEC, MAP_ANON_PRIV, -1, 0);
	two = mmap2(0, 2 * PAGE_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC,
		    MAP_ANON_PRIV, -1, 0);
	printf("figure-vmas: refilled holes at %#lx and %#lx\n", one, two);
	show_maps();
	__asm__ __volatile__("xchg %%bx, %%bx" ::: "memory");
	return 0;
}
