// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_etdyn - a static position-independent program (ELF type ET_DYN, no
 * interpreter): 2.4.0's load_elf_binary places it at
 * ELF_PAGESTART(ELF_ET_DYN_BASE), and 2.4.0's ELF_ET_DYN_BASE,
 * 2 * TASK_SIZE / 3, wraps in 32 bits: 0x2aaaaaaa, so the ELF header
 * (__ehdr_start, at offset 0 of the first segment) is at 0x2aaaa000.
 * Built -fPIE -static-pie without the libc (which is not PIC); it needs
 * no run-time relocation: data is reached relative to the code.
 */
extern const char __ehdr_start[];

static long sys3(long nr, long a, long b, long c)
{
	long ret;

	__asm__ __volatile__("int $0x80"
			     : "=a" (ret)
			     : "0" (nr), "b" (a), "c" (b), "d" (c)
			     : "memory");
	return ret;
}

static void say(const char *s)
{
	long n = 0;

	while (s[n])
		n++;
	sys3(4, 1, (long)s, n);
}

static void say_hex(unsigned long v)
{
	char buf[11];
	int i;

	buf[0] = '0';
	buf[1] = 'x';
	for (i = 0; i < 8; i++)
		buf[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 15];
	buf[10] = 0;
	say(buf);
}

int pie_main(long *sp)
{
	long argc = sp[0];
	unsigned long at = (unsigned long)__ehdr_start;

	say("1..1\n");
	if (argc > 1) {		/* "host" or "qemu": placed elsewhere */
		say("ok 1 - # SKIP 2.4.0-only: ET_DYN base 0x2aaaa000\n");
		return 0;
	}
	say(at == 0x2aaaa000UL ? "ok" : "not ok");
	say(" 1 - ET_DYN program loaded at ");
	say_hex(at);
	say(" (2.4.0: ELF_PAGESTART(2 * TASK_SIZE / 3) = 0x2aaaa000)\n");
	return at == 0x2aaaa000UL ? 0 : 1;
}

__asm__(".globl _start\n"
	"_start:\n\t"
	"movl %esp, %eax\n\t"
	"pushl %eax\n\t"
	"call pie_main\n\t"
	"movl %eax, %ebx\n\t"
	"movl $1, %eax\n\t"
	"int $0x80\n");
