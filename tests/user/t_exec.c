// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_exec.c - execve(): the program runs itself again (after fork and
 * after vfork) and the new image checks what it was given: argc, argv,
 * envp, the strings laid out one after the other below the file name at
 * the top of the stack, the platform string and the auxiliary vector
 * under them, the initial stack pointer, an open descriptor kept with
 * its position.  Then the errors, each leaving the caller running and
 * its pages given back (book chapter 4, execve; 2.4.0 fs/exec.c
 * do_execve(), copy_strings(), setup_arg_pages(), exec_mmap(),
 * fs/binfmt_elf.c create_elf_tables()).
 *
 * The new image is this program with argv = { name, "exec-child",
 * MODE, PATH, FD, "bb", NULL } and envp = { "X=1", "YY=22", NULL }; it
 * prints no TAP, only "# child: ..." on failure, and exits with the
 * number of the first check that failed (0: all passed).
 *
 * 2.4.0 versus a modern host (argv[1] = "host"):
 *  - 2.4.0 gives a static program (no interpreter) four aux entries,
 *    AT_HWCAP, AT_PAGESZ, AT_CLKTCK, AT_PLATFORM, in that order, and the
 *    exact layout checked here; the host adds more entries and random
 *    bytes: there only AT_PAGESZ is looked for;
 *  - the argument area is 32 pages (MAX_ARG_PAGES): more than 128 KB of
 *    strings, or more than 32767 pointers, is -E2BIG; the host allows
 *    more: not tried there;
 *  - a non-executable file is /progs here (/etc/passwd on the host), a
 *    device is /dev/console (/dev/null);
 *  - under qemu-i386 the emulator cannot execute the new image: the
 *    successful execs are skipped; free pages are compared only here.
 */
#include "libc.h"

#define __NR_lseek	19
#define __NR_vfork	190

#define E2BIG		7
#define SEEK_SET	0
#define SEEK_CUR	1

#define AT_NULL		0
#define AT_PAGESZ	6
#define AT_PLATFORM	15
#define AT_HWCAP	16
#define AT_CLKTCK	17

#define STACK_TOP	0xC0000000UL
#define ARG_ROOM	(32 * PAGE_SIZE)	/* MAX_ARG_PAGES pages */

static long lseek(int fd, long off, int whence)
{
	return syscall6(__NR_lseek, fd, off, whence, 0, 0, 0);
}

/* vfork, and in the child execve at once: no stack is used in between. */
static int vfork_exec(const char *path, char **av, char **ev)
{
	long ret;

	asm volatile("movl %1, %%eax\n\t"
		     "int $0x80\n\t"
		     "testl %%eax, %%eax\n\t"
		     "jnz 1f\n\t"
		     "movl %2, %%eax\n\t"
		     "int $0x80\n\t"
		     "movl $127, %%ebx\n\t"
		     "movl %3, %%eax\n\t"
		     "int $0x80\n"
		     "1:"
		     : "=&a" (ret)
		     : "i" (__NR_vfork), "i" (__NR_execve), "i" (__NR_exit),
		       "b" (path), "c" (av), "d" (ev)
		     : "memory");
	return ret;
}

static int fail(int n, const char *what)
{
	printf("# child: check %d failed: %s\n", n, what);
	return n;
}

static int atoi(const char *s)
{
	int v = 0;

	while (*s >= '0' && *s <= '9')
		v = v * 10 + *s++ - '0';
	return v;
}

