// SPDX-License-Identifier: GPL-2.0-only
/*
 * vsprintf() and sprintf() for printk, and the simple_strto*() number
 * parsers for the command line.  No floating point, no bounds checking.
 * Support for printk (book §10).
 * Follows Linux 2.4.0 lib/vsprintf.c.
 */
#include <stdarg.h>
#include <linux/types.h>
#include <linux/string.h>
#include <linux/ctype.h>
#include <linux/kernel.h>

/// 内核不链接 libgcc：在 i386 上写 64 位的 a / b，gcc 会生成对 __udivdi3 的调用，
/// 链接时就找不到。所以 64 位除法一律用 asm/div64.h 的 do_div()，两条 32 位 divl 完成。
#include <asm/div64.h>

/*
 * Base 0 takes the base from the prefix: "0x" followed by a hex digit is
 * 16, any other leading "0" is 8, else 10.  *sp is moved past the prefix.
 */
/// §10 系统引导和初始化（引导命令行解析的支撑）：base 为 0 时按 C 的习惯看前缀定进制。
/// 2.4.0: 无（本移植新增）：2.4.0 在 simple_strtoul() 和 simple_strtoull() 里各写一遍同样的判断，
/// 本移植把它提成一个小函数，两处共用，步骤不变。
static unsigned int strto_base(const char **sp, unsigned int base)
{
	const char *p = *sp;

	if (base)
		return base;
	/// 不以 0 开头就是十进制，指针不动。
	if (*p != '0')
		return 10;
	/// 以 0 开头：这个 0 先吃掉。2.4.0 只认小写的 x，而且 x 后面必须真有十六进制数字才算十六进制；
	/// 否则按八进制，只把 "0" 读作数字 0，停在 x 上，调用者从 *endp 能看出来。
	p++;
	if (*p == 'x' && isxdigit(p[1])) {
		*sp = p + 1;
		return 16;
	}
	*sp = p;
	return 8;
}

/* The value of the hex digit c (the caller checked isxdigit). */
/// §10 系统引导和初始化（引导命令行解析的支撑）：一个十六进制数字的值。
/// 2.4.0: 无（本移植新增）：把 2.4.0 写在循环条件里的那个表达式单独写出来，两个解析函数共用。
/// 字母不分大小写，统一用 toupper 变成大写再减 'A'。
static inline unsigned int strto_digit(char c)
{
	if (isdigit(c))
		return c - '0';
	return toupper(c) - 'A' + 10;
}

/*
 * Parse an unsigned number.  Base 0 means: "0x" prefix is hex, a leading
 * "0" is octal, else decimal.  Only 0-9 a-f A-F are digits (no base above
 * 16), leading blanks and signs are not skipped and overflow is not
 * detected.  *endp gets the first unparsed character.
 */
/// §10 系统引导和初始化（引导命令行解析的支撑）：把字符串转成无符号长整数，
/// get_option()、memparse() 以及解析 "mem=" 等引导参数的代码都靠它。
/// 2.4.0: lib/vsprintf.c simple_strtoul()
unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base)
{
	unsigned long acc = 0;
	unsigned int d;

	/// base 为 0 时按前缀猜进制：0x 是十六进制，0 开头是八进制，其余是十进制（见 strto_base）。
	base = strto_base(&cp, base);
	/// 只有 0-9、a-f、A-F 算数字，所以实际最多支持到十六进制；遇到超出本进制的数字就停。
	/// 不检查溢出，也不跳过前导空白和 "+"：引导参数格式简单，由内核自己写的代码解析，
	/// 用不着 C 库 strtoul 的那套规则（测试 test_lib.c 列出了与 glibc 不同的输入）。
	for (; isxdigit(*cp); cp++) {
		d = strto_digit(*cp);
		if (d >= base)
			break;
		acc = acc * base + d;
	}
	/// 告诉调用者停在哪里：调用者据此看后面是单位后缀（memparse）还是逗号（get_option）。
	if (endp)
		*endp = (char *)cp;
	return acc;
}

