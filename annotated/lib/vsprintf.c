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
	unsigned long result = 0, value;

	/// base 为 0 时按 C 的习惯看前缀猜进制：0x 是十六进制，0 开头是八进制，其余是十进制。
	if (!base) {
		base = 10;
		if (*cp == '0') {
			base = 8;
			cp++;
			/// 2.4.0 只认小写的 x，而且 x 后面必须真有十六进制数字；否则只把 "0" 读作数字 0，
			/// 停在 x 上，调用者从 *endp 能看出来。
			if (*cp == 'x' && isxdigit(cp[1])) {
				cp++;
				base = 16;
			}
		}
	}
	/// 只有 0-9、a-f、A-F 算数字，所以实际最多支持到十六进制；遇到超出本进制的数字就停。
	/// 不检查溢出，也不跳过前导空白和 "+"：引导参数格式简单，由内核自己写的代码解析，
	/// 用不着 C 库 strtoul 的那套规则（测试 test_lib.c 列出了与 glibc 不同的输入）。
	while (isxdigit(*cp)) {
		value = isdigit(*cp) ? *cp - '0' : toupper(*cp) - 'A' + 10;
		if (value >= base)
			break;
		result = result * base + value;
		cp++;
	}
	/// 告诉调用者停在哪里：调用者据此看后面是单位后缀（memparse）还是逗号（get_option）。
	if (endp)
		*endp = (char *)cp;
	return result;
}

/// §10 系统引导和初始化（引导命令行解析的支撑）：有符号版本只多处理一个前导负号。
/// 2.4.0: lib/vsprintf.c simple_strtol()
long simple_strtol(const char *cp, char **endp, unsigned int base)
{
	if (*cp == '-')
		/// 对无符号结果取负再当作 long 返回，依靠补码回绕，所以 "-2147483648" 也能得到 LONG_MIN。
		return -simple_strtoul(cp + 1, endp, base);
	return simple_strtoul(cp, endp, base);
}

/* The same for 64-bit values (the multiply is inline, no libgcc). */
/// §10 系统引导和初始化（引导命令行解析的支撑）：64 位版本，memparse() 用它解析
/// "mem=4G" 这类超过 32 位的大小。步骤与 simple_strtoul() 完全相同。
/// 2.4.0: lib/vsprintf.c simple_strtoull()
unsigned long long simple_strtoull(const char *cp, char **endp,
				   unsigned int base)
{
	unsigned long long result = 0, value;

	if (!base) {
		base = 10;
		if (*cp == '0') {
			base = 8;
			cp++;
			if (*cp == 'x' && isxdigit(cp[1])) {
				cp++;
				base = 16;
			}
		}
	}
	while (isxdigit(*cp)) {
		value = isdigit(*cp) ? *cp - '0' : toupper(*cp) - 'A' + 10;
		if (value >= base)
			break;
		/// 64 位乘法 gcc 在 i386 上直接展开成几条 mul 指令，不调用 libgcc，可以放心写；
		/// 只有 64 位除法和取余才需要 do_div()。
		result = result * base + value;
		cp++;
	}
	if (endp)
		*endp = (char *)cp;
	return result;
}

/// §10 系统引导和初始化（引导命令行解析的支撑）：64 位有符号版本。
/// 2.4.0: lib/vsprintf.c simple_strtoll()
long long simple_strtoll(const char *cp, char **endp, unsigned int base)
{
	if (*cp == '-')
		return -simple_strtoull(cp + 1, endp, base);
	return simple_strtoull(cp, endp, base);
}