/* The new image: check what execve() handed over. */
static int child(int argc, char **argv, char **envp)
{
	unsigned long sp = (unsigned long)argv - 4;
	unsigned long *aux, top, plat, want;
	const char *path = argv[3];
	char buf[4];
	int i, fd, host = strcmp(argv[2], "2.4.0") != 0;
	size_t len;

	if (argc != 6 || strcmp(argv[1], "exec-child") ||
	    strcmp(argv[5], "bb"))
		return fail(1, "argc and argv");
	if (!envp[0] || strcmp(envp[0], "X=1") || !envp[1] ||
	    strcmp(envp[1], "YY=22") || envp[2])
		return fail(2, "envp");
	fd = atoi(argv[4]);
	if (lseek(fd, 0, SEEK_CUR) != 1 || read(fd, buf, 3) != 3 ||
	    memcmp(buf, "ELF", 3))
		return fail(3, "the open descriptor and its position");
	aux = (unsigned long *)(envp + 3);
	if (host) {
		for (; aux[0] != AT_NULL; aux += 2)
			if (aux[0] == AT_PAGESZ && aux[1] == PAGE_SIZE)
				return 0;
		return fail(4, "host: AT_PAGESZ");
	}

	/* The strings: argv, then envp, then the file name at the top. */
	for (i = 0; i < argc - 1; i++)
		if (argv[i + 1] != argv[i] + strlen(argv[i]) + 1)
			return fail(5, "argv strings one after the other");
	if (envp[0] != argv[argc - 1] + strlen(argv[argc - 1]) + 1 ||
	    envp[1] != envp[0] + strlen(envp[0]) + 1)
		return fail(6, "envp strings right after argv's");
	top = (unsigned long)envp[1] + strlen(envp[1]) + 1;
	len = strlen(path) + 1;
	if (top + len != STACK_TOP - 4 || strcmp((char *)top, path) ||
	    peek(STACK_TOP - 4) != 0)
		return fail(7, "the file name, then a NULL word, at the top");

	/* The aux vector: four entries and AT_NULL, in 2.4.0's order. */
	if (aux[0] != AT_HWCAP || aux[2] != AT_PAGESZ ||
	    aux[3] != PAGE_SIZE || aux[4] != AT_CLKTCK || aux[5] != 100 ||
	    aux[6] != AT_PLATFORM || aux[8] != AT_NULL || aux[9] != 0)
		return fail(8, "aux: HWCAP, PAGESZ, CLKTCK, PLATFORM, NULL");
	plat = aux[7];
	if (plat + strlen((char *)plat) + 1 != (unsigned long)argv[0] ||
	    strlen((char *)plat) == 0)
		return fail(9, "the platform string right under argv[0]");

	/* The stack pointer: 2.4.0's alignment rule, word for word. */
	want = (plat & ~15UL) - 16;
	i = 6 + (2 + 1) + (argc + 1) + 1;
	if ((want - 4 * i) & 15)
		want -= (want - 4 * i) & 15;
	want -= 4 * (2 + 2 + 6 + (2 + 1) + (argc + 1) + 1);
	if (sp != want)
		return fail(10, "the initial stack pointer");
	if ((unsigned long)&aux[10] > plat)
		return fail(11, "aux below the platform string");
	return 0;
}

static char *env[] = { "X=1", "YY=22", NULL };