/// §10 系统引导和初始化（引导命令行解析的支撑）：有符号版本只多处理一个前导负号。
/// 2.4.0: lib/vsprintf.c simple_strtol()
long simple_strtol(const char *cp, char **endp, unsigned int base)
{
	/// minus 是 0 或 1，正好是要跳过的字符数。只跳一个 "-"，后面没有数字时 *endp 停在它后面。
	int minus = (*cp == '-');
	unsigned long mag = simple_strtoul(cp + minus, endp, base);

	/// 对无符号结果取负再当作 long 返回，依靠补码回绕，所以 "-2147483648" 也能得到 LONG_MIN。
	return minus ? -mag : mag;
}

/* The same for 64-bit values (the multiply is inline, no libgcc). */
/// §10 系统引导和初始化（引导命令行解析的支撑）：64 位版本，memparse() 用它解析
/// "mem=4G" 这类超过 32 位的大小。步骤与 simple_strtoul() 完全相同。
/// 2.4.0: lib/vsprintf.c simple_strtoull()
unsigned long long simple_strtoull(const char *cp, char **endp,
				   unsigned int base)
{
	unsigned long long acc = 0;
	unsigned int d;

	base = strto_base(&cp, base);
	for (; isxdigit(*cp); cp++) {
		d = strto_digit(*cp);
		if (d >= base)
			break;
		/// 64 位乘法 gcc 在 i386 上直接展开成几条 mul 指令，不调用 libgcc，可以放心写；
		/// 只有 64 位除法和取余才需要 do_div()。
		acc = acc * base + d;
	}
	if (endp)
		*endp = (char *)cp;
	return acc;
}

/// §10 系统引导和初始化（引导命令行解析的支撑）：64 位有符号版本。
/// 2.4.0: lib/vsprintf.c simple_strtoll()
long long simple_strtoll(const char *cp, char **endp, unsigned int base)
{
	int minus = (*cp == '-');
	unsigned long long mag = simple_strtoull(cp + minus, endp, base);

	return minus ? -mag : mag;
}

/* Read a decimal field width or precision and step *s past it. */
/// §10 系统引导和初始化（printk 支撑）：读出格式串中十进制的宽度或精度。
/// 2.4.0: lib/vsprintf.c skip_atoi()
/// 参数是 const char **，这样调用者的 fmt 指针跟着移过这些数字。
static int skip_atoi(const char **s)
{
	const char *p = *s;
	int n = 0;

	while (isdigit(*p))
		n = 10 * n + (*p++ - '0');
	*s = p;
	return n;
}

/// number() 的 type 参数由这些标志位组合而成，数值与 2.4.0 相同。
/// SPECIAL 对应格式里的 "#"，LARGE 对应 %X（大写数字和 0X 前缀）。
#define ZEROPAD	1		/* pad with zeros, not blanks */
#define SIGN	2		/* the value is signed */
#define PLUS	4		/* show a plus sign on positive values */
#define SPACE	8		/* show a blank on positive values */
#define LEFT	16		/* left justify in the field */
#define SPECIAL	32		/* 0x or 0 prefix for hex or octal */
#define LARGE	64		/* upper case hex digits and 0X */

/* Put n blanks at out (none if n <= 0); return the end. */
/// §10 系统引导和初始化（printk 支撑）：输出 n 个空格补齐字段。
/// 2.4.0: 无（本移植新增）：2.4.0 在 number() 和 vsprintf() 的 %c、%s 里各写了几个补空格的循环，
/// 本移植统一用它。n 不大于 0 时什么也不写，所以调用者可以直接传“宽度减去内容长度”。
static char *blanks(char *out, int n)
{
	while (n-- > 0)
		*out++ = ' ';
	return out;
}

/*
 * Write num in the given base at str and return the end.  size is the field
 * width and precision the minimum number of digits (-1: none given).  The
 * layout is: blanks, sign, 0x or 0, zeros, digits, blanks.
 */