/* Read a decimal field width or precision and step *s past it. */
/// §10 系统引导和初始化（printk 支撑）：读出格式串中十进制的宽度或精度。
/// 2.4.0: lib/vsprintf.c skip_atoi()
/// 参数是 const char **，这样调用者的 fmt 指针跟着移过这些数字。
static int skip_atoi(const char **s)
{
	int i = 0;

	while (isdigit(**s))
		i = i * 10 + *((*s)++) - '0';
	return i;
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
	static const char small[] = "0123456789abcdefghijklmnopqrstuvwxyz";
	static const char large[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	const char *digits = (type & LARGE) ? large : small;
	/// 最坏情况是 64 位数按二进制输出，共 64 个数字。数字先从低位到高位存进 tmp，
	/// 最后倒着拷出。
	char tmp[66];		/* 64 binary digits at most, plus slack */
	char pad, sign = 0;
	int i;

	/// 左对齐时右边只能补空格，所以 "-" 压过 "0"（C 标准也是这样）。
	if (type & LEFT)
		type &= ~ZEROPAD;
	if (base < 2 || base > 36)
		return NULL;
	pad = (type & ZEROPAD) ? '0' : ' ';
	/// 符号和 "0x" 前缀都占字段宽度，先从 size 里扣掉，后面计算填充时就不必再管它们。
	if (type & SIGN) {
		if (num < 0) {
			sign = '-';
			/// 2.4.0 直接写 num = -num；这里先转成无符号再取负，避免 C 语言意义上的有符号溢出
			/// （LLONG_MIN 没有对应的正数）。位模式相同，do_div() 本来就按无符号处理，结果一样。
			num = -(unsigned long long)num;	/* no signed overflow */
			size--;
		} else if (type & PLUS) {
			sign = '+';
			size--;
		} else if (type & SPACE) {
			sign = ' ';
			size--;
		}
	}
	if (type & SPECIAL) {
		if (base == 16)
			size -= 2;
		else if (base == 8)
			size--;
	}

	/* Digits come out lowest first; do_div treats num as unsigned. */
	i = 0;
	if (num == 0)
		tmp[i++] = '0';
	else
		while (num != 0)
			/// do_div() 把 num 就地变成商，返回余数，也就是当前最低位的数字。
			tmp[i++] = digits[do_div(num, base)];
	/// 精度是“至少输出几位数字”，数字本身更长时以数字为准。
	/// 与 C99 不同：2.4.0 给了精度也不取消 "0" 标志，数值为 0 且精度为 0 时仍输出 "0"。
	if (i > precision)
		precision = i;
	size -= precision;

	/// 输出顺序：前导空格、符号、前缀、补零、精度要求的零、数字、尾随空格。
	/// 右对齐又不补零时，空格在最前面。
	if (!(type & (ZEROPAD | LEFT)))
		while (size-- > 0)
			*str++ = ' ';
	if (sign)
		*str++ = sign;
	/// 与 C99 不同：2.4.0 对 0 也输出 0x 前缀；八进制的 "#" 总是再加一个 0，
	/// 即使精度已经让数字以 0 开头。
	if (type & SPECIAL) {
		if (base == 8) {
			*str++ = '0';
		} else if (base == 16) {
			*str++ = '0';
			/// digits[33] 是 x 或 X，大小写随 LARGE 自动变化，不必另写判断。
			*str++ = digits[33];	/* 'x' or 'X' */
		}
	}
	if (!(type & LEFT))
		while (size-- > 0)
			*str++ = pad;
	while (i < precision--)
		*str++ = '0';
	while (i-- > 0)
		*str++ = tmp[i];
	while (size-- > 0)
		*str++ = ' ';
	return str;
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
	unsigned long long num;
	int len, i, base;
	char *str;
	const char *s;
	int flags;		/* ZEROPAD ... LARGE */
	int field_width;	/* -1: not given */
	int precision;		/* -1: not given */
	int qualifier;		/* 'h', 'l', 'L' or 'Z'; -1: none */

	/// 普通字符原样复制；遇到 "%" 就依次解析：标志、宽度、精度、长度修饰、转换字符。
	for (str = buf; *fmt; fmt++) {
		if (*fmt != '%') {
			*str++ = *fmt;
			continue;
		}

		/* flags */
		/// 标志可以任意顺序、重复出现，所以用 goto repeat 循环读取，读到非标志字符为止。
		flags = 0;
repeat:
		fmt++;		/* this also skips the '%' */
		switch (*fmt) {
		case '-': flags |= LEFT; goto repeat;
		case '+': flags |= PLUS; goto repeat;
		case ' ': flags |= SPACE; goto repeat;
		case '#': flags |= SPECIAL; goto repeat;
		case '0': flags |= ZEROPAD; goto repeat;
		}

		/* field width: digits or '*' from the argument list */
		/// "*" 表示宽度从参数表中取；负的宽度按 C 的规定等于 "-" 标志加上它的绝对值。
		field_width = -1;
		if (isdigit(*fmt)) {
			field_width = skip_atoi(&fmt);
		} else if (*fmt == '*') {
			fmt++;
			field_width = va_arg(args, int);
			if (field_width < 0) {
				field_width = -field_width;
				flags |= LEFT;
			}
		}

		/* precision: a negative one counts as 0 */
		/// 与 C99 不同：负的精度 2.4.0 当作 0（C99 当作没有给精度），所以 "%.*s" 配 -1 什么也不打印。
		precision = -1;
		if (*fmt == '.') {
			fmt++;
			if (isdigit(*fmt)) {
				precision = skip_atoi(&fmt);
			} else if (*fmt == '*') {
				fmt++;
				precision = va_arg(args, int);
			}
			if (precision < 0)
				precision = 0;
		}

		/* length modifier; "ll" and "q" both mean 'L' (64 bits) */
		/// 长度修饰决定从 va_list 取多大的参数：i386 上 int 和 long 都是 32 位，
		/// 只有 "L"（"ll"、"q" 是它的别名）取 64 位；"Z" 取 size_t。
		qualifier = -1;
		if (*fmt == 'h' || *fmt == 'l' || *fmt == 'L' ||
		    *fmt == 'Z' || *fmt == 'q') {
			qualifier = *fmt;
			fmt++;
			if (qualifier == 'l' && *fmt == 'l') {
				qualifier = 'L';
				fmt++;
			}
			if (qualifier == 'q')
				qualifier = 'L';
		}

		base = 10;

		switch (*fmt) {
		/// %c：宽度只用空格补齐。
		case 'c':
			if (!(flags & LEFT))
				while (--field_width > 0)
					*str++ = ' ';
			*str++ = (unsigned char)va_arg(args, int);
			while (--field_width > 0)
				*str++ = ' ';
			continue;

		/// %s：NULL 指针打印成 "<NULL>" 而不是让内核出错——printk 常在出错路径上调用，
		/// 不能因为打印本身再出一次错。strnlen() 让精度限制读取的长度；没给精度时
		/// precision 为 -1，转成 size_t 就相当于不限长度。
		case 's':
			s = va_arg(args, char *);
			if (!s)
				s = "<NULL>";
			len = strnlen(s, precision);
			if (!(flags & LEFT))
				while (len < field_width--)
					*str++ = ' ';
			for (i = 0; i < len; i++)
				*str++ = *s++;
			while (len < field_width--)
				*str++ = ' ';
			continue;

		/// %p：2.4.0 的格式，不带 "0x"；没给宽度时补零到 2*sizeof(void *) = 8 位，
		/// 所以内核日志里的地址总是整齐的一列，如 c0100000。
		case 'p':
			/* no "0x"; without a width: 8 digits, zero padded */
			if (field_width == -1) {
				field_width = 2 * sizeof(void *);
				flags |= ZEROPAD;
			}
			str = number(str, (unsigned long)va_arg(args, void *),
				     16, field_width, precision, flags);
			continue;

		/// %n：把目前已输出的字符数写回参数所指的变量，本身不输出字符。
		case 'n':
			if (qualifier == 'l') {
				long *ip = va_arg(args, long *);
				*ip = str - buf;
			} else {
				int *ip = va_arg(args, int *);
				*ip = str - buf;
			}
			continue;

		/// "%%" 输出一个 "%"。前面若有标志或宽度（如 "%5%"）都被忽略。
		case '%':
			*str++ = '%';
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
			/* fall through */
		case 'u':
			break;

		/// 不认识的转换字符原样输出（包括 %f 等浮点转换：内核不用浮点）。
		/// 若 "%" 是格式串的最后一个字符，fmt 退回一格，让外层循环停在结尾的 0 上。
		default:
			/* unknown conversion: print it as it stands */
			*str++ = '%';
			if (*fmt)
				*str++ = *fmt;
			else
				fmt--;	/* '%' ended the string: stop there */
			continue;
		}

		/* Fetch the argument at its passed size, then widen it. */
		/// 按参数实际传入的大小取出：short 和 char 传参时已提升为 int，所以 "h" 先取 int
		/// 再截成 16 位；有符号转换再做符号扩展。最后都成为 64 位的 num 交给 number()。
		if (qualifier == 'L') {
			num = va_arg(args, long long);
		} else if (qualifier == 'l') {
			num = va_arg(args, unsigned long);
			if (flags & SIGN)
				num = (signed long)num;
		} else if (qualifier == 'Z') {
			/// "Z" 不做符号扩展，所以 %Zd 遇到“负数”也打印成很大的无符号数（C99 的 %zd 会打印负数）。
			num = va_arg(args, size_t);
		} else if (qualifier == 'h') {
			num = (unsigned short)va_arg(args, int);
			if (flags & SIGN)
				num = (signed short)num;
		} else {
			num = va_arg(args, unsigned int);
			if (flags & SIGN)
				num = (signed int)num;
		}
		str = number(str, num, base, field_width, precision, flags);
	}
	/// 返回值不含结尾的 0，与 C 库的 sprintf 相同，printk 用它知道消息有多长。
	*str = '\0';
	return str - buf;
}

/// §10 系统引导和初始化（printk 支撑）：变参包装，把 ... 转成 va_list 交给 vsprintf()。
/// 2.4.0: lib/vsprintf.c sprintf()
int sprintf(char *buf, const char *fmt, ...)
{
	va_list args;
	int i;

	va_start(args, fmt);
	i = vsprintf(buf, fmt, args);
	va_end(args);
	return i;
}