/* argv for the new image; fdtext holds the descriptor's number. */
static void child_args(char **av, char *self, char *mode, char *path,
		       char *fdtext, int fd)
{
	snprintf(fdtext, 12, "%d", fd);
	av[0] = self;
	av[1] = "exec-child";
	av[2] = mode;
	av[3] = path;
	av[4] = fdtext;
	av[5] = "bb";
	av[6] = NULL;
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv), emu = is_emulated(argc, argv);
	char *mode = host ? "host" : "2.4.0";
	static char path[128], fdtext[12];
	char *av[7], *one[2] = { argv[0], NULL };
	char **many, *big;
	int fd, pid, st, guard = 12345;
	long before, after;
	unsigned long m;
	int i;

	if (argc > 1 && !strcmp(argv[1], "exec-child"))
		return child(argc, argv, argv + argc + 1);

	plan(17);
	if (host)
		snprintf(path, sizeof(path), "%s", argv[0]);
	else
		snprintf(path, sizeof(path), "/%s", argv[0]);
	fd = open(path, O_RDONLY, 0);
	ok(fd >= 0 && lseek(fd, 1, SEEK_SET) == 1, "open %s at offset 1: %d",
	   path, fd);
	child_args(av, argv[0], mode, path, fdtext, fd);

	/* Run ourselves again: after fork, and after vfork. */
	if (emu) {
		skip("qemu: the emulator cannot execute the new image");
		skip("qemu: the emulator cannot execute the new image");
	} else {
		pid = fork();
		if (pid == 0) {
			execve(path, av, env);
			_exit(127);
		}
		st = reap(pid);
		ok(exited_with(st, 0), "fork, execve: the new image found its "
		   "arguments, environment, descriptor and stack (status %#x)",
		   st);
		lseek(fd, 1, SEEK_SET);
		pid = vfork_exec(path, av, env);
		st = pid > 0 ? reap(pid) : pid;
		ok(exited_with(st, 0), "vfork, execve (a new mm for the child): "
		   "status %#x", st);
	}
	ok(lseek(fd, 0, SEEK_CUR) == (emu ? 1 : 4),
	   "the children's reads moved the shared position");

	/* Errors: execve returns, the old program is intact. */
	ok(execve("/no-such-file", one, env) == -ENOENT, "no such file: "
	   "-ENOENT");
	ok(execve(host ? "/etc/passwd" : "/progs", one, env) == -EACCES,
	   "a file without execute bits: -EACCES");
	ok(execve(host ? "/dev/null" : "/dev/console", one, env) == -EACCES,
	   "a device: -EACCES");
	ok(execve((char *)0xC0000000UL, one, env) == -EFAULT,
	   "a file name in kernel space: -EFAULT");
	ok(execve(path, (char **)0xC0000000UL, env) == -EFAULT,
	   "argv in kernel space: -EFAULT");
	av[5] = (char *)0xC0000000UL;
	ok(execve(path, av, env) == -EFAULT, "an argv string in kernel space: "
	   "-EFAULT");
	av[5] = "bb";
	env[1] = (char *)0xC0000000UL;
	ok(execve(path, av, env) == -EFAULT, "an envp string in kernel "
	   "space: -EFAULT");
	env[1] = "YY=22";
	ok(execve(path, av, (char **)0xC0000000UL) == -EFAULT,
	   "envp in kernel space: -EFAULT");

	/* The argument area is 32 pages. */
	m = mmap(0, 40 * PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_ANON_PRIV,
		 -1, 0);
	if (host || sys_failed(m)) {
		skip("host: more than 128 KB of arguments is allowed");
		skip("host: more than 32767 arguments are allowed");
		skip("host: free pages are not compared");
	} else {
		/* Two 70000-byte strings: the second does not fit. */
		big = (char *)m;
		memset(big, 'x', 70000);
		many = (char **)(m + 20 * PAGE_SIZE);
		many[0] = big;
		many[1] = big;
		many[2] = NULL;
		execve(path, many, env);	/* warm up the caches */
		before = free_pages();
		ok(execve(path, many, env) == -E2BIG, "two strings of 70000 "
		   "bytes: -E2BIG");
		after = free_pages();
		/* 32768 pointers: one more than the area can hold. */
		big = (char *)(m + 39 * PAGE_SIZE);
		many = (char **)m;
		for (i = 0; i < 32768; i++)
			many[i] = big;
		many[32768] = NULL;
		ok(execve(path, many, env) == -E2BIG, "32768 arguments: -E2BIG");
		ok(before == after, "the argument pages of a failed execve are "
		   "given back: %ld free before, %ld after", before, after);
	}
	if (!sys_failed(m))
		munmap(m, 40 * PAGE_SIZE);
	ok(guard == 12345 && getpid() > 0, "still the same program after "
	   "every failed execve");
	ok(read(fd, path, 1) == 1 && close(fd) == 0, "its descriptor still "
	   "open");
	return done();
}
