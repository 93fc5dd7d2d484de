// SPDX-License-Identifier: GPL-2.0-only
/*
 * init.c - process 1 of the user-mode tests: runs the programs of the
 * initrd one after the other and powers the machine off.
 *
 * The initrd (cpio newc, built by mkinitrd.py) holds /init, /progs (the
 * base names to run, one per line, in order) and each program.  For
 * each NAME in /progs init prints exactly these console lines:
 *
 *	init: run NAME
 *	... the program's own output ...
 *	init: NAME exited with status N
 * or, if a signal killed it,
 *	Segmentation fault                      (only for SIGSEGV, as a shell)
 *	init: NAME killed by signal N
 *
 * The program runs as "/NAME" with argv = { NAME, NULL }, an empty
 * environment, and fds 1 and 2 on the console.  The next program starts
 * only once every orphan of the last one has ended and been reaped.
 * Around the whole run init counts free pages with sysinfo() (freeram *
 * mem_unit / 4096), the second time once every child, orphans included,
 * is reaped, and then prints
 *
 *	init: free pages before N after M
 *
 * With /swap on the initrd (the disk has a swap area: make SWAP=N),
 * init swaps on /dev/hda before the first program and off after the
 * last, printing "init: swapon /dev/hda: R" and "init: swapoff
 * /dev/hda: R" (R the return value); the free pages are counted before
 * the swapon and after the swapoff.  Then it
 * calls reboot(0xfee1dead, 672274793, 0x4321fedc) (power off),
 * which ends the emulator.  tests/user/check-console reads these lines.
 */
#include "libc/libc.h"

#define MAX_PROGS	64

static char list[4096];
static char *names[MAX_PROGS];

/* Read /progs into names[]; the number of names, or a negative errno. */
static int read_progs(void)
{
	int fd, n = 0;
	long len = 0, r;
	char *p;

	fd = open("/progs", O_RDONLY, 0);
	if (fd < 0)
		return fd;
	while ((r = read(fd, list + len, sizeof(list) - 1 - len)) > 0)
		len += r;
	close(fd);
	if (r < 0)
		return r;
	list[len] = '\0';
	for (p = list; *p && n < MAX_PROGS; ) {
		char *nl = strchr(p, '\n');

		if (nl)
			*nl = '\0';
		if (*p)
			names[n++] = p;
		if (!nl)
			break;
		p = nl + 1;
	}
	return n;
}

/* With /bench on the initrd: how long each program took, in TSC ticks. */
static int bench;

static unsigned long long rdtsc(void)
{
	unsigned long long t;

	__asm__ __volatile__("rdtsc" : "=A" (t));
	return t;
}

static void run(char *name)
{
	unsigned long long t0 = rdtsc();
	char path[128];
	char *argv[2] = { name, NULL };
	char *envp[1] = { NULL };
	int pid, ret, status = 0;

	printf("init: run %s\n", name);
	pid = fork();
	if (pid < 0) {
		printf("init: fork failed: %d\n", pid);
		return;
	}
	if (pid == 0) {
		snprintf(path, sizeof(path), "/%s", name);
		ret = execve(path, argv, envp);
		printf("init: execve %s failed: %d\n", path, ret);
		_exit(127);
	}
	/* Reap whatever dies (orphans come to us too) until it is ours. */
	do {
		ret = waitpid(-1, &status, 0);
	} while (ret > 0 && ret != pid);
	if (ret < 0) {
		printf("init: waitpid failed: %d\n", ret);
		return;
	}
	if (WIFSIGNALED(status)) {
		if (WTERMSIG(status) == SIGSEGV)
			printf("Segmentation fault\n");
		printf("init: %s killed by signal %d\n", name, WTERMSIG(status));
	} else {
		printf("init: %s exited with status %d\n", name,
		       WEXITSTATUS(status));
	}
	if (bench) {
		unsigned long long t = rdtsc() - t0;

		printf("init: %s took %lu.%06lu M instructions\n", name,
		       (unsigned long)(t / 1000000), (unsigned long)(t % 1000000));
	}
	/* Its orphans too, before the next program starts: a fuzzer the
	 * OOM killer ended leaves children still making files. */
	while (waitpid(-1, &ret, 0) > 0)
		;
}

/*
 * init's own text and read-only data are paged in from the initrd as
 * they are first used; a page first used after the first count (the
 * strings of the final messages, say) would stay mapped and make the
 * counts differ.  So every page of init's read-only segments is touched
 * before counting.  The ELF header (and its program headers) is mapped
 * at the start of the first segment; the linker names it __ehdr_start.
 */
struct elf32_phdr {
	unsigned int p_type, p_offset, p_vaddr, p_paddr;
	unsigned int p_filesz, p_memsz, p_flags, p_align;
};

extern const unsigned char __ehdr_start[];

static void touch_own_text(void)
{
	unsigned int phoff = *(const unsigned int *) (__ehdr_start + 28);
	unsigned short phnum = *(const unsigned short *) (__ehdr_start + 44);
	const struct elf32_phdr *ph = (const void *) (__ehdr_start + phoff);
	const volatile char *p, *end;
	int i;

	for (i = 0; i < phnum; i++) {
		/* PT_LOAD, not writable (PF_W is 2) */
		if (ph[i].p_type != 1 || (ph[i].p_flags & 2))
			continue;
		end = (const char *) ph[i].p_vaddr + ph[i].p_memsz;
		for (p = (const char *) ph[i].p_vaddr; p < end; p += 4096)
			(void) *p;
	}
}

int main(int argc, char **argv)
{
	long before, after;
	int i, n, status, swap;

	/* 2.4.0's keventd shares init's signal handlers and sets SIGCHLD
	 * to "ignore", which would reap our children behind our back. */
	signal(SIGCHLD, SIG_DFL);
	n = open("/bench", O_RDONLY, 0);
	if (n >= 0) {
		bench = 1;
		close(n);
	}
	swap = open("/swap", O_RDONLY, 0);
	if (swap >= 0)
		close(swap);
	n = read_progs();
	if (n < 0)
		printf("init: cannot read /progs: %d\n", n);
	touch_own_text();
	before = free_pages();
	if (swap >= 0)
		printf("init: swapon /dev/hda: %d\n", swapon("/dev/hda", 0));
	for (i = 0; i < n; i++)
		run(names[i]);
	/* Orphans a program left running still hold pages: wait for them. */
	while (waitpid(-1, &status, 0) > 0)
		;
	if (swap >= 0)
		printf("init: swapoff /dev/hda: %d\n", swapoff("/dev/hda"));
	after = free_pages();
	printf("init: free pages before %ld after %ld\n", before, after);
	if (getpid() != 1) {
		printf("init: not process 1, not powering off\n");
		return 1;
	}
	reboot(REBOOT_MAGIC1, REBOOT_MAGIC2, REBOOT_POWER_OFF, NULL);
	printf("init: reboot failed\n");
	return 1;
}
