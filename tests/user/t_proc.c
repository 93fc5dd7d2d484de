// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_proc.c - /proc/self/maps, /proc/<pid>/maps and /proc/meminfo read
 * with read() (2.4.0 fs/proc/array.c proc_pid_read_maps(), base.c,
 * proc_misc.c meminfo_read_proc(), generic.c proc_file_read()).
 *
 * maps: one line per area in address order, checked against what the
 * program mapped itself: exact boundaries, flags and offsets after
 * mmap, mprotect and munmap split its areas; a file mapping shows the
 * file's offset, device, inode and path; reads of 1, 7 and 100 bytes
 * give the same text as one large read; another process's maps.
 * meminfo: the lines parse, the figures agree with each other and with
 * sysinfo(), and MemFree falls by exactly 4 kB per page the program
 * touches.
 *
 * 2.4.0 versus a modern host (argv[1] = "host"; "qemu" under qemu-i386):
 *  - meminfo's layout is 2.4's (the "total: used: ..." header, Mem: and
 *    Swap: lines in bytes, Inact_dirty, Inact_clean, Inact_target):
 *    checked only here; the host has MemTotal and MemFree in kB too;
 *  - the exact MemFree change is checked only here (the host's other
 *    processes move it);
 *  - maps' file position is 2.4.0's "line << 12 | column", so after one
 *    whole line lseek(SEEK_CUR) gives 4096 here, the byte count on the
 *    host;
 *  - a maps file opened before its process died reads as empty here;
 *    not checked on the host;
 *  - under qemu-i386 the emulator writes /proc/self/maps itself and
 *    another process's maps are the emulator's: those checks are
 *    skipped there.
 */
#include "libc.h"

#define __NR_lseek	19

#define O_WRONLY	1
#define O_RDWR		2
#define O_CREAT		0100
#define O_EXCL		0200

#define EIO		5
#define EEXIST		17
#define ENOTDIR		20
#define EISDIR		21

#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

static long lseek(int fd, long off, int whence)
{
	return syscall6(__NR_lseek, fd, off, whence, 0, 0, 0);
}

/* One line of maps, parsed. */
struct area {
	unsigned long start, end, off, ino;
	unsigned int major, minor;
	char flags[5];
	char path[200];
};

#define MAX_AREAS	64
static struct area areas[MAX_AREAS];
static int nr_areas;
static int strict = 1;		/* 2.4.0's fixed widths (not on the host) */
static char text[16384], text2[16384];