/// §10 系统引导和初始化（printk 支撑）：vsprintf() 中所有整数转换
/// （%d %i %u %o %x %X %p）的共同出口，负责进制转换、符号、前缀、补齐和对齐。
/// 2.4.0: lib/vsprintf.c number()
/// num 是 long long：32 位的参数在 vsprintf() 里先扩展成 64 位，一个函数处理所有宽度。
static char *number(char *str, long long num, int base, int size,
		    int precision, int type)
{
	static const char lower_digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
	static const char upper_digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	const char *digit = (type & LARGE) ? upper_digits : lower_digits;
	unsigned long long mag = num;
	/// 最坏情况是 64 位数按二进制输出，共 64 个数字。数字先从低位到高位存进 rev，
	/// 最后倒着拷出。
	char rev[66];		/* 64 binary digits at most, plus slack */
	char sign = 0;
	int ndig = 0, fill;

	/// 左对齐时右边只能补空格，所以 "-" 压过 "0"（C 标准也是这样）。
	if (type & LEFT)
		type &= ~ZEROPAD;
	if (base < 2 || base > 36)
		return NULL;

	/// 只有有符号转换（%d %i）才有符号位；"+" 与 " " 同时给出时 "+" 优先。
	if ((type & SIGN) && num < 0) {
		sign = '-';
		/// 2.4.0 直接写 num = -num；这里先转成无符号再取负，避免 C 语言意义上的有符号溢出
		/// （LLONG_MIN 没有对应的正数）。位模式相同，do_div() 本来就按无符号处理，结果一样。
		mag = -(unsigned long long)num;	/* no signed overflow */
	} else if (type & SIGN) {
		if (type & PLUS)
			sign = '+';
		else if (type & SPACE)
			sign = ' ';
	}

	/* Digits come out lowest first; 0 gives one '0'. */
	/// do_div() 把 mag 就地变成商，返回余数，也就是当前最低位的数字。先做一次再判断，
	/// 所以数值 0 也得到一个数字 "0"。
	do
		rev[ndig++] = digit[do_div(mag, base)];
	while (mag);
	/// 精度是“至少输出几位数字”，数字本身更长时以数字为准。
	/// 与 C99 不同：2.4.0 给了精度也不取消 "0" 标志，数值为 0 且精度为 0 时仍输出 "0"。
	if (precision < ndig)
		precision = ndig;

	/* What is left of the width after sign, prefix and digits. */
	/// 符号和 "0x"（八进制是 "0"）前缀都占字段宽度，先扣掉，剩下的 fill 就是要补的字符数。
	/// 没给宽度时 size 为 -1，fill 为负，下面什么也不补。
	fill = size - precision - (sign != 0);
	if (type & SPECIAL)
		fill -= (base == 16) ? 2 : (base == 8);

	/// 输出顺序：前导空格、符号、前缀、补零、精度要求的零、数字、尾随空格。
	/// 右对齐又不补零时，空格在最前面，用掉全部 fill。
	if (!(type & (LEFT | ZEROPAD))) {
		str = blanks(str, fill);
		fill = 0;
	}
	if (sign)
		*str++ = sign;
	/// 与 C99 不同：2.4.0 对 0 也输出 0x 前缀；八进制的 "#" 总是再加一个 0，
	/// 即使精度已经让数字以 0 开头。
	if ((type & SPECIAL) && (base == 8 || base == 16)) {
		*str++ = '0';
		if (base == 16)
			/// digit[33] 是 x 或 X，大小写随 LARGE 自动变化，不必另写判断。
			*str++ = digit[33];	/* 'x' or 'X' */
	}
	/// 补零放在符号和前缀之后、数字之前（"-0042"、"0x00ff"）。
	if (type & ZEROPAD) {
		for (; fill > 0; fill--)
			*str++ = '0';
	}
	for (; precision > ndig; precision--)
		*str++ = '0';
	while (ndig > 0)
		*str++ = rev[--ndig];
	/// 只有左对齐时 fill 还大于 0：空格补在数字后面。
	return blanks(str, fill);
}

/* The flag bit for a character of the flags field, 0 for any other. */
/// §10 系统引导和初始化（printk 支撑）：格式里 "%" 后面的一个标志字符对应哪一位。
/// 2.4.0: 无（本移植新增）：2.4.0 在 vsprintf() 里用 switch 加 goto 读标志，本移植把
/// 字符到标志位的对应单独写成函数，vsprintf() 用一个 while 循环读。不是标志就返回 0。
static int flag_bit(char c)
{
	switch (c) {
	case '-':
		return LEFT;
	case '+':
		return PLUS;
	case ' ':
		return SPACE;
	case '#':
		return SPECIAL;
	case '0':
		return ZEROPAD;
	}
	return 0;
}

/*
 * Format into buf, which must be big enough (nothing checks), and return
 * the length written without the final NUL.
 */
/// §10 系统引导和初始化（printk 支撑）：printk() 先用它把消息格式化到
/// 缓冲区，再送往控制台。
/// 2.4.0: lib/vsprintf.c vsprintf()
/// 内核里没有 C 库，这里只实现内核用得到的转换：没有浮点，也不检查缓冲区长度
/// （2.4.0 还没有 vsnprintf，由调用者保证缓冲区够大，printk 的缓冲区是 1024 字节）。
int vsprintf(char *buf, const char *fmt, va_list args)
{
	unsigned long long val;
	char *out = buf;
	const char *s;
	int flags;		/* ZEROPAD ... LARGE */
	int width;		/* -1: not given */
	int prec;		/* -1: not given */
	int qual;		/* 'h', 'l', 'L' or 'Z'; -1: none */
	int base, n, bit;

	/// 普通字符原样复制；遇到 "%" 就依次解析：标志、宽度、精度、长度修饰、转换字符。
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			*out++ = *fmt;
			continue;
		}

		/* flags, in any order; this also steps over the '%' */
		flags = 0;
		/// 标志可以任意顺序、重复出现，一直读到不是标志的字符为止；停下时 fmt 正指着它。
		while ((bit = flag_bit(*++fmt)) != 0)
			flags |= bit;

		/* width: '*' takes it from the arguments (negative: LEFT) */
		width = -1;
		/// "*" 表示宽度从参数表中取；负的宽度按 C 的规定等于 "-" 标志加上它的绝对值。
		if (*fmt == '*') {
			fmt++;
			width = va_arg(args, int);
			if (width < 0) {
				flags |= LEFT;
				width = -width;
			}
		} else if (isdigit(*fmt)) {
			width = skip_atoi(&fmt);
		}

		/* precision: after '.', never below 0 once a '.' is seen */
		/// 与 C99 不同：负的精度 2.4.0 当作 0（C99 当作没有给精度），所以 "%.*s" 配 -1 什么也不打印；
		/// 只有一个 "." 而没有数字时精度也是 0。
		prec = -1;
		if (*fmt == '.') {
			fmt++;
			if (*fmt == '*') {
				fmt++;
				prec = va_arg(args, int);
			} else if (isdigit(*fmt)) {
				prec = skip_atoi(&fmt);
			}
			if (prec < 0)
				prec = 0;
		}

		/* length modifier; "ll" and "q" both mean 'L' (64 bits) */
		/// 长度修饰决定从 va_list 取多大的参数：i386 上 int 和 long 都是 32 位，
		/// 只有 "L"（"ll"、"q" 是它的别名）取 64 位；"Z" 取 size_t。"hh" 不认识：第二个 h 成了转换字符。
		qual = -1;
		switch (*fmt) {
		case 'l':
			qual = 'l';
			if (fmt[1] == 'l') {
				qual = 'L';
				fmt++;
			}
			fmt++;
			break;
		case 'q':
			qual = 'L';
			fmt++;
			break;
		case 'h':
		case 'L':
		case 'Z':
			qual = *fmt++;
			break;
		}

		base = 10;
		switch (*fmt) {
		/// %c：宽度只用空格补齐，右对齐补在前面，左对齐补在后面。
		case 'c':
			if (!(flags & LEFT))
				out = blanks(out, width - 1);
			*out++ = (unsigned char)va_arg(args, int);
			if (flags & LEFT)
				out = blanks(out, width - 1);
			continue;

		/// %s：NULL 指针打印成 "<NULL>" 而不是让内核出错——printk 常在出错路径上调用，
		/// 不能因为打印本身再出一次错。strnlen() 让精度限制读取的长度；没给精度时
		/// prec 为 -1，转成 size_t 就相当于不限长度。
		case 's':
			s = va_arg(args, char *);
			if (s == NULL)
				s = "<NULL>";
			n = strnlen(s, prec);
			if (!(flags & LEFT))
				out = blanks(out, width - n);
			memcpy(out, s, n);
			out += n;
			if (flags & LEFT)
				out = blanks(out, width - n);
			continue;

		/// %p：2.4.0 的格式，不带 "0x"；没给宽度时补零到 2*sizeof(void *) = 8 位，
		/// 所以内核日志里的地址总是整齐的一列，如 c0100000。
		case 'p':
			/* no "0x"; without a width: 8 digits, zero padded */
			if (width < 0) {
				flags |= ZEROPAD;
				width = 2 * sizeof(void *);
			}
			out = number(out, (unsigned long)va_arg(args, void *),
				     16, width, prec, flags);
			continue;

		/// %n：把目前已输出的字符数写回参数所指的变量，本身不输出字符。
		case 'n':
			if (qual == 'l')
				*va_arg(args, long *) = out - buf;
			else
				*va_arg(args, int *) = out - buf;
			continue;

		/// "%%" 输出一个 "%"。前面若有标志或宽度（如 "%5%"）都被忽略。
		case '%':
			*out++ = '%';
			continue;

		/* integer conversions: set base and flags, print below */
		/// 整数转换：这里只定下进制和标志，然后 break 到 switch 后面统一取参数、调用 number()。
		case 'o':
			base = 8;
			break;

		case 'X':
			flags |= LARGE;
			/* fall through */
		case 'x':
			base = 16;
			break;

		case 'd':
		case 'i':
			flags |= SIGN;
			break;

		case 'u':
			break;

		/// 不认识的转换字符原样输出（包括 %f 等浮点转换：内核不用浮点）。
		/// 若 "%" 是格式串的最后一个字符，fmt 退回一格，让外层循环停在结尾的 0 上。
		default:
			/* unknown conversion: print it as it stands */
			*out++ = '%';
			if (!*fmt) {
				fmt--;	/* '%' ended the string: stop there */
				continue;
			}
			*out++ = *fmt;
			continue;
		}

		/* Fetch the argument at its passed size, then widen it. */
		/// 按参数实际传入的大小取出：short 和 char 传参时已提升为 int，所以 "h" 先取 int
		/// 再截成 16 位；有符号转换再做符号扩展。最后都成为 64 位的 val 交给 number()。
		switch (qual) {
		case 'L':
			val = va_arg(args, long long);
			break;
		/// "Z" 不做符号扩展，所以 %Zd 遇到“负数”也打印成很大的无符号数（C99 的 %zd 会打印负数）。
		case 'Z':
			val = va_arg(args, size_t);
			break;
		case 'l':
			if (flags & SIGN)
				val = (long)va_arg(args, long);
			else
				val = va_arg(args, unsigned long);
			break;
		case 'h':
			if (flags & SIGN)
				val = (short)va_arg(args, int);
			else
				val = (unsigned short)va_arg(args, int);
			break;
		default:
			if (flags & SIGN)
				val = va_arg(args, int);
			else
				val = va_arg(args, unsigned int);
			break;
		}
		out = number(out, val, base, width, prec, flags);
	}
	/// 返回值不含结尾的 0，与 C 库的 sprintf 相同，printk 用它知道消息有多长。
	*out = '\0';
	return out - buf;
}

/// §10 系统引导和初始化（printk 支撑）：变参包装，把 ... 转成 va_list 交给 vsprintf()。
/// 2.4.0: lib/vsprintf.c sprintf()
int sprintf(char *buf, const char *fmt, ...)
{
	va_list ap;
	int len;

	va_start(ap, fmt);
	len = vsprintf(buf, fmt, ap);
	va_end(ap);
	return len;
}