/* The whole file at path, read chunk bytes at a time; its length. */
static long slurp(const char *path, char *buf, long size, long chunk)
{
	long got = 0, n;
	int fd = open(path, O_RDONLY, 0);

	if (fd < 0)
		return fd;
	while (got < size - 1) {
		n = read(fd, buf + got, chunk < size - 1 - got ?
			 chunk : size - 1 - got);
		if (n < 0) {
			got = n;
			break;
		}
		if (n == 0)
			break;
		got += n;
	}
	close(fd);
	if (got >= 0)
		buf[got] = 0;
	return got;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/*
 * Exactly n hex digits at *p into *v (any number of them, at least one,
 * when not strict); 0 on anything else.
 */
static int hexn(const char **p, int n, unsigned long *v)
{
	int i, d;

	*v = 0;
	for (i = 0; (d = hexval((*p)[i])) >= 0; i++)
		*v = *v << 4 | d;
	if (i == 0 || (strict && i != n))
		return 0;
	*p += i;
	return 1;
}

static int expect(const char **p, char c)
{
	if (**p != c)
		return 0;
	(*p)++;
	return 1;
}

/*
 * "start-end flags offset MM:mm inode[ path]": the 2.4.0 widths (8 hex
 * digits, 4 flags, 8 hex digits, 2:2 hex digits, a decimal inode), the
 * path after spaces.  Returns the next line, or NULL if this one does
 * not parse.
 */
static const char *parse_line(const char *p, struct area *a)
{
	unsigned long mj, mn;
	int i;

	memset(a, 0, sizeof(*a));
	if (!hexn(&p, 8, &a->start) || !expect(&p, '-') ||
	    !hexn(&p, 8, &a->end) || !expect(&p, ' '))
		return NULL;
	for (i = 0; i < 4; i++)
		a->flags[i] = *p++;
	if (!expect(&p, ' '))
		return NULL;
	if (!hexn(&p, 8, &a->off) || !expect(&p, ' ') ||
	    !hexn(&p, 2, &mj) || !expect(&p, ':') ||
	    !hexn(&p, 2, &mn) || !expect(&p, ' '))
		return NULL;
	a->major = mj;
	a->minor = mn;
	if (*p < '0' || *p > '9')
		return NULL;
	while (*p >= '0' && *p <= '9')
		a->ino = a->ino * 10 + *p++ - '0';
	while (*p == ' ')
		p++;
	for (i = 0; *p && *p != '\n' && i < (int) sizeof(a->path) - 1; i++)
		a->path[i] = *p++;
	while (i > 0 && a->path[i - 1] == ' ')
		a->path[--i] = 0;	/* the host pads some lines */
	if (!expect(&p, '\n'))
		return NULL;
	return p;
}

/* Parse all of buf into areas[]; 1 if every line parsed. */
static int parse_maps(const char *buf)
{
	const char *p = buf;

	nr_areas = 0;
	while (*p && nr_areas < MAX_AREAS) {
		p = parse_line(p, &areas[nr_areas]);
		if (!p)
			return 0;
		nr_areas++;
	}
	return *p == 0;
}

static int read_maps(void)
{
	return slurp("/proc/self/maps", text, sizeof(text), 4096) > 0 &&
	       parse_maps(text);
}

/* The area holding addr, or NULL. */
static struct area *find_area(unsigned long addr)
{
	int i;

	for (i = 0; i < nr_areas; i++)
		if (areas[i].start <= addr && addr < areas[i].end)
			return &areas[i];
	return NULL;
}

/*
 * Is there an anonymous area exactly [start, end) with these flags?  Its
 * offset: 2.4.0 keeps vm_pgoff counting from where the area was first
 * mapped (origin) when mprotect or munmap splits it; the host prints 0
 * for any anonymous area.
 */
static int has_area(unsigned long start, unsigned long end,
		    const char *flags, unsigned long origin)
{
	struct area *a = find_area(start);
	unsigned long off = strict ? start - origin : 0;

	return a && a->start == start && a->end == end &&
	       !memcmp(a->flags, flags, 4) && a->off == off && a->ino == 0;
}

static const char *base_name(const char *path)
{
	const char *slash = path;

	for (; *path; path++)
		if (*path == '/')
			slash = path + 1;
	return slash;
}

/* A meminfo figure: the number after "label" at a line's start, or -1. */
static long field(const char *buf, const char *label)
{
	const char *p = buf;
	size_t len = strlen(label);
	long v = 0;

	while (*p) {
		if (!strncmp(p, label, len)) {
			p += len;
			while (*p == ' ')
				p++;
			if (*p < '0' || *p > '9')
				return -1;
			while (*p >= '0' && *p <= '9')
				v = v * 10 + *p++ - '0';
			return v;
		}
		p = strchr(p, '\n');
		if (!p)
			break;
		p++;
	}
	return -1;
}

/* The Mem: line's six numbers (bytes); 1 if it parsed. */
static int mem_line(const char *buf, unsigned long v[6])
{
	const char *p = buf;
	int i;

	while (*p && strncmp(p, "Mem:", 4)) {
		p = strchr(p, '\n');
		if (!p)
			return 0;
		p++;
	}
	if (!*p)
		return 0;
	p += 4;
	for (i = 0; i < 6; i++) {
		while (*p == ' ')
			p++;
		if (*p < '0' || *p > '9')
			return 0;
		v[i] = 0;
		while (*p >= '0' && *p <= '9')
			v[i] = v[i] * 10 + *p++ - '0';
	}
	return *p == '\n';
}

/* The line of buf that begins with s, or NULL. */
static char *strstr_line(char *buf, const char *s)
{
	size_t len = strlen(s);
	char *p = buf;

	while (p && *p) {
		if (!strncmp(p, s, len))
			return p;
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	return NULL;
}

/* MemFree in kB read again through an open meminfo descriptor. */
static long memfree(int fd)
{
	long n;

	if (lseek(fd, 0, SEEK_SET) != 0)
		return -1;
	n = read(fd, text2, sizeof(text2) - 1);
	if (n <= 0)
		return -1;
	text2[n] = 0;
	return field(text2, "MemFree:");
}

/* A child that only waits to be killed. */
static int spinning_child(void)
{
	int pid = fork();

	if (pid == 0)
		for (;;)
			sched_yield();
	return pid;
}

static const char *labels24[] = {
	"MemTotal:", "MemFree:", "MemShared:", "Buffers:", "Cached:",
	"Active:", "Inact_dirty:", "Inact_clean:", "Inact_target:",
	"HighTotal:", "HighFree:", "LowTotal:", "LowFree:", "SwapTotal:",
	"SwapFree:", NULL
};

#define TOUCH	64

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	int emu = is_emulated(argc, argv);
	const char *self = argv[0];
	unsigned long x, o, fmap, smap, touch, v[6];
	struct area *a, *t;
	struct sysinfo si;
	char path[64], *p;
	long n, n1, before, after, len1;
	int fd, i, good, pid, st;

	plan(48);
	strict = !host;

	/* The maps of a fresh process. */
	ok(read_maps(), "/proc/self/maps: every line parses as "
	   "start-end flags offset MM:mm inode path");
	good = nr_areas > 0;
	for (i = 1; i < nr_areas; i++)
		if (areas[i].start < areas[i - 1].end)
			good = 0;
	for (i = 0; i < nr_areas; i++)
		if (areas[i].start >= areas[i].end ||
		    (areas[i].start | areas[i].end) & (PAGE_SIZE - 1))
			good = 0;
	ok(good, "%d areas in address order, page aligned, no overlap",
	   nr_areas);
	t = find_area((unsigned long) main);
	ok(t && !memcmp(t->flags, "r-xp", 4) && t->ino != 0 &&
	   !strcmp(base_name(t->path), base_name(self)),
	   "main's area: r-xp, an inode, the program's path (%s)",
	   t ? t->path : "none");
	a = find_area(get_esp());
	ok(a && a->flags[0] == 'r' && a->flags[1] == 'w' &&
	   a->flags[3] == 'p' && a->ino == 0 && a->major == 0,
	   "the stack's area: rw?p, no file");
	if (!host) {
		p = strchr(text, '\n');
		ok(p && (t ? (p - text) == 49 + (long) strlen(t->path) : 0),
		   "the first line's path starts in column 49");
	} else {
		skip("host: the path's column is not 2.4.0's");
	}

	/* An area of our own, split by mprotect and munmap. */
	x = mmap(0, 10 * PAGE_SIZE, PROT_NONE, MAP_ANON_PRIV, -1, 0);
	ok(!sys_failed(x), "10 pages PROT_NONE at %#lx", x);
	o = x + PAGE_SIZE;
	ok(mmap(x + PAGE_SIZE, 8 * PAGE_SIZE, PROT_READ | PROT_WRITE,
		MAP_ANON_PRIV | MAP_FIXED, -1, 0) == x + PAGE_SIZE &&
	   read_maps() &&
	   has_area(x + PAGE_SIZE, x + 9 * PAGE_SIZE, "rw-p", o),
	   "8 pages rw over it: one line rw-p, offset 0, inode 0");
	/* 2.4.0: the pieces of a split area keep counting their offset. */
	ok(mprotect(x + 3 * PAGE_SIZE, 2 * PAGE_SIZE, PROT_READ) == 0 &&
	   read_maps() &&
	   has_area(x + PAGE_SIZE, x + 3 * PAGE_SIZE, "rw-p", o) &&
	   has_area(x + 3 * PAGE_SIZE, x + 5 * PAGE_SIZE, "r--p", o) &&
	   has_area(x + 5 * PAGE_SIZE, x + 9 * PAGE_SIZE, "rw-p", o),
	   "mprotect of pages 3-4 to read-only: three lines");
	ok(munmap(x + 6 * PAGE_SIZE, PAGE_SIZE) == 0 && read_maps() &&
	   has_area(x + 5 * PAGE_SIZE, x + 6 * PAGE_SIZE, "rw-p", o) &&
	   !find_area(x + 6 * PAGE_SIZE) &&
	   has_area(x + 7 * PAGE_SIZE, x + 9 * PAGE_SIZE, "rw-p", o),
	   "munmap of page 6: a hole between two rw-p lines");
	ok(mprotect(x + PAGE_SIZE, PAGE_SIZE, PROT_READ | PROT_EXEC) == 0 &&
	   read_maps() &&
	   has_area(x + PAGE_SIZE, x + 2 * PAGE_SIZE, "r-xp", o) &&
	   has_area(x + 2 * PAGE_SIZE, x + 3 * PAGE_SIZE, "rw-p", o),
	   "mprotect of page 1 to r-x: its own r-xp line");

	/* File mappings: offset, device, inode, path; private and shared. */
	fd = open(self, O_RDONLY, 0);
	ok(fd >= 0, "open(%s)", self);
	fmap = mmap2(0, 2 * PAGE_SIZE, PROT_READ, MAP_PRIVATE, fd, 1);
	smap = mmap2(0, PAGE_SIZE, PROT_READ, MAP_SHARED, fd, 0);
	close(fd);
	ok(!sys_failed(fmap) && !sys_failed(smap),
	   "the program mapped private at page 1 and shared at page 0");
	ok(read_maps(), "maps still parse");
	a = find_area(fmap);
	ok(a && a->start == fmap && a->end == fmap + 2 * PAGE_SIZE &&
	   !memcmp(a->flags, "r--p", 4) && a->off == PAGE_SIZE,
	   "private file mapping: r--p, offset 00001000");
	ok(a && t && a->ino == t->ino && a->major == t->major &&
	   a->minor == t->minor && !strcmp(a->path, t->path),
	   "same device, inode and path as the program's text");
	a = find_area(smap);
	ok(a && a->start == smap && a->end == smap + PAGE_SIZE &&
	   !memcmp(a->flags, "r--s", 4) && a->off == 0 &&
	   t && a->ino == t->ino, "shared file mapping: r--s, offset 0");

	/* The same text however it is read. */
	n = slurp("/proc/self/maps", text, sizeof(text), 4096);
	ok(slurp("/proc/self/maps", text2, sizeof(text2), 1) == n &&
	   !memcmp(text, text2, n), "read 1 byte at a time: the same %ld "
	   "bytes", n);
	ok(slurp("/proc/self/maps", text2, sizeof(text2), 7) == n &&
	   !memcmp(text, text2, n), "read 7 bytes at a time: the same");
	ok(slurp("/proc/self/maps", text2, sizeof(text2), 100) == n &&
	   !memcmp(text, text2, n), "read 100 bytes at a time: the same");
	snprintf(path, sizeof(path), "/proc/%d/maps", getpid());
	ok(slurp(path, text2, sizeof(text2), 4096) == n &&
	   !memcmp(text, text2, n), "%s is /proc/self/maps", path);

	/* The file position. */
	fd = open("/proc/self/maps", O_RDONLY, 0);
	len1 = strchr(text, '\n') - text + 1;
	n1 = read(fd, text2, len1);
	ok(n1 == len1 && !memcmp(text, text2, len1),
	   "read exactly the first line (%ld bytes)", len1);
	n = lseek(fd, 0, SEEK_CUR);
	if (!host)
		ok(n == 4096, "the position is line 1, column 0: 1 << 12 "
		   "(%ld)", n);
	else
		ok(n == len1, "host: the position is the byte count (%ld)", n);
	ok(read(fd, text2, 5) == 5 && !memcmp(text2, text + len1, 5),
	   "the next read starts the second line");
	ok(lseek(fd, 0, SEEK_SET) == 0 && read(fd, text2, 10) == 10 &&
	   !memcmp(text2, text, 10), "lseek to 0 reads from the start again");
	if (!emu)
		ok(write(fd, "x", 1) == -EBADF, "write on a read-only "
		   "descriptor: -EBADF");
	else
		skip("qemu: its own /proc/self/maps is a writable copy");
	close(fd);
	fd = open("/proc/self/maps", O_RDWR, 0);
	if (emu) {
		skip("qemu: its own /proc/self/maps is a writable copy");
		close(fd);
	} else if (fd >= 0) {
		ok(write(fd, "x", 1) == -EINVAL, "maps opened read-write: "
		   "write() is -EINVAL (no write method)");
		close(fd);
	} else {
		ok(fd == -EACCES, "maps opened read-write: -EACCES (%d)", fd);
	}

	/* Names that are not there, and what cannot be done. */
	ok(open("/proc/999999999/maps", O_RDONLY, 0) == -ENOENT,
	   "/proc/999999999/maps: -ENOENT");
	ok(open("/proc/self/nonesuch", O_RDONLY, 0) == -ENOENT &&
	   open("/proc/nonesuch", O_RDONLY, 0) == -ENOENT,
	   "/proc/self/nonesuch, /proc/nonesuch: -ENOENT");
	n = open("/proc/nonesuch", O_RDWR | O_CREAT, 0644);
	if (!host)
		ok(n == -EACCES, "creating /proc/nonesuch: -EACCES (no "
		   "create method)");
	else
		ok(n == -ENOENT, "host: creating /proc/nonesuch: -ENOENT");
	if (!emu)
		ok(open("/proc/self/maps", O_RDONLY | O_CREAT | O_EXCL, 0) ==
		   -EEXIST, "O_CREAT | O_EXCL on /proc/self/maps: -EEXIST");
	else
		skip("qemu: opens its own copy of /proc/self/maps");
	ok(open("/proc/self/maps/", O_RDONLY, 0) == -ENOTDIR,
	   "/proc/self/maps/: -ENOTDIR");
	fd = open("/proc/self", O_RDONLY, 0);
	ok(fd >= 0 && read(fd, text2, 10) == -EISDIR,
	   "/proc/self opens; read() on it: -EISDIR");
	close(fd);

	/* Another process's maps: a child's are the parent's after fork. */
	if (!emu) {
		read_maps();
		n = slurp("/proc/self/maps", text, sizeof(text), 4096);
		pid = spinning_child();
		snprintf(path, sizeof(path), "/proc/%d/maps", pid);
		fd = open(path, O_RDONLY, 0);
		n1 = slurp(path, text2, sizeof(text2), 50);
		ok(n1 == n && !memcmp(text, text2, n),
		   "%s: the child's maps, the same as ours", path);
		kill(pid, SIGKILL);
		waitpid(pid, &st, 0);
		ok(killed_by(st, SIGKILL) &&
		   open(path, O_RDONLY, 0) == -ENOENT,
		   "after the child is reaped: -ENOENT");
		if (!host)
			ok(fd >= 0 && read(fd, text2, 100) == 0,
			   "a descriptor opened before: end of file at once");
		else
			skip("host: reading a dead process's maps");
		close(fd);
	} else {
		skip("qemu: another process's maps are the emulator's");
		skip("qemu: another process's maps are the emulator's");
		skip("qemu: another process's maps are the emulator's");
	}

	/* meminfo. */
	n = slurp("/proc/meminfo", text, sizeof(text), 4096);
	ok(n > 0 && field(text, "MemTotal:") > 0 &&
	   field(text, "MemFree:") > 0, "/proc/meminfo: MemTotal %ld kB, "
	   "MemFree %ld kB", field(text, "MemTotal:"),
	   field(text, "MemFree:"));
	ok(slurp("/proc/meminfo", text2, sizeof(text2), 5) == n &&
	   !memcmp(text, text2, 30), "read 5 bytes at a time: the same "
	   "length, %ld bytes", n);
	sysinfo(&si);
	if (!emu)
		ok(field(text, "MemTotal:") ==
		   (long) (si.totalram * (si.mem_unit / 1024)),
		   "MemTotal is sysinfo's totalram");
	else
		skip("qemu: sysinfo's figures are cut to 32 bits");
	if (!host) {
		p = strchr(text, '\n');
		good = p && !strncmp(text, "        total:    used:    free:"
				     "  shared: buffers:  cached:\n",
				     p - text + 1);
		ok(good, "2.4.0's header line");
		good = mem_line(text, v);
		ok(good && v[0] == (unsigned long) field(text, "MemTotal:") *
		   1024 && v[2] == (unsigned long) field(text, "MemFree:") *
		   1024 && v[0] == v[1] + v[2] && v[3] == 0,
		   "Mem: total = MemTotal, free = MemFree, in bytes; "
		   "used + free = total; shared 0");
		ok(v[5] == (unsigned long) field(text, "Cached:") * 1024,
		   "Mem: cached = Cached");
		ok(strstr_line(text, "Swap:        0        0        0\n") !=
		   NULL,
		   "Swap: 0 0 0 (no swap area)");
		good = 1;
		p = text;
		for (i = 0; labels24[i]; i++) {
			char *q = strstr_line(p, labels24[i]);

			if (!q || field(q, labels24[i]) < 0)
				good = 0;
			else
				p = q;
		}
		ok(good, "the 15 kB lines in 2.4.0's order, MemTotal to "
		   "SwapFree");
		ok(field(text, "LowTotal:") == field(text, "MemTotal:") &&
		   field(text, "LowFree:") == field(text, "MemFree:") &&
		   field(text, "HighTotal:") == 0,
		   "no high memory: Low* = Mem*, HighTotal 0");
	} else {
		for (i = 0; i < 6; i++)
			skip("host: meminfo has a later layout");
	}

	/* MemFree falls by 4 kB for each page touched. */
	touch = mmap(0, (TOUCH + 1) * PAGE_SIZE, PROT_READ | PROT_WRITE,
		     MAP_ANON_PRIV, -1, 0);
	poke(touch, 1);		/* its page table now exists */
	fd = open("/proc/meminfo", O_RDONLY, 0);
	before = memfree(fd);
	for (i = 1; i <= TOUCH; i++)
		poke(touch + i * PAGE_SIZE, i);
	after = memfree(fd);
	if (!host)
		ok(before - after == TOUCH * 4, "%d pages touched: MemFree "
		   "%ld -> %ld kB", TOUCH, before, after);
	else
		skip("host: other processes move MemFree");
	munmap(touch, (TOUCH + 1) * PAGE_SIZE);
	n = memfree(fd);
	if (!host)
		ok(n == before + 4, "unmapped: MemFree %ld kB (its page "
		   "table stays)", n);
	else
		skip("host: other processes move MemFree");
	ok(lseek(fd, 0, SEEK_END) == -EINVAL, "lseek(SEEK_END) on meminfo: "
	   "-EINVAL");
	close(fd);
	fd = open("/proc/meminfo", O_WRONLY, 0);
	if (fd >= 0) {
		ok(write(fd, "1", 1) == -EIO, "meminfo opened for writing: "
		   "write() is -EIO");
		close(fd);
	} else {
		ok(fd == -EACCES, "meminfo opened for writing: -EACCES");
	}
	return done();
}
